"""The agenda's Other status menu: the order of its items and the question before a fee is charged.

Found by a walker: S opened the menu with No-show highlighted first, so S and Enter, a natural
slip, recorded a no-show and charged the policy's fee without a word. The first item is now the
one that changes nothing on a scheduled appointment ("Back to scheduled" is refused as already
so), the chargeable ones come last, and a fee is charged only after a question whose default
answer (Enter) is Cancel.

The status the appointment already has is greyed out in the menu, so S opens on the first one
that applies (on a scheduled appointment "Back to scheduled" was highlighted and Enter said
"already scheduled"), and Home and End reach the first and the last (End did nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QMenu, QMessageBox, QPushButton, QWidget

from vault_app.gui.agenda_cells import status_words
from vault_app.gui.confirm import confirm
from vault_app.gui.money import show_money

MENU_ORDER: tuple[str, ...] = ("scheduled", "cancelled_by_client", "cancelled_by_therapist", "late_cancel",
                               "no_show")
CONTEXT = "AgendaStatus"


class _MenuEnds(QObject):
    """Home and End on the status menu: to its first and last item that applies."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (isinstance(watched, QMenu) and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End)):
            enabled = [a for a in watched.actions() if a.isEnabled() and not a.isSeparator()]
            if enabled:
                watched.setActiveAction(enabled[0] if event.key() == Qt.Key.Key_Home else enabled[-1])
            return True
        return False


def status_menu(parent: QWidget, choose: Callable[[str], None], selected: Callable[[], Any]) -> QMenu:
    """The Other status menu (MENU_ORDER); `choose(status)` records one; `selected()` is the agenda
    row chosen (or None): its own status is greyed out each time the menu opens."""
    menu = QMenu(parent)
    actions = {}
    for status in MENU_ORDER:
        label = (QCoreApplication.translate("AgendaPage", "Back to scheduled") if status == "scheduled"
                 else status_words(status).capitalize())
        action = menu.addAction(label)
        action.triggered.connect(lambda _checked=False, s=status: choose(s))
        actions[status] = action

    def grey_the_current() -> None:
        row = selected()
        current = getattr(row, "status", None) if getattr(row, "kind", None) == "appointment" else None
        for status, action in actions.items():
            action.setEnabled(status != current)

    menu.aboutToShow.connect(grey_the_current)
    ends = _MenuEnds(menu)
    menu.installEventFilter(ends)
    return menu


def menu_place(menu: QMenu, table: QAbstractItemView, rect: QRect) -> QPoint:
    """Where the menu opens for the cell at `rect`: under it, but inside the window: under
    Sunday's column it ran off the right edge (a walker at 1280x720, 150 %). Its right edge then
    meets the cell's."""
    viewport = table.viewport()
    at = viewport.mapToGlobal(rect.bottomLeft())
    window = table.window()
    right = window.mapToGlobal(window.rect().topRight()).x()
    width = menu.sizeHint().width()
    if at.x() + width > right:
        left = window.mapToGlobal(window.rect().topLeft()).x()
        at.setX(max(left, min(viewport.mapToGlobal(rect.bottomRight()).x(), right) - width))
    return at


def ask_before_fee(parent: QWidget, status: str, fee_cents: int, on_yes: Callable[[], None]) -> QMessageBox:
    """Record `status` and charge `fee_cents` only once the therapist says so; Enter alone cancels."""
    box = confirm(
        parent,
        QCoreApplication.translate("AgendaStatus", "Charge a missed-appointment fee?"),
        QCoreApplication.translate("AgendaStatus", "Record this appointment as {status} and charge {fee}?")
        .format(status=status_words(status), fee=show_money(fee_cents)),
        [QCoreApplication.translate("AgendaStatus", "Your fee policy sets this fee; it goes on the client's account."),
         QCoreApplication.translate("AgendaStatus", "Set back to scheduled, the appointment no longer carries it.")],
        QCoreApplication.translate("AgendaStatus", "Charge the fee"),
        on_yes,
    )
    box.setObjectName("feeQuestion")
    cancel = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
    if isinstance(cancel, QPushButton):
        box.setDefaultButton(cancel)
    return box


__all__ = ["CONTEXT", "MENU_ORDER", "ask_before_fee", "menu_place", "status_menu"]

"""The agenda's Other status menu: the order of its items and the question before a fee is charged.

Found by a walker: S opened the menu with No-show highlighted first, so S and Enter, a natural
slip, recorded a no-show and charged the policy's fee without a word. The first item is now the
one that changes nothing on a scheduled appointment ("Back to scheduled" is refused as already
so), the chargeable ones come last, and a fee is charged only after a question whose default
answer (Enter) is Cancel.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from vault_app.gui.agenda_cells import status_words
from vault_app.gui.confirm import confirm
from vault_app.gui.money import show_money

MENU_ORDER: tuple[str, ...] = ("scheduled", "cancelled_by_client", "cancelled_by_therapist", "late_cancel",
                               "no_show")
CONTEXT = "AgendaStatus"


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


__all__ = ["CONTEXT", "MENU_ORDER", "ask_before_fee"]

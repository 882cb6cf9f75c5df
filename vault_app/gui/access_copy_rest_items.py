"""The copy of the rest of an access request denied in part: the items it would carry, each with
a tick, and the therapist's word that what was denied is left out (45 CFR 164.524(d)(1)).

Found in the real app: part of a request denied (the 10/12 note naming the client's brother),
the copy of the rest made with the window's defaults held every note, the denied one too; the
window chose only kinds of record and dates. The denial's words are free text, so the app
cannot find what they name: the therapist unticks it here. The rule (no copy of the rest
without that word, what was left out recorded) is the core's (domain/access_copy_rest.py):
this only shows it and asks.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from vault_app.gui.dates import show_date

if TYPE_CHECKING:
    from vault_app.services.access_copy import RestItem

ID_ROLE = Qt.ItemDataRole.UserRole


class RestItemsBox(QWidget):
    """Hidden until filled with a denial's words and the items (the rest of a request denied in part)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accessCopyRestItems")
        self.items: tuple[RestItem, ...] = ()
        self._unticked: set[str] = set()  # kept while a kind or the dates hide an item
        self.label = QLabel(self.tr("What this copy carries. Untick each item that was denied (arrows to move, "
                                    "Space to tick or untick):"))
        self.label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("accessCopyRestList")
        self.list.setAccessibleName(self.tr("What this copy carries"))
        self.label.setBuddy(self.list)
        # Its Alt letter is given with the window's others (gui/widgets.give_form_mnemonics), on
        # these words; the denial's words follow once read (a letter chosen then took one the
        # window had given already, Confirm password's).
        self.confirm = QCheckBox(self.tr("I have left out what was denied"))
        self._said = ""
        self.confirm.setObjectName("accessCopyDeniedLeftOut")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.list)
        layout.addWidget(self.confirm)
        self.hide()

    def fill(self, denied: str, items: Iterable[RestItem]) -> None:
        self.items = tuple(items)
        # The therapist's own words of what was denied, as the letter says them.
        self._said = self._said or self.confirm.text()
        self.confirm.setText(self.tr("{said}: “{denied}”").format(said=self._said, denied=denied.replace("&", "&&")))
        self.setVisible(True)

    def show_for(self, kinds: Iterable[str], date_from: date | None, date_to: date | None) -> None:
        """The items of the kinds ticked, in the dates; a tick taken off stays off."""
        shown = {str(self.list.item(i).data(ID_ROLE)) for i in range(self.list.count())}
        self._unticked = (self._unticked - shown) | set(self.left_out())
        unticked = self._unticked
        wanted = set(kinds)
        self.list.clear()
        for item in self.items:
            if item.kind not in wanted or (date_from and item.day < date_from) or (date_to and item.day > date_to):
                continue
            text = (self.tr("Progress note, {day}") if item.kind == "progress"
                    else self.tr("Billing: session of {day}")).format(day=show_date(item.day))
            row = QListWidgetItem(text)
            row.setData(ID_ROLE, item.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked if item.id in unticked else Qt.CheckState.Checked)
            self.list.addItem(row)
        if self.list.count():
            self.list.setCurrentRow(0)

    def left_out(self) -> tuple[str, ...]:
        rows = (self.list.item(i) for i in range(self.list.count()))
        return tuple(str(r.data(ID_ROLE)) for r in rows if r.checkState() != Qt.CheckState.Checked)

    def confirmed(self) -> bool:
        return self.confirm.isChecked()


__all__ = ["RestItemsBox"]

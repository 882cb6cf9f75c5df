"""The legal hold offered after a subpoena: on the export wizard's receipt (a subpoena export) and on
a signed subpoena decision's last page. docs/retention.md says to place a hold when a subpoena
arrives, and nothing led there (found by a walker). One click places it, its details prefilled
"subpoena received <date>" and editable; nothing is placed unless the therapist clicks. Not
offered when the chart already has an active subpoena hold. A court order means litigation, a
reason for a hold too (found by a walker: its export offered none): "litigation", prefilled
"court order <date>" (services/holds.HOLD_AFTER)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from vault_app.gui.dates import show_date
from vault_app.services import holds

if TYPE_CHECKING:
    from vault_app.domain.retention import LegalHold
    from vault_app.gui.seam import Operations


class SubpoenaHoldOffer(QWidget):
    # Shown once the query said a hold is offered: a host with other letters gives them anew
    # (gui/subpoena_refused.py, on the export's basis page).
    offered = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("subpoenaHoldOffer")
        self.ops = ops
        self.client_id = ""
        self.received_on = date.today()
        self.basis = "subpoena"
        self.placed: LegalHold | None = None
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.details = QLineEdit()
        self.details.setAccessibleName(self.tr("Hold details"))
        self.button = QPushButton(self.tr("Place a legal &hold"))
        self.button.setObjectName("placeSubpoenaHold")
        self.button.clicked.connect(self.place)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.details, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addLayout(row)
        self.hide()
        # Out of the keyboard's way until offered: QWizard gives a page's first field the keyboard,
        # shown or not, and on an export's receipt with no subpoena that was this hidden one (found
        # walking by keyboard: nothing on screen had the keyboard; a screen reader said "Hold details").
        self._takes_keyboard(False)

    def _takes_keyboard(self, yes: bool) -> None:
        policy = Qt.FocusPolicy.StrongFocus if yes else Qt.FocusPolicy.NoFocus
        self.details.setFocusPolicy(policy)
        self.button.setFocusPolicy(policy)

    def offer(self, client_id: str, received_on: date, basis: str = "subpoena") -> None:
        """Shown once the chart is known to have no active hold of the reason `basis` calls for
        (subpoena, or court_order: litigation)."""
        self.client_id, self.received_on, self.basis = client_id, received_on, basis
        self.ops.query(self, lambda v: holds.hold_offered(v, client_id, basis)).success(self._show).run()

    def _show(self, offered: bool) -> None:
        if not offered:
            return
        day = show_date(self.received_on)
        if self.basis == "court_order":
            self.note.setText(self.tr(
                "A court order means litigation, a reason to keep this chart: a legal hold keeps it from being "
                "destroyed until you release it (Legal holds). Nothing is placed unless you choose it."))
            self.details.setText(self.tr("court order {date}").format(date=day))
        else:
            self.note.setText(self.tr(
                "A subpoena is a reason to keep this chart: a legal hold keeps it from being destroyed until you "
                "release it (Legal holds). Nothing is placed unless you choose it."))
            self.details.setText(self.tr("subpoena received {date}").format(date=day))
        self._takes_keyboard(True)
        self.show()
        self.offered.emit()

    def place(self) -> None:
        client_id, received, details, basis = self.client_id, self.received_on, self.details.text(), self.basis
        self.button.setEnabled(False)
        self.ops.op(self, lambda v: holds.place_after(v, client_id, basis, received, details),
                    label=self.tr("Placing…")).success(self._placed).finally_(self._idle).run()

    def _placed(self, hold: LegalHold) -> None:
        self.placed = hold
        self.details.setReadOnly(True)
        self.button.hide()
        self.note.setText(self.tr("Legal hold placed on this chart: release it in Legal holds when the matter ends."))

    def _idle(self) -> None:
        self.button.setEnabled(self.placed is None)


__all__ = ["SubpoenaHoldOffer"]

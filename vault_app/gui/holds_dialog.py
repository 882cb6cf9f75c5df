"""Legal holds: place one on a chart (nothing under a hold can be destroyed), release it when it ends."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.retention import HOLD_REASONS
from vault_app.gui.dates import show_date
from vault_app.gui.escape_guard import GuardedDialog
from vault_app.gui.hold_words import reason_in_line, reason_words
from vault_app.gui.widgets import add_row, give_form_mnemonics, make_tree
from vault_app.services import clients, holds
from vault_app.services.changes import Changes, Kind

if TYPE_CHECKING:
    from vault_app.domain.retention import LegalHold
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault


def holds_with_charts(vault: Vault) -> list[tuple[LegalHold, str]]:
    numbers = {c.client_id: c.chart_number for c in clients.list_clients(vault)}
    return [(h, numbers.get(h.client_id, "")) for h in holds.list_holds(vault, include_released=True)]


class HoldsDialog(GuardedDialog):
    def __init__(self, controller: App, client_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.client_id = client_id
        self.setWindowTitle(self.tr("Legal holds"))
        self.tree = make_tree([self.tr("Chart"), self.tr("Reason"), self.tr("Details"), self.tr("Placed"),
                               self.tr("Released"), self.tr("Release note")], self.tr("Legal holds"))
        self.question: QInputDialog | None = None
        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Reason for the hold"))
        for r in HOLD_REASONS:
            self.reason.addItem(reason_words(r), r)
        self.details = QLineEdit()
        self.details.setAccessibleName(self.tr("Hold details"))
        self.details.setPlaceholderText(self.tr("case number, agency; no clinical details"))
        self.place_button = QPushButton(self.tr("Place a hold on the open chart"))
        self.place_button.setEnabled(client_id is not None)
        self.place_button.clicked.connect(self.place)
        # The dialog opened with the keyboard on this button: Enter placed a hold at once, on
        # a chart the dialog did not name, and each further Enter placed another. Now Enter
        # places one only from Details, once something is typed there; the button says
        # which chart, and the field is emptied once the hold is placed.
        self.place_button.setAutoDefault(False)
        self.details.returnPressed.connect(self._place_typed)
        self.placing = False
        self.chart_number = ""
        self.said = QLabel("")
        self.said.setObjectName("calmNote")
        self.said.setWordWrap(True)
        self.said.setAccessibleName(self.tr("Hold placed"))
        release = self.release_button = QPushButton(self.tr("Release the selected hold…"))
        release.setAutoDefault(False)
        release.clicked.connect(self.release)
        # Found in the real app: a released hold (or none) could be "released": the question
        # was asked, the answer typed, then refused with the hold's id and a raw UTC stamp.
        release.setEnabled(False)
        self.tree.currentItemChanged.connect(lambda *_a: self._release_state())
        note = QLabel(self.tr("A chart under a hold is kept whatever its retention date, until the hold is released."))
        note.setObjectName("calmNote")
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Details:"), self.details)
        row = QHBoxLayout()
        row.addWidget(self.place_button)
        row.addWidget(release)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        if close_button is not None:
            close_button.setAutoDefault(False)  # Enter in Details places the hold; it must not also close
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.tree, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.said)
        layout.addWidget(close)
        self.resize(760, 480)
        # Alt letters for the buttons and field labels that had none, Qt's own Close among them
        # (found in Spanish on Xvfb: none underlined); none shared in the window.
        give_form_mnemonics(self, [self.place_button, release])
        controller.changed.connect(self._on_changes)
        self.load()
        self.reason.setFocus()
        if client_id is not None:
            wanted = client_id
            self.controller.query(self, lambda v: clients.get_client(v, wanted).chart_number).success(
                self._name_chart).run()

    def typed(self) -> bool:
        """A hold's details typed (case number, agency) and not yet placed: Escape or the title bar's ×
        asks before losing it (gui/escape_guard.py)."""
        return bool(self.details.text().strip())

    def _name_chart(self, chart_number: str) -> None:
        self.chart_number = chart_number
        self.place_button.setText(self.tr("Place a hold on chart {chart}").format(chart=chart_number))
        give_form_mnemonics(self, [self.place_button])  # its new words get a letter again

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.HOLDS):  # placed or released here or by any other path
            self.load()

    def load(self) -> None:
        self.controller.query(self, holds_with_charts).success(self._show).run()

    def _show(self, rows: list[tuple[LegalHold, str]]) -> None:
        self.tree.clear()
        for h, chart in rows:
            # The whole stamps: show_date puts them on the wall's calendar (their first ten
            # characters are UTC's day, tomorrow's from a US evening on).
            # The reason as the Reason box offers it, and the release note, which was typed
            # when releasing and then shown nowhere.
            item = add_row(self.tree, [chart, reason_words(h.reason), h.details, show_date(h.placed_at),
                                       show_date(h.released_at), h.release_note], h.hold_id)
            item.setData(1, Qt.ItemDataRole.UserRole, h.active)
            item.setData(2, Qt.ItemDataRole.UserRole, h.reason)
        self._release_state()

    def _release_state(self) -> None:
        item = self.tree.currentItem()
        self.release_button.setEnabled(item is not None and bool(item.data(1, Qt.ItemDataRole.UserRole)))

    def _place_typed(self) -> None:
        if self.details.text().strip():
            self.place()

    def place(self) -> None:
        if self.client_id is None or self.placing:
            return
        client_id, reason, details = self.client_id, str(self.reason.currentData()), self.details.text()
        self.placing = True
        self.place_button.setEnabled(False)
        self.controller.op(self, lambda v: holds.place(v, client_id, reason, details), label=self.tr("Placing…")) \
            .success(self._placed).finally_(self._idle).run()

    def _placed(self, _hold: object) -> None:
        self.details.clear()
        self.said.setText(self.tr("Hold placed on chart {chart}.").format(chart=self.chart_number)
                          if self.chart_number else self.tr("Hold placed."))

    def _idle(self) -> None:
        self.placing = False
        self.place_button.setEnabled(self.client_id is not None)

    def release(self) -> None:
        item = self.tree.currentItem()
        if item is None or not item.data(1, Qt.ItemDataRole.UserRole):
            return
        hold_id = str(item.data(0, Qt.ItemDataRole.UserRole))
        question = self.question = QInputDialog(self)
        question.setInputMode(QInputDialog.InputMode.TextInput)
        title = self.tr("Release legal hold")
        question.setWindowTitle(title)
        # Which hold, as the list names it (reason, chart, day placed), not only "the hold".
        question.setLabelText(self.tr("Release the {reason} hold on chart {chart}, placed {placed}?\n"
                                      "Why has it ended? (optional)").format(
            reason=reason_in_line(str(item.data(2, Qt.ItemDataRole.UserRole))), chart=item.text(0),
            placed=item.text(3)))
        # Sized to its label, the box was narrower than its title, which the window manager cut
        # off ("Release h…"): room for the title and the title bar's buttons.
        question.setOkButtonText(self.tr("Release"))  # says what OK does, as the title does
        question.setMinimumWidth(question.fontMetrics().horizontalAdvance(title) + 200)
        question.textValueSelected.connect(
            lambda note: self.controller.op(self, lambda v: holds.release(v, hold_id, note),
                                            label=self.tr("Releasing…")).run())
        question.open()

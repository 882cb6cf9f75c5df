"""Records > Destructions and certificates: every destruction the ledger records, and its signed
certificate saved again, as PDF and JSON, whenever someone asks for it (a board, an auditor, the
client's attorney). Found in the real app: the certificate could be saved only from the wizard's
last page; after Finish, a lock or a quit it was out of reach in the app, and the command line
that exports it refuses to open a vault the app has open."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault_app.gui import file_dialogs
from vault_app.gui.certificate_words import count_phrase
from vault_app.gui.compliance_box import ComplianceBox
from vault_app.gui.dates import show_date
from vault_app.gui.widgets import add_row, make_tree, on_open, wrapped_label
from vault_app.services import certificates, destruction
from vault_app.services.changes import Changes, Kind

if TYPE_CHECKING:
    from vault_app.gui.seam import App


class DestructionsDialog(QDialog):
    def __init__(self, controller: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Destructions and certificates"))
        self.note = wrapped_label(self.tr("Every destruction recorded in the vault's ledger. The signed certificate of "
                                          "a completed one can be saved again at any time."), "calmNote")
        self.tree = make_tree([self.tr("Certificate"), self.tr("Chart"), self.tr("Destroyed"), self.tr("Basis"),
                               self.tr("Date"), self.tr("State")], self.tr("Recorded destructions"))
        self.tree.currentItemChanged.connect(lambda *_a: self._save_state())
        on_open(self.tree, lambda _item: self._choose())  # Enter or a double-click saves the certificate
        self.save_button = QPushButton(self.tr("Save the signed certificate (PDF and JSON)…"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self._choose)
        self.saved = wrapped_label("", "calmNote", selectable=True)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setAutoDefault(False)  # Enter in the list saves; it must not also close the dialog
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addWidget(self.saved)
        self.compliance = ComplianceBox(controller, self)
        layout.addWidget(self.compliance, 1)
        layout.addWidget(buttons)
        self.resize(820, 640)
        controller.changed.connect(self._on_changes)
        self.load()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.DESTRUCTION):
            self.load()

    def load(self) -> None:
        self.controller.query(self, destruction.list_destructions).success(self._show).run()
        self.compliance.load()

    def _show(self, rows: list[dict[str, Any]]) -> None:
        chosen = self.chosen()
        self.tree.clear()
        for d in reversed(rows):  # the latest first
            item = add_row(self.tree, [d["certificate_id"], d["chart_number"], self._what(d),
                                       self._basis(str(d["basis"])), show_date(str(d["started_at"])),
                                       self._state(str(d["state"]))], str(d["certificate_id"]))
            item.setData(1, Qt.ItemDataRole.UserRole, str(d["state"]).startswith("completed"))
            if d["certificate_id"] == chosen:
                self.tree.setCurrentItem(item)
        latest = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and latest is not None:
            self.tree.setCurrentItem(latest)
            self.tree.setFocus()  # arrows choose, Enter saves
        if not rows:
            self.note.setText(self.tr("No destruction has been recorded in this vault."))
        self._save_state()

    def _what(self, d: dict[str, Any]) -> str:
        if d["scope"] == "chart":
            return self.tr("the whole chart")
        return count_phrase("psychotherapy_notes", int(d["note_count"]))

    def _basis(self, kind: str) -> str:
        return {"retention": self.tr("retention period ended"), "permission": self.tr("client's written request"),
                "override": self.tr("documented reason")}.get(kind, kind)

    def _state(self, state: str) -> str:
        if state.startswith("completed"):
            return self.tr("completed") if state == "completed" else self.tr("completed after a failed verification")
        if state == "verification failed":
            return self.tr("verification failed")
        return self.tr("interrupted: finishes at the next unlock")

    def chosen(self) -> str | None:
        item = self.tree.currentItem()
        return None if item is None else str(item.data(0, Qt.ItemDataRole.UserRole))

    def _save_state(self) -> None:
        item = self.tree.currentItem()
        self.save_button.setEnabled(item is not None and bool(item.data(1, Qt.ItemDataRole.UserRole)))

    def _choose(self) -> None:
        certificate_id = self.chosen()
        if certificate_id is None or not self.save_button.isEnabled():
            return
        # The certificate's id, not "destruction-certificate.pdf": several saved side by side stay apart.
        suggested = str(Path.home() / f"{certificate_id}.pdf")
        path = file_dialogs.save_file(self, self.tr("Save certificate"), suggested, "PDF (*.pdf)")
        if path:
            self.save_to(certificate_id, Path(path))

    def save_to(self, certificate_id: str, pdf: Path) -> None:
        json_path = pdf.with_suffix(".json")
        self.saved.setText("")
        self.controller.op(self, lambda v: certificates.export(v, certificate_id, json_path=json_path, pdf_path=pdf),
                           label=self.tr("Saving…")) \
            .success(lambda written: self.saved.setText(self.tr("Saved: {0}").format(", ".join(written.values())))) \
            .run()

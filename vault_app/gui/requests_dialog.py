"""Access, amendment and accounting requests: record, see due dates, extend, decide, read letters."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault_app.gui.background import show_inline
from vault_app.gui.chart_tabs import add_row, iso, make_tree
from vault_app.gui.date_field import date_picker
from vault_app.gui.forms import action_buttons, error_label

if TYPE_CHECKING:
    from vault_app.gui.controller import AppController
    from vault_app.services.vault import Vault

KINDS = (("access", "To see or get a copy of the record (30 days)"),
         ("amendment", "To amend the record (60 days)"),
         ("accounting", "An accounting of disclosures (60 days)"))


def _date_edit(name: str) -> QDateEdit:
    return date_picker(name)


class NewRequestDialog(QDialog):
    saved = Signal(str)

    def __init__(self, controller: AppController, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.client_id = client_id
        self.setWindowTitle("Record a request")
        self.kind = QComboBox()
        self.kind.setAccessibleName("Kind of request")
        for key, text in KINDS:
            self.kind.addItem(text, key)
        self.received = _date_edit("Date received")
        self.description = QLineEdit()
        self.description.setAccessibleName("What is asked for")
        self.representative = QCheckBox("Made by a personal representative")
        self.message = error_label()
        form = QFormLayout()
        form.addRow("Request:", self.kind)
        form.addRow("Received on:", self.received)
        form.addRow("Details:", self.description)
        form.addRow("", self.representative)
        buttons, _action = action_buttons(self, "Record", self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, 260)

    def held_entry(self) -> dict[str, Any] | None:
        if not self.description.text().strip():
            return None
        return {"where": "records", "dialog": "new_request", "context": {"client_id": self.client_id},
                "fields": {"kind": str(self.kind.currentData()),
                           "received": self.received.date().toString("yyyy-MM-dd"),
                           "description": self.description.text(), "representative": self.representative.isChecked()}}

    def restore_fields(self, fields: dict[str, Any]) -> None:
        from PySide6.QtCore import QDate

        from vault_app.gui.held import RESTORED

        self.kind.setCurrentIndex(max(0, self.kind.findData(fields.get("kind"))))
        received = QDate.fromString(str(fields.get("received", "")), "yyyy-MM-dd")
        if received.isValid():
            self.received.setDate(received)
        self.description.setText(str(fields.get("description", "")))
        self.representative.setChecked(bool(fields.get("representative")))
        self.message.setText(RESTORED)

    def save(self) -> None:
        from vault_app.services import requests

        client_id, kind = self.client_id, str(self.kind.currentData())
        received, text = self.received.date().toString("yyyy-MM-dd"), self.description.text()
        rep = self.representative.isChecked()
        self.controller.call(
            self, lambda v: requests.add_request(v, client_id, kind=kind, received_on=received, description=text,
                                                 by_representative=rep),
            on_success=self._saved, on_error=show_inline(self.message))

    def _saved(self, q: Any) -> None:
        self.accept()
        self.saved.emit(q.id)


class RequestDetailDialog(QDialog):
    changed = Signal()

    def __init__(self, controller: AppController, request_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.request_id = request_id
        self.setWindowTitle("Request")
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Request summary")
        self.letters = QPlainTextEdit()
        self.letters.setReadOnly(True)
        self.letters.setAccessibleName("Letters sent")
        self.extend_button = QPushButton("Extend once (with a written notice)…")
        self.extend_button.clicked.connect(self.extend)
        self.grant_button = QPushButton("Granted: provide the copy…")
        self.grant_button.clicked.connect(self.grant)
        self.deny_button = QPushButton("Deny, with grounds…")
        self.deny_button.clicked.connect(self.deny)
        self.withdraw_button = QPushButton("Withdrawn")
        self.withdraw_button.clicked.connect(self.withdraw)
        row = QHBoxLayout()
        for b in (self.extend_button, self.grant_button, self.deny_button, self.withdraw_button):
            row.addWidget(b)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        title = QLabel("Letters")
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        layout.addWidget(self.letters, 1)
        layout.addWidget(close)
        self.resize(700, 520)
        self.load()

    def load(self) -> None:
        from vault_app.services import requests

        rid = self.request_id
        self.controller.call(self, lambda v: (requests.get_request(v, rid), requests.letters(v, rid)),
                             on_success=self._show)

    def _show(self, result: Any) -> None:
        q, letters = result
        self.kind = q.kind
        ext = f" (extended from {iso(q.original_due)}: {q.extension.reason})" if q.extension else ""
        self.summary.setText(
            f"<b>{q.kind.capitalize()} request</b> received {iso(q.received_on)}. Due <b>{iso(q.due_on)}</b>{ext}."
            f"<br>Status: {q.status.replace('_', ' ')}" + (f", decided {iso(q.decided_on)}" if q.decided_on else "")
            + (f"<br>{q.description}" if q.description else ""))
        open_ = not q.closed
        self.extend_button.setEnabled(open_ and q.extension is None)
        self.grant_button.setEnabled(open_ and q.kind == "access")
        self.deny_button.setEnabled(open_ and q.kind != "accounting")
        self.withdraw_button.setEnabled(open_)
        self.letters.setPlainText("\n\n".join(f"— {lt['kind']} ({lt['letter_date']}) —\n{lt['body']}"
                                              for lt in letters) or "No letters yet.")

    def _after(self, _result: Any) -> None:
        self.changed.emit()
        self.load()

    def extend(self) -> None:
        from vault_app.services import requests

        reason, ok = QInputDialog.getText(self, "Extend", "Reason for the delay (it goes into the notice letter):")
        if ok and reason.strip():
            rid, today = self.request_id, QDate.currentDate().toString("yyyy-MM-dd")
            self.controller.call(self, lambda v: requests.extend_request(v, rid, notice_on=today, reason=reason),
                                 on_success=self._after)

    def grant(self) -> QDialog:
        """Granting access means giving the copy: made first, then the request closes."""
        from vault_app.gui.access_copy_dialog import AccessCopyDialog

        dialog = AccessCopyDialog(self.controller, self.request_id, self.summary.text(), parent=self)
        dialog.granted.connect(lambda: self._after(None))
        dialog.open()
        return dialog

    def deny(self) -> None:
        from vault_app.domain.requests import ACCESS_DENIAL_GROUNDS, AMENDMENT_DENIAL_GROUNDS
        from vault_app.services import requests

        table = ACCESS_DENIAL_GROUNDS if self.kind == "access" else AMENDMENT_DENIAL_GROUNDS
        labels = [f"{g.code}: {g.text[:90]}" for g in table.values()]
        choice, ok = QInputDialog.getItem(self, "Deny", "Ground for the denial:", labels, 0, False)
        if ok:
            rid, code = self.request_id, choice.split(":", 1)[0]
            self.controller.call(self, lambda v: requests.deny_request(v, rid, grounds=[code]), on_success=self._after)

    def withdraw(self) -> None:
        from vault_app.services import requests

        rid = self.request_id
        self.controller.call(self, lambda v: requests.withdraw(v, rid), on_success=self._after)


def all_open_requests(vault: Vault) -> list[tuple[Any, str]]:
    from vault_app.services import clients, requests

    numbers = {c.client_id: c.chart_number for c in clients.list_clients(vault)}
    return [(q, numbers.get(q.client_id, "")) for q in requests.list_requests(vault, open_only=True)]


class RequestsDialog(QDialog):
    """Every open request in the practice, soonest due first."""

    def __init__(self, controller: AppController, client_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle("Open requests")
        self.tree = make_tree(["Due", "Chart", "Kind", "Received", "Status"], "Open requests")
        self.tree.itemActivated.connect(self._open)
        self.tree.itemDoubleClicked.connect(self._open)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(close)
        self.resize(700, 420)
        self.load()

    def load(self) -> None:
        self.controller.call(self, all_open_requests, on_success=self._show)

    def _show(self, rows: Any) -> None:
        self.tree.clear()
        for q, chart in sorted(rows, key=lambda r: r[0].due_on):
            add_row(self.tree, [iso(q.due_on), chart, q.kind, iso(q.received_on), q.status], q.id)

    def _open(self, item: Any, _col: int = 0) -> None:
        dialog = RequestDetailDialog(self.controller, str(item.data(0, Qt.ItemDataRole.UserRole)), parent=self)
        dialog.changed.connect(self.load)
        dialog.open()

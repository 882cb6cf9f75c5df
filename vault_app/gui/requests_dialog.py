"""Access, amendment and accounting requests: record, see due dates, extend, decide, read letters.

Each dialog refreshes itself from the controller's change notices (Kind.REQUESTS), so a
decision taken in the detail dialog shows in the list behind it without wiring the two.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
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
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.requests import ACCESS_DENIAL_GROUNDS, AMENDMENT_DENIAL_GROUNDS, ClientRequest
from vault_app.gui.access_copy_dialog import AccessCopyDialog
from vault_app.gui.accounting_dialog import AccountingDialog
from vault_app.gui.background import show_inline
from vault_app.gui.confirm import confirm
from vault_app.gui.date_field import date_picker
from vault_app.gui.dates import show_date
from vault_app.gui.forms import action_buttons, error_label
from vault_app.gui.held import RESTORED, HeldEntry
from vault_app.gui.seam import App
from vault_app.gui.widgets import add_row, make_tree, on_open
from vault_app.services import requests, today
from vault_app.services.changes import Changes, Kind
from vault_app.services.today import OpenRequest, RequestDetail

# Marked for translation here, translated where shown (context: NewRequestDialog).
KINDS = (("access", QT_TRANSLATE_NOOP("NewRequestDialog", "To see or get a copy of the record (30 days)")),
         ("amendment", QT_TRANSLATE_NOOP("NewRequestDialog", "To amend the record (60 days)")),
         ("accounting", QT_TRANSLATE_NOOP("NewRequestDialog", "An accounting of disclosures (60 days)")))


def _date_edit(name: str) -> QDateEdit:
    return date_picker(name)


class NewRequestDialog(QDialog):
    def __init__(self, controller: App, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.client_id = client_id
        self.setWindowTitle(self.tr("Record a request"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of request"))
        for key, text in KINDS:
            self.kind.addItem(QCoreApplication.translate("NewRequestDialog", str(text)), key)
        self.received = _date_edit(self.tr("Date received"))
        self.description = QLineEdit()
        self.description.setAccessibleName(self.tr("What is asked for"))
        self.representative = QCheckBox(self.tr("Made by a personal representative"))
        self.message = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Request:"), self.kind)
        form.addRow(self.tr("Received on:"), self.received)
        form.addRow(self.tr("Details:"), self.description)
        form.addRow("", self.representative)
        buttons, _action = action_buttons(self, self.tr("Record"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, 260)

    def held_entry(self) -> HeldEntry | None:
        if not self.description.text().strip():
            return None
        return {"where": "records", "dialog": "new_request", "context": {"client_id": self.client_id},
                "fields": {"kind": str(self.kind.currentData()),
                           "received": self.received.date().toString("yyyy-MM-dd"),
                           "description": self.description.text(), "representative": self.representative.isChecked()}}

    def restore_fields(self, fields: dict[str, object]) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(fields.get("kind"))))
        received = QDate.fromString(str(fields.get("received", "")), "yyyy-MM-dd")
        if received.isValid():
            self.received.setDate(received)
        self.description.setText(str(fields.get("description", "")))
        self.representative.setChecked(bool(fields.get("representative")))
        self.message.setText(QCoreApplication.translate("held", RESTORED))

    def save(self) -> None:
        client_id, kind = self.client_id, str(self.kind.currentData())
        received, text = self.received.date().toString("yyyy-MM-dd"), self.description.text()
        rep = self.representative.isChecked()
        # The chart's Requests tab hears the new request from the change notice.
        self.controller.op(
            self, lambda v: requests.add_request(v, client_id, kind=kind, received_on=received, description=text,
                                                 by_representative=rep),
            label=self.tr("Recording the request…")).success(self._saved).failure(show_inline(self.message)).run()

    def _saved(self, _q: ClientRequest) -> None:
        self.accept()


class RequestDetailDialog(QDialog):
    def __init__(self, controller: App, request_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.request_id = request_id
        self.client_id: str | None = None  # known once the request is read
        self.kind = ""
        self.plain_summary = ""
        self.setWindowTitle(self.tr("Request"))
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Request summary"))
        self.letters = QPlainTextEdit()
        self.letters.setReadOnly(True)
        self.letters.setAccessibleName(self.tr("Letters sent"))
        self.extend_button = QPushButton(self.tr("Extend once (with a written notice)…"))
        self.extend_button.clicked.connect(self.extend)
        self.grant_button = QPushButton(self.tr("Granted: provide the copy…"))
        self.grant_button.clicked.connect(self.grant)
        self.deny_button = QPushButton(self.tr("Deny, with grounds…"))
        self.deny_button.clicked.connect(self.deny)
        self.withdraw_button = QPushButton(self.tr("Withdrawn"))
        self.withdraw_button.clicked.connect(self.withdraw)
        row = QHBoxLayout()
        for b in (self.extend_button, self.grant_button, self.deny_button, self.withdraw_button):
            # The dialog opened with the keyboard on Extend, taking Enter: the Enter that
            # opened the request from the list, pressed twice, asked to extend it. Each step
            # here is a deliberate Space or click.
            b.setAutoDefault(False)
            row.addWidget(b)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        if close_button is not None:
            close_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        title = QLabel(self.tr("Letters"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        layout.addWidget(self.letters, 1)
        layout.addWidget(close)
        self.resize(700, 520)
        controller.changed.connect(self._on_changes)
        self.load()

    def _on_changes(self, changes: Changes) -> None:
        """An extension, decision or the copy given (here or elsewhere) shows at once."""
        if changes.touches_client(self.client_id, Kind.REQUESTS):
            self.load()

    def load(self) -> None:
        rid = self.request_id
        self.controller.query(self, lambda v: today.request_detail(v, rid)).success(self._show).run()

    def _show(self, detail: RequestDetail) -> None:
        q = detail.request
        self.kind, self.client_id = q.kind, q.client_id
        ext = self.tr(" (extended from {day}: {reason})").format(
            day=show_date(q.original_due), reason=q.extension.reason) if q.extension else ""
        decided = self.tr(", decided {day}").format(day=show_date(q.decided_on)) if q.decided_on else ""
        # Rich text: the free-text parts are escaped so that a "<" in them cannot format the label.
        self.summary.setText(
            self.tr("<b>{kind} request</b> received {received}. Due <b>{due}</b>{ext}.").format(
                kind=q.kind.capitalize(), received=show_date(q.received_on), due=show_date(q.due_on),
                ext=_escape(ext))
            + "<br>" + self.tr("Status: {status}").format(status=q.status.replace("_", " ")) + decided
            + (f"<br>{_escape(q.description)}" if q.description else ""))
        self.plain_summary = self.tr("{kind} request received {received}, due {due}").format(
            kind=q.kind.capitalize(), received=show_date(q.received_on), due=show_date(q.due_on))
        open_ = not q.closed
        self.extend_button.setEnabled(open_ and q.extension is None)
        # An accounting is answered by producing it, here, for this request: from the Records
        # menu it named no request, so the request stayed open and fell overdue once given.
        self.grant_button.setText(self.tr("Provide the accounting…") if q.kind == "accounting"
                                  else self.tr("Granted: provide the copy…"))
        self.grant_button.setEnabled(open_ and q.kind in ("access", "accounting"))
        self.deny_button.setEnabled(open_ and q.kind != "accounting")
        self.withdraw_button.setEnabled(open_)
        self.letters.setPlainText("\n\n".join(
            self.tr("— {kind} ({day}) —").format(kind=lt["kind"], day=show_date(str(lt["letter_date"])))
            + f"\n{lt['body']}" for lt in detail.letters) or self.tr("No letters yet."))

    def extend(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Extend"),
                                          self.tr("Reason for the delay (it goes into the notice letter):"))
        if ok and reason.strip():
            rid, on = self.request_id, QDate.currentDate().toString("yyyy-MM-dd")
            self.controller.op(self, lambda v: requests.extend_request(v, rid, notice_on=on, reason=reason),
                               label=self.tr("Extending…")).run()

    def grant(self) -> QDialog:
        """Granting access means giving the copy, and an accounting request means producing the
        accounting: made first, then the request closes (and this dialog hears it from the
        change notice)."""
        dialog: QDialog
        if self.kind == "accounting" and self.client_id is not None:
            dialog = AccountingDialog(self.controller, self.client_id, self, request_id=self.request_id)
        else:
            dialog = AccessCopyDialog(self.controller, self.request_id, self.summary.text(), parent=self)
        dialog.open()
        return dialog

    def deny(self) -> None:
        table = ACCESS_DENIAL_GROUNDS if self.kind == "access" else AMENDMENT_DENIAL_GROUNDS
        labels = [f"{g.code}: {g.text[:90]}" for g in table.values()]
        choice, ok = QInputDialog.getItem(self, self.tr("Deny"), self.tr("Ground for the denial:"), labels, 0, False)
        if ok:
            rid, code = self.request_id, choice.split(":", 1)[0]
            self.controller.op(self, lambda v: requests.deny_request(v, rid, grounds=[code]),
                               label=self.tr("Recording the denial…")).run()

    def withdraw(self) -> QMessageBox:
        """Asked first: one press closed the request, and its legal due date with it."""
        rid = self.request_id

        def record() -> None:
            self.controller.op(self, lambda v: requests.withdraw(v, rid), label=self.tr("Recording…")).run()

        return confirm(self, self.tr("Withdrawn"), self.tr("Record that this request was withdrawn?"),
                       [self.plain_summary], self.tr("Record as withdrawn"), record,
                       warnings=[self.tr("Only when the client (or their representative) withdrew it: the request "
                                         "closes and its due date is no longer followed.")])


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class RequestsDialog(QDialog):
    """Every open request in the practice, soonest due first."""

    def __init__(self, controller: App, client_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Open requests"))
        self.tree = make_tree([self.tr("Due"), self.tr("Chart"), self.tr("Kind"), self.tr("Received"),
                               self.tr("Status")], self.tr("Open requests"))
        on_open(self.tree, self._open)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(close)
        self.resize(700, 420)
        controller.changed.connect(self._on_changes)
        self.load()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.REQUESTS, Kind.CLIENTS):
            self.load()

    def load(self) -> None:
        self.controller.query(self, today.open_requests).success(self._show).run()

    def _show(self, rows: list[OpenRequest]) -> None:
        self.tree.clear()
        for row in rows:
            q = row.request
            add_row(self.tree, [show_date(q.due_on), row.chart_number, q.kind, show_date(q.received_on), q.status],
                    q.id)

    def _open(self, item: QTreeWidgetItem, _col: int = 0) -> None:
        dialog = RequestDetailDialog(self.controller, str(item.data(0, Qt.ItemDataRole.UserRole)), parent=self)
        dialog.open()

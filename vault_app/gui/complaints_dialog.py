"""Complaints received by the practice and their disposition (Records > Complaints…; 45 CFR
164.530(d)(2): documented, kept six years by 164.530(j)(2), then destroyable here: Destroy…). Found
by a walker (W9): every letter tells the client they may complain to the practice, and nothing kept
a complaint. The services are the command line's (services/complaints.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.complaints import destroy_refusal, due_for_destruction
from vault_app.domain.errors import VaultError
from vault_app.gui.confirm import ask_yes_no
from vault_app.gui.date_field import date_picker, unfinished_date
from vault_app.gui.dates import picked_day, show_date, show_deadline
from vault_app.gui.escape_guard import GuardedDialog, typed_into
from vault_app.gui.forms import action_buttons, error_label
from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.widgets import add_row, chosen_row, leaves_by_tab, make_tree, records_window
from vault_app.services import complaints
from vault_app.services.clinical_common import today

if TYPE_CHECKING:
    from vault_app.domain.complaints import Complaint
    from vault_app.gui.seam import App


class ComplaintDialog(GuardedDialog):
    """A complaint received (complaint_id ""), or the disposition of one (its id): closes once kept,
    a refusal said in it with what was typed."""

    def __init__(self, controller: App, complaint_id: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller, self.complaint_id = controller, complaint_id
        disposing = bool(complaint_id)
        self.setObjectName("complaintDialog")
        self.setWindowTitle(self.tr("Disposition of the complaint") if disposing else self.tr("Record a complaint"))
        intro = QLabel(self.tr("What the practice did about the complaint: it is kept with the complaint for six "
                               "years (45 CFR 164.530(d)(2), (j)).") if disposing else
                       self.tr("A complaint about the practice's privacy policies or how it follows them, from a "
                               "client or anyone else. Kept as a compliance record for six years (45 CFR "
                               "164.530(d)(2), (j)); write no more of anyone's health information than needed."))
        intro.setWordWrap(True)
        self.day = date_picker(self.tr("Day of the disposition") if disposing else self.tr("Received on"))
        self.day.setMaximumDate(QDate.currentDate())
        self.who = QLineEdit()
        self.who.setAccessibleName(self.tr("Who complained"))
        self.text = leaves_by_tab(QPlainTextEdit())
        self.text.setAccessibleName(self.tr("What was done") if disposing else self.tr("What the complaint is about"))
        form = QFormLayout()
        form.addRow(self.tr("&Day:") if disposing else self.tr("&Received on:"), self.day)
        if not disposing:
            form.addRow(self.tr("&From:"), self.who)
        form.addRow(self.tr("&What was done:") if disposing else self.tr("&About:"), self.text)
        self.message = error_label()
        self.buttons, self.record_button = action_buttons(
            self, self.tr("Record the disposition") if disposing else self.tr("Record the complaint"), self.record)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 340)

    def typed(self) -> bool:
        return typed_into(self)

    def record(self) -> None:
        self.message.setText("")
        if unfinished_date(self.day):
            return
        on, text, who, kid = picked_day(self.day.date()), self.text.toPlainText(), self.who.text(), self.complaint_id
        if kid:
            op = self.controller.op(self, lambda v: complaints.record_disposition(v, kid, disposition=text, on=on),
                                    label=self.tr("Recording…"))
        else:
            op = self.controller.op(self, lambda v: complaints.add_complaint(v, received_on=on, complainant=who,
                                                                             about=text), label=self.tr("Recording…"))
        op.success(lambda _c: self.accept()).failure(self._refused).run()

    def _refused(self, exc: BaseException) -> bool:
        if not isinstance(exc, VaultError):
            return False
        self.message.setText(refusal_text(exc))
        (self.who if getattr(exc, "field", "") == "complainant" else self.text).setFocus()
        return True


class ComplaintsDialog(QDialog):
    """Every complaint, newest first, open or disposed of, with the day it is kept until."""

    def __init__(self, controller: App, *_args: object, parent: QWidget) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("complaintsDialog")
        self.setWindowTitle(self.tr("Complaints"))
        self.found: list[Complaint] = []
        intro = QLabel(self.tr("Complaints received by the practice and what was done about each (45 CFR "
                               "164.530(d)(2)), kept six years (164.530(j))."))
        intro.setWordWrap(True)
        # The long text last: the days stay in sight (found on Xvfb, "Kept until" scrolled off).
        self.tree = make_tree([self.tr("Received"), self.tr("From"), self.tr("Disposition"), self.tr("Kept until"),
                               self.tr("About")], self.tr("Complaints"))
        self.said = QLabel("")
        self.said.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Record a complaint…"))
        self.add_button.clicked.connect(self.add)
        self.dispose_button = QPushButton(self.tr("Record the disposition…"))
        self.dispose_button.clicked.connect(self.dispose_chosen)
        # Past its six years (45 CFR 164.530(j)(2)) a complaint may go: never before (found: none ever could).
        self.destroy_button = QPushButton(self.tr("Destroy…"))
        self.destroy_button.clicked.connect(self.destroy_chosen)
        records_window(self, intro, self.tree, self.said, [self.destroy_button, self.dispose_button, self.add_button])
        self.resize(820, 420)
        self.load()

    def load(self) -> None:
        self.controller.query(self, complaints.list_complaints).success(self._show).run()

    def _show(self, found: list[Complaint]) -> None:
        self.found = found
        self.tree.clear()
        due = {c.complaint_id for c in due_for_destruction(found, today())}
        for c in found:
            state = (self.tr("{day}: {what}").format(day=show_date(c.disposed_on), what=c.disposition)
                     if c.disposed_on else self.tr("open"))
            kept = (self.tr("{0} (past: may be destroyed)").format(show_date(c.kept_until)) if c.complaint_id in due
                    else show_date(c.kept_until))
            item = add_row(self.tree, [show_date(c.received_on), c.complainant, state, kept, c.about], c.complaint_id)
            item.setToolTip(2, state)
            item.setToolTip(4, c.about)
        self.dispose_button.setEnabled(any(c.open for c in found))
        self.destroy_button.setEnabled(bool(due))

    def _chosen(self) -> Complaint | None:
        item = chosen_row(self.tree)
        found = [c for c in self.found if item is not None and c.complaint_id == item.data(0, Qt.ItemDataRole.UserRole)]
        return found[0] if found else None

    def destroy_chosen(self) -> None:
        """The complaint chosen destroyed, after a question; the refusal said when it is not due."""
        c = self._chosen()
        if c is None:
            self.said.setText(self.tr("Choose a complaint past its six years in the list first, then Destroy."))
            return
        refused = destroy_refusal(c, today())
        if refused is not None:  # said before any question: "kept until 2032" is no question to ask
            if "day" in refused.params:
                refused.params["day"] = show_deadline(c.kept_until)  # as this screen writes deadlines
            self.said.setText(refusal_text(refused))
            return
        ask_yes_no(self, self.tr("Destroy this complaint?"), self.tr(
            "The complaint received {0} and its disposition are destroyed for good: they were kept six years, "
            "until {1} (45 CFR 164.530(j)(2)). The audit ledger keeps only its id and days. Backups made before "
            "still hold it until they are replaced. Destroy it?").format(show_date(c.received_on),
                                                                          show_date(c.kept_until)),
            lambda: self._destroy(c.complaint_id, clock_is_right=False))

    def _destroy(self, complaint_id: str, *, clock_is_right: bool) -> None:
        self.controller.op(self, lambda v: complaints.destroy_complaint(v, complaint_id, confirm=True,
                                                                        clock_is_right=clock_is_right),
                           label=self.tr("Destroying…")) \
            .success(self._destroyed).failure(lambda exc: self._not_destroyed(complaint_id, exc)).run()

    def _destroyed(self, c: Complaint) -> None:
        self.said.setText(self.tr("The complaint received {0} was destroyed; the audit ledger records its id and "
                                  "days only.").format(show_date(c.received_on)))
        self.load()

    def _not_destroyed(self, complaint_id: str, exc: BaseException) -> bool:
        if not isinstance(exc, VaultError):
            return False
        if exc.code == "complaint.destroy_clock_jumped":
            # Only the clock says it is due: asked, as the command line's --clock-is-right.
            ask_yes_no(self, self.tr("Is this computer's clock right?"), "\n\n".join((
                refusal_text(exc), self.tr("Is the date on this computer's clock right? Yes destroys the complaint."))),
                lambda: self._destroy(complaint_id, clock_is_right=True))
            return True
        self.said.setText(refusal_text(exc))
        return True

    def add(self) -> ComplaintDialog:
        return self._ask("")

    def dispose_chosen(self) -> ComplaintDialog | None:
        c = self._chosen()
        if c is None or not c.open:
            self.said.setText(self.tr("Choose an open complaint in the list first, then Record the disposition."))
            return None
        return self._ask(c.complaint_id)

    def _ask(self, complaint_id: str) -> ComplaintDialog:
        dialog = ComplaintDialog(self.controller, complaint_id, parent=self)
        dialog.accepted.connect(self.load)
        dialog.open()
        return dialog


__all__ = ["ComplaintDialog", "ComplaintsDialog"]

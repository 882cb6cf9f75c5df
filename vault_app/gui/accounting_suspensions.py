"""A chart's accounting suspensions in the app (45 CFR 164.528(a)(2)): a health oversight agency or
law enforcement asks that the client's accounting leave out disclosures to it for a time, in
writing (the time it states) or orally (30 days at most from the statement).

Found by a walker (W8): only `vault-app accounting-suspension add|list|end` recorded them, so a
therapist working in the app could not honour an agency's request. Opened from the chart's
Requests tab; the services are the command line's (services/accounting, accounting_suspensions),
and an oral one asked for longer is said cut, not cut silently.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.accounting import ORAL_SUSPENSION_MAX_DAYS, Suspension
from vault_app.domain.errors import VaultError
from vault_app.gui.confirm import confirm
from vault_app.gui.date_field import date_picker, unfinished_date
from vault_app.gui.dates import picked_day, show_date
from vault_app.gui.escape_guard import GuardedDialog, typed_into
from vault_app.gui.forms import action_buttons, error_label
from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.widgets import add_row, chosen_row, make_tree, records_window
from vault_app.services import accounting, accounting_suspensions

if TYPE_CHECKING:
    from vault_app.gui.seam import App
    from vault_app.services.accounting_suspensions import Recorded


class SuspensionAddDialog(GuardedDialog):
    """The agency, the day it starts, written or oral, the end, and the agency's reference. It
    closes once recorded; a refusal is said in it, what was typed kept."""

    def __init__(self, controller: App, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller, self.client_id = controller, client_id
        self.recorded: Recorded | None = None
        self.setObjectName("suspensionAddDialog")
        self.setWindowTitle(self.tr("Record a suspension"))
        intro = QLabel(self.tr("A health oversight agency or law enforcement asked that the client's accounting of "
                               "disclosures leave out the disclosures to it for a time (45 CFR 164.528(a)(2)). A "
                               "written request states the time; an oral one lasts {days} days at most from the "
                               "statement unless the agency gives a written one.").format(
                                   days=ORAL_SUSPENSION_MAX_DAYS))
        intro.setWordWrap(True)
        self.agency = QLineEdit()
        self.agency.setAccessibleName(self.tr("Agency or official that asked"))
        self.starts = date_picker(self.tr("Starts on"))
        self.written = QRadioButton(self.tr("In writing, stating the time"))
        self.oral = QRadioButton(self.tr("Orally ({days} days at most)").format(days=ORAL_SUSPENSION_MAX_DAYS))
        self.written.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.written)
        group.addButton(self.oral)
        self.ends = date_picker(self.tr("Ends on"), QDate.currentDate().addDays(ORAL_SUSPENSION_MAX_DAYS))
        self.reference = QLineEdit()
        self.reference.setAccessibleName(self.tr("The agency's reference"))
        form = QFormLayout()
        form.addRow(self.tr("&Agency:"), self.agency)
        form.addRow(self.tr("&Starts on:"), self.starts)
        form.addRow(self.tr("Asked:"), self.written)
        form.addRow("", self.oral)
        form.addRow(self.tr("&Ends on:"), self.ends)
        form.addRow(self.tr("&Reference (optional):"), self.reference)
        self.message = error_label()
        self.buttons, self.record_button = action_buttons(self, self.tr("Record the suspension"), self.record)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 320)

    def typed(self) -> bool:
        return typed_into(self)

    def record(self) -> None:
        self.message.setText("")
        if unfinished_date(self.starts, self.ends):
            return
        cid, agency, reference = self.client_id, self.agency.text(), self.reference.text()
        starts, ends, written = picked_day(self.starts.date()), picked_day(self.ends.date()), self.written.isChecked()
        self.controller.op(self, lambda v: accounting_suspensions.record(
            v, cid, agency=agency, starts_on=starts, ends_on=ends, written=written, reference=reference),
            label=self.tr("Recording…")).success(self._done).failure(self._refused).run()

    def _done(self, recorded: Recorded) -> None:
        self.recorded = recorded
        self.accept()

    def _refused(self, exc: BaseException) -> bool:
        if not isinstance(exc, VaultError):
            return False
        self.message.setText(refusal_text(exc))
        self.agency.setFocus()
        return True


class SuspensionsDialog(QDialog):
    """The chart's suspensions, in force or ended, written or oral; record one, or end one today."""

    def __init__(self, controller: App, client_id: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.controller, self.client_id = controller, client_id
        self.setObjectName("suspensionsDialog")
        self.setWindowTitle(self.tr("Accounting suspensions"))
        self.found: list[Suspension] = []
        intro = QLabel(self.tr("While a suspension is in force, the client's accounting leaves out the disclosures to "
                               "the agency that asked (45 CFR 164.528(a)(2))."))
        intro.setWordWrap(True)
        self.tree = make_tree([self.tr("Agency"), self.tr("From"), self.tr("Until"), self.tr("Asked"),
                               self.tr("Reference")], self.tr("Accounting suspensions"))
        # What the last step did: a cut oral request said here, with the end asked (W8).
        self.said = QLabel("")
        self.said.setWordWrap(True)
        self.said.setAccessibleName(self.tr("What was recorded"))
        self.said.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_button = QPushButton(self.tr("Record a suspension…"))
        self.add_button.clicked.connect(self.add)
        self.end_button = QPushButton(self.tr("End it today…"))
        self.end_button.clicked.connect(self.end_chosen)
        records_window(self, intro, self.tree, self.said, [self.end_button, self.add_button])
        self.resize(720, 380)
        self.load()

    def load(self) -> None:
        cid = self.client_id
        self.controller.query(self, lambda v: accounting.list_suspensions(v, cid)).success(self._show).run()

    def _show(self, found: list[Suspension]) -> None:
        self.found = found
        self.tree.clear()
        today = date.today()
        for s in found:
            until = show_date(s.ends_on) + ("" if s.ends_on >= today else " " + self.tr("(ended)"))
            add_row(self.tree, [s.agency, show_date(s.starts_on), until,
                                self.tr("in writing") if s.written else self.tr("orally"), s.reference], s.id)
        self.end_button.setEnabled(any(s.ends_on >= today for s in found))

    def add(self) -> SuspensionAddDialog:
        dialog = SuspensionAddDialog(self.controller, self.client_id, parent=self)
        dialog.accepted.connect(lambda: self._added(dialog))
        dialog.open()
        return dialog

    def _added(self, dialog: SuspensionAddDialog) -> None:
        done = dialog.recorded
        if done is not None:
            s = done.suspension
            said = self.tr("Recorded: {agency}, until {day}.").format(agency=s.agency, day=show_date(s.ends_on))
            if done.cut and done.asked_until is not None:
                said += " " + self.tr("An oral request suspends the accounting for {days} days at most "
                                      "({citation}): it was asked until {asked} and ends {day}. To keep it longer, "
                                      "record the agency's written statement as a new suspension when it comes."
                                      ).format(days=ORAL_SUSPENSION_MAX_DAYS,
                                               citation=accounting_suspensions.ORAL_CITATION,
                                               asked=show_date(done.asked_until), day=show_date(s.ends_on))
            self.said.setText(said)
        self.load()

    def end_chosen(self) -> QMessageBox | None:
        item = chosen_row(self.tree)
        found = [s for s in self.found if item is not None and s.id == item.data(0, Qt.ItemDataRole.UserRole)]
        if not found:
            self.said.setText(self.tr("Choose a suspension in the list first, then End it today."))
            return None
        s, cid = found[0], self.client_id

        def end() -> None:
            self.controller.op(self, lambda v: accounting.end_suspension(v, cid, s.id),
                               label=self.tr("Recording…")).success(lambda _s: self._ended(s)).run()

        return confirm(self, self.tr("End the suspension"),
                       self.tr("End this suspension today? From tomorrow the client's accounting lists the "
                               "disclosures to the agency again."),
                       [s.agency], self.tr("End it today"), end,
                       warnings=[self.tr("Only when the agency says so, or its time is over.")])

    def _ended(self, s: Suspension) -> None:
        self.said.setText(self.tr("Ended today: {agency}.").format(agency=s.agency))
        self.load()


__all__ = ["SuspensionAddDialog", "SuspensionsDialog"]

"""Produce a client's accounting of disclosures (45 CFR 164.528) as a signed, encrypted PDF."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain import accounting_merge as merge_rule
from vault_app.domain.accounting_reliance import ENDED_CITATION
from vault_app.domain.errors import VaultError
from vault_app.gui import file_dialogs, offered_file_names
from vault_app.gui.accounting_terms_fields import AccountingTerms
from vault_app.gui.background import show_inline
from vault_app.gui.confirm import ask_yes_no
from vault_app.gui.date_field import unfinished_date
from vault_app.gui.dates import show_date
from vault_app.gui.document_language import english_only_label
from vault_app.gui.forms import enter_presses
from vault_app.gui.passphrase import PassphraseField
from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.widgets import chooser_button, give_form_mnemonics
from vault_app.services import accounting, accounting_clock

if TYPE_CHECKING:
    from vault_app.domain.accounting import AccountingLine, ExclusionMode
    from vault_app.domain.accounting_terms import FeeTerms
    from vault_app.gui.seam import App
    from vault_app.services.accounting import AccountingReport, EndedBasis


class AccountingDialog(QDialog):
    def __init__(self, controller: App, client_id: str | None = None, parent: QWidget | None = None, *,
                 request_id: str | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.client_id = client_id
        # The client's request this accounting answers: named, the accounting is as of the day
        # it was received (164.528(a)) and the request closes as provided. Without it a request
        # recorded in the app stayed open, and fell overdue, after the accounting was given.
        self.request_id = request_id
        self._runs = 0
        self._fee: FeeTerms | None = None  # the fee of the accounting being produced, said once it is
        self.setWindowTitle(self.tr("Accounting of disclosures"))
        intro = QLabel(
            self.tr("Lists the disclosures that the law requires to be accounted for, of the six years before the "
                    "request or the shorter period the client asked for, from the tamper-evident ledger. The PDF "
                    "is signed with the vault's key, names the ledger head, and is encrypted with the password you "
                    "give."))
        intro.setWordWrap(True)
        self.in_english = english_only_label("accounting")
        self.exclusions = QComboBox()
        self.exclusions.addItem(self.tr("List the excluded disclosures separately"), "list")
        self.exclusions.addItem(self.tr("Leave excluded disclosures out"), "omit")
        self.exclusions.setAccessibleName(self.tr("Excluded disclosures"))
        self.password = PassphraseField(self.tr("PDF password"), self.tr("PDF password"))
        # Typed twice, as the export wizard asks: a typo made a PDF nobody could open, the
        # password given by phone not the one it was encrypted with.
        self.confirm = PassphraseField(self.tr("Type it again"), self.tr("Confirm PDF password"))
        self.path = QLineEdit(str(Path.home() / offered_file_names.ACCOUNTING))
        self.path.setAccessibleName(self.tr("Save to"))
        browse = chooser_button(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.result_label = QLabel("" if client_id else self.tr("Open a client's chart first."))
        self.result_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Exclusions:"), self.exclusions)
        # The day of the request, a shorter period, a fee with its notice and the client's choice
        # (164.528(a)(3), (c)(2)), as the command line asks them: the window could make only
        # the six years to today, free (found by a walker, round 46).
        self.terms = AccountingTerms(form, self, request_named=request_id is not None)
        self.requested_on, self.since = self.terms.requested_on, self.terms.since
        self.fee, self.fee_notice_on, self.client_choice = \
            self.terms.fee, self.terms.fee_notice_on, self.terms.client_choice
        # The labels' buddies are the line edits: a PassphraseField takes no focus itself (its
        # edit does, as its proxy), so Alt on its label did nothing.
        for words, field in ((self.tr("Password:"), self.password), (self.tr("Confirm:"), self.confirm)):
            label = QLabel(words)
            label.setBuddy(field.edit)
            form.addRow(label, field)
        # A row of a field and its button gets no buddy from the form, and so no Alt letter.
        save_to = QLabel(self.tr("Save to:"))
        save_to.setBuddy(self.path)
        form.addRow(save_to, row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.produce_button = buttons.addButton(self.tr("Produce"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.produce_button.setEnabled(client_id is not None)
        self.produce_button.clicked.connect(self.produce)
        buttons.rejected.connect(self.reject)
        # Enter after typing the password produces the accounting; it closed the dialog, with
        # the password typed and nothing produced (Close was the first button Qt found).
        close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close_button is not None:
            close_button.setAutoDefault(False)
        enter_presses(self, self.produce_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.in_english)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        # Alt letters for the labels and buttons: the walk reached the fields by Tab only. The
        # passwords' Show is out of keyboard reach (gui/passphrase.py does it a moment later):
        # out now, or it takes letters (h, w) and leaves Choose… none.
        for field in (self.password, self.confirm):
            field.toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        give_form_mnemonics(self, [b for b in (self.produce_button, close_button) if b is not None])
        self.resize(620, 440)
        # The keyboard starts on the password, the one field to fill: it started on Exclusions,
        # where the password typed went nowhere and Enter then asked for a password.
        self.password.setFocus()

    def _browse(self) -> None:
        path = file_dialogs.save_file(self, self.tr("Save the accounting"), self.path.text(), "PDF (*.pdf)")
        if path:
            self.path.setText(path)

    def produce(self) -> None:
        self._produce(clock_is_right=False)

    def _produce(self, *, clock_is_right: bool) -> None:
        if self.client_id is None or not self.produce_button.isEnabled():
            return  # a second Enter while one is being produced makes no second accounting
        if not self.path.text().strip():
            # An empty field is the current folder to the service: " is a folder", naming nothing
            self.result_label.setText(self.tr("Give the file to save the accounting as (Save to), or press "
                                              "Choose…"))
            self.path.setFocus()
            return
        if self.confirm.text() != self.password.text():
            # Refused before anything is written or logged; the password stays, the
            # confirmation is where the keyboard is, to type again.
            self.result_label.setText(self.tr("The two passwords are not the same: type the confirmation again."))
            self.confirm.setFocus()
            self.confirm.edit.selectAll()
            return
        if unfinished_date(*self.terms.dates()):
            return  # a date half typed is said at its field, never read as another day
        as_of, since, fee = self.terms.as_of(), self.terms.period_start(), self.terms.fee_terms()
        self._fee = fee
        client_id, out, pw = self.client_id, Path(self.path.text().strip()), self.password.text()
        mode: ExclusionMode = "omit" if self.exclusions.currentData() == "omit" else "list"
        rid = self.request_id
        self.produce_button.setEnabled(False)
        # The question after a refusal may be answered before the refused run ends: that run's end then
        # leaves Produce as the run asked for left it (a second Enter makes no second accounting).
        self._runs += 1
        run = self._runs
        self.controller.op(self, lambda v: accounting.produce(v, client_id, out=out, password=pw, exclusions=mode,
                                                             request_id=rid, clock_is_right=clock_is_right,
                                                             as_of=as_of, since=since, fee=fee),
                           label=self.tr("Producing the accounting…")).success(self._done) \
            .failure(self._not_made) \
            .finally_(lambda: self.produce_button.setEnabled(True) if run == self._runs else None).run()

    def _not_made(self, exc: BaseException) -> bool:
        if isinstance(exc, VaultError) and exc.code == accounting_clock.CODE:
            # An agency's suspension ended only by a clock that jumped past the vault's record: asked, as the
            # command line's --clock-is-right; No leaves the accounting unmade and the passwords typed.
            self.result_label.setText(refusal_text(exc))
            self.produce_button.setEnabled(True)
            ask_yes_no(self, self.tr("Is this computer's clock right?"), "\n\n".join((
                refusal_text(exc), self.tr("Is the date on this computer's clock right? Yes makes the accounting, "
                                           "which lists that agency's disclosures."))),
                lambda: self._produce(clock_is_right=True))
            return True
        if not show_inline(self.result_label)(exc):
            return False
        self.result_label.setText(self.terms.refusal_said(exc))
        # The keyboard on the field at fault, its date selected to type again, as the other forms
        # do (gui/refusal_focus.py): it stayed on Produce, and the day typed again went nowhere.
        field = self.terms.at_fault(exc)
        if field is not None and field.isEnabled():
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(field, QDateTimeEdit):
                field.setSelectedSection(field.sectionAt(0))
        return True

    def _done(self, report: AccountingReport) -> None:
        # Emptied, as after every export: an Enter more makes no second accounting (each is
        # logged), and the password does not stay on screen for the next person at the desk.
        self.password.clear()
        self.confirm.clear()
        self.result_label.setText(
            self.tr("Saved {0} and its signature {1}. Ledger head {2}. SHA-256 {3}…")
                .format(report.path, report.signature_path.name, report.ledger_head.seq, report.sha256[:16])
            + (" " + self.tr("The client's request is recorded as provided.") if self.request_id else "")
            + "\n" + self.terms.said(report.accounting.period_start, report.accounting.as_of, self._fee)
            + "".join("\n" + self._merged(line) for line in (*report.accounting.lines, *report.accounting.excluded)
                      if line.summarized)
            + "".join("\n" + self._after_end(e) for e in report.ended_bases))

    def _after_end(self, e: EndedBasis) -> str:
        # As the PDF says it: which authorization (by its date and recipient, never its internal id)
        # and the day it had ended, so the clinician reads why the line is on the client's accounting.
        a = e.ended
        words = (self.tr("{recipient}, {day}: made after the authorization signed {signed} for {to} had been "
                         "revoked on {ended} ({citation}); the accounting lists it and says so.")
                 if a.how == "revoked" else
                 self.tr("{recipient}, {day}: made after the authorization signed {signed} for {to} had expired on "
                         "{ended} ({citation}); the accounting lists it and says so."))
        # The citation the PDF gives, from the rule's own table (domain/accounting_reliance.py).
        return words.format(recipient=e.recipient, day=show_date(e.day), signed=show_date(a.signed_on) or "-",
                            to=a.recipient or "-", ended=show_date(a.ended_on), citation=ENDED_CITATION[a.how])

    def _merged(self, line: AccountingLine) -> str:
        # What the PDF's merged line says (164.528(b)(3)): the clinician sees, before sending it,
        # that repeats were summarized and into what, not only a file name.
        return self.tr("{0}: {1} disclosures on one line, the first on {2}, the last on {3} ({4}).").format(
            line.first.recipient.name, line.count, show_date(line.first_day), show_date(line.last_day),
            merge_rule.CITATION)

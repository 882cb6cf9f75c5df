"""The export wizard's last two pages (gui/export_wizard.py): the PDF's password and file, with
the preview of what goes to whom and the export itself on the worker; then the receipt (the
disclosure id, to whom and for what, where the disclosure is listed, the ledger entry and the
file's digest) and, after a
subpoena or court order, the offer to keep the chart.

Apart from the wizard because they act on what the first two pages chose (read through the
`Wizard` protocol below, as WhatPage does: the wizard imports these pages, never the reverse);
the pages keep their class names, so their words keep their translation contexts.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWizard, QWizardPage

from vault_app.domain import export_file_names
from vault_app.domain.subpoena import received_day
from vault_app.gui import export_what_page, file_dialogs
from vault_app.gui.background import show_inline
from vault_app.gui.backup_folder_problems import expanded, path_problem
from vault_app.gui.dates import show_description
from vault_app.gui.document_language import english_only_label
from vault_app.gui.export_words import described_text, going_along_text
from vault_app.gui.gate_words import basis_words
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.passphrase import PassphraseField
from vault_app.gui.subpoena_hold import SubpoenaHoldOffer
from vault_app.gui.widgets import chooser_button
from vault_app.gui.widgets import wrapped_label as _label
from vault_app.services import export, export_preview, holds

if TYPE_CHECKING:
    from vault_app.domain.disclosure import DisclosureRequest, Verdict
    from vault_app.gui.basis_form import BasisForm
    from vault_app.gui.export_what_page import WhatPage
    from vault_app.services.export import ExportResult


class _BasisPage(Protocol):
    @property
    def verdict(self) -> Verdict | None: ...
    @property
    def form(self) -> BasisForm: ...


class Wizard(export_what_page.Wizard, Protocol):
    """What these pages use of the export wizard (export_wizard.py, which imports them): what
    the first page uses, the basis page's verdict too, and the pages and steps after it."""

    @property
    def basis_page(self) -> _BasisPage: ...
    @property
    def what_page(self) -> WhatPage: ...
    @property
    def save_page(self) -> SavePage: ...
    def build_request(self) -> DisclosureRequest: ...
    def next(self) -> None: ...


# What makes a typed Save to unusable, said for a file (the folders' words say "folder").
FILE_WORDS = {
    "control": QT_TRANSLATE_NOOP("SavePage", "The file's path contains an invisible control character (a line "
                                             "break, a tab or a NUL): type the path again, or pick the file with "
                                             "Choose…"),
    "user": QT_TRANSLATE_NOOP("SavePage", "The path starts with ~ and a name, but no user of that name exists on "
                                          "this computer. Type the file's whole path (for example "
                                          "/home/you/export.pdf) or pick it with Choose…"),
    "relative": QT_TRANSLATE_NOOP("SavePage", "Type the file's whole path (for example /home/you/export.pdf) or "
                                              "pick it with Choose…"),
    "long": QT_TRANSLATE_NOOP("SavePage", "The file's path is too long for this computer (at most 255 characters "
                                          "a name, about 4,000 the whole path): choose a shorter one."),
}


class SavePage(QWizardPage):
    def __init__(self, wiz: Wizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("Password and file"))
        self.setSubTitle(
            self.tr("The PDF is encrypted (AES-256). Give the password to the recipient separately, by phone."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Export"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("C&ancel"))
        self.preview = _label("")
        self.preview.setAccessibleName(self.tr("Preview of the disclosure"))
        self.in_english = english_only_label("disclosure")
        self.password = PassphraseField(self.tr("PDF password"), self.tr("PDF password"))
        self.confirm = PassphraseField(self.tr("Type it again"), self.tr("Confirm PDF password"))
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Save to"))
        browse = chooser_button(self.tr("C&hoose…"))
        browse.clicked.connect(self._browse)
        self.message = _label("", "verdictRefused")
        # Why Export is still off, said as fields fill: a mistyped confirmation's Enter did nothing, unsaid.
        self.hint = _label("", "calmNote")
        self.hint.setAccessibleName(self.tr("What Export still needs"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Password:"), self.password)
        # Confirm's own letter, Cancel another: Alt+C was Cancel here, Confirm took Alt+O (real app).
        form.addRow(self.tr("&Confirm:"), self.confirm)
        # A row of a field and its button gets no buddy from the form: without one, "Save to:"
        # took no Alt letter.
        save_to = QLabel(self.tr("Save to:"))
        save_to.setBuddy(self.path)
        form.addRow(save_to, row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview)
        layout.addWidget(self.in_english)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addStretch(1)
        for signal in (self.password.textChanged, self.confirm.textChanged, self.path.textChanged):
            signal.connect(self.completeChanged)
            signal.connect(lambda _t: self.hint.setText(self.missing()))
        self.result: ExportResult | None = None
        self.busy = False
        self._asked = 0  # the last count of what goes along asked for (_count_going_along)

    def initializePage(self) -> None:
        what = self.wiz.what_page
        self._show_preview(None)
        self._count_going_along()
        if not self.path.text():
            self.path.setText(str(Path.home() / default_file_name(date.today(), what.letters_in)))

    def _show_preview(self, counted: export.Described | None) -> None:
        """The preview, with what goes with the notes once `counted` (None until then)."""
        along = going_along_text(counted) if counted is not None else ""
        verdict = self.wiz.basis_page.verdict
        what = self.wiz.what_page
        # What was typed is escaped: it is shown as text, never read as markup.
        self.preview.setText(self.tr(
            "<b>{items}</b> to <b>{recipient}</b> for: {purpose}.<br>Basis: {basis}. "
            "The file is stamped with the recipient, the purpose and the disclosure number, and the disclosure "
            "is logged before the file is written.").format(items=escape(self._items_words()),
            recipient=escape(what.recipient.text()),
            purpose=escape(what.purpose.text()), basis=escape(basis_words(verdict) if verdict else ""))
            + (f"<br><br>{escape(along)}" if along else "")
            + self._measures_words(counted) + self._held_words(what.told_in_confidence()))

    def _count_going_along(self) -> None:
        """What goes with the ticked notes (amendments, addenda, the denied amendment requests and
        the client's statements of disagreement: 45 CFR 164.526(d)(4)-(5)), counted on the worker by
        the export's own steps (services/export_preview); found by the round's brief: only the
        receipt said so, after the export. A count asked before going Back and on again is dropped."""
        request = self.wiz.build_request()
        self._asked += 1
        asked = self._asked
        self.wiz.controller.query(self, lambda v: export_preview.described(v, request)) \
            .success(lambda found: self._counted(asked, found)).failure(show_inline(self.message)).run()

    def _counted(self, asked: int, found: export.Described | None) -> None:
        if asked == self._asked and found is not None:
            self._show_preview(found)

    def _items_words(self) -> str:
        """What goes, as the receipt will say it ("2 progress notes (11/16/2026 to 11/30/2026)"):
        it said "2 items of progress notes" (found walking the real app)."""
        what = self.wiz.what_page
        days = sorted(what.selected_days())
        return described_text(export.Described(str(what.kind.currentData()), len(what.selected_ids()),
                                               days[0] if days else None, days[-1] if days else None))

    def _measures_words(self, counted: export.Described | None) -> str:
        """The outcome measures ticked to go with the notes (the summary left them out), counted
        once `counted`: it said "the outcome measures" when none was taken in these dates."""
        if "measures" not in self.wiz.what_page.fields():
            return ""
        if counted is None:
            said = self.tr("With them: the outcome measures (PHQ-9, GAD-7) taken within these notes' dates, with "
                           "their trend charts.")
        elif counted.measures == 0:
            said = self.tr("None of the outcome measures asked for was taken within these notes' dates: none goes.")
        elif counted.measures == 1:
            said = self.tr("With them: 1 outcome measure result (PHQ-9 or GAD-7) taken within these notes' dates, "
                           "with its trend chart.")
        else:
            said = self.tr("With them: {count} outcome measure results (PHQ-9, GAD-7) taken within these notes' "
                           "dates, with their trend charts.").format(count=counted.measures)
        return "<br><br>" + said

    def _held_words(self, told_by: list[str]) -> str:
        """The line under the preview when the release carries notes held in confidence (`told_by`:
        who told each, by name): the gate allowed them because that member alone authorized it."""
        if not told_by:
            return ""
        members = escape(", ".join(dict.fromkeys(told_by)))
        if len(told_by) == 1:
            return "<br><br>" + self.tr("It carries 1 note told in confidence by <b>{members}</b>: this release is "
                                        "{members}'s alone, on their own authorization.").format(members=members)
        return "<br><br>" + self.tr("It carries %n notes told in confidence by <b>{members}</b>: this release is "
                                    "{members}'s alone, on their own authorization.", "", len(told_by)).format(
                                        members=members)

    def _browse(self) -> None:
        path = file_dialogs.save_file(self, self.tr("Save the export"), self.path.text(), self.tr("PDF (*.pdf)"))
        if path:
            self.path.setText(path)

    def missing(self) -> str:
        """What keeps Export off, in a sentence ("" when nothing does, or nothing is typed yet)."""
        pw, again = self.password.text(), self.confirm.text()
        if not pw:
            return ""
        if len(pw) < 8:
            return self.tr("The password needs at least 8 characters.")
        if again and again != pw and (len(again) >= len(pw) or not pw.startswith(again)):
            return self.tr("The two passwords are not the same: type the confirmation again.")
        if not self.path.text().strip():
            return self.tr("Choose where to save the file.")
        return ""

    def isComplete(self) -> bool:
        pw = self.password.text()
        return not self.busy and len(pw) >= 8 and pw == self.confirm.text() and bool(self.path.text().strip())

    def validatePage(self) -> bool:
        if self.result is not None:
            return True
        if not self.busy:
            self.export()
        return False

    def export(self) -> None:
        request = self.wiz.build_request()
        typed, password = self.path.text().strip(), self.password.text()
        # Said before any disk is asked, as the other typed paths are (backup_folder_problems):
        # "export.pdf" alone was written into the folder the app was started from, and
        # "~someone" naming no user raised from expanduser on this thread.
        said = path_problem(typed, FILE_WORDS)
        if said is not None:
            self.message.setText(self.tr(said))
            return
        out = expanded(typed)
        self.busy = True
        self.message.setText("")
        self.completeChanged.emit()
        self.wiz.controller.op(self, lambda v: export.export(v, request, out=out, password=password),
                               label=self.tr("Building and encrypting the export…")) \
            .success(self._exported).failure(show_inline(self.message)).finally_(self._idle).run()

    def _idle(self) -> None:
        self.busy = False
        self.completeChanged.emit()

    def _exported(self, result: ExportResult) -> None:
        self.result = result
        self.busy = False
        self.wiz.next()


class ReceiptPage(QWizardPage):
    def __init__(self, wiz: Wizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("Exported"))
        self.text = _label("")
        self.text.setAccessibleName(self.tr("Receipt"))
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hold = SubpoenaHoldOffer(wiz.controller)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.hold)

    def initializePage(self) -> None:
        r = self.wiz.save_page.result
        if r is None:
            return  # the receipt page follows an export only
        # Found by h-explore: every receipt said the disclosure is in the accounting, which an
        # authorized one, or one for treatment, is not (45 CFR 164.528(a)(1)); the gate says which.
        verdict = self.wiz.basis_page.verdict
        where = (self.tr("The disclosure is listed in the chart's Disclosures tab and in the accounting of "
                         "disclosures.") if verdict is not None and verdict.accountable else
                 self.tr("The disclosure is listed in the chart's Disclosures tab. It does not go in the client's "
                         "accounting of disclosures (45 CFR 164.528(a)(1))."))
        # Found by the round-44 walker: the receipt never said to whom the records went nor for
        # what, and led with "Ledger entry" and "SHA-256" (kept last, named for an audit).
        what = self.wiz.what_page
        self.text.setText(self.tr(
            "Disclosure number: <b>{id}</b><br>To: <b>{recipient}</b><br>For: {purpose}<br>File: {path}"
            "<br><br>{description}<br><br>Give the PDF password to the recipient separately, by phone, "
            "never with the file.<br><br>{where}"
            "<br><br>Audit ledger entry: {seq}<br>File fingerprint (SHA-256): <code>{sha}</code>").format(
            id=r.disclosure_id, seq=r.ledger_seq, path=escape(str(r.path)), sha=r.sha256,
            recipient=escape(what.recipient.text().strip()), purpose=escape(what.purpose.text().strip()),
            description=escape(described_text(r.described) if r.described is not None
                               else show_description(r.description)), where=where))
        # A subpoena, or a court order (litigation): a reason to keep the chart (services/holds.HOLD_AFTER).
        if verdict is not None and verdict.basis_kind in holds.HOLD_AFTER:
            # Dated the day it was received (domain/subpoena.RECEIVED_FIELD), not the export's day.
            received = received_day(self.wiz.basis_page.form.evidence(), date.today())
            self.hold.offer(self.wiz.client_id, received, verdict.basis_kind)


def default_file_name(day: date, language: str = "en") -> str:
    """disclosure-2026-12-01.pdf, or divulgacion-2026-12-01.pdf for a client whose letters are in Spanish:
    named in the client's letter language, as the notices of closure are (domain/export_file_names; found
    by the round's brief: English on Spanish screens)."""
    return export_file_names.disclosure(day, language)

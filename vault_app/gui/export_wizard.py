"""Export (disclose) records: what and to whom -> legal basis and the gate's verdict -> password
and file -> receipt with the disclosure id. The gate decides; this wizard only asks it."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from vault_app.domain.disclosure import DisclosureRequest, Recipient, Selection
from vault_app.domain.errors import VaultError
from vault_app.domain.subpoena import received_day
from vault_app.gui import file_dialogs, offered_file_names
from vault_app.gui.background import show_inline
from vault_app.gui.backup_folder_problems import expanded, path_problem
from vault_app.gui.basis_form import BasisForm, attachment_choices
from vault_app.gui.dates import show_description
from vault_app.gui.document_language import english_only_label
from vault_app.gui.down_only_scroll import DownOnlyScrollArea
from vault_app.gui.escape_guard import ask_before_closing
from vault_app.gui.export_checks import DescribedTick
from vault_app.gui.export_what_page import WhatPage
from vault_app.gui.export_words import described_text
from vault_app.gui.gate_words import basis_words, hint_text, reason_texts, warning_texts
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.original_kept import OriginalKeptNote
from vault_app.gui.passphrase import PassphraseField
from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.screen_fit import size_in_screen
from vault_app.gui.subpoena_hold import SubpoenaHoldOffer
from vault_app.gui.subpoena_refused import SubpoenaRefusedOffer
from vault_app.gui.widgets import aloud_label, chooser_button
from vault_app.gui.widgets import wrapped_label as _label
from vault_app.gui.wizard_letters import give_shown_mnemonics, give_wizard_mnemonics
from vault_app.services import attachments, export, holds

if TYPE_CHECKING:
    from vault_app.domain.disclosure import Verdict
    from vault_app.gui.seam import App
    from vault_app.services.export import ExportResult
    from vault_app.services.vault import Vault

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


class BasisPage(QWizardPage):
    def __init__(self, wiz: ExportWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self._to_verdict = False  # a verdict just shown: scrolled to once the page is laid out
        self.setTitle(self.tr("Legal basis"))
        self.setSubTitle(self.tr("Why may this leave the practice? The app checks it against the rules before anything "
                         "is written."))
        self.form = BasisForm(attach=self.attach)
        self.form.changed.connect(self._invalidate)
        # An authorization recorded without its kinds: the therapist confirms its words (export_checks)
        self.described = DescribedTick()
        self.described.box.toggled.connect(lambda _on: self._invalidate())
        self.check_button = QPushButton(self.tr("Chec&k"))
        self.check_button.setAccessibleName(self.tr("Check the disclosure"))
        self.check_button.clicked.connect(self.check)
        self.verdict_title = aloud_label(then=lambda: self.verdict_text.text())  # said with its details
        self.verdict_title.setAccessibleName(self.tr("Verdict"))
        self.verdict_text = _label("")
        self.verdict_text.setAccessibleName(self.tr("Verdict details"))
        self.verdict_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict: Verdict | None = None
        self.refused_offer = SubpoenaRefusedOffer(wiz.controller)  # a refused subpoena: hold, decision
        # A scan attached here (the signed court order) is still on the disk, unencrypted: said as
        # the authorization form says of its scan (found by a walker: nothing said so here).
        self.original_note = OriginalKeptNote()
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addWidget(self.verdict_title, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        layout.addWidget(self.original_note)
        layout.addWidget(self.described)
        layout.addLayout(row)
        layout.addWidget(self.verdict_text)
        layout.addWidget(self.refused_offer)
        layout.addStretch(1)
        # Scrolls down: a long verdict (a subpoena's missing assurances and the state's privilege)
        # squeezed the basis's fields into each other, unreadable (seen on Xvfb).
        self.area = area = DownOnlyScrollArea()
        area.setObjectName("basisPageBody")
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(area)
        area.verticalScrollBar().rangeChanged.connect(self._scroll_to_verdict)
        area.verticalScrollBar().sliderPressed.connect(lambda: setattr(self, "_to_verdict", False))

    def initializePage(self) -> None:
        self._invalidate()

    def attach(self, field: str) -> None:
        """A scan attached to the chart from here, as the Attachments tab attaches one (the same
        chooser and service calls), then chosen in `field`; what was typed stays."""
        path = file_dialogs.open_file(self, self.tr("Attach a scan"), str(Path.home()),
                                      self.tr("Scans (*.pdf *.png *.jpg *.jpeg)"))
        if not path:
            return
        client_id = self.wiz.client_id
        kind = "court_order" if self.form.kind() == "court_order" else "other"
        chosen = Path(path)

        def job(v: Vault) -> tuple[str, list[tuple[str, str]]]:
            # Read within the size limit, as the tab does (attachments.read_document).
            added = attachments.add_attachment(v, client_id, attachments.read_document(chosen), kind=kind,
                                               filename=chosen.name)
            return added.attachment_id, attachment_choices(v, client_id)

        def attached(found: tuple[str, list[tuple[str, str]]]) -> None:
            self.original_note.show_for(client_id, chosen)
            self.form.set_attachments(found[1])
            if field in self.form.inputs:
                self.form.set_value(field, found[0])

        self.wiz.controller.op(self, job, label=self.tr("Attaching…")).success(attached) \
            .failure(self._not_attached).run()

    def _not_attached(self, exc: BaseException) -> bool:
        """Why the scan was not attached (too large, not a PDF or image), where the verdict goes:
        what was typed stays, and another file can be chosen."""
        if isinstance(exc, VaultError):
            self.verdict_title.setText(self.tr("Not attached."))
            self.verdict_text.setText(refusal_text(exc))  # by its code, in the screen's language
            return True
        return False

    def _invalidate(self) -> None:
        what = self.wiz.what_page
        auth_id = self.form.legal_basis().authorization_id
        self.described.show_for(auth_id, what.described.get(auth_id or ""), str(what.kind.currentData()),
                                what.fields())
        self.verdict = None
        self.refused_offer.show_for(None, "", {})
        self._to_verdict = False
        self.verdict_title.setText(self.tr("Press Check to ask the disclosure rules."))
        self.verdict_title.setObjectName("")
        # Re-styled, or the last refusal's red stayed on this invitation (seen on Xvfb).
        self.verdict_title.style().unpolish(self.verdict_title)
        self.verdict_title.style().polish(self.verdict_title)
        self.verdict_text.setText("")
        self.completeChanged.emit()

    def check(self) -> None:
        request = self.wiz.build_request()
        # The export's own check: the gate, and on the client's access request who receives the copy
        # (found by a walker: "Random Journalist" was allowed here, as on the command line).
        self.wiz.controller.query(self, lambda v: export.check(v, request)).success(self._verdict) \
            .failure(self._error).run()

    def _verdict(self, verdict: Verdict) -> None:
        self.verdict = verdict
        if verdict.allowed:
            self.verdict_title.setText(self.tr("Allowed under {basis} ({citation}).").format(
                basis=basis_words(verdict), citation=verdict.citation))
            self.verdict_title.setObjectName("verdictOk")
            lines = warning_texts(verdict)  # in the screen's language, by their codes
            if verdict.accountable:
                lines.append(self.tr("This disclosure will appear in the client's accounting of disclosures."))
        else:
            self.verdict_title.setText(self.tr("Not allowed."))
            self.verdict_title.setObjectName("verdictRefused")
            lines = [" ".join(reason_texts(verdict)), hint_text(verdict)]
        self.verdict_title.style().unpolish(self.verdict_title)
        self.verdict_title.style().polish(self.verdict_title)
        self.verdict_text.setText("\n\n".join(line for line in lines if line))
        self.refused_offer.show_for(verdict, self.wiz.client_id, self.form.evidence())
        # The verdict in view once laid out: below a long form it opened under the page's edge.
        self._to_verdict = True
        QTimer.singleShot(0, self.area, self._scroll_to_verdict)
        self.completeChanged.emit()

    def _scroll_to_verdict(self, *_range: int) -> None:
        if self._to_verdict:
            self.area.verticalScrollBar().setValue(self.verdict_title.y())

    def _error(self, exc: BaseException) -> bool:
        if isinstance(exc, VaultError):
            self.verdict_title.setText(self.tr("Cannot check yet."))
            self.verdict_text.setText(refusal_text(exc))  # by its code, in the screen's language
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in an evidence field checks it (Next stays off until the rules allow it, so
        Enter did nothing); once allowed, Enter goes on to Next as on every page."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.isComplete():
            event.accept()
            self.check()
            return
        super().keyPressEvent(event)

    def isComplete(self) -> bool:
        return self.verdict is not None and bool(self.verdict.allowed)


class SavePage(QWizardPage):
    def __init__(self, wiz: ExportWizard) -> None:
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

    def initializePage(self) -> None:
        verdict = self.wiz.basis_page.verdict
        what = self.wiz.what_page
        # What was typed is escaped: it is shown as text, never read as markup.
        self.preview.setText(self.tr(
            "<b>{items}</b> to <b>{recipient}</b> for: {purpose}.<br>Basis: {basis}. "
            "The file is stamped with the recipient, the purpose and the disclosure id, and the disclosure "
            "is logged before the file is written.").format(items=escape(self._items_words()),
            recipient=escape(what.recipient.text()),
            purpose=escape(what.purpose.text()), basis=escape(basis_words(verdict) if verdict else ""))
            + self._measures_words() + self._held_words(what.told_in_confidence()))
        if not self.path.text():
            self.path.setText(str(Path.home() / default_file_name(date.today())))

    def _items_words(self) -> str:
        """What goes, as the receipt will say it ("2 progress notes (11/16/2026 to 11/30/2026)"):
        it said "2 items of progress notes" (found walking the real app)."""
        what = self.wiz.what_page
        days = sorted(what.selected_days())
        return described_text(export.Described(str(what.kind.currentData()), len(what.selected_ids()),
                                               days[0] if days else None, days[-1] if days else None))

    def _measures_words(self) -> str:
        """The outcome measures ticked to go with the notes: the summary left them out."""
        if "measures" not in self.wiz.what_page.fields():
            return ""
        return "<br><br>" + self.tr("With them: the outcome measures (PHQ-9, GAD-7) taken within these notes' "
                                    "dates, with their trend charts.")

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
    def __init__(self, wiz: ExportWizard) -> None:
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
                 self.tr("The disclosure is listed in the chart's Disclosures tab. It is not one the client's "
                         "accounting of disclosures lists (45 CFR 164.528(a)(1))."))
        self.text.setText(self.tr(
            "Disclosure id: <b>{id}</b><br>Ledger entry: {seq}<br>File: {path}<br>SHA-256: <code>{sha}</code>"
            "<br><br>{description}<br><br>{where}").format(
            id=r.disclosure_id, seq=r.ledger_seq, path=escape(str(r.path)), sha=r.sha256,
            description=escape(described_text(r.described) if r.described is not None
                               else show_description(r.description)), where=where))
        # A subpoena, or a court order (litigation): a reason to keep the chart (services/holds.HOLD_AFTER).
        if verdict is not None and verdict.basis_kind in holds.HOLD_AFTER:
            # Dated the day it was received (domain/subpoena.RECEIVED_FIELD), not the export's day.
            received = received_day(self.wiz.basis_page.form.evidence(), date.today())
            self.hold.offer(self.wiz.client_id, received, verdict.basis_kind)


class ExportWizard(QWizard):
    def __init__(self, controller: App, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.client_id = client_id
        self.setObjectName("exportWizard")
        self.setWindowTitle(self.tr("Export or disclose"))
        self.leave_box: QMessageBox | None = None
        self.what_page = WhatPage(self)
        self.basis_page = BasisPage(self)
        self.save_page = SavePage(self)
        self.receipt_page = ReceiptPage(self)
        for page in (self.what_page, self.basis_page, self.save_page, self.receipt_page):
            self.addPage(page)
        # The receipt comes after the export: nothing is left to cancel or go back to there (it
        # kept Cancel enabled, found in the real app); Finish alone closes it, as the import's report.
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        # Every button has its letter (tests/gui/test_export_mnemonics.py); Qt's Cancel has none.
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Cancel"))
        # Cancel asks first, as Escape does, once something is chosen: it closed three filled
        # pages without a word (found walking the real app). Qt's own connection goes straight
        # to reject(), which a lock and the question's "Close without saving" still use.
        cancel = self.button(QWizard.WizardButton.CancelButton)
        cancel.clicked.disconnect()
        cancel.clicked.connect(self._cancel)
        # Alt letters for every page's field labels, none a wizard button's: Recipient, Address,
        # Purpose had none (found in the real app), in English or Spanish. The basis page again
        # when its evidence fields are built anew (another basis, the attachments listed again).
        give_wizard_mnemonics(self)
        # give_shown_mnemonics: the letters go to what is shown now, the fewest-lettered first (a
        # Part 2 client's court order has more labels than a page has letters otherwise).
        self.basis_page.form.rebuilt.connect(lambda: give_shown_mnemonics(self.basis_page))
        # Within the screen: Next and Cancel below a 1366x768 laptop's edge at 150 % otherwise.
        self.resize(size_in_screen(self, QSize(760, 620)))
        self.what_page.reload()

    def chosen_or_typed(self) -> bool:
        """Records ticked, or a recipient, address or purpose typed, and nothing exported yet."""
        what = self.what_page
        if self.currentPage() is self.receipt_page:
            return False
        return bool(what.selected_ids() or what.recipient.text().strip() or what.address.text().strip()
                    or what.purpose.text().strip())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A stray Escape closed the wizard and what was ticked and typed went with it (found in
        # the real app); it asks first, as the typed forms do (gui/escape_guard.py).
        if event.key() == Qt.Key.Key_Escape and self.chosen_or_typed():
            event.accept()
            self.leave_box = ask_before_closing(self, self.tr("Close without exporting?"))
            return
        super().keyPressEvent(event)

    def _cancel(self) -> None:
        if self.chosen_or_typed():
            self.leave_box = ask_before_closing(self, self.tr("Close without exporting?"))
            return
        self.reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The title bar's × asks too (GuardedDialog's rule): only the window system's close; a
        # lock or the app's own code closes it at once.
        if event.spontaneous() and self.isVisible() and self.chosen_or_typed():
            event.ignore()
            self.leave_box = ask_before_closing(self, self.tr("Close without exporting?"))
            return
        super().closeEvent(event)

    def build_request(self) -> DisclosureRequest:
        what = self.what_page
        return DisclosureRequest(
            client_id=self.client_id, kind=str(what.kind.currentData()),  # type: ignore[arg-type]
            selection=Selection(note_ids=tuple(what.selected_ids()), fields=what.fields()),
            recipient=Recipient(what.recipient.text().strip(), what.address.text().strip()),
            purpose=what.purpose.text().strip(), basis=self.basis_page.form.legal_basis(), on=date.today(),
            parts_confirmed=self.basis_page.described.confirmed(), others_reviewed=what.others_reviewed(),
        )


def default_file_name(day: date) -> str:
    """disclosure-2026-12-01.pdf, in English in every language: the file goes to the recipient."""
    return offered_file_names.disclosure(day)

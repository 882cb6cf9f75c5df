"""Export (disclose) records: what and to whom -> legal basis and the gate's verdict -> password
and file -> receipt with the disclosure id. The gate decides; this wizard only asks it.

The first page is gui/export_what_page.py's, the last two gui/export_save_pages.py's; the legal
basis page and the wizard itself are here."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from vault_app.domain.disclosure import DisclosureRequest, Recipient, Selection
from vault_app.domain.errors import VaultError
from vault_app.gui import file_dialogs
from vault_app.gui.basis_form import BasisForm, attachment_choices
from vault_app.gui.down_only_scroll import DownOnlyScrollArea
from vault_app.gui.escape_guard import ask_before_closing
from vault_app.gui.export_checks import DescribedTick
from vault_app.gui.export_save_pages import ReceiptPage, SavePage
from vault_app.gui.export_what_page import WhatPage
from vault_app.gui.gate_words import basis_words, hint_text, reason_texts, warning_texts
from vault_app.gui.original_kept import OriginalKeptNote
from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.screen_fit import size_in_screen
from vault_app.gui.subpoena_refused import SubpoenaRefusedOffer
from vault_app.gui.widgets import aloud_label
from vault_app.gui.widgets import wrapped_label as _label
from vault_app.gui.wizard_letters import give_shown_mnemonics, give_wizard_mnemonics
from vault_app.services import attachments, export

if TYPE_CHECKING:
    from vault_app.domain.disclosure import Verdict
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault

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

"""The complete open export of the open chart: to whom and why, the legal basis (the gate
decides), psychotherapy notes only under their own authorization, a password, a file. One
service call (services/open_export.py) through the controller; the result or the gate's
refusal is shown in the dialog.

Found walking the real app: the unsigned drafts were refused only after everything was typed,
in a modal window that had to be closed (losing the typing) to sign them; so they are said
when the window opens, by date, with the choice to leave them out. The chosen authorization
fills in its recipient, address and purpose. After a successful export the typed fields count
as done, so Escape closes without "Close without saving what you typed?"."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain import export_file_names
from vault_app.domain.disclosure import DisclosureRefused, Recipient
from vault_app.domain.disclosure_basis import LegalBasis
from vault_app.gui import file_dialogs, screen_fit
from vault_app.gui.background import show_inline
from vault_app.gui.basis_form import BasisForm, access_request_choices
from vault_app.gui.chart_words import ATTACHMENT_KIND, AUTHORIZATION_STATE, INFO_KIND, shown, shown_all
from vault_app.gui.dates import show_date
from vault_app.gui.document_language import english_only_label
from vault_app.gui.down_only_scroll import DownOnlyScrollArea
from vault_app.gui.escape_guard import GuardedDialog, typed_into
from vault_app.gui.export_checks import DescribedTick, described, shared_notes, whole_chart_others
from vault_app.gui.gate_words import reason_texts
from vault_app.gui.open_export_words import before_export, carried_words
from vault_app.gui.passphrase import PassphraseField
from vault_app.gui.screen_fit import size_in_screen
from vault_app.gui.subpoena_refused import SubpoenaRefusedOffer
from vault_app.gui.widgets import buddy_label, chooser_button
from vault_app.gui.widgets import wrapped_label as _label
from vault_app.gui.wizard_letters import give_shown_mnemonics, give_shown_mnemonics_as_rows_change, letter_if_free
from vault_app.gui.wrapped_label import SaidLabel
from vault_app.services import attachments, authorizations, clients, practice
from vault_app.services.open_export import open_export, unsigned_drafts
from vault_app.services.open_export_counts import what_goes

if TYPE_CHECKING:
    from vault_app.gui.seam import App
    from vault_app.services.open_export import OpenExportResult
    from vault_app.services.vault import Vault


def gather(vault: Vault, client_id: str) -> dict[str, Any]:
    """Worker side: the chart's authorizations (all; and those for psychotherapy notes) and documents."""

    auths = authorizations.list_authorizations(vault, client_id)
    # In the screen's words (QCoreApplication.translate is thread-safe: this runs on a worker).
    line = QCoreApplication.translate("OpenExportDialog", "{covers} to {recipient} ({state})")
    psy_line = QCoreApplication.translate("OpenExportDialog", "to {recipient} ({state})")
    return {
        "authorizations": [(a.id, line.format(covers=shown_all(INFO_KIND, sorted(a.covers)), recipient=a.recipient_name,
                                              state=shown(AUTHORIZATION_STATE, authorizations.status(a).state)))
                           for a in auths],
        "psychotherapy": [(a.id, psy_line.format(recipient=a.recipient_name,
                                                 state=shown(AUTHORIZATION_STATE, authorizations.status(a).state)))
                          for a in auths if "psychotherapy" in a.covers],
        "attachments": [(a.attachment_id, f"{shown(ATTACHMENT_KIND, a.kind)}: {a.filename}")
                        for a in attachments.list_attachments(vault, client_id)],
        "access_requests": access_request_choices(vault, client_id),
        "part2": clients.get_client(vault, client_id).part2,
        "license_state": practice.load(vault).license_state,  # counsel's tick or not (basis_form)
        # What each authorization names: the window fills them in when it is chosen.
        "named": {a.id: (a.recipient_name, a.recipient_address, next((p for p in a.purposes if p.strip()), ""))
                  for a in auths},
        "drafts": [day for _id, day in unsigned_drafts(vault, client_id)],
        # What the rules ask to confirm (gui/export_checks.py): each authorization's words and kinds,
        # and the notes that may hold what other people said.
        "described": described(vault, client_id), "shared": shared_notes(vault, client_id),
        # What goes with the progress notes, counted for the window (services/open_export_counts).
        "goes": what_goes(vault, client_id),
        "letters_in": clients.get_client(vault, client_id).letters_in,  # the file's name is in it
    }


class OpenExportDialog(GuardedDialog):
    def __init__(self, controller: App, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.client_id = client_id
        self.setWindowTitle(self.tr("Complete open export — Therapy Vault"))
        self.setAccessibleName(self.tr("Complete open export"))
        self.recipient = QLineEdit()
        self.recipient.setAccessibleName(self.tr("Recipient"))
        self.address = QLineEdit()
        self.address.setAccessibleName(self.tr("Recipient's address"))
        self.purpose = QLineEdit()
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.purpose.setPlaceholderText(self.tr('e.g. "at the request of the individual", "transfer of care"'))
        self.basis = BasisForm()
        self.psychotherapy = QComboBox()
        self.psychotherapy.setAccessibleName(self.tr("Psychotherapy notes"))
        # Their authorization is a form of its own (164.508(b)(3)(ii)) with its own words for the
        # purpose: checked against the chart's, the notes were left out (found by a walker).
        self.psychotherapy_purpose = QLineEdit()
        self.psychotherapy_purpose.setAccessibleName(self.tr("Purpose of the psychotherapy notes"))
        self.psychotherapy.currentIndexChanged.connect(lambda _i: self._psychotherapy_chosen())
        self.password = PassphraseField(self.tr("PDF password"), self.tr("PDF password"))
        self.confirm = PassphraseField(self.tr("Type it again"), self.tr("Confirm PDF password"))
        self.path = QLineEdit(str(Path.home() / export_file_names.open_export()))
        self.path.setAccessibleName(self.tr("File to save"))
        browse = chooser_button(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.named: dict[str, tuple[str, str, str]] = {}
        # The unsigned drafts, said before anything is typed (hidden when there are none).
        self.drafts_box = QWidget()
        self.drafts_label = _label("", "errorText")
        self.leave_out_drafts = QCheckBox(self.tr("&Leave the unsigned drafts out of this export"))
        drafts_layout = QVBoxLayout(self.drafts_box)
        drafts_layout.setContentsMargins(0, 0, 0, 0)
        drafts_layout.addWidget(self.drafts_label)
        drafts_layout.addWidget(self.leave_out_drafts)
        self.drafts_box.hide()
        self.described_tick = DescribedTick()  # an authorization recorded without its kinds
        self.others_tick = whole_chart_others()  # shown for a chart with couple, family or group notes
        self.described: dict[str, tuple[str, list[str]]] = {}
        self.basis.changed.connect(self._confirmations)
        self.error = _said("errorText")
        # A refused subpoena: the legal hold and the decision record offered, as the export wizard does.
        self.refused_offer = SubpoenaRefusedOffer(controller)
        self.basis.changed.connect(lambda: self.refused_offer.show_for(None, "", {}))
        self.result_label = _said("calmNote")
        form = QFormLayout()
        form.addRow(self.tr("Recipient:"), self.recipient)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Purpose:"), self.purpose)
        form.addRow(self.tr("Psychotherapy notes:"), self.psychotherapy)
        form.addRow(self.tr("Their purpose:"), self.psychotherapy_purpose)
        self.form = form
        form.setRowVisible(self.psychotherapy_purpose, False)
        form.addRow(self.tr("PDF password:"), self.password)
        form.addRow(self.tr("Again:"), self.confirm)
        # Its Alt letter only when one is left (wizard_letters.letter_if_free): with a court order's
        # basis the window has more labels than letters, and those of the basis come first.
        save_as = buddy_label(self.tr("Save as:"), self.path)
        letter_if_free(save_as)
        form.addRow(save_as, row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.ActionRole)
        # Every button has its letter (tests/gui/test_export_mnemonics.py); Qt's Close has none.
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        about = _label(self.tr(
            "The whole chart in one password-protected PDF that also carries it as open files (a machine-readable "
            "copy of the chart (JSON), each note, every document), readable without this app: the signed progress "
            "notes with their amendments and addenda, any amendment request you denied that goes with them (the "
            "request, your denial, the client's statement of disagreement and your reply), the treatment plan with "
            "its diagnoses and goals, the consent dates, outcome measures, documents, the notices of closure sent, "
            "and the sessions (dates, CPT and ICD-10 codes) where the basis covers billing information. "
            "Psychotherapy notes go only under their own authorization. Never in it: fees, payments and the "
            "balance, appointments not yet held. What is left out is listed in the file. It is a disclosure: the "
            "gate checks the basis, and it is logged."),
            "calmNote")
        # What of it this chart holds now, counted (found by the round's brief: the disputes and the
        # notices of closure it carries went unsaid); filled once gathered.
        self.counts = _label("", "calmNote")
        self.counts.setAccessibleName(self.tr("What goes from this chart"))
        # The file names one hover away, not in the sentence (a walker found "chart.json" there).
        about.setToolTip(self.tr("Files inside the PDF: chart.json (the chart, as JSON), one file per note, and each "
                                 "document as it was filed."))
        # The fields scroll, down only; the error line, the refused subpoena's offer, the result and
        # Export/Close below them, always in view. Found by a walker at 1366x768: with a subpoena's
        # basis the window was 720x850, after its refusal 720x1038, "Place a legal hold" ~270 px
        # below the screen (and 900x800 at 1280x720 x1.25 with the default basis).
        body = QWidget()
        fields = QVBoxLayout(body)
        fields.setContentsMargins(0, 0, 0, 0)
        # Its PDF is the disclosure's English page: said on other screens, as the export wizard says it.
        for part in (about, self.counts, english_only_label("disclosure"), self.drafts_box):
            fields.addWidget(part)
        fields.addLayout(form)
        for part in (self.basis, self.described_tick, self.others_tick):
            fields.addWidget(part)
        fields.addStretch(1)
        self.scroll_area = DownOnlyScrollArea()
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(body)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.refused_offer)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        # Its former size where the screen has the room, else the screen's room; taller once shown
        # where the fields would scroll and the screen has room (_grow).
        self.resize(size_in_screen(self, QSize(720, 640)))
        self.basis.rebuilt.connect(self._grow_soon)
        # The field labels had none; to the rows shown only, again as they show or hide: the
        # hidden drafts' and others' ticks took D and R, leaving Spanish "Contrase&ña del PDF" the ñ.
        # Show is out of the keyboard's reach (gui/passphrase.py), from the event loop's first turn:
        # lettered before it, its "Sh&ow" made Alt+O go to it as well as to a label given the O.
        for field in (self.password, self.confirm):
            field.toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        give_shown_mnemonics_as_rows_change(self)
        # The basis's fields built anew (another basis chosen) get theirs as the export wizard's
        # do: given once here, a court order's judge and "Use that basis" had none.
        self.basis.rebuilt.connect(lambda: give_shown_mnemonics(self))
        self.basis.authorization.currentIndexChanged.connect(lambda _i: self._fill_from_authorization())
        # Shown once what it reads is in, at the size that holds it (open): it appeared 640 pixels high
        # and grew a moment later, on the screen (found by the last round in the real app).
        self._gathering, self._open_when_gathered = True, False
        controller.query(self, lambda v: gather(v, client_id)).success(self._gathered) \
            .finally_(self._ready).run()

    def open(self) -> None:
        """Shown at its size: once what it reads is in (gather), sized to its fields first."""
        if self._gathering:
            self._open_when_gathered = True
            return
        if not self.isVisible():
            layout = self.layout()
            if layout is not None:
                layout.activate()  # the fields' sizes, before the window is on the screen
            self._grow()
        super().open()

    def _ready(self) -> None:
        self._gathering = False
        if self._open_when_gathered:
            self._open_when_gathered = False
            self.open()

    def typed(self) -> bool:
        """The recipient, address and purpose typed: Escape or the title bar's × asks before losing it
        (gui/escape_guard.py). After a successful export the fields are marked done (_mark_done),
        so only typing after it counts."""
        return typed_into(self)

    def _mark_done(self) -> None:
        """What was typed went into the export: Qt's modified flags cleared, the guard's answer."""
        for line in self.findChildren(QLineEdit):
            line.setModified(False)
        for plain in self.findChildren(QPlainTextEdit):
            plain.document().setModified(False)

    def _fill_from_authorization(self) -> None:
        """The chosen authorization's recipient, address and purpose, into the fields the
        therapist has not typed in (still editable; typing is never overwritten)."""
        named = self.named.get(self.basis.authorization.currentData() or "")
        if named is None or self.basis.kind() != "authorization":
            return
        for line, value in zip((self.recipient, self.address, self.purpose), named, strict=True):
            if value and not line.isModified():
                line.setText(value)  # setText leaves the modified flag clear: filled, not typed

    def _psychotherapy_chosen(self) -> None:
        """The purpose asked only when the notes go, filled with their authorization's own (typing kept)."""
        psy_id = self.psychotherapy.currentData()
        self.form.setRowVisible(self.psychotherapy_purpose, bool(psy_id))
        named = self.named.get(psy_id or "")
        if named is not None and named[2] and not self.psychotherapy_purpose.isModified():
            self.psychotherapy_purpose.setText(named[2])
        self._grow_soon()

    def _said_drafts(self, days: list[Any]) -> None:
        if not days:
            self.drafts_box.hide()
            return
        listed = ", ".join(show_date(d) for d in days)
        text = (self.tr("1 progress note is an unsigned draft ({0}). A draft is not disclosed: sign it first "
                        "(close this window and sign it in the chart), or leave it out of this export.")
                if len(days) == 1 else
                self.tr("%n progress notes are unsigned drafts ({0}). A draft is not disclosed: sign them first "
                        "(close this window and sign them in the chart), or leave them out of this export.", "",
                        len(days)))
        self.drafts_label.setText(text.format(listed))
        self.drafts_box.show()

    def _confirmations(self) -> None:
        auth_id = self.basis.legal_basis().authorization_id
        self.described_tick.show_for(auth_id, self.described.get(auth_id or ""), "progress", ())

    def _gathered(self, found: dict[str, Any]) -> None:
        self.named = found["named"]
        self.described = dict(found.get("described", {}))
        self.others_tick.show_for(found.get("shared", {}).values())
        self._said_drafts(found["drafts"])
        goes = found["goes"]
        # Named in the client's letter language, as their notices of closure (domain/export_file_names);
        # what the therapist typed or chose stays.
        if not self.path.isModified():
            offered = Path(self.path.text()).parent / export_file_names.open_export(str(found.get("letters_in") or ""))
            self.path.setText(str(offered))
        self.counts.setText(before_export(goes.notes, goes.amendments, goes.addenda, goes.disputes,
                                          goes.disagreements, goes.closure_letters))
        self.basis.set_authorizations(found["authorizations"])
        self.basis.set_attachments(found["attachments"])
        self.basis.set_access_requests(found["access_requests"])
        # The 42 CFR 2.64 fields for a Part 2 client only, and then required, as the gate asks:
        # every client's court order asked them (as the export wizard's did).
        self.basis.set_part2(bool(found["part2"]))
        # Counsel's tick only where the state's privilege is not listed as barring a subpoena
        # alone, as the export wizard's form: it was offered for NY and CA, where it lifts nothing.
        self.basis.set_license_state(str(found.get("license_state") or ""))
        self.psychotherapy.clear()
        self.psychotherapy.addItem(self.tr("Leave them out"), None)
        for auth_id, text in found["psychotherapy"]:
            self.psychotherapy.addItem(self.tr("Include, under the authorization {0}").format(text), auth_id)
        self._fill_from_authorization()
        self._grow_soon()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._grow_soon()

    def _grow_soon(self) -> None:
        """Once the layout has taken the fields shown now (a posted request, handled first)."""
        QTimer.singleShot(0, self, self._grow)

    def _grow(self) -> None:
        """Taller by what the fields would scroll, up to the screen's room, and kept on it: the
        window stayed 640 pixels high on a 768-pixel laptop, its basis scrolling in a box with
        room below it (found in the real app). Never shorter: a size the therapist chose stays
        unless the fields outgrow it."""
        body = self.scroll_area.widget()
        if body is None:
            return
        need = body.heightForWidth(body.width()) if body.hasHeightForWidth() else body.sizeHint().height()
        extra = max(need, body.minimumSizeHint().height()) - self.scroll_area.viewport().height()
        room = screen_fit.inner_room(screen_fit.room_of(self))
        height = min(self.height() + extra, room.height())
        if height <= self.height():
            return
        if not self.isVisible():
            self.resize(self.width(), height)  # placed by Qt when shown (over its parent), as any window
            return
        geometry = self.geometry()
        geometry.setHeight(height)
        if geometry.bottom() > room.bottom():
            geometry.moveBottom(room.bottom())
        geometry.moveTop(max(geometry.top(), room.top()))
        self.setGeometry(geometry)

    def _browse(self) -> None:
        chosen = file_dialogs.save_file(self, self.tr("Save the export"), self.path.text(), "PDF (*.pdf)")
        if chosen:
            self.path.setText(chosen)

    def export(self) -> None:
        self.error.setText("")
        self.result_label.setText("")
        if self.password.text() != self.confirm.text():
            self.error.setText(self.tr("The two passwords differ."))
            return
        if not self.path.text().strip():
            # An empty field is the current folder to the service: " is a folder", naming nothing
            self.error.setText(self.tr("Give the file to save the export as (Save as), or press Browse…"))
            self.path.setFocus()
            return
        client_id, out, password = self.client_id, Path(self.path.text().strip()), self.password.text()
        recipient = Recipient(self.recipient.text().strip(), self.address.text().strip())
        purpose, basis = self.purpose.text().strip(), self.basis.legal_basis()
        psy_id = self.psychotherapy.currentData()
        psy_basis = LegalBasis("authorization", {}, psy_id) if psy_id else None
        psy_purpose = self.psychotherapy_purpose.text().strip() if psy_id else ""
        leave_out = self.drafts_box.isVisibleTo(self) and self.leave_out_drafts.isChecked()
        confirmed, reviewed = self.described_tick.confirmed(), self.others_tick.reviewed()

        def run(v: Vault) -> OpenExportResult:
            return open_export(v, client_id, recipient=recipient, purpose=purpose, basis=basis, out=out,
                               password=password, psychotherapy_basis=psy_basis, psychotherapy_purpose=psy_purpose,
                               leave_out_drafts=leave_out,
                               parts_confirmed=confirmed, others_reviewed=reviewed)

        said = show_inline(self.error)
        evidence = self.basis.evidence()

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, DisclosureRefused):
                self.refused_offer.show_for(exc.verdict, client_id, evidence)
            return said(exc)

        self.refused_offer.show_for(None, "", {})
        self.export_button.setEnabled(False)
        self.controller.op(self, run, label=self.tr("Exporting the chart…")).success(self._exported) \
            .failure(failed).finally_(lambda: self.export_button.setEnabled(True)).run()

    def _exported(self, result: OpenExportResult) -> None:
        self.password.clear()
        self.confirm.clear()
        self._mark_done()
        refused = result.psychotherapy_verdict  # the gate's reasons in the screen's language
        why = " ".join(reason_texts(refused)) if refused is not None else result.psychotherapy_left_out
        left_out = self.tr(" Psychotherapy notes left out: {0}").format(why) if result.psychotherapy_left_out else ""
        if result.psychotherapy_purpose and result.psychotherapy_purpose != self.purpose.text().strip():
            left_out += self.tr(" Psychotherapy notes under the purpose: {0}.").format(result.psychotherapy_purpose)
        if result.sessions_verdict is not None:
            left_out += self.tr(" Sessions left out: {0}").format(" ".join(reason_texts(result.sessions_verdict)))
        if result.drafts_left_out:
            left_out += self.tr(" Unsigned drafts left out: {0}.").format(
                ", ".join(show_date(d) for d in result.drafts_left_out))
        if result.request_granted:  # it gave the last of the client's access request (found by a walker)
            left_out += self.tr(" The access request is granted: this file gave every part still to give.")
        self.result_label.setText(
            self.tr("Saved {0}: {1}. Logged as disclosure {2}. Send the password separately (by phone).{3}")
                .format(result.path, held_words(result), ", ".join(result.disclosure_ids), left_out))


def _said(name: str) -> SaidLabel:
    """An error or result line, shown while it says something (wrapped_label.SaidLabel)."""
    label = SaidLabel()
    label.setObjectName(name)
    return label


def held_words(result: OpenExportResult) -> str:
    """What the file holds, each count in its number ("1 document", not "1 documents"). One
    source per form, each spelled out in full for pyside6-lupdate (it sees no alias): English has
    no translator for %n's plural (as gui/account_words.py)."""
    p, s, d, n = result.progress_notes, result.psychotherapy_notes, result.attachments, result.sessions
    # What it carried beside them, counted (open_export_words): "; with 1 amendment, ...; 1 notice of closure sent".
    beside = carried_words(result.amendments, result.addenda, len(result.amendment_disputes), result.disagreements,
                           result.closure_letters)
    return "; ".join([", ".join((
        QCoreApplication.translate("OpenExportDialog", "%n progress note", "", p) if p == 1
        else QCoreApplication.translate("OpenExportDialog", "%n progress notes", "", p),
        QCoreApplication.translate("OpenExportDialog", "%n psychotherapy note", "", s) if s == 1
        else QCoreApplication.translate("OpenExportDialog", "%n psychotherapy notes", "", s),
        QCoreApplication.translate("OpenExportDialog", "%n document", "", d) if d == 1
        else QCoreApplication.translate("OpenExportDialog", "%n documents", "", d),
        QCoreApplication.translate("OpenExportDialog", "%n session", "", n) if n == 1
        else QCoreApplication.translate("OpenExportDialog", "%n sessions", "", n),
    )), *beside])


__all__ = ["OpenExportDialog", "gather", "held_words"]

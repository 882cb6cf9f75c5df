"""Record a signed authorization: every core element and required statement (45 CFR 164.508(c)),
and the scan of the signed form, which the practice keeps (164.508(b)(6), 164.530(j)).

Held over a lock or a quit like the chart's other forms (gui/held.py): every field, the scan
chosen (its path: the file is read only at Record) and the representative the form proposed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vault_app.gui import auth_dialog_held, file_dialogs
from vault_app.gui.auth_dialog_consent import ConsentLine
from vault_app.gui.auth_dialog_signer import AuthDialogSigner, proposed_signer
from vault_app.gui.auth_member import MemberChoice
from vault_app.gui.auth_parts import DescribedParts
from vault_app.gui.auth_refusal_line import RefusalLine, still_refused
from vault_app.gui.auth_signer_problem import SignerProblem
from vault_app.gui.date_field import date_picker, unfinished_date
from vault_app.gui.dates import qt_date_format
from vault_app.gui.down_only_scroll import DownOnlyScrollArea
from vault_app.gui.escape_guard import GuardedDialog
from vault_app.gui.forms import action_buttons, error_label
from vault_app.gui.held import HeldEntry, half_typed_dates
from vault_app.gui.optional_date_field import OptionalDateField
from vault_app.gui.refusal_focus import show_inline_at
from vault_app.gui.screen_fit import size_in_screen
from vault_app.gui.widgets import chooser_button, wrapped_label
from vault_app.services import attachments, authorizations

if TYPE_CHECKING:
    from vault_app.domain.authorization import Authorization
    from vault_app.domain.errors import VaultError
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault

REVOKE_TEXT = "You may revoke this authorization at any time by writing to the practice, except for what was " \
              "already disclosed in reliance on it."
CONDITION_TEXT = "Treatment, payment, enrollment or eligibility for benefits will not be conditioned on signing."


class AuthorizationDialog(AuthDialogSigner, GuardedDialog):
    saved = Signal(str)

    def __init__(self, controller: App, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.client_id = client_id
        self.scan_path: Path | None = None
        self._restored = False  # held text put back: the proposal no longer fills the signer in
        self._warned_for: tuple[str, str, bool] | None = None  # the signature a minor's warning was shown for
        self._warning_read = ""  # what that warning said, as the therapist read it
        self.setWindowTitle(self.tr("Record an authorization"))
        self.setObjectName("authorizationDialog")

        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("a specific, meaningful description of the information"))
        # The dates the description names (164.508(c)(1)(i)), which the gate holds a disclosure to:
        # both optional, one alone an open end; neither, and the description alone says what is covered.
        self.notes_from = OptionalDateField(self.tr("Information dated from"), empty_text=self.tr("no first date"))
        self.notes_to = OptionalDateField(self.tr("Information dated up to"), empty_text=self.tr("no last date"))
        for picker in (self.notes_from, self.notes_to):
            picker.setDisplayFormat(qt_date_format())
        # Beside the dates, not on a row of its own: the form's last statement fell below its
        # window's edge (the e2e walk could no longer see it).
        self.period_note = wrapped_label(self.tr("Only if the form names dates: nothing dated outside them goes out "
                                                 "under it. One left empty is an open end."), "calmNote")
        self.cover_progress = QCheckBox(self.tr("Progress notes"))
        self.cover_psychotherapy = QCheckBox(self.tr("Psychotherapy notes (must be on its own form)"))
        self.cover_billing = QCheckBox(self.tr("Billing information"))
        # Named by what each covers: "Progress notes" alone read like the "Describes" tick beside it.
        for box in (self.cover_progress, self.cover_psychotherapy, self.cover_billing):
            box.setAccessibleName(self.tr("Covers: {kind}").format(kind=box.text()))
        self.discloser = QLineEdit()
        self.discloser.setPlaceholderText(self.tr("who may disclose: you or your practice"))
        self.recipient = QLineEdit()
        self.recipient_address = QLineEdit()
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr('each purpose, e.g. "at the request of the individual"'))
        self.signed_on = date_picker(self.tr("Signed on"))
        self.signed_on.setDisplayFormat(qt_date_format())
        self.signer_name = QLineEdit()
        self.signer_role = QComboBox()
        self.signer_role.addItem(self.tr("The client"), "client")
        self.signer_role.addItem(self.tr("A personal representative"), "personal_representative")
        self.signer_authority = QLineEdit()
        self.signer_authority.setPlaceholderText(self.tr("their authority, e.g. parent of a minor, health care agent"))
        # The representative the form proposed (found in the real app: a minor's form proposed the
        # client as signer): recorded as that guardian while name and role stay as proposed, so the
        # representative rules are asked about them (164.502(g)).
        self.proposed: tuple[str, str, str] | None = None  # (guardian id, name, authority)
        self.signer_note = QLabel("")
        self.signer_note.setObjectName("calmNote")
        self.signer_note.setWordWrap(True)
        self.signer_note.setTextFormat(Qt.TextFormat.PlainText)  # it names the representative as typed
        self.signer_note.hide()
        self.expires_on = date_picker(self.tr("Expires on"), QDate.currentDate().addYears(1))
        self.expires_on.setDisplayFormat(qt_date_format())
        self.expiration_event = QLineEdit()
        self.expiration_event.setPlaceholderText(self.tr("or an event, e.g. end of the court case"))
        self.use_date = QCheckBox(self.tr("Expires on a date"))
        self.use_date.setChecked(True)
        self.use_date.toggled.connect(self.expires_on.setEnabled)
        self.statement_revoke = QCheckBox(self.tr("States the right to revoke in writing, and how"))
        self.statement_conditioning = QCheckBox(self.tr("States whether treatment may be conditioned on signing"))
        self.statement_redisclosure = QCheckBox(self.tr("States that the recipient may redisclose the information"))
        self.part2 = QCheckBox(self.tr("Also a 42 CFR Part 2 consent (substance-use records)"))
        self.scan_label = QLabel(self.tr("No scan attached yet"))
        self.scan_label.setObjectName("calmNote")
        # The keyboard stays on this button once the scan is attached, and Enter there opened
        # the file chooser again instead of recording: Enter is the dialog's Record, Space attaches.
        choose = chooser_button(self.tr("Attach the signed scan…"))
        choose.clicked.connect(self._choose_scan)
        self.scan_button = choose
        for widget, name in ((self.description, self.tr("Description of the information")),
                             (self.discloser, self.tr("Who discloses")), (self.recipient, self.tr("Recipient")),
                             (self.recipient_address, self.tr("Recipient's address")),
                             (self.purpose, self.tr("Purpose")), (self.signed_on, self.tr("Date signed")),
                             (self.signer_name, self.tr("Signer")), (self.signer_role, self.tr("Signer role")),
                             (self.signer_authority, self.tr("Representative's authority")),
                             (self.expires_on, self.tr("Expiration date")),
                             (self.expiration_event, self.tr("Expiration event"))):
            widget.setAccessibleName(name)

        what = QGroupBox(self.tr("What, from whom, to whom, why"))
        f1 = QFormLayout(what)
        f1.addRow(self.tr("Information:"), self.description)
        self.described = DescribedParts()  # the kinds those words name (gui/auth_parts.py)
        self.described.place(f1)
        period = QHBoxLayout()
        period.addWidget(self.notes_from)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.notes_to)
        period.addWidget(self.period_note, 1)
        f1.addRow(self.tr("Dated from:"), period)
        covers = QHBoxLayout()
        for box in (self.cover_progress, self.cover_psychotherapy, self.cover_billing):
            covers.addWidget(box)
        f1.addRow(self.tr("Covers:"), covers)
        f1.addRow(self.tr("Disclosed by:"), self.discloser)
        f1.addRow(self.tr("Recipient:"), self.recipient)
        f1.addRow(self.tr("Address:"), self.recipient_address)
        f1.addRow(self.tr("Purpose:"), self.purpose)
        when = QGroupBox(self.tr("Signature and expiration"))
        f2 = QFormLayout(when)
        f2.addRow(self.tr("Signed on:"), self.signed_on)
        self.members = MemberChoice(self, self)  # a joint record's members: whose signature (hidden otherwise)
        self.members.place(f2)
        f2.addRow(self.tr("Signed by:"), self.signer_name)
        f2.addRow(self.tr("Signer is:"), self.signer_role)
        f2.addRow(self.tr("Authority:"), self.signer_authority)
        f2.addRow("", self.signer_note)
        self.consent_line = ConsentLine()  # who consented to a minor's care, while a representative signs
        f2.addRow("", self.consent_line.label)
        exp = QHBoxLayout()
        exp.addWidget(self.use_date)
        exp.addWidget(self.expires_on)
        exp.addWidget(self.expiration_event, 1)
        f2.addRow(self.tr("Expires:"), exp)
        statements = QGroupBox(self.tr("Required statements on the form"))
        f3 = QVBoxLayout(statements)
        for box in (self.statement_revoke, self.statement_conditioning, self.statement_redisclosure, self.part2):
            f3.addWidget(box)
        scan_row = QHBoxLayout()
        scan_row.addWidget(choose)
        scan_row.addWidget(self.scan_label, 1)
        f3.addLayout(scan_row)

        self.message = error_label()
        body = QWidget()
        bl = QVBoxLayout(body)
        for group in (what, when, statements):
            bl.addWidget(group)
        # Down only (a plain scroll area let the window narrower than its Spanish rows, cut at
        # the right edge); Record and Cancel below it, always in view.
        scroll = self.scroll_area = DownOnlyScrollArea()
        scroll.setWidget(body)
        buttons, self.save_button = action_buttons(self, self.tr("Record authorization"), self.save)
        # Who signed, or when, changed after a minor's warning: the warning no longer stands.
        self.signer_role.currentIndexChanged.connect(self._signature_changed)
        self.signer_role.currentIndexChanged.connect(self._role_changed)
        self.signer_name.textChanged.connect(self._note_follows_signer)
        self.signed_on.dateChanged.connect(self._signature_changed)
        self.part2.toggled.connect(self._signature_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        self.signer_problem = SignerProblem(  # who signs: said under it, until who, when or for what changes
            self.signer_role, self.message, scroll,
            (self.signed_on.dateChanged, self.part2.toggled, self.members.combo.currentIndexChanged))
        # A refusal goes once its field changes; one naming several elements says those still missing.
        self.refusal_line = RefusalLine(self.message, self._watched(), rechecks=True)
        self.refusal_line.recheck.connect(self._recheck)
        layout.addWidget(buttons)
        # Within the screen: 680 high put Record below a 1366x768 laptop's edge at 150 % (1019
        # pixels, found on Xvfb in Spanish); what is taller scrolls. 760: the kinds' ticks pushed the last
        # statement out of view at 1280x860.
        self.resize(size_in_screen(self, QSize(760, 760)))
        self._initial = self._held_fields()  # what the form holds untouched: nothing to keep
        controller.query(self, lambda v: proposed_signer(v, client_id)).success(self._propose).run()
        self.members.load()
        self.signer_role.currentIndexChanged.connect(self._consent_follows)
        self.signed_on.dateChanged.connect(self._consent_read)
        self._consent_read()
        self._consent_follows()

    def _held_fields(self) -> dict[str, Any]:
        return auth_dialog_held.held_fields(self)

    def _boxes(self) -> dict[str, QCheckBox]:
        return auth_dialog_held.held_boxes(self)

    def held_entry(self) -> HeldEntry | None:
        """Whatever the therapist typed, ticked, picked or attached, for a lock or a quit to hold
        and for Escape to ask about: the idle lock took a whole authorization typed from its
        paper form (found in the real app). The signer the app proposed for a minor, alone, is
        not typing; a date half-typed is (gui/held.py keeps which)."""
        fields = self._held_fields()
        if fields == self._initial and not half_typed_dates(self):
            return None
        return {"where": "records", "dialog": "authorization", "context": {"client_id": self.client_id},
                "fields": fields}

    def text_typed(self) -> bool:
        """Words or dates typed (held or restored ones too), not only a tick or a choice: Escape
        then asks about "your changes" (gui/escape_guard.py)."""
        fields = self._held_fields()
        return bool(half_typed_dates(self)) or any(
            fields[key] != self._initial.get(key) for key in auth_dialog_held.TYPED_FIELDS)

    def restore_fields(self, fields: dict[str, Any]) -> None:
        auth_dialog_held.restore_fields(self, fields)

    def _restore_scan(self, path: Path) -> None:
        """The scan chosen before the lock, if it is still there; if not, the form says so
        (Record would otherwise refuse a file that is gone, after everything else was checked)."""
        if path.is_file():
            self.set_scan(path)
            return
        self.scan_label.setText(self.tr("The scan chosen before, {0}, is no longer there: attach it again.")
                                .format(path.name))

    def _choose_scan(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Signed authorization"), str(Path.home()),
                                     self.tr("Scans (*.pdf *.png *.jpg *.jpeg)"))
        if path:
            self.set_scan(Path(path))

    def set_scan(self, path: Path) -> None:
        self.scan_path = path
        self.scan_label.setText(self.tr("Scan: {0}").format(path.name))
        self.refusal_line.changed("scan")

    def values(self) -> dict[str, Any]:
        covers = [k for k, box in (("progress", self.cover_progress), ("psychotherapy", self.cover_psychotherapy),
                                   ("billing", self.cover_billing)) if box.isChecked()]
        return {
            "description": self.description.text(), "covers": covers, "discloser": self.discloser.text(),
            "recipient_name": self.recipient.text(), "recipient_address": self.recipient_address.text(),
            "purposes": [self.purpose.text()], "signed_on": self.signed_on.date().toString("yyyy-MM-dd"),
            "notes_from": self.notes_from.text() or None, "notes_to": self.notes_to.text() or None,
            "described_parts": self.described.parts(),
            "signer_name": self.members.recorded_name(self.signer_name.text()),
            "signer_role": str(self.signer_role.currentData()),
            "signer_authority": self.signer_authority.text(), "guardian_id": self.guardian_id(),
            "signer_client_id": self.members.member_id(),
            "expires_on": self.expires_on.date().toString("yyyy-MM-dd") if self.use_date.isChecked() else None,
            "expiration_event": self.expiration_event.text(),
            "statement_revoke": REVOKE_TEXT if self.statement_revoke.isChecked() else "",
            "statement_conditioning": CONDITION_TEXT if self.statement_conditioning.isChecked() else "",
            "statement_redisclosure": self.statement_redisclosure.isChecked(),
            "part2": self.part2.isChecked(), "patient_name_on_form": self.part2.isChecked(),
        }

    def save(self) -> None:
        if unfinished_date(self.notes_from, self.notes_to, self.signed_on, self.expires_on):
            return
        client_id, values, scan = self.client_id, self.values(), self.scan_path
        # A minor signing alone may be recorded, but only once the therapist has read what to
        # check (the warning the CLI prints): asked before, when "Signer is" can still change.
        # Worked out again at each Record: a warning read for this signature passes only while it
        # says the same (the age of consent or the birth date may have changed since: a held form).
        read = self._warning_read if self._warned_for == self._signature() else ""

        def job(v: Vault) -> Authorization | str:
            if values["signer_role"] == "client":  # refused outright, before any "Record anyway?"
                who = values["signer_client_id"] or client_id  # on a joint record, the member who signed
                authorizations.check_client_may_sign(v, who, values["signed_on"], part2=values["part2"])
                warning = authorizations.client_signing_warning(v, who, values["signed_on"],
                                                                part2=values["part2"])
                if warning and warning != read:
                    return warning
            else:  # a representative's authority held on the day but ended since: recorded, once read
                warning = authorizations.representative_signing_warning(
                    v, client_id, values["signed_on"], guardian_id=values["guardian_id"],
                    signer_name=values["signer_name"], member_id=values["signer_client_id"])
                if warning and warning != read:
                    return warning
            # Within the size limit, with what to do beyond it (read whole before, then refused)
            data = attachments.read_document(scan, "scan") if scan is not None else None
            return authorizations.add_authorization(v, client_id, scan=data,
                                                    scan_filename=scan.name if scan else "", **values)

        shown = show_inline_at(self.message, self._fields(), named={
            "signature date": self.signed_on, "expiration date": self.expires_on})

        def refused(exc: BaseException) -> bool:
            handled = shown(exc)
            if handled:
                self.refusal_line.refused(exc)
                if getattr(exc, "code", "") == "authorization.signer_member_missing":
                    self.members.combo.setFocus()  # the member is what is missing, not the name typed
                # After the longer message has taken its height from the form: the field refused
                # (Attach the signed scan…, the form's last) was pushed out of view under it.
                QTimer.singleShot(0, self._refused_in_view)
                self.signer_problem.refused(exc)
            return handled

        self.controller.op(self, job, label=self.tr("Recording…")).success(self._saved).failure(refused).run()

    def _refused_in_view(self) -> None:
        field = QApplication.focusWidget()
        body = self.scroll_area.widget()
        if field is not None and body is not None and body.isAncestorOf(field):
            self.scroll_area.ensureWidgetVisible(field)

    def _fields(self) -> dict[str, QWidget]:
        """The form's widget of each field a refusal can name (VaultError.field)."""
        return {
            "auth_description": self.description, "covers": self.cover_progress, "discloser": self.discloser,
            "recipient_name": self.recipient, "recipient_address": self.recipient_address, "purpose": self.purpose,
            "signed_on": self.signed_on, "signer_name": self.signer_name, "signer_role": self.signer_role,
            "signer_authority": self.signer_authority, "expires_on": self.expires_on,
            "expiration": self.expiration_event, "expiration_event": self.expiration_event,
            "statement_revoke": self.statement_revoke, "statement_conditioning": self.statement_conditioning,
            "statement_redisclosure": self.statement_redisclosure, "part2_patient_name": self.part2,
            "scan": self.scan_button, "notes_from": self.notes_from, "notes_to": self.notes_to,
            "notes_range": self.notes_from,
        }

    def _recheck(self) -> None:
        client_id, values, scan_chosen = self.client_id, self.values(), self.scan_path is not None
        self.controller.query(self, lambda v: still_refused(v, client_id, values, scan_chosen)) \
            .success(self._rechecked).failure(lambda _exc: True).run()  # Record says any other

    def _rechecked(self, exc: VaultError | None) -> None:
        """What a recheck found, placed as Record places it: a refusal about who signs under "Signer is"
        (found: one the recheck found once the other missing elements were typed stayed on the message
        line below the form, away from its field; said there, once, to a screen reader too)."""
        if self.refusal_line.rechecked(exc) and exc is not None:
            self.signer_problem.refused(exc, in_view=False)

    def _watched(self) -> dict[str, QWidget]:
        """Every field whose change may answer a refusal, by the keys auth_refusal_line knows."""
        fields = self._fields()
        return {"auth_description": self.description, "cover_progress": self.cover_progress,
                "cover_psychotherapy": self.cover_psychotherapy, "cover_billing": self.cover_billing,
                "use_date": self.use_date, "signer_member": self.members.combo,
                **{key: fields[key] for key in ("discloser", "recipient_name", "recipient_address", "purpose",
                                                "signed_on", "signer_name", "signer_role", "signer_authority",
                                                "expires_on", "expiration_event", "statement_revoke",
                                                "statement_conditioning", "statement_redisclosure",
                                                "notes_from", "notes_to")},
                "part2": self.part2, **self.described.boxes()}

    def _saved(self, result: Authorization | str) -> None:
        if isinstance(result, str):
            self._warned_for, self._warning_read = self._signature(), result
            self.message.setText(self._check_text(result))
            self.save_button.setText(self.tr("Record anyway"))
            return
        self.accept()
        self.saved.emit(result.id)

"""Edit a client's details after the chart exists: names, birth date, Part 2 flag, how
they may be contacted (and where mail is safe), the language of their letters, informed
consent, discharge."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.clinical import age_on, parse_date
from vault_app.domain.email_address import check_email, email_problem
from vault_app.domain.errors import InvalidInput
from vault_app.domain.representatives import care_consent_asked
from vault_app.gui import screen_fit
from vault_app.gui.background import show_inline
from vault_app.gui.booked_after_death import appointment_days, tell_after_death, tell_cancelled
from vault_app.gui.client_confidentiality import ConfidentialityRows, save_agreement, stale_signers, tell_stale
from vault_app.gui.client_discharge_check import before_discharge
from vault_app.gui.confirm import confirm
from vault_app.gui.date_field import unfinished_date
from vault_app.gui.down_only_scroll import DownOnlyScrollArea
from vault_app.gui.escape_guard import GuardedDialog
from vault_app.gui.field_problem import FieldProblem
from vault_app.gui.focus_watch import follow_focus
from vault_app.gui.forms import action_buttons, beside, error_label, line_edit
from vault_app.gui.held import READ_KEY, HeldEntry, half_typed_dates, over_now
from vault_app.gui.letter_language_field import letter_language_box
from vault_app.gui.optional_date_field import OptionalDateField
from vault_app.gui.refusal_focus import show_inline_at
from vault_app.gui.refusal_words import refusal_words
from vault_app.gui.screen_fit import size_in_screen
from vault_app.gui.sort_as_field import SortAsField
from vault_app.gui.widgets import iso
from vault_app.services import clients
from vault_app.services.changes import Changes, Kind
from vault_app.services.clinical_common import minor_consent_rule

if TYPE_CHECKING:
    from vault_app.domain.appointments import Appointment
    from vault_app.domain.clinical import Client
    from vault_app.gui.seam import App
    from vault_app.services.clients import ClientUpdated
    from vault_app.services.vault import Vault

# Marked for translation here, translated where shown (QT_TRANSLATE_NOOP leaves the text as is).
METHODS = (("", QT_TRANSLATE_NOOP("ClientDetailsDialog", "no preference")),
           ("phone", QT_TRANSLATE_NOOP("ClientDetailsDialog", "phone")),
           ("text", QT_TRANSLATE_NOOP("ClientDetailsDialog", "text message")),
           ("email", QT_TRANSLATE_NOOP("ClientDetailsDialog", "email")),
           ("mail", QT_TRANSLATE_NOOP("ClientDetailsDialog", "mail")))


class ClientDetailsDialog(GuardedDialog):
    saved = Signal(str)
    show_authorizations = Signal()  # the message on forms whose signer no longer stands: "Show authorizations"

    def __init__(self, controller: App, client: Client, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.client_id = client.client_id
        self.chart_number = client.chart_number
        self.was_discharged = client.status == "discharged"
        self.discharge_confirm: QMessageBox | None = None
        self.cancelled_notice: QMessageBox | None = None
        self.stale_notice: QMessageBox | None = None
        self.setWindowTitle(self.tr("Client details"))  # never the client's name: titles reach task switchers
        c, contact = client, client.contact
        self.legal_name = line_edit(c.legal_name, self.tr("Legal name"))
        self.preferred_name = line_edit(c.preferred_name, self.tr("Preferred name"))
        self.sort_as = SortAsField(self.legal_name, c.sort_as, letters_in=c.letters_in)
        self.date_of_birth = OptionalDateField(self.tr("Date of birth"), iso(c.date_of_birth),
                                               empty_text=self.tr("not given"), birth=True)
        self.part2 = QCheckBox(self.tr("Substance-use treatment records (42 CFR Part 2)"))
        self.part2.setChecked(c.part2)
        # The Spanish box says it shorter: in full it held the form 60 pixels wider than the English.
        self.part2.setToolTip(self.tr("Records of substance-use treatment, which 42 CFR Part 2 protects beyond HIPAA."))
        self.phone = line_edit(contact.phone, self.tr("Phone"))
        self.email = line_edit(contact.email, self.tr("Email"), self.tr("name@example.com"))
        self.email_problem: FieldProblem | None = None
        self.email.textChanged.connect(self._email_fixed)
        self.address = line_edit(contact.address, self.tr("Home address"))
        self.safe_address = line_edit(contact.safe_address, self.tr("Safe mailing address"),
                                      self.tr("if mail home is not safe"))
        self.voicemail = QCheckBox(self.tr("voicemail"))
        self.text = QCheckBox(self.tr("text messages"))
        self.email_ok = QCheckBox(self.tr("email"))
        self.mail = QCheckBox(self.tr("mail"))
        for box, flag in ((self.voicemail, contact.voicemail_ok), (self.text, contact.text_ok),
                          (self.email_ok, contact.email_ok), (self.mail, contact.mail_ok)):
            box.setChecked(flag)
        self.method = QComboBox()
        self.method.setAccessibleName(self.tr("Preferred way to reach them"))
        for key, label in METHODS:
            self.method.addItem(self.tr(str(label)), key)
        self.method.setCurrentIndex(max(0, self.method.findData(contact.preferred_method)))
        self.letters_in = letter_language_box(c.letters_in)
        self.letters_in.currentIndexChanged.connect(
            lambda _i: self.sort_as.letters_in_changed(str(self.letters_in.currentData())))
        self.contact_notes = line_edit(contact.notes, self.tr("Contact notes"), self.tr("e.g. no calls at work"))
        # 45 CFR 164.522(b). Not in this form before, so saving it emptied a request made with
        # `client update --confidential-request` (found building the restrictions screen).
        self.confidential = line_edit(contact.confidential_request,
                                      self.tr("Confidential communications request"),
                                      self.tr("e.g. mobile only; mail to PO Box 9"))
        self.limits_discussed = OptionalDateField(self.tr("Limits of confidentiality discussed on"),
                                                  iso(c.consent.limits_discussed_on))
        self.consent_signed = OptionalDateField(self.tr("Consent signed on"), iso(c.consent.consent_signed_on))
        # Who consented to a minor's care decides whether a parent may sign (45 CFR 164.502(g)(3)(i)):
        # asked of a minor at or above the practice's age of consent, once the rule is read.
        self.care_consent = QComboBox()
        self.care_consent.setAccessibleName(self.tr("Who consented to the care"))
        self.care_consent.addItem(self.tr("not recorded"), "")
        self.care_consent.addItem(self.tr("the client (a minor who consented to their own care)"), "client")
        self.care_consent.addItem(self.tr("a parent or guardian"), "guardian")
        self.care_consent.setCurrentIndex(max(0, self.care_consent.findData(c.care_consented_by)))
        # Not as wide as its longest answer (the rule's sections held the form 958 pixels wide, past an 800-pixel
        # screen's edge): the list opens as wide as its answers; the tooltip says the chosen one whole.
        self.care_consent.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.care_consent.setMinimumContentsLength(30)
        self.care_consent.currentTextChanged.connect(self.care_consent.setToolTip)
        self.care_consent.setToolTip(self.care_consent.currentText())
        self.date_of_birth_read = c.date_of_birth
        self.died_on = OptionalDateField(self.tr("Date of death"), iso(c.died_on), empty_text=self.tr("not recorded"))
        self.discharged = QCheckBox(self.tr("Discharged (treatment has ended)"))
        self.discharged.setChecked(c.status == "discharged")
        self.message = error_label()

        who = QGroupBox(self.tr("Client"))
        form = QFormLayout(who)
        form.addRow(self.tr("Legal name:"), self.legal_name)
        # Two to a row: with Sort as and Date of death on rows of their own the form scrolled at
        # 1366x768 with a minor's agreement rows (test_minor_care_consent_gui)
        form.addRow(self.tr("Preferred name:"), beside(self.preferred_name, self.tr("Sort as:"), self.sort_as))
        form.addRow(self.tr("Date of birth:"), beside(self.date_of_birth, self.tr("Date of death:"), self.died_on))
        form.addRow("", self.part2)
        form.addRow("", self.discharged)
        reach = QGroupBox(self.tr("Contact (ask before leaving messages)"))
        rform = QFormLayout(reach)
        rform.addRow(self.tr("Phone:"), self.phone)
        rform.addRow(self.tr("Email:"), self.email)
        rform.addRow(self.tr("Home address:"), self.address)
        rform.addRow(self.tr("Safe address:"), self.safe_address)
        # Two lines of two: on one line, in Spanish beside "Comunicaciones confidenciales:", the
        # four held the window at 653 pixels whatever it was asked (640), the last against the
        # frame (found on the real app at 1280x720). Not a row that wraps when narrow: the form
        # gave it one line's height and the box that wrapped hid under "Prefiere" (found there).
        ways = QGridLayout()
        for i, box in enumerate((self.voicemail, self.text, self.email_ok, self.mail)):
            ways.addWidget(box, i // 2, i % 2)
        ways.setColumnStretch(2, 1)
        rform.addRow(self.tr("OK to use:"), ways)
        # Beside, not a row of its own: the form fits 1366x768 without scrolling (see "Two to a row").
        rform.addRow(self.tr("Prefers:"), beside(self.method, self.tr("Letters in:"), self.letters_in))
        rform.addRow(self.tr("Notes:"), self.contact_notes)
        rform.addRow(self.tr("Confidential communications:"), self.confidential)
        consent = QGroupBox(self.tr("Informed consent"))
        cform = QFormLayout(consent)
        cform.addRow(self.tr("Limits discussed on:"), self.limits_discussed)
        cform.addRow(self.tr("Consent signed on:"), self.consent_signed)
        cform.addRow(self.tr("Care consented to by:"), self.care_consent)
        cform.setRowVisible(self.care_consent, bool(c.care_consented_by))
        self.agreement = ConfidentialityRows(c, cform, self)  # 45 CFR 164.502(g)(3)(i)(C)
        self._cform = cform

        buttons, self.save_button = action_buttons(self, self.tr("Save"), self.save)
        body = QWidget()
        fields = QVBoxLayout(body)
        fields.setContentsMargins(0, 0, 0, 0)
        # The group boxes' titles part them already: without the spacing between them the whole form
        # fits 1366x768 (walk M: it scrolled by 5 pixels once the agreement rows came).
        fields.setSpacing(0)
        for group in (who, reach, consent):
            fields.addWidget(group)
        fields.addStretch(1)
        # The fields scroll, down only; the message, Save and Cancel below them, always in view.
        # Found at month-end: 800x805 on a 1366x768 laptop at 125 %, Save below the screen's edge.
        self.scroll_area = DownOnlyScrollArea()
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        # All of it where the screen has the room (no needless scrolling), else the screen's room.
        margins = layout.contentsMargins()
        whole = (body.sizeHint().height() + buttons.sizeHint().height() + 2 * layout.spacing()
                 + margins.top() + margins.bottom())
        self.resize(size_in_screen(self, QSize(640, max(610, whole))))
        # A field the keyboard reaches (Tab, or a refusal putting it there) is scrolled into view,
        # with room for the message said under it.
        follow_focus(self._focus_in_view)
        self._initial: dict[str, Any] = {k: w.text() for k, w in self._text_fields().items()}
        self._initial.update({k: b.isChecked() for k, b in self._boxes().items()})
        self._initial.update(method=str(self.method.currentData()), letters_in=str(self.letters_in.currentData()),
                             confidentiality=list(self.agreement.values()),
                             care_consented_by=str(self.care_consent.currentData()))
        controller.query(self, minor_consent_rule).success(self._rule_read).run()
        # Set by restore_fields: the fields another program changed while the form was held.
        self._changed_meanwhile: list[str] = []
        self._changed_by_both: list[str] = []
        controller.changed.connect(self._on_changes)

    def _on_changes(self, changes: Changes) -> None:
        """A parent recorded or removed in the Guardians window while the form is open: "Agreed by" follows."""
        client_id = getattr(self, "client_id", None)  # None once Python has let go of the window
        if client_id is not None and changes.touches_client(client_id, Kind.GUARDIANS):
            self.controller.query(self, lambda v: clients.get_client(v, client_id).guardians) \
                .success(self.agreement.refresh).run()

    def _rule_read(self, rule: tuple[int, int, str]) -> None:
        """The question shown for a minor at or above the age of consent (or where it was answered),
        its first answer naming the rule it rests on."""
        majority, consent, citation = rule
        age = age_on(self.date_of_birth_read, date.today()) if self.date_of_birth_read else None
        if citation:
            self.care_consent.setItemText(1, self.tr(
                "the client (a minor who consented to their own care under {rule})").format(rule=citation))
            self.care_consent.setToolTip(self.care_consent.currentText())
        asked = care_consent_asked(age, consent, majority) or bool(self.care_consent.currentData())
        self._cform.setRowVisible(self.care_consent, asked)
        self.agreement.show_for(majority)
        QTimer.singleShot(0, self, self._fit_whole)  # once the row has its place

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self._fit_whole)  # the chart's header is above the fields by now

    def _fit_whole(self) -> None:
        """Every field in view without scrolling where the screen has the room: the form grows by what
        its fields lack, within the screen's room and kept on it. Found at 1366x768 and 1280x800: the
        form took its height before the chart's header was put above it and before "Care consented to
        by" was shown (asked once the rule is read), and scrolled for that row. Where the screen is
        smaller the fields still scroll, and Tab brings each into view (_focus_in_view)."""
        body = self.scroll_area.widget()
        if body is None or not self.isVisible():
            return
        lacking = body.sizeHint().height() - self.scroll_area.viewport().height()
        inside = screen_fit.inner_room(screen_fit.room_of(self))
        height = min(self.height() + lacking, inside.height())
        if lacking <= 0 or height <= self.height():
            return
        top = max(inside.top(), min(self.y(), inside.bottom() + 1 - height))
        self.setGeometry(self.x(), top, self.width(), height)

    def _focus_in_view(self, _old: QWidget | None, new: QWidget | None) -> None:
        body = self.scroll_area.widget()
        if new is not None and body is not None and body.isAncestorOf(new):
            self.scroll_area.ensureWidgetVisible(new, 20, 60)

    def values(self) -> tuple[dict[str, Any], dict[str, Any]]:
        details: dict[str, Any] = {
            "legal_name": self.legal_name.text().strip(),
            "preferred_name": self.preferred_name.text().strip(),
            "sort_as": self.sort_as.value(),
            "date_of_birth": self.date_of_birth.text().strip() or None,
            "died_on": self.died_on.text().strip() or None,
            "part2": self.part2.isChecked(),
            "status": "discharged" if self.discharged.isChecked() else "active",
            "care_consented_by": str(self.care_consent.currentData()),
            "letters_in": str(self.letters_in.currentData()),
            "contact": {
                "phone": self.phone.text().strip(), "email": self.email.text().strip(),
                "address": self.address.text().strip(), "safe_address": self.safe_address.text().strip(),
                "voicemail_ok": self.voicemail.isChecked(), "text_ok": self.text.isChecked(),
                "email_ok": self.email_ok.isChecked(), "mail_ok": self.mail.isChecked(),
                "preferred_method": str(self.method.currentData()), "notes": self.contact_notes.text().strip(),
                "confidential_request": self.confidential.text().strip(),
            },
        }
        consent = {"limits_discussed_on": self.limits_discussed.text().strip() or None,
                   "consent_signed_on": self.consent_signed.text().strip() or None}
        return details, consent

    def _text_fields(self) -> dict[str, QLineEdit | OptionalDateField]:
        return {"legal_name": self.legal_name, "preferred_name": self.preferred_name, "sort_as": self.sort_as,
                "date_of_birth": self.date_of_birth, "phone": self.phone, "email": self.email,
                "address": self.address, "safe_address": self.safe_address, "contact_notes": self.contact_notes,
                "confidential": self.confidential, "limits_discussed": self.limits_discussed,
                "consent_signed": self.consent_signed, "died_on": self.died_on}

    def _boxes(self) -> dict[str, QCheckBox]:
        return {"part2": self.part2, "voicemail": self.voicemail, "text": self.text, "email_ok": self.email_ok,
                "mail": self.mail, "discharged": self.discharged}

    def held_entry(self) -> HeldEntry | None:
        """Only when something was changed: an untouched form has nothing to lose. A date
        half-typed is a change, even where Qt kept the date on file (gui/held.py holds which)."""
        fields: dict[str, Any] = {k: w.text() for k, w in self._text_fields().items()}
        fields.update({k: b.isChecked() for k, b in self._boxes().items()})
        fields["method"] = str(self.method.currentData())
        fields["letters_in"] = str(self.letters_in.currentData())
        fields["care_consented_by"] = str(self.care_consent.currentData())
        fields["confidentiality"] = list(self.agreement.values())
        if fields == self._initial and not half_typed_dates(self):
            return None
        # With what the form read (READ_KEY), so that the reopened form puts back only what was
        # typed over it: the client may be changed by another program while the window is locked.
        return {"where": "records", "dialog": "client_details", "context": {"client_id": self.client_id},
                "fields": {**fields, READ_KEY: dict(self._initial)}}

    def restore_fields(self, fields: dict[str, Any]) -> None:
        """The held form back over the client as the vault has them now. Found probing with a
        terminal's `client update` while the window was locked: every field came back as read
        before the lock, so a discharge recorded meanwhile came back unticked (Save re-admitted
        the client, without the discharge's questions) and a corrected e-mail address came back
        as the old one, unsaid. Only what the therapist changed is put back; what changed
        meanwhile is said (restored_also), and a detail both changed keeps what was typed."""
        read = fields.get(READ_KEY)
        keys = sorted((set(fields) | set(read if isinstance(read, dict) else ())) - {READ_KEY})
        found = over_now(fields, self._initial, keys)
        typed, self._changed_meanwhile, self._changed_by_both = found.typed, found.meanwhile, found.both
        for key, widget in self._text_fields().items():
            if key in typed:
                widget.setText(str(typed[key]))
        for key, box in self._boxes().items():
            if key in typed:
                box.setChecked(bool(typed[key]))
        if "method" in typed:
            self.method.setCurrentIndex(max(0, self.method.findData(typed["method"])))
        if "letters_in" in typed:
            self.letters_in.setCurrentIndex(max(0, self.letters_in.findData(typed["letters_in"])))
        if "care_consented_by" in typed:
            self.care_consent.setCurrentIndex(max(0, self.care_consent.findData(typed["care_consented_by"])))
        if isinstance(typed.get("confidentiality"), list) and len(typed["confidentiality"]) == 2:
            day, who = typed["confidentiality"]
            self.agreement.agreed_on.setText(str(day or ""))
            self.agreement.agreed_by.setCurrentIndex(max(0, self.agreement.agreed_by.findData(who)))

    def restored_also(self) -> str:
        """After "Restored: ...": the client's details another program changed while the
        window was locked (gui/held.py puts it on the message line)."""
        if self._changed_by_both:
            return self.tr("Some details you had changed were also changed by another program while the vault "
                           "was locked: what you typed is shown. Check them before saving.")
        if self._changed_meanwhile:
            return self.tr("Details changed by another program while the vault was locked are shown as they "
                           "are now.")
        return ""

    def email_refused(self) -> str:
        """What the form says under the e-mail field now ("" when nothing)."""
        shown = self.email_problem is not None and self.email_problem.isVisible()
        return self.email_problem.text() if shown and self.email_problem is not None else ""

    def _email_fixed(self, text: str) -> None:
        if self.email_problem is not None and email_problem(text) is None:
            self.email_problem.go()

    def _refuse_email(self) -> bool:
        """An address that cannot be one ("jane@", "jane at example") is said under the field,
        which keeps the keyboard and what was typed; nothing is saved. Checked here, before the
        worker, so the form answers as the therapist presses Save. One on file from before the
        check (or an import) is left as it is until it is edited, as the service does."""
        typed = self.email.text()
        problem = email_problem(typed) if typed.strip() != str(self._initial["email"]).strip() else None
        if problem is None:
            return False
        if self.email_problem is None:
            self.email_problem = FieldProblem(self.email)
        try:  # the core's refusal, for its words in the screen's language
            check_email(typed)
        except InvalidInput as refused:
            said, hint = refusal_words(refused)
            # In English the problem alone, as before (it says how to write the address)
            problem = said if said == problem else f"{said} {hint}".strip()
        self.email_problem.say(problem)
        self.email.setFocus()
        return True

    def save(self) -> None:
        """Discharge is confirmed first, with what is still open on the chart."""
        if unfinished_date(self.date_of_birth, self.limits_discussed, self.consent_signed, self.agreement.agreed_on):
            return
        if self._refuse_email():
            return
        if self.discharged.isChecked() and not self.was_discharged:
            client_id = self.client_id
            self.controller.query(self, lambda v: before_discharge(v, client_id)).success(self._confirm_discharge) \
                .failure(show_inline(self.message)).run()
            return
        self.save_now()

    def _confirm_discharge(self, found: tuple[int, bool, list[Appointment]]) -> None:
        unsigned, has_summary, to_cancel = found
        summary = [self.tr("Chart {chart} is marked discharged today.").format(chart=self.chart_number),
                   self.tr("The retention period of the record counts from the discharge date."),
                   self.tr("The client leaves the Active list; the chart stays readable.")]
        warnings = []
        if unsigned:
            warnings.append(self.tr("%n progress note on this chart is not signed.", "", 1) if unsigned == 1
                            else self.tr("%n progress notes on this chart are not signed.", "", unsigned))
        if not has_summary:
            # Where to write it, said here: after the discharge, New note starts with that template.
            warnings.append(self.tr("There is no discharge summary: no signed progress note uses the Discharge "
                                    "summary template or says so in its first lines. After this, New note on "
                                    "the chart starts one."))
        if to_cancel:
            # A discharge cancels what is booked after its day (services/clients.py): said before,
            # so the therapist can tell the client, or set a last session on today first.
            n = len(to_cancel)
            words = (self.tr("%n appointment after today will be cancelled (by the therapist, no fee): {when}.",
                             "", 1) if n == 1
                     else self.tr("%n appointments after today will be cancelled (by the therapist, no fee): "
                                  "{when}.", "", n))
            warnings.append(words.format(when=appointment_days(to_cancel)))
        self.discharge_confirm = confirm(self, self.tr("Discharge?"), self.tr("Discharge this client?"), summary,
                                         self.tr("Discharge"),
                                         self.save_now, warnings)

    def save_now(self) -> None:
        client_id = self.client_id
        details, consent = self.values()
        agreement = self.agreement.values() if self.agreement.changed() else None
        # A changed birth date too: a parent's form may then fall on or after the eighteenth birthday.
        consent_changed = (details["care_consented_by"] != self._initial["care_consented_by"]
                           or self.date_of_birth.text() != self._initial["date_of_birth"])

        def job(v: Vault) -> ClientUpdated:
            # Check the consent dates before anything is written, so a typo there
            # does not leave the details half saved.
            parse_date(consent["limits_discussed_on"], "date the limits of confidentiality were discussed",
                       allow_future=False, field="limits_discussed")
            parse_date(consent["consent_signed_on"], "consent signature date", allow_future=False,
                       field="consent_signed")
            current = clients.get_client(v, client_id)
            if details["status"] == "active" and current.status not in ("active", "discharged"):
                details["status"] = current.status  # e.g. inactive stays inactive unless discharged here
            updated = clients.update_client_reporting(v, client_id, **details)
            before = (current.consent.limits_discussed_on, current.consent.consent_signed_on)
            if (consent["limits_discussed_on"], consent["consent_signed_on"]) != tuple(iso(d) or None for d in before):
                client = clients.record_consent(v, client_id, attachment_id=current.consent.consent_attachment_id,
                                                notes=current.consent.notes, **consent)
                updated = replace(updated, client=client)
            if agreement is not None:
                save_agreement(v, client_id, *agreement)
            if agreement is not None or consent_changed:  # said after the save (tell_stale)
                updated = replace(updated, client=clients.get_client(v, client_id), stale_signers=stale_signers(
                    v, client_id))
            return updated

        fields = {"legal_name": self.legal_name, "preferred_name": self.preferred_name, "sort_as": self.sort_as,
                  "date_of_birth": self.date_of_birth, "consent_signed": self.consent_signed,
                  "limits_discussed": self.limits_discussed, "phone": self.phone, "email": self.email,
                  "address": self.address, "safe_address": self.safe_address, "preferred_method": self.method,
                  "letters_in": self.letters_in, "contact_notes": self.contact_notes,
                  "confidential_request": self.confidential,
                  "discharged_on": self.discharged, "care_consented_by": self.care_consent, "died_on": self.died_on,
                  "confidentiality_agreed_on": self.agreement.agreed_on,
                  "confidentiality_agreed_by": self.agreement.agreed_by}
        self.controller.op(self, job, label=self.tr("Saving…")).success(self._saved) \
            .failure(show_inline_at(self.message, fields)).run()

    def _saved(self, updated: ClientUpdated) -> None:
        self.accept()
        self.saved.emit(updated.client.client_id)
        # One box for a discharge saved with a death: the two, one after the other, were said twice over.
        self.after_death_notice = tell_after_death(self.parentWidget() or self, self.controller,
                                                   updated.after_death, updated.cancelled)
        if updated.cancelled and self.after_death_notice is None:
            self.cancelled_notice = tell_cancelled(self.parentWidget() or self, updated.cancelled)
        if updated.stale_signers:
            self.stale_notice = tell_stale(self.parentWidget() or self, updated.stale_signers,
                                           lambda: self.show_authorizations.emit())

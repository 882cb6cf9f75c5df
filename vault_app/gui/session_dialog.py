"""Correct one session's details after the fact (date, times, codes, billing), or remove a
session entered by mistake. Only the fields the therapist changed are sent, so the chart's
history says exactly what was corrected."""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain import wall_clock
from vault_app.domain.clinical import BILLING_STATUSES, MODALITIES, SERVICE_TYPES, SETTINGS
from vault_app.domain.cpt_on_length import (
    BILLED_MARKS,
    CodeOnLength,
    code_for_length,
    code_on_length,
    individual_psychotherapy,
)
from vault_app.domain.session_length import stop_following
from vault_app.gui import practice_clock
from vault_app.gui.background import show_inline
from vault_app.gui.chart_words import BILLING_CHOICE, MODALITY_CHOICE, SERVICE_TYPE_CHOICE, SETTING_CHOICE
from vault_app.gui.confirm import ask_yes_no
from vault_app.gui.cpt_rule_words import code_said
from vault_app.gui.date_field import date_picker, unfinished_date
from vault_app.gui.dates import read_time, show_time
from vault_app.gui.escape_guard import GuardedDialog, typed_into
from vault_app.gui.forms import action_buttons, choice_box, code_list, error_label, hbox, line_edit
from vault_app.gui.number_field import MINUTES, TypedNumber, refused_number, said
from vault_app.gui.refusal_focus import show_inline_at
from vault_app.gui.session_billing_words import billing_said as billing_words
from vault_app.services import session_billing_said, session_correction, sessions
from vault_app.services.session_billing_said import BillingSaid

if TYPE_CHECKING:
    from vault_app.domain.clinical import Session
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault


def _typed_time(text: str) -> str | None:
    """As stored ("14:05"); what is not a time is passed on as typed, for the service to refuse
    with its message (nothing is saved)."""
    return read_time(text) or text.strip() or None


def _hhmm(value: time | None) -> str:
    return value.strftime("%H:%M") if value is not None else ""


class SessionDialog(GuardedDialog):
    saved = Signal(str)

    def __init__(self, controller: App, session: Session, parent: QWidget | None = None, *,
                 provisional: bool = False) -> None:
        """`provisional`: recorded for a progress note still a draft (no visit until it is signed)."""
        super().__init__(parent)
        self.controller = controller
        self.session = session
        self.setWindowTitle(self.tr("Session details"))
        s = session
        self.date = date_picker(self.tr("Session date"), QDate(s.date.year, s.date.month, s.date.day))
        # Times read as the practice writes them (2:05 PM in the US) and are typed either way.
        example = self.tr("e.g. {time}").format(time=show_time(time(14, 5)))
        self.start_time = line_edit(show_time(s.start_time), self.tr("Start time"), example)
        self.end_time = line_edit(show_time(s.end_time), self.tr("Stop time"), example)
        self.duration = TypedNumber(1, 600, s.duration_minutes, range_said=said(MINUTES))
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration"))
        self.modality = choice_box(MODALITIES, s.modality, self.tr("Modality"), MODALITY_CHOICE)
        self.setting = choice_box(SETTINGS, s.setting, self.tr("Setting"), SETTING_CHOICE)
        self.platform = line_edit(s.platform, self.tr("Telehealth platform"), self.tr("for telehealth"))
        self.service_type = choice_box(SERVICE_TYPES, s.service_type, self.tr("Service type"),
                                       SERVICE_TYPE_CHOICE)
        self.cpt = line_edit(s.cpt_code, self.tr("CPT code"), self.tr("e.g. 90837"))
        self.addons = line_edit(" ".join(s.addon_codes), self.tr("Add-on codes"), self.tr("e.g. 90785"))
        self.icd = line_edit(", ".join(s.icd10_codes), self.tr("ICD-10 codes"), self.tr("e.g. F41.1, F32.1"))
        self.location = line_edit(s.location, self.tr("Location"))
        session_id = s.session_id
        self.billing = choice_box(BILLING_STATUSES, s.billing_status, self.tr("Billing status"), BILLING_CHOICE)
        # "Paid" here is the therapist's mark, not money: the account counts a session paid only
        # when a recorded payment covers it (domain/billing.shown_billing_state). Said beside the
        # choice while it is chosen (found: a therapist marked sessions paid to lower the balance).
        # A parent from the start: shown (a session marked paid) while it had none, it was a window
        # of its own for a moment (tests/gui/parentless.py).
        self.paid_note = QLabel(self.tr("Only a mark on the session: it does not lower the balance. "
                                        "Record the payment in Clients > Account."), self)
        self.paid_note.setWordWrap(True)
        self.paid_note.setObjectName("calmNote")
        self.billing.currentIndexChanged.connect(self._show_paid_note)
        self._show_paid_note()
        # The billing the rest of the app says (the Sessions tab, `session list`): the account's
        # word and the issued superbill or statement listing the session, once the vault is asked
        # (at the end, the form laid out); the mark stays the therapist's to choose. Found:
        # "Unbilled" (the mark) shown for a session on an issued superbill.
        self.billing_state = QLabel(self)
        self.billing_state.setWordWrap(True)
        self.billing_state.setVisible(False)
        # A default CPT follows the modality and length (domain/codes.followed_default); typed, it stays.
        self._cpt_for: tuple[int, str] = (s.duration_minutes, s.modality)
        self._cpt_typed = False
        self.cpt.textEdited.connect(self._typed_cpt)
        # A code typed is said against the length once typed, not at each key (found on Xvfb in the
        # note's session box: the words under a code typed over still named the one before).
        self.cpt.editingFinished.connect(lambda: self._say_code(self.duration.value()))
        self.duration.valueChanged.connect(self._follow_cpt)
        self.modality.currentIndexChanged.connect(self._follow_cpt)
        # A billed session's code never moves with its length (domain/cpt_on_length.py): its
        # mark says so at once, an issued superbill or statement once the vault is asked.
        self._billed = s.billing_status in BILLED_MARKS
        controller.query(self, lambda v: session_correction.is_billed(v, session_id)).success(self._billed_read).run()
        # What a corrected length did to the code, said under it; a code set by hand is offered
        # the time rule's, never replaced by it.
        self.cpt_note = QLabel(self)
        self.cpt_note.setWordWrap(True)
        self.cpt_note.setObjectName("calmNote")
        self.cpt_note.setVisible(False)
        self.use_cpt = QPushButton(self)
        self.use_cpt.setVisible(False)
        self.use_cpt.clicked.connect(self._use_rule_code)
        self._rule_code = ""
        self._grown_from: int | None = None  # the height before a note's row made the window taller
        # The stop follows the start and the length at once, on the practice's clock (across
        # midnight and the nights the clocks change, as a save works it out: services/sessions);
        # a stop typed gives the length. Found: the "to" field moved only at Save.
        self._stop_kept = s.end_time is not None
        self._following = False
        self.start_time.textEdited.connect(self._follow_stop)
        self.duration.valueChanged.connect(self._follow_stop)
        self.date.dateChanged.connect(self._follow_stop)
        self.end_time.textEdited.connect(self._follow_length)
        self.stop_note = QLabel(self)
        self.stop_note.setWordWrap(True)
        self.stop_note.setObjectName("calmNote")
        self.stop_note.setVisible(False)
        self.message = error_label()

        # Time and Length with a buddy each, so they get Alt letters (found walking by keyboard: none).
        time_label, length_label = QLabel(self.tr("Time:")), QLabel(self.tr("Length:"))
        time_label.setBuddy(self.start_time)
        length_label.setBuddy(self.duration)
        times = hbox(self.start_time, self.tr("to"), self.end_time, length_label, self.duration)
        form = QFormLayout()
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(time_label, times)
        form.addRow("", self.stop_note)
        form.setRowVisible(self.stop_note, False)
        form.addRow(self.tr("Modality:"), self.modality)
        form.addRow(self.tr("Service:"), self.service_type)
        form.addRow(self.tr("Setting:"), self.setting)
        form.addRow(self.tr("Platform:"), self.platform)
        form.addRow(self.tr("Location:"), self.location)
        form.addRow(self.tr("CPT code:"), self.cpt)
        form.addRow("", self.cpt_note)
        form.setRowVisible(self.cpt_note, False)
        use_row = hbox(self.use_cpt)
        use_row.addStretch(1)
        form.addRow("", use_row)
        form.setRowVisible(use_row, False)
        self._form, self._use_row = form, use_row  # the notes' rows take room only while shown
        form.addRow(self.tr("Add-on codes:"), self.addons)
        form.addRow(self.tr("ICD-10:"), self.icd)
        form.addRow(QLabel(self.tr("Billing:"), self), self.billing_state)  # words only: no buddy, no Alt letter
        form.setRowVisible(self.billing_state, False)
        form.addRow(self.tr("Billing:"), self.billing)
        form.addRow("", self.paid_note)
        intro = QLabel(self.tr("Corrections are saved with the time and kept in the chart's history. "
                       "A signed progress note is not changed by them."))
        intro.setWordWrap(True)
        intro.setObjectName("calmNote")
        # A correction is no word that the visit took place (the editor's autosave makes the
        # same ones): the note's signature is, as `session update` says too (docs/clinical.md).
        # A parent from the start: shown while it had none, it was a window of its own for a moment
        # (tests/gui/parentless.py).
        self.provisional = QLabel(self.tr(
            "Not a visit yet: recorded with a progress note still unsigned. Corrections here do not make it "
            "one; it counts as a visit (agenda, last visit, account) once the note is signed."), self)
        self.provisional.setWordWrap(True)
        self.provisional.setObjectName("calmNote")
        self.provisional.setVisible(provisional)
        buttons, self.save_button = action_buttons(self, self.tr("Save"), self.save)
        self.remove_button = buttons.addButton(self.tr("Remove session…"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.setToolTip(self.tr("Only for a session entered by mistake that has no progress note"))
        self.remove_button.clicked.connect(self.remove)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.provisional)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, 480)
        # The keyboard on the date, the first thing to correct (it opened on Save: a stray Enter saved).
        self.date.setFocus()
        self._say_code(s.duration_minutes)  # a recorded code its length does not match: said at once
        controller.query(self, lambda v: session_billing_said.billing_said(v, session_id)).success(
            self._billing_read).run()

    def _billing_read(self, said: BillingSaid) -> None:
        """The account's word arrived: said on the Billing row, the choice below it then the mark."""
        text = billing_words(said)
        if not text:
            return
        self.billing_state.setText(text)
        self._form.setRowVisible(self.billing_state, True)
        mark_label = self._form.labelForField(self.billing)
        if isinstance(mark_label, QLabel):
            mark_label.setText(self.tr("Mark:"))
            if self.isVisible():  # shown already: its Alt letter chosen again (forms._LettersWhenShown)
                from vault_app.gui.widgets import give_form_mnemonics  # Lazy (start-up), as forms.py

                give_form_mnemonics(self, [])
        # The default mark beside an account's word is no mark at all, not "Unbilled".
        self.billing.setItemText(self.billing.findData("unbilled"), self.tr("Not marked"))
        layout = self.layout()
        if layout is not None:
            layout.activate()
            need = (layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                    else layout.totalSizeHint().height())
            if need > self.height():
                self.resize(self.width(), need)

    def _typed_cpt(self, *_args: object) -> None:
        self._cpt_typed = True

    def _billed_read(self, billed: bool) -> None:
        self._billed = billed
        self._say_code(self.duration.value())

    def _follow_cpt(self, *_args: object) -> None:
        before, self._cpt_for = self._cpt_for, (self.duration.value(), str(self.modality.currentData()))
        if self._billed or self.service_type.currentData() != "psychotherapy":
            self._say_code(self._cpt_for[0])
            return
        if individual_psychotherapy(self._cpt_for[1], "psychotherapy") and before[1] == self._cpt_for[1]:
            # The length corrected: the CPT time rule (domain/cpt_on_length.py), a typed code the therapist's.
            code = code_on_length(self.cpt.text(), before[0], self._cpt_for[0], individual=True, is_billed=False)
            if code.outcome == "follows" and not self._cpt_typed:
                self.cpt.setText(code.proposed)
            self._say_code(self._cpt_for[0], followed=code if code.outcome == "follows" and not self._cpt_typed
                           else None)
            return
        followed = None if self._cpt_typed else sessions.followed_cpt(self.cpt.text(), before=before,
                                                                      after=self._cpt_for)
        if followed is not None:
            self.cpt.setText(followed)
        self._say_code(self._cpt_for[0])

    def _say_code(self, minutes: int, followed: CodeOnLength | None = None) -> None:
        """Under the CPT code, what the time rule gives for the length now, where it is not the
        code shown (gui/cpt_rule_words.py): followed, kept as set by hand (with a button to take
        the rule's), kept on a billed session, or a recorded code the length does not match (said
        as the window opens: 10 minutes kept with 90837 said nothing)."""
        s = self.session
        kept = self.cpt.text().strip().upper()
        individual = individual_psychotherapy(str(self.modality.currentData()), str(self.service_type.currentData()))
        code = followed or code_on_length(kept, s.duration_minutes, minutes, individual=individual,
                                          is_billed=self._billed)
        if code.outcome == "follows" and followed is None:
            code = CodeOnLength("hand_set", code.proposed)  # not moved here (typed, or by another change): said
        at_rest = code.outcome == "none"
        if at_rest:
            code = code_for_length(kept, minutes, individual=individual, is_billed=self._billed)
        said = code_said(code, kept, minutes, at_rest=at_rest)
        self._rule_code = code.proposed
        self.cpt_note.setText(said)
        self._show_row(self.cpt_note, bool(said))
        self.use_cpt.setText(self.tr("&Use {code}").format(code=code.proposed) if code.proposed
                             else self.tr("Lea&ve it empty"))
        self._show_row(self.use_cpt, code.outcome == "hand_set")

    def _show_row(self, widget: QWidget, shown: bool) -> None:
        """A note's row under its field, taking room only while shown (before the form is laid
        out, the widget alone: the constructor's first words)."""
        form = getattr(self, "_form", None)
        if form is None:
            widget.setVisible(shown)
            return
        notes = (self.cpt_note, self.use_cpt, self.stop_note)
        if shown and self._grown_from is None and all(w.isHidden() for w in notes):
            self._grown_from = self.height()  # its size before any note took room
        form.setRowVisible(self._use_row if widget is self.use_cpt else widget, shown)
        widget.setVisible(shown)
        # Taller when a note needs it: at its first size the form squeezed the notes' lines (found on Xvfb).
        layout = self.layout()
        if shown and layout is not None:
            layout.activate()
            need = (layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                    else layout.totalSizeHint().height())
            if need > self.height():
                self.resize(self.width(), need)
        elif not shown and self._grown_from is not None and all(w.isHidden() for w in notes):
            # The notes gone (Use 90834 clicked): back to the size it had before they took room,
            # not their room spread as gaps between the rows (found on Xvfb).
            if layout is not None:
                layout.activate()
            self.resize(self.width(), self._grown_from)
            self._grown_from = None

    def _use_rule_code(self) -> None:
        """The therapist takes the time rule's code over the one set by hand."""
        self.cpt.setText(self._rule_code)
        self.cpt.setModified(True)
        self._cpt_typed = False
        self._say_code(self.duration.value())

    def _day(self) -> date:
        d = self.date.date()
        return date(d.year(), d.month(), d.day()) if d.isValid() else self.session.date

    def _follow_stop(self, *_args: object) -> None:
        """A recorded stop follows the start and the length at once (as a save would move it)."""
        typed = read_time(self.start_time.text())
        if self._following or not self._stop_kept or typed is None:
            return
        stop = stop_following(time.fromisoformat(typed), self.duration.value(), self._day(), practice_clock.zone())
        self._following = True
        try:
            self.end_time.setText(show_time(stop))
            self.end_time.setModified(True)
        finally:
            self._following = False
        self.stop_note.setText("" if stop is not None else self.tr(
            "This length runs past midnight: a stop time is a time of the session's day, so none is kept."))
        self._show_row(self.stop_note, stop is None)

    def _follow_length(self, text: str) -> None:
        """A stop typed gives the length: the minutes really elapsed from the start on the
        practice's clock (53 from 1:30 to 3:23 AM the night the clocks go forward)."""
        self._stop_kept = bool(text.strip())
        start, stop = read_time(self.start_time.text()), read_time(text)
        if start is None or stop is None:
            return
        begin, end = time.fromisoformat(start), time.fromisoformat(stop)
        zone = practice_clock.zone()
        readings = wall_clock.elapsed_readings(self._day(), begin, end, zone) if zone is not None else ()
        minutes = readings[0] if readings else (end.hour * 60 + end.minute) - (begin.hour * 60 + begin.minute)
        if not 1 <= minutes <= 600:
            return  # a stop before the start: Save says so (session_duration)
        self._show_row(self.stop_note, False)
        self._following = True
        try:
            self.duration.setValue(minutes)
        finally:
            self._following = False

    def _show_paid_note(self) -> None:
        self.paid_note.setVisible(self.billing.currentData() == "paid")

    def typed(self) -> bool:
        """A session's times and codes corrected: Escape or the title bar's × asks before losing it
        (gui/escape_guard.py)."""
        return typed_into(self)

    def changes(self) -> dict[str, Any]:
        s = self.session
        d = self.date.date()
        entered: dict[str, Any] = {
            "date": f"{d.year():04d}-{d.month():02d}-{d.day():02d}",
            "start_time": _typed_time(self.start_time.text()),
            "end_time": _typed_time(self.end_time.text()),
            "duration_minutes": self.duration.value(),
            "modality": str(self.modality.currentData()),
            "setting": str(self.setting.currentData()),
            "platform": self.platform.text().strip(),
            "service_type": str(self.service_type.currentData()),
            "cpt_code": self.cpt.text().strip().upper(),
            "addon_codes": code_list(self.addons.text()),
            "icd10_codes": code_list(self.icd.text()),
            "location": self.location.text().strip(),
            "billing_status": str(self.billing.currentData()),
        }
        before: dict[str, Any] = {
            "date": s.date.isoformat(), "start_time": _hhmm(s.start_time) or None,
            "end_time": _hhmm(s.end_time) or None, "duration_minutes": s.duration_minutes,
            "modality": s.modality, "setting": s.setting, "platform": s.platform, "service_type": s.service_type,
            "cpt_code": s.cpt_code, "addon_codes": list(s.addon_codes), "icd10_codes": list(s.icd10_codes),
            "location": s.location, "billing_status": s.billing_status,
        }
        return {k: v for k, v in entered.items() if v != before[k]}

    def save(self) -> None:
        if unfinished_date(self.date) or refused_number(self.duration):
            return
        changes = self.changes()
        if not changes:
            self.accept()
            return
        session_id = self.session.session_id
        self.message.setText("")
        self.controller.op(self, lambda v: sessions.update_session(v, session_id, **changes),
                           label=self.tr("Saving…")) \
            .success(self._saved).failure(show_inline_at(self.message, {
                "session_date": self.date, "start_time": self.start_time, "end_time": self.end_time,
                "duration_minutes": self.duration, "modality": self.modality, "setting": self.setting,
                "platform": self.platform, "service_type": self.service_type, "location": self.location,
                "billing_status": self.billing, "cpt_code": self.cpt, "addon_codes": self.addons,
                "icd10_codes": self.icd})).run()

    def remove(self) -> None:
        ask_yes_no(
            self, self.tr("Remove this session?"),
            self.tr("Remove a session only if it was entered by mistake. A session with a progress note "
            "stays part of the record; correct its details instead."), self.remove_confirmed)

    def remove_confirmed(self) -> None:
        session_id = self.session.session_id

        def job(v: Vault) -> str:
            sessions.delete_session(v, session_id)
            return session_id

        self.controller.op(self, job,
                           label=self.tr("Removing…")).success(self._saved).failure(show_inline(self.message)).run()

    def _saved(self, _result: object) -> None:
        self.accept()
        self.saved.emit(self.session.session_id)

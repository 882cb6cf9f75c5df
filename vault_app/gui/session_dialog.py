"""Correct one session's details after the fact (date, times, codes, billing), or remove a
session entered by mistake. Only the fields the therapist changed are sent, so the chart's
history says exactly what was corrected."""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.clinical import BILLING_STATUSES, MODALITIES, SERVICE_TYPES, SETTINGS
from vault_app.gui.background import show_inline
from vault_app.gui.chart_words import BILLING_CHOICE, MODALITY_CHOICE, SERVICE_TYPE_CHOICE, SETTING_CHOICE
from vault_app.gui.confirm import ask_yes_no
from vault_app.gui.date_field import date_picker, unfinished_date
from vault_app.gui.dates import read_time, show_time
from vault_app.gui.escape_guard import GuardedDialog, typed_into
from vault_app.gui.forms import action_buttons, choice_box, code_list, error_label, hbox, line_edit
from vault_app.gui.number_field import MINUTES, TypedNumber, refused_number, said
from vault_app.gui.refusal_focus import show_inline_at
from vault_app.services import sessions

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
        # A default CPT follows the modality and length (domain/codes.followed_default); typed, it stays.
        self._cpt_for: tuple[int, str] = (s.duration_minutes, s.modality)
        self._cpt_typed = False
        self.cpt.textEdited.connect(self._typed_cpt)
        self.duration.valueChanged.connect(self._follow_cpt)
        self.modality.currentIndexChanged.connect(self._follow_cpt)
        self.message = error_label()

        times = hbox(self.start_time, self.tr("to"), self.end_time, self.tr("Length:"), self.duration)
        form = QFormLayout()
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Time:"), times)
        form.addRow(self.tr("Modality:"), self.modality)
        form.addRow(self.tr("Service:"), self.service_type)
        form.addRow(self.tr("Setting:"), self.setting)
        form.addRow(self.tr("Platform:"), self.platform)
        form.addRow(self.tr("Location:"), self.location)
        form.addRow(self.tr("CPT code:"), self.cpt)
        form.addRow(self.tr("Add-on codes:"), self.addons)
        form.addRow(self.tr("ICD-10:"), self.icd)
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

    def _typed_cpt(self, *_args: object) -> None:
        self._cpt_typed = True

    def _follow_cpt(self, *_args: object) -> None:
        before, self._cpt_for = self._cpt_for, (self.duration.value(), str(self.modality.currentData()))
        if self._cpt_typed or self.service_type.currentData() != "psychotherapy":
            return
        followed = sessions.followed_cpt(self.cpt.text(), before=before, after=self._cpt_for)
        if followed is not None:
            self.cpt.setText(followed)

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

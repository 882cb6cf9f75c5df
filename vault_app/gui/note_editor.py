"""The progress-note window: template, session fields, risk screening, plan goals, carry
forward and the confidentiality decision around the shared note form (note_form.py),
which holds the text, autosave, snippets, signing, addenda and amendments for every kind
of note. The goal lines (note_goal_lines.py), the carry forward (note_carry_forward.py)
and what a progress note checks and lists before signing (progress_signing.py) are
modules of their own, as is where the keyboard goes once a note is read (note_keyboard_return.py).
Spell checking is app-wide (gui/spellcheck.py), on every text box.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.clinical_notes import ProgressNote
from vault_app.domain.note_kinds import PROGRESS
from vault_app.domain.note_templates import DISCHARGE, get_template, render
from vault_app.gui import close_unsaved, held_note, progress_signing
from vault_app.gui.chart_binding import ChartOwner, bind_to_chart
from vault_app.gui.clipboard import CLEAR_AFTER_MS, copy_sensitive
from vault_app.gui.decision_dialog import DecisionDialog
from vault_app.gui.held_open import KeptOpen
from vault_app.gui.note_addition_view import AdditionInView
from vault_app.gui.note_carry_forward import CarryForward
from vault_app.gui.note_editor_buttons import button_row
from vault_app.gui.note_editor_loading import NoteLoading
from vault_app.gui.note_form import NoteForm, discard_said
from vault_app.gui.note_goal_lines import NoteGoalLines
from vault_app.gui.note_keyboard_return import KeyboardReturn
from vault_app.gui.note_keys import bind_note_keys
from vault_app.gui.note_progress_fields import ProgressFields
from vault_app.gui.note_session_dialog import NoteSessionDialog, SessionLink
from vault_app.gui.note_visit_line import VisitLine
from vault_app.gui.privacy_notice import privacy_notice
from vault_app.gui.screen_fit import size_in_screen
from vault_app.gui.template_words import shown, title_words
from vault_app.gui.widgets import PreferredHeightColumn, mnemonic_of, scrolled
from vault_app.services import plans, session_correction, sessions
from vault_app.services.notes import DraftState, ProgressDraft

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from vault_app.domain.clinical import Session
    from vault_app.domain.clinical_notes import NoteHistory
    from vault_app.domain.same_day_sessions import SameDaySession
    from vault_app.gui.amend_dialog import AmendDialog
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault

TEMPLATE_CHOICES = ("soap", "dap", "birp", "girp", "free", DISCHARGE)


def _same_day(vault: Vault, client_id: str, day: date) -> list[tuple[SameDaySession, Session]]:
    return [(s, sessions.get_session(vault, s.session_id)) for s in sessions.same_day(vault, client_id, day)]


def _plan_diagnoses(vault: Vault, client_id: str) -> tuple[str, ...]:
    plan = plans.get_plan(vault, client_id)
    return plan.diagnosis_codes if plan is not None else ()


def _session_of(draft: DraftState) -> str | None:
    """Read on the worker, after the saves queued before it: the session the note documents."""
    return draft.session_id


class NoteEditor(NoteLoading, QDialog):
    """Saves as the user types; the chart and the client list follow from the change
    notices of the saves (the first one creates the note and its session), not from
    this editor."""

    discarded = Signal(str)  # the draft was discarded: a sentence for the status bar

    def __init__(self, controller: App, client_id: str, note_id: str | None = None,
                 parent: QWidget | None = None, *, client: ChartOwner | None = None, privacy: bool = False,
                 template: str | None = None) -> None:
        """`template`: the one a new note starts with (the chart's choice: the discharge summary on
        a discharged chart), else the first; a note already written keeps its own."""
        super().__init__(parent)
        self.controller = controller
        self.client_id = client_id
        self.client = client
        self.privacy = privacy
        self.setObjectName("noteEditor")
        self.setWindowTitle(self.tr("Progress note"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        # The text, saving and signing: one service call per save, the note (and its
        # session) created on the first one.
        self.form: NoteForm[ProgressDraft, str | None] = NoteForm(
            controller, PROGRESS, self.snapshot,
            lambda v, state, draft: session_correction.save_progress_note(v, client_id, state, draft), self)
        self.form.start(note_id)
        self.form.edited.connect(self._text_edited)
        self.form.summary = self.sign_summary
        self.form.sign_clicked_hook = self.sign
        self.form.signed_now.connect(self._signed)
        self.fields = ProgressFields(self._edited, controller)
        f = self.fields  # the fields keep their names on the editor (tests and screens use them)
        self.session_box, self.session_date, self.duration, self.modality = (
            f.session_box, f.session_date, f.duration, f.modality)
        self.setting, self.cpt, self.icd = f.setting, f.cpt, f.icd
        self.risk_box, self.ideation, self.risk_level = f.risk_box, f.ideation, f.risk_level
        self.risk_plan, self.risk_intent, self.risk_means = f.risk_plan, f.risk_intent, f.risk_means
        self.protective, self.safety_plan = f.protective, f.safety_plan
        self.form.text_follows = self.icd
        self._read = note_id is None  # a note written already is read from the vault first
        self.keyboard = KeyboardReturn(self)  # where it goes once the note is read (note_keyboard_return.py)
        self._addendum_wanted = False  # opened to add to a signed note (show_addendum)
        self.kept_open = KeptOpen(controller)  # which note is open, for a crash (held_open.py)
        self._saved_at: str | None = None  # the note's last save as read (a stored moment)
        self._crash_line: tuple[str, object] | None = None  # "Restored: …" after a crash said before the read, why
        self._restored_line: str | None = None  # "Restored: …" as said, until the note is read

        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Note template"))
        for key in TEMPLATE_CHOICES:
            self.template.addItem(title_words(get_template(key)), key)
        if template is not None and note_id is None:
            self.template.setCurrentIndex(max(0, self.template.findData(template)))
            if template == DISCHARGE:
                # Offered once treatment has ended: written after it, not at a visit, so no
                # session (and nothing to bill) unless the therapist ticks the box. Quietly: an
                # edit here would say "Saved" over a note nobody has written yet.
                self.session_box.blockSignals(True)
                self.session_box.setChecked(False)
                self.session_box.blockSignals(False)
        self.template.currentIndexChanged.connect(lambda _i: self._build_sections({}))
        top = QHBoxLayout()
        template_label = QLabel(self.tr("Template:"))
        template_label.setBuddy(self.template)  # its Alt letter, given with the session's below
        top.addWidget(template_label)
        top.addWidget(self.template)
        top.addStretch(1)
        top.addWidget(self.signature_label)

        self.goal_lines = NoteGoalLines(controller, client_id, self.form, self.snapshot, self.template, self)
        self.goals_box = self.goal_lines.box
        self.form.below_text.addWidget(self.goals_box)
        self.form.below_text.addWidget(self.risk_box)
        body = QWidget()
        # Its rows as tall as they would like, the lines under the session box shown or not.
        body_layout = PreferredHeightColumn(body)
        body_layout.addWidget(self.session_box)
        # A note saved with "no session" may gain one later (forgotten, or the appointment
        # marked attended afterwards): a line under the session box (note_session_dialog.py).
        self.session_link = SessionLink(controller, self.session_box, self.flush, self, client=client,
                                        privacy=privacy)
        self.session_link.linked.connect(self._relinked)
        # Not modal: open while privacy mode is switched, what it opens afterwards (an amendment, a
        # session link, a decision) is in the mode in force, not the one it was opened with.
        privacy_notice().changed.connect(self._privacy_switched)
        body_layout.addWidget(self.session_link.row)
        # A session the note records is no visit until the note is signed (note_visit_line.py).
        self.visit_line = VisitLine(controller, self.fields, lambda: self.autosave.draft, lambda: self.signed)
        body_layout.addWidget(self.visit_line.row)
        body_layout.addWidget(self.form, 1)
        self.body_scroll = scrolled(body)
        self.addition_view = AdditionInView(self.body_scroll, self.history)  # note_addition_view.py

        self.form.discarded.connect(self._discarded)
        # A new note may start from the last one's plan and goals (note_carry_forward.py).
        self.carrying = CarryForward(controller, client_id, lambda: self.autosave.draft, self.snapshot, self.status,
                                     self._load, self)
        self.carry_button = self.carrying.button
        # Hidden only: shown while it had no parent (the row below gives it one), the button was a
        # window of its own for a moment (tests/gui/parentless.py); unhidden, the row shows it.
        if note_id is not None:
            self.carry_button.hide()
        self.amend_button.clicked.connect(self.amend)
        made = button_row(  # note_editor_buttons.py
            self, form_buttons=(self.sign_button, self.amend_button, self.discard_button), carry=self.carry_button,
            taken_elsewhere={mnemonic_of(self.goals_box.add_button.text()), *self.fields.risk_letters()},
            labels=[template_label, *self.fields.session_labels], copy_text=self.copy_text,
            open_decision=self.open_decision)
        self.copy_button, self.decision_button, buttons = made.copy, made.decision, made.row

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.body_scroll, 1)
        # A line of its own: beside six buttons the save and signing messages were squeezed
        # into a narrow column of broken lines.
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        bind_note_keys(self, save=self.flush, sign=self.sign, copy=self.copy_text)
        self.resize(size_in_screen(self, QSize(820, 700)))  # at most the screen's room (a 1024x600 netbook has 570)
        if client is not None:
            if client.client_id != client_id:
                raise ValueError("the note editor's client does not match its chart")
            bind_to_chart(self, client, self.tr("Progress note"), privacy)
        self._build_sections({})
        self.autosave.saved.connect(self._saved)
        if note_id is not None:
            self._load(note_id)
        else:
            # Before anything is written: does the note's day have a session already?
            self.session_date.dateChanged.connect(self._look_up_day)
            self._look_up_day()
            # The session's ICD-10 codes start from the treatment plan's diagnoses, as a
            # session recorded from the agenda does: a first note signed from Ctrl+N carried
            # none (found in the real app), and its session went to billing without them.
            controller.query(self, lambda v: _plan_diagnoses(v, client_id)).success(self._plan_diagnoses).run()
            # A new note: the keyboard starts in the first section, not in the template box,
            # where typed words are lost (letters pick a template, Space opens its list).
            # After the show (focus given to a hidden box does not stay there).
            QTimer.singleShot(0, self, self.form.focus_first_empty)

    def open_decision(self) -> None:
        """The DEAL workflow for this note's session. The note is saved first; the dialog
        opens from an operation queued behind that save, when the session id exists."""
        self.flush()
        draft = self.autosave.draft
        self.controller.query(self, lambda _v: _session_of(draft)).success(self._show_decision).run()

    def _privacy_switched(self, on: bool) -> None:
        self.privacy = on  # the header follows by itself (chart_binding)
        self.session_link.privacy = on

    def _show_decision(self, session_id: str | None) -> None:
        self.decision_dialog = DecisionDialog(self.controller, self.client_id, session_id=session_id, parent=self,
                                              privacy=self.privacy)
        self.decision_dialog.show()

    def _build_sections(self, values: dict[str, str]) -> None:
        self.form.build_sections(str(self.template.currentData()), values)
        self._set_read_only(self.signed)

    def _plan_diagnoses(self, codes: tuple[str, ...]) -> None:
        if codes and not self.icd.text() and not self.icd.isModified() and not self.signed:
            self.icd.setText(", ".join(codes))

    def _look_up_day(self) -> None:
        if self.autosave.draft.note_id is not None:
            return  # the first save chose; a later change of date corrects that session
        self.fields.same_day.clear()
        cid, day = self.client_id, self._session_day()
        self.controller.query(self, lambda v: _same_day(v, cid, day)).success(
            lambda found: self._day_found(day, found)).run()

    def _session_day(self) -> date:
        shown = self.session_date.date()
        return date(shown.year(), shown.month(), shown.day())

    def _day_found(self, day: date, found: list[tuple[SameDaySession, Session]]) -> None:
        if self.autosave.draft.note_id is None and self._session_day() == day:
            self.fields.same_day.show_day(day, found)
            self.visit_line.say()

    def _saved(self, note_id: str | None) -> None:
        held_note.keep_open(self, self.kept_open, note_id)
        if note_id is not None:
            self.fields.same_day.fix()
            # Saved with "no session" just now: it may be linked at once, as when reopened.
            self.session_link.show_for(note_id if self.autosave.draft.session_id is None else None, self.signed)
        self.visit_line.say()

    # --- state ---------------------------------------------------------------------------
    def snapshot(self) -> ProgressDraft:
        same_day, attach_to = self.fields.same_day.choice()
        return ProgressDraft(str(self.template.currentData()), self.form.texts(), self.fields.session(),
                             self.fields.risk(), same_day, attach_to, cpt_by_hand=self.fields.cpt_by_hand())

    def risk_complete(self) -> bool:
        return self.fields.risk_complete()

    def _text_edited(self) -> None:
        if self.note_id is None and any(self.form.texts().values()):
            self.template.setEnabled(False)  # the template is fixed once text exists

    def _edited(self, *_args: object) -> None:
        self.form.changed()

    def text(self) -> str:
        return render(shown(get_template(str(self.template.currentData()))), self.form.texts())

    def _set_read_only(self, read_only: bool) -> None:
        self.form.set_read_only(read_only)
        self.fields.set_read_only(read_only)
        self.goals_box.set_read_only(read_only)
        self.template.setEnabled(not read_only and self.note_id is None)

    # --- actions ---------------------------------------------------------------------------
    def add_goals(self, goal_ids: list[str]) -> None:
        """The checked treatment-plan goals into the note (note_goal_lines.py)."""
        self.goal_lines.add(goal_ids)

    def copy_text(self) -> None:
        copy_sensitive(self.text())
        # Held until the clipboard is cleared: the save words come after it (Autosaver.hold_status).
        self.autosave.hold_status(self.tr("Copied. The clipboard is cleared in 30 seconds."), CLEAR_AFTER_MS)

    def sign_summary(self) -> list[str]:
        chart_number = self.client.chart_number if self.client is not None else None
        return progress_signing.sign_summary(self.snapshot(), chart_number, self.template.currentText(),
                                             self.risk_level.currentText(), self.carrying.carried,
                                             self.carrying.carried_from)

    def sign(self) -> None:
        """Ctrl+Shift+S and the button: the session date and risk screening ready, then the form's summary."""
        if not self.signed and progress_signing.ready_to_sign(self.fields, self.status):
            self.form.sign()

    def sign_now(self) -> None:
        self.form.sign_now()

    def _signed(self, history: NoteHistory) -> None:
        if isinstance(history.note, ProgressNote):
            self._show_signature(history.note, history)
            self.kept_open.let_go()  # signed: only read from now on, nothing to reopen
            self.visit_line.forget()

    def link_session(self) -> NoteSessionDialog | None:
        return self.session_link.open()

    def _relinked(self, note_id: str) -> None:
        self._load(note_id)
        self.status.setText(self.tr("The note now documents its session; changes in the session box correct it."))

    def amend(self) -> AmendDialog | None:
        note_id = self.note_id
        if note_id is None:
            return None
        return self.form.amend(self.client, self.privacy, lambda: self._load(note_id, added=True))

    def discard(self) -> QMessageBox | None:
        return self.form.discard()

    def _discarded(self, session: str | None) -> None:
        self.discarded.emit(discard_said(session))
        self.close()

    def flush(self) -> None:
        self.form.flush()

    def clear(self) -> None:
        self.form.blank_text()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        if close_unsaved.held_back(self, self.form.autosave, self.close):
            event.ignore()  # its last save was refused: asked first (close_unsaved.py)
            return
        self.kept_open.let_go(closed=True)  # closed: nothing reopens (a lock's hold stays)
        super().closeEvent(event)

    def reject(self) -> None:
        self.flush()
        if close_unsaved.held_back(self, self.form.autosave, self.reject):
            return
        self.kept_open.let_go(closed=True)
        super().reject()


__all__ = ["NoteEditor"]

"""The progress-note editor: template, session fields, risk screening, autosave, sign and lock.

Qt has no built-in spell checker for plain text widgets, so there is none here
(see docs/gui.md); the platform's input method may still offer corrections.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.clinical_notes import ProgressNote
from vault_app.domain.errors import NotFound
from vault_app.domain.note_goals import with_goals
from vault_app.domain.note_kinds import PROGRESS
from vault_app.domain.note_templates import get_template, render
from vault_app.gui import note_signing as signing
from vault_app.gui import shortcuts, theme
from vault_app.gui.amend_dialog import amendment_text
from vault_app.gui.autosave import Autosaver
from vault_app.gui.background import show_inline
from vault_app.gui.chart_binding import ChartOwner, bind_to_chart
from vault_app.gui.clipboard import copy_sensitive
from vault_app.gui.decision_dialog import DecisionDialog
from vault_app.gui.forms import code_list
from vault_app.gui.note_goals import NoteGoalsBox
from vault_app.gui.snippet_expander import SnippetExpander
from vault_app.gui.widgets import wrapped_label as _label
from vault_app.services import note_goals, notes, sessions
from vault_app.services.faster_notes import CarriedNote
from vault_app.services.notes import DraftState, ProgressDraft
from vault_app.services.sessions import suggest_cpt

if TYPE_CHECKING:
    from vault_app.domain.clinical import Goal, Session
    from vault_app.domain.clinical_notes import NoteHistory
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault

TEMPLATE_CHOICES = (("soap", "SOAP"), ("dap", "DAP"), ("birp", "BIRP"), ("girp", "GIRP"), ("free", "Free form"))
MODALITIES = ("individual", "couple", "family", "group")
SETTINGS = (("in_person", "In person"), ("telehealth", "Telehealth"))
NOT_ASSESSED = "not assessed"


def _session_of(draft: DraftState) -> str | None:
    """Read on the worker, after the saves queued before it: the session the note documents."""
    return draft.session_id


class NoteEditor(QDialog):
    """Saves as the user types; the chart and the client list follow from the change
    notices of the saves (the first one creates the note and its session), not from
    this editor."""

    def __init__(self, controller: App, client_id: str, note_id: str | None = None,
                 parent: QWidget | None = None, *, client: ChartOwner | None = None, privacy: bool = False) -> None:
        super().__init__(parent)
        self.controller = controller
        self.client_id = client_id
        self.client = client
        self.privacy = privacy
        self.setObjectName("noteEditor")
        self.setWindowTitle(self.tr("Progress note"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.signed = False
        self.section_edits: dict[str, QPlainTextEdit] = {}
        self.snippets = SnippetExpander(controller, self)  # ";ms" + Space expands a personal snippet
        self._carry_mark: str | None = None  # the carried section whose marker line gets the keyboard
        # One service call per save: the note (and its session) created on the first one.
        self.autosave: Autosaver[ProgressDraft, str | None] = Autosaver(
            controller, self, self.snapshot,
            lambda v, state, draft: notes.save_progress_note(v, client_id, state, draft))
        self.autosave.draft.note_id = note_id
        self.status = _label(" ", "calmNote")
        self.autosave.status_changed.connect(self.status.setText)

        self.template = QComboBox()
        self.template.setAccessibleName("Note template")
        for key, text in TEMPLATE_CHOICES:
            self.template.addItem(text, key)
        self.template.currentIndexChanged.connect(lambda _i: self._build_sections({}))
        self.signature_label = _label("", "calmNote")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Template:")))
        top.addWidget(self.template)
        top.addStretch(1)
        top.addWidget(self.signature_label)

        self._build_session_box()
        self._build_risk_box()
        self.sections_host = QWidget()
        self.sections_layout = QVBoxLayout(self.sections_host)
        self.sections_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.session_box)
        body_layout.addWidget(self.sections_host, 1)
        self.goals_box = NoteGoalsBox(controller, client_id, self.add_goals)
        body_layout.addWidget(self.goals_box)
        body_layout.addWidget(self.risk_box)
        self.history = QPlainTextEdit()
        self.history.setReadOnly(True)
        self.history.setAccessibleName("Addenda and amendments")
        self.history.setVisible(False)
        self.history.setMaximumHeight(160)
        body_layout.addWidget(self.history)
        scroll.setWidget(body)

        self.status.setAccessibleName("Save status")
        self.copy_button = QPushButton(self.tr("Copy text"))
        self.copy_button.setToolTip(
            self.tr("Copied text is hidden from clipboard history and cleared after 30 seconds"))
        self.copy_button.clicked.connect(self.copy_text)
        self.sign_button = QPushButton(theme.icon("sign"), self.tr("Sign and lock"))
        self.sign_button.setAccessibleName("Sign and lock")
        self.sign_button.clicked.connect(self.sign)
        self.amend_button = QPushButton(self.tr("Addendum or amendment…"))
        self.amend_button.setEnabled(False)
        self.amend_button.clicked.connect(self.amend)
        self.decision_button = QPushButton(self.tr("Confidentiality decision…"))
        self.decision_button.setToolTip(self.tr(
            "This session raised abuse, a threat, risk of self-harm or a legal demand: "
            "work through it step by step and document it"))
        self.decision_button.clicked.connect(self.open_decision)
        # A new note may start from the last one's plan and goals (services/faster_notes.py).
        self.carry_button = QPushButton(self.tr("Start &from last note"))  # Alt+F
        self.carry_button.setToolTip(
            self.tr("Carry the last note's plan and active goals into this note, marked to edit"))
        self.carry_button.clicked.connect(self.carry_forward)
        self.carry_button.setVisible(note_id is None)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.carry_button, self.decision_button, self.copy_button, self.amend_button, self.sign_button,
                  close):
            # No default button: Enter in the date, CPT or ICD-10 field must not open the
            # confidentiality decision (Qt makes the first button the dialog's default).
            b.setAutoDefault(False)
            buttons.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        # A line of its own: beside six buttons the save and signing messages were squeezed
        # into a narrow column of broken lines.
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(shortcuts.DEFAULTS["save_note"]), self, self.autosave.flush)
        QShortcut(QKeySequence(shortcuts.DEFAULTS["sign_note"]), self, self.sign)
        QShortcut(QKeySequence(shortcuts.DEFAULTS["copy_note"]), self, self.copy_text)
        self.resize(820, 700)
        if client is not None:
            if client.client_id != client_id:
                raise ValueError("the note editor's client does not match its chart")
            bind_to_chart(self, client, self.tr("Progress note"), privacy)
        self._build_sections({})
        if note_id is not None:
            self._load(note_id)

    def open_decision(self) -> None:
        """The DEAL workflow for this note's session. The note is saved first; the dialog
        opens from an operation queued behind that save, when the session id exists."""
        self.autosave.flush()
        draft = self.autosave.draft
        self.controller.query(self, lambda _v: _session_of(draft)).success(self._show_decision).run()

    def _show_decision(self, session_id: str | None) -> None:
        self.decision_dialog = DecisionDialog(self.controller, self.client_id, session_id=session_id, parent=self,
                                              privacy=self.privacy)
        self.decision_dialog.show()

    # --- layout pieces -----------------------------------------------------------------
    def _build_session_box(self) -> None:
        self.session_box = QGroupBox(self.tr("Session"))
        self.session_box.setCheckable(True)
        self.session_box.setChecked(True)
        self.session_box.setToolTip(self.tr("Record the session this note documents (date, length, codes)"))
        self.session_date = QDateEdit(QDate.currentDate())
        self.session_date.setCalendarPopup(True)
        self.session_date.setDisplayFormat("yyyy-MM-dd")
        self.duration = QSpinBox()
        self.duration.setRange(1, 600)
        self.duration.setValue(53)
        self.duration.setSuffix(" min")
        self.modality = QComboBox()
        for m in MODALITIES:
            self.modality.addItem(m.capitalize(), m)
        self.setting = QComboBox()
        for key, text in SETTINGS:
            self.setting.addItem(text, key)
        self.cpt = QLineEdit()
        self.cpt.setPlaceholderText("suggested from length and modality")
        self.icd = QLineEdit()
        self.icd.setPlaceholderText("e.g. F41.1, F32.1")
        for widget, name in ((self.session_date, "Session date"), (self.duration, "Duration"),
                             (self.modality, "Modality"), (self.setting, "Setting"), (self.cpt, "CPT code"),
                             (self.icd, "ICD-10 codes")):
            widget.setAccessibleName(name)
        form = QFormLayout(self.session_box)
        row = QHBoxLayout()
        row.addWidget(self.session_date)
        row.addWidget(QLabel(self.tr("Length:")))
        row.addWidget(self.duration)
        row.addWidget(QLabel(self.tr("Modality:")))
        row.addWidget(self.modality)
        row.addWidget(self.setting)
        row.addStretch(1)
        form.addRow(self.tr("Date:"), row)
        codes = QHBoxLayout()
        codes.addWidget(self.cpt)
        codes.addWidget(QLabel(self.tr("ICD-10:")))
        codes.addWidget(self.icd, 2)
        form.addRow(self.tr("CPT:"), codes)
        self.duration.valueChanged.connect(self._suggest_cpt)
        self.modality.currentIndexChanged.connect(self._suggest_cpt)
        for signal in (self.session_date.dateChanged, self.duration.valueChanged, self.modality.currentIndexChanged,
                       self.setting.currentIndexChanged, self.cpt.textEdited, self.icd.textEdited,
                       self.session_box.toggled):
            signal.connect(self._edited)
        self._suggest_cpt()

    def _suggest_cpt(self) -> None:
        if self.cpt.isModified():
            return
        suggestion = suggest_cpt(self.duration.value(), str(self.modality.currentData()))
        self.cpt.setText(suggestion.code if suggestion else "")

    def _build_risk_box(self) -> None:
        self.risk_box = QGroupBox(self.tr("Risk screening"))
        self.risk_box.setCheckable(True)
        self.risk_box.setChecked(False)
        # Nothing is preselected: a screening result is the therapist's finding, and a
        # default ("none", "low") would be signed as if it had been assessed.
        self.ideation = QComboBox()
        self.ideation.addItem(NOT_ASSESSED, None)
        for value in ("none", "passive", "active"):
            self.ideation.addItem(value, value)
        self.risk_plan = QCheckBox(self.tr("Plan"))
        self.risk_intent = QCheckBox(self.tr("Intent"))
        self.risk_means = QCheckBox(self.tr("Access to means"))
        self.risk_level = QComboBox()
        self.risk_level.addItem(NOT_ASSESSED, None)
        for value in ("low", "moderate", "high", "imminent"):
            self.risk_level.addItem(value, value)
        self.protective = QLineEdit()
        self.safety_plan = QPlainTextEdit()
        self.safety_plan.setMaximumHeight(70)
        for widget, name in ((self.ideation, "Suicidal ideation"), (self.risk_level, "Risk level"),
                             (self.protective, "Protective factors"), (self.safety_plan, "Safety plan")):
            widget.setAccessibleName(name)
        form = QFormLayout(self.risk_box)
        flags = QHBoxLayout()
        flags.addWidget(self.ideation)
        for box in (self.risk_plan, self.risk_intent, self.risk_means):
            flags.addWidget(box)
        flags.addStretch(1)
        form.addRow(self.tr("Ideation:"), flags)
        form.addRow(self.tr("Level:"), self.risk_level)
        form.addRow(self.tr("Protective factors:"), self.protective)
        form.addRow(self.tr("Safety plan:"), self.safety_plan)
        for signal in (self.ideation.currentIndexChanged, self.risk_level.currentIndexChanged,
                       self.risk_plan.toggled, self.risk_intent.toggled, self.risk_means.toggled,
                       self.protective.textEdited, self.safety_plan.textChanged, self.risk_box.toggled):
            signal.connect(self._edited)

    def _build_sections(self, values: dict[str, str]) -> None:
        while self.sections_layout.count():
            item = self.sections_layout.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        self.section_edits = {}
        template = get_template(str(self.template.currentData()))
        for key, heading in template.sections:
            label = QLabel(heading)
            label.setObjectName("sectionTitle")
            edit = QPlainTextEdit(values.get(key, ""))
            edit.setAccessibleName(heading)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(90 if len(template.sections) > 1 else 300)
            edit.textChanged.connect(self._edited)
            self.snippets.attach(edit)
            label.setBuddy(edit)
            self.sections_layout.addWidget(label)
            self.sections_layout.addWidget(edit, 1)
            self.section_edits[key] = edit
        self._set_read_only(self.signed)

    # --- state ---------------------------------------------------------------------------
    @property
    def note_id(self) -> str | None:
        return self.autosave.draft.note_id

    def snapshot(self) -> ProgressDraft:
        session = None
        if self.session_box.isChecked():
            session = {
                "date": self.session_date.date().toString("yyyy-MM-dd"),
                "duration_minutes": self.duration.value(),
                "modality": str(self.modality.currentData()),
                "setting": str(self.setting.currentData()),
                "cpt_code": self.cpt.text().strip() or None,
                "icd10_codes": code_list(self.icd.text()),
            }
        risk = None
        if self.risk_box.isChecked() and self.risk_complete():
            risk = {
                "ideation": self.ideation.currentData(), "plan": self.risk_plan.isChecked(),
                "intent": self.risk_intent.isChecked(), "means": self.risk_means.isChecked(),
                "level": self.risk_level.currentData(), "protective_factors": self.protective.text(),
                "safety_plan": self.safety_plan.toPlainText(),
            }
        sections = {k: e.toPlainText() for k, e in self.section_edits.items()}
        return ProgressDraft(str(self.template.currentData()), sections, session, risk)

    def risk_complete(self) -> bool:
        return self.ideation.currentData() is not None and self.risk_level.currentData() is not None

    def _edited(self, *_args: object) -> None:
        if self.signed:
            return
        if self.note_id is None and any(e.toPlainText() for e in self.section_edits.values()):
            self.template.setEnabled(False)  # the template is fixed once text exists
        self.autosave.changed()

    def text(self) -> str:
        return render(get_template(str(self.template.currentData())),
                      {k: e.toPlainText() for k, e in self.section_edits.items()})

    def _set_read_only(self, read_only: bool) -> None:
        for edit in self.section_edits.values():
            edit.setReadOnly(read_only)
        for box in (self.session_box, self.risk_box):
            box.setEnabled(not read_only)
        self.goals_box.set_read_only(read_only)
        self.template.setEnabled(not read_only and self.note_id is None)

    # --- loading an existing note ----------------------------------------------------------
    def _load(self, note_id: str) -> None:
        def job(v: Vault) -> tuple[ProgressNote, Session | None, NoteHistory]:
            history = notes.note_history(v, note_id)
            note = history.note
            if not isinstance(note, ProgressNote):
                raise NotFound("No progress note with that id.")
            session = sessions.get_session(v, note.session_id) if note.session_id else None
            return note, session, history

        self.autosave.enabled = False
        self.controller.query(self, job).success(self._loaded).run()

    def _loaded(self, result: tuple[ProgressNote, Session | None, NoteHistory]) -> None:
        note, session, history = result
        self.template.blockSignals(True)
        self.template.setCurrentIndex(max(0, self.template.findData(note.template)))
        self.template.blockSignals(False)
        self.template.setEnabled(False)
        self.session_box.blockSignals(True)
        if session is not None:
            self.session_date.setDate(QDate(session.date.year, session.date.month, session.date.day))
            self.duration.setValue(session.duration_minutes)
            self.modality.setCurrentIndex(max(0, self.modality.findData(session.modality)))
            self.setting.setCurrentIndex(max(0, self.setting.findData(session.setting)))
            self.cpt.setText(session.cpt_code)
            self.cpt.setModified(True)
            self.icd.setText(", ".join(session.icd10_codes))
            self.autosave.draft.session_id = session.session_id
        else:
            self.session_box.setChecked(False)
        self.session_box.blockSignals(False)
        if note.risk is not None:
            self.risk_box.setChecked(True)
            self.ideation.setCurrentText(note.risk.ideation)
            self.risk_plan.setChecked(note.risk.plan)
            self.risk_intent.setChecked(note.risk.intent)
            self.risk_means.setChecked(note.risk.means)
            self.risk_level.setCurrentText(note.risk.level)
            self.protective.setText(note.risk.protective_factors)
            self.safety_plan.setPlainText(note.risk.safety_plan)
        self.signed = note.signed
        self.goals_box.mark_recorded(note.goal_ids)
        self._build_sections(dict(note.sections))
        snap = self.snapshot()  # what is saved already: only later edits are saved again
        self.autosave.draft.saved_session, self.autosave.draft.saved_risk = snap.session, snap.risk
        self._show_signature(note, history)
        self.autosave.enabled = True
        if not self.signed and self._carry_mark is not None:
            # Just carried forward: the marker line is selected, so what the therapist types
            # first replaces it (the carried text below it stays). After the boxes are shown.
            key, self._carry_mark = self._carry_mark, None
            QTimer.singleShot(0, self, lambda: self._select_carry_mark(key))
        elif not self.signed:
            # A draft opened from the agenda or the worklist: the keyboard goes where the
            # writing starts (the first empty section), not to the template box.
            edits = list(self.section_edits.values())
            target = next((e for e in edits if not e.toPlainText().strip()), edits[0] if edits else None)
            if target is not None:
                # After the new section boxes are shown (the layout shows them from the
                # event queue): focus given to a hidden box does not stay there.
                QTimer.singleShot(0, target, lambda: target.setFocus(Qt.FocusReason.OtherFocusReason))

    def _show_signature(self, note: ProgressNote, history: NoteHistory | None) -> None:
        self.signed = note.signed
        self._set_read_only(self.signed)
        if self.signed:
            self.carry_button.setVisible(False)  # carry forward starts a note; this one is final
        self.sign_button.setEnabled(not self.signed)
        self.amend_button.setEnabled(self.signed)
        if note.signature is not None:
            self.signature_label.setText(signing.signature_line(note, history.signature_valid if history else None))
        if history is not None and history.amendments:
            self.history.setPlainText(amendment_text(history.amendments))
            self.history.setVisible(True)

    # --- actions ---------------------------------------------------------------------------
    def carry_forward(self) -> None:
        """Only before this editor has a note of its own: the carried note replaces the empty form."""
        from vault_app.services import faster_notes

        if self.autosave.draft.note_id is not None:
            self.status.setText(self.tr("This note is already started; carry forward starts a new one."))
            return
        cid = self.client_id
        self.carry_button.setEnabled(False)
        self.controller.op(self, lambda v: faster_notes.start_from_last(v, cid), label="Carrying forward…").success(
            self._carried).failure(show_inline(self.status)).finally_(lambda: self.carry_button.setEnabled(True)).run()

    def _carried(self, carried: CarriedNote) -> None:
        self.autosave.draft.note_id = carried.note.note_id
        self.carry_button.setVisible(False)
        # One focus decision after the load (see _show), not two racing each other.
        self._carry_mark = carried.carried_sections[0] if carried.carried_sections else ""
        self._load(carried.note.note_id)
        self.status.setText(f"Carried from the note of {carried.from_date.isoformat()}: edit the marked text "
                            "before signing.")

    def _select_carry_mark(self, key: str | None) -> None:
        edit = self.section_edits.get(key or "")
        if edit is None:
            return
        cursor = edit.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        edit.setTextCursor(cursor)
        edit.setFocus()

    def add_goals(self, goal_ids: list[str]) -> None:
        """The checked treatment-plan goals into the note (saved first, created if need be)."""
        if self.signed:
            return
        if not goal_ids:
            self.status.setText(self.tr("Tick one or more goals first (Space ticks the highlighted one)."))
            self.goals_box.list.setFocus()
            return
        self.autosave.flush()
        cid, draft, snap = self.client_id, self.autosave.draft, self.snapshot()
        self.controller.op(self, lambda v: note_goals.add_plan_goals(v, cid, draft, snap, goal_ids),
                           label=self.tr("Adding goals…")).success(
            lambda note: self._goals_added(note, snap, len(goal_ids))).failure(show_inline(self.status)).run()

    def _goals_added(self, note: ProgressNote, sent: ProgressDraft, count: int) -> None:
        keys = tuple(self.section_edits)
        for key, edit in self.section_edits.items():
            saved = note.sections.get(key, "")
            if edit.toPlainText() == saved:
                continue
            if edit.toPlainText() == sent.sections.get(key, ""):
                edit.setPlainText(saved)
            else:  # typed into meanwhile: the goal lines go below what was typed
                edit.setPlainText(with_goals({key: edit.toPlainText()}, keys, self._goals_of(note))[key])
        self.template.setEnabled(False)
        self.goals_box.mark_recorded(note.goal_ids)
        self.status.setText(self.tr("{0} goal(s) written into the note and recorded with it.").format(count))

    def _goals_of(self, note: ProgressNote) -> list[Goal]:
        return [g for g in self.goals_box.goals if g.goal_id in note.goal_ids]

    def copy_text(self) -> None:
        copy_sensitive(self.text())
        self.status.setText(self.tr("Copied. The clipboard is cleared in 30 seconds."))

    def sign_summary(self) -> list[str]:
        snap = self.snapshot()
        words = sum(len(text.split()) for text in snap.sections.values())
        lines = []
        if self.client is not None:
            lines.append(f"Chart {self.client.chart_number}")
        lines.append(f"{self.template.currentText()} note, {words} word(s)")
        if snap.session is not None:
            lines.append(f"Session {snap.session['date']}, {snap.session['duration_minutes']} min, "
                         f"CPT {snap.session['cpt_code'] or 'none'}")
        else:
            lines.append("No session recorded")
        lines.append("Risk screening: " + (snap.risk["level"] if snap.risk else "not done"))
        return lines

    def sign(self) -> None:
        """Ctrl+Shift+S and the button: a summary first, signing only on "Sign"."""
        if self.signed:
            return
        if self.risk_box.isChecked() and not self.risk_complete():
            self.status.setText(
                self.tr("Choose the ideation and the risk level, or untick Risk screening, before signing."))
            self.risk_level.setFocus()
            return
        self.sign_confirm = signing.ask_to_sign(self, PROGRESS, self.sign_summary(), self.sign_now)

    def sign_now(self) -> None:
        if not self.signed:
            signing.sign(self.controller, self, PROGRESS, self.autosave.flush, self.autosave.draft, self._signed)

    def _signed(self, history: NoteHistory) -> None:
        self.autosave.stop()
        if isinstance(history.note, ProgressNote):
            self._show_signature(history.note, history)
        self.status.setText(signing.SIGNED)

    def amend(self) -> None:
        note_id = self.note_id
        if note_id is not None:
            signing.amend(self.controller, self, PROGRESS, note_id, self.client, self.privacy,
                          lambda: self._load(note_id))

    def flush(self) -> None:
        self.autosave.flush()

    def clear(self) -> None:
        self.autosave.stop()
        for edit in self.section_edits.values():
            edit.clear()
        self.history.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.autosave.flush()
        super().closeEvent(event)

    def reject(self) -> None:
        self.autosave.flush()
        super().reject()


__all__ = ["NoteEditor"]

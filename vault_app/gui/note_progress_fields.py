"""What only a progress note has beside its text: the session it documents (date, length,
modality, setting, codes) and the risk screening. The progress-note window shows them
(note_editor.py); the text, saving and signing are the shared NoteForm's (note_form.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from vault_app.domain.cpt_on_length import (
    BILLED_MARKS,
    CodeOnLength,
    code_for_length,
    code_on_length,
    individual_psychotherapy,
)
from vault_app.gui import dates, practice_clock
from vault_app.gui.cpt_rule_words import code_said
from vault_app.gui.date_field import date_picker
from vault_app.gui.dates import qt_date_format, read_time, show_time
from vault_app.gui.forms import code_list
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.note_same_day import SameDayChoice
from vault_app.gui.number_field import MINUTES, TypedNumber, said
from vault_app.gui.widgets import leaves_by_tab, mnemonic_of
from vault_app.services.session_correction import is_billed
from vault_app.services.sessions import followed_cpt, suggest_cpt

if TYPE_CHECKING:
    from vault_app.domain.clinical import Session
    from vault_app.domain.clinical_notes import RiskAssessment
    from vault_app.gui.seam import Operations

# The words on screen for stored values, translated where shown (they were English in a
# Spanish note): the values stay as stored.
MODALITIES = (("individual", QT_TRANSLATE_NOOP("ProgressFields", "Individual")),
              ("couple", QT_TRANSLATE_NOOP("ProgressFields", "Couple")),
              ("family", QT_TRANSLATE_NOOP("ProgressFields", "Family")),
              ("group", QT_TRANSLATE_NOOP("ProgressFields", "Group")))
SETTINGS = (("in_person", QT_TRANSLATE_NOOP("ProgressFields", "In person")),
            ("telehealth", QT_TRANSLATE_NOOP("ProgressFields", "Telehealth")))
NOT_ASSESSED = QT_TRANSLATE_NOOP("ProgressFields", "not assessed")
IDEATION = (("none", QT_TRANSLATE_NOOP("ProgressFields", "none")),
            ("passive", QT_TRANSLATE_NOOP("ProgressFields", "passive")),
            ("active", QT_TRANSLATE_NOOP("ProgressFields", "active")))
RISK_LEVELS = (("low", QT_TRANSLATE_NOOP("ProgressFields", "low")),
               ("moderate", QT_TRANSLATE_NOOP("ProgressFields", "moderate")),
               ("high", QT_TRANSLATE_NOOP("ProgressFields", "high")),
               ("imminent", QT_TRANSLATE_NOOP("ProgressFields", "imminent")))


def _said(text: str) -> str:
    return QCoreApplication.translate("ProgressFields", text)


def _buddy(text: str, field: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(field)
    return label


class ProgressFields(QObject):
    """The session box and the risk-screening box; `edited` is called on every change."""

    def __init__(self, edited: Callable[..., None], controller: Operations | None = None) -> None:
        """`controller`: asks whether a saved session is on an issued superbill or statement
        (without it, only its billed, paid or denied mark says it is billed)."""
        super().__init__()
        self._controller = controller
        # The saved session shown, and whether it is billed: its code then never moves by itself
        # (domain/cpt_on_length.py), as in Correct session details…
        self._session: Session | None = None
        self._billed = False
        self._build_session_box(edited)
        self._build_risk_box(edited)

    # --- session -------------------------------------------------------------------------------
    def _build_session_box(self, edited: Callable[..., None]) -> None:
        self.session_box = QGroupBox(self.tr("Session"))
        self.session_box.setCheckable(True)
        self.session_box.setChecked(True)
        self.session_box.setToolTip(self.tr("Record the session this note documents (date, length, codes)"))
        # The practice's day (gui/practice_clock.py): a therapist in Madrid writing at 01:00 about a
        # Los Angeles session of 4 PM the day before had Madrid's day, the superbill's a day late.
        day = practice_clock.today()
        self.session_date = date_picker(self.tr("Session date"), QDate(day.year, day.month, day.day))
        self.session_date.setDisplayFormat(qt_date_format())  # the practice's convention (gui/dates.py)
        # A second visit the same day is told apart by its time (the sessions list shows it).
        self.start = QLineEdit()
        self._show_start_example()
        self.same_day = SameDayChoice(edited, self._attached)
        # "0" typed and Tab read 53 (Qt's last good number): kept as typed and said instead
        self.duration = TypedNumber(1, 600, 53, range_said=said(MINUTES))
        self.duration.setSuffix(" min")
        self.modality = QComboBox()
        for key, text in MODALITIES:
            self.modality.addItem(_said(text), key)
        self.setting = QComboBox()
        for key, text in SETTINGS:
            self.setting.addItem(_said(text), key)
        self.cpt = QLineEdit()
        self.cpt.setPlaceholderText(self.tr("suggested from length and modality"))
        self.icd = QLineEdit()
        self.icd.setPlaceholderText(self.tr("e.g. F41.1, F32.1"))
        self._examples = {f: f.placeholderText() for f in (self.start, self.cpt, self.icd)}
        self._start_shown = ""  # the start time as shown from the session (not typed since)
        # The (minutes, modality) the CPT shown was set for, and whether the therapist typed it:
        # a saved session's default code follows a change of modality or length, a typed one never.
        self._cpt_for: tuple[int, str] | None = None
        self._cpt_typed = False
        dates.follow_format(self.session_box, self._practice_format_changed)
        for widget, name in ((self.session_date, self.tr("Session date")), (self.start, self.tr("Start time")),
                             (self.duration, self.tr("Duration")),
                             (self.modality, self.tr("Modality")), (self.setting, self.tr("Setting")),
                             (self.cpt, self.tr("CPT code")), (self.icd, self.tr("ICD-10 codes"))):
            widget.setAccessibleName(name)
        # Each label takes the keyboard to its field (its buddy): rows of several fields get none
        # from the form, and Fecha, Inicio, Duración, CPT, CIE-10 had no Alt letter (found on Xvfb
        # in Spanish). Their letters are the editor's to choose, apart from its buttons'.
        date_label, start_label, length_label, modality_label, cpt_label, icd_label = self.session_labels = [
            _buddy(text, field) for text, field in (
                (self.tr("Date:"), self.session_date), (self.tr("Start:"), self.start),
                (self.tr("Length:"), self.duration), (self.tr("Modality:"), self.modality),
                (self.tr("CPT:"), self.cpt), (self.tr("ICD-10:"), self.icd))]
        form = QFormLayout(self.session_box)
        row = QHBoxLayout()
        row.addWidget(self.session_date)
        row.addWidget(start_label)
        row.addWidget(self.start)
        row.addWidget(length_label)
        row.addWidget(self.duration)
        row.addWidget(modality_label)
        row.addWidget(self.modality)
        row.addWidget(self.setting)
        row.addStretch(1)
        form.addRow(date_label, row)
        form.addRow("", self.same_day.row)
        codes = QHBoxLayout()
        codes.addWidget(self.cpt)
        codes.addWidget(icd_label)
        codes.addWidget(self.icd, 2)
        form.addRow(cpt_label, codes)
        # What the CPT time rule did to a saved session's code, said under it in the Session details
        # window's words (cpt_rule_words.py). A parent from the start (tests/gui/parentless.py).
        self.cpt_note = QLabel(self.session_box)
        self.cpt_note.setWordWrap(True)
        self.cpt_note.setObjectName("calmNote")
        form.addRow("", self.cpt_note)
        form.setRowVisible(self.cpt_note, False)
        self._session_form = form
        self.duration.valueChanged.connect(self._suggest_cpt)
        self.modality.currentIndexChanged.connect(self._suggest_cpt)
        self.cpt.textEdited.connect(self._typed_cpt)
        # A code typed is said against the length once typed (found on Xvfb: 90834 typed over a
        # billed 90837, the words under it still said 90837); not at each key (9, 90, 908…).
        self.cpt.editingFinished.connect(self._say_code)
        for signal in (self.session_date.dateChanged, self.duration.valueChanged, self.modality.currentIndexChanged,
                       self.setting.currentIndexChanged, self.cpt.textEdited, self.icd.textEdited,
                       self.start.textEdited, self.session_box.toggled):
            signal.connect(edited)
        self._suggest_cpt()

    def start_modality(self, modality: str) -> None:
        """A new note's modality before anything is typed (a couple's or family's chart: its
        kind), the CPT the services' suggestion for it. Not an edit: no draft is made of it."""
        index = self.modality.findData(modality)
        if index < 0:
            return
        self.modality.blockSignals(True)
        self.modality.setCurrentIndex(index)
        self.modality.blockSignals(False)
        self._suggest_cpt()

    def _typed_cpt(self, *_args: object) -> None:
        self._cpt_typed = True

    def cpt_by_hand(self) -> bool:
        """The code was typed by the therapist: a billed session's is saved only then (the
        autosave keeps a billed code otherwise: services/session_correction.billed_code_kept)."""
        return self._cpt_typed

    def _suggest_cpt(self) -> None:
        now = (self.duration.value(), str(self.modality.currentData()))
        before, self._cpt_for = self._cpt_for, now
        followed: CodeOnLength | None = None
        if self._cpt_typed or (self._billed and self.cpt.isModified()):
            pass  # the therapist's code stays, whatever the length or modality; a billed one too
        elif not self.cpt.isModified():
            suggestion = suggest_cpt(*now)
            self.cpt.setText(suggestion.code if suggestion else "")
        elif before is not None and before[1] == now[1] and self._individual():
            # A saved session's length corrected: the CPT time rule, as in Correct session details…
            code = code_on_length(self.cpt.text(), before[0], now[0], individual=True, is_billed=False)
            if code.outcome == "follows":
                self._show_cpt(code.proposed)
                followed = code
        elif before is not None:  # a saved session's code: it follows only while it is the default
            moved = followed_cpt(self.cpt.text(), before=before, after=now)
            if moved is not None:
                self._show_cpt(moved)
        self._say_code(followed)

    def _show_cpt(self, code: str) -> None:
        """A saved session's code shown: still the session's (setText alone made it a new
        note's suggestion, free to follow a billed session's length)."""
        self.cpt.setText(code)
        self.cpt.setModified(True)

    def _individual(self) -> bool:
        service = self._session.service_type if self._session is not None else "psychotherapy"
        return individual_psychotherapy(str(self.modality.currentData()), service)

    def _say_code(self, followed: CodeOnLength | None = None) -> None:
        """Under the code, where a saved session's is not the time rule's for the length shown:
        followed, kept as set by hand, kept on a billed session (cpt_rule_words.py)."""
        s = self._session
        said = ""
        if s is not None:
            minutes, kept = self.duration.value(), self.cpt.text().strip().upper()
            individual = self._individual()
            code = followed or code_on_length(kept, s.duration_minutes, minutes, individual=individual,
                                              is_billed=self._billed)
            if code.outcome == "follows" and followed is None:
                code = CodeOnLength("hand_set", code.proposed)  # not moved here (typed): said
            at_rest = code.outcome == "none"
            if at_rest:
                code = code_for_length(kept, minutes, individual=individual, is_billed=self._billed)
            said = code_said(code, kept, minutes, at_rest=at_rest)
        self.cpt_note.setText(said)
        self._session_form.setRowVisible(self.cpt_note, bool(said))

    def _billed_read(self, session_id: str, billed: bool) -> None:
        """An issued superbill or statement lists the session: billed. A code that moved with the
        length before the answer came goes back to the recorded one (never moved by itself)."""
        s = self._session
        if s is None or s.session_id != session_id:
            return  # another session shown meanwhile
        self._billed = billed
        if billed and not self._cpt_typed and self.cpt.text().strip().upper() != s.cpt_code:
            self._show_cpt(s.cpt_code)
        self._say_code()

    def session(self) -> dict[str, Any] | None:
        if not self.session_box.isChecked():
            return None
        found: dict[str, Any] = {
            "date": self.session_date.date().toString("yyyy-MM-dd"),
            "duration_minutes": self.duration.value(),
            "modality": str(self.modality.currentData()),
            "setting": str(self.setting.currentData()),
            "cpt_code": self.cpt.text().strip() or None,
            "icd10_codes": code_list(self.icd.text()),
        }
        typed = self.start.text().strip()
        if typed:  # left empty: a time recorded elsewhere (the agenda's) stays
            # As the practice writes it ("2:30 PM") or 24-hour; what is not a time goes as typed,
            # for the service to say so.
            found["start_time"] = read_time(typed) or typed
        return found

    def _attached(self, session: Session | None) -> None:
        if session is None:
            self.start.clear()
        else:
            self.show_session(session)

    def show_session(self, session: Session | None, note_day: date | None = None) -> None:
        """A saved note's session; without one, the note's own day in the date box (found: a
        note of last Tuesday without a session showed today's date there)."""
        self.session_box.blockSignals(True)
        if session is None and note_day is not None:
            self.session_date.setDate(QDate(note_day.year, note_day.month, note_day.day))
        if session is not None:
            self.session_date.setDate(QDate(session.date.year, session.date.month, session.date.day))
            self.start.setText(show_time(session.start_time))
            self._start_shown = self.start.text()
            self.duration.setValue(session.duration_minutes)
            self.modality.setCurrentIndex(max(0, self.modality.findData(session.modality)))
            self.setting.setCurrentIndex(max(0, self.setting.findData(session.setting)))
            self.cpt.setText(session.cpt_code)
            self.cpt.setModified(True)
            self._cpt_for, self._cpt_typed = (session.duration_minutes, session.modality), False
            self.icd.setText(", ".join(session.icd10_codes))
        self._session = session
        self._billed = session is not None and session.billing_status in BILLED_MARKS
        if session is not None and self._controller is not None and not self._billed:
            session_id = session.session_id
            self._controller.query(self.session_box, lambda v: is_billed(v, session_id)).success(
                lambda billed: self._billed_read(session_id, billed)).run()
        self._say_code()
        # Checked with a session: a note linked to one later shows it (and edits correct it).
        self.session_box.setChecked(session is not None)
        self.session_box.blockSignals(False)

    def _practice_format_changed(self) -> None:
        """The start time's example, and the time shown from the session if not typed over
        since, in the practice's new format ("14:30" for "2:30 PM"): the same time, so nothing
        is saved for it (setText is not an edit)."""
        self._examples[self.start] = self._show_start_example(keep_empty=True)
        shown = self.start.text()
        at = read_time(shown) if shown and shown == self._start_shown else None
        if at is not None:
            self.start.setText(show_time(at))
            self._start_shown = self.start.text()

    def _show_start_example(self, *, keep_empty: bool = False) -> str:
        """The start time's example, said as one ("e.g. 2:30 PM"), the field wide enough for it.
        Found: a bare "2:30 PM", greyed in a note without a session beside its greyed values,
        read as a recorded start time. `keep_empty`: a signed note shows no example."""
        example = self.tr("e.g. {0}").format(show_time(time(14, 30)))
        if not (keep_empty and not self.start.placeholderText()):
            self.start.setPlaceholderText(example)
        margins = self.start.textMargins()
        self.start.setMaximumWidth(max(70, self.start.fontMetrics().horizontalAdvance(example)
                                       + margins.left() + margins.right() + 16))
        return example

    # --- risk screening ---------------------------------------------------------------------------
    def _build_risk_box(self, edited: Callable[..., None]) -> None:
        self.risk_box = QGroupBox(self.tr("Risk screening"))
        self.risk_box.setCheckable(True)
        self.risk_box.setChecked(False)
        # Nothing is preselected: a screening result is the therapist's finding, and a
        # default ("none", "low") would be signed as if it had been assessed.
        self.ideation = QComboBox()
        self.ideation.addItem(_said(NOT_ASSESSED), None)
        for value, text in IDEATION:
            self.ideation.addItem(_said(text), value)
        self.risk_plan = QCheckBox(self.tr("Plan"))
        self.risk_intent = QCheckBox(self.tr("Intent"))
        self.risk_means = QCheckBox(self.tr("Access to means"))
        self.risk_level = QComboBox()
        self.risk_level.addItem(_said(NOT_ASSESSED), None)
        for value, text in RISK_LEVELS:
            self.risk_level.addItem(_said(text), value)
        self.protective = QLineEdit()
        self.safety_plan = leaves_by_tab(QPlainTextEdit())
        self.safety_plan.setMaximumHeight(70)
        for widget, name in ((self.ideation, self.tr("Suicidal ideation")), (self.risk_level, self.tr("Risk level")),
                             (self.protective, self.tr("Protective factors")),
                             (self.safety_plan, self.tr("Safety plan"))):
            widget.setAccessibleName(name)
        form = QFormLayout(self.risk_box)
        flags = QHBoxLayout()
        flags.addWidget(self.ideation)
        for box in (self.risk_plan, self.risk_intent, self.risk_means):
            flags.addWidget(box)
        flags.addStretch(1)
        # Alt letters of their own (found in the real app: the safety plan was seven Tabs from
        # Subjective). Chosen by hand in each language, apart from the editor's buttons (which
        # avoid them: RISK_LETTERS), none of them a faint I, i, l, J, j.
        self.risk_labels: list[QLabel] = []
        for text, field in ((self.tr("Id&eation:"), self.ideation), (self.tr("&Level:"), self.risk_level),
                            (self.tr("&Protective factors:"), self.protective),
                            (self.tr("Safety pla&n:"), self.safety_plan)):
            label = QLabel(text)
            label.setBuddy(field)  # the ideation's row is a layout: Qt gives it no buddy by itself
            self.risk_labels.append(label)
        form.addRow(self.risk_labels[0], flags)
        form.addRow(self.risk_labels[1], self.risk_level)
        form.addRow(self.risk_labels[2], self.protective)
        form.addRow(self.risk_labels[3], self.safety_plan)
        for signal in (self.ideation.currentIndexChanged, self.risk_level.currentIndexChanged,
                       self.risk_plan.toggled, self.risk_intent.toggled, self.risk_means.toggled,
                       self.protective.textEdited, self.safety_plan.textChanged, self.risk_box.toggled):
            signal.connect(edited)

    def risk_letters(self) -> set[str]:
        """The risk screening's Alt letters: the editor's buttons choose theirs apart from them."""
        return {mnemonic_of(label.text()) for label in self.risk_labels} - {""}

    def risk_complete(self) -> bool:
        return self.ideation.currentData() is not None and self.risk_level.currentData() is not None

    def risk(self) -> dict[str, Any] | None:
        if not (self.risk_box.isChecked() and self.risk_complete()):
            return None
        return {
            "ideation": self.ideation.currentData(), "plan": self.risk_plan.isChecked(),
            "intent": self.risk_intent.isChecked(), "means": self.risk_means.isChecked(),
            "level": self.risk_level.currentData(), "protective_factors": self.protective.text(),
            "safety_plan": self.safety_plan.toPlainText(),
        }

    def show_risk(self, risk: RiskAssessment | None) -> None:
        if risk is None:
            return
        self.risk_box.setChecked(True)
        self.ideation.setCurrentIndex(max(0, self.ideation.findData(risk.ideation)))
        self.risk_plan.setChecked(risk.plan)
        self.risk_intent.setChecked(risk.intent)
        self.risk_means.setChecked(risk.means)
        self.risk_level.setCurrentIndex(max(0, self.risk_level.findData(risk.level)))
        self.protective.setText(risk.protective_factors)
        self.safety_plan.setPlainText(risk.safety_plan)

    def set_read_only(self, read_only: bool) -> None:
        for box in (self.session_box, self.risk_box):
            box.setEnabled(not read_only)
        # A signed note showed the examples in its empty fields ("2:30 PM", "e.g. F41.1,
        # F32.1") in the same dark grey as its values, as if recorded (found in the real
        # app): a signed note shows only what it holds.
        for field, example in self._examples.items():
            field.setPlaceholderText("" if read_only else example)


__all__ = ["MODALITIES", "NOT_ASSESSED", "SETTINGS", "ProgressFields"]

"""Enter a completed measure: the therapist types the client's item answers; the total and
band show at once, and a risk item (PHQ-9 item 9) above zero shows its flag before saving.
After saving a flagged measure the dialog stays open on what happened to the session's
note and offers the next steps (the confidentiality decision, the note's safety plan)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.measures.engine import Instrument
from vault_app.gui.chart_words import MODALITY, SEVERITY, shown
from vault_app.gui.date_field import ISO, date_picker, unfinished_date
from vault_app.gui.dates import show_date
from vault_app.gui.decision_dialog import DecisionDialog
from vault_app.gui.escape_guard import GuardedDialog
from vault_app.gui.forms import action_buttons, error_label
from vault_app.gui.held import HeldEntry
from vault_app.gui.i18n import current_language
from vault_app.gui.measure_words import name_shown, risk_shown, step_shown
from vault_app.gui.refusal_focus import show_inline_at
from vault_app.gui.screen_fit import size_in_screen
from vault_app.gui.widgets import (
    aloud_label,
    form_letters,
    give_button_mnemonics,
    give_form_mnemonics,
    let_go,
    scrolled,
)
from vault_app.gui.wrapped_label import WrappedLabel
from vault_app.services import measures

if TYPE_CHECKING:
    from vault_app.gui.seam import App

NO_ANSWER = "—"
OUTCOME_TEXT = {
    "noted_in_draft": QT_TRANSLATE_NOOP("MeasureDialog", "A line was added to this session's draft progress note."),
    "draft_started": QT_TRANSLATE_NOOP("MeasureDialog",
                                       "A draft progress note was started for this session with a line about it."),
    "note_signed": QT_TRANSLATE_NOOP("MeasureDialog", "This session's progress note is already signed, so it was "
                                                      "not changed: add an addendum."),
    "no_session": QT_TRANSLATE_NOOP("MeasureDialog", "No session is linked, so no progress note was changed."),
}


def answers_height(scroll: QScrollArea) -> int:
    """How tall the items are at the scroll area's width (their wrapped words as drawn)."""
    body, width = scroll.widget(), scroll.viewport().width()
    if body is None:
        return 0
    found = body.heightForWidth(width) if body.hasHeightForWidth() else -1
    return found if found >= 0 else body.sizeHint().height()


class MeasureDialog(GuardedDialog):
    saved = Signal(object)  # services.measures.RecordedMeasure

    def __init__(self, controller: App, client_id: str, *, instrument: str = "phq9",
                 parent: QWidget | None = None, privacy: bool = False,
                 open_note: Callable[[str | None, str], object] | None = None) -> None:
        """`open_note`: the chart's, opening a note (None: a new one) where the flag's next steps are
        written (services/measures.note_way): its risk screening, or a signed note's addendum."""
        super().__init__(parent)
        self.controller = controller
        self.open_note = open_note
        self.client_id = client_id
        self.privacy = privacy
        self.result_: measures.RecordedMeasure | None = None
        self._held_session: str | None = None  # a session to choose again once the sessions are read
        # The refusal shown names items unanswered: it goes once they all are (it said them missing
        # beside the total until the next Save, found on the real app).
        self._refused_incomplete = False
        self.setWindowTitle(self.tr("Enter a measure"))
        self.setObjectName("measureDialog")
        self.instrument_box = QComboBox()
        self.instrument_box.setAccessibleName(self.tr("Measure"))
        for inst in measures.available():
            self.instrument_box.addItem(f"{inst.title}: {name_shown(inst)}", inst.key)
        self.instrument_box.setCurrentIndex(max(0, self.instrument_box.findData(instrument)))
        self.when = date_picker(self.tr("Date taken"))
        self.session_box = QComboBox()
        self.session_box.setAccessibleName(self.tr("Session"))
        self.session_box.addItem(self.tr("No session (or the one session that day)"), None)
        self._session_days: dict[str, QDate] = {}
        self._own_day: QDate | None = None  # the field's day before a session's day was shown in it
        self.session_box.currentIndexChanged.connect(self._session_chosen)
        top = QFormLayout()
        top.addRow(self.tr("Measure:"), self.instrument_box)
        top.addRow(self.tr("Date:"), self.when)
        top.addRow(self.tr("Session:"), self.session_box)
        self.prompt = QLabel("")
        self.prompt.setWordWrap(True)
        self.prompt.setObjectName("calmNote")
        # A measure with no validated translation held shows in its English original: said, calmly,
        # on a screen in another language (the GAD-7 in English on a Spanish screen, unexplained,
        # looked like a forgotten translation to a walker).
        self.original_note = WrappedLabel(self.tr("No validated translation of this measure is included, so it is "
                                                  "shown in its English original."))
        self.original_note.setObjectName("calmNote")
        self.original_note.hide()
        self.items_box = QWidget()
        # A grid, not a form layout: a form squeezes wrapped item texts into the combo's height.
        self.items_grid = QGridLayout(self.items_box)
        self.items_grid.setColumnStretch(0, 1)
        self.items_grid.setVerticalSpacing(8)
        self.items_scroll = scroll = scrolled(self.items_box)
        self.score_label = QLabel("")
        self.score_label.setObjectName("sectionTitle")
        self.score_label.setAccessibleName(self.tr("Score"))
        self.risk_label = aloud_label("", "verdictRefused")  # said to a screen reader as it comes
        self.risk_label.setAccessibleName(self.tr("Risk flag"))
        self.risk_label.hide()
        # And the window as wide as the screen has room for, up to what the steps take in few lines:
        # in 720 pixels at 150 % their lines pushed the window past the screen's bottom.
        self.resize(size_in_screen(self, QSize(max(self.width(), 960), self.height())))
        self.citation = QLabel("")
        self.citation.setWordWrap(True)
        self.citation.setObjectName("calmNote")
        self.message = error_label()
        self.buttons, self.save_button = action_buttons(self, self.tr("Save"), self.save)
        self.after = self._after_box()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.original_note)
        layout.addWidget(self.prompt)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.score_label)
        layout.addWidget(self.risk_label)
        layout.addWidget(self.citation)
        layout.addWidget(self.message)
        layout.addWidget(self.after)
        layout.addWidget(self.buttons)
        self.answer_boxes: list[QComboBox] = []
        self.instrument_box.currentIndexChanged.connect(self._build_items)
        self._build_items()
        # At most the screen's room (the items scroll): at 760 pixels on a 1280x720 laptop, Save
        # and Cancel were below the screen's edge, out of the mouse's reach.
        self.resize(size_in_screen(self, QSize(720, 760)))
        self.controller.query(self, lambda v: measures.sessions_for_entry(v, client_id)).success(
            self._sessions).run()

    # --- building ------------------------------------------------------------------------------
    def _after_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Risk flag: next steps"))
        # As tall as its lines: a plain label was given one line's minimum and, in a window as tall
        # as a 1366x768 screen, was squeezed and cut at its top (found on the real app in Spanish).
        self.after_text = WrappedLabel("")
        self.after_text.setAccessibleName(self.tr("What happened and what to do next"))
        self.decision_button = QPushButton(self.tr("Open the confidentiality decision…"))
        self.decision_button.clicked.connect(self.open_decision)
        # Where the safety plan is written (found on the real app: the note had to be found by
        # hand in the chart, and its risk screening ticked, after the decision).
        # In its box from the start: shown while it had no parent, it was a window of its own for a
        # moment (tests/gui/parentless.py).
        self.note_button = QPushButton(self.tr("Open the session's note"), box)
        self.note_button.clicked.connect(self.open_session_note)
        self.note_button.setVisible(self.open_note is not None)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.decision_button)
        row.addWidget(self.note_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.after_text)
        layout.addLayout(row)
        box.hide()
        return box

    @property
    def instrument(self) -> Instrument:
        return measures.instrument(str(self.instrument_box.currentData()))

    def _build_items(self) -> None:
        while self.items_grid.count():
            taken = self.items_grid.takeAt(0)
            let_go(taken.widget() if taken is not None else None)  # its Alt letter no longer taken
        self.answer_boxes = []
        inst = self.instrument
        # The instrument's published words in the screen's language (its English when none is
        # held): data in the domain, not es.ts, so no translator rewords a validated item.
        language = current_language()
        words = inst.wording(language)
        self.original_note.setVisible(words.language != language)
        self.prompt.setText(words.prompt)
        self.citation.setText(f"{inst.title}: {inst.citation}")
        for n, text_of_item in enumerate(words.items, 1):
            box = QComboBox()
            box.setAccessibleName(self.tr("Item {n}: {text}").format(n=n, text=text_of_item))
            box.addItem(NO_ANSWER, None)
            for option, label in zip(inst.options, words.options, strict=True):
                box.addItem(f"{option.value}  {label}", option.value)
            box.currentIndexChanged.connect(self._rescore)
            box.setMinimumWidth(230)
            text = QLabel(f"{n}. {text_of_item}")
            text.setWordWrap(True)
            text.setBuddy(box)
            # Each item's words beside its answer, top to top: spread over a box made for the
            # PHQ-9's nine, a GAD-7 item's words sat halfway between two answers (found in the
            # real app); the room left over goes below the last item.
            self.items_grid.addWidget(text, n - 1, 0, Qt.AlignmentFlag.AlignTop)
            self.items_grid.addWidget(box, n - 1, 1, Qt.AlignmentFlag.AlignTop)
            self.answer_boxes.append(box)
        for row in range(self.items_grid.rowCount()):
            self.items_grid.setRowStretch(row, 0)
        self.items_grid.setRowStretch(len(inst.items), 1)
        # Tab goes from the session through the items, then to Save: Qt's order is the order
        # widgets were made, and the items (made after Save and Cancel, and again for another
        # measure) came after them, so the answers typed after the session went onto the buttons.
        previous: QWidget = self.session_box
        for box in self.answer_boxes:
            QWidget.setTabOrder(previous, box)
            previous = box
        # Letters are given as the window shows (forms.action_buttons): items made after that, for
        # another measure, had none (the GAD-7's, found on the real app). The letters other labels
        # and buttons have stay theirs.
        if self.isVisible():
            give_form_mnemonics(self, [self.save_button])
        self._rescore()

    def _sessions(self, found: list[Any]) -> None:
        for s in found:
            self._session_days[s.session_id] = QDate(s.date.year, s.date.month, s.date.day)
            self.session_box.addItem(self.tr("{day}  {minutes} min  {modality}").format(
                day=show_date(s.date), minutes=s.duration_minutes, modality=shown(MODALITY, s.modality)), s.session_id)
        if self._held_session is not None:
            self._choose_session(self._held_session)

    def _session_chosen(self, _index: int) -> None:
        """A session's measure takes the session's date, so the date field is off and shows that
        day: it went on saying today's date beside the 11/21 session chosen (found on the real
        app). A date half typed stays as typed (greyed), to be asked again if no session is
        chosen after all; a whole day the field had comes back then."""
        day = self._session_days.get(self.session_box.currentData())
        if day is None:
            self.when.setEnabled(True)
            if self._own_day is not None:
                self.when.setDate(self._own_day)
                self._own_day = None
            return
        if self.when.isEnabled() and not self.when.half_typed():
            self._own_day = self.when.date()
        self.when.setEnabled(False)
        if self._own_day is not None:
            self.when.setDate(day)

    def _choose_session(self, session_id: str) -> None:
        found = self.session_box.findData(session_id)
        if found >= 0:
            self.session_box.setCurrentIndex(found)
            self._held_session = None
        else:  # not read yet: chosen when the sessions come
            self._held_session = session_id

    # --- held over a lock (gui/held.py) --------------------------------------------------------
    def held_entry(self) -> HeldEntry | None:
        """The answers chosen and not saved, to come back after the unlock: four answers taken
        from the client's paper form were gone at an idle lock, without a word (found on the
        real app). Held in the records compartment, where the measure is saved."""
        if not self.typed():
            return None
        # With a session chosen the field shows the session's day: the day typed before is what
        # "No session" brings back, after the unlock too (held as the session's, it came back so).
        day = self._own_day if self._own_day is not None else self.when.date()
        return {"where": "records", "dialog": "measure", "context": {"client_id": self.client_id},
                "fields": {"instrument": self.instrument.key, "session_id": self.session_box.currentData(),
                           "taken_on": day.toString(ISO), "answers": self.answers()}}

    def restore_fields(self, fields: dict[str, Any]) -> None:
        found = self.instrument_box.findData(fields.get("instrument"))
        if found >= 0:
            self.instrument_box.setCurrentIndex(found)  # its items made again, unanswered
        day = QDate.fromString(str(fields.get("taken_on", "")), ISO)
        if day.isValid():
            self.when.setDate(day)
        if fields.get("session_id"):
            self._choose_session(str(fields["session_id"]))
        answers = fields.get("answers")
        if isinstance(answers, list) and len(answers) == len(self.answer_boxes):
            for box, value in zip(self.answer_boxes, answers, strict=True):
                box.setCurrentIndex(max(0, box.findData(value)))
        # After the items made again for another measure are on screen (a hidden one takes no focus).
        QTimer.singleShot(0, self, self._focus_first_open)

    def _focus_first_open(self) -> None:
        """The keyboard on the first item left to answer: the therapist goes on from the paper."""
        first_open = next((box for box in self.answer_boxes if box.currentData() is None), None)
        (first_open or self.save_button).setFocus(Qt.FocusReason.OtherFocusReason)

    # --- live score ----------------------------------------------------------------------------
    def typed(self) -> bool:
        """Answers chosen and not saved: a client's nine answers (item 9 among them) were gone at one
        stray Escape (found on the real app). Saved, Escape closes the window as before."""
        return self.result_ is None and any(a is not None for a in self.answers())

    def answers(self) -> list[int | None]:
        return [box.currentData() for box in self.answer_boxes]

    def set_answers(self, values: list[int]) -> None:
        for box, value in zip(self.answer_boxes, values, strict=True):
            box.setCurrentIndex(box.findData(value))

    def _rescore(self) -> None:
        inst = self.instrument
        answers = self.answers()
        given = [a for a in answers if a is not None]
        risky = [n for n, (item, a) in enumerate(zip(inst.items, answers, strict=True), 1)
                 if item.link_id in inst.risk_item_ids and a]
        if len(given) == len(answers):
            s = inst.score(answers)
            self.score_label.setText(self.tr("Total {total} of {maximum}: {band}").format(
                total=s.total, maximum=s.maximum, band=shown(SEVERITY, s.band)))
        else:
            self.score_label.setText(self.tr("{given} of {items} answered: so far {sum} (every item is needed for a "
                                             "score)").format(given=len(given), items=len(answers), sum=sum(given)))
        if self._refused_incomplete and len(given) == len(answers):
            self._refused_incomplete = False
            self.message.setText("")
        if risky:
            self.risk_label.setText("⚠ " + risk_shown(inst))
        self.risk_label.setVisible(bool(risky))

    # --- saving --------------------------------------------------------------------------------
    def save(self) -> None:
        self.message.setText("")
        self._refused_incomplete = False
        if unfinished_date(self.when):
            return
        key, answers, cid = self.instrument.key, self.answers(), self.client_id
        session_id = self.session_box.currentData()
        day = None if session_id else self.when.date().toString(ISO)
        # A risk flag's line in the draft note is in the screen's language, as the items were.
        language = current_language()
        self.save_button.setEnabled(False)
        self.controller.op(
            self, lambda v: measures.record_measure(v, cid, key, answers, session_id=session_id, taken_on=day,
                                                    language=language),
            label=self.tr("Saving…"),
        ).success(self._saved).failure(self._refused) \
            .finally_(lambda: self.save_button.setEnabled(self.result_ is None)).run()

    def _refused(self, exc: BaseException) -> bool:
        shown = show_inline_at(self.message, {"taken_on": self.when})(exc)
        self._refused_incomplete = shown and getattr(exc, "code", "") == "measure.incomplete"
        return shown

    def _saved(self, result: measures.RecordedMeasure) -> None:
        self.result_ = result
        self.saved.emit(result)
        if result.flag is None:
            self.accept()
            return
        flag = result.flag
        saved = self.tr("Saved: {measure} total {total} ({band}).").format(
            measure=result.instrument.title, total=result.measure.total, band=shown(SEVERITY, result.measure.band))
        self.after_text.setText(f"{saved}\n{risk_shown(result.instrument)}\n{self.tr(str(OUTCOME_TEXT[flag.note_outcome]))}\n\n"
                                + "\n".join(f"• {step_shown(s)}" for s in flag.next_steps))
        # What was saved stays in view and unchangeable: the measure list, reached by its Alt
        # letter, put another measure's empty items under "Saved: PHQ-9 ..." (found on the real app).
        for field in (self.instrument_box, self.when, self.session_box):
            field.setEnabled(False)
        self._answers_fixed()
        # The next steps say the flag again, and the total stays said above them: the room of the
        # flag, of the instruction, of the citation (the saved line names the measure) and of the
        # refusal line (nothing is left to refuse) goes to the steps and the answers. The steps
        # were squeezed and cut at their top at 1366x768 (found on the real app in Spanish) and
        # below the screen's edge at 150 %.
        for shown_before in (self.risk_label, self.prompt, self.original_note, self.citation, self.message):
            shown_before.hide()
        self.buttons.hide()
        self.after.show()
        # Save's and Cancel's letters are free now: in English every letter of "Close" was another's.
        taken = {letter for widget, letter in form_letters(self) if letter and widget.isVisible()}
        # No session: no note was touched; the plan goes in a note for today. A signed note takes
        # an addendum only: "Open the session's note" landed on its greyed-out risk fields.
        self.note_button.setText(self.tr("Add an addendum to the session's note") if flag.note_way == "addendum"
                                 else self.tr("Open the session's note") if flag.note_id
                                 else self.tr("Start a note for today"))
        give_button_mnemonics([self.decision_button, self.note_button, self.close_button], taken)
        self.decision_button.setFocus()

    def _answers_fixed(self) -> None:
        """Each item's answer as words in its list's place, read and not changeable: with the
        items hidden to give the steps room, the therapist saw the total and the steps but no
        longer what was answered, and the rows left were spread over the room the items had
        (found on the real app). The items scroll in what room the steps leave."""
        for row, box in enumerate(self.answer_boxes):
            answer = QLabel(box.currentText())
            answer.setAccessibleName(box.accessibleName())
            answer.setObjectName("savedAnswer")
            answer.setMinimumWidth(box.minimumWidth())
            self.items_grid.addWidget(answer, row, 1, Qt.AlignmentFlag.AlignTop)
            box.hide()
            item = self.items_grid.itemAtPosition(row, 0)
            text = item.widget() if item is not None else None
            if isinstance(text, QLabel):
                # No Alt letter leads to a list no longer there (its letter free for Close).
                text.setBuddy(None)  # type: ignore[arg-type]
                text.setText(text.text().replace("&&", "\0").replace("&", "").replace("\0", "&&"))
        # The steps' box as tall as its lines; the items take the rest of the window.
        self.after.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        QTimer.singleShot(0, self, self._fit_to_answers)

    def _fit_to_answers(self) -> None:
        """The window no taller than the answers and the steps need: the room the item lists had
        below the last item stayed as an empty band once they were words (the real app)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        spare = self.items_scroll.viewport().height() - answers_height(self.items_scroll)
        if spare > 0:
            self.resize(self.width(), self.height() - spare)

    def open_session_note(self) -> None:
        """The flagged session's note (or a new one for today), at its risk screening; a signed
        note at a new addendum, its text taking the keyboard."""
        if self.result_ is None or self.result_.flag is None or self.open_note is None:
            return
        flag = self.result_.flag
        self.accept()  # first: the note's window comes up over the chart, not under this one
        self.open_note(flag.note_id, flag.note_way)

    def open_decision(self) -> QDialog | None:
        if self.result_ is None or self.result_.flag is None:
            return None
        self.decision_dialog = DecisionDialog(self.controller, self.client_id,
                                              session_id=self.result_.measure.session_id,
                                              trigger=self.result_.flag.decision_trigger, parent=self.parentWidget(),
                                              privacy=self.privacy)
        self.decision_dialog.show()
        self.accept()
        return self.decision_dialog

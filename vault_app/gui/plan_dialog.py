"""The treatment plan of one chart: problems, diagnoses, modality and frequency, dates, and
goals with their objectives. Goals keep their ids, so progress notes that refer to a goal
still do after it is reworded; a goal a note refers to is marked met or discontinued rather
than removed (the service refuses, and the message says so). Held across a lock, the goals are
put back over the goals as they are now each on its own (gui/held_goals.py); a goal field both
the form and another program changed is shown both ways, and Save waits for a choice."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.clinical import GOAL_STATUSES
from vault_app.gui import screen_fit
from vault_app.gui.chart_words import GOAL_STATUS, GOAL_STATUS_CHOICE, shown
from vault_app.gui.date_field import unfinished_date
from vault_app.gui.dates import show_date
from vault_app.gui.down_only_scroll import DownOnlyScrollArea
from vault_app.gui.escape_guard import GuardedDialog
from vault_app.gui.forms import action_buttons, choice_box, code_list, error_label, hbox, line_edit
from vault_app.gui.held import READ_KEY, HeldEntry, half_typed_dates, over_now
from vault_app.gui.held_goals import THEIRS, keep_mine, merge_goals, take_theirs, to_choose
from vault_app.gui.optional_date_field import OptionalDateField
from vault_app.gui.refusal_focus import show_inline_at
from vault_app.gui.widgets import add_row, aloud_label, iso, leaves_by_tab, make_tree
from vault_app.services import plans

if TYPE_CHECKING:
    from vault_app.domain.clinical import TreatmentPlan
    from vault_app.gui.seam import App


class PlanDialog(GuardedDialog):
    saved = Signal()

    def __init__(self, controller: App, client_id: str, plan: TreatmentPlan | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.client_id = client_id
        self.setWindowTitle(self.tr("Treatment plan"))
        # The goals being edited, in order; an entry with a goal_id is an existing goal.
        self.goals: list[dict[str, Any]] = [
            {"goal_id": g.goal_id, "description": g.description, "objectives": list(g.objectives),
             "target_date": iso(g.target_date), "status": g.status}
            for g in (plan.goals if plan else ())
        ]
        self.current: int | None = None
        self.problems = leaves_by_tab(QPlainTextEdit(plan.problems if plan else ""))
        self.problems.setAccessibleName(self.tr("Problem list"))
        self.problems.setPlaceholderText(self.tr("Presenting problems, in the client's words where useful"))
        self.problems.setMaximumHeight(90)
        self.diagnoses = line_edit(", ".join(plan.diagnosis_codes) if plan else "", self.tr("Diagnosis codes (ICD-10)"),
                               self.tr("e.g. F41.1, F32.1"))
        self.modality = line_edit(plan.modality_frequency if plan else "", self.tr("Modality and frequency"),
                              self.tr("e.g. individual CBT, weekly"))
        self.start = OptionalDateField(self.tr("Plan start date"), iso(plan.start_date) if plan else "")
        self.review = OptionalDateField(self.tr("Plan review date"), iso(plan.review_date) if plan else "")

        self.goal_list = make_tree(["#", self.tr("Goal"), self.tr("Target"), self.tr("Status")], self.tr("Goals"))
        self.goal_list.currentItemChanged.connect(self._picked)
        self.description = line_edit("", self.tr("Goal description"))
        self.objectives = leaves_by_tab(QPlainTextEdit())
        self.objectives.setAccessibleName(self.tr("Objectives, one per line"))
        self.objectives.setPlaceholderText(self.tr("One measurable objective per line"))
        self.objectives.setMaximumHeight(80)
        self.target = OptionalDateField(self.tr("Goal target date"))
        self.status = choice_box(GOAL_STATUSES, "active", self.tr("Goal status"), GOAL_STATUS_CHOICE)
        self.description.textEdited.connect(self._goal_edited)
        self.objectives.textChanged.connect(self._goal_edited)
        self.target.dateChanged.connect(self._goal_edited)
        self.status.currentIndexChanged.connect(self._goal_edited)
        add = QPushButton(self.tr("Add goal"))
        add.clicked.connect(self.add_goal)
        self.remove_button = QPushButton(self.tr("Remove goal"))
        self.remove_button.setToolTip(self.tr("Goals that notes refer to are marked met or discontinued instead"))
        self.remove_button.clicked.connect(self.remove_goal)
        self.message = error_label()
        # A goal field both this form and another program changed while the window was locked:
        # the other program's value beside what was typed, and the two ways to choose.
        self.theirs = aloud_label("", "verdictRefused")  # said to a screen reader as it comes
        self.theirs.setTextFormat(Qt.TextFormat.PlainText)
        self.keep_mine_button = QPushButton(self.tr("Keep what I typed"))
        self.keep_mine_button.clicked.connect(self.keep_typed_goal)
        self.take_theirs_button = QPushButton(self.tr("Use the other program's"))
        self.take_theirs_button.clicked.connect(self.take_other_goal)
        self.choice = QWidget()
        choice_layout = QVBoxLayout(self.choice)
        choice_layout.setContentsMargins(0, 0, 0, 0)
        choice_layout.addWidget(self.theirs)
        choice_buttons = QHBoxLayout()
        choice_buttons.addStretch(1)
        choice_buttons.addWidget(self.keep_mine_button)
        choice_buttons.addWidget(self.take_theirs_button)
        choice_layout.addLayout(choice_buttons)
        self.choice.setVisible(False)

        plan_box = QGroupBox(self.tr("Plan"))
        form = QFormLayout(plan_box)
        form.addRow(self.tr("Problems:"), self.problems)
        form.addRow(self.tr("Diagnoses:"), self.diagnoses)
        form.addRow(self.tr("Modality, frequency:"), self.modality)
        form.addRow(self.tr("Started:"), hbox(self.start, self.tr("Review by:"), self.review))
        self.goal_box = QGroupBox(self.tr("Goal"))
        gform = QFormLayout(self.goal_box)
        gform.addRow(self.tr("Goal:"), self.description)
        gform.addRow(self.tr("Objectives:"), self.objectives)
        gform.addRow(self.tr("Target date:"), hbox(self.target, self.tr("Status:"), self.status))
        gform.addRow(self.choice)
        goal_buttons = QHBoxLayout()
        goal_buttons.addWidget(QLabel(self.tr("Goals")), 1)
        goal_buttons.addWidget(add)
        goal_buttons.addWidget(self.remove_button)
        buttons, self.save_button = action_buttons(self, self.tr("Save plan"), self.save)
        # The plan and its goals scroll, down only; the message, Save plan and Cancel stay in view.
        # Found at 200 % on a 1920x1080 screen (960x540 to lay out): the window opened 680 high,
        # the goal's target date, its status, Save plan and Cancel below the screen's edge, and
        # Tab reached them unseen. A field Tab reaches is scrolled to (DownOnlyScrollArea).
        body = QWidget()
        fields = QVBoxLayout(body)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addWidget(plan_box)
        fields.addLayout(goal_buttons)
        fields.addWidget(self.goal_list, 1)
        fields.addWidget(self.goal_box)
        self.goal_list.setMinimumHeight(self.goal_list.fontMetrics().lineSpacing() * 5)
        self.body_area = DownOnlyScrollArea()
        self.body_area.setFrameShape(QFrame.Shape.NoFrame)
        self.body_area.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body_area, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(screen_fit.size_in_screen(self, QSize(680, 680)))  # the screen's room at most
        self._fill_goals()
        self._select(self.goal_list.topLevelItem(0))
        self._initial = self._typed()
        # Set by restore_fields: the parts of the plan another program changed while it was held.
        self._changed_meanwhile: list[str] = []
        self._changed_by_both: list[str] = []
        # Goals (1-based, as the list numbers them) kept though one side removed them.
        self._kept_removed_here: list[int] = []
        self._kept_removed_there: list[int] = []

    # --- goals -----------------------------------------------------------------------
    def _fill_goals(self) -> None:
        self.goal_list.blockSignals(True)
        self.goal_list.clear()
        for i, g in enumerate(self.goals):
            add_row(self.goal_list, [str(i + 1) + (" !" if g.get(THEIRS) else ""), g["description"],
                                     show_date(g["target_date"]), shown(GOAL_STATUS, g["status"])], str(i))
            if g.get(THEIRS):
                row = self.goal_list.topLevelItem(i)
                if row is not None:
                    row.setToolTip(0, self.tr("Changed here and by another program: choose which to keep"))
        chosen = self.goal_list.topLevelItem(self.current) if self.current is not None else None
        if chosen is not None:
            self.goal_list.setCurrentItem(chosen)
        self.goal_list.blockSignals(False)
        has_goal = self.current is not None
        self.goal_box.setEnabled(has_goal)
        self.remove_button.setEnabled(has_goal)

    def _target_left_half_typed(self) -> bool:
        """One target-date field serves every goal: left half-typed, its goal kept the date Qt
        put back, and the refusal then fell on the next goal's date (found in the real app:
        "07/1" typed for a new goal, the first goal clicked, Save pointed at its "not set"
        and Enter there saved 07/01/2026 for the new one). The keyboard stays on the goal."""
        return self.current is not None and unfinished_date(self.target)

    def _picked(self, item: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        if previous is not None and item is not previous and self._target_left_half_typed():
            # After the click is done with the list: it selects the row clicked after this.
            QTimer.singleShot(0, self, lambda: self._back_to(previous))
            return
        self._select(item)

    def _back_to(self, goal: QTreeWidgetItem) -> None:
        self.goal_list.blockSignals(True)
        self.goal_list.setCurrentItem(goal)
        self.goal_list.blockSignals(False)
        self.target.setFocus()

    def _select(self, item: QTreeWidgetItem | None) -> None:
        self.current = None if item is None else self.goal_list.indexOfTopLevelItem(item)
        goal = self.goals[self.current] if self.current is not None else None
        for widget in (self.description, self.objectives, self.target, self.status):
            widget.blockSignals(True)
        self.description.setText(goal["description"] if goal else "")
        self.objectives.setPlainText("\n".join(goal["objectives"]) if goal else "")
        self.target.setText(goal["target_date"] if goal else "")
        self.status.setCurrentIndex(max(0, self.status.findData(goal["status"])) if goal else 0)
        for widget in (self.description, self.objectives, self.target, self.status):
            widget.blockSignals(False)
        self.goal_box.setEnabled(goal is not None)
        self.remove_button.setEnabled(goal is not None)
        self._show_choice()

    def _show_choice(self) -> None:
        """The other program's value of each field of this goal both changed, if any."""
        goal = self.goals[self.current] if self.current is not None else None
        theirs = goal.get(THEIRS) if goal else None
        shown_before = self.choice.isVisible()
        self.choice.setVisible(bool(theirs))
        if not theirs:
            self.theirs.setText("")
            return
        names = {"description": self.tr("Goal:"), "objectives": self.tr("Objectives:"),
                 "target_date": self.tr("Target date:"), "status": self.tr("Status:")}
        lines = [self.tr("Another program changed this goal too while the vault was locked. The fields above "
                         "show what you typed; the other program has:")]
        for name, value in theirs.items():
            if name == "objectives":
                said = "; ".join(str(o) for o in value or ()) or self.tr("(none)")
            elif name == "target_date":
                said = show_date(str(value or "")) or self.tr("(none)")
            elif name == "status":
                said = shown(GOAL_STATUS, str(value))
            else:
                said = str(value)
            lines.append(f"{names.get(name, name)} {said}")
        self.theirs.setText("\n".join(lines))
        if self.isVisible() and not shown_before:
            self._room_for_choice()

    def _room_for_choice(self) -> None:
        """The choice's lines were taken from the goal list, cut to three rows (seen on Xvfb):
        the window grows, as far as the screen lets it (grown each time, it went past the
        screen's foot, Save with it)."""
        screen = screen_fit.screen_of(self)  # not self.screen(): see screen_fit.screen_of
        room = screen.availableGeometry().height() - 80 if screen is not None else self.height()  # the title bar
        wanted = min(self.sizeHint().height(), room)
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def keep_typed_goal(self) -> None:
        self._chosen(keep_mine)

    def take_other_goal(self) -> None:
        self._chosen(take_theirs)

    def _chosen(self, choose: Callable[[dict[str, Any]], None]) -> None:
        if self.current is None:
            return
        choose(self.goals[self.current])
        self._fill_goals()
        self._select(self.goal_list.topLevelItem(self.current))
        # The next goal still to choose, or nothing left to say.
        self.message.setText(self._choose_first() if to_choose(self.goals) is not None else "")
        self.description.setFocus()

    def _goal_edited(self, *_args: object) -> None:
        if self.current is None:
            return
        goal = self.goals[self.current]
        goal["description"] = self.description.text().strip()
        goal["objectives"] = [o.strip() for o in self.objectives.toPlainText().splitlines() if o.strip()]
        goal["target_date"] = self.target.text().strip()
        goal["status"] = str(self.status.currentData())
        item = self.goal_list.topLevelItem(self.current)
        if item is None:
            return
        item.setText(1, goal["description"])
        item.setText(2, show_date(goal["target_date"]))
        item.setText(3, shown(GOAL_STATUS, goal["status"]))

    def add_goal(self) -> None:
        if self._target_left_half_typed():
            return
        self.goals.append({"description": "", "objectives": [], "target_date": "", "status": "active"})
        self.current = len(self.goals) - 1
        self._fill_goals()
        self._select(self.goal_list.topLevelItem(self.current))
        self.description.setFocus()

    def remove_goal(self) -> None:
        if self.current is None:
            return
        del self.goals[self.current]
        self.current = min(self.current, len(self.goals) - 1) if self.goals else None
        self._fill_goals()
        self._select(self.goal_list.topLevelItem(self.current) if self.current is not None else None)

    # --- across a lock ----------------------------------------------------------------
    def _typed(self) -> dict[str, Any]:
        return {"problems": self.problems.toPlainText(), "diagnoses": self.diagnoses.text(),
                "modality": self.modality.text(), "start": self.start.text(), "review": self.review.text(),
                "goals": [dict(g) for g in self.goals], "current": self.current}

    def held_entry(self) -> HeldEntry | None:
        """A plan being written is kept, encrypted, across a lock (found in the real app: the
        problems and goals typed were gone after Ctrl+L or the idle lock). Only when changed
        (a date half-typed is a change: gui/held.py holds which)."""
        fields = self._typed()
        if fields == self._initial and not half_typed_dates(self):
            return None
        # With what the form read (READ_KEY): the plan may be changed by another program while
        # the window is locked, and only what was typed over it is put back (restore_fields).
        return {"where": "records", "dialog": "plan", "context": {"client_id": self.client_id},
                "fields": {**fields, READ_KEY: dict(self._initial)}}

    def restore_fields(self, fields: dict[str, Any]) -> None:
        """The held plan back over the plan as the vault has it now. Found probing with a
        terminal's `plan update` while the window was locked: the whole plan came back as read
        before the lock, its new problems and goal gone from the form, and Save put the old
        problems back, unsaid. Only what the therapist changed is put back, the goals each on
        its own (gui/held_goals.py: the list whole lost a goal the terminal added or marked met);
        what changed meanwhile is said (restored_also), a plan field both changed keeps what was
        typed, and a goal field both changed waits for the therapist's choice."""
        parts = ("problems", "diagnoses", "modality", "start", "review", "goals")
        found = over_now(fields, self._initial, parts)
        typed, self._changed_meanwhile = found.typed, found.meanwhile
        # The goals are not "typed over" as one: each is merged on its own (gui/held_goals.py).
        self._changed_by_both = [k for k in found.both if k != "goals"]
        read = fields.get(READ_KEY)
        read_goals = read.get("goals") if isinstance(read, dict) else None
        if "goals" in typed and isinstance(read_goals, list):
            merged = merge_goals(read_goals, typed.pop("goals"), self._initial["goals"])
            self.goals = merged.goals
            self._kept_removed_here = [i + 1 for i in merged.kept_removed_here]
            self._kept_removed_there = [i + 1 for i in merged.kept_removed_there]
            current = fields.get("current")
            self.current = merged.both[0] if merged.both else \
                merged.at.get(current) if isinstance(current, int) else None
        if "problems" in typed:
            self.problems.setPlainText(str(typed["problems"]))
        for key, edit in (("diagnoses", self.diagnoses), ("modality", self.modality), ("start", self.start),
                          ("review", self.review)):
            if key in typed:
                edit.setText(str(typed[key]))
        if "goals" in typed:
            self.goals = [dict(g) for g in typed["goals"]]
            current = fields.get("current")
            self.current = current if isinstance(current, int) and 0 <= current < len(self.goals) else None
        self._fill_goals()
        self._select(self.goal_list.topLevelItem(self.current) if self.current is not None else None)

    def restored_also(self) -> str:
        """After "Restored: ...": what of the plan another program changed while the window
        was locked (gui/held.py puts it on the message line)."""
        said = [self._choose_first()] if to_choose(self.goals) is not None else []
        if self._kept_removed_here:
            said.append(self.tr("Another program changed goals you had removed ({goals}) while the vault was "
                                "locked: they are kept. Remove them again if they should go.")
                        .format(goals=", ".join(map(str, self._kept_removed_here))))
        if self._kept_removed_there:
            said.append(self.tr("Another program removed goals you had changed ({goals}) while the vault was "
                                "locked: they are kept, as new goals.")
                        .format(goals=", ".join(map(str, self._kept_removed_there))))
        # "Parts ... changed" says nothing more when only goals changed and the above says how.
        parts = "" if said and self._changed_meanwhile == ["goals"] else self._parts_changed()
        return " ".join(t for t in (*said, parts) if t)

    def _choose_first(self) -> str:
        """Save's refusal while a goal field both changed is still to be chosen."""
        first = to_choose(self.goals)
        return self.tr("Goal {number} was changed here and by another program while the vault was locked. "
                       "Choose which to keep (Keep what I typed, or Use the other program's) before "
                       "saving.").format(number=(first or 0) + 1)

    def _parts_changed(self) -> str:
        if self._changed_by_both:
            return self.tr("Parts of the plan you had changed were also changed by another program while the "
                           "vault was locked: what you typed is shown. Check them before saving.")
        if self._changed_meanwhile:
            return self.tr("Parts of the plan changed by another program while the vault was locked are shown as "
                           "they are now.")
        return ""

    def leave_question(self) -> str:
        return self.tr("Close without saving the plan?")

    # --- saving ----------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        goals = []
        for g in self.goals:
            entry = {"description": g["description"], "objectives": g["objectives"],
                     "target_date": g["target_date"] or None, "status": g["status"]}
            if "goal_id" in g:
                entry["goal_id"] = g["goal_id"]
            goals.append(entry)
        return {
            "problems": self.problems.toPlainText().strip(),
            "diagnosis_codes": code_list(self.diagnoses.text()),
            "modality_frequency": self.modality.text().strip(),
            "start_date": self.start.text().strip() or None,
            "review_date": self.review.text().strip() or None,
            "goals": goals,
        }

    def save(self) -> None:
        if unfinished_date(self.start, self.review, self.target):
            return
        first = to_choose(self.goals)
        if first is not None:
            # Saving would drop one side's change, unsaid: the therapist chooses first.
            self.current = first
            self._fill_goals()
            self._select(self.goal_list.topLevelItem(first))
            self.message.setText(self._choose_first())
            # Not on a choice: Enter again would choose, unread. Enter on the list asks again.
            self.goal_list.setFocus()
            return
        client_id, values = self.client_id, self.values()
        self.message.setText("")
        self.controller.op(self, lambda v: plans.update_plan(v, client_id, **values), label=self.tr("Saving…")) \
            .success(self._saved).failure(show_inline_at(self.message, self._fields())).run()

    def _fields(self) -> dict[str, QWidget]:
        """The widget of each field a refusal of the plan can name. Not a goal's: the goal editor
        shows one goal, and the refused one may be another."""
        return {"problems": self.problems, "modality_frequency": self.modality, "icd10_codes": self.diagnoses,
                "start_date": self.start, "review_date": self.review}

    def _saved(self, _plan: TreatmentPlan) -> None:
        self.accept()
        self.saved.emit()


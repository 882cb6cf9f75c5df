"""The progress note's treatment-plan goals (issue #19 item 2): the client's active goals as a
checkable list (Tab to it, arrows and Space to tick, Alt+G to add), written into the note
and recorded with it by services/note_goals.add_plan_goals."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from vault_app.domain.note_goals import goal_number
from vault_app.gui.widgets import wrapped_label
from vault_app.services import note_goals

if TYPE_CHECKING:
    from vault_app.domain.clinical import Goal
    from vault_app.gui.seam import App


class NoteGoalsBox(QGroupBox):
    """Hidden while the client's plan has no active goal."""

    def __init__(self, controller: App, client_id: str, add: Callable[[list[str]], None]) -> None:
        super().__init__()
        self.setTitle(self.tr("Treatment-plan goals"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Treatment-plan goals"))
        self.list.setMaximumHeight(110)
        self.add_button = QPushButton(self.tr("Add checked &goals to the note"))  # Alt+G
        self.add_button.setAccessibleName(self.tr("Add checked goals to the note"))
        self.add_button.setAutoDefault(False)
        self.add_button.setToolTip(self.tr("Writes each checked goal into the note and records it with the note"))
        self.add_button.clicked.connect(lambda: add(self.checked()))
        note = wrapped_label(self.tr("Tick the goals this session addressed."), "calmNote")
        row = QHBoxLayout()
        row.addWidget(note, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.setVisible(False)
        self.goals: list[Goal] = []
        self.recorded: set[str] = set()  # the note's own goal ids (its load may come first)
        controller.query(self, lambda v: note_goals.active_goals(v, client_id)).success(self.show_goals).run()

    def show_goals(self, goals: Sequence[Goal]) -> None:
        self.goals = list(goals)
        self.list.clear()
        for goal in goals:
            item = QListWidgetItem(self.tr("Goal {0}: {1}").format(goal_number(goal), goal.description))
            item.setData(Qt.ItemDataRole.UserRole, goal.goal_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            recorded = goal.goal_id in self.recorded
            item.setCheckState(Qt.CheckState.Checked if recorded else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.setVisible(bool(goals))

    def checked(self) -> list[str]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [str(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def mark_recorded(self, goal_ids: Sequence[str]) -> None:
        """Goals the note records already: shown ticked, so the list matches the note."""
        self.recorded.update(goal_ids)
        for i in range(self.list.count()):
            item = self.list.item(i)
            if str(item.data(Qt.ItemDataRole.UserRole)) in goal_ids:
                item.setCheckState(Qt.CheckState.Checked)

    def set_read_only(self, read_only: bool) -> None:
        self.list.setEnabled(not read_only)
        self.add_button.setEnabled(not read_only)


__all__ = ["NoteGoalsBox"]

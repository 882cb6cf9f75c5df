"""The checked treatment-plan goals written into a progress note (services/note_goals.add_plan_goals)
and recorded with it: the note saved first (created if need be), then each section shown as saved,
or, where the therapist typed meanwhile, the goal lines put below what was typed. The goals' list
is note_goals.NoteGoalsBox; the words keep the note editor's translations (context NoteEditor),
where they were written first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from vault_app.domain.note_goals import with_goals
from vault_app.gui.background import show_inline
from vault_app.gui.i18n import current_language
from vault_app.gui.note_goals import NoteGoalsBox
from vault_app.services import note_goals

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox, QWidget

    from vault_app.domain.clinical_notes import ProgressNote
    from vault_app.gui.note_form import NoteForm
    from vault_app.gui.seam import App
    from vault_app.services.notes import ProgressDraft


class NoteGoalLines(QObject):
    """`box` is the goals' list; `snapshot` what the editor would save now; `template` its
    template box, fixed once goal lines are in the note."""

    def __init__(self, controller: App, client_id: str, form: NoteForm[ProgressDraft, str | None],
                 snapshot: Callable[[], ProgressDraft], template: QComboBox, parent: QWidget) -> None:
        super().__init__(parent)
        self.controller = controller
        self.client_id = client_id
        self._form = form
        self._snapshot = snapshot
        self._template = template
        self._parent = parent
        self.box = NoteGoalsBox(controller, client_id, self.add)

    def add(self, goal_ids: list[str]) -> None:
        """The checked goals into the note (saved first, created if need be)."""
        if self._form.signed:
            return
        status = self._form.status
        if not goal_ids:
            status.setText(QCoreApplication.translate(
                "NoteEditor", "Tick one or more goals first (Space ticks the highlighted one)."))
            self.box.list.setFocus()
            return
        autosave = self._form.autosave
        assert autosave is not None  # started with the editor, never blanked while goals are added
        autosave.flush()
        cid, draft, snap = self.client_id, autosave.draft, self._snapshot()
        language = current_language()  # the goal lines' words (a Spanish app's note said "Goal 2")
        self.controller.op(self._parent, lambda v: note_goals.add_plan_goals(v, cid, draft, snap, goal_ids, language),
                           label=QCoreApplication.translate("NoteEditor", "Adding goals…")).success(
            lambda note: self._added(note, snap, len(goal_ids))).failure(show_inline(status)).run()

    def _added(self, note: ProgressNote, sent: ProgressDraft, count: int) -> None:
        edits = self._form.section_edits
        keys = tuple(edits)
        goals = [g for g in self.box.goals if g.goal_id in note.goal_ids]
        for key, edit in edits.items():
            saved = note.sections.get(key, "")
            if edit.toPlainText() == saved:
                continue
            if edit.toPlainText() == sent.sections.get(key, ""):
                edit.setPlainText(saved)
            else:  # typed into meanwhile: the goal lines go below what was typed
                edit.setPlainText(with_goals({key: edit.toPlainText()}, keys, goals, current_language())[key])
        self._template.setEnabled(False)
        self.box.mark_recorded(note.goal_ids)
        self._form.status.setText(
            QCoreApplication.translate("NoteEditor", "%n goal written into the note and recorded with it.", "", 1)
            if count == 1
            else QCoreApplication.translate("NoteEditor", "%n goals written into the note and recorded with it.", "",
                                            count))


__all__ = ["NoteGoalLines"]

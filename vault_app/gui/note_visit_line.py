"""The note editor's line under the session box while the session it records is not a visit
yet: a draft written ahead (Ctrl+N, the client's first appointment tomorrow) showed "Session
✓ today, 90837" and made today a visit at once, in the agenda, the last visit and the account
(found on Xvfb in Spanish). The session a new note records is the visit once the note is
signed, or its appointment marked attended (services/sessions.add_session's `draft_only`);
this line says so, and that discarding the draft removes it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from vault_app.domain.same_day_sessions import SEPARATE
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.shown_in_place import show_in_place
from vault_app.gui.widgets import wrapped_label
from vault_app.services import sessions

if TYPE_CHECKING:
    from vault_app.gui.note_progress_fields import ProgressFields
    from vault_app.gui.seam import App
    from vault_app.services.notes import DraftState

NOT_A_VISIT_YET = QT_TRANSLATE_NOOP(
    "NoteEditor", "Not a visit yet: this session goes into the agenda, the last visit and the account when the "
                  "note is signed. Discarding the draft removes it.")


class VisitLine(QObject):
    """Shown while the note is unsigned and its session is one it records (a new note on a day
    with no session, or a saved draft's session still draft-only); `row` goes under the box."""

    def __init__(self, controller: App, fields: ProgressFields, draft: Callable[[], DraftState],
                 signed: Callable[[], bool]) -> None:
        super().__init__(fields.session_box)
        self.controller, self.fields, self._draft, self._signed = controller, fields, draft, signed
        self.row = wrapped_label(QCoreApplication.translate("NoteEditor", NOT_A_VISIT_YET), "calmNote")
        self.row.setVisible(False)
        self._draft_only: bool | None = None  # a saved note's session, as the vault says (None: not read)
        self._asked_for: str | None = None
        fields.session_box.toggled.connect(self.say)
        fields.same_day.combo.currentIndexChanged.connect(self.say)

    def say(self, *_args: object) -> None:
        draft = self._draft()
        if self._signed() or not self.fields.session_box.isChecked():
            shown = False
        elif draft.note_id is None:
            shown = self.fields.same_day.choice()[0] == SEPARATE  # a session of its own is recorded
        else:
            shown = bool(self._draft_only) and draft.session_id is not None
            if draft.session_id is not None and self._asked_for != draft.session_id:
                self._ask(draft.session_id)
        if self.row.isHidden() == shown:
            # The line above the sections moves them: the text being typed stays where it is.
            show_in_place(self.row, shown)

    def forget(self) -> None:
        """The note was read again (linked, signed): its session's state is read again."""
        self._draft_only, self._asked_for = None, None
        self.say()

    def _ask(self, session_id: str) -> None:
        self._asked_for = session_id
        self.controller.query(self.row, lambda v: sessions.draft_only(v, session_id)).success(
            lambda found: self._read(session_id, found)).run()

    def _read(self, session_id: str, found: bool) -> None:
        if self._asked_for == session_id:
            self._draft_only = found
            self.say()


__all__ = ["NOT_A_VISIT_YET", "VisitLine"]

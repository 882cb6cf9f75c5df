"""The progress-note window's reading of a note already written (its session, risk screening,
goals, sections and signature shown; "Restored: …" said again with the save's time), and what
waits for that read: the keyboard where a lock left it, the risk screening or an addendum a
flagged measure opened the note for. Held apart from the window (note_editor.py, past the ~450
lines a file keeps to).

Mixed into NoteEditor (before QDialog); the window's widgets and state are the window's (set in
its __init__). Its words are said in its own translation context, NoteLoading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QDialog, QPushButton, QScrollArea

from vault_app.domain.clinical_notes import ProgressNote
from vault_app.domain.errors import NotFound
from vault_app.gui import held_note
from vault_app.gui.held import restored_text, saved_until, unheld
from vault_app.gui.note_carry_forward import select_mark
from vault_app.gui.note_editor_parts import ProgressFormParts
from vault_app.services import notes, sessions

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel as _Label

    from vault_app.domain.clinical import Session
    from vault_app.domain.clinical_notes import NoteHistory
    from vault_app.gui.amend_dialog import AmendDialog
    from vault_app.gui.held import HeldEntry
    from vault_app.gui.held_open import KeptOpen
    from vault_app.gui.note_addition_view import AdditionInView
    from vault_app.gui.note_carry_forward import CarryForward
    from vault_app.gui.note_goals import NoteGoalsBox
    from vault_app.gui.note_keyboard_return import KeyboardReturn
    from vault_app.gui.note_progress_fields import ProgressFields
    from vault_app.gui.note_session_dialog import SessionLink
    from vault_app.gui.note_visit_line import VisitLine
    from vault_app.gui.seam import App
    from vault_app.services.notes import ProgressDraft
    from vault_app.services.vault import Vault

    _Dialog = QDialog  # what the mixin is mixed into, for the type checker
else:
    _Dialog = object


class NoteLoading(ProgressFormParts, _Dialog):
    """Mixed into NoteEditor: a written note read into the window, and what waits for it."""

    controller: App
    client_id: str
    template: QComboBox
    fields: ProgressFields
    goals_box: NoteGoalsBox
    session_link: SessionLink
    visit_line: VisitLine
    addition_view: AdditionInView
    carrying: CarryForward
    carry_button: QPushButton
    body_scroll: QScrollArea
    keyboard: KeyboardReturn
    kept_open: KeptOpen
    _read: bool
    _addendum_wanted: bool
    _saved_at: str | None
    _crash_line: tuple[str, object] | None
    _restored_line: str | None

    # The window's own (it overrides them); not in a TYPE_CHECKING block, where lupdate would lose
    # this class's name as the context of its strings (as in chart_actions.py).
    def snapshot(self) -> ProgressDraft:
        raise NotImplementedError

    def amend(self) -> AmendDialog | None:
        raise NotImplementedError

    def _build_sections(self, values: dict[str, str]) -> None:
        raise NotImplementedError

    def _set_read_only(self, read_only: bool) -> None:
        raise NotImplementedError

    # --- loading an existing note ----------------------------------------------------------
    def _load(self, note_id: str, *, added: bool = False) -> None:
        """`added`: an addendum or amendment was just added: once shown, it is brought into
        view and said (found: it landed below the fold and nothing visible changed)."""
        def job(v: Vault) -> tuple[ProgressNote, Session | None, NoteHistory]:
            history = notes.note_history(v, note_id)
            note = history.note
            if not isinstance(note, ProgressNote):
                raise NotFound("No progress note with that id.")
            session = sessions.get_session(v, note.session_id) if note.session_id else None
            return note, session, history

        self.autosave.enabled = False
        self.addition_view.stop()
        on_loaded = self._loaded_with_addition if added else self._loaded
        self.controller.query(self, job).success(on_loaded).run()

    def _loaded_with_addition(self, result: tuple[ProgressNote, Session | None, NoteHistory]) -> None:
        self._loaded(result)
        self.status.setText(self.tr("Added to the note: shown at its end, below the signed text."))
        self.addition_view.follow()

    def _loaded(self, result: tuple[ProgressNote, Session | None, NoteHistory]) -> None:
        note, session, history = result
        self.template.blockSignals(True)
        self.template.setCurrentIndex(max(0, self.template.findData(note.template)))
        self.template.blockSignals(False)
        self.template.setEnabled(False)
        self.fields.show_session(session, note.note_date)
        self.fields.same_day.clear()  # a note that exists (carried forward) chose its session already
        if session is not None:
            self.autosave.draft.session_id = session.session_id
        self.session_link.show_for(note.note_id if session is None else None, note.signed)
        self.fields.show_risk(note.risk)
        self.form.signed = note.signed
        self.goals_box.mark_recorded(note.goal_ids)
        self._build_sections(dict(note.sections))
        snap = self.snapshot()  # what is saved already: only later edits are saved again
        self.autosave.draft.saved_session, self.autosave.draft.saved_risk = snap.session, snap.risk
        self._show_signature(note, history)
        self.visit_line.forget()
        self.autosave.enabled = True
        self._read = True
        self._saved_at = note.updated_at
        if self._crash_line is not None and self.status.text() == self._crash_line[0]:
            why = self._crash_line[1]
            self.status.setText(" ".join((restored_text(why), saved_until(note.updated_at, why))))
        self._crash_line = None
        if note.signed and self._restored_line is not None and self.status.text().startswith(self._restored_line):
            self.status.setText(self.signed_meanwhile())
        self._restored_line = None
        held_note.keep_open(self, self.kept_open, note.note_id)
        if self._addendum_wanted:
            QTimer.singleShot(0, self, self._open_addendum)
        if self.keyboard.waiting:
            # After the note's boxes are shown (focus given to a hidden box does not stay there).
            QTimer.singleShot(0, self, self.keyboard.go)
        elif not self.signed and self.carrying.mark is not None:
            # Just carried forward: the marker line is selected, so what the therapist types
            # first replaces it (the carried text below it stays). After the boxes are shown.
            key = self.carrying.take_mark()
            QTimer.singleShot(0, self, lambda: select_mark(self.section_edits.get(key)))
        elif not self.signed:
            # A draft opened from the agenda or the worklist: the keyboard goes where the
            # writing starts (the first empty section), not to the template box. After the
            # new section boxes are shown (focus given to a hidden box does not stay there).
            QTimer.singleShot(0, self, self.form.focus_first_empty)

    def _show_signature(self, note: ProgressNote, history: NoteHistory | None) -> None:
        self.form.show_note(note, history)
        self._set_read_only(self.signed)
        if self.signed:
            self.carry_button.setVisible(False)  # carry forward starts a note; this one is final

    # --- held over a lock (gui/held.py, held_note.py), opened for a risk ---------------------------
    def held_entry(self) -> HeldEntry | None:
        return held_note.lock_entry_of(self)

    def restore_fields(self, fields: dict[str, Any]) -> None:
        """Where the keyboard was at the lock, once the note is read (now, if it is)."""
        self.keyboard.hold(fields)
        if self._read:
            QTimer.singleShot(0, self, self.keyboard.go)

    @property
    def message(self) -> _Label:
        """The line that says the window was restored (gui/held.py): the save status line."""
        return self.status

    def restored_after(self, why: object) -> str:
        """Said after "Restored: …": a lock or a quit saved the text first; after a crash it is
        as last saved (said again with the save's time once the note is read: _loaded)."""
        self._restored_line = restored_text(why)
        if not unheld(why):
            return self.tr("The note's text was saved as you typed; nothing was lost.")
        self._crash_line = (" ".join((restored_text(why), saved_until(self._saved_at, why))), why)
        return saved_until(self._saved_at, why)

    def signed_meanwhile(self) -> str:
        """A held draft found signed once read (`note sign` in a terminal, or another window, while
        the vault was locked): "Restored: what you were typing… nothing was lost" over a signed,
        read-only note read as if the draft were still open to write in (found by a walker)."""
        return self.tr("This draft was signed meanwhile, in another program or window, with the "
                       "text as it was saved; it can only be read now. To add to it, write an addendum.")

    def show_risk_screening(self) -> None:
        """The risk screening ticked, in view, the keyboard in it (a flagged measure's "Open the
        session's note"): the safety plan was three screens and a tick away from where the note
        opened. Once the note is read."""
        self.keyboard.want_risk()
        if self._read:
            # After the first section takes the keyboard (a new note's focus_first_empty).
            QTimer.singleShot(0, self, self.keyboard.go)

    def show_addendum(self) -> None:
        """A signed note opened to add to it (a flagged measure of its session): the addenda in view
        and a new addendum's text taking the keyboard, once the note is read."""
        self._addendum_wanted = True
        if self._read:
            QTimer.singleShot(0, self, self._open_addendum)

    def _open_addendum(self) -> None:
        if self._addendum_wanted and self.signed:
            self._addendum_wanted = False
            self.body_scroll.ensureWidgetVisible(self.history)
            self.amend()


__all__ = ["NoteLoading"]

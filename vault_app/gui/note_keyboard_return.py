"""Where the keyboard goes once a progress note is read (note_editor.py): back where it was
when a lock closed the window (held_note.py), or into the risk screening, ticked and in view,
when the note was opened to document a risk (a flagged measure's "Open the session's note");
else, in a draft, the first empty section. Both wait for the note to be read: focus given to a
box not shown yet does not stay there."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea, QWidget

from vault_app.gui import held_note, note_way_back
from vault_app.gui.focus_watch import follow_focus

if TYPE_CHECKING:
    from vault_app.gui.note_form import NoteForm


class NoteEditor(held_note.NoteEditor, Protocol):
    """What this module uses of the progress note's window (note_editor.py, which imports it)."""

    form: NoteForm[Any, Any]


class KeyboardReturn:
    """What the keyboard waits for until the note is read, and where it then goes."""

    def __init__(self, editor: NoteEditor) -> None:
        self._editor = editor
        self._put_back: dict[str, Any] | None = None  # where the keyboard was at the lock
        self._risk_wanted = False  # opened to document a risk

    @property
    def waiting(self) -> bool:
        return self._put_back is not None or self._risk_wanted

    def hold(self, fields: dict[str, Any]) -> None:
        """Where the keyboard was at the lock (held_note.where_the_keyboard_is); and the way back
        to the agenda, for a note opened from there (note_way_back.py: its Close left the
        therapist on the chart once the note came back from a lock)."""
        self._put_back = dict(fields)
        editor = self._editor
        if isinstance(editor, QDialog) and "back" in fields:
            note_way_back.again(editor, editor.client_id, fields["back"])

    def want_risk(self) -> None:
        self._risk_wanted = True

    def go(self) -> None:
        """Once the note is read and its boxes shown: the risk screening first when asked for."""
        put_back, self._put_back = self._put_back, None
        risk, self._risk_wanted = self._risk_wanted, False
        editor = self._editor
        if risk:
            self._to_risk_screening()
        elif (put_back is None or not held_note.put_back(editor, put_back)) and not editor.signed:
            editor.form.focus_first_empty()

    def _to_risk_screening(self) -> None:
        """The safety plan was three screens and a tick away from where the note opened."""
        editor, f = self._editor, self._editor.fields
        if not editor.signed and not f.risk_box.isChecked():
            # Quietly: ticked alone it records nothing (an incomplete screening is not saved), and
            # a new note would be created, with its session, before a word was written.
            f.risk_box.blockSignals(True)
            f.risk_box.setChecked(True)
            f.risk_box.blockSignals(False)
        first_open = next((w for w in (f.ideation, f.risk_level) if w.currentData() is None), f.safety_plan)
        editor.body_scroll.ensureWidgetVisible(f.risk_box)
        editor.body_scroll.ensureWidgetVisible(first_open)
        if not editor.signed:
            first_open.setFocus(Qt.FocusReason.OtherFocusReason)
            _InViewWhileSettling(editor.body_scroll, first_open)


class _InViewWhileSettling(QObject):
    """The field the keyboard was sent to, kept in view while the note's layout settles (the
    sections below the risk screening filled, a line of news shown above): scrolled to once,
    it was left below the viewport when the body grew afterwards (a CI run: the screening's
    first box had the keyboard and was out of sight). Until the keyboard leaves it."""

    def __init__(self, area: QScrollArea, field: QWidget) -> None:
        super().__init__(field)
        self._area, self._field = area, field
        body = area.widget()
        if body is not None:
            body.installEventFilter(self)
        follow_focus(self._focus_moved)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._again)  # after the scroll area took the new size
        return False

    def _again(self) -> None:
        if shiboken6.isValid(self._area) and shiboken6.isValid(self._field) and self._field.hasFocus():
            self._area.ensureWidgetVisible(self._field)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new is not self._field and shiboken6.isValid(self):
            app = QApplication.instance()
            if isinstance(app, QApplication):
                app.focusChanged.disconnect(self._focus_moved)
            body = self._area.widget() if shiboken6.isValid(self._area) else None
            if body is not None:
                body.removeEventFilter(self)


__all__ = ["KeyboardReturn"]

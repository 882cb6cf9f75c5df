"""A progress note's window over a lock: it opens again after the unlock on the same draft,
the caret where it was (held_restore.py reopens it, gui/held.py says "Restored:"). Found on a
keyboard-only walk of the real app: the idle lock closed the note being written and the unlock
did not bring it back; its text was saved (autosave), but nothing said where.

Nothing of the note's text is held: it is in the note, saved as typed (the lock's flush queues
the last save before the hold). The entry holds the note's id, read on the worker after that
save (a new note has none before it), and where the keyboard was: a section and a caret
position, or a field of the session or the risk screening; and the window's scroll. And the
parts of a new note's window that are not in the note (`parts`): its "Start from last note"
button, the line that said what the day's session already was and what this note does about
it, and the ICD-10 codes shown for a note without a session (the plan's, not saved without a
session). Found walking the real app: the note came back with its text only, the codes gone,
so a session ticked afterwards went to billing without its diagnoses."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QScrollArea, QWidget

from vault_app.gui import note_way_back

if TYPE_CHECKING:
    from vault_app.gui.autosave import Autosaver
    from vault_app.gui.held import HeldEntry
    from vault_app.gui.held_open import KeptOpen
    from vault_app.gui.note_form import NoteForm
    from vault_app.gui.note_progress_fields import ProgressFields


class NoteEditor(Protocol):
    """What this module uses of the progress note's window (note_editor.py, which imports it)."""

    client_id: str
    fields: ProgressFields
    body_scroll: QScrollArea
    carry_button: QPushButton
    kept_open: KeptOpen
    form: NoteForm[Any, Any]

    @property
    def signed(self) -> bool: ...
    @property
    def autosave(self) -> Autosaver[Any, Any]: ...
    @property
    def section_edits(self) -> dict[str, QPlainTextEdit]: ...
    def focusWidget(self) -> QWidget | None: ...

# The fields beside the text the keyboard may be in (ProgressFields' attributes).
FIELDS = ("session_date", "start", "duration", "modality", "setting", "cpt", "icd", "ideation", "risk_plan",
          "risk_intent", "risk_means", "risk_level", "protective", "safety_plan")


def entry_of(editor: NoteEditor) -> HeldEntry | None:
    """What brings `editor` back after the unlock; None for a signed note (only read: nothing
    typed to go on with) and for a new note nothing was written in."""
    autosave = editor.autosave
    if editor.signed:
        return None
    draft = autosave.draft
    if draft.note_id is None and autosave.version == 0:
        return None
    return {"where": "records", "dialog": "progress_note",
            "context": {"client_id": editor.client_id, "note_id": lambda: draft.note_id},
            "fields": {**where_the_keyboard_is(editor), "parts": parts_of(editor), **_way_back(editor)}}


def lock_entry_of(editor: NoteEditor) -> HeldEntry | None:
    """`entry_of` for a lock or a quit, which flush the note first: when that save is refused
    (a full disk), the words it would have stored are held too ("typed", read on the worker
    after it, so only then: a save that went through holds no text, as before), and put back
    once the note is read again (`put_back`). Found walking the real app: a lock on a full disk
    brought the note back without the words typed since the disk filled."""
    entry = entry_of(editor)
    autosave = editor.autosave
    if entry is None or not autosave.unsaved:
        return entry
    version, texts, stored = autosave.version, editor.form.texts(), autosave.stored
    return {**entry, "fields": {**entry["fields"], "typed": lambda: texts if stored.version < version else None}}


def keep_open(editor: NoteEditor, kept: KeptOpen, note_id: str | None) -> None:
    """After a save of the note, or once it is read: which note is open, for an unclean end
    (gui/held_open.py), named by its id as saved; a signed note (only read) lets go of it."""
    entry = entry_of(editor)
    if entry is None or note_id is None:
        if editor.signed:
            kept.let_go()
        return
    kept.keep([{**entry, "context": {"client_id": editor.client_id, "note_id": note_id}}])


def _way_back(editor: NoteEditor) -> dict[str, Any]:
    """Opened from the agenda: its Close goes back there after the unlock too (note_way_back.py)."""
    way = note_way_back.held(editor) if isinstance(editor, QWidget) else None
    return {"back": way} if way is not None else {}


def parts_of(editor: NoteEditor) -> dict[str, Any]:
    """What the window showed beside the note's saved text (none of it the note's words)."""
    f = editor.fields
    row = f.same_day
    parts: dict[str, Any] = {"carry": not editor.carry_button.isHidden()}
    if not row.row.isHidden() and row.combo.count():
        parts["same_day"] = {"item": row.combo.currentText(), "data": row.combo.currentData(),
                             "said": row.said.text()}
    if f.icd.text():
        # Put back only where the note turns out to have no session (put_parts_back): there
        # nothing kept them; a session's own codes are read with it.
        parts["icd"] = f.icd.text()
    return parts


def put_parts_back(editor: NoteEditor, parts: object) -> None:
    """The window's parts as they were at the lock, quietly: nothing of them is an edit, and
    the note is saved as it was (the same-day choice was made by its first save)."""
    if not isinstance(parts, dict) or editor.signed:
        return
    if parts.get("carry") is True:
        editor.carry_button.setVisible(True)  # it says "already started" if pressed, as before
    same_day = parts.get("same_day")
    row = editor.fields.same_day
    if isinstance(same_day, dict) and row.row.isHidden():
        row.combo.blockSignals(True)
        row.combo.clear()
        row.combo.addItem(str(same_day.get("item", "")), same_day.get("data"))
        row.combo.blockSignals(False)
        row.said.setText(str(same_day.get("said", "")))
        row.fix()
        row.row.setVisible(True)
    icd = parts.get("icd")
    f = editor.fields
    if isinstance(icd, str) and not f.session_box.isChecked() and not f.icd.text():
        f.icd.setText(icd)  # setText is not an edit: nothing is saved for it


def where_the_keyboard_is(editor: NoteEditor) -> dict[str, Any]:
    found: dict[str, Any] = {"scroll": editor.body_scroll.verticalScrollBar().value()}
    focus = editor.focusWidget()
    if focus is None:
        return found
    for key, edit in editor.section_edits.items():
        if focus is edit:
            return {**found, "section": key, "position": edit.textCursor().position()}
    for name in FIELDS:
        field = getattr(editor.fields, name, None)
        if isinstance(field, QWidget) and (field is focus or field.isAncestorOf(focus)):
            return {**found, "field": name}
    return found


def put_back(editor: NoteEditor, fields: dict[str, Any]) -> bool:
    """The keyboard and the scroll where `fields` say, in the note as read now; False when
    they name no place in it (the keyboard then goes where a note opened afresh puts it).
    The window's other parts come back first (put_parts_back). Put back, the place is kept
    again as the open note's (keep_open): the record made as the note was read came before the
    caret was back, and a second crash before any save reopened the note in its first empty
    section (typing went into Objective, seen in the real app)."""
    placed = _put_keyboard_back(editor, fields)
    if placed:
        keep_open(editor, editor.kept_open, editor.autosave.draft.note_id)
    return placed


def _put_keyboard_back(editor: NoteEditor, fields: dict[str, Any]) -> bool:
    put_parts_back(editor, fields.get("parts"))
    _put_typed_back(editor, fields.get("typed"))
    scroll = fields.get("scroll")
    if isinstance(scroll, int):
        editor.body_scroll.verticalScrollBar().setValue(scroll)
    edit = editor.section_edits.get(str(fields.get("section")))
    position = fields.get("position")
    if edit is not None and isinstance(position, int):
        cursor = edit.textCursor()
        # The text is the note's as saved: at most its end.
        cursor.setPosition(max(0, min(position, len(edit.toPlainText()))))
        edit.setTextCursor(cursor)
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        edit.ensureCursorVisible()
        return True
    field = getattr(editor.fields, str(fields.get("field")), None) if fields.get("field") in FIELDS else None
    if isinstance(field, QWidget) and field.isEnabled():
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        editor.body_scroll.ensureWidgetVisible(field)
        return True
    return False


def _put_typed_back(editor: NoteEditor, typed: object) -> None:
    """The words the lock's save could not store (`lock_entry_of`), back in the draft as read
    now and saved again like typing; said, over the save's own words for a while."""
    if not isinstance(typed, dict) or editor.signed:
        return
    texts = {str(k): v for k, v in typed.items() if isinstance(v, str)}
    if all(editor.form.texts().get(k) == v for k, v in texts.items()):
        return
    editor.form.set_texts(texts)
    editor.autosave.hold_status(QCoreApplication.translate(
        "held", "Restored: the words the disk had no room for when the vault locked are back in the note."), 8000)


__all__ = ["FIELDS", "entry_of", "keep_open", "lock_entry_of", "parts_of", "put_back", "put_parts_back",
           "where_the_keyboard_is"]

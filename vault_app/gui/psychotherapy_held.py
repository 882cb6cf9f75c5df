"""A psychotherapy note open at a lock (the vault's, the notes' own, a quit) reopens after the
notes' own unlock, the caret where it was, said to be restored (gui/held.py's words). Found by
reading the code: the vault's lock saved the draft, but the tab's memory of the open note went
with the window, so after the two unlocks the note stayed closed and nothing said where it was.

Nothing of the text is held: it is in the note, saved as typed (the lock's flush queues the
last save before the hold). The psychotherapy compartment holds the note's id, its chart and
the caret (PSYCHOTHERAPY_NOTE), so nothing of it can be read while that compartment is locked.
The records hold only that one waits (WAITS: no id, no client), so the tab can say, before the
notes' unlock, that a note will reopen then; a lock before that unlock holds that again."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from vault_app.gui.held import HeldEntry, restored_text

if TYPE_CHECKING:
    from vault_app.gui.held_restore import HeldWindow
    from vault_app.gui.psychotherapy_tab import PsychotherapyTab

PSYCHOTHERAPY_NOTE = "psychotherapy_note"  # in the psychotherapy compartment
WAITS = "psychotherapy_note_waits"  # in the records: one waits, nothing of which


def note_entry(tab: PsychotherapyTab) -> HeldEntry | None:
    """What reopens the tab's note, or None: no note open, a signed one (only read), or a new
    one nothing was written in."""
    autosave = tab.form.autosave
    client_id = tab.view.client_id
    if autosave is None or tab.signed or client_id is None:
        return None
    draft = autosave.draft
    if draft.note_id is None and autosave.version == 0:
        return None
    return {"where": "psychotherapy", "dialog": PSYCHOTHERAPY_NOTE,
            # The id is read on the worker once the save queued before the hold is done (a new note's).
            "context": {"client_id": client_id, "note_id": lambda: draft.note_id},
            "fields": {"position": tab.editor.textCursor().position(),
                       "scroll": tab.editor.verticalScrollBar().value()}}


def waits_entry() -> HeldEntry:
    return {"where": "records", "dialog": WAITS, "context": {}, "fields": {}}


def entries(tab: PsychotherapyTab) -> list[HeldEntry]:
    """At the vault's lock or a quit: the open note in its compartment and, in the records, that
    it waits; with the notes locked already, that one still waits (held at their own lock)."""
    entry = note_entry(tab)
    if entry is not None:
        return [entry, waits_entry()]
    return [waits_entry()] if tab.note_waits else []


def reopen(window: HeldWindow, entry: HeldEntry) -> None:
    """After the notes' unlock: the note on its chart's Psychotherapy tab, the caret back."""
    context = entry.get("context") or {}
    client_id, note_id = context.get("client_id"), context.get("note_id")
    if not isinstance(client_id, str) or not isinstance(note_id, str):
        return  # never saved: nothing was typed to come back
    chart = window.chart
    tab = chart.psychotherapy
    tab.restoring = (note_id, entry)
    if tab.form.note_id == note_id and tab.form.autosave is not None:
        put_back(tab)  # the tab reopened it already (its own lock, same chart)
        return
    if tab.reopening_note == note_id:
        return  # the tab is reopening it (its own lock, same chart): put back once read
    shown = chart.shown_client()
    if shown is None or shown.client_id != client_id:
        window.open_chart(client_id)

    def on_its_chart() -> None:
        chart.tabs.setCurrentWidget(tab)
        tab.reopen(client_id, note_id)

    chart.when_shown(client_id, on_its_chart)


def put_back(tab: PsychotherapyTab) -> None:
    """The caret and scroll held for the note now open, and the words that say it is back."""
    restoring, tab.restoring = tab.restoring, None
    if restoring is None or restoring[0] != tab.form.note_id:
        return
    fields: dict[str, Any] = restoring[1].get("fields") or {}
    position = fields.get("position")
    if isinstance(position, int) and not tab.signed:
        cursor = tab.editor.textCursor()
        cursor.setPosition(max(0, min(position, len(tab.editor.toPlainText()))))  # at most its end as saved
        tab.editor.setTextCursor(cursor)
    scroll = fields.get("scroll")
    if isinstance(scroll, int):
        tab.editor.verticalScrollBar().setValue(scroll)
    tab.editor.ensureCursorVisible()
    tab.editor.setFocus(Qt.FocusReason.OtherFocusReason)
    tab.status.setText(" ".join((restored_text(restoring[1].get("why")), tab.saved_words())))


__all__ = ["PSYCHOTHERAPY_NOTE", "WAITS", "entries", "note_entry", "put_back", "reopen", "waits_entry"]

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

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog

from vault_app.gui.held import HeldEntry, restored_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QPlainTextEdit

    from vault_app.domain.clinical import Client
    from vault_app.gui.held_open import KeptOpen
    from vault_app.gui.note_form import NoteForm
    from vault_app.gui.seam import ChartHost

PSYCHOTHERAPY_NOTE = "psychotherapy_note"  # in the psychotherapy compartment
WAITS = "psychotherapy_note_waits"  # in the records: one waits, nothing of which


class PsychotherapyTab(Protocol):
    """What this module uses of the Psychotherapy tab (psychotherapy_tab.py, which imports it)."""

    restoring: tuple[str, HeldEntry] | None  # (note, held entry) to put back once the note is read
    note_waits: bool  # the tab says a note reopens at the notes' unlock

    @property
    def form(self) -> NoteForm[Any, Any]: ...
    @property
    def view(self) -> ChartHost: ...
    @property
    def signed(self) -> bool: ...
    @property
    def editor(self) -> QPlainTextEdit: ...
    @property
    def status(self) -> QLabel: ...
    @property
    def reopening_note(self) -> str | None: ...
    def reopen(self, client_id: str, note_id: str) -> None: ...
    def new_note_with(self, text: str) -> None: ...
    def saved_words(self) -> str: ...


class Chart(Protocol):
    """What this module uses of the chart view (chart_view.py, which imports the tab)."""

    @property
    def psychotherapy(self) -> PsychotherapyTab: ...
    def shown_client(self) -> Client | None: ...
    def when_shown(self, client_id: str, action: Callable[[], None]) -> None: ...


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


def lock_entry(tab: PsychotherapyTab) -> HeldEntry | None:
    """`note_entry` for a lock or a quit, which flush the note first: when that save is refused
    (a full disk), the words it would have stored are held too ("typed", read on the worker after
    it: a save that went through holds no text), and put back once the note is read again
    (`put_back`). Their hold refused as well, they wait in memory (gui/held_unwritten.py). Found:
    the notes' own lock on a full disk blanked the note, and the words typed since the disk
    filled were gone at the unlock."""
    entry = note_entry(tab)
    autosave = tab.form.autosave
    if entry is None or autosave is None or not autosave.unsaved:
        return entry
    version, text, stored = autosave.version, tab.editor.toPlainText(), autosave.stored
    return {**entry, "fields": {**entry["fields"], "typed": lambda: text if stored.version < version else None}}


def keep_open(tab: PsychotherapyTab, kept: KeptOpen) -> None:
    """After a save of the note, or once it is read: which note is open, for an unclean end
    (gui/held_open.py), in its compartment, and in the records that one waits; a signed note
    (only read) lets go of it."""
    entry, note_id = note_entry(tab), tab.form.note_id
    if entry is None or note_id is None or not tab.view.controller.psychotherapy_open:
        if tab.signed:
            kept.let_go()
        return
    kept.keep([{**entry, "context": {**entry["context"], "note_id": note_id}}, waits_entry()])


def waits_entry() -> HeldEntry:
    return {"where": "records", "dialog": WAITS, "context": {}, "fields": {}}


def held_now(tab: PsychotherapyTab) -> HeldEntry | None:
    """The open note's entry; else one taken at the notes' unlock and not put back yet (a lock
    came before the note was read again, or a window in front of it was still open): held
    again, as it was taken, so the lock does not lose it."""
    entry = lock_entry(tab)
    if entry is None and tab.restoring is not None:
        return {k: v for k, v in tab.restoring[1].items() if k != "why"}  # the new lock says why
    return entry


def entries(tab: PsychotherapyTab) -> list[HeldEntry]:
    """At the vault's lock or a quit: the open note in its compartment and, in the records, that
    it waits; with the notes locked already, that one still waits (held at their own lock)."""
    entry = held_now(tab)
    if entry is not None:
        return [entry, waits_entry()]
    return [waits_entry()] if tab.note_waits else []


def reopen(chart: Chart, open_chart: Callable[[str], None], entry: HeldEntry) -> None:
    """After the notes' unlock: the note on its chart's Psychotherapy tab, the caret back
    (`open_chart`: the main window's, when another chart is on screen)."""
    context = entry.get("context") or {}
    client_id, note_id = context.get("client_id"), context.get("note_id")
    typed = (entry.get("fields") or {}).get("typed")
    if isinstance(client_id, str) and note_id is None and isinstance(typed, str) and typed.strip():
        _new_with(chart, open_chart, client_id, typed)  # its first save refused: a new note takes the words
        return
    if not isinstance(client_id, str) or not isinstance(note_id, str):
        return  # never saved: nothing was typed to come back
    tab = chart.psychotherapy
    restoring = tab.restoring = (note_id, entry)
    modal = QApplication.activeModalWidget()
    if isinstance(modal, QDialog):
        # The notes were unlocked in a window in front (a destruction or import wizard): the
        # note reopens once it is closed, not on another chart behind it.
        modal.finished.connect(lambda _r: _after_the_window(chart, open_chart, restoring))
        return
    if tab.form.note_id == note_id and tab.form.autosave is not None:
        put_back(tab)  # the tab reopened it already (its own lock, same chart)
        return
    if tab.reopening_note == note_id:
        return  # the tab is reopening it (its own lock, same chart): put back once read
    shown = chart.shown_client()
    if shown is None or shown.client_id != client_id:
        open_chart(client_id)

    chart.when_shown(client_id, lambda: tab.reopen(client_id, note_id))


def _new_with(chart: Chart, open_chart: Callable[[str], None], client_id: str, typed: str) -> None:
    """A new note, never saved, on its chart with the words the disk refused, saved as typing is."""
    shown = chart.shown_client()
    if shown is None or shown.client_id != client_id:
        open_chart(client_id)

    def start() -> None:
        tab = chart.psychotherapy
        if not tab.view.controller.psychotherapy_open:
            return
        tab.new_note_with(typed)
        _say_words_back(tab, None)

    chart.when_shown(client_id, start)


def _after_the_window(chart: Chart, open_chart: Callable[[str], None], restoring: tuple[str, HeldEntry]) -> None:
    tab = chart.psychotherapy
    if tab.restoring is not restoring or not tab.view.controller.psychotherapy_open:
        return  # another note opened meanwhile, or a lock closed the window (and held it again)
    reopen(chart, open_chart, restoring[1])


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
    if tab.signed:
        return  # only a draft is restored: a signed note lost nothing (its signature line stays)
    typed = fields.get("typed")
    if isinstance(typed, str) and typed != tab.editor.toPlainText():
        tab.editor.setPlainText(typed)  # the note as read, with the words the disk refused at the lock
        cursor = tab.editor.textCursor()
        cursor.setPosition(max(0, min(position if isinstance(position, int) else len(typed), len(typed))))
        tab.editor.setTextCursor(cursor)
        tab.form.changed()  # saved now, as typing is
        _say_words_back(tab, restoring[1].get("why"))
        return
    tab.status.setText(" ".join((restored_text(restoring[1].get("why")), tab.saved_words())))


def _say_words_back(tab: PsychotherapyTab, why: object) -> None:
    """Said over the save's own words for a while (as a progress note's: held_note._put_typed_back)."""
    said = " ".join((restored_text(why if why is not None else "psychotherapy"), QCoreApplication.translate(
        "held", "The words the disk had no room for when the notes locked are back in the note, and are "
                "saved now as you type.")))
    tab.status.setText(said)
    autosave = tab.form.autosave
    if autosave is not None:
        autosave.hold_status(said, 8000)


__all__ = ["PSYCHOTHERAPY_NOTE", "WAITS", "Chart", "PsychotherapyTab", "entries", "held_now", "keep_open", "lock_entry",
           "note_entry",
           "put_back",
           "reopen", "waits_entry"]

"""What a lock could not hold in the vault, kept in this process until the unlock that follows.

Found walking the real app with the vault on a full disk: the note said "Not saved: The disk is
full…", the idle lock came, its hold of the open windows was refused by the same full disk
(gui/held.py only logged it), and the window with the only copy of the words typed since was
closed: after the unlock the note came back without them. A lock hides the screen; it must not
throw away what the therapist typed because the disk had no room for it.

So an entry whose hold the vault refused stays here, in memory, for the vault's folder, and the
next unlock of that folder in this run of the app reopens it beside those the vault held
(main_window.take_held). It is what the window itself held a moment before, in the same memory:
nothing new reaches the disk, and it goes at the unlock, or when the app ends. docs/SECURITY.md
says what this means for a memory dump taken while the window is locked.

The psychotherapy notes' own lock keeps here only the words of their open note that the disk
refused (its entry's "typed": psychotherapy_held.lock_entry), until their next unlock: without
them the lock threw those words away (found on a full disk). Nothing else of those notes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

HeldEntry = dict[str, Any]

_kept: dict[Path, list[HeldEntry]] = {}


def keep(folder: Path, entry: HeldEntry) -> None:
    """`entry` (its late ids read) kept for `folder`'s next unlock; holding the same window again
    replaces it, as the vault's own hold does."""
    key = (entry.get("dialog"), entry.get("context"))
    kept = [e for e in _kept.get(folder, []) if (e.get("dialog"), e.get("context")) != key]
    _kept[folder] = [*kept, entry]


# The entries that name a note to reopen, not typing of their own: a note's words are in their
# "typed" field when the disk refused them (held_note.lock_entry_of, psychotherapy_held.lock_entry).
_NOTES = frozenset({"progress_note", "psychotherapy_note", "psychotherapy_note_waits"})


def loses_words(entry: HeldEntry) -> bool:
    """Whether `entry` holds words typed that are nowhere else (a form's fields, a note's refused words)."""
    fields = entry.get("fields") or {}
    if entry.get("dialog") in _NOTES:
        return bool(fields.get("typed"))
    return bool(fields)


def words_kept(folder: Path | None, where: str | None = None) -> bool:
    """Words typed in `folder`'s vault (in compartment `where`, or any) that only this process holds.
    The folder as the unlock window names it may be written otherwise (a link, a relative path)."""
    if folder is None:
        return False
    same = [kept for known, kept in _kept.items() if known == folder or _resolved(known) == _resolved(folder)]
    return any(loses_words(e) for kept in same for e in kept if where is None or e.get("where") == where)


def _resolved(folder: Path) -> Path:
    try:
        return folder.resolve()
    except OSError:
        return folder


def take(folder: Path, where: str) -> list[HeldEntry]:
    """The entries kept for `folder` in compartment `where`, given once."""
    kept = _kept.get(folder, [])
    taken = [e for e in kept if e.get("where") == where]
    rest = [e for e in kept if e.get("where") != where]
    if rest:
        _kept[folder] = rest
    else:
        _kept.pop(folder, None)
    return taken


__all__ = ["keep", "loses_words", "take", "words_kept"]

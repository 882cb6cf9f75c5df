"""How the app's window last ended with this vault: quit, quit losing words a full disk refused
(Quit anyway), or not quit at all (a crash, the app ended by the system, the computer turned
off). Read at the window's first unlock of a run, so a note found open says which it was
(gui/held.py); written at that unlock and at its Quit (storage/window_end.py says how, and why a
full disk does not stop it)."""

from __future__ import annotations

from pathlib import Path

from vault_app.storage import window_end as _record

OPEN, QUIT, LOST = _record.OPEN, _record.QUIT, _record.LOST


def begin(folder: Path) -> str | None:
    """How the last run ended (OPEN: not quit; QUIT; LOST), None when not known; this run noted."""
    return _record.begin(folder)


def end(folder: Path, *, lost: bool) -> bool:
    """This run ended through Quit (`lost`: Quit anyway over words not saved)."""
    return _record.end(folder, LOST if lost else QUIT)


__all__ = ["LOST", "OPEN", "QUIT", "begin", "end"]

"""This run of the app, as the next one reads it (services/window_end.py): begun at the window's
first unlock of each vault, ended when the app quits, "lost" when the therapist chose Quit anyway
over words the disk refused (gui/quit_unsaved.py). Without it the next start could not tell a
Quit on a full disk (its hold of the open note refused) from a crash, and said what is true of
both (found in the real app). What the last run's end was is kept here for the run's unlocks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from vault_app.services import window_end

_ended_before: dict[Path, str | None] = {}
_told: set[tuple[Path, str]] = set()
_lost: list[bool] = [False]


def begin(folder: Path, where: str) -> str | None:
    """On the worker at an unlock of compartment `where`: how the last run with `folder` ended,
    at that compartment's first unlock of this run only (read then; this run noted). At a later
    one, what was kept while a window was open is this run's own (a lock's hold the disk
    refused): None, not known."""
    if folder not in _ended_before:
        _ended_before[folder] = window_end.begin(folder)
    if (folder, where) in _told:
        return None
    _told.add((folder, where))
    return _ended_before[folder]


def chose_to_lose() -> None:
    """Quit anyway over a note's words the disk refused."""
    _lost[0] = True


def forget() -> None:
    """This run is over: what it knew goes with it (an app started again in the same process,
    as the tests do, begins anew)."""
    _ended_before.clear()
    _told.clear()
    _lost[0] = False


def then(quit_app: Callable[[], None]) -> Callable[[], None]:
    """`quit_app` once this run's end is noted for every vault it unlocked."""

    def ended() -> None:
        for folder in _ended_before:
            window_end.end(folder, lost=_lost[0])
        forget()
        quit_app()

    return ended


__all__ = ["begin", "chose_to_lose", "forget", "then"]

"""Whether this process is finishing an interrupted destruction now (the unlock's resume:
services/destruction.resume_interrupted), for a screen to say so while it waits.

Found by a walker: while the unlock finished a destruction killed part-way (15-25 s on a larger
vault), the client list read "No active clients. Add one with New client", the worklist "…" and
the status bar "Unlocked": an empty practice, which may cause panic or double entry. Standard
library only: the unlock window and the client list read it on the GUI thread, before and
while the vault's code is at work on the worker."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

_NOW = threading.Event()


@contextlib.contextmanager
def finishing() -> Iterator[None]:
    """Held for the time the interrupted destructions are finished."""
    _NOW.set()
    try:
        yield
    finally:
        _NOW.clear()


def now() -> bool:
    return _NOW.is_set()


__all__ = ["finishing", "now"]

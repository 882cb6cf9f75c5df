"""A short run of renames that must end whole: a Ctrl-C (SIGINT) during it is held back
and noted instead of raised between two of them (found: Ctrl-C while a restore put its
files in place left a vault of mixed files, refused as "records.db was rolled back")."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator


@contextlib.contextmanager
def ctrl_c_held() -> Iterator[list[int]]:
    """The list gets an entry for each SIGINT that came during the block. Off the main
    thread (the desktop app's workers) there is no SIGINT to hold: a no-op."""
    pressed: list[int] = []
    if threading.current_thread() is not threading.main_thread():
        yield pressed
        return
    previous = signal.signal(signal.SIGINT, lambda signum, _frame: pressed.append(signum))
    try:
        yield pressed
    finally:
        signal.signal(signal.SIGINT, previous)

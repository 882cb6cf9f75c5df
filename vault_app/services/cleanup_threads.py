"""Clean-ups an unlock starts beside the work, each on a daemon thread of its own (a slow or
pulled drive never holds the therapist), and waited for only by whoever must know they ended
(tests, a process about to exit). One keeper per kind of clean-up: the backup folder's stale
staging (backup_staging_sweep) and the journaled work folders (staging_journal)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any


class CleanupThreads:
    def __init__(self, name: str) -> None:
        self._name = name
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()

    def start(self, target: Callable[..., None], *args: Any) -> None:
        thread = threading.Thread(target=target, args=args, name=self._name, daemon=True)
        with self._lock:
            self._threads[:] = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    def wait(self, timeout: float) -> bool:
        """Whether every clean-up this keeper started has ended, after waiting up to `timeout` s each."""
        with self._lock:
            started = list(self._threads)
        for thread in started:
            thread.join(timeout)
        return not any(t.is_alive() for t in started)


__all__ = ["CleanupThreads"]

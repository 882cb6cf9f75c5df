"""The unlock window's countdown while the core waits before checking a passphrase after
repeated wrong ones (services/vault_master_key.py, unlock_delay: doubling up to 30 s).

Found by a walker: the window showed only a greyed "Unlocking…" for up to half a minute, which
reads as a hang. The wait itself stays in the core (a window cannot shorten it); this only says
it, one second at a time. Loaded when such an unlock starts, never for the first paint.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel

from vault_app.gui.background import run_op
from vault_app.services.vault_master_key import FREE_ATTEMPTS, unlock_delay


def waiting_words(seconds: int, failures: int) -> str:
    """In the unlock window's context: what the wait is and why."""
    return QCoreApplication.translate(
        "UnlockWindow", "Waiting {0} s after {1} wrong attempts (this slows guessing).").format(seconds, failures)


class UnlockWait(QObject):
    """Counts down in `label` from the core's delay; `done` runs when it reaches zero."""

    TICK_MS = 1000

    def __init__(self, label: QLabel, done: Callable[[], None]) -> None:
        super().__init__(label)
        self.label = label
        self.done = done
        self.left = 0
        self.failures = 0
        self.timer = QTimer(self)
        self.timer.setInterval(self.TICK_MS)
        self.timer.timeout.connect(self._tick)

    def start_for(self, failures: int) -> None:
        """Counts down the delay the core waits after `failures` failed unlocks (read on the worker,
        ahead of the unlock there: the count starts as the core's wait does)."""
        run_op(self.label, lambda: unlock_delay(failures), on_success=lambda delay: self.start(delay, failures))

    def start(self, delay: float, failures: int) -> None:
        self.left = math.ceil(delay)
        self.failures = failures
        if self.left <= 0:
            self.stop()
            return
        self._say()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.left = 0

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def _say(self) -> None:
        self.label.setText(waiting_words(self.left, self.failures))
        self.label.setVisible(True)

    def _tick(self) -> None:
        self.left = max(self.left - 1, 0)
        if self.left:
            self._say()
            return
        self.timer.stop()
        self.label.setVisible(False)
        self.done()


def say_wait(window: Any) -> None:
    """At an unlock of the unlock window (gui/unlock.py): after FREE_ATTEMPTS failed unlocks the
    core waits before checking; the window counts it down, and its "still unlocking" words are
    timed from the wait's end, not said during it."""
    if window._failures < FREE_ATTEMPTS:
        return
    if window._wait is None:
        window._wait = UnlockWait(window.working_label, lambda: window._still_working.start(
            window.STILL_WORKING_MS) if window.busy else None)
    window._still_working.stop()
    window._wait.start_for(window._failures)


__all__ = ["FREE_ATTEMPTS", "UnlockWait", "say_wait", "waiting_words"]

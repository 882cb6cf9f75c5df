"""Quit while the worker still runs (a Back up now, the backup at Quit): the app waits for it
before it ends, with a small window that says so. Found in the real app: Back up now, then
Quit, and every window vanished at once while the process went on ~2 s with nothing on
screen. The window shows no content of the vault, only that a backup is finishing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from vault_app.gui.background import SHOW_BUSY_AFTER_MS, runner


class FinishingWindow(QWidget):
    """The one window left while the app finishes its work before it ends."""

    def __init__(self) -> None:
        # No parent: the main window is gone (closed, its forms deleted) by the time it shows.
        super().__init__(None, Qt.WindowType.Dialog)
        self.setObjectName("quitFinishing")
        self.setWindowTitle(self.tr("Closing"))
        self.setAccessibleName(self.tr("Closing"))
        self.label = QLabel(self.tr("Finishing the backup before closing…"))
        self.label.setWordWrap(True)
        bar = QProgressBar()
        bar.setRange(0, 0)  # no fraction known here: it moves to show the app is not hung
        bar.setAccessibleName(self.tr("Progress"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(bar)
        self.setMinimumWidth(360)
        self.finished = False

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closed by hand, the process went on with nothing on screen again (what this window
        # ends): it goes when the work is done.
        if self.finished:
            event.accept()
        else:
            event.ignore()


class _Waiting:
    """One quit waiting for the worker: the window (after the busy delay, so a quick lock shows
    nothing) and, once the worker is idle, `end`."""

    def __init__(self, end: Callable[[], None]) -> None:
        self._end = end
        self.window = FinishingWindow()
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)
        self._timer.start(SHOW_BUSY_AFTER_MS)
        runner().idle_changed.connect(self._idle)

    def _show(self) -> None:
        if not runner().is_idle():
            self.window.show()
            self.window.raise_()

    def _idle(self, idle: bool) -> None:
        global _waiting
        if not idle:
            return
        runner().idle_changed.disconnect(self._idle)
        self._timer.stop()
        self.window.finished = True
        self.window.close()
        self.window.deleteLater()
        _waiting = None
        # Its controller deleted meanwhile (a test's teardown): none left to end.
        with contextlib.suppress(RuntimeError):
            self._end()


_waiting: _Waiting | None = None


def end_when_idle(end: Callable[[], None]) -> None:
    """`end` (the app's quit) at once when the worker has nothing left, else once it has
    finished what it holds; meanwhile a window says a backup is finishing."""
    global _waiting
    if _waiting is not None:
        return  # already waiting: the first call ends the app
    if runner().is_idle():
        end()
        return
    _waiting = _Waiting(end)


__all__ = ["FinishingWindow", "end_when_idle"]

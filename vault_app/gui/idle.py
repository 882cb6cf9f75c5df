"""Idle detection for the automatic lock.

An event filter on each of the app's top-level windows notes the last keyboard or mouse
input. A timer compares it with the configured limits: the whole vault locks after `lock_minutes`
(default 5), the psychotherapy compartment after `psychotherapy_minutes` (default 2).
A jump of the wall clock far beyond the timer interval means the computer slept
(timers do not run during suspend), which locks at once on wake-up.

Why on the windows and not on the application: an application-wide filter is a Python call
for every event of every object (style changes, child events, paints while windows are
built: about a fifth of the CPU of building a window, docs/testing.md), and input is a tiny
part of it. Every input the system delivers goes to a top-level QWindow first (the window's
filters see ShortcutOverride and KeyPress before the focused widget does, measured under X
with xdotool, docs/testing.md, seventh round), a popup menu and a dialog being windows of
their own. A window is watched from the moment it takes the focus (focusWindowChanged) and,
for one that never does, from the next tick's look at all top-level windows: at worst its
first second of input is missed, against limits of minutes. Input a program sends straight
to a widget (QTest's widget-level keys) does not pass through a window and does not count.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QWindow

DEFAULT_LOCK_MINUTES = 5
DEFAULT_PSYCHOTHERAPY_MINUTES = 2
SLEEP_GAP_SECONDS = 60.0

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    idle_lock = Signal()
    psychotherapy_idle = Signal()
    slept = Signal()
    # Lock now (Ctrl+L) or Quit (Ctrl+Q) pressed where Qt's shortcut did not take it: in a
    # window-modal dialog (an addendum, a confirmation) Qt blocks the main window's
    # application-wide shortcuts, yet both must work from every window of the app.
    app_key = Signal(str)

    def __init__(
        self,
        *,
        lock_minutes: float = DEFAULT_LOCK_MINUTES,
        psychotherapy_minutes: float = DEFAULT_PSYCHOTHERAPY_MINUTES,
        tick_ms: int = 1000,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.lock_seconds = lock_minutes * 60
        self.psychotherapy_seconds = psychotherapy_minutes * 60
        self.clock = clock
        self.wall_clock = wall_clock
        self._last_input = clock()
        self._last_tick_wall = wall_clock()
        self._last_tick_mono = clock()
        self.psychotherapy_armed = False
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.check)
        self.app_keys: dict[str, QKeySequence] = {}
        self._app: QGuiApplication | None = None

    def watch(self, app: QCoreApplication) -> None:
        """Watch the input of every top-level window of `app`, now and as windows appear."""
        if not isinstance(app, QGuiApplication):
            return  # no windows, no input
        self._app = app
        app.focusWindowChanged.connect(self._watch_window)
        self._watch_windows()

    def unwatch(self) -> None:
        app, self._app = self._app, None
        if app is None:
            return
        app.focusWindowChanged.disconnect(self._watch_window)
        for window in QGuiApplication.topLevelWindows():
            window.removeEventFilter(self)

    def _watch_window(self, window: QWindow | None) -> None:
        if window is not None:
            # Installing again is harmless (Qt keeps one entry per filter), so no list of the
            # watched windows is kept, and none can outlive its window.
            window.installEventFilter(self)

    def _watch_windows(self) -> None:
        if self._app is not None:
            for window in QGuiApplication.topLevelWindows():
                window.installEventFilter(self)

    def start(self) -> None:
        self._watch_windows()
        self.touch()
        self._last_tick_wall = self.wall_clock()
        self._last_tick_mono = self.clock()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.psychotherapy_armed = False

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def set_limits(self, lock_minutes: float, psychotherapy_minutes: float) -> None:
        self.lock_seconds = lock_minutes * 60
        self.psychotherapy_seconds = psychotherapy_minutes * 60

    def touch(self) -> None:
        self._last_input = self.clock()

    def idle_seconds(self) -> float:
        return self.clock() - self._last_input

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of every top-level window passes here (exposes, moves, update requests
        # besides input): its type is asked for once, as each call makes a Python enum.
        kind = event.type()
        if kind in _INPUT_EVENTS:
            self._last_input = self.clock()
        # A key press reaches the window only when no shortcut took it first, so this fires
        # just where the Lock now or Quit shortcut was blocked (never twice for one press);
        # taken here, the key never reaches the window's widgets.
        if kind == QEvent.Type.KeyPress and self.running and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            for name, keys in self.app_keys.items():
                if pressed.matches(keys) == QKeySequence.SequenceMatch.ExactMatch:
                    self.app_key.emit(name)
                    return True
        return False

    def check(self) -> None:
        if not self._timer.isActive():
            return
        self._watch_windows()  # one shown without taking the focus
        wall, mono = self.wall_clock(), self.clock()
        wall_gap = (wall - self._last_tick_wall) - (mono - self._last_tick_mono)
        self._last_tick_wall, self._last_tick_mono = wall, mono
        if wall_gap > SLEEP_GAP_SECONDS:
            self.slept.emit()
            return
        idle = self.idle_seconds()
        if idle >= self.lock_seconds:
            self.idle_lock.emit()
            return
        if self.psychotherapy_armed and idle >= self.psychotherapy_seconds:
            self.psychotherapy_armed = False
            self.psychotherapy_idle.emit()

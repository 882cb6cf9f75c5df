"""Signals from the operating system that should lock the vault.

What is detected (see docs/gui.md):
- every platform: Qt's application state becoming Suspended (mobile-style suspend), and
  waking from sleep (a wall-clock jump noticed by idle.IdleWatcher);
- Linux: systemd-logind `PrepareForSleep` (system bus) and the freedesktop / GNOME
  screensaver `ActiveChanged` (session bus), via QtDBus when a bus is reachable;
- Windows: WM_POWERBROADCAST suspend and WM_WTSSESSION_CHANGE lock, via a native event
  filter (session notifications registered with WTSRegisterSessionNotification).
macOS screen lock is not reported to Qt apps without extra native code; there the idle
timer and the sleep detection are what lock the vault.

`watched` says which of the two promises ("lock when the laptop sleeps", "lock when the screen
locks") this computer lets the app keep: with no session bus (a bare X session, a minimal
desktop) nothing is heard, and Settings says so rather than let the therapist believe it
(gui/lock_watch_words.py). The support log gets it once per run, in constant words.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Any

# `Qt` is imported here on purpose, not lazily: reading QtCore.Qt is what makes PySide6
# create its namespace, and with it the converter for Qt::ApplicationState. Without it,
# Qt's own emission of applicationStateChanged (the window becoming active) fails with
# "Cannot call meta function slot(Qt::ApplicationState) because parameter 0 ... cannot be
# converted", and the suspend lock is never heard: what broke when the namespace was kept
# off the start-up path before. The unlock window is drawn first (launcher.Boot); this
# module loads with the controller, after that first paint.
from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

DBUS_AFTER_MS = 200
# What `watched` holds: the two events the app promises to lock on.
SLEEP = "sleep"
SCREEN_LOCK = "screen lock"
_WM_POWERBROADCAST = 0x0218
_PBT_APMSUSPEND = 0x0004
_WM_WTSSESSION_CHANGE = 0x02B1
_WTS_SESSION_LOCK = 0x7


SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


class OsLockEvents(QObject):
    lock_requested = Signal(str)
    # Emitted when `watched` is known or changes (the D-Bus check runs after the first window).
    watching_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources: list[str] = []
        self._watched: set[str] = set()
        # What is listened for on which bus: (bus, service, promise), for `recheck`.
        self._listened: list[tuple[Any, str, str]] = []
        # The names whose coming and going is watched, and on which buses (_watch_names).
        self._names: set[str] = set()
        self._name_buses: list[Any] = []
        # False while the D-Bus check is still to run: Settings then says nothing it may take back.
        self.known = True
        self._native: _WindowsFilter | None = None
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)
            self.sources.append("application suspended")
        if sys.platform.startswith("linux") and QGuiApplication.platformName() not in ("offscreen", "minimal"):
            # Once the first window is up: connecting to two buses costs ~10 ms of start-up,
            # and nothing is unlocked (so nothing needs locking) in the meantime.
            self.known = False
            QTimer.singleShot(DBUS_AFTER_MS, self, self._connect_dbus)
        if sys.platform == "win32" and app is not None:
            self._native = _WindowsFilter(self.lock_requested)
            app.installNativeEventFilter(self._native)
            self.sources.append("Windows suspend and session lock")
            self._watched |= {SLEEP, SCREEN_LOCK}
        if self.known:
            _log_watched(self.watched)

    @property
    def watched(self) -> frozenset[str]:
        """Which of SLEEP and SCREEN_LOCK the operating system tells this app about."""
        return frozenset(self._watched)

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        # Inactive just means another window has focus: locking then would be unbearable.
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_requested.emit("suspended")

    def _connect_dbus(self) -> None:
        try:
            # Lazy (start-up): QtDBus exists only in Linux builds; loaded when the watcher connects, after the paint
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            self._settled()
            return
        system = QDBusConnection.systemBus() if Path("/run/dbus/system_bus_socket").exists() else None
        session = QDBusConnection.sessionBus() if os.environ.get("DBUS_SESSION_BUS_ADDRESS") else None
        self.watch_dbus(system=system, session=session)

    def watch_dbus(self, *, system: Any = None, session: Any = None) -> None:
        """Listen for logind's sleep signal on `system` and the screensavers' lock signal on
        `session` (QDBusConnection objects; the tests give private buses)."""
        if system is not None and system.isConnected() and system.connect(
            "org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
            "PrepareForSleep", self, SLOT("on_prepare_for_sleep(bool)"),
        ):
            self.sources.append("logind sleep")
            self._listened.append((system, "org.freedesktop.login1", SLEEP))
            self._watch_names(system, ["org.freedesktop.login1"])
            if _present(system, "org.freedesktop.login1"):
                self._watched.add(SLEEP)
        if session is not None and session.isConnected():
            for service, path, iface in SCREENSAVERS:
                if session.connect(service, path, iface, "ActiveChanged", self, SLOT("on_screensaver(bool)")):
                    self.sources.append(f"{service} screen lock")
                    self._listened.append((session, service, SCREEN_LOCK))
                    if _present(session, service):
                        self._watched.add(SCREEN_LOCK)
            self._watch_names(session, [service for service, _path, _iface in SCREENSAVERS])
        self._settled()

    def _watch_names(self, bus: Any, services: list[str]) -> None:
        """`recheck` whenever one of `services` comes on the bus or leaves it: Settings left open
        when a screensaver started went on saying the screen lock is not heard (found by a walker),
        its words judged only when it opened. The bus's own NameOwnerChanged, connected as the
        lock signals are (a QDBusServiceWatcher hung the GUI thread while it subscribed)."""
        self._names |= set(services)
        if not any(b is bus for b in self._name_buses):
            self._name_buses.append(bus)
            bus.connect("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                        "NameOwnerChanged", self, SLOT("on_name_owner_changed(QString,QString,QString)"))

    @Slot(str, str, str)
    def on_name_owner_changed(self, name: str, _old: str, _new: str) -> None:
        if name in self._names:
            self.recheck()

    def recheck(self) -> None:
        """Ask the buses again who is on them: a screensaver started after the app (or gone since)
        changes what the app is told. Found by a walker: Settings kept saying the screen lock is
        not heard, judged at start, while a screensaver that came later had just locked the vault.
        A few milliseconds of D-Bus questions: called when Settings shows its words, not on a timer."""
        if not self.known or not self._listened:
            return
        now = {promise for bus, service, promise in self._listened if bus.isConnected() and _present(bus, service)}
        now |= self._watched - {promise for _bus, _service, promise in self._listened}  # Windows' own
        if now != self._watched:
            self._watched = now
            self._settled()

    def _settled(self) -> None:
        self.known = True
        _log_watched(self.watched)
        self.watching_changed.emit()

    @Slot(bool)
    def on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_requested.emit("sleep")

    @Slot(bool)
    def on_screensaver(self, active: bool) -> None:
        if active:
            self.lock_requested.emit("screen locked")

    def register_window(self, win_id: int) -> None:
        """Windows only: ask for session lock notifications for this top-level window."""
        if sys.platform != "win32":
            return
        with contextlib.suppress(Exception):
            import ctypes  # Lazy (start-up): the Windows API is reached only on Windows.

            ctypes.windll.wtsapi32.WTSRegisterSessionNotification(int(win_id), 0)


def _present(bus: Any, service: str) -> bool:
    """Whether `service` is on `bus` or would be started by it. Listened for either way (a
    screensaver started later is still heard), but a bus alone promises nothing: a bare
    session bus (dbus-run-session around the app) has no screensaver to send the signal."""
    names = bus.interface()
    if names is None:
        return False
    registered = names.isServiceRegistered(service)
    if registered.isValid() and registered.value():
        return True
    activatable = names.activatableServiceNames()
    return bool(activatable.isValid() and service in (activatable.value() or ()))


# Constant lines (the support log keeps a line's words only when they are the code's own).
_LOG_LINES = {
    frozenset({SLEEP, SCREEN_LOCK}): "screen-lock watch: sleep and screen lock",
    frozenset({SLEEP}): "screen-lock watch: sleep only (no screen lock signal)",
    frozenset({SCREEN_LOCK}): "screen-lock watch: screen lock only (no sleep signal)",
    frozenset(): "screen-lock watch: nothing (no screensaver or logind on a bus; idle lock and Ctrl+L only)",
}


def _log_watched(watched: frozenset[str]) -> None:
    # Lazy (start-up): the support log is opened two seconds in; what is said before is kept for it.
    from vault_app import support_log

    support_log.note("screen-lock watch", _LOG_LINES[watched])


class _WindowsFilter(QAbstractNativeEventFilter):
    def __init__(self, signal: Any) -> None:
        super().__init__()
        self._signal = signal

    def nativeEventFilter(self, event_type: Any, message: Any) -> Any:
        with contextlib.suppress(Exception):
            import ctypes  # Lazy (start-up): Windows messages arrive only on Windows.
            from ctypes import wintypes

            if bytes(event_type) == b"windows_generic_MSG":
                msg = wintypes.MSG.from_address(int(message))
                if msg.message == _WM_POWERBROADCAST and msg.wParam == _PBT_APMSUSPEND:
                    self._signal.emit("sleep")
                elif msg.message == _WM_WTSSESSION_CHANGE and msg.wParam == _WTS_SESSION_LOCK:
                    self._signal.emit("screen locked")
            del ctypes
        return False, 0

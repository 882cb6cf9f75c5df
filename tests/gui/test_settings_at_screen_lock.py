"""Settings left open when the screen locks. The screensaver's lock locks the vault: Settings goes
with the main window, as every form does, and nothing typed in it (a PIN, the practice's details)
stays on screen. And while Settings stays open, a screensaver started meanwhile is said in its
words at once, not only the next time Settings opens (found by a walker: "This computer does not
tell the app when the screen locks" stayed on screen while a screensaver that had started since
was about to lock the vault). A private D-Bus daemon plays the session bus (as in
test_os_lock_signals.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from tests.gui.conftest import wait_ops
from tests.gui.test_os_lock_signals import NOTHING_HEARD, Bus, bus, emit, own, private_bus  # noqa: F401
from vault_app.gui.controller import AppController
from vault_app.gui.os_events import SCREENSAVERS

pytestmark = pytest.mark.gui


def _open_settings(app: AppController, qtbot) -> QDialog:  # type: ignore[no-untyped-def]
    window = app.main_window
    assert window is not None
    dialog = window.open_settings()
    wait_ops(qtbot)
    assert dialog.isVisible()
    return dialog


def test_settings_open_at_a_screen_lock_go_with_the_vault(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, bus: Bus) -> None:  # noqa: F811
    service, path, interface = SCREENSAVERS[0]
    screensaver = bus.connect()
    own(screensaver, service)
    unlocked_app.os_events.watch_dbus(session=bus.connect())
    dialog = _open_settings(unlocked_app, qtbot)
    typed = "Secret Practice Name 4711"
    field = next(f for f in dialog.findChildren(QLineEdit)
                 if f.isEnabled() and f.echoMode() == QLineEdit.EchoMode.Normal)
    field.setText(typed)
    emit(screensaver, path, interface, "ActiveChanged", True)
    qtbot.waitUntil(lambda: unlocked_app.vault is None, timeout=5000)
    wait_ops(qtbot)
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert all(not isinstance(w, QDialog) or w is unlocked_app.unlock_window for w in shown), shown
    words = [e.text() for w in shown for e in w.findChildren(QLineEdit)]
    assert typed not in words


def _lock_note(dialog: QDialog) -> str:
    return dialog.lock_watch.text()  # type: ignore[attr-defined]


def test_a_screensaver_started_while_settings_are_open_is_said_at_once(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, bus: Bus) -> None:  # noqa: F811
    unlocked_app.os_events.watch_dbus(session=bus.connect())
    dialog = _open_settings(unlocked_app, qtbot)
    assert _lock_note(dialog) == NOTHING_HEARD
    screensaver = bus.connect()
    own(screensaver, SCREENSAVERS[0][0])  # the desktop's screensaver starts, Settings still open
    qtbot.waitUntil(lambda: "The vault also locks when the screen locks." in _lock_note(dialog), timeout=5000)
    assert screensaver.unregisterService(SCREENSAVERS[0][0])  # type: ignore[attr-defined]  # and stops
    qtbot.waitUntil(lambda: _lock_note(dialog) == NOTHING_HEARD, timeout=5000)

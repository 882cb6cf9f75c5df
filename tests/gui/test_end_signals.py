"""SIGTERM and SIGHUP end the app as Vault > Quit does (gui/end_signals.py, launcher.end_as_quit).
Found reviewing the held forms: a logout or shutdown that sends SIGTERM ended the process at once,
and a form being typed was gone (Ctrl+Q, Quit and the lock held it). A real signal to this process,
real widgets, a real vault."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_held_dates import _reopened
from tests.gui.test_new_client_escape import _new_client_form
from vault_app.gui import end_signals
from vault_app.gui.client_dialog import ClientDialog
from vault_app.gui.controller import AppController
from vault_app.gui.launcher import end_as_quit

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


@pytest.fixture
def handlers_restored() -> Iterator[None]:
    before = {n: signal.getsignal(getattr(signal, n)) for n in (*end_signals.ENDING, "SIGUSR1")}
    yield
    signal.set_wakeup_fd(-1)
    for name, handler in before.items():
        signal.signal(getattr(signal, name), handler)


@pytest.mark.parametrize("name", end_signals.ENDING)
def test_the_signal_reaches_the_gui_thread_once(qtbot, handlers_restored: None, name: str) -> None:  # type: ignore[no-untyped-def]
    ended: list[str] = []
    watch = end_signals.install(lambda: ended.append("end"))
    assert watch is not None
    signal.signal(signal.SIGUSR1, lambda *_: None)
    os.kill(os.getpid(), signal.SIGUSR1)  # not an ending signal: nothing
    qtbot.wait(100)
    assert ended == []
    os.kill(os.getpid(), getattr(signal, name))  # without the watch this ended the test process
    qtbot.waitUntil(lambda: ended == ["end"], timeout=10_000)
    os.kill(os.getpid(), getattr(signal, name))
    qtbot.wait(100)
    assert ended == ["end"], "ended once"
    watch.close()


def test_a_typed_new_client_is_held_when_the_system_ends_the_app(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path) -> None:
    dialog = _new_client_form(unlocked_app, qtbot)
    dialog.legal_name.setFocus()
    qtbot.keyClicks(dialog.legal_name, "Maribel Sigterm")
    quits: list[bool] = []
    unlocked_app.quit_requested.connect(lambda: quits.append(True))
    app = QApplication.instance()
    assert app is not None
    end_as_quit(app, unlocked_app)
    qtbot.waitUntil(lambda: bool(quits), timeout=20_000)
    wait_ops(qtbot)
    assert unlocked_app.vault is None
    unlocked_app.start()
    window = unlock(unlocked_app, qtbot)
    again = _reopened(window, ClientDialog, qtbot)
    assert isinstance(again, ClientDialog) and again.legal_name.text() == "Maribel Sigterm"

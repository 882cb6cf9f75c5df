"""Back up now pressed, the vault locked, unlocked again, and only then the backup fails (its drive pulled
out). Found: its failure was kept beside the vault for "the next unlock", the one after this; the window
open meanwhile said nothing, and the therapist believed the backup made. Now the open window says it
as soon as the backup has ended; and one that ends while the vault is locked is said at the very next
unlock. Real widgets, vault and threads; the backup held at its start by an event (never a sleep)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.core.test_backup_beside import Gate
from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_backups_repo import _dialog
from vault_app.gui.controller import AppController
from vault_app.services import backup, backup_beside, backup_beside_control, clients

pytestmark = pytest.mark.gui

SAID = "Back up now, pressed before the last lock, was not made"


def _said(window: Any) -> str:
    return f"{window.status_line.label.text()} {window.status_line.label.toolTip()}"


def _pressed_then_locked(app: AppController, qtbot: Any, folder: Path) -> Gate:
    backup_beside_control.take_last_failure()
    app.op(None, lambda v: backup.configure(v, target=str(folder), auto=False, kind="file")).run()
    app.op(None, lambda v: clients.create_client(v, "Ione Castellane")).run()
    wait_ops(qtbot)
    gate = Gate("start")
    backup_beside.runner().checkpoint = gate
    _dialog(app, qtbot).backup_button.click()
    assert gate.reached.wait(60)
    app.lock()  # Back up now's operation goes on beside: the worker is not idle until it ends
    qtbot.waitUntil(lambda: app.unlock_window is not None and app.main_window is None, timeout=60_000)
    return gate


def _unlock_beside(app: AppController, qtbot: Any) -> Any:
    """tests/gui/conftest.unlock without its wait for every operation (Back up now's still runs)."""
    window = app.unlock_window
    assert window is not None
    window.passphrase.setText(PASSPHRASE)
    window.unlock_button.click()
    qtbot.waitUntil(lambda: app.main_window is not None and app.main_window.isVisible(), timeout=60_000)
    return app.main_window


def test_a_back_up_now_failing_after_the_next_unlock_is_said_on_the_open_window(
    unlocked_app: AppController, qtbot: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    runner = backup_beside.runner()
    gate: Gate | None = None
    try:
        gate = _pressed_then_locked(unlocked_app, qtbot, folder)
        window = _unlock_beside(unlocked_app, qtbot)  # the backup still held at its start
        assert SAID not in _said(window)
        shutil.rmtree(folder)  # the backup drive pulled out
        gate.release.set()
        assert runner.wait(120)
        wait_ops(qtbot, timeout=120_000)
        qtbot.waitUntil(lambda: SAID in _said(window), timeout=60_000)
    finally:
        if gate is not None:
            gate.release.set()
        runner.checkpoint = None


def test_a_back_up_now_failing_while_locked_again_is_said_at_the_next_unlock(
    unlocked_app: AppController, qtbot: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    runner = backup_beside.runner()
    gate: Gate | None = None
    try:
        gate = _pressed_then_locked(unlocked_app, qtbot, folder)
        _unlock_beside(unlocked_app, qtbot)
        unlocked_app.lock()  # locked again before the backup ends
        qtbot.waitUntil(lambda: unlocked_app.main_window is None, timeout=60_000)
        shutil.rmtree(folder)
        gate.release.set()
        assert runner.wait(120)
        wait_ops(qtbot, timeout=120_000)
        window = unlock(unlocked_app, qtbot)  # the first unlock after it ended
        qtbot.waitUntil(lambda: SAID in _said(window), timeout=60_000)
    finally:
        if gate is not None:
            gate.release.set()
        runner.checkpoint = None

"""Back up now pressed right after an unlock, while the backup made at the lock is still being built
(one backup at a time). Found: it was refused as "being made right now". Now it waits for that one,
saying so, then runs; or, nothing having changed since, says that backup is the newest one. The
lock's backup is held at its start by an event (never a sleep); real widgets, vault and threads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.core.test_backup_beside import Gate
from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_backups_repo import _dialog
from tests.gui.test_quit_while_backup_runs import _busy
from vault_app.gui.backups import BackupsDialog
from vault_app.gui.controller import AppController
from vault_app.services import backup, backup_beside, clients

pytestmark = pytest.mark.gui

WAITING = "Waiting for the backup made at the lock to finish…"


def _pressed_while_the_lock_backup_runs(app: AppController, qtbot: Any, folder: Path, *,
                                        saved_after_unlock: bool) -> tuple[BackupsDialog, Gate]:
    app.op(None, lambda v: backup.configure(v, target=str(folder), auto=True, kind="file")).run()
    app.op(None, lambda v: clients.create_client(v, "Ione Castellane")).run()
    wait_ops(qtbot)
    gate = Gate("start")
    backup_beside.runner().checkpoint = gate
    app.lock()
    wait_ops(qtbot)
    assert gate.reached.wait(60)
    unlock(app, qtbot)  # the lock's backup still held at its start
    if saved_after_unlock:
        app.op(None, lambda v: clients.create_client(v, "Bramwell Osterley")).run()
    dialog = _dialog(app, qtbot)
    assert dialog.target.text() == str(folder.resolve())
    dialog.backup_button.click()
    return dialog, gate


@pytest.mark.parametrize("saved_after_unlock", [False, True])
def test_back_up_now_waits_for_the_backup_made_at_the_lock(
    unlocked_app: AppController, qtbot: Any, tmp_path: Path, saved_after_unlock: bool
) -> None:
    folder = tmp_path / "usb"
    runner = backup_beside.runner()
    gate: Gate | None = None
    try:
        dialog, gate = _pressed_while_the_lock_backup_runs(unlocked_app, qtbot, folder,
                                                           saved_after_unlock=saved_after_unlock)
        qtbot.waitUntil(lambda: WAITING in _busy(dialog), timeout=60_000)
        assert "being made" not in dialog.result_label.text()
    finally:
        if gate is not None:
            gate.release.set()
        runner.checkpoint = None
    wait_ops(qtbot, timeout=120_000)
    assert runner.wait(120) and runner.failures == []
    said = dialog.result_label.text()
    made = sorted(folder.glob("*.vaultbackup"))
    listed: list[list[dict[str, Any]]] = []
    unlocked_app.query(None, backup.list_backups).success(listed.append).run()
    wait_ops(qtbot)
    if saved_after_unlock:  # its own backup, made after the lock's (which the day's rotation lets go)
        assert "Backed up to" in said and made[-1].name in said, said
        assert made[-1].name.endswith("-2.vaultbackup")  # the day's second: the lock's was the first
        assert [b["state"] for b in listed[0]] == ["verified"]
    else:  # nothing since: the lock's backup is the newest, and no second one is made
        assert "is the newest backup" in said and made[0].name in said, said
        assert len(made) == 1 and [b["state"] for b in listed[0]] == ["verified"]

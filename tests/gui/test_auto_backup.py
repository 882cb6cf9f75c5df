"""Automatic backup on lock: when a target is set and something changed since the last one."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import reopen
from tests.gui.conftest import unlock, wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import backup, clients

pytestmark = pytest.mark.gui


def test_lock_backs_up_when_something_changed(
    unlocked_app: AppController, qtbot: object, app_folder: Path, tmp_path: Path
) -> None:
    target = tmp_path / "usb-drive"
    target.mkdir()
    unlocked_app.call(None, lambda v: backup.configure(v, target=str(target), auto=True))
    unlocked_app.call(None, lambda v: clients.create_client(v, "Rowan Fictional", date_of_birth="1990-05-06"))
    wait_ops(qtbot)
    unlocked_app.lock("test")
    wait_ops(qtbot, timeout=60_000)
    made = sorted(target.glob("*.vaultbackup"))
    assert len(made) == 1
    with reopen(app_folder) as vault:
        listed = backup.list_backups(vault)
        assert [Path(b["path"]).name for b in listed] == [made[0].name]

    # Nothing changed since: locking again makes no second backup.
    unlock(unlocked_app, qtbot)
    unlocked_app.lock("again")
    wait_ops(qtbot, timeout=60_000)
    assert sorted(target.glob("*.vaultbackup")) == made


def test_lock_without_a_target_makes_no_backup(unlocked_app: AppController, qtbot: object, app_folder: Path) -> None:
    unlocked_app.call(None, lambda v: clients.create_client(v, "Sky Fictional", date_of_birth="1991-05-06"))
    wait_ops(qtbot)
    unlocked_app.lock("test")
    wait_ops(qtbot)
    assert not list(app_folder.parent.rglob("*.vaultbackup"))

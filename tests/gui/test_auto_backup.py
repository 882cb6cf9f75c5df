"""Automatic backup on lock: when a target is set and something changed since the last one.
Single files (kind="file" below): new vaults default to snapshots, whose lock is
tests/gui/test_backups_repo.py's."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import reopen
from tests.gui.conftest import unlock, wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import backup, backup_beside, clients

pytestmark = pytest.mark.gui


def test_lock_backs_up_when_something_changed(
    unlocked_app: AppController, qtbot: object, app_folder: Path, tmp_path: Path
) -> None:
    target = tmp_path / "usb-drive"
    target.mkdir()
    unlocked_app.op(None, lambda v: backup.configure(v, target=str(target), auto=True, kind="file")).run()
    unlocked_app.op(None, lambda v: clients.create_client(v, "Rowan Fictional", date_of_birth="1990-05-06")).run()
    wait_ops(qtbot)
    unlocked_app.lock("test")
    wait_ops(qtbot, timeout=60_000)
    assert backup_beside.runner().wait(120)  # built and verified beside the unlock window
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
    unlocked_app.op(None, lambda v: clients.create_client(v, "Sky Fictional", date_of_birth="1991-05-06")).run()
    wait_ops(qtbot)
    unlocked_app.lock("test")
    wait_ops(qtbot)
    assert not list(app_folder.parent.rglob("*.vaultbackup"))


def test_unlock_through_the_app_while_the_backup_on_lock_is_still_running(
    unlocked_app: AppController, qtbot: object, app_folder: Path, tmp_path: Path
) -> None:
    """The automatic backup is held at a known step (an event, not a sleep): the unlock
    window unlocks meanwhile, and the finished backup is registered by the open vault."""
    import threading

    target = tmp_path / "usb-drive"
    unlocked_app.op(None, lambda v: backup.configure(v, target=str(target), auto=True, kind="file")).run()
    unlocked_app.op(None, lambda v: clients.create_client(v, "Tamsin Fictional", date_of_birth="1988-02-03")).run()
    wait_ops(qtbot)
    reached, release = threading.Event(), threading.Event()

    def hold(step: str) -> None:
        if step == "packed":
            reached.set()
            release.wait(120)

    runner = backup_beside.runner()
    runner.checkpoint = hold
    try:
        unlocked_app.lock("test")
        wait_ops(qtbot)
        assert reached.wait(60)
        window = unlock(unlocked_app, qtbot)  # the worker is free: the vault opens at once
        assert window.isVisible() and runner.busy()
        assert not list(target.glob("*.vaultbackup"))
    finally:
        release.set()
        runner.checkpoint = None
    assert runner.wait(120) and runner.failures == []
    # It finished while the vault was open: the next lock registers it first.
    unlocked_app.lock("again")
    wait_ops(qtbot)
    assert runner.wait(120)
    made = sorted(target.glob("*.vaultbackup"))
    assert len(made) == 1
    with reopen(app_folder) as vault:
        assert [(Path(b["path"]).name, b["state"]) for b in backup.list_backups(vault)] == [(made[0].name, "verified")]


def test_quit_while_the_backup_on_lock_runs_stops_it_and_lists_nothing(
    unlocked_app: AppController, qtbot: object, app_folder: Path, tmp_path: Path
) -> None:
    """Quit (from the unlock window) while the backup is held at a known step: the
    backup stops, its temporary files are removed and nothing is registered."""
    import threading
    import time

    target = tmp_path / "usb-drive"
    unlocked_app.op(None, lambda v: backup.configure(v, target=str(target), auto=True, kind="file")).run()
    unlocked_app.op(None, lambda v: clients.create_client(v, "Ottilie Fictional", date_of_birth="1979-09-09")).run()
    wait_ops(qtbot)
    reached = threading.Event()
    runner = backup_beside.runner()

    def hold(step: str) -> None:
        if step == "packed":
            reached.set()
            for _ in range(6000):  # until the quit below asks it to stop (a bound, not a timing)
                if runner.stopping():
                    return
                time.sleep(0.01)

    runner.checkpoint = hold
    try:
        unlocked_app.lock("test")
        wait_ops(qtbot)
        assert reached.wait(60)
        assert any(p.name.startswith(".") for p in target.iterdir())  # its temporary archive
        unlocked_app.quit()
    finally:
        runner.checkpoint = None
    assert runner.wait(60) and not runner.busy()
    assert list(target.iterdir()) == []
    with reopen(app_folder) as vault:
        assert backup.list_backups(vault) == []

"""The backup made at a lock, finished after a fast unlock, is listed at once (found by a helper
on a demo vault with a repository of dated backups: it was written into the repository but
Vault > Backups… and `backup list` did not show it until the next lock, and a quit from the lock
screen lost it). The lock's job is held by an event until the vault is open again (never a
sleep); real widgets, vault, threads and chunks."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock, wait_ops
from tests.gui.lock_backup_held import lock_backup_held
from vault_app.gui.controller import AppController
from vault_app.services import backup, backup_beside
from vault_app.services.backup import BackupInfo
from vault_app.services.vault import Vault
from vault_app.storage import folder_lock

pytestmark = pytest.mark.gui


def _listed(app: AppController, qtbot: Any) -> list[tuple[str, str]]:
    rows: list[list[dict[str, Any]]] = []
    app.query(None, backup.list_backups).success(rows.append).run()
    wait_ops(qtbot)
    return [(Path(b["path"]).parent.name, b["state"]) for b in rows[-1]]


def test_the_lock_backup_finished_after_the_unlock_is_listed_without_another_lock(
    unlocked_app: AppController, qtbot: Any, tmp_path: Path
) -> None:
    repo = tmp_path / "usb"
    with lock_backup_held(unlocked_app, qtbot, repo, "Ione Castellane") as held:
        unlock(unlocked_app, qtbot)  # fast: the snapshot is still being checked
        assert _listed(unlocked_app, qtbot) == []
    runner = held.runner
    assert runner.wait(120) and runner.failures == []
    qtbot.waitUntil(lambda: _listed(unlocked_app, qtbot) == [("snapshots", "verified")], timeout=60_000)
    assert runner.waiting == []
    assert [p.name for p in (repo / "snapshots").iterdir() if p.name.startswith(".")] == []


def test_one_finished_behind_a_refused_unlock_is_registered_while_locked(
    unlocked_app: AppController, qtbot: Any, tmp_path: Path
) -> None:
    """The unlock holding the vault's lock when the job ended was refused (a mistyped passphrase):
    the backup is registered as the job would have, with the vault still locked."""
    with lock_backup_held(unlocked_app, qtbot, tmp_path / "usb", "Bramwell Osterley") as job:
        runner = job.runner
        held = folder_lock.acquire(unlocked_app.folder)  # as the refused unlock held it while it opened
        try:
            job.gate.release.set()
            assert runner.wait(120)
        finally:
            held.release()
    qtbot.waitUntil(lambda: runner.waiting == [], timeout=60_000)
    wait_ops(qtbot)
    assert runner.failures == [] and len(runner.finished) >= 1
    unlock(unlocked_app, qtbot)
    assert _listed(unlocked_app, qtbot) == [("snapshots", "verified")]


def test_an_unlock_meeting_the_lock_backup_being_recorded_says_so_and_opens(
    unlocked_app: AppController, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by a walker: the unlock right after Ctrl+L said "The vault is open in another window
    of the app (process N)", N being this window's own process, recording the lock's backup. Here
    that recording (the vault's lock taken) waits for an event as long as the test needs (another
    writer holding the backup folder is waited for before the vault's lock is taken: it no longer
    keeps an unlock waiting, tests/gui/test_back_up_now_waits_beside.py)."""
    repo = tmp_path / "usb"
    inside, go_on = threading.Event(), threading.Event()
    real = backup_beside.register

    def register(copy: Vault, built: Any) -> BackupInfo:
        inside.set()
        go_on.wait(120)
        return real(copy, built)

    monkeypatch.setattr(backup_beside, "register", register)
    try:
        with lock_backup_held(unlocked_app, qtbot, repo, "Ione Castellane") as held:
            runner = held.runner
            held.gate.release.set()
            assert inside.wait(120)
            qtbot.waitUntil(lambda: (unlocked_app.folder / folder_lock.OWNER_NAME).exists(), timeout=60_000)
            window = unlocked_app.unlock_window
            assert window is not None
            window.passphrase.setText(PASSPHRASE)
            window.unlock_button.click()
            qtbot.waitUntil(lambda: "Finishing the backup made at the lock" in window.working_label.text()
                            and window.working_label.isVisible(), timeout=60_000)
            assert "another window" not in window.message.text()
    finally:  # the recording goes on after the gate is open again, as before
        go_on.set()
    wait_ops(qtbot, timeout=120_000)
    assert unlocked_app.main_window is not None
    assert runner.wait(120) and runner.failures == []
    assert _listed(unlocked_app, qtbot) == [("snapshots", "verified")]

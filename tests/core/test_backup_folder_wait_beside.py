"""Another process holding the backup folder (a second copy of the app, `vault-app backup`) is
waited for by the backup's own thread, holding nothing of the vault: found, the backup made at a
lock (and Back up now's) waited for it at its registration holding the vault's lock, so the next
unlock waited (up to two minutes: "Still unlocking…"), and in the app the one worker with it.

A real second process holds the folder (storage/backup_folder_lock.py); real vaults, real
SQLCipher files, real threads. No wall-clock limit: the holder lets go only when the test says."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.test_backup_folder_lock import HOLD
from vault_app.services import backup, backup_beside, backup_beside_control, backup_now, clients, notes
from vault_app.services.vault import Vault, open_vault
from vault_app.storage import backup_folder_lock, folder_lock


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    folder = tmp_path / "usb"
    folder.mkdir()
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(folder)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        yield folder, proc
    finally:
        _let_go(proc)


def _let_go(proc: subprocess.Popen[str]) -> None:
    for pipe in (proc.stdin, proc.stdout):
        if pipe is not None and not pipe.closed:
            pipe.close()
    proc.wait(60)


@pytest.fixture
def waits() -> Iterator[threading.Event]:
    """Set once a backup begins to wait for another process's hold on its folder."""
    began = threading.Event()
    backup_beside_control.tell_when_waiting_for_folder(lambda _folder: began.set())
    yield began
    backup_beside_control.tell_when_waiting_for_folder(None)


def _some_work(vault: Vault, target: Path, kind: str) -> None:
    backup.configure(vault, target=str(target), kind=kind)
    client_id = clients.create_client(vault, "Ione Castellane").client_id
    for i in range(5):
        notes.create_progress_note(vault, client_id, text=f"Session {i}: worked on sleep")


@pytest.mark.parametrize("kind", ["file", "repo"])
def test_an_unlock_opens_while_the_lock_backup_waits_for_another_process(
    vault: Vault, vault_dir: Path, runner: backup_beside.BackupRunner, holder: tuple[Path, subprocess.Popen[str]],
    waits: threading.Event, monkeypatch: pytest.MonkeyPatch, kind: str,
) -> None:
    folder, proc = holder
    _some_work(vault, folder, kind)
    # Its own backup's registration is waited for a moment only (it never ends here before the
    # holder lets go): before, the unlock met the vault's lock held through the whole wait.
    monkeypatch.setattr(folder_lock, "OWN_WAIT_SECONDS", 0.2, raising=False)
    assert backup_beside.lock_with_backup(vault)
    assert waits.wait(120)
    again = open_vault(vault_dir, PASSPHRASE, wait_seconds=0)  # the unlock, the folder still held
    try:
        assert proc.poll() is None and runner.busy()
        _let_go(proc)
        assert runner.wait(120) and runner.failures == []
        backup_beside.register_waiting(again)  # the open vault's own operation (the window's bridge)
        assert [b["state"] for b in backup.list_backups(again)] == ["verified"]
    finally:
        again.lock()


def test_back_up_now_waits_beside_and_the_vault_goes_on(
    vault: Vault, runner: backup_beside.BackupRunner, holder: tuple[Path, subprocess.Popen[str]],
    waits: threading.Event,
) -> None:
    """Back up now's job waits beside; meanwhile the open vault saves and locks (what the worker
    does) without waiting for it; once the holder is done, the backup is registered at once."""
    folder, proc = holder
    _some_work(vault, folder, "file")
    running = backup_now.start(vault, folder)
    heard: list[bool] = []
    running.job.when_folder_waits(heard.append)
    assert waits.wait(120)
    assert heard == [True] and running.job.folder_waiting
    clients.create_client(vault, "Saved meanwhile")  # nothing of the vault is held by the wait
    _let_go(proc)
    assert running.job.ended.wait(120)
    assert heard == [True, False]
    done = backup_now.finish(vault, running)
    assert done.changed_since and Path(done.info.path).parent == folder.resolve()
    assert [b["state"] for b in backup.list_backups(vault)] == ["verified"]
    assert backup_folder_lock._entry(folder.resolve()).depth == 0  # nothing kept after it


def test_a_wait_past_its_bound_leaves_nothing(
    vault: Vault, runner: backup_beside.BackupRunner, holder: tuple[Path, subprocess.Popen[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, _proc = holder
    _some_work(vault, folder, "file")
    monkeypatch.setattr(backup_folder_lock, "WAIT_SECONDS", 0.3)
    running = backup_now.start(vault, folder)
    assert running.job.ended.wait(120)
    with pytest.raises(Exception) as refused:
        backup_now.finish(vault, running)
    assert getattr(refused.value, "code", "") == "backup.folder_busy", refused.value
    assert [p.name for p in folder.iterdir()] == []  # no archive, no work folder left
    assert backup.list_backups(vault) == []

"""The backup made at a lock, when its job ends while the vault's lock is held.

1. Found by a helper on a demo vault (a repository of dated backups): a lock's snapshot was
   written into the repository but never listed. Its job ended while an unlock held the vault's
   lock; it waited in memory for the next lock, and a quit from the lock screen lost it. Now the
   runner says so (`on_waiting`) and the window registers it as soon as the lock is free
   (`register_waiting_free`), as the job would have.
2. Found by a walker: an unlock right after Ctrl+L met the lock held by this very process's
   backup registering itself, and said "The vault is open in another window of the app
   (process N)", N being its own process. Now an open of this process waits for its own work
   (the unlock window says so meanwhile), or, if that never ends, says what it waits for.

The job is held at known steps by events (never a sleep), and its registration by another
holder of the backup folder. Real vaults, real SQLCipher files, real chunks."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.test_backup_beside import Gate
from vault_app.domain.errors import VaultBusy
from vault_app.services import backup, backup_beside, backup_beside_repo, clients, notes
from vault_app.services.backup import BackupInfo
from vault_app.services.vault import Vault, open_vault
from vault_app.storage import folder_lock


def _repo_target(vault: Vault, repo: Path) -> None:
    backup.configure(vault, target=str(repo), kind="repo")  # a new vault's default kind
    client_id = clients.create_client(vault, "Perpetua Sallowby").client_id
    for i in range(10):
        notes.create_progress_note(vault, client_id, text=f"Session {i}: " + os.urandom(300).hex())


def _until(seen: Callable[[], bool]) -> bool:
    """Whether `seen()` came true (the bound only keeps a broken build from hanging the run)."""
    deadline = time.monotonic() + 120
    while not seen():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def _listed(folder: Path) -> list[tuple[str, str]]:
    copy = open_vault(folder, PASSPHRASE, wait_seconds=0)
    try:
        return [(Path(b["path"]).name, b["state"]) for b in backup.list_backups(copy)]
    finally:
        copy.lock()


def test_a_snapshot_finished_while_an_unlock_held_the_vault_is_registered_once_it_is_free(
    vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner
) -> None:
    repo = tmp_path / "repo"
    _repo_target(vault, repo)
    told: list[Path] = []
    gate = Gate("verified")
    runner.checkpoint = gate
    runner.on_waiting = told.append
    try:
        assert backup_beside.lock_with_backup(vault)
        assert gate.reached.wait(60)
        unlocking = folder_lock.acquire(vault_dir)  # as an unlock holds it while it opens the vault
        try:
            gate.release.set()
            assert runner.wait(120) and runner.failures == []
        finally:
            unlocking.release()  # that unlock refused (a passphrase mistyped): the vault stays locked
        assert [p.resolve() for p in told] == [vault_dir.resolve()]  # the window is told at once
        (info,) = backup_beside.register_waiting_free()
        assert runner.waiting == [] and runner.finished == [info]
        assert _listed(vault_dir) == [(Path(info.path).name, "verified")]  # `backup list` shows it
        assert [p.name for p in (repo / "snapshots").iterdir() if p.name.startswith(".")] == []
    finally:
        runner.on_waiting = None


def test_one_whose_vault_is_open_again_stays_waiting_for_it(
    vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner
) -> None:
    _repo_target(vault, tmp_path / "repo")
    gate = Gate("verified")
    runner.checkpoint = gate
    assert backup_beside.lock_with_backup(vault)
    assert gate.reached.wait(60)
    again = open_vault(vault_dir, PASSPHRASE, wait_seconds=0)
    try:
        gate.release.set()
        assert runner.wait(120)
        assert backup_beside.register_waiting_free() == [] and len(runner.waiting) == 1
        (info,) = backup_beside.register_waiting(again)  # the open vault's own operation
        assert [b["path"] for b in backup.list_backups(again)] == [info.path]
    finally:
        again.lock()


class _Registering:
    """The lock's job held inside its registration, the vault's lock taken (`release()` lets it on)."""

    def __init__(self) -> None:
        self.inside = threading.Event()
        self.go_on = threading.Event()

    def release(self) -> None:
        self.go_on.set()


def _registering_held(vault: Vault, repo: Path, runner: backup_beside.BackupRunner,
                      monkeypatch: pytest.MonkeyPatch) -> _Registering:
    """The lock's job built, then held while it registers with the vault's lock taken (its
    registration made to wait for an event: another process's hold on the backup folder is
    waited for before the vault's lock is taken, so it no longer holds it there)."""
    gate = Gate("verified")
    runner.checkpoint = gate
    held = _Registering()
    real = backup_beside.register

    def register(copy: Vault, built: backup_beside.Built | backup_beside_repo.RepoBuilt) -> BackupInfo:
        held.inside.set()
        held.go_on.wait(120)
        return real(copy, built)

    monkeypatch.setattr(backup_beside, "register", register)
    assert backup_beside.lock_with_backup(vault)
    assert gate.reached.wait(60)
    gate.release.set()
    assert held.inside.wait(120)
    # The job has the vault's lock (its owner note: a probe of the lock would take it a moment).
    assert _until(lambda: (vault.folder / folder_lock.OWNER_NAME).exists())
    return held


def test_an_unlock_meeting_its_own_backup_registering_waits_for_it(
    vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    repo = tmp_path / "repo"
    _repo_target(vault, repo)
    other = _registering_held(vault, repo, runner, monkeypatch)
    opened: list[Vault | BaseException] = []

    def unlock() -> None:
        try:
            opened.append(open_vault(vault_dir, PASSPHRASE))  # the window's unlock: 2 s for another holder
        except BaseException as exc:
            opened.append(exc)

    thread = threading.Thread(target=unlock)
    thread.start()
    try:
        # It waits for this process's own work, and says so, instead of refusing.
        assert _until(lambda: folder_lock.waiting_for_own() or bool(opened)), opened
        assert opened == []
    finally:
        other.release()
        thread.join(120)
    (again,) = opened
    assert isinstance(again, Vault), again
    try:
        assert runner.wait(120) and runner.failures == []
        assert [b["state"] for b in backup.list_backups(again)] == ["verified"]
    finally:
        again.lock()


def test_an_unlock_never_names_its_own_process_as_another_window(
    vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    repo = tmp_path / "repo"
    _repo_target(vault, repo)
    monkeypatch.setattr(folder_lock, "OWN_WAIT_SECONDS", 0.2, raising=False)  # its registration never ends
    other = _registering_held(vault, repo, runner, monkeypatch)
    try:
        with pytest.raises(VaultBusy) as refused:
            open_vault(vault_dir, PASSPHRASE, wait_seconds=0.1)
    finally:
        other.release()
    assert refused.value.code == "vault.busy.own_backup", str(refused.value)
    assert str(os.getpid()) not in str(refused.value) and "another window" not in str(refused.value)
    assert "finishing the backup made at the lock" in str(refused.value)
    assert runner.wait(120) and runner.failures == []
    assert [state for _name, state in _listed(vault_dir)] == ["verified"]

"""Backup edge cases a second vault found (2026-12-04): a single-file copy saved into another
vault's backup folder, a restore of another vault's backup over this one, and two vaults
racing to claim one new backup folder. Real vaults, real files, the real CLI, real processes."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli
from vault_app.crypto.kdf import KdfParams
from vault_app.services import backup, backup_beside_repo, backup_repo, backup_repo_owner, clients, restore_ask
from vault_app.services.backup_repo_owner import MARKER, RepositoryOfAnotherVault
from vault_app.services.restore_other_vault import RestoreOfAnotherVault
from vault_app.services.vault import Vault, create_vault
from vault_app.storage import backup_folder_lock
from vault_app.storage import header as header_io

ANOTHER = "This backup folder belongs to another vault; choose another folder."


def _state(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def second(tmp_path: Path, kdf_params: KdfParams) -> Iterator[Vault]:
    made = create_vault(tmp_path / "second-vault", PASSPHRASE, params=kdf_params, use_device_secret=False)
    clients.create_client(made.vault, "Ottoline Second")
    yield made.vault
    if made.vault.is_open:
        made.vault.lock()


# --- 1. a single-file copy into another vault's backup folder --------------------------------------
def test_a_single_file_copy_into_another_vaults_repository_is_refused_before_anything_is_written(
    vault: Vault, vault_dir: Path, second: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    repo = tmp_path / "drive" / "second-backups"
    backup_repo.create_incremental(second, repo, rotate_old=False)
    before = _state(repo)
    vault.lock()

    copy = cli(capsys, monkeypatch, "backup", "create", "--vault", str(vault_dir), "--to", str(repo))
    snapshot = cli(capsys, monkeypatch, "backup", "create", "--vault", str(vault_dir), "--incremental", str(repo))

    assert copy.code == snapshot.code == 2, copy.err
    assert ANOTHER in copy.err and "Traceback" not in copy.err
    assert "Backup written" not in copy.out
    assert _state(repo) == before  # nothing written, nothing swept
    assert not list(repo.glob("*.vaultbackup")) and not list(repo.glob(".*"))


def test_a_single_file_copy_beside_this_vaults_own_repository_is_still_saved(vault: Vault, tmp_path: Path) -> None:
    repo = tmp_path / "own"
    backup_repo.create_incremental(vault, repo, rotate_old=False)
    info = backup.create_backup(vault, repo, rotate_old=False)
    assert Path(info.path).parent == repo and not any(ANOTHER in w for w in info.warnings)


def test_the_service_refuses_the_copy_too(vault: Vault, second: Vault, tmp_path: Path) -> None:
    repo = tmp_path / "second-backups"
    backup_repo.create_incremental(second, repo, rotate_old=False)
    with pytest.raises(RepositoryOfAnotherVault):
        backup.create_backup(vault, repo, rotate_old=False)
    assert not list(repo.glob("*.vaultbackup"))


# --- 2. a restore of another vault's backup over this one --------------------------------------------
def _second_backup(second: Vault, tmp_path: Path) -> Path:
    drive = tmp_path / "second-drive"
    drive.mkdir()
    path = Path(backup.create_backup(second, drive, rotate_old=False).path)
    second.lock()
    return path


def test_restoring_another_vaults_backup_over_this_vault_is_refused_unless_confirmed(
    vault: Vault, vault_dir: Path, second: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = _second_backup(second, tmp_path)
    mine = header_io.read(vault_dir).vault_id
    vault.lock()
    before = _state(vault_dir)

    refused = cli(capsys, monkeypatch, "backup", "restore", str(other), "--to", str(vault_dir), "--overwrite",
                  "--vault", str(vault_dir))

    assert refused.code == 6, refused.err  # as the refusal of a restore over a vault without --overwrite
    assert "is a backup of another vault" in refused.err and "--other-vault" in refused.err
    assert "Traceback" not in refused.err
    assert _state(vault_dir) == before  # nothing changed
    assert not list(tmp_path.glob("vault-before-restore-*"))  # no safety copy either: nothing began

    done = cli(capsys, monkeypatch, "backup", "restore", str(other), "--to", str(vault_dir), "--overwrite",
               "--other-vault", "--vault", str(vault_dir))
    assert done.code == 0, done.err
    assert header_io.read(vault_dir).vault_id == second.vault_id != mine
    (safety,) = tmp_path.glob("vault-before-restore-*")
    assert header_io.read(safety).vault_id == mine  # the replaced vault is kept


def _asks_another_vault(path: Path, to_dir: Path) -> bool:
    """What the app's and the CLI's one read of the copy says (restore_ask.question(...).other)."""
    return restore_ask.question(path, to_dir, passphrase=PASSPHRASE).other


def test_the_service_says_it_before_the_key_is_asked_and_after_the_backup_is_opened(
    vault: Vault, vault_dir: Path, second: Vault, tmp_path: Path,
) -> None:
    other = _second_backup(second, tmp_path)
    assert _asks_another_vault(other, vault_dir) is True
    (tmp_path / "own-drive").mkdir()
    own = Path(backup.create_backup(vault, tmp_path / "own-drive", rotate_old=False).path)
    assert _asks_another_vault(own, vault_dir) is False
    assert _asks_another_vault(other, tmp_path / "empty") is False  # nothing there to be another vault
    vault.lock()
    with pytest.raises(RestoreOfAnotherVault) as refused:
        backup.restore_backup(other, vault_dir, passphrase=PASSPHRASE, overwrite=True)
    assert "is a backup of another vault" in refused.value.message
    assert header_io.read(vault_dir).vault_id != second.vault_id


def test_a_snapshot_of_another_vault_is_refused_the_same_way(
    vault: Vault, vault_dir: Path, second: Vault, tmp_path: Path,
) -> None:
    snapshot = Path(backup_repo.create_incremental(second, tmp_path / "second-repo", rotate_old=False).path)
    second.lock()
    assert _asks_another_vault(snapshot, vault_dir) is True
    vault.lock()
    from vault_app.services.backup_repo_restore import restore_snapshot

    with pytest.raises(RestoreOfAnotherVault):
        restore_snapshot(snapshot, vault_dir, passphrase=PASSPHRASE, overwrite=True)
    report = restore_snapshot(snapshot, vault_dir, passphrase=PASSPHRASE, overwrite=True, other_vault=True)
    assert report.vault_id == second.vault_id and report.safety_copy


def test_a_new_computers_restore_into_an_empty_folder_needs_no_confirmation(
    vault: Vault, second: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = _second_backup(second, tmp_path)
    vault.lock()
    fresh = tmp_path / "new-computer" / "vault"
    # The configured vault (--vault) is another vault: read for destructions, skipped, never a reason to ask.
    done = cli(capsys, monkeypatch, "backup", "restore", str(other), "--to", str(fresh),
               "--vault", str(vault.folder))
    assert done.code == 0, done.err
    assert header_io.read(fresh).vault_id == second.vault_id


# --- 4. two vaults racing into one new backup folder ---------------------------------------------------
_HOLDER = """
import sys
from pathlib import Path
from vault_app.services import backup_repo_owner
from vault_app.storage import backup_folder_lock

folder = Path(sys.argv[1])
with backup_folder_lock.held(folder):
    print("held", flush=True)
    sys.stdin.readline()
    # The other vault's claim, made while it holds the folder (as create_incremental does).
    backup_repo_owner.write_owner(folder, sys.argv[2])
print("released", flush=True)
"""


def test_the_backup_on_lock_claims_a_new_folder_under_the_folders_lock(
    vault: Vault, second: Vault, tmp_path: Path,
) -> None:
    folder = tmp_path / "new-drive-folder"
    folder.mkdir()
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(folder), second.vault_id],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    told = threading.Event()
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "held"

        def waiting(_folder: Path) -> None:
            # This process waits for the other one: only now does the other vault claim the folder.
            told.set()
            assert holder.stdin is not None
            holder.stdin.write("go\n")
            holder.stdin.flush()

        backup_folder_lock.set_waiting_notice(waiting)
        # The lock's part, on the app's worker, does not wait for the other process (found: up to two
        # minutes, an unlock waiting with it): the claim is left to the job, beside the work.
        snap = backup_beside_repo.take(vault, folder)
        assert snap.claim_later and not told.is_set()
        with pytest.raises(RepositoryOfAnotherVault):
            backup_beside_repo.build(snap, lambda: False, lambda _step: None)  # the job's part
        assert told.is_set()  # it waited for the other process's hold
        assert holder.wait(timeout=60) == 0
    finally:
        backup_folder_lock.set_waiting_notice(None)
        if holder.poll() is None:
            if holder.stdin is not None:
                holder.stdin.write("go\n")
                holder.stdin.flush()
            holder.wait(timeout=60)
        for pipe in (holder.stdin, holder.stdout):
            if pipe is not None:
                pipe.close()
    # One vault claimed it: the other's marker was not written over, and nothing of this vault was made.
    assert backup_repo_owner.read_owner(folder) == second.vault_id
    assert sorted(p.name for p in folder.iterdir()) == [MARKER]

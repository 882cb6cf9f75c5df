"""One line of snapshots per backup folder (services/backup_lineage.py). Found in the real
app: a backup restored into a folder of its own to look something up wrote its own snapshot
into the vault's backup folder at its first lock, and the rotation removed the real vault's
snapshot of that day. Real vaults, real repositories, real restores."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import backup_beside_repo, backup_repo, backup_repo_restore, clients
from vault_app.services.vault import Vault, open_vault
from vault_app.services.vault_rekey_beside import replace_here
from vault_app.storage.chunk_store import Repository


def _snapshot(vault: Vault, repo: Path) -> Path:
    return Path(backup_repo.create_incremental(vault, repo, rotate_old=False).path)


def _restored(snapshot: Path, to: Path) -> Vault:
    backup_repo_restore.restore_copy(snapshot, to, passphrase=PASSPHRASE)
    return open_vault(to, PASSPHRASE)


def test_a_copy_restored_from_an_older_snapshot_never_writes_into_the_vaults_folder(
    vault: Vault, tmp_path: Path
) -> None:
    repo = tmp_path / "repo"
    clients.create_client(vault, "Orla Original")
    older = _snapshot(vault, repo)
    clients.create_client(vault, "Nessa Newer")
    newest = _snapshot(vault, repo)
    copy = _restored(older, tmp_path / "looked-up")
    try:
        clients.create_client(copy, "Cora Copyonly")
        before = Repository(repo).snapshot_paths()
        with pytest.raises(RefusedByPolicy, match="another copy of this vault") as refused:
            _snapshot(copy, repo)
        assert "Choose another backup folder" in (refused.value.hint or "")
        with pytest.raises(RefusedByPolicy, match="another copy of this vault"):
            backup_beside_repo.take(copy, repo)  # the backup on lock: refused before it holds anything
        assert Repository(repo).snapshot_paths() == before == [older, newest]
        _snapshot(copy, tmp_path / "the-copys-own-folder")  # elsewhere it backs up as any vault
    finally:
        copy.lock()
    assert _snapshot(vault, repo) not in (older, newest)  # the vault's own line goes on


def test_a_vault_restored_from_the_newest_snapshot_continues_its_line(vault: Vault, tmp_path: Path) -> None:
    """A new computer after a lost one: the restored vault is the vault, and backs up there; the
    old one, if it comes back, is then the other copy."""
    repo = tmp_path / "repo"
    clients.create_client(vault, "Orla Original")
    newest = _snapshot(vault, repo)
    moved = _restored(newest, tmp_path / "new-computer")
    try:
        clients.create_client(moved, "After The Move")
        assert _snapshot(moved, repo) != newest
    finally:
        moved.lock()
    clients.create_client(vault, "On The Lost Laptop")
    with pytest.raises(RefusedByPolicy, match="another copy of this vault"):
        _snapshot(vault, repo)


def test_replacing_every_key_keeps_the_line(vault: Vault, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    _snapshot(vault, repo)
    replace_here(vault, PASSPHRASE)
    clients.create_client(vault, "After New Keys")
    _snapshot(vault, repo)
    assert len(Repository(repo).snapshot_paths()) == 2

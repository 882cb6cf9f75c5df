"""A full disk while writing a snapshot into a backup repository: a clear DiskFull, the
previous snapshot intact and verifiable, nothing half-written listed or left behind.

The real-file-system variant mounts a small tmpfs (needs root, as in CI's container) and
skips where that is not possible; the injected variants run everywhere."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.test_faults_diskfull import small_filesystem
from vault_app.domain.errors import DiskFull
from vault_app.services import attachments, backup, backup_repo, clients, notes
from vault_app.services.vault import Vault
from vault_app.storage import chunk_store
from vault_app.storage.chunk_store import Repository


def _grow(vault: Vault, client_id: str, n: int, size: int) -> None:
    for i in range(n):
        attachments.add_attachment(vault, client_id, b"%PDF-1.4\n" + os.urandom(size), kind="consent",
                                   filename=f"scan-{i}.pdf")


def _assert_previous_intact(vault: Vault, repo: Repository, first: str) -> None:
    assert [b["path"] for b in backup.list_backups(vault)] == [first]
    assert [str(p) for p in repo.snapshot_paths()] == [first]
    assert backup_repo.verify_snapshot(Path(first), vault=vault)["ok"]
    assert not list(repo.root.rglob(".*")), "temporary files left"
    assert repo.chunk_ids() == repo.referenced(), "chunks of the failed snapshot left"


def _assert_disk_full_message(err: DiskFull) -> None:
    # Said as which disk (services/backup_disk_full.py): here the backup folder's own, or the
    # one disk that holds both it and the vault (tmp_path).
    assert err.message.startswith(("The drive of the backup folder ", "The disk that holds both the vault and the "
                                   "backup folder ")), err.message
    assert "is full (" in err.message and "Nothing already saved was lost" in err.hint


def test_disk_full_on_a_real_small_filesystem_keeps_the_previous_snapshot(vault: Vault, tmp_path: Path) -> None:
    client_id = clients.create_client(vault, "Tamsin Oakhurst").client_id
    for i in range(40):
        notes.create_progress_note(vault, client_id, text=f"Note {i} " + os.urandom(500).hex())
    with small_filesystem(tmp_path / "usb", "3m") as mount:
        repo = Repository(mount / "repo")
        first = backup_repo.create_incremental(vault, repo.root, rotate_old=False).path
        _grow(vault, client_id, 4, 800_000)
        head = vault.ledger.head().seq
        with pytest.raises(DiskFull) as caught:
            backup_repo.create_incremental(vault, repo.root, rotate_old=False)
        _assert_disk_full_message(caught.value)
        assert vault.ledger.head().seq == head
        _assert_previous_intact(vault, repo, first)
    vault.lock()


@pytest.mark.parametrize("budget", [0, 150_000, None])
def test_disk_full_injected_keeps_the_previous_snapshot(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, budget: int | None
) -> None:
    """None: every chunk fits, the manifest does not."""
    client_id = clients.create_client(vault, "Tamsin Oakhurst").client_id
    repo = Repository(tmp_path / "repo")
    first = backup_repo.create_incremental(vault, repo.root, rotate_old=False).path
    _grow(vault, client_id, 3, 300_000)
    original = chunk_store._write_new
    written = {"n": 0}

    def write_new(path: Path, data: bytes) -> int:
        manifest = path.name.endswith(chunk_store.MANIFEST_SUFFIX) or path.parent.name == "snapshots"
        written["n"] += len(data)
        if (manifest if budget is None else written["n"] > budget):
            raise OSError(errno.ENOSPC, "No space left on device")
        return original(path, data)

    monkeypatch.setattr(chunk_store, "_write_new", write_new)
    with pytest.raises(DiskFull) as caught:
        backup_repo.create_incremental(vault, repo.root, rotate_old=False)
    _assert_disk_full_message(caught.value)
    monkeypatch.setattr(chunk_store, "_write_new", original)
    _assert_previous_intact(vault, repo, first)
    second = backup_repo.create_incremental(vault, repo.root, rotate_old=False, verify=True)
    assert second.verified
    vault.lock()
    assert backup_repo.verify_snapshot(Path(second.path), passphrase=PASSPHRASE)["ok"]

"""Snapshots and backups on lock checked when they are made (services/backup_checked.py):
the record is written into the manifest only after every chunk was read back and every
page and the ledger chain checked; verify and restore then rely on it, say so, and still
refuse any altered chunk. Real vaults, real repositories, real SQLCipher files."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.core.test_faults_diskfull import _fill as _fill_disk
from tests.core.test_faults_diskfull import small_filesystem
from vault_app.domain.errors import DiskFull, VaultCorrupt, VaultError, VaultTampered
from vault_app.services import (
    backup,
    backup_beside,
    backup_checked,
    backup_keys,
    backup_repo,
    backup_repo_restore,
    clients,
    notes,
    staging_journal,
)
from vault_app.services.backup_archive import read_back
from vault_app.services.backup_registry import VERIFIED, VERIFY_FAILED
from vault_app.services.backup_repo_read import open_snapshot
from vault_app.services.vault import Vault, open_vault
from vault_app.storage.chunk_store import Repository
from vault_app.storage.snapshot_manifest import read_clear


def _fill(vault: Vault, n: int = 30) -> None:
    client_id = clients.create_client(vault, "Perpetua Sallowby").client_id
    for i in range(n):
        notes.create_progress_note(vault, client_id, text=f"Session {i}: " + os.urandom(500).hex())


def _body(path: Path, vault: Vault) -> dict[str, Any]:
    return open_snapshot(path.read_bytes(), backup_keys.vault_source(vault))[2]


def test_a_verified_snapshot_records_its_check_and_restores_on_it(vault: Vault, tmp_path: Path) -> None:
    _fill(vault)
    info = backup_repo.create_incremental(vault, tmp_path / "repo", verify=True, rotate_old=False)
    snapshot = Path(info.path)
    assert _body(snapshot, vault)["format_version"] == 1  # older readers ignore the record: version unchanged
    record = _body(snapshot, vault)[backup_checked.KEY]
    assert record["pages"] == ["ledger", "records"]
    assert record["ledger_head"]["seq"] == info.ledger_seq
    # Only the registered manifest is left: the one the check read is gone.
    assert sorted(p.name for p in (tmp_path / "repo" / "snapshots").iterdir()) == [snapshot.name]
    verified = [e.payload for e in vault.ledger.entries(kinds=(VERIFIED,)) if e.payload["path"] == info.path]
    assert [(v["sha256"], v["check"]) for v in verified] == [(info.sha256, backup_checked.RECORDED)]

    summary = backup_repo.verify_snapshot(snapshot, vault=vault)
    assert summary["check"] == backup_checked.RECORDED
    assert any("checked when the snapshot was made" in line for line in summary["checked"])
    report = backup_repo_restore.restore_snapshot(snapshot, tmp_path / "restored", passphrase=PASSPHRASE)
    assert report.check == backup_checked.RECORDED
    copy = open_vault(tmp_path / "restored", PASSPHRASE)
    try:
        assert [c.display_name for c in clients.list_clients(copy)] == ["Perpetua Sallowby"]
    finally:
        copy.lock()


def test_a_snapshot_without_the_record_and_full_get_every_check(vault: Vault, tmp_path: Path) -> None:
    _fill(vault)
    plain = backup_repo.create_incremental(vault, tmp_path / "repo", rotate_old=False)  # not verified: no record
    assert backup_checked.KEY not in _body(Path(plain.path), vault)
    assert backup_repo.verify_snapshot(Path(plain.path), vault=vault)["check"] == backup_checked.FULL
    checked = backup_repo.create_incremental(vault, tmp_path / "repo", verify=True, rotate_old=False)
    summary = backup_repo.verify_snapshot(Path(checked.path), vault=vault, full=True)
    assert summary["check"] == backup_checked.FULL and "ledger chain" in summary["checked"]
    report = backup_repo_restore.restore_snapshot(Path(checked.path), tmp_path / "restored", current=vault,
                                                  full=True)
    assert report.check == backup_checked.FULL


def test_a_flipped_byte_in_any_chunk_is_refused_in_both_paths(vault: Vault, tmp_path: Path) -> None:
    _fill(vault, 20)
    info = backup_repo.create_incremental(vault, tmp_path / "repo", verify=True, rotate_old=False)
    snapshot = Path(info.path)
    repo = Repository(tmp_path / "repo")
    ids = sorted(set(read_clear(snapshot.read_bytes())["chunks"]))
    assert len(ids) >= 5
    for n, chunk_id in enumerate(ids):
        path = repo.chunk_path(chunk_id)
        original = path.read_bytes()
        damaged = bytearray(original)
        damaged[(n * 7919) % len(original)] ^= 0x01
        path.write_bytes(bytes(damaged))
        for full in (False, True):
            with pytest.raises((VaultCorrupt, VaultTampered)):
                backup_repo.verify_snapshot(snapshot, vault=vault, full=full)
        path.write_bytes(original)
    # The manifest itself: any byte of it altered is refused too.
    raw = snapshot.read_bytes()
    for pos in range(0, len(raw), max(1, len(raw) // 23)):
        data = bytearray(raw)
        data[pos] ^= 0x01
        snapshot.write_bytes(bytes(data))
        # Refused: damaged, tampered, or (a flipped vault id in the key block) another vault's.
        with pytest.raises(VaultError):
            backup_repo.verify_snapshot(snapshot, vault=vault)
    snapshot.write_bytes(raw)
    assert backup_repo.verify_snapshot(snapshot, vault=vault)["check"] == backup_checked.RECORDED


def test_the_backup_on_lock_records_its_check_in_both_kinds(
    vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner
) -> None:
    _fill(vault, 10)
    backup.configure(vault, target=str(tmp_path / "files"), kind="file")
    assert backup_beside.lock_with_backup(vault)
    assert runner.wait(120) and runner.failures == []
    (single,) = runner.finished
    again = open_vault(vault_dir, PASSPHRASE)
    try:
        manifest = read_back(Path(single.path), backup_keys.master_of(again))
        assert manifest[backup_checked.KEY]["ledger_head"]["seq"] == single.ledger_seq
        assert backup.verify_backup(Path(single.path), vault=again)["check"] == backup_checked.RECORDED
        notes.create_progress_note(again, clients.list_clients(again)[0].client_id, text="One more.")
        backup.configure(again, target=str(tmp_path / "repo"), kind="repo")
    except BaseException:
        again.lock()
        raise
    assert backup_beside.lock_with_backup(again)
    assert runner.wait(120) and runner.failures == [] and len(runner.finished) == 2
    third = open_vault(vault_dir, PASSPHRASE)
    try:
        snapshot = Path(runner.finished[1].path)
        assert _body(snapshot, third)[backup_checked.KEY]["ledger_head"]["seq"] == runner.finished[1].ledger_seq
        assert backup_repo.verify_snapshot(snapshot, vault=third)["check"] == backup_checked.RECORDED
    finally:
        third.lock()


def test_a_full_disk_during_the_check_records_nothing_and_leaves_nothing(
        vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check at creation rebuilds the snapshot beside the repository when the vault's own
    disk has no room for it (services/staging_journal.work_parent): a disk too full
    for that copy fails the check as a verify did before (DiskFull, `backup.verify_failed`),
    the snapshot stays without the record (a later verify checks it in full), and no
    temporary manifest or check folder is left."""
    monkeypatch.setattr(staging_journal, "_MARGIN_BYTES", 1 << 62)
    _fill(vault, 40)
    with small_filesystem(tmp_path / "usb", "4m") as mount:
        repo = Repository(mount / "repo")
        first = backup_repo.create_incremental(vault, repo.root, rotate_old=False)
        notes.create_progress_note(vault, clients.list_clients(vault)[0].client_id, text="One more session.")
        # Room for the new chunks (under half the vault, measured), not for the check's full copy.
        filler = _fill_disk(mount, first.vault_bytes * 4 // 5)
        with pytest.raises(DiskFull):
            backup_repo.create_incremental(vault, repo.root, rotate_old=False, verify=True)
        assert not [p for p in repo.root.rglob(".*")], "temporary files left"
        second = [p for p in repo.snapshot_paths() if str(p) != first.path]
        assert len(second) == 1 and backup_checked.KEY not in _body(second[0], vault)
        failed = vault.ledger.entries(kinds=(VERIFY_FAILED,))
        assert [e.payload["path"] for e in failed] == [str(second[0])]
        filler.unlink()
        assert backup_repo.verify_snapshot(second[0], vault=vault)["check"] == backup_checked.FULL

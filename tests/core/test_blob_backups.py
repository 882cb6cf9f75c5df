"""Backups carry the attachment blobs: single files, snapshots, the backup on lock; a
backup without blobs (made before the blob store) still restores."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.clinical_helpers import PDF
from vault_app.domain.clinical_documents import Attachment
from vault_app.domain.errors import VaultCorrupt, VaultError
from vault_app.services import (
    attachments,
    backup,
    backup_beside,
    backup_keys,
    backup_repo,
    backup_repo_restore,
    clients,
)
from vault_app.services.backup_archive import (
    PARTS,
    describe_part,
    manifest_for,
    private_tempdir,
    unpack,
    write_container,
)
from vault_app.services.backup_repo_read import materialize
from vault_app.services.vault import Vault
from vault_app.storage import backup_format, blob_store, chunk_store, clinical_attachments
from vault_app.storage import header as header_io

MIB = 1 << 20


def _body(size: int) -> bytes:
    return (PDF + os.urandom(size))[:size]


def _chart(vault: Vault, sizes: tuple[int, ...] = (3 * MIB + 7, 10)) -> tuple[str, dict[str, bytes]]:
    client = clients.create_client(vault, "Ash Fictional", date_of_birth="1980-02-03").client_id
    out = {}
    for size in sizes:
        data = _body(size)
        out[attachments.add_attachment(vault, client, data, kind="other").attachment_id] = data
    return client, out


def _bodies(vault: Vault, expected: dict[str, bytes]) -> None:
    for attachment_id, data in expected.items():
        assert attachments.read_attachment(vault, attachment_id)[1] == data


def test_a_single_file_backup_carries_every_blob_and_restores_them(vault: Vault, tmp_path: Path) -> None:
    _client, bodies = _chart(vault)
    info = backup.create_backup(vault, tmp_path / "usb")
    summary = backup.verify_backup(Path(info.path), vault=vault)
    names = [p["name"] for p in summary["parts"]]
    assert names[: len(PARTS)] == list(PARTS)
    stored = blob_store.stored_ids(vault.folder)
    assert sorted(names[len(PARTS):]) == sorted(blob_store.relative_name(b) for b in stored)
    assert summary["format_version"] == 2
    restored = tmp_path / "restored"
    backup.restore_backup(Path(info.path), restored, passphrase=PASSPHRASE)
    with reopen(restored) as again:
        _bodies(again, bodies)
    assert all(p.stat().st_mode & 0o077 == 0 for p in blob_store.files(restored))


@pytest.mark.parametrize("kind", ["file", "snapshot"])
def test_a_restored_vaults_blob_folders_are_owner_only_whatever_the_umask(kind: str, vault: Vault,
                                                                          tmp_path: Path) -> None:
    """SECURITY.md: blobs/ is 0700. A restore made `blobs/ab/` with mode 0700 and its missing
    parent `blobs/` with the umask's 0755 (found by a walker with ls -la): another local user
    could list how many documents each vault holds and their sizes."""
    _chart(vault, (10,))
    previous = os.umask(0o022)
    try:
        restored = tmp_path / "restored"
        if kind == "file":
            info = backup.create_backup(vault, tmp_path / "usb")
            backup.restore_backup(Path(info.path), restored, passphrase=PASSPHRASE)
        else:
            snap = backup_repo.create_incremental(vault, tmp_path / "repo", rotate_old=False)
            backup_repo_restore.restore_snapshot(Path(snap.path), restored, passphrase=PASSPHRASE)
    finally:
        os.umask(previous)
    folders = [blob_store.root(restored), *(p for p in blob_store.root(restored).rglob("*") if p.is_dir())]
    assert len(folders) == 2
    assert {str(p.relative_to(restored)): oct(p.stat().st_mode & 0o777) for p in folders} == {
        str(p.relative_to(restored)): oct(0o700) for p in folders}


def test_restore_over_a_vault_keeps_its_blobs_in_the_safety_copy(vault: Vault, vault_dir: Path,
                                                                  tmp_path: Path) -> None:
    _client, bodies = _chart(vault, (MIB,))
    info = backup.create_backup(vault, tmp_path / "usb")
    later = attachments.add_attachment(vault, _client, _body(2 * MIB), kind="other")
    later_blob = clinical_attachments.body_ref(vault.records, later.attachment_id)
    assert later_blob is not None and later_blob[1] is not None
    report = backup.restore_backup(Path(info.path), vault_dir, passphrase=PASSPHRASE, overwrite=True, current=vault)
    assert report.safety_copy is not None
    assert blob_store.exists(Path(report.safety_copy), later_blob[1])  # the replaced vault's body kept with it
    assert not blob_store.exists(vault_dir, later_blob[1])
    with reopen(vault_dir) as again:
        _bodies(again, bodies)
        assert [a.attachment_id for a in attachments.list_attachments(again, _client)] == list(bodies)


def test_a_backup_missing_a_blob_or_with_a_damaged_one_fails_verification(vault: Vault, tmp_path: Path) -> None:
    """Built as the app builds one, from a copy with a blob removed or altered: the
    container's authentication passes, the blob check does not."""
    _chart(vault, (2 * MIB, 100))
    for damage in ("missing", "altered"):
        with private_tempdir(tmp_path, "backup") as staging:
            header, head = backup.snapshot_vault(vault, staging)
            victim = blob_store.files(staging)[0]
            if damage == "missing":
                victim.unlink()
            else:
                raw = bytearray(victim.read_bytes())
                raw[100] ^= 1
                victim.write_bytes(bytes(raw))
            names = [*PARTS, *(blob_store.relative_name(b) for b in blob_store.stored_ids(staging))]
            parts = [describe_part(n, staging / n) for n in names]
            content_key = os.urandom(backup_format.KEY_LEN)
            slots = backup_keys.slots_for(header, backup_keys.master_of(vault), content_key)
            dest = tmp_path / f"{damage}.vaultbackup"
            write_container(dest, slots, content_key, manifest_for(header, head, "2026-01-01T00:00:00+00:00", parts),
                            parts)
        with pytest.raises(VaultCorrupt, match="attachment"):
            backup.verify_backup(dest, vault=vault)
        with pytest.raises(VaultError):
            backup.restore_backup(dest, tmp_path / f"r-{damage}", passphrase=PASSPHRASE)
        assert not (tmp_path / f"r-{damage}" / header_io.HEADER_NAME).exists()


def test_a_backup_from_before_the_blob_store_restores_and_its_inline_bodies_move(vault: Vault, vault_dir: Path,
                                                                                 tmp_path: Path) -> None:
    """Format 1: the four parts only, the body inline in records.db."""
    client = clients.create_client(vault, "Ash Fictional", date_of_birth="1980-02-03").client_id
    data = _body(MIB)
    old = Attachment(attachment_id=os.urandom(8).hex(), client_id=client, kind="other", filename="old.pdf",
                     media_type="application/pdf", size=len(data), sha256=hashlib.sha256(data).hexdigest(),
                     description="", document_date=None, created_at="2025-01-01T00:00:00+00:00")
    with vault.records.transaction():
        clinical_attachments.insert_inline(vault.records, old, data)
    with private_tempdir(tmp_path, "backup") as staging:
        header, head = backup.snapshot_vault(vault, staging)
        for path in blob_store.files(staging):  # as an old version packed it: no blob parts
            path.unlink()
        parts = [describe_part(n, staging / n) for n in PARTS]
        content_key = os.urandom(backup_format.KEY_LEN)
        slots = backup_keys.slots_for(header, backup_keys.master_of(vault), content_key)
        # Version 1, as the old version wrote it (today's app writes 2 around a format-3 header).
        manifest = manifest_for(header, head, "2026-01-01T00:00:00+00:00", parts) | {"format_version": 1}
        dest = tmp_path / "old.vaultbackup"
        write_container(dest, slots, content_key, manifest, parts)
    restored = tmp_path / "restored"
    backup.restore_backup(dest, restored, passphrase=PASSPHRASE)
    with reopen(restored) as again:
        assert attachments.read_attachment(again, old.attachment_id)[1] == data
        assert clinical_attachments.inline_data(again.records, old.attachment_id) is None  # moved at unlock


def test_snapshots_carry_blobs_and_an_unchanged_blob_dedupes(vault: Vault, tmp_path: Path) -> None:
    client, bodies = _chart(vault, (3 * MIB + 1,))
    first = backup_repo.create_incremental(vault, tmp_path / "repo", rotate_old=False)
    attachments.add_attachment(vault, client, _body(200), kind="other")
    second = backup_repo.create_incremental(vault, tmp_path / "repo", rotate_old=False)
    repo = chunk_store.Repository(tmp_path / "repo")

    def blob_chunks(path: str) -> dict[str, list[str]]:
        with private_tempdir(tmp_path, "verify") as folder:
            m = materialize(Path(path), backup_keys.vault_source(vault), folder)
            return {p["name"]: p["chunks"] for p in m.body["parts"] if p["name"].startswith("blobs/")}

    a, b = blob_chunks(first.path), blob_chunks(second.path)
    (big,) = a
    assert a[big] == b[big]  # the same chunks, stored once
    assert len(b) == 2 and repo.chunk_ids() >= {c for cs in b.values() for c in cs}
    assert backup_repo.verify_snapshot(Path(second.path), vault=vault)["ok"]
    restored = tmp_path / "restored"
    backup_repo_restore.restore_snapshot(Path(second.path), restored, passphrase=PASSPHRASE)
    with reopen(restored) as again:
        _bodies(again, bodies)
        assert len(attachments.list_attachments(again, client)) == 2


def test_the_backup_on_lock_carries_the_blobs(vault: Vault, vault_dir: Path, tmp_path: Path,
                                              runner: backup_beside.BackupRunner) -> None:
    backup.configure(vault, target=str(tmp_path / "usb"), kind="file")  # single files (new vaults: snapshots)
    _client, bodies = _chart(vault, (2 * MIB,))
    assert backup_beside.lock_with_backup(vault)
    assert runner.wait(120) and runner.failures == []
    (made,) = sorted((tmp_path / "usb").glob("vault-backup-*.vaultbackup"))
    with private_tempdir(tmp_path, "verify") as folder, reopen(vault_dir) as again:
        u = unpack(made, backup_keys.vault_source(again), folder)
        assert len(u.manifest["parts"]) == len(PARTS) + 1
    restored = tmp_path / "restored"
    backup.restore_backup(made, restored, passphrase=PASSPHRASE)
    with reopen(restored) as again:
        _bodies(again, bodies)


def test_the_backup_before_an_upgrade_carries_the_blobs(vault: Vault, vault_dir: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A later version's upgrade of a vault that keeps documents as blobs: the copy staged
    before it must hold them, or the packed backup fails its own verification. (The
    pending change is declared here: no released schema is newer than this one yet; the
    staging, packing, verification and registration are the app's.)"""
    from vault_app.services import upgrade_stage

    _client, bodies = _chart(vault, (2 * MIB,))
    vault.lock()
    monkeypatch.setattr(upgrade_stage, "pending_changes", lambda *a, **k: ["records tables 83 -> 84 (test)"])
    with reopen(vault_dir) as again:
        made = [b for b in backup.list_backups(again) if "vault-backup" in b["path"]]
        assert made and again.ledger.entries(kinds=("backup.verified",))
        path = Path(made[-1]["path"])
        with private_tempdir(tmp_path, "verify") as folder:
            u = unpack(path, backup_keys.vault_source(again), folder)
            assert len(u.manifest["parts"]) == len(PARTS) + 1
    restored = tmp_path / "restored"
    monkeypatch.undo()
    backup.restore_backup(path, restored, passphrase=PASSPHRASE)
    with reopen(restored) as again:
        _bodies(again, bodies)


def test_a_blob_gone_before_the_backup_on_lock_copied_it_is_never_registered(
        vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner) -> None:
    """The job copies the blobs from the live folder in its own thread; if one is gone by
    then (a destruction after the next unlock scrubs it), the job fails and nothing is
    registered or left under a backup's name."""
    from tests.core.test_backup_beside import Gate

    backup.configure(vault, target=str(tmp_path / "usb"), kind="file")  # single files (new vaults: snapshots)
    client = _chart(vault, (MIB,))[0]
    (meta,) = attachments.list_attachments(vault, client)
    ref = clinical_attachments.body_ref(vault.records, meta.attachment_id)
    assert ref is not None and ref[1] is not None
    gate = Gate("start")
    runner.checkpoint = gate
    assert backup_beside.lock_with_backup(vault)
    assert gate.reached.wait(60)
    blob_store.scrub_blob(vault_dir, ref[1])  # what a destruction's scrub does to the live file
    gate.release.set()
    assert runner.wait(120)
    assert runner.failures and not runner.finished
    assert sorted((tmp_path / "usb").glob("vault-backup-*")) == []
    with reopen(vault_dir) as again:
        assert [b for b in backup.list_backups(again)] == []

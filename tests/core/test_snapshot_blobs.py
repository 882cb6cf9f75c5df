"""A snapshot takes an unchanged attachment blob's chunk list from the repository's newest
snapshot instead of reading it again (issue 21): only when the file is the one that
snapshot read, the snapshot opens under this vault's master key, and every chunk is in
the repository. A copy put back, a damaged file, a chunk swept meanwhile, or another
master key: the blob is read, and the snapshot's verification still proves its bytes."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.clinical_helpers import PDF
from vault_app.domain.errors import VaultError
from vault_app.services import (
    attachments,
    backup,
    backup_beside,
    backup_keys,
    backup_repo,
    backup_repo_restore,
    clients,
    snapshot_blobs,
)
from vault_app.services.backup_repo_read import open_snapshot
from vault_app.services.vault import Vault
from vault_app.storage import blob_store, chunk_store, clinical_attachments

MIB = 1 << 20


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files the snapshot's chunker reads (a spy on the real reader)."""
    seen: list[str] = []
    real = chunk_store.split_file

    def spy(source: Any) -> Iterator[bytes]:
        seen.append(Path(getattr(source, "name", source)).name)
        return real(source)

    monkeypatch.setattr(chunk_store, "split_file", spy)
    return seen


def _chart(vault: Vault, n: int = 2) -> tuple[str, dict[str, bytes], list[str]]:
    client = clients.create_client(vault, "Ash Fictional", date_of_birth="1980-02-03").client_id
    bodies: dict[str, bytes] = {}
    blob_ids: list[str] = []
    for i in range(n):
        data = (PDF + os.urandom(MIB + 100 * i))
        meta = attachments.add_attachment(vault, client, data, kind="other")
        bodies[meta.attachment_id] = data
        ref = clinical_attachments.body_ref(vault.records, meta.attachment_id)
        assert ref is not None and ref[1] is not None
        blob_ids.append(ref[1])
    return client, bodies, blob_ids


def _blob_parts(vault: Vault, path: str) -> dict[str, dict[str, Any]]:
    _slots, _master, body = open_snapshot(Path(path).read_bytes(), backup_keys.vault_source(vault))
    return {p["name"]: p for p in body["parts"] if p["name"].startswith("blobs/")}


def _restores(vault: Vault, path: str, bodies: dict[str, bytes], where: Path) -> None:
    assert backup_repo.verify_snapshot(Path(path), vault=vault)["ok"]
    backup_repo_restore.restore_snapshot(Path(path), where, passphrase=PASSPHRASE)
    with reopen(where) as again:
        for attachment_id, data in bodies.items():
            assert attachments.read_attachment(again, attachment_id)[1] == data


def test_an_unchanged_blob_is_not_read_again_and_the_snapshot_restores_it(
        vault: Vault, tmp_path: Path, reads: list[str]) -> None:
    _client, bodies, blob_ids = _chart(vault)
    first = backup_repo.create_incremental(vault, tmp_path / "repo", rotate_old=False)
    assert set(blob_ids) <= set(reads)
    reads.clear()
    second = backup_repo.create_incremental(vault, tmp_path / "repo", rotate_old=False)
    assert not set(blob_ids) & set(reads)  # the compartments are read, the blobs only stat'ed
    assert second.chunks_written == 0 or second.bytes_written < MIB
    a, b = _blob_parts(vault, first.path), _blob_parts(vault, second.path)
    assert a == b and all(p[snapshot_blobs.FILE_KEY] for p in b.values())
    _restores(vault, second.path, bodies, tmp_path / "restored")


def test_a_copy_put_back_under_the_same_name_is_read_again(vault: Vault, tmp_path: Path, reads: list[str]) -> None:
    _client, bodies, blob_ids = _chart(vault)
    backup_repo.create_incremental(vault, tmp_path / "repo", rotate_old=False)
    path = blob_store.path_for(vault.folder, blob_ids[0])
    shutil.copy2(path, tmp_path / "copy")  # same bytes, same modification time, another file
    os.replace(tmp_path / "copy", path)
    reads.clear()
    again = backup_repo.create_incremental(vault, tmp_path / "repo", rotate_old=False)
    assert blob_ids[0] in reads and blob_ids[1] not in reads
    _restores(vault, again.path, bodies, tmp_path / "restored")


def test_a_damaged_blob_put_back_is_read_and_fails_the_snapshot_check(vault: Vault, tmp_path: Path) -> None:
    """The previous snapshot holds the good bytes; reusing them would hide the live damage."""
    _client, _bodies, blob_ids = _chart(vault)
    backup_repo.create_incremental(vault, tmp_path / "repo", rotate_old=False)
    path = blob_store.path_for(vault.folder, blob_ids[1])
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    st = path.stat()
    (tmp_path / "bad").write_bytes(bytes(data))
    os.utime(tmp_path / "bad", ns=(st.st_atime_ns, st.st_mtime_ns))
    os.replace(tmp_path / "bad", path)
    with pytest.raises(VaultError, match="attachment"):
        backup_repo.create_incremental(vault, tmp_path / "repo", rotate_old=False, verify=True)


def test_a_chunk_swept_since_the_last_snapshot_is_written_again(vault: Vault, tmp_path: Path,
                                                                reads: list[str]) -> None:
    _client, bodies, blob_ids = _chart(vault)
    first = backup_repo.create_incremental(vault, tmp_path / "repo", rotate_old=False)
    repo = chunk_store.Repository(tmp_path / "repo")
    name = blob_store.relative_name(blob_ids[0])
    lost = _blob_parts(vault, first.path)[name]["chunks"][-1]
    repo.remove_chunk(lost)  # what a sweep or a purge would have done to a chunk nobody named
    reads.clear()
    second = backup_repo.create_incremental(vault, tmp_path / "repo", rotate_old=False)
    assert blob_ids[0] in reads and blob_ids[1] not in reads
    assert repo.has(lost) and second.chunks_written >= 1
    _restores(vault, second.path, bodies, tmp_path / "restored")


def test_a_snapshot_under_another_master_key_gives_nothing_to_reuse(vault: Vault, tmp_path: Path) -> None:
    _chart(vault)
    backup_repo.create_incremental(vault, tmp_path / "repo", rotate_old=False)
    repo = chunk_store.Repository(tmp_path / "repo")
    master = backup_keys.master_of(vault)
    vault_id = bytes.fromhex(vault.vault_id)
    assert len(snapshot_blobs.previous_parts(repo, master, vault_id)) == 2
    assert snapshot_blobs.previous_parts(repo, os.urandom(32), vault_id) == {}
    assert snapshot_blobs.previous_parts(repo, master, os.urandom(16)) == {}
    (repo.snapshot_paths()[-1]).write_bytes(b"VRS1 damaged")
    assert snapshot_blobs.previous_parts(repo, master, vault_id) == {}


def test_the_snapshot_on_lock_reuses_the_blobs_and_still_checks_them(
        vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner,
        reads: list[str]) -> None:
    repo = tmp_path / "repo"
    backup.configure(vault, target=str(repo), kind="repo")
    _client, bodies, blob_ids = _chart(vault)
    assert backup_beside.lock_with_backup(vault)
    assert runner.wait(120) and runner.failures == []
    reads.clear()
    with reopen(vault_dir) as again:
        extra = attachments.add_attachment(again, _client, PDF + b"%new", kind="other")
        bodies[extra.attachment_id] = PDF + b"%new"
        assert backup_beside.lock_with_backup(again)
    assert runner.wait(120) and runner.failures == []
    assert not set(blob_ids) & set(reads)
    info = runner.finished[-1]
    with reopen(vault_dir) as again:
        _restores(again, info.path, bodies, tmp_path / "restored")


def test_after_a_purge_the_next_snapshot_reuses_the_kept_blobs_and_restores_them(
        psy_vault: Vault, tmp_path: Path, reads: list[str]) -> None:
    """A destruction purges the registered snapshot by its touched parts: the other charts'
    blob parts are kept as they were, identities included (services/snapshot_purge.py), so
    the snapshot after it reads none of the kept chart's blobs, and it restores them."""
    from tests.core.destruction_helpers import seed_chart
    from vault_app.services import destruction

    target = seed_chart(psy_vault, "T")
    _client, bodies, blob_ids = _chart(psy_vault)
    first = backup_repo.create_incremental(psy_vault, tmp_path / "repo", rotate_old=False)
    kept_before = _blob_parts(psy_vault, first.path)
    cert = destruction.destroy(psy_vault, target.chart_number, basis="retention", confirm=target.chart_number)
    assert cert["verification"]["result"] == "passed"
    purged = chunk_store.Repository(tmp_path / "repo").snapshot_paths()[-1]
    kept = _blob_parts(psy_vault, str(purged))
    assert kept and len(kept) < len(kept_before)  # the destroyed chart's blob dropped out
    assert all(kept[name] == kept_before[name] for name in kept)
    assert all(snapshot_blobs.FILE_KEY in p for p in kept.values())
    reads.clear()
    after = backup_repo.create_incremental(psy_vault, tmp_path / "repo", rotate_old=False)
    assert not set(blob_ids) & set(reads)
    _restores(psy_vault, after.path, bodies, tmp_path / "restored")

"""One line of snapshots per backup folder (services/backup_lineage.py). Found in the real
app: a backup restored into a folder of its own to look something up wrote its own snapshot
into the vault's backup folder at its first lock, and the rotation removed the real vault's
snapshot of that day. Real vaults, real repositories, real restores."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import (
    backup,
    backup_beside_repo,
    backup_lineage,
    backup_repo,
    backup_repo_restore,
    backup_superseded,
    clients,
)
from vault_app.services.vault import Vault, create_vault, open_vault
from vault_app.services.vault_rekey_runners import replace_here
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


# --- a snapshot that does not open with this vault's keys ------------------------------------
NOT_OPENING = "does not open with this vault's keys"
ANOTHER_COPY = "is of another copy of this vault"


def _copied(vault: Vault, to: Path) -> tuple[Vault, Vault]:
    """`cp -a` of the vault folder, made outside the app: (the original reopened, the copy)."""
    vault.lock()
    shutil.copytree(vault.folder, to, symlinks=True)
    return reopen(vault.folder), open_vault(to, PASSPHRASE)


def test_a_copy_that_replaced_every_key_is_another_line_of_snapshots(vault: Vault, tmp_path: Path) -> None:
    """The copy goes on from the newest snapshot (allowed), replaces every key and writes: its
    snapshot opens with none of the original's keys. The original used to read past it to its
    own older snapshot and write too, so both wrote into one folder and the copy's rotation
    could remove snapshots both had registered; now it is refused, nothing written. Refused as
    the other copy's newer backup (its key block names this vault), as a single file of it is:
    it was "another vault's, or damaged", and the original's unlock did not say it was the older
    copy (found testing Quit in an older copy with a backup folder of dated backups)."""
    repo = tmp_path / "repo"
    clients.create_client(vault, "Orla Original")
    _snapshot(vault, repo)
    original, copy = _copied(vault, tmp_path / "copy")
    try:
        replace_here(copy, PASSPHRASE)
        clients.create_client(copy, "Cora Copyonly")
        copys = _snapshot(copy, repo)
        assert backup_lineage.problem(copy) is None  # the copy's own line goes on
    finally:
        copy.lock()
    try:
        backup.configure(original, target=str(repo), kind="repo")
        clients.create_client(original, "Olive Onlyoriginal")
        before = Repository(repo).snapshot_paths()
        assert before[-1] == copys
        with pytest.raises(RefusedByPolicy, match=ANOTHER_COPY) as refused:
            _snapshot(original, repo)
        assert refused.value.code == backup_lineage.ANOTHER_COPY and refused.value.params["path"] == str(copys)
        assert "Choose another backup folder" in (refused.value.hint or "")
        with pytest.raises(RefusedByPolicy, match=ANOTHER_COPY):
            backup_beside_repo.take(original, repo)  # the backup on lock
        assert Repository(repo).snapshot_paths() == before
        said = backup.status_of_folder(original)["warnings"]
        assert ANOTHER_COPY in said[0] and copys.name in said[0]  # the Backups screen and `backup list`
        older = backup_superseded.superseded(original)  # the unlock says which copy this is
        assert older is not None and older.newest == str(copys)
    finally:
        original.lock()


def test_a_second_vaults_snapshot_put_into_the_folder_refuses_it(
    vault: Vault, tmp_path: Path, kdf_params: KdfParams
) -> None:
    """A real second vault's snapshots, merged by hand into this vault's backup folder (its
    folder copied over this one's, the marker left as it was): this vault no longer treats
    the folder as its own line, rather than reading past the other vault's newest snapshot."""
    repo = tmp_path / "repo"
    clients.create_client(vault, "Orla Original")
    _snapshot(vault, repo)
    other = create_vault(tmp_path / "other", PASSPHRASE, params=kdf_params, use_device_secret=False).vault
    try:
        clients.create_client(other, "Someone Else")
        others = _snapshot(other, tmp_path / "other-repo")
    finally:
        other.lock()
    for sub in ("snapshots", "chunks"):
        shutil.copytree(tmp_path / "other-repo" / sub, repo / sub, dirs_exist_ok=True)
    assert Repository(repo).snapshot_paths()[-1].name == others.name
    clients.create_client(vault, "Goes On")
    before = sorted(p.name for p in (repo / "snapshots").iterdir())
    with pytest.raises(RefusedByPolicy, match=NOT_OPENING):
        _snapshot(vault, repo)
    assert sorted(p.name for p in (repo / "snapshots").iterdir()) == before


def test_this_vaults_own_damaged_snapshot_is_skipped_an_unregistered_one_is_not(
    vault: Vault, tmp_path: Path
) -> None:
    """A byte flipped in the newest registered snapshot's sealed body: it is this vault's own
    (registered there, its key block naming this vault), so the next one back decides and the
    backups go on. The same damaged manifest under a name this vault never registered could
    be anyone's: refused."""
    repo = tmp_path / "repo"
    clients.create_client(vault, "Orla Original")
    _snapshot(vault, repo)
    newest = _snapshot(vault, repo)
    raw = bytearray(newest.read_bytes())
    raw[-5] ^= 0x01
    newest.write_bytes(bytes(raw))
    clients.create_client(vault, "After The Damage")
    made = _snapshot(vault, repo)
    assert made.exists() and backup_lineage.problem(vault) is None
    (repo / "snapshots" / "snap-2099-01-01T000000Z.vrs").write_bytes(bytes(raw))
    with pytest.raises(RefusedByPolicy, match=NOT_OPENING):
        _snapshot(vault, repo)

"""A file the app overwrites before removing it (a blob no record names, a chunk no snapshot
names) is overwritten only when it is the app's own: a symbolic link or a hard link planted
in its place, pointing at a file outside the vault or the backup folder, is removed as a name
and the file it points at keeps every byte. Found by putting such a link in the real folders:
the unlock's sweep and the backup's sweep zeroed a file outside both."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault_app.crypto.kdf import KdfParams
from vault_app.services.vault import create_vault, open_vault
from vault_app.storage import blob_store, files, rekey_copy
from vault_app.storage.chunk_store import Repository

PRECIOUS = b"a letter kept outside the vault, not the app's to overwrite\n"


def _outside(tmp_path: Path) -> Path:
    path = tmp_path / "elsewhere" / "letter.txt"
    path.parent.mkdir()
    path.write_bytes(PRECIOUS)
    return path


def _plant(link: Path, target: Path, how: str) -> None:
    link.parent.mkdir(parents=True, exist_ok=True)
    if how == "symlink":
        link.symlink_to(target)
    else:
        os.link(target, link)


@pytest.mark.parametrize("how", ["symlink", "hardlink"])
def test_a_link_named_as_an_attachment_file_is_removed_and_its_target_kept(
    tmp_path: Path, kdf_params: KdfParams, how: str
) -> None:
    folder = tmp_path / "vault"
    create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False).vault.lock()
    outside = _outside(tmp_path)
    link = blob_store.path_for(folder, "ab" + "0" * 30)
    _plant(link, outside, how)
    with open_vault(folder, PASSPHRASE) as vault:  # the unlock sweeps blobs no record names
        assert vault.is_open
    assert not os.path.lexists(link)
    assert outside.read_bytes() == PRECIOUS


@pytest.mark.parametrize("how", ["symlink", "hardlink"])
def test_a_link_named_as_a_chunk_is_removed_by_the_sweep_and_its_target_kept(tmp_path: Path, how: str) -> None:
    repo = Repository(tmp_path / "backups")
    repo.ensure()
    outside = _outside(tmp_path)
    link = repo.chunk_path("a" * 64)
    _plant(link, outside, how)
    assert repo.sweep() == {"temporary_files": 0, "chunks_removed": 1}
    assert not os.path.lexists(link)
    assert outside.read_bytes() == PRECIOUS


def test_a_temporary_name_in_a_linked_chunk_folder_outside_is_left_alone(tmp_path: Path) -> None:
    """A chunk folder that is a symbolic link to a folder outside: the sweep of temporary
    files of dead processes does not reach into it."""
    repo = Repository(tmp_path / "backups")
    repo.ensure()
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    kept = outside / ".tmp-999999999-ab"  # a dead pid's temporary name
    kept.write_bytes(PRECIOUS)
    (repo.chunks_dir / "bb").symlink_to(outside, target_is_directory=True)
    repo.sweep()
    assert kept.read_bytes() == PRECIOUS


def test_scrub_file_overwrites_the_apps_own_file(tmp_path: Path) -> None:
    own = tmp_path / "own.bin"
    own.write_bytes(b"ciphertext")
    with own.open("rb") as still_open:  # the same inode, read after the scrub
        files.scrub_file(own, "removing a file")
        assert still_open.read() == b"\x00" * len(b"ciphertext")
    assert not own.exists()


def test_a_link_named_as_a_rekey_copy_is_removed_and_its_target_kept(tmp_path: Path, kdf_params: KdfParams) -> None:
    """The unlock scrubs a re-encrypted copy a killed rekey left (storage/rekey_copy.py)."""
    folder = tmp_path / "vault"
    create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False).vault.lock()
    outside = _outside(tmp_path)
    link = folder / ("records.db" + rekey_copy.SUFFIX)
    link.symlink_to(outside)
    with open_vault(folder, PASSPHRASE) as vault:
        assert vault.is_open
    assert not os.path.lexists(link)
    assert outside.read_bytes() == PRECIOUS

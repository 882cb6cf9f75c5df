"""Something else in place of `vault.lock.owner` (storage/folder_lock.py: who has the vault
open). Found by the older-copies pass: a folder by that name made every command and unlock
stop on "internal error (IsADirectoryError)" (the lock's release, on the way out of the
refused note, tripped on it and hid the refusal). Real command-line processes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli_process
from vault_app.services import clients
from vault_app.services.vault import Vault
from vault_app.storage.folder_lock import OWNER_NAME


@pytest.fixture
def folder(vault: Vault, vault_dir: Path) -> Path:
    clients.create_client(vault, "Oriel Lockwood")
    vault.lock()
    return vault_dir


def _list(folder: Path) -> tuple[int, str, str]:
    done = cli_process("client", "list", "--vault", str(folder))
    return done.code, done.out, done.err


def test_a_folder_in_its_place_is_refused_in_words_and_kept(folder: Path) -> None:
    owner = folder / OWNER_NAME
    owner.mkdir()
    (owner / "kept.txt").write_text("someone's own file")
    code, _, err = _list(folder)
    assert code == 7, err
    assert f"A folder named {OWNER_NAME} is in the vault folder" in err and "internal" not in err
    assert (owner / "kept.txt").read_text() == "someone's own file"
    os.remove(owner / "kept.txt")
    owner.rmdir()
    code, out, err = _list(folder)
    assert code == 0 and "Oriel Lockwood" in out, err


@pytest.mark.parametrize("plant", ["pipe", "endless", "cut"])
def test_a_pipe_a_link_or_a_cut_note_is_written_over(folder: Path, plant: str) -> None:
    owner = folder / OWNER_NAME
    if plant == "pipe":
        os.mkfifo(owner)
    elif plant == "endless":
        owner.symlink_to("/dev/zero")
    else:
        owner.write_text('{"who": "vault-app win')
    code, out, err = _list(folder)
    assert code == 0 and "Oriel Lockwood" in out, err
    assert not os.path.lexists(owner)  # noted, then removed at the command's end

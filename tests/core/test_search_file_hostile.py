"""Something else in place of a search index file (storage/search_index.py): the index is
derived data, so whatever is there is either thrown away and rebuilt, or, where it is not
the app's to throw away (a folder), refused in a sentence that names the way out. Found by
the older-copies pass: a folder named search-records.db stopped every unlock on "internal
error (IsADirectoryError)". Each case runs the real command line in a process of its own."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli_process
from vault_app.services import clients
from vault_app.services.vault import Vault
from vault_app.storage.layout import SEARCH_FILES

NAME = "Quillon Marrowfen"


def _search(folder: Path, *extra: str) -> tuple[int, list[str], str]:
    done = cli_process("search", "--vault", str(folder), "Marrowfen", "--json", *extra)
    names = []
    if done.code == 0:
        out = done.out[done.out.index("{\n"):]  # after a rebuild's notice line
        names = [c["legal_name"] for c in json.loads(out)["clients"]]
    return done.code, names, done.err


@pytest.fixture
def folder(vault: Vault, vault_dir: Path) -> Path:
    clients.create_client(vault, NAME)
    vault.lock()
    return vault_dir


@pytest.mark.parametrize("name", sorted(SEARCH_FILES.values()))
@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_a_folder_in_place_of_a_search_file_is_refused_in_words_and_kept(folder: Path, name: str,
                                                                          suffix: str) -> None:
    in_the_way = folder / (name + suffix)
    for side in ("", "-wal", "-shm"):
        (folder / (name + side)).unlink(missing_ok=True)
    in_the_way.mkdir()
    (in_the_way / "kept.txt").write_text("someone's own file")
    extra = ("--psychotherapy",) if "psychotherapy" in name else ()
    code, _, err = _search(folder, *extra)
    if "psychotherapy" in name and code == 0:
        pytest.fail("the psychotherapy search ran over a folder in place of its index")
    assert code == 7, err
    assert f"A folder named {in_the_way.name} is in the vault folder" in err
    assert "internal" not in err and "Traceback" not in err
    assert (in_the_way / "kept.txt").read_text() == "someone's own file"
    os.remove(in_the_way / "kept.txt")
    in_the_way.rmdir()
    code, names, err = _search(folder, *extra)
    assert code == 0, err
    assert names == [NAME]


def test_a_link_a_pipe_or_a_cut_file_in_place_of_the_index_is_rebuilt_and_nothing_outside_is_touched(
        folder: Path, tmp_path: Path) -> None:
    index = folder / SEARCH_FILES["records"]
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("not the vault's")
    whole = index.read_bytes()
    for plant in ("link", "pipe", "cut", "empty"):
        for side in ("", "-wal", "-shm"):
            (folder / (index.name + side)).unlink(missing_ok=True)
        if plant == "link":
            index.symlink_to(outside)
        elif plant == "pipe":
            os.mkfifo(index)
        elif plant == "cut":
            index.write_bytes(whole[: len(whole) // 3])
        else:
            index.write_bytes(b"")
        code, names, err = _search(folder)
        assert (code, names) == (0, [NAME]), (plant, err)
        assert index.is_file() and not index.is_symlink(), plant
        assert outside.read_text() == "not the vault's"

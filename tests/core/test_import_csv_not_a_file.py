"""A named pipe or a device given as the CSV to import is said to be no file to import, not
"That CSV file does not exist." (it exists: found by the attacker's walk, thirty-eighth round,
with `vault-app import csv /dev/zero`). Nothing is read from it, nothing waits on it; a folder
is said as a folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli_in_process, init_vault
from vault_app.domain.errors import InvalidInput, NotFound
from vault_app.services.importers.csv_clients import preview_csv


@pytest.mark.timeout(120)
@pytest.mark.parametrize("kind", ["pipe", "device", "link to a device"])
def test_a_pipe_or_a_device_is_said_as_not_a_file(tmp_path: Path, kind: str) -> None:
    given = tmp_path / "clients.csv"
    if kind == "pipe":
        os.mkfifo(given)
    elif kind == "link to a device":
        given.symlink_to("/dev/zero")
    else:
        given = Path("/dev/zero")
    with pytest.raises(InvalidInput) as refused:
        preview_csv(given, preset="simplepractice")
    assert refused.value.code == "import.csv_not_a_file"
    assert "not a regular file" in refused.value.message


def test_a_folder_and_a_missing_file_keep_their_words(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as folder:
        preview_csv(tmp_path, preset="simplepractice")
    assert folder.value.code == "import.csv_is_folder"
    with pytest.raises(NotFound) as missing:
        preview_csv(tmp_path / "nothing.csv", preset="simplepractice")
    assert missing.value.code == "import.csv_missing"


@pytest.mark.timeout(120)
def test_the_command_says_it_of_dev_zero(tmp_path: Path) -> None:
    init_vault(tmp_path / "vault")
    done = cli_in_process("--vault", str(tmp_path / "vault"), "import", "csv", "/dev/zero", "--dry-run")
    assert done.code == 2, done.err
    assert "not a regular file (a pipe or a device): /dev/zero." in done.err
    assert "does not exist" not in done.err

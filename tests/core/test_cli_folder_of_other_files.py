"""A new vault goes into a new or empty folder. Found: `init --vault ~/Documents` and
`backup restore B --to ~/Documents` put the vault's files among the letters there."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import FAST_KDF, cli_in_process, init_vault
from vault_app.domain.errors import ExitCode


@pytest.fixture
def documents(tmp_path: Path) -> Path:
    folder = tmp_path / "Documents"
    folder.mkdir()
    (folder / "letter to the board.txt").write_text("Dear board,\n")
    return folder


@pytest.mark.parametrize("command", [("init", "--no-keyring", *FAST_KDF), ("demo", "--clients", "1", "--no-keyring",
                                                                            *FAST_KDF)])
def test_a_new_vault_among_other_files(documents: Path, command: tuple[str, ...]) -> None:
    result = cli_in_process(*command, "--vault", str(documents))
    assert result.code == ExitCode.USAGE, result.err
    assert "already holds other files; nothing was created." in result.err
    assert str(documents / "vault") in result.err
    assert [p.name for p in documents.iterdir()] == ["letter to the board.txt"]


def test_a_restore_among_other_files(documents: Path, tmp_path: Path) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    made = cli_in_process("backup", "create", "--vault", str(folder), "--to", str(tmp_path / "backups"), "--json")
    assert made.code == 0, made.err
    refused = cli_in_process("backup", "restore", made.json()["path"], "--to", str(documents))
    assert refused.code == ExitCode.USAGE and "nothing was restored" in refused.err, refused.err
    assert [p.name for p in documents.iterdir()] == ["letter to the board.txt"]
    into_new = cli_in_process("backup", "restore", made.json()["path"], "--to", str(documents / "vault"))
    assert into_new.code == 0, into_new.err
    hidden = tmp_path / "empty"
    hidden.mkdir()
    (hidden / ".DS_Store").write_bytes(b"\0")  # what a file manager leaves in an empty folder
    assert cli_in_process("backup", "restore", made.json()["path"], "--to", str(hidden)).code == 0

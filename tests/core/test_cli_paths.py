"""Paths as people type them: a file where a folder belongs. Found: `init --vault notes.txt`
said "The system reported an I/O error while creating the vault folder (EEXIST)", and
`backup restore B --to notes.txt/new` "(ENOTDIR)"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import FAST_KDF, cli, cli_in_process, init_vault
from vault_app.domain.errors import ExitCode
from vault_app.services import clients
from vault_app.services.vault import Vault


@pytest.fixture
def a_file(tmp_path: Path) -> Path:
    path = tmp_path / "notes.txt"
    path.write_text("a file, not a folder\n")
    return path


@pytest.mark.parametrize("below", [False, True])
def test_init_into_a_file(a_file: Path, below: bool, capsys: pytest.CaptureFixture[str],
                          monkeypatch: pytest.MonkeyPatch) -> None:
    target = a_file / "vault" if below else a_file
    result = cli(capsys, monkeypatch, "init", "--vault", str(target), "--no-keyring", *FAST_KDF)
    assert result.code == ExitCode.ENVIRONMENT, result.err
    assert "A file is in the way while creating the vault folder" in result.err
    assert "one of its parts is a file, not a folder" in result.err
    assert "I/O error" not in result.err
    assert a_file.read_text() == "a file, not a folder\n"


def test_backup_into_and_restore_below_a_file(a_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    made = cli_in_process("backup", "create", "--vault", str(folder), "--to", str(a_file / "backups"))
    assert made.code == ExitCode.ENVIRONMENT and "A file is in the way" in made.err, made.err
    made = cli_in_process("backup", "create", "--vault", str(folder), "--to", str(tmp_path / "backups"), "--json")
    assert made.code == 0, made.err
    restored = cli_in_process("backup", "restore", made.json()["path"], "--to", str(a_file / "restored"))
    assert restored.code == ExitCode.ENVIRONMENT, restored.err
    assert "A file is in the way" in restored.err and "I/O error" not in restored.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "notes.txt", "v"]


def test_a_quoted_tilde_is_the_home_folder(vault: Vault, vault_dir: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Found: `--passphrase-file "~/My files/pass.txt"` (quoted for its space, so the shell
    left the '~') and `note add --file "~/…"` were not found, while --vault expanded its '~'."""
    chart = clients.create_client(vault, "Tilda Home").chart_number
    vault.lock()
    home = tmp_path / "home"
    (home / "My files").mkdir(parents=True)
    (home / "My files" / "pass.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    (home / "My files" / "note.txt").write_text("Slept better this week.\n", encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    v = ("--vault", str(vault_dir), "--passphrase-file", "~/My files/pass.txt")
    added = cli(capsys, monkeypatch, "note", "add", chart, "--file", "~/My files/note.txt", *v, passphrase=None)
    assert added.code == 0, added.err
    written = cli(capsys, monkeypatch, "certificate", "public-key", "--out", "~/My files/key.txt", *v, passphrase=None)
    assert written.code == 0, written.err
    assert (home / "My files" / "key.txt").is_file()
    assert not (Path.cwd() / "~").exists()


def test_an_output_file_in_a_missing_folder(tmp_path: Path) -> None:
    """Found: `certificate public-key --out nodir/key.txt` said "The system reported an I/O
    error while writing the public key (ENOENT)"."""
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    result = cli_in_process("certificate", "public-key", "--vault", str(folder), "--out",
                            str(tmp_path / "no" / "k.txt"))
    assert result.code == ExitCode.ENVIRONMENT, result.err
    assert "A file or folder was not found while writing the public key." in result.err
    assert "its folder must exist already" in result.err and "I/O error" not in result.err

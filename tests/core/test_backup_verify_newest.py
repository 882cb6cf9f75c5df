"""`backup create` says how to check a copy it did not verify, and `backup verify` with no FILE
checks the newest registered backup and says which. Found walking the real app: create said
"not verified yet" with no next step, and verify insisted on a FILE argument. Real vault, real
backups, the real CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import FAST_KDF, cli


@pytest.fixture
def vault_with_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("VAULT_APP_DIR", str(tmp_path / "vault"))
    made = cli(capsys, monkeypatch, "init", "--no-keyring", "--recovery-key-out", str(tmp_path / "kit.txt"),
               *FAST_KDF)
    assert made.code == 0, made.err
    usb = tmp_path / "usb"
    conf = cli(capsys, monkeypatch, "backup", "settings", "--target", str(usb), "--kind", "file")
    assert conf.code == 0, conf.err
    return tmp_path


@pytest.mark.parametrize("kind", ["file", "repo"])
def test_create_says_how_to_check_it_and_verify_finds_the_newest(
        vault_with_folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        kind: str) -> None:
    other = vault_with_folder / "elsewhere"
    first = cli(capsys, monkeypatch, "backup", "create", "--to", str(other), "--json").json()["path"]
    made = cli(capsys, monkeypatch, "backup", "create", "--kind", kind)
    assert made.code == 0, made.err
    assert "not verified yet: check it with 'vault-app backup verify'" in made.out
    assert "Vault > Backups" in made.out
    newest = made.out.splitlines()[0].split(" written: ", 1)[1]
    assert newest != first and Path(newest).exists()

    checked = cli(capsys, monkeypatch, "backup", "verify")
    assert checked.code == 0, checked.err
    assert checked.out.startswith(f"Checking the newest registered backup: {newest}\n"), checked.out
    assert "Backup OK" in checked.out
    as_json = cli(capsys, monkeypatch, "backup", "verify", "--json")
    assert as_json.code == 0 and as_json.json()["newest_registered"] == newest  # the JSON stays one object
    listed = cli(capsys, monkeypatch, "backup", "list", "--json").json()["backups"]
    assert {b["path"]: b["state"] for b in listed}[newest] == "verified"


def test_verify_without_a_file_says_what_to_do_when_none_is_registered(
        vault_with_folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    none = cli(capsys, monkeypatch, "backup", "verify")
    assert none.code == 2 and "No backup is registered" in none.err and "backup create" in none.err
    by_kit = cli(capsys, monkeypatch, "backup", "verify", "--recovery-key-file",
                 str(vault_with_folder / "kit.txt"))
    assert by_kit.code == 2 and "Name the backup file" in by_kit.err

"""The CLI with snapshots as a new vault's default: `init` says so, `backup create` follows the
settings, `--to DIR` and `--kind file` stay the one command for a single file to take
elsewhere, and `backup list` says which is which. In-process (the CLI's own run())."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import FAST_KDF, cli
from vault_app.storage.chunk_store import Repository


@pytest.fixture
def vault(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "vault"
    monkeypatch.setenv("VAULT_APP_DIR", str(folder))
    made = cli(capsys, monkeypatch, "init", "--no-keyring", *FAST_KDF)
    assert made.code == 0, made.err
    assert "dated backups" in made.out and "backup create --to DIR" in made.out
    return folder


def test_init_says_snapshots(vault: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                             tmp_path: Path) -> None:
    again = cli(capsys, monkeypatch, "init", "--no-keyring", "--vault", str(tmp_path / "second"), "--json",
                *FAST_KDF)
    assert again.code == 0 and again.json()["backup_kind"] == "repo"
    shown = cli(capsys, monkeypatch, "backup", "settings", "--json")
    assert shown.json()["settings"]["kind"] == "repo"


def test_create_follows_the_settings_and_a_single_file_is_one_command_away(
    vault: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    repo, stick = tmp_path / "usb" / "backups", tmp_path / "stick"
    assert cli(capsys, monkeypatch, "backup", "settings", "--target", str(repo)).code == 0
    snap = cli(capsys, monkeypatch, "backup", "create", "--verify", "--json")
    assert snap.code == 0, snap.err
    assert Path(snap.json()["path"]) == Repository(repo.resolve()).snapshot_paths()[0]
    assert snap.json()["verified"]

    copy = cli(capsys, monkeypatch, "backup", "create", "--to", str(stick), "--verify")
    assert copy.code == 0 and "Backup written" in copy.out, copy.err
    (single,) = stick.glob("vault-backup-*.vaultbackup")
    beside = cli(capsys, monkeypatch, "backup", "create", "--kind", "file", "--json")
    assert beside.code == 0, beside.err
    assert Path(beside.json()["path"]).parent == repo.resolve()  # a single file beside the repository

    listed = cli(capsys, monkeypatch, "backup", "list", "--json").json()["backups"]
    assert [b["kind"] for b in listed] == ["snapshot", "file", "file"]
    text = cli(capsys, monkeypatch, "backup", "list").out
    assert "snapshot" in text and str(single.resolve()) in text
    # The single file in the repository folder is said too, with what happens to it.
    settings = cli(capsys, monkeypatch, "backup", "settings")
    assert "WARNING: This folder also holds 1 single-file backup." in settings.out

    verified = cli(capsys, monkeypatch, "backup", "verify", str(single), "--json")
    assert verified.code == 0 and verified.json()["ok"]
    restored = cli(capsys, monkeypatch, "backup", "restore", str(single), "--to", str(tmp_path / "restored"))
    assert restored.code == 0, restored.err


def test_incremental_and_kind_file_together_are_refused(
    vault: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    both = cli(capsys, monkeypatch, "backup", "create", "--incremental", str(tmp_path / "r"), "--kind", "file")
    assert both.code == 2 and "Give one of them" in both.err and "Traceback" not in both.err
    assert not (tmp_path / "r").exists()


def test_list_says_the_sizes_the_app_says(
    vault: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Walk M: `backup list` gave a snapshot as 5195 bytes (its manifest) where the Backups window
    said 1031 KiB (what it added to the folder). Both now say the same, and which it is: a
    snapshot's KiB added, a single file's KiB; --json keeps the bytes."""
    repo = tmp_path / "usb" / "backups"
    assert cli(capsys, monkeypatch, "backup", "settings", "--target", str(repo)).code == 0
    assert cli(capsys, monkeypatch, "backup", "create").code == 0
    assert cli(capsys, monkeypatch, "backup", "create", "--kind", "file").code == 0
    listed = cli(capsys, monkeypatch, "backup", "list", "--json").json()["backups"]
    snapshot = next(b for b in listed if b["kind"] == "snapshot")
    single = next(b for b in listed if b["kind"] == "file")
    assert isinstance(snapshot["bytes_written"], int) and snapshot["bytes_written"] > snapshot["bytes"]
    rows = {line.split()[1]: line for line in cli(capsys, monkeypatch, "backup", "list").out.splitlines()
            if line.split()[:1] and line.split()[1:2] in (["snapshot"], ["file"])}
    assert f"{snapshot['bytes_written'] // 1024} KiB added" in rows["snapshot"], rows["snapshot"]
    assert f"{single['bytes'] // 1024} KiB " in rows["file"] and "added" not in rows["file"], rows["file"]
    assert str(snapshot["bytes"]) not in rows["snapshot"].split(snapshot["path"])[0]

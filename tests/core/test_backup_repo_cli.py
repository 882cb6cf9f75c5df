"""vault-app backup create --incremental DIR, verify and restore of a snapshot; backup settings
and auto into a repository.

The commands run in process (tests/core/cli_helpers.cli: the same `run` the console script
calls), except what is about the process itself, which runs as real processes through the entry
point: a damaged chunk's exit code 5 and sentence (no traceback), a usage error's exit code, and
one `backup auto` (the backup commands' module in a fresh interpreter, its JSON on stdout)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.core.cli_helpers import FAST_KDF, Result, cli, cli_process
from vault_app.storage.chunk_store import Repository
from vault_app.storage.snapshot_manifest import read_clear

Run = Callable[..., Result]


@pytest.fixture
def in_process(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    def run(*args: str) -> Result:
        return cli(capsys, monkeypatch, *args)

    return run


def test_incremental_create_verify_restore(tmp_path: Path, in_process: Run) -> None:
    vault, repo = tmp_path / "vault", tmp_path / "repo"
    assert in_process("init", "--vault", str(vault), "--no-keyring", *FAST_KDF).code == 0
    first = in_process("backup", "create", "--vault", str(vault), "--incremental", str(repo), "--json")
    assert first.code == 0, first.err
    info = first.json()
    assert info["chunks_written"] == info["chunks"] > 0
    added = in_process("client", "add", "Perpetua Quillfeather", "--vault", str(vault))
    assert added.code == 0, added.err
    second = in_process("backup", "create", "--vault", str(vault), "--incremental", str(repo), "--verify",
                        "--no-rotate")
    assert second.code == 0, second.err
    assert "Snapshot written" in second.out and "verified" in second.out
    snapshots = Repository(repo).snapshot_paths()
    assert len(snapshots) == 2

    listed = in_process("backup", "list", "--vault", str(vault), "--json")
    assert [b["state"] for b in listed.json()["backups"]] == ["present", "verified"]
    checked = in_process("backup", "verify", str(snapshots[0]), "--vault", str(vault), "--json")
    assert checked.code == 0, checked.err
    assert checked.json()["format"] == "repo" and checked.json()["ok"]

    inside = in_process("backup", "restore", str(snapshots[1]), "--to", str(repo / "snapshots" / "restored"),
                        "--vault", str(vault))
    assert inside.code != 0 and "inside the backup folder" in inside.err and "Traceback" not in inside.err
    assert not (repo / "snapshots" / "restored").exists()
    restored = in_process("backup", "restore", str(snapshots[1]), "--to", str(tmp_path / "restored"),
                          "--vault", str(vault), "--json")
    assert restored.code == 0, restored.err
    clients = in_process("client", "list", "--vault", str(tmp_path / "restored"))
    assert clients.code == 0 and "Quillfeather" in clients.out

    # A damaged chunk: exit code 5 (tampered), a sentence, no traceback.
    chunk_id = sorted(read_clear(snapshots[1].read_bytes())["chunks"])[0]
    path = Repository(repo).chunk_path(chunk_id)
    data = bytearray(path.read_bytes())
    data[40] ^= 0xFF
    path.write_bytes(bytes(data))
    bad = cli_process("backup", "verify", str(snapshots[1]), "--vault", str(vault))
    assert bad.code == 5 and "authentication" in bad.err and "Traceback" not in bad.err
    missing = in_process("backup", "verify", str(repo / "snapshots" / "snap-none.vrs"), "--vault", str(vault))
    assert missing.code == 4 and "does not exist" in missing.err


def test_settings_kind_repo_makes_backup_auto_write_snapshots(tmp_path: Path, in_process: Run) -> None:
    vault, repo = tmp_path / "vault", tmp_path / "repo"
    assert in_process("init", "--vault", str(vault), "--no-keyring", *FAST_KDF).code == 0
    bad = cli_process("backup", "settings", "--vault", str(vault), "--kind", "tape")
    assert bad.code != 0 and "Traceback" not in bad.err
    shown = in_process("backup", "settings", "--vault", str(vault), "--json")
    assert shown.code == 0 and shown.json()["settings"]["kind"] == "repo"  # a new vault's default
    assert in_process("backup", "settings", "--vault", str(vault), "--kind", "file").code == 0
    chosen = in_process("backup", "settings", "--vault", str(vault), "--target", str(repo), "--kind", "repo",
                        "--json")
    assert chosen.code == 0, chosen.err
    assert chosen.json()["settings"]["kind"] == "repo"
    assert in_process("client", "add", "Oriel Vantongeren", "--vault", str(vault)).code == 0
    auto = cli_process("backup", "auto", "--vault", str(vault), "--json")
    assert auto.code == 0, auto.err
    (snapshot,) = Repository(repo).snapshot_paths()
    assert auto.json()["backup"]["path"] == str(snapshot) and auto.json()["backup"]["verified"]
    listed = in_process("backup", "list", "--vault", str(vault), "--json")
    assert [(b["path"], b["state"]) for b in listed.json()["backups"]] == [(str(snapshot), "verified")]

"""vault-app backup create --incremental DIR, verify and restore of a snapshot, as real processes."""

from __future__ import annotations

from pathlib import Path

from tests.core.cli_helpers import cli_process, init_vault
from vault_app.storage.chunk_store import Repository, read_clear


def test_incremental_create_verify_restore(tmp_path: Path) -> None:
    vault, repo = tmp_path / "vault", tmp_path / "repo"
    assert init_vault(vault).code == 0
    first = cli_process("backup", "create", "--vault", str(vault), "--incremental", str(repo), "--json")
    assert first.code == 0, first.err
    info = first.json()
    assert info["chunks_written"] == info["chunks"] > 0
    added = cli_process("client", "add", "Perpetua Quillfeather", "--vault", str(vault))
    assert added.code == 0, added.err
    second = cli_process("backup", "create", "--vault", str(vault), "--incremental", str(repo), "--verify",
                         "--no-rotate")
    assert second.code == 0, second.err
    assert "Snapshot written" in second.out and "verified" in second.out
    snapshots = Repository(repo).snapshot_paths()
    assert len(snapshots) == 2

    listed = cli_process("backup", "list", "--vault", str(vault), "--json")
    assert [b["state"] for b in listed.json()["backups"]] == ["present", "verified"]
    checked = cli_process("backup", "verify", str(snapshots[0]), "--vault", str(vault), "--json")
    assert checked.code == 0, checked.err
    assert checked.json()["format"] == "repo" and checked.json()["ok"]

    restored = cli_process("backup", "restore", str(snapshots[1]), "--to", str(tmp_path / "restored"),
                           "--vault", str(vault), "--json")
    assert restored.code == 0, restored.err
    clients = cli_process("client", "list", "--vault", str(tmp_path / "restored"))
    assert clients.code == 0 and "Quillfeather" in clients.out

    # A damaged chunk: exit code 5 (tampered), a sentence, no traceback.
    chunk_id = sorted(read_clear(snapshots[1].read_bytes())["chunks"])[0]
    path = Repository(repo).chunk_path(chunk_id)
    data = bytearray(path.read_bytes())
    data[40] ^= 0xFF
    path.write_bytes(bytes(data))
    bad = cli_process("backup", "verify", str(snapshots[1]), "--vault", str(vault))
    assert bad.code == 5 and "authentication" in bad.err and "Traceback" not in bad.err
    missing = cli_process("backup", "verify", str(repo / "snapshots" / "snap-none.vrs"), "--vault", str(vault))
    assert missing.code == 4 and "does not exist" in missing.err


def test_settings_kind_repo_makes_backup_auto_write_snapshots(tmp_path: Path) -> None:
    vault, repo = tmp_path / "vault", tmp_path / "repo"
    assert init_vault(vault).code == 0
    bad = cli_process("backup", "settings", "--vault", str(vault), "--kind", "tape")
    assert bad.code != 0 and "Traceback" not in bad.err
    shown = cli_process("backup", "settings", "--vault", str(vault), "--json")
    assert shown.code == 0 and shown.json()["settings"]["kind"] == "repo"  # a new vault's default
    assert cli_process("backup", "settings", "--vault", str(vault), "--kind", "file").code == 0
    chosen = cli_process("backup", "settings", "--vault", str(vault), "--target", str(repo), "--kind", "repo",
                         "--json")
    assert chosen.code == 0, chosen.err
    assert chosen.json()["settings"]["kind"] == "repo"
    assert cli_process("client", "add", "Oriel Vantongeren", "--vault", str(vault)).code == 0
    auto = cli_process("backup", "auto", "--vault", str(vault), "--json")
    assert auto.code == 0, auto.err
    (snapshot,) = Repository(repo).snapshot_paths()
    assert auto.json()["backup"]["path"] == str(snapshot) and auto.json()["backup"]["verified"]
    listed = cli_process("backup", "list", "--vault", str(vault), "--json")
    assert [(b["path"], b["state"]) for b in listed.json()["backups"]] == [(str(snapshot), "verified")]

"""A named pipe planted in a backup repository (storage/chunk_store.py). Found by the
older-copies pass: a pipe by a snapshot's name held `vault-app backup create` for ever (the
clean-up after rotation opened it and waited for a writer), and so the backup on lock and
at quit; a pipe by a chunk's name would have held a verify or a restore the same way. Now
either is refused as damaged, nothing removed. Real command-line processes, each waited
for (a hang is the defect, and fails here instead of holding the run)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli_process
from vault_app.services import clients
from vault_app.services.vault import Vault


@pytest.fixture
def repo(vault: Vault, vault_dir: Path, tmp_path: Path) -> Path:
    clients.create_client(vault, "Pipa Planted")
    vault.lock()
    target = tmp_path / "repo"
    v = ("--vault", str(vault_dir))
    assert cli_process("backup", "settings", *v, "--target", str(target), "--kind", "repo").code == 0
    made = cli_process("backup", "create", *v)
    assert made.code == 0, made.err
    return target


def _chunks(repo: Path) -> set[Path]:
    return {p for p in (repo / "chunks").rglob("*") if p.is_file()}


def test_a_pipe_by_a_snapshots_name_is_refused_not_waited_on(repo: Path, vault_dir: Path) -> None:
    os.mkfifo(repo / "snapshots" / "snap-2026-01-01T000000Z.vrs")
    chunks = _chunks(repo)
    done = cli_process("backup", "create", "--vault", str(vault_dir))
    assert done.code == 4, done.err
    assert "a snapshot file is not a file" in done.err
    assert chunks <= _chunks(repo)  # the clean-up removed nothing it could not account for


def test_a_pipe_by_a_chunks_name_is_refused_not_waited_on(repo: Path, vault_dir: Path) -> None:
    [snapshot] = sorted((repo / "snapshots").glob("*.vrs"))
    victim = sorted(_chunks(repo))[0]
    victim.unlink()
    os.mkfifo(victim)
    done = cli_process("backup", "verify", "--vault", str(vault_dir), str(snapshot))
    assert done.code != 0
    assert "is not a file" in done.err, done.err

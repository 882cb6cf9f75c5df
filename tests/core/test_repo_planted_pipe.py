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
from vault_app.services import backup, backup_beside, backup_repo, clients
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


@pytest.mark.parametrize("plant", ["pipe", "cut", "folder"])
def test_a_stray_thing_by_a_snapshots_name_keeps_the_clean_up_from_removing_anything_and_says_so(
        repo: Path, vault_dir: Path, plant: str) -> None:
    """The new snapshot is made and recorded either way (it said "The backup repository is
    damaged ... Use another snapshot or another backup", exit 4, after making it)."""
    stray = repo / "snapshots" / "snap-2026-01-01T000000Z.vrs"
    [first] = sorted((repo / "snapshots").glob("snap-2*.vrs"))
    if plant == "pipe":
        os.mkfifo(stray)
    elif plant == "cut":
        stray.write_bytes(first.read_bytes()[:100])
    else:
        stray.mkdir()
    chunks = _chunks(repo)
    done = cli_process("backup", "create", "--vault", str(vault_dir))
    assert done.code == 0, done.err
    assert "rotated out:" in done.out  # the same day's first snapshot: what the clean-up follows
    assert "WARNING: The snapshot was made and recorded, but the chunks only the rotated snapshots used " \
           "were not removed" in done.out, done.out
    assert chunks <= _chunks(repo)  # nothing removed that the stray thing might have named
    stray.rmdir() if plant == "folder" else stray.unlink()
    again = cli_process("backup", "create", "--vault", str(vault_dir))
    assert again.code == 0 and "were not removed" not in again.out, again.out
    listed = cli_process("backup", "verify", "--vault", str(vault_dir), sorted((repo / "snapshots").glob("*.vrs"))[-1]
                         .as_posix())
    assert listed.code == 0, listed.err


def test_a_pipe_by_a_chunks_name_is_refused_not_waited_on(repo: Path, vault_dir: Path) -> None:
    [snapshot] = sorted((repo / "snapshots").glob("*.vrs"))
    victim = sorted(_chunks(repo))[0]
    victim.unlink()
    os.mkfifo(victim)
    done = cli_process("backup", "verify", "--vault", str(vault_dir), str(snapshot))
    assert done.code != 0
    assert "is not a file" in done.err, done.err


def test_the_backup_on_lock_is_made_too_and_says_why_nothing_was_removed(
        vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner) -> None:
    """The window's backup on lock (services/backup_beside_repo.py): it failed, after making
    and recording its snapshot, and the next unlock said the backup on lock had failed."""
    target = tmp_path / "repo"
    backup.configure(vault, target=str(target), kind="repo")
    clients.create_client(vault, "Lockwell Stray")
    backup_repo.create_incremental(vault, target)  # the same day's: the lock's rotates it out
    clients.create_client(vault, "Changed Since")  # something for the lock to back up
    [first] = sorted((target / "snapshots").glob("snap-*.vrs"))
    (target / "snapshots" / "snap-2026-01-01T000000Z.vrs").write_bytes(first.read_bytes()[:100])
    chunks = _chunks(target)
    assert backup_beside.lock_with_backup(vault)
    assert runner.wait(120)
    assert runner.failures == [], runner.failures
    [made] = runner.finished
    assert made.rotated == [str(first)]
    assert any("were not removed: The backup repository is damaged" in w for w in made.warnings), made.warnings
    assert chunks <= _chunks(target)

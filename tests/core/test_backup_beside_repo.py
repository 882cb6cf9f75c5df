"""The automatic backup on lock as a snapshot when the backup target is a backup repository
(services/backup_beside_repo.py). As in test_backup_beside.py, the background job is held
at a known step by an event (never a sleep), and the unlock happens while it waits there.
Real vaults, real SQLCipher files, real chunks."""

from __future__ import annotations

import hashlib
import os
import signal
import threading
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.clinical_helpers import PDF
from tests.core.kill_helpers import fork_child, read_line
from tests.core.test_backup_beside import Gate
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import InvalidInput
from vault_app.services import (
    attachments,
    backup,
    backup_beside,
    backup_repo,
    backup_repo_restore,
    clients,
    notes,
    psychotherapy_notes,
)
from vault_app.services.vault import Vault, create_vault, open_vault
from vault_app.storage.chunk_store import Repository
from vault_app.storage.compartment import COMPARTMENT_FILES
from vault_app.storage.snapshot_manifest import read_clear


def _repo_target(vault: Vault, repo: Path) -> str:
    backup.configure(vault, target=str(repo), kind="repo")
    client_id = clients.create_client(vault, "Perpetua Sallowby").client_id
    for i in range(20):
        notes.create_progress_note(vault, client_id, text=f"Session {i}: " + os.urandom(400).hex())
    return client_id


def _manifests(repo: Path, *, hidden: bool = False) -> list[Path]:
    return sorted(p for p in (repo / "snapshots").iterdir() if p.name.startswith(".") == hidden)


def _chunk_names(repo: Path) -> set[str]:
    return {p.name for p in (repo / "chunks").rglob("*") if p.is_file()}


def _names(folder: Path) -> list[str]:
    copy = open_vault(folder, PASSPHRASE)
    try:
        return sorted(c.display_name for c in clients.list_clients(copy))
    finally:
        copy.lock()


def test_settings_choose_the_kind(vault: Vault, tmp_path: Path) -> None:
    assert backup.settings(vault)["kind"] == "repo"  # a new vault's (test_backup_default_kind.py)
    with pytest.raises(InvalidInput, match="kind of backup"):
        backup.configure(vault, kind="tape")
    assert backup.configure(vault, target=str(tmp_path / "files"), kind="file")["kind"] == "file"
    assert backup.settings(vault)["kind"] == "file"
    assert backup.configure(vault, target=str(tmp_path / "repo"), kind="repo")["kind"] == "repo"
    assert backup.settings(vault)["kind"] == "repo"


def test_the_lock_makes_a_snapshot_that_holds_the_state_at_the_lock(
    vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner
) -> None:
    """Held before it read any file: the next session unlocks at once, writes a chart and
    locks; the snapshot still holds exactly the vault as it was at the lock."""
    repo = tmp_path / "repo"
    _repo_target(vault, repo)
    at_lock = vault.ledger.head()
    gate = Gate("start")
    runner.checkpoint = gate
    assert backup_beside.lock_with_backup(vault)
    assert not vault.is_open
    assert gate.reached.wait(60)
    records = vault_dir / COMPARTMENT_FILES["records"]
    at_gate = hashlib.sha256(records.read_bytes()).hexdigest()
    again = open_vault(vault_dir, PASSPHRASE, wait_seconds=0)  # the unlock does not wait for the job
    other = clients.create_client(again, "Thaddeus Wrenfield").client_id
    for i in range(30):
        notes.create_progress_note(again, other, text=f"Later session {i} " + os.urandom(300).hex())
    assert runner.busy() and _manifests(repo) == []
    assert not backup_beside.lock_with_backup(again)  # one is running: none started, no wait to close
    # Every write of that session waits in the WAL: the file the job reads is as it was.
    assert hashlib.sha256(records.read_bytes()).hexdigest() == at_gate
    gate.release.set()
    assert runner.wait(120) and runner.failures == []
    (info,) = runner.finished  # the vault was locked again: the job registered itself
    assert info.ledger_seq == at_lock.seq and info.verified
    assert Path(info.path).parent == repo / "snapshots" and _manifests(repo) == [Path(info.path)]
    live = open_vault(vault_dir, PASSPHRASE)
    try:
        listed = backup.list_backups(live)
        assert [(b["path"], b["state"]) for b in listed] == [(info.path, "verified")]
        created = live.ledger.entries(kinds=("backup.created",))[-1].payload
        assert created["format"] == "repo" and created["chunks_written"] > 0
        assert live.verify_ledger().ok
    finally:
        live.lock()
    assert backup_repo.verify_snapshot(Path(info.path), passphrase=PASSPHRASE)["ledger_seq"] == at_lock.seq
    restored = tmp_path / "restored"
    backup_repo_restore.restore_snapshot(Path(info.path), restored, passphrase=PASSPHRASE)
    assert _names(restored) == ["Perpetua Sallowby"]
    assert _names(vault_dir) == ["Perpetua Sallowby", "Thaddeus Wrenfield"]
    # Nothing of the job's work is left in the repository but chunks and the snapshot.
    assert sorted(p.name for p in repo.iterdir()) == ["chunks", "snapshots", "vault-app-repository.json"]


def test_a_second_lock_writes_only_changes_and_the_rotation_sweeps_the_first(
    vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner
) -> None:
    repo = tmp_path / "repo"
    client_id = _repo_target(vault, repo)
    assert backup_beside.lock_with_backup(vault)
    assert runner.wait(120) and runner.failures == []
    (first,) = runner.finished  # finished while locked: it registered itself
    first_chunks = set(read_clear(Path(first.path).read_bytes())["chunks"])
    again = open_vault(vault_dir, PASSPHRASE)
    notes.create_progress_note(again, client_id, text="One more session today.")
    assert backup_beside.lock_with_backup(again)
    assert runner.wait(120) and runner.failures == [] and len(runner.finished) == 2
    second = runner.finished[1]
    second_chunks = set(read_clear(Path(second.path).read_bytes())["chunks"])
    # Shared chunks: the files were read in place, not re-encrypted copies (which share none).
    # Counted in bytes and not as "most": how many chunks a day's change spans depends on where
    # the content-defined cuts fall in random ciphertext (9 of 22 chunks in one run, 19 of 27 in
    # another); in bytes a quarter holds with a wide margin (0.56-0.64 measured).
    def size(chunks: set[str]) -> int:
        return sum(p.stat().st_size for p in (repo / "chunks").rglob("*") if p.name in chunks)

    assert size(second_chunks & first_chunks) >= size(second_chunks) // 4
    # The rotation (the newest of each day) removed the first snapshot and every chunk only it used.
    assert second.rotated == [first.path]
    assert _manifests(repo) == [Path(second.path)]
    assert _chunk_names(repo) == second_chunks
    third = open_vault(vault_dir, PASSPHRASE)
    try:
        listed = backup.list_backups(third)
        assert [(b["path"], b["state"]) for b in listed] == [(second.path, "verified")]
        assert third.verify_ledger().ok
    finally:
        third.lock()


@pytest.mark.parametrize("step", ["start", "packed"])
def test_quit_during_the_job_leaves_nothing_registered_and_nothing_named(
    vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner, step: str
) -> None:
    """Quit before the files were read, or after the chunks and the hidden manifest were
    written (before the check): nothing is registered or named; chunks written meanwhile
    are named by nothing, and the next sweep (rotation, purge) removes them."""
    repo = tmp_path / "repo"
    _repo_target(vault, repo)
    gate = Gate(step)
    runner.checkpoint = gate
    assert backup_beside.lock_with_backup(vault)
    assert gate.reached.wait(60)
    runner.checkpoint = None
    gate.release.set()
    assert runner.abandon(10)
    assert runner.finished == [] and runner.waiting == []
    assert _manifests(repo) == _manifests(repo, hidden=True) == []
    # Staging and check folder gone; the marker naming the vault stays.
    assert sorted(p.name for p in repo.iterdir()) == ["chunks", "snapshots", "vault-app-repository.json"]
    assert bool(_chunk_names(repo)) == (step == "packed")
    Repository(repo).sweep()
    assert _chunk_names(repo) == set()
    again = open_vault(vault_dir, PASSPHRASE)
    try:
        assert backup.list_backups(again) == []
    finally:
        again.lock()


def test_a_sweep_never_takes_the_chunks_of_a_snapshot_being_checked(vault: Vault, tmp_path: Path) -> None:
    """The job checks its snapshot under a hidden temporary name: a sweep meanwhile (a
    rotation, a purge) must count it as naming its chunks."""
    repo_dir = tmp_path / "repo"
    _repo_target(vault, repo_dir)
    info = backup_repo.create_incremental(vault, repo_dir, rotate_old=False)
    repo = Repository(repo_dir)
    chunks = _chunk_names(repo_dir)
    checking = repo.temporary_manifest()
    os.replace(info.path, checking)  # as if in progress: no snapshot of the repository names the chunks
    assert repo.sweep()["chunks_removed"] == 0 and _chunk_names(repo_dir) == chunks
    checking.unlink()
    assert repo.sweep()["chunks_removed"] == len(chunks) and _chunk_names(repo_dir) == set()


def test_backup_if_changed_makes_a_snapshot_for_a_repository(vault: Vault, tmp_path: Path) -> None:
    """The backup at quit with the vault open and `vault-app backup auto`."""
    repo = tmp_path / "repo"
    _repo_target(vault, repo)
    info = backup.backup_if_changed(vault)
    assert info is not None and Path(info.path).parent == repo / "snapshots"
    assert [b["state"] for b in backup.list_backups(vault)] == ["verified"]
    assert backup.backup_if_changed(vault) is None  # nothing changed since


def test_a_snapshot_finished_while_the_vault_is_open_waits_for_its_worker(
    vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner
) -> None:
    repo = tmp_path / "repo"
    _repo_target(vault, repo)
    gate = Gate("packed")
    runner.checkpoint = gate
    assert backup_beside.lock_with_backup(vault)
    assert gate.reached.wait(60)
    again = open_vault(vault_dir, PASSPHRASE, wait_seconds=0)
    try:
        gate.release.set()
        assert runner.wait(120) and runner.failures == []
        assert runner.finished == [] and len(runner.waiting) == 1
        # Checked, but under a hidden name until registered (what a sweep counts as in use).
        assert _manifests(repo) == [] and len(_manifests(repo, hidden=True)) == 1
        (info,) = backup_beside.register_waiting(again)
        assert gate.seen == ["start", "snapshot", "packed", "verified"]
        assert _manifests(repo) == [Path(info.path)] and _manifests(repo, hidden=True) == []
        assert [(b["path"], b["state"]) for b in backup.list_backups(again)] == [(info.path, "verified")]
    finally:
        again.lock()


def _child(folder: Path, out_fd: int) -> None:
    try:
        vault = open_vault(folder, PASSPHRASE)
        notes.create_progress_note(vault, clients.list_clients(vault)[0].client_id, text="Late session.")

        def hold(step: str) -> None:
            if step == "packed":  # chunks and the hidden manifest written, the check not done
                os.write(out_fd, b"held\n")
                threading.Event().wait()  # until killed

        backup_beside.runner().checkpoint = hold
        backup_beside.lock_with_backup(vault)
        backup_beside.runner().wait()
    except BaseException as exc:
        os.write(out_fd, f"error {type(exc).__name__}\n".encode())
    finally:
        os._exit(0)


def test_kill_during_the_snapshot_on_lock_registers_nothing_and_the_next_sweep_cleans_up(
    tmp_path: Path, kdf_params: KdfParams, runner: backup_beside.BackupRunner
) -> None:
    folder, repo = tmp_path / "vault", tmp_path / "repo"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    _repo_target(made.vault, repo)
    made.vault.lock()
    read_fd, write_fd = os.pipe()
    child = fork_child(_child, (folder, write_fd))
    os.close(write_fd)
    try:
        assert read_line(read_fd, child.pid) == b"held\n"
        os.kill(child.pid or 0, signal.SIGKILL)
        child.join(30)
    finally:
        os.close(read_fd)
    assert _manifests(repo) == [] and len(_manifests(repo, hidden=True)) == 1 and _chunk_names(repo)
    vault = open_vault(folder, PASSPHRASE)
    try:
        assert backup.list_backups(vault) == []
        assert vault.verify_ledger().ok
        # The dead process's hidden manifest names nothing any more: a sweep removes it and its chunks.
        swept = backup_repo.sweep_repository(repo)
        assert swept["temporary_files"] == 1 and swept["chunks_removed"] > 0
        assert _manifests(repo, hidden=True) == [] and _chunk_names(repo) == set()
        # The next lock's snapshot is whole.
        assert backup_beside.lock_with_backup(vault)
        assert runner.wait(120) and runner.failures == [] and len(runner.finished) == 1
    finally:
        if vault.is_open:
            vault.lock()
    assert len(_manifests(repo)) == 1


def test_open_psychotherapy_notes_are_held_and_read_in_place_too(
    psy_vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner
) -> None:
    repo = tmp_path / "repo"
    client_id = _repo_target(psy_vault, repo)
    note = psychotherapy_notes.create_psychotherapy_note(psy_vault, client_id, "Process note before the lock.")
    assert backup_beside.lock_with_backup(psy_vault)
    assert runner.wait(120) and runner.failures == []
    (info,) = runner.finished
    restored = tmp_path / "restored"
    backup_repo_restore.restore_snapshot(Path(info.path), restored, passphrase=PASSPHRASE)
    copy = open_vault(restored, PASSPHRASE, with_psychotherapy=True)
    try:
        kept = psychotherapy_notes.get_psychotherapy_note(copy, note.note.note_id, audit_view=False)
        assert kept.body == "Process note before the lock."
    finally:
        copy.lock()


def test_the_lock_snapshot_carries_the_attachments(
    vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner
) -> None:
    """Attachment bodies live in the blob store beside the compartments: the snapshot on
    lock holds them as parts, so it verifies and its restore opens them."""
    repo = tmp_path / "repo"
    client_id = _repo_target(vault, repo)
    body = PDF + os.urandom(300_000)
    attachment_id = attachments.add_attachment(vault, client_id, body, kind="other").attachment_id
    assert backup_beside.lock_with_backup(vault)
    assert runner.wait(120) and runner.failures == []
    (info,) = runner.finished
    manifest = backup_repo.verify_snapshot(Path(info.path), passphrase=PASSPHRASE)
    assert manifest["ok"]
    restored = tmp_path / "restored"
    backup_repo_restore.restore_snapshot(Path(info.path), restored, passphrase=PASSPHRASE)
    copy = open_vault(restored, PASSPHRASE)
    try:
        assert attachments.read_attachment(copy, attachment_id)[1] == body
    finally:
        copy.lock()

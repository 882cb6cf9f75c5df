"""The locked psychotherapy notes in the backup on lock: copied by the job, not by the lock
(issue 21: the unlock right after a backup on lock began, KDF + <= 300 ms).

Their key is not in the unlocked vault, so no read transaction can pin them. The lock opens
their file; the job copies it first and keeps the copy only if the file is exactly as it
was at the lock (storage/backup_snapshot.py HeldSnapshot.hold_locked). The job is held at
its first step by an event (never a sleep) while the next session works."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.core.test_faults_diskfull import small_filesystem
from vault_app.services import (
    backup,
    backup_beside,
    backup_keys,
    backup_repo_restore,
    clients,
    notes,
    psychotherapy_notes,
)
from vault_app.services.backup_archive import unpack
from vault_app.services.vault import Vault, open_vault
from vault_app.storage.compartment import COMPARTMENT_FILES

PSY = COMPARTMENT_FILES["psychotherapy"]


class Gate:
    """Holds the background job at one step until the test opens the gate."""

    def __init__(self, step: str) -> None:
        self.step = step
        self.reached = threading.Event()
        self.release = threading.Event()

    def __call__(self, name: str) -> None:
        if name == self.step:
            self.reached.set()
            assert self.release.wait(120), "the test never released the background backup"


def _practice(vault: Vault, target: Path) -> str:
    """A target for automatic backups, a chart with notes and psychotherapy notes; the
    psychotherapy notes locked again, as after a session."""
    backup.configure(vault, target=str(target), kind="file")  # single files (a new vault: snapshots)
    client_id = clients.create_client(vault, "Ione Castellane").client_id
    for i in range(10):
        notes.create_progress_note(vault, client_id, text=f"Session {i}: " + "worked on sleep " * 40)
    vault.unlock_psychotherapy(PASSPHRASE)
    for i in range(5):
        psychotherapy_notes.create_psychotherapy_note(vault, client_id, f"Process note {i} " + "y" * 200)
    vault.lock_psychotherapy()
    return client_id


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _backup_parts(info_path: str, vault_dir: Path, out: Path) -> Path:
    """The compartments inside a backup file, as unpacked (every page and the chain checked)."""
    again = open_vault(vault_dir, PASSPHRASE)
    try:
        master = backup_keys.master_of(again)
    finally:
        again.lock()
    out.mkdir(mode=0o700)
    return unpack(Path(info_path), backup_keys.fixed_master(master), out).folder


def test_the_lock_copies_nothing_and_the_backup_holds_the_locked_notes_byte_for_byte(
    vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner
) -> None:
    """Held before it copied anything: the next session unlocks the psychotherapy notes
    and writes one at once (into the WAL: the file itself is not written before a
    checkpoint) and a chart; the backup still holds the notes' file as it was at the lock,
    byte for byte."""
    target = tmp_path / "usb"
    client_id = _practice(vault, target)
    at_lock = _sha(vault_dir / PSY)
    gate = Gate("start")
    runner.checkpoint = gate
    assert backup_beside.lock_with_backup(vault)
    assert gate.reached.wait(60)
    # The lock made no copy of the notes: the job's work folder (on the vault's own disk where
    # there is room: services/staging_journal.py) holds only the header.
    (staging,) = [p for p in [*target.iterdir(), *vault_dir.iterdir()] if p.name.startswith(".vault-backup-")]
    assert not (staging / PSY).exists()
    again = open_vault(vault_dir, PASSPHRASE, with_psychotherapy=True, wait_seconds=0)
    try:
        psychotherapy_notes.create_psychotherapy_note(again, client_id, "Written at once after the unlock")
        clients.create_client(again, "Bramwell Osterley")
        gate.release.set()
        assert runner.wait(120) and runner.failures == []
        (built,) = runner.waiting
        (info,) = backup_beside.register_waiting(again)
    finally:
        again.lock()
    assert built.snapshot.head.seq == info.ledger_seq
    parts = _backup_parts(info.path, vault_dir, tmp_path / "unpacked")
    assert _sha(parts / PSY) == at_lock
    live = open_vault(vault_dir, PASSPHRASE, with_psychotherapy=True)
    try:
        assert len(psychotherapy_notes_of(live, client_id)) == 6  # nothing of the session was lost
    finally:
        live.lock()


def psychotherapy_notes_of(vault: Vault, client_id: str) -> list[object]:
    chart = clients.open_chart(vault, client_id, include_psychotherapy=True)
    return list(chart.psychotherapy_notes or ())


def test_notes_written_into_their_file_before_the_job_copied_them_fail_the_backup(
    vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner
) -> None:
    """Held before it copied anything: the next session unlocks the psychotherapy notes,
    writes one and locks (its closing checkpoint writes the notes' file). The job must not
    back up that file as the state at the lock: it fails, nothing is registered or left in
    the target, and the vault stays "changed", so the next lock backs it up."""
    target = tmp_path / "usb"
    client_id = _practice(vault, target)
    gate = Gate("start")
    runner.checkpoint = gate
    assert backup_beside.lock_with_backup(vault)
    assert gate.reached.wait(60)
    before = (vault_dir / PSY).stat().st_mtime_ns
    again = open_vault(vault_dir, PASSPHRASE, with_psychotherapy=True, wait_seconds=0)
    psychotherapy_notes.create_psychotherapy_note(again, client_id, "Written before the job copied the notes")
    assert not backup_beside.lock_with_backup(again)  # one is running: none started
    assert (vault_dir / PSY).stat().st_mtime_ns != before  # the checkpoint wrote the file
    runner.checkpoint = None
    gate.release.set()
    assert runner.wait(120)
    assert runner.failures == ["vault-busy"] and runner.finished == [] and runner.waiting == []
    assert [p for p in target.iterdir() if not p.name.startswith(".")] == []
    assert [p for p in target.iterdir() if p.name.startswith(".vault-backup-")] == []
    # The next lock backs up the vault as it is now, the new note included.
    third = open_vault(vault_dir, PASSPHRASE)
    assert backup.list_backups(third) == []
    assert backup_beside.lock_with_backup(third)
    assert runner.wait(120) and runner.failures == ["vault-busy"] and len(runner.finished) == 1
    restored = tmp_path / "restored"
    backup.restore_backup(Path(runner.finished[0].path), restored, passphrase=PASSPHRASE)
    copy = open_vault(restored, PASSPHRASE, with_psychotherapy=True)
    try:
        assert len(psychotherapy_notes_of(copy, client_id)) == 6
    finally:
        copy.lock()


def test_disk_full_while_the_job_copies_the_locked_notes_leaves_nothing(
    vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner
) -> None:
    """The target has room for the lock's header copy but not for the notes' file: the
    lock still locks at once, the job fails as a full disk, and nothing is registered or
    left in the target."""
    with small_filesystem(tmp_path / "small", "64k") as mount:
        target = mount / "usb"
        client_id = _practice(vault, target)
        assert (vault_dir / PSY).stat().st_size > 64 * 1024
        assert backup_beside.lock_with_backup(vault)
        assert not vault.is_open
        assert runner.wait(120)
        assert runner.failures == ["disk-full"] and runner.finished == [] and runner.waiting == []
        assert list(target.iterdir()) == []
        again = open_vault(vault_dir, PASSPHRASE, with_psychotherapy=True)
        try:
            assert backup.list_backups(again) == []
            assert len(psychotherapy_notes_of(again, client_id)) == 5
        finally:
            again.lock()


def test_the_snapshot_on_lock_copies_the_locked_notes_in_its_job_too(
    vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner
) -> None:
    """The same for a backup repository: held before it read anything, the next session
    writes a psychotherapy note at once; the snapshot holds the notes as locked. Then a
    session that checkpoints into the notes' file before the job's copy fails the job."""
    repo = tmp_path / "repo"
    client_id = _practice(vault, repo)
    backup.configure(vault, target=str(repo), kind="repo")
    gate = Gate("start")
    runner.checkpoint = gate
    assert backup_beside.lock_with_backup(vault)
    assert gate.reached.wait(60)
    again = open_vault(vault_dir, PASSPHRASE, with_psychotherapy=True, wait_seconds=0)
    try:
        psychotherapy_notes.create_psychotherapy_note(again, client_id, "Written at once after the unlock")
        gate.release.set()
        assert runner.wait(120) and runner.failures == []
        (info,) = backup_beside.register_waiting(again)
    finally:
        again.lock()
    restored = tmp_path / "restored"
    backup_repo_restore.restore_snapshot(Path(info.path), restored, passphrase=PASSPHRASE)
    copy = open_vault(restored, PASSPHRASE, with_psychotherapy=True)
    try:
        assert len(psychotherapy_notes_of(copy, client_id)) == 5
    finally:
        copy.lock()
    # A session that writes the notes' file (its closing checkpoint) before the job copies it.
    third = open_vault(vault_dir, PASSPHRASE)
    clients.create_client(third, "Bramwell Osterley")
    gate = Gate("start")
    runner.checkpoint = gate
    assert backup_beside.lock_with_backup(third)
    assert gate.reached.wait(60)
    fourth = open_vault(vault_dir, PASSPHRASE, with_psychotherapy=True, wait_seconds=0)
    psychotherapy_notes.create_psychotherapy_note(fourth, client_id, "Written before the job copied the notes")
    assert not backup_beside.lock_with_backup(fourth)
    runner.checkpoint = None
    gate.release.set()
    assert runner.wait(120) and runner.failures == ["vault-busy"] and runner.waiting == []
    assert sorted(p.name for p in repo.iterdir()) == ["chunks", "snapshots", "vault-app-repository.json"]
    assert len(list((repo / "snapshots").iterdir())) == 1

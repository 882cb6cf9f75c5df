"""Back up now built on a thread of its own from a snapshot, as the backup on lock is
(services/backup_now.py). Found by a walker on a 280 MB vault: its 12-15 s ran on the app's one
worker, and a note's save waited behind it. The job is held at a known step by an event (never
a sleep) while the test saves, locks, quits or runs a terminal's backup beside it."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_process
from tests.core.kill_helpers import fork_child, read_line
from tests.core.test_backup_beside import Gate
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import VaultBusy
from vault_app.services import backup, backup_beside, backup_now, backup_staging_sweep, clients, notes
from vault_app.services.backup_archive import sweep_stale
from vault_app.services.vault import Vault, create_vault, open_vault


def _names_in(path: Path, tmp_path: Path) -> list[str]:
    """The clients of the vault a backup restores to."""
    restored = tmp_path / f"restored-{path.stem}"
    backup.restore_backup(path, restored, passphrase=PASSPHRASE)
    copy = open_vault(restored, PASSPHRASE)
    try:
        return sorted(c.display_name for c in clients.list_clients(copy))
    finally:
        copy.lock()


@pytest.fixture
def target(vault: Vault, tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    backup.configure(vault, target=str(folder), kind="file")
    client_id = clients.create_client(vault, "Ione Castellane").client_id
    for i in range(8):
        notes.create_progress_note(vault, client_id, text=f"Session {i}: " + "worked on sleep " * 40)
    return folder


@pytest.mark.parametrize("kind", ["file", "repo"])
def test_saves_go_on_while_it_is_built_and_it_holds_the_vault_as_it_began(
    vault: Vault, target: Path, tmp_path: Path, runner: backup_beside.BackupRunner, kind: str
) -> None:
    backup.configure(vault, target=str(target), kind=kind)
    gate = Gate("start")  # held before it copied anything: the whole build is still to come
    runner.checkpoint = gate
    running = backup_now.start(vault, target)
    assert gate.reached.wait(60)
    # The worker (this thread) is free: a new chart and a note are saved while the backup waits.
    later = clients.create_client(vault, "Bramwell Osterley").client_id
    notes.create_progress_note(vault, later, text="First session, saved during the backup.")
    assert runner.busy()
    gate.release.set()
    done = backup_now.finish(vault, running)
    assert done.info.verified and done.changed_since  # what was saved since goes into the next one
    assert (done.bytes_written is not None) == (kind == "repo")
    listed = backup.list_backups(vault)
    assert [b["path"] for b in listed] == [done.info.path] and listed[0]["state"] == "verified"
    assert vault.ledger.verify_full(vault.header.ledger_anchor).ok
    if kind == "file":  # the file restores to the vault as it was when Back up now began, whole
        assert _names_in(Path(done.info.path), tmp_path) == ["Ione Castellane"]
    # And the next backup takes the rest.
    assert backup.create_to_target(vault, target).verified
    assert not backup_beside.lock_with_backup(vault)  # nothing changed since: no backup on lock


def test_a_second_back_up_now_is_refused_while_one_is_built(
    vault: Vault, target: Path, runner: backup_beside.BackupRunner
) -> None:
    gate = Gate("packed")
    runner.checkpoint = gate
    running = backup_now.start(vault, target)
    assert gate.reached.wait(60)
    with pytest.raises(VaultBusy) as refused:
        backup_now.start(vault, target)
    assert refused.value.code == backup_now.ALREADY_RUNNING
    gate.release.set()
    assert backup_now.finish(vault, running).info.verified
    assert len(backup.list_backups(vault)) == 1


def test_a_lock_while_it_is_built_leaves_it_whole_and_registered(
    vault: Vault, vault_dir: Path, target: Path, tmp_path: Path, runner: backup_beside.BackupRunner
) -> None:
    """Locked before the job copied anything: the lock drops the vault's keys and closes its
    connections while the job still reads the snapshot through its own; it finishes and
    registers itself (the vault is closed), and its file restores."""
    gate = Gate("start")
    runner.checkpoint = gate
    running = backup_now.start(vault, target)
    assert gate.reached.wait(60)
    assert not backup_beside.lock_with_backup(vault)  # one backup at a time: the lock starts none
    assert not vault.is_open
    gate.release.set()
    done = backup_now.finish(vault, running)  # the window's last part, run after the lock
    assert done.info.verified and not done.changed_since
    assert runner.failures == []
    again = open_vault(vault_dir, PASSPHRASE)
    try:
        listed = backup.list_backups(again)
        assert [b["path"] for b in listed] == [done.info.path] and listed[0]["state"] == "verified"
        assert again.ledger.verify_full(again.header.ledger_anchor).ok
    finally:
        again.lock()
    assert _names_in(Path(done.info.path), tmp_path) == ["Ione Castellane"]


def test_quit_waits_for_it_and_registers_it(
    vault: Vault, target: Path, runner: backup_beside.BackupRunner
) -> None:
    """Quit stops a backup on lock, not Back up now: the quit's operation waits for it."""
    gate = Gate("verified")
    runner.checkpoint = gate
    running = backup_now.start(vault, target)
    assert gate.reached.wait(60)
    assert not backup_beside.abandon_running(0)  # not stopped
    quitting = threading.Thread(target=backup_now.finish_first, args=(vault,))
    quitting.start()
    gate.release.set()
    quitting.join(120)
    assert not quitting.is_alive()
    listed = backup.list_backups(vault)
    assert len(listed) == 1 and listed[0]["state"] == "verified"
    assert backup_now.finish(vault, running).info.path == listed[0]["path"]
    assert not backup.backup_if_changed(vault)  # the quit's own backup finds nothing new


def test_a_terminal_backup_while_the_window_is_locked_keeps_both(
    vault: Vault, vault_dir: Path, target: Path, runner: backup_beside.BackupRunner
) -> None:
    """Back up now, then the window locked and a terminal's `vault-app backup create` into the
    same folder (a real second process) while the job is held: both are kept and registered."""
    gate = Gate("packed")
    runner.checkpoint = gate
    running = backup_now.start(vault, target)
    assert gate.reached.wait(60)
    backup_beside.lock_with_backup(vault)
    made = cli_process("backup", "create", "--vault", str(vault_dir), "--json")
    assert made.code == 0, made.err
    gate.release.set()
    done = backup_now.finish(vault, running)
    again = open_vault(vault_dir, PASSPHRASE)
    try:
        listed = backup.list_backups(again)
        states = {b["path"]: b["state"] for b in listed}
        assert len(states) == 2 and states[done.info.path] == "verified"  # the terminal's: made, not checked
        assert set(states.values()) == {"verified", "present"}
        assert again.ledger.verify_full(again.header.ledger_anchor).ok
    finally:
        again.lock()
    assert len(list(target.glob("*.vaultbackup"))) == 2


def _child(folder: Path, target: Path, out_fd: int) -> None:
    try:
        vault = open_vault(folder, PASSPHRASE)

        def hold(step: str) -> None:
            if step == "packed":
                os.write(out_fd, b"held\n")
                threading.Event().wait()  # until killed

        backup_beside.runner().checkpoint = hold
        backup_now.start(vault, target)
        # Saved while the backup is built, as the therapist does: the worker is free.
        clients.create_client(vault, "Bramwell Osterley")
        os.write(out_fd, b"saved\n")
        backup_beside.runner().wait()
    except BaseException as exc:
        os.write(out_fd, f"error {type(exc).__name__}\n".encode())
    finally:
        os._exit(0)


def test_the_machine_dying_midway_leaves_nothing_half_made_and_keeps_the_save(
    tmp_path: Path, kdf_params: KdfParams
) -> None:
    folder, target = tmp_path / "vault", tmp_path / "usb"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    backup.configure(made.vault, target=str(target), kind="file")
    clients.create_client(made.vault, "Ione Castellane")
    made.vault.lock()
    read_fd, write_fd = os.pipe()
    child = fork_child(_child, (folder, target, write_fd))
    os.close(write_fd)
    try:
        assert sorted([read_line(read_fd, child.pid), read_line(read_fd, child.pid)]) == [b"held\n", b"saved\n"]
        os.kill(child.pid or 0, signal.SIGKILL)
        child.join(30)
    finally:
        os.close(read_fd)
    assert list(target.glob("vault-backup-*")) == []  # only the killed process's hidden work files
    vault = open_vault(folder, PASSPHRASE)
    try:
        assert backup.list_backups(vault) == []
        assert vault.verify_ledger().ok
        assert sorted(c.display_name for c in clients.list_clients(vault)) == ["Bramwell Osterley", "Ione Castellane"]
        assert backup_staging_sweep.wait(120)
        sweep_stale(target)
        assert [p.name for p in target.iterdir() if not p.name.startswith("vault-app-backup-folder-")] == []
    finally:
        vault.lock()


def test_a_single_file_copy_is_built_beside_too_and_never_rotated(
    vault: Vault, target: Path, tmp_path: Path, runner: backup_beside.BackupRunner
) -> None:
    """Save a single-file copy… into a folder of its own: built beside the work like Back up now,
    registered (a destruction purges it), never rotated, holding the vault as it began."""
    away = tmp_path / "to-take-away"
    first = backup_now.start(vault, away, copy=True)
    assert backup_now.finish(vault, first).info.verified
    gate = Gate("start")
    runner.checkpoint = gate
    running = backup_now.start(vault, away, copy=True)
    assert gate.reached.wait(60)
    clients.create_client(vault, "Bramwell Osterley")
    gate.release.set()
    done = backup_now.finish(vault, running)
    assert done.info.verified and done.changed_since and done.info.rotated == []
    assert len(list(away.glob("*.vaultbackup"))) == 2  # the first kept: copies are yours to remove
    assert {b["state"] for b in backup.list_backups(vault)} == {"verified"}
    assert _names_in(Path(done.info.path), tmp_path) == ["Ione Castellane"]
    assert backup.settings(vault)["target"] == str(target.resolve())  # the backup folder unchanged

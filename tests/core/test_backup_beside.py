"""The automatic backup on lock runs beside the next unlock (issue 21, item 1).

The background job is held at a known step by an event (never a sleep), and the unlock
happens while it waits there."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.core.kill_helpers import fork_child, read_line
from vault_app.crypto.kdf import KdfParams
from vault_app.services import backup, backup_beside, backup_staging_sweep, clients, notes
from vault_app.services.backup_archive import sweep_stale
from vault_app.services.backup_folder_mark import mark_path
from vault_app.services.vault import Vault, create_vault, open_vault


class Gate:
    """Holds the background job at one step until the test opens the gate."""

    def __init__(self, step: str) -> None:
        self.step = step
        self.reached = threading.Event()
        self.release = threading.Event()
        self.seen: list[str] = []

    def __call__(self, name: str) -> None:
        self.seen.append(name)
        if name == self.step:
            self.reached.set()
            assert self.release.wait(120), "the test never released the background backup"


def _vault_with_target(vault: Vault, target: Path) -> str:
    backup.configure(vault, target=str(target), kind="file")  # single files (a new vault: snapshots)
    client_id = clients.create_client(vault, "Ione Castellane").client_id
    for i in range(20):
        notes.create_progress_note(vault, client_id, text=f"Session {i}: " + "worked on sleep " * 40)
    return client_id


def _final_files(target: Path) -> list[Path]:
    return sorted(p for p in target.iterdir() if p.name.startswith("vault-backup-"))


def test_unlock_completes_while_the_background_backup_is_held(
    vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner
) -> None:
    target = tmp_path / "usb"
    _vault_with_target(vault, target)
    gate = Gate("packed")
    runner.checkpoint = gate
    assert backup_beside.lock_with_backup(vault)
    assert not vault.is_open
    assert gate.reached.wait(60)
    # The job is packed and held before its verify: the vault opens now, not after it.
    again = open_vault(vault_dir, PASSPHRASE, wait_seconds=0)
    assert runner.busy() and _final_files(target) == []
    gate.release.set()
    assert runner.wait(120)
    # The vault was open when the job finished: it waits for the vault's own worker.
    assert runner.failures == [] and runner.finished == [] and len(runner.waiting) == 1
    done = backup_beside.register_waiting(again)
    assert len(done) == 1 and done[0].verified
    listed = backup.list_backups(again)
    assert [b["path"] for b in listed] == [done[0].path] and listed[0]["state"] == "verified"
    assert gate.seen == ["start", "snapshot", "packed", "verified"]
    # The archive made from the snapshot verifies and restores.
    summary = backup.verify_backup(Path(done[0].path), passphrase=PASSPHRASE)
    assert summary["ok"] and summary["ledger_seq"] == done[0].ledger_seq
    again.lock()
    restored = tmp_path / "restored"
    backup.restore_backup(Path(done[0].path), restored, passphrase=PASSPHRASE)
    copy = open_vault(restored, PASSPHRASE)
    try:
        assert [c.display_name for c in clients.list_clients(copy)] == ["Ione Castellane"]
    finally:
        copy.lock()
    # Nothing of the job's work is left in the target but the backup.
    assert sorted(p.name for p in target.iterdir()) == sorted([Path(done[0].path).name,
                                                               mark_path(target, vault.vault_id).name])


def test_a_job_that_finishes_while_locked_registers_itself(
    vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner
) -> None:
    target = tmp_path / "usb"
    _vault_with_target(vault, target)
    assert backup_beside.lock_with_backup(vault)
    assert runner.wait(120)
    assert runner.failures == [] and len(runner.finished) == 1 and runner.waiting == []
    again = open_vault(vault_dir, PASSPHRASE)  # the full unlock checks pass after the job's entries
    try:
        listed = backup.list_backups(again)
        assert [b["path"] for b in listed] == [runner.finished[0].path] and listed[0]["state"] == "verified"
        assert again.ledger.verify_full(again.header.ledger_anchor).ok
        # Nothing changed since: the next lock starts no backup.
        assert not backup_beside.lock_with_backup(again)
    finally:
        again.lock()


def test_the_backup_holds_the_state_at_the_lock_whatever_the_next_session_writes(
    vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner
) -> None:
    """Held before it copied anything: the next session unlocks, writes a chart and locks;
    the backup still holds exactly the vault as it was at the lock that started it."""
    target = tmp_path / "usb"
    _vault_with_target(vault, target)
    at_lock = vault.ledger.head()
    gate = Gate("start")
    runner.checkpoint = gate
    assert backup_beside.lock_with_backup(vault)
    assert gate.reached.wait(60)
    again = open_vault(vault_dir, PASSPHRASE, wait_seconds=0)
    other = clients.create_client(again, "Bramwell Osterley").client_id
    for i in range(30):
        notes.create_progress_note(again, other, text=f"Later session {i} " + "x" * 300)
    assert not backup_beside.lock_with_backup(again)  # one is running: none started, no wait to close
    gate.release.set()
    assert runner.wait(120) and runner.failures == []
    (info,) = runner.finished
    assert info.ledger_seq == at_lock.seq
    restored = tmp_path / "restored"
    backup.restore_backup(Path(info.path), restored, passphrase=PASSPHRASE)
    copy = open_vault(restored, PASSPHRASE)
    try:
        assert [c.display_name for c in clients.list_clients(copy)] == ["Ione Castellane"]
    finally:
        copy.lock()
    live = open_vault(vault_dir, PASSPHRASE)
    try:
        assert len(clients.list_clients(live)) == 2 and live.ledger.verify_full(live.header.ledger_anchor).ok
    finally:
        live.lock()


def test_backups_never_run_concurrently_with_themselves(
    vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner
) -> None:
    """A lock while a backup is still being built starts none; the next lock catches up."""
    target = tmp_path / "usb"
    client_id = _vault_with_target(vault, target)
    gate = Gate("packed")
    runner.checkpoint = gate
    assert backup_beside.lock_with_backup(vault)
    assert gate.reached.wait(60)
    again = open_vault(vault_dir, PASSPHRASE)
    notes.create_progress_note(again, client_id, text="One more session.")
    assert not backup_beside.lock_with_backup(again)  # the first one is still running
    assert not again.is_open
    gate.release.set()
    assert runner.wait(120)
    assert runner.failures == [] and len(runner.finished) == 1
    assert gate.seen == ["start", "snapshot", "packed", "verified"]
    third = open_vault(vault_dir, PASSPHRASE)
    assert backup_beside.lock_with_backup(third)  # the note above is not backed up yet
    assert runner.wait(120)
    assert runner.failures == [] and len(runner.finished) == 2
    assert runner.finished[0].ledger_seq < runner.finished[1].ledger_seq
    # Both were registered in order; the rotation (the newest of each day) then removed the first.
    assert runner.finished[1].rotated == [runner.finished[0].path]
    assert _final_files(target) == [Path(runner.finished[1].path)]


def test_abandon_during_the_job_leaves_nothing_registered_and_nothing_in_the_target(
    vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner
) -> None:
    target = tmp_path / "usb"
    _vault_with_target(vault, target)
    gate = Gate("packed")
    runner.checkpoint = gate
    assert backup_beside.lock_with_backup(vault)
    assert gate.reached.wait(60)
    assert any(p.name.startswith(".") for p in target.iterdir())  # the temporary archive
    runner.checkpoint = None
    gate.release.set()
    assert runner.abandon(10)
    assert list(target.iterdir()) == []
    again = open_vault(vault_dir, PASSPHRASE)
    try:
        assert backup.list_backups(again) == []
    finally:
        again.lock()


def _child(folder: Path, target: Path, out_fd: int) -> None:
    try:
        vault = open_vault(folder, PASSPHRASE)
        notes.create_progress_note(vault, clients.list_clients(vault)[0].client_id, text="Late session.")

        def hold(step: str) -> None:
            if step == "packed":
                os.write(out_fd, b"held\n")
                threading.Event().wait()  # until killed

        backup_beside.runner().checkpoint = hold
        backup_beside.lock_with_backup(vault)
        backup_beside.runner().wait()
    except BaseException as exc:
        os.write(out_fd, f"error {type(exc).__name__}\n".encode())
    finally:
        os._exit(0)


def test_kill_during_the_background_backup_registers_nothing(tmp_path: Path, kdf_params: KdfParams) -> None:
    folder, target = tmp_path / "vault", tmp_path / "usb"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    _vault_with_target(made.vault, target)
    made.vault.lock()
    read_fd, write_fd = os.pipe()
    child = fork_child(_child, (folder, target, write_fd))
    os.close(write_fd)
    try:
        assert read_line(read_fd, child.pid) == b"held\n"
        os.kill(child.pid or 0, signal.SIGKILL)
        child.join(30)
    finally:
        os.close(read_fd)
    assert _final_files(target) == []  # only the killed process's hidden work files
    vault = open_vault(folder, PASSPHRASE)
    try:
        assert backup.list_backups(vault) == []
        assert vault.verify_ledger().ok
        # The unlock's own sweep (backup_staging_sweep) removes the staging once it names this
        # vault; what named none yet (killed before its header) the next backup's sweep does.
        assert backup_staging_sweep.wait(120)
        sweep_stale(target)
        assert list(target.iterdir()) == []
    finally:
        vault.lock()

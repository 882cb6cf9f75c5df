"""Back up now beside the work, as the backup on lock is built (services/backup_beside.py).

Found by a walker on a 280 MB vault: Back up now ran its 12-15 s on the app's one worker,
and a note's save, a signature or a chart's opening waited behind all of it. Now:

1. `start` (on the worker, the vault open): the refusals Back up now always made (a copy
   sharing the default vault's folder, a folder that is not this vault's, an unplugged
   drive's mount point, another copy's line), then the vault's current state pinned with
   read transactions of their own (milliseconds, no copy: backup_beside_take.snapshot_into)
   and handed to the runner's thread. The worker is free again at once.
2. The runner's thread copies that state, checks it as a restore would, packs it and reads
   it back (backup_beside.build / backup_beside_repo.build): the backup holds the vault as
   it was at its start, whole, whatever is saved meanwhile.
3. `finish` (on the worker again, once the thread has ended): registered in the ledger and
   rotated as the backup on lock is (backup_beside.register_waiting); the result says
   whether anything was saved since it began (that goes into the next backup).

Locked meanwhile: the lock starts no backup of its own (one at a time); the job registers
itself once built (the vault closed: backup_beside.register_if_locked), or at the next
unlock. Its snapshot holds connections and a copy of the master key of its own, so the lock
dropping the vault's keys does not reach it. Quit: the quit's operation waits for it and
registers it (`finish_first`) instead of stopping it: the therapist asked for it. A
destruction stops it (its files are about to change), and it is said as stopped. A machine
that dies midway leaves a journaled work folder and a temporary archive name, swept by the
next backup or unlock; nothing half-made is ever registered. Another process backing up into
the same folder (a terminal's `vault-app backup create` while the window is locked) is kept
apart at the put in place by the folder's lock, as every backup is.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vault_app.domain.errors import CompartmentLocked, VaultBusy, VaultError
from vault_app.services import (
    backup_beside,
    backup_beside_control,
    backup_folder_connected,
    backup_lineage,
    backup_registry,
    held_text,
)
from vault_app.services.backup import BackupInfo, configured_target
from vault_app.services.backup_archive import BackupAbandoned
from vault_app.services.backup_beside_register import Snapshot
from vault_app.services.backup_beside_repo import RepoBuilt, RepoSnapshot
from vault_app.services.backup_disk_full import said_as_the_full_disk
from vault_app.services.backup_folder_denied import said_as_the_backup_folder
from vault_app.services.backup_folder_gone import said_as_gone
from vault_app.services.backup_registry import make_target, refused_target, settings
from vault_app.services.backup_repo_owner import refuse_taken
from vault_app.services.vault import Vault

# Its refusals' codes (written out where they are raised: tests/gui/test_coded_refusals_spanish.py reads them there).
ALREADY_RUNNING = "backup.already_running"
STOPPED = "backup.now_stopped"
NOT_RECORDED_YET = "backup.now_not_recorded"
FOLDER_BUSY = "backup.folder_busy"  # storage/backup_folder_lock.busy_error's
# Quit without this backup (the folder kept busy), by vault folder: the quit's backup not tried again.
_LEFT_AT_QUIT: dict[str, VaultError] = {}
_LEFT_GUARD = threading.Lock()


@dataclass
class Running:
    """Back up now under way on the runner's thread."""

    job: backup_beside.Job
    began: str  # when its state was taken (UTC, ISO): what it holds
    warnings: list[str] = field(default_factory=list)  # said with the result (a folder found deleted)

    def when_ended(self, tell: Callable[[], None]) -> None:
        """`tell()` once the build has ended (on its thread, or at once)."""
        self.job.when_ended(tell)


@dataclass
class BackedUpNow:
    """What Back up now made: the registered backup, what a dated backup added to its folder,
    and whether anything was saved after it began (not in it: in the next backup)."""

    info: BackupInfo
    began: str
    changed_since: bool
    bytes_written: int | None = None


def start_after_lock(vault: Vault, target: Path, *, copy: bool = False) -> Running | LockBackupFirst:
    """`start`, or, right after an unlock while the backup made at the lock is still being built
    (found: refused as "being made right now"), LockBackupFirst: waited for beside the work, then
    `after_lock_backup` on the worker."""
    runner = backup_beside.runner()
    if runner.busy() and runner.asked_job() is None:
        return LockBackupFirst()
    return start(vault, target, copy=copy)


def start(vault: Vault, target: Path, *, copy: bool = False) -> Running:
    """On the worker: refuse what Back up now refuses, hold the vault's current state and start
    building it on the runner's thread. `copy`: Save a single-file copy… into `target`, any
    folder (registered like any backup, so a destruction purges it; never rotated)."""
    from vault_app.services import vault_copy_home  # as backup.create_backup: not resident until used

    target = Path(target) if copy else configured_target(vault, target)
    vault_copy_home.refuse_backup_into(vault, target)
    runner = backup_beside.runner()
    if runner.busy():
        # The backup on lock of a moment ago, still being checked (Back up now's window waits
        # for it: `start_after_lock`), or another Back up now.
        raise VaultBusy("A backup of this vault is being made right now.",
                        hint="Wait for it to end, then press Back up now again.", code="backup.already_running")
    repo = not copy and settings(vault)["kind"] == "repo"
    with said_as_the_backup_folder(target), said_as_gone(target), said_as_the_full_disk(vault.folder, target):
        target = refused_target(vault, target)
        refuse_taken(target, vault.vault_id)  # not into another vault's backup folder
        if not repo:  # only onto this vault's own line, before anything is written (as create_backup)
            backup_lineage.refuse_file_into(vault, target)
        lost = backup_folder_connected.refuse_unless_connected(vault, target)
        make_target(target)
        snap = backup_beside.snapshot_into(vault, target, repo=repo)
    if copy and isinstance(snap, Snapshot):
        snap.rotate = False
    job = backup_beside.Job(snap, asked=True, pressed_in=weakref.ref(vault))
    if not runner.submit(snap, job):  # another started in between (this worker is the only one that starts one)
        raise VaultBusy("A backup of this vault is being made right now.",
                        hint="Wait for it to end, then press Back up now again.", code="backup.already_running")
    return Running(job, snap.created, [lost] if lost else [])


@dataclass
class LockBackupFirst:
    """Back up now asked while the backup made at the lock is still being built (one backup at
    a time): found, it was refused as "being made right now" just after the unlock. Waited for
    on a thread of its own, never on the worker."""

    def when_ended(self, tell: Callable[[], None]) -> None:
        """`tell()` once the runner has no job left (on a thread of its own)."""
        def wait() -> None:
            backup_beside.runner().wait()
            tell()

        threading.Thread(target=wait, name="vault-backup-wait", daemon=True).start()


@dataclass
class NewestAlready:
    """Nothing changed since the backup made at the lock: that one is the newest (Back up now
    made none of its own)."""

    file: str
    created: str  # UTC, ISO


def after_lock_backup(vault: Vault, target: Path, *, copy: bool = False) -> Running | LockBackupFirst | NewestAlready:
    """On the worker, once the lock's backup has ended: it is registered (as the next operation
    after an unlock does), then Back up now starts; unless nothing changed since that backup and
    it is in the backup folder asked for, which is then the newest (a single-file copy is always
    made: it is wanted where it goes)."""
    if not vault.is_open:  # locked while it waited: the lock closed its window; nothing was begun
        raise CompartmentLocked("The vault is locked.", code="vault.locked")
    backup_beside.register_waiting(vault)
    if not copy:
        newest = _newest_unchanged(vault, configured_target(vault, target))
        if newest is not None:
            return newest
    return start_after_lock(vault, target, copy=copy)


def _newest_unchanged(vault: Vault, target: Path) -> NewestAlready | None:
    if backup_registry.changed_since_last_backup(vault):
        return None
    made = [b for b in backup_registry.registered(vault) if b.verified_at and not b.failed_at]
    if not made or Path(made[-1].path).parent.resolve() != target.resolve():
        return None
    return NewestAlready(Path(made[-1].path).name, made[-1].created)


def finish(vault: Vault, running: Running) -> BackedUpNow:
    """On the worker, once the job has ended: registered (if the vault is open and nothing
    registered it yet), or its failure raised as it would have been on the worker."""
    running.job.ended.wait()
    if vault.is_open:
        backup_beside.register_waiting(vault)
    job = running.job
    if job.error is not None and not isinstance(job.error, BackupAbandoned) and not vault.is_open:
        # A lock closed its window meanwhile: kept beside the locked vault, as the automatic
        # backup's failure is (a code and a moment), and said after the next unlock.
        backup_beside_control.failed(job.error, job.snapshot.folder, asked=True)
    if isinstance(job.error, BackupAbandoned):
        raise VaultBusy("The backup was stopped before it was finished: a destruction needed the vault's files.",
                        hint="Nothing half-made was kept. Press Back up now again.", code="backup.now_stopped")
    if job.error is not None:
        raise job.error
    if job.registered is None:
        raise CompartmentLocked("The backup was made; it is recorded when the vault is next unlocked.",
                                code="backup.now_not_recorded")
    info = job.registered
    info.warnings = [*running.warnings, *info.warnings]
    written = job.built.bytes_written if isinstance(job.built, RepoBuilt) else None
    return BackedUpNow(info, running.began, vault.is_open and _changed_since(vault, job.snapshot), written)


def _changed_since(vault: Vault, snap: Snapshot | RepoSnapshot) -> bool:
    """Whether anything a backup holds was saved after `snap` was taken (the signs
    backup_registry.changed_since_last_backup reads, from the snapshot on)."""
    if snap.changes is None or backup_registry.content_changes(vault) != snap.changes:
        return True
    return any(backup_registry.is_a_change(e.kind) for e in vault.ledger.entries(since_seq=snap.head.seq + 1))


def asked_running(vault: Vault) -> backup_beside.Job | None:
    """Back up now of this vault still being made (built, or waiting for another copy's hold on
    its backup folder): a quit waits for it beside the worker (gui/quit_backup.py), then
    `finish_first` finds it ended."""
    job = backup_beside.runner().asked_job()
    return job if job is not None and job.snapshot.folder.resolve() == vault.folder.resolve() else None


def finish_first(vault: Vault) -> None:
    """Quit: Back up now of this vault still running is waited for (the quit's window says a
    backup is finishing) and registered, instead of being stopped; the quit's own backup then
    finds only what was saved since. Refused with the folder's busy refusal when the therapist
    chose to quit without this backup (`quit_without`): the quit keeps it as the backup at Quit
    not made (beside_jobs.backup_then_lock), and does not wait for that folder again."""
    with _LEFT_GUARD:
        left = _LEFT_AT_QUIT.pop(str(vault.folder.resolve()), None)
    if left is not None:
        raise left
    job = backup_beside.runner().asked_job()
    if job is not None and job.snapshot.folder.resolve() == vault.folder.resolve():
        job.ended.wait()
    backup_beside.register_waiting(vault)


def kept_busy(job: backup_beside.Job) -> VaultError | None:
    """Back up now's job ended because another process kept its backup folder past the wait
    (`backup.folder_busy`): its refusal, for a quit meanwhile to ask about at once
    (gui/quit_backup.py). Found: the quit's own backup then waited up to two more minutes for the
    same folder on the worker before asking."""
    error = job.error
    return error if isinstance(error, VaultBusy) and error.code == FOLDER_BUSY else None


def kept_busy_with_changes(vault: Vault, job: backup_beside.Job,
                           drafts: Sequence[dict[str, Any]] = ()) -> VaultError | None:
    """`kept_busy`, for a quit to ask about only when there is something to back up: something saved
    since the last checked backup into the backup folder (backup_registry.changed_since_last_backup,
    the lock's and Quit's own test), or typing in the open windows (`drafts`, read late) that the last
    backup at a Quit does not hold (held_text.typing_not_backed_up, the quit's backup's own test). Found:
    the quit asked "Quit without this backup?" with nothing changed since the last backup; and (round
    46) with only a note open whose words were all saved."""
    error = kept_busy(job)
    if error is None or not vault.is_open:
        return error
    return error if _something_to_back_up(vault, drafts) else None


def nothing_for_quit(vault: Vault, drafts: Sequence[dict[str, Any]] = ()) -> bool:
    """Quit's backup would make none (services/backup.backup_if_changed's own test): nothing saved
    since the last backup, once a Back up now that ended is registered (`finish_first`), and no
    typing in the open windows (`drafts`, read late) that the last backup at a Quit lacks. For the
    quit to say nothing of a backup it does not make (gui/quit_backup.py)."""
    finish_first(vault)
    return not _something_to_back_up(vault, drafts)


def _something_to_back_up(vault: Vault, drafts: Sequence[dict[str, Any]]) -> bool:
    """Typing in the open windows the last backup at a Quit lacks, or anything saved since the last
    checked backup into the backup folder: what a quit's backup is made for."""
    return held_text.typing_not_backed_up(vault, drafts) or backup_registry.changed_since_last_backup(vault)


def quit_without(vault: Vault, refusal: VaultError) -> None:
    """The therapist chose to quit without this backup (the folder kept busy): the quit's own
    backup is not tried again (`finish_first` refuses it with `refusal`, kept as at Quit)."""
    with _LEFT_GUARD:
        _LEFT_AT_QUIT[str(vault.folder.resolve())] = refusal


def forget_quit_without(vault: Vault) -> None:
    """A new Quit begins: "Quit without this backup" chosen in a quit that was then cancelled (Don't
    quit yet at a later question) is not its choice."""
    with _LEFT_GUARD:
        _LEFT_AT_QUIT.pop(str(vault.folder.resolve()), None)


def said_beside(exc: BaseException) -> bool:
    """Whether `exc` is one of Back up now's own (said in its window's result line, not a dialog)."""
    return isinstance(exc, VaultError) and exc.code in (ALREADY_RUNNING, STOPPED, NOT_RECORDED_YET)


__all__ = ["BackedUpNow", "LockBackupFirst", "NewestAlready", "Running", "after_lock_backup", "asked_running", "finish",
           "finish_first", "forget_quit_without", "kept_busy", "kept_busy_with_changes", "nothing_for_quit",
           "quit_without", "said_beside", "start", "start_after_lock"]

"""The automatic backup on lock, built beside the therapist's work (issue 21, item 1).

Before, the backup on lock (copy + pack + full verify: 15 s at the benchmark's size)
ran before the vault closed, holding the folder's writer lock, so the next unlock
waited for all of it. Now the lock does only what needs the open vault:

1. `lock_with_backup` (on the GUI's worker, vault open, writer lock held): register
   any finished backup that was waiting for the vault, pin a consistent state of the
   compartments with read transactions on connections of their own
   (storage/backup_snapshot.py HeldSnapshot: milliseconds, no copy), open the locked
   psychotherapy notes' file if they are locked (their key is not at hand: the job
   copies it first and refuses the copy if anything wrote the file since), then lock.
2. `BackupRunner` (one thread of its own, one job at a time, in order) copies the pinned
   state with SQLite's backup API (still SQLCipher-encrypted) into a private 0700 work
   folder in the target -- SQLite keeps that state readable whatever the next session
   writes -- checks the copy as a restore would (every page, the ledger chain), packs it
   into a temporary name in the target with that check recorded (services/backup_checked.py),
   reads the archive back (authentication, part hashes) and scrubs the copy
   (services/backup_beside_build.py). It holds the master key of that vault
   (to encrypt and check the archive and to register it), never the passphrase.
3. Registration (`backup.created` + `backup.verified` in the ledger, then the rotation)
   happens under the folder's writer lock, taken only for that (milliseconds): by the
   runner itself when the vault is still locked, or, when the therapist has unlocked it
   meanwhile, by the next operation that holds the vault (`register_waiting`: the
   controller calls it after an unlock and before every lock). Only then is the file
   renamed to its final name, so an interrupted archive is never registered and never
   looks like a backup.
   Another process writing into the backup folder (a second copy of the app, `vault-app
   backup`) is waited for before that, on the runner's thread, the folder then held for the
   registration (`BackupRunner._hold_folder`): never on the worker, never with the vault's lock.
4. `abandon` (quit) tells the job to stop; packing and unpacking check it once a MiB, so
   it stops within a short bound; what it wrote (temporary archive, snapshot) is removed,
   and whatever a killed process left is swept by the next backup (the names carry the pid).

Unlocking never waits for any of it: the runner holds no lock while it packs or verifies.

When the backup target is a backup repository (settings "kind": "repo"), the job makes a
snapshot instead (backup_beside_repo.py): step 1 then holds the compartment files
themselves still (a snapshot reads them in place), and step 2 chunks them.

Back up now is built by the same runner (services/backup_now.py: a `Job` marked `asked`),
with the vault left open: its outcome goes to its window, not to the lock's failure notice,
and a quit waits for it instead of stopping it. What is taken and held is in
services/backup_beside_take.py.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from vault_app.domain.errors import VaultBusy, VaultError, VaultTampered
from vault_app.services import backup_beside_control, backup_beside_repo
from vault_app.services.backup import BackupInfo
from vault_app.services.backup_archive import BackupAbandoned
from vault_app.services.backup_beside_build import build as build  # re-exported
from vault_app.services.backup_beside_control import OUTDATED_HINT, REKEYED
from vault_app.services.backup_beside_job import Job as Job  # re-exported
from vault_app.services.backup_beside_register import BackupOutdated, Built, Snapshot, discard, register
from vault_app.services.backup_beside_repo import RepoBuilt, RepoSnapshot
from vault_app.services.backup_beside_take import snapshot_into as snapshot_into  # re-exported
from vault_app.services.backup_beside_take import take_snapshot
from vault_app.services.backup_disk_full import said_as_the_full_disk
from vault_app.services.backup_folder_denied import said_as_the_backup_folder
from vault_app.services.backup_folder_gone import said_as_gone
from vault_app.services.backup_workdirs import done_with
from vault_app.services.vault import Vault, open_copy_with_master
from vault_app.storage import backup_folder_lock, folder_lock
from vault_app.storage.backup_snapshot import close_without_waiting
from vault_app.storage.files import scrub_tree

log = logging.getLogger(__name__)

# How long `abandon` waits for the job to notice (packing checks once a MiB).
ABANDON_WAIT_SECONDS = 2.0
_SCRUB_BLOCK = 1 << 20

# Test hook: called with the step name ("start", "snapshot", "packed", "verified") on the runner's
# thread, so a test can hold the job at a known point instead of sleeping.
Checkpoint = Callable[[str], None]


class BackupRekeyed(VaultError):
    """The backup on lock was built under the master key Replace every key has since replaced."""

    kind = "backup-rekeyed"


# --- the runner ----------------------------------------------------------------------------------
class BackupRunner:
    """One backup at a time, each on a thread of its own (`lock_with_backup` submits none
    while one runs, so there is never a queue to drain or a job left waiting to start)."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._mutex = threading.Lock()
        self._idle = threading.Condition(self._mutex)
        self._thread: threading.Thread | None = None
        self._busy = False
        self._folder: Path | None = None  # the vault folder the running job backs up
        self._job: Job | None = None  # the running one
        self._asked: dict[int, Job] = {}  # Back up now's built backups waiting, by id(built)
        # The backup folder held for a built backup left waiting for its vault (by id(built)): the
        # registration on the worker then goes in at once (storage/backup_folder_lock.hold_ahead).
        self._ahead: dict[int, backup_folder_lock.Ahead] = {}
        # Until the job has copied (or read) every file its pinned records.db names: a file
        # scrubbed before that fails its check (blob_reseal waits on `wait_files_copied`).
        self._copying = False
        self.waiting: list[Built | RepoBuilt] = []  # verified, waiting for the vault to be registered
        self.finished: list[BackupInfo] = []
        self.failures: list[str] = []  # error kinds only (no paths, no client data)
        self.checkpoint: Checkpoint | None = None
        # Told (on the runner's thread, with the vault folder) when a built backup is left waiting
        # because its vault's lock was held: the window registers it at once (gui/lock_backup_waiting.py).
        self.on_waiting: Callable[[Path], None] | None = None

    # public -----------------------------------------------------------------------------------
    def submit(self, snapshot: Snapshot | RepoSnapshot, job: Job | None = None) -> bool:
        """Start building `snapshot` (as `job`, Back up now's); False (and the snapshot
        dropped) if one is running."""
        job = job or Job(snapshot)
        with self._mutex:
            if self._busy:
                refused = True
            else:
                refused = False
                self._busy = True
                self._copying = True
                self._folder = snapshot.folder
                self._job = job
                self._stop.clear()
                # A daemon: an abandoned job must never keep the process alive after quit.
                self._thread = threading.Thread(target=self._one, args=(job,), name="vault-backup", daemon=True)
                self._thread.start()
        if refused:
            snapshot.held.release()
            scrub_tree(snapshot.staging)
            done_with(snapshot.staging)
        return not refused

    def busy(self) -> bool:
        with self._mutex:
            return self._busy

    def asked_job(self) -> Job | None:
        """The running job if it is Back up now's."""
        with self._mutex:
            return self._job if self._busy and self._job is not None and self._job.asked else None

    def asked_of(self, built: Built | RepoBuilt) -> Job | None:
        """Back up now's job that built `built` (None: the lock's), forgotten once asked."""
        with self._mutex:
            return self._asked.pop(id(built), None)

    def wait_files_copied(self, folder: Path, timeout: float) -> bool:
        """Until no job of `folder` is still copying the files its snapshot pinned (the
        re-sealing scrubs an old file only once no such job could still need it). False on
        timeout."""
        with self._idle:
            return self._idle.wait_for(lambda: not self._copying_of(folder), timeout)

    def wait_ended_of(self, folder: Path, timeout: float) -> bool:
        """Until no job of `folder` runs any more (Replace every key waits for it: its reads
        keep the -wal from being emptied, and one registered after would be under the old
        keys). False on timeout."""
        with self._idle:
            return self._idle.wait_for(lambda: not (self._busy and self._folder is not None
                                                    and self._folder.resolve() == folder.resolve()), timeout)

    def _copying_of(self, folder: Path) -> bool:
        return self._copying and self._folder is not None and self._folder.resolve() == folder.resolve()

    def wait(self, timeout: float | None = None) -> bool:
        """Until the running job ended (tests, the benchmark). False on timeout."""
        with self._idle:
            return self._idle.wait_for(lambda: not self._busy, timeout)

    def stopping(self) -> bool:
        """True once `abandon` was called (a checkpoint hook may wait for it)."""
        return self._stop.is_set()

    def stop_job_of(self, folder: Path, wait_seconds: float) -> bool:
        """Stop the running job if it backs up `folder`, and wait until it has ended (it
        stops at its next check: once its copy of the files is made, or within a MiB of
        packing or verifying). True if no job of that folder runs any more."""
        with self._mutex:
            if not self._busy or self._folder is None or self._folder.resolve() != folder.resolve():
                return True
            self._stop.set()
        return self.wait(wait_seconds)

    def before_destruction(self, vault: Vault, wait_seconds: float) -> None:
        """A destruction is about to change this vault's files. A job still building from
        them holds read transactions on them (a checkpoint would find them "in use by
        another program") and, registered after the destruction, would be a registered
        backup made before it that the destruction never purged. So it is told to stop
        (what it wrote is removed; what changed stays "changed", so the next lock backs up
        the vault as the destruction left it), and the destruction waits for it to end.
        A backup already built and waiting for this vault is registered now, so the
        destruction purges it like any registered backup. (Called through
        services/backup_beside_control.py.)"""
        if not self.stop_job_of(vault.folder, wait_seconds):
            log.warning("A background backup did not stop in time before a destruction.")
        register_waiting(vault)

    def put_back(self, built: Built | RepoBuilt, job: Job | None,
                 ahead: backup_folder_lock.Ahead | None = None) -> None:
        """`built` left waiting for its vault (`job`: Back up now's, told when it is registered;
        `ahead`: its backup folder, held for its registration)."""
        with self._mutex:
            self.waiting.append(built)
            if job is not None and job.asked:
                self._asked[id(built)] = job
            if ahead is not None:
                self._ahead[id(built)] = ahead

    def let_go(self, built: Built | RepoBuilt) -> None:
        """The backup folder held for `built`'s registration let go (registered, failed, or left
        waiting longer: a registration after that waits for the folder itself)."""
        with self._mutex:
            ahead = self._ahead.pop(id(built), None)
        if ahead is not None:
            ahead.release()

    def take_waiting(self) -> list[Built | RepoBuilt]:
        with self._mutex:
            out, self.waiting = self.waiting, []
        return out

    def abandon(self, wait_seconds: float = ABANDON_WAIT_SECONDS) -> bool:
        """Quit: stop the running job, which removes what it wrote. True if it ended within
        `wait_seconds`. Finished backups waiting for the vault stay waiting: the quit's own
        operation registers them (`register_waiting`). Not Back up now's: the therapist asked
        for it, and the quit's operation waits for it and registers it (backup_now.finish_first)."""
        if self.asked_job() is not None:
            return False
        self._stop.set()
        thread = self._thread
        if thread is None:
            return True
        thread.join(wait_seconds)
        return not thread.is_alive()

    # the thread --------------------------------------------------------------------------------
    def _one(self, job: Job) -> None:
        try:
            self._run(job)
        except Exception as exc:
            job.error = exc  # Back up now's is said in its window (services/backup_now.py)
            if not job.asked:
                self._failed(job, exc)
            elif not isinstance(exc, (VaultError, BackupAbandoned)):
                log.error("Back up now failed unexpectedly: %s", type(exc).__name__)
        finally:
            job.snapshot.held.release()
            scrub_tree(job.snapshot.staging)
            done_with(job.snapshot.staging)
            with self._idle:
                self._busy = self._copying = False
                self._job = None  # nothing here keeps its snapshot (the master key) once it has ended
                self._idle.notify_all()
            job.end()

    def _failed(self, job: Job, exc: Exception) -> None:
        """The automatic backup's failure, kept to be said after the next unlock."""
        if isinstance(exc, BackupAbandoned):
            log.info("Background backup abandoned (the app is quitting, or a destruction needed the files).")
        elif isinstance(exc, VaultError):
            self.failures.append(exc.kind)
            log.warning("Automatic backup failed: %s", type(exc).__name__)
            backup_beside_control.failed(exc, job.snapshot.folder)  # the vault is locked: kept beside it
        else:  # a bug: logged by type only (a message could quote data)
            self.failures.append("bug")
            log.error("Automatic backup failed unexpectedly: %s", type(exc).__name__)
            backup_beside_control.failed(exc, job.snapshot.folder)

    def _step(self, name: str) -> None:
        if name == "snapshot":  # every pinned file copied (or read, for a snapshot repository)
            with self._idle:
                self._copying = False
                self._idle.notify_all()
        if self.checkpoint is not None:
            self.checkpoint(name)
        if self._stop.is_set():
            raise BackupAbandoned

    def _run(self, job: Job) -> None:
        built: Built | RepoBuilt
        # A drive pulled out while the job writes into it is said as the folder gone, as for
        # Back up now (services/backup_folder_gone.py): found in review, it said "not found while
        # reading a backup part. Check the path you gave" at the lock and at the next unlock.
        # A full drive is said as which, with what is free and needed, as for Back up now (found by a
        # walker: the backup on lock said only "The disk is full"). A permission refused there is
        # said as the backup folder's, as for Back up now, which is built here too.
        snap = job.snapshot
        if isinstance(snap, RepoSnapshot):
            with said_as_the_backup_folder(snap.repo.root), said_as_gone(snap.repo.root), \
                    said_as_the_full_disk(snap.folder, snap.repo.root):
                built = backup_beside_repo.build(snap, self._stop.is_set, self._step, job.folder_waits)
        else:
            with said_as_the_backup_folder(snap.target), said_as_gone(snap.target), \
                    said_as_the_full_disk(snap.folder, snap.target):
                built = build(snap, self._stop.is_set, self._step)
        built.seconds = round(datetime.now(UTC).timestamp() - job.started, 3)
        job.built = built
        ahead = self._hold_folder(job, built)
        try:
            info = register_if_locked(built)
        except BaseException:
            ahead.release()
            raise
        if info is None:
            self.put_back(built, job, ahead)
            # Found by a helper on a demo vault: a lock's snapshot finished just after a fast unlock
            # waited here, unlisted, until the next lock (and a quit from the lock screen lost it).
            tell = self.on_waiting
            if tell is not None:
                with contextlib.suppress(Exception):  # a window gone: the next lock registers it
                    tell(snap.folder)
        else:
            ahead.release()
            job.registered = info
            self.finished.append(info)

    def _hold_folder(self, job: Job, built: Built | RepoBuilt) -> backup_folder_lock.Ahead:
        """The backup folder held for `built`'s registration, waited for here, beside the work,
        while another process writes there (a second copy of the app, `vault-app backup`): found,
        that wait (up to two minutes) was made at the registration on the app's one worker, so a
        lock, an unlock and every save waited behind it. Nothing else is held meanwhile (not the
        vault's own lock: an unlock goes on). Refused or stopped: what was built is removed."""
        snap = built.snapshot
        folder = snap.repo.root if isinstance(snap, RepoSnapshot) else snap.target
        try:
            with said_as_gone(folder):
                return backup_folder_lock.hold_ahead(folder, stop=self._stop.is_set,
                                                     on_wait=lambda: job.folder_waits(True))
        except BaseException as exc:
            with contextlib.suppress(VaultError, OSError):
                discard(built)
            if isinstance(exc, backup_folder_lock.WaitStopped):
                raise BackupAbandoned from None
            raise
        finally:
            job.folder_waits(False)


def register_if_locked(built: Built | RepoBuilt) -> BackupInfo | None:
    """Register with the vault folder's writer lock, when nobody holds it (the vault is
    still locked). None when it is held: the vault is open again, and the holder
    registers it (`register_waiting`)."""
    snap = built.snapshot
    try:
        # As this process's own work: an unlock of this window meeting it waits for it (found by a
        # walker: "open in another window of the app (process N)", N being this window's process).
        held = folder_lock.acquire(snap.folder, wait_seconds=0, background=True)
    except VaultBusy:
        return None
    try:
        try:
            copy = open_copy_with_master(snap.folder, snap.master)
        except VaultTampered:
            # A terminal's `vault-app rekey` while the window was locked (or an altered header,
            # which the next unlock says): found probing, the whole verified archive under the
            # old keys was left in the target as a hidden partial file, outside the register
            # (no destruction purges it), and the unlock said the header was altered.
            discard(built)
            raise BackupRekeyed(REKEYED, hint=OUTDATED_HINT) from None
        try:
            return register(copy, built)
        finally:
            copy.lock()
    finally:
        held.release()


_RUNNER: BackupRunner | None = None


def runner() -> BackupRunner:
    global _RUNNER
    if _RUNNER is None:
        _RUNNER = BackupRunner()
        backup_beside_control.install(_RUNNER)  # the destruction stops its jobs through it
    return _RUNNER


# --- the hooks the GUI calls -----------------------------------------------------------------------
def register_waiting(vault: Vault) -> list[BackupInfo]:
    """Register the finished backups of this vault that waited for it (call with the vault
    open, where it is used: the GUI's worker). Others' stay waiting."""
    done: list[BackupInfo] = []
    keep: list[Built | RepoBuilt] = []
    for built in runner().take_waiting():
        if built.snapshot.folder.resolve() != vault.folder.resolve() or not vault.is_open:
            keep.append(built)
            continue
        job = runner().asked_of(built)
        try:
            done.append(register(vault, built))
            if job is not None:
                job.registered = done[-1]
        except VaultError as exc:
            if job is not None:
                job.error = exc
            log.warning("Registering a background backup failed: %s", type(exc).__name__)
            if isinstance(exc, BackupOutdated):
                backup_beside_control.failed(exc)  # said after this unlock, as a failed backup on lock
            elif job is not None and not job.window_waits(vault):
                # Back up now pressed before the last lock: its window is gone, so said by this open
                # vault's status line (found on Xvfb: its folder gone, only the support log said so).
                # Pressed in this vault, its window says it (backup_now.finish raises job.error).
                backup_beside_control.failed(exc, seq=vault.ledger.head().seq, asked=True)
            with contextlib.suppress(OSError):
                built.partial.unlink()
        finally:
            runner().let_go(built)  # its backup folder, held for this registration
    for built in keep:  # another vault's, or this one closed: its registration waits for the folder itself
        runner().let_go(built)
    if keep:
        with contextlib.suppress(Exception):
            runner().waiting.extend(keep)
    return done


def register_waiting_free() -> list[BackupInfo]:
    """Register the finished backups whose vault nobody holds now, as the job does when it ends
    with the vault locked (the lock an unlock held when the job ended was let go: that unlock
    was refused, or the vault locked again). Those whose vault is held stay waiting for it."""
    done: list[BackupInfo] = []
    for built in runner().take_waiting():
        job = runner().asked_of(built)
        try:
            info = register_if_locked(built)
        except VaultError as exc:
            if job is not None:
                job.error = exc
            log.warning("Registering a background backup failed: %s", type(exc).__name__)
            backup_beside_control.failed(exc, built.snapshot.folder, asked=job is not None)
            continue
        finally:
            runner().let_go(built)  # registered, or its vault held by another process: not kept for it
        if info is None:
            runner().put_back(built, job)
            continue
        if job is not None:
            job.registered = info
        runner().finished.append(info)
        done.append(info)
    return done


def lock_with_backup(vault: Vault) -> bool:
    """The lock with its automatic backup: snapshot now, build beside. The vault locks
    whatever the snapshot does; True if a background backup was started."""
    if not vault.is_open:  # already locked, e.g. by a restore that replaced it
        return False
    snap = None
    try:
        register_waiting(vault)
        # One backup at a time, and none queued: a lock while one is still being built
        # starts none (its snapshot would pin the files for as long as it waited). What
        # changed since stays "changed" and the next lock backs it up.
        if not runner().busy():
            snap = take_snapshot(vault)
    except VaultError as exc:
        log.warning("Automatic backup failed: %s", type(exc).__name__)
        backup_beside_control.failed(exc, vault.folder)  # kept for a quit from the lock screen
    finally:
        if snap is not None or runner().busy():
            # A snapshot (this one, or Back up now's still running) may be reading these files:
            # closing must not wait for it. Here, not where it is taken: Back up now's vault
            # stays open, and its closing checkpoints wait for readers as they always did.
            close_without_waiting(vault.open_compartments())
        vault.lock()
    if snap is None:
        return False
    # Only after the lock: the job registers itself under the folder's writer lock, which
    # this vault held until now.
    return runner().submit(snap)


def abandon_running(wait_seconds: float = ABANDON_WAIT_SECONDS) -> bool:
    """Quit: stop any background backup safely (nothing half-written is ever registered)."""
    if _RUNNER is None:
        return True
    return _RUNNER.abandon(wait_seconds)


__all__ = [
    "BackupRunner",
    "Built",
    "Job",
    "Snapshot",
    "abandon_running",
    "build",
    "lock_with_backup",
    "register",
    "register_if_locked",
    "register_waiting",
    "register_waiting_free",
    "runner",
    "take_snapshot",
]

"""The runner of services/backup_beside.py (split from it): one backup at a time built beside the
work on a thread of its own, the built backups it keeps waiting for their vault, and the backup
folder held ahead for their registration. The registration itself and the hooks the GUI calls stay
in services/backup_beside.py (which re-exports this), handed to the runner as it is made
(`BackupRunner.beside`: that module itself, its functions looked up at call time, so a patch of
`backup_beside.register` or `backup_beside.build` still takes; no import back, no circle)."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from vault_app.domain.errors import VaultError
from vault_app.services import backup_beside_control, backup_beside_repo
from vault_app.services.backup import BackupInfo
from vault_app.services.backup_archive import BackupAbandoned
from vault_app.services.backup_beside_job import Job
from vault_app.services.backup_beside_register import Built, Snapshot, discard
from vault_app.services.backup_beside_repo import RepoBuilt, RepoSnapshot
from vault_app.services.backup_disk_full import said_as_the_full_disk
from vault_app.services.backup_folder_denied import said_as_the_backup_folder
from vault_app.services.backup_folder_gone import said_as_gone
from vault_app.services.backup_workdirs import done_with
from vault_app.services.vault import Vault
from vault_app.storage import backup_folder_lock
from vault_app.storage.files import scrub_tree

log = logging.getLogger(__name__)


class Registration(Protocol):
    """What the runner calls of services/backup_beside.py (the module itself is handed over)."""

    def build(self, snap: Snapshot, stop: Callable[[], bool], step: Callable[[str], None]) -> Built: ...
    def register_if_locked(self, built: Built | RepoBuilt) -> BackupInfo | None: ...
    def register_waiting(self, vault: Vault) -> list[BackupInfo]: ...

# How long `abandon` waits for the job to notice (packing checks once a MiB).
ABANDON_WAIT_SECONDS = 2.0
_SCRUB_BLOCK = 1 << 20

# Test hook: called with the step name ("start", "snapshot", "packed", "verified") on the runner's
# thread, so a test can hold the job at a known point instead of sleeping.
Checkpoint = Callable[[str], None]


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
        # Told (on the job's thread) when a job begins to wait for another process's hold on its
        # backup folder: the window says so, again after every unlock, and how it ended
        # (gui/backup_wait_line.py).
        self.on_folder_wait: Callable[[Job], None] | None = None
        # services/backup_beside.py, handed over by its runner() (see the module's docstring).
        self.beside: Registration | None = None

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

    def running_job(self) -> Job | None:
        """The running job (Back up now's or the lock's), None when none runs."""
        with self._mutex:
            return self._job if self._busy else None

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

    def _beside(self) -> Registration:
        if self.beside is None:
            raise RuntimeError("a backup runner is made by backup_beside.runner()")
        return self.beside

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
        self._beside().register_waiting(vault)

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
                built = backup_beside_repo.build(snap, self._stop.is_set, self._step,
                                                 lambda waiting: self._folder_waits(job, waiting))
        else:
            with said_as_the_backup_folder(snap.target), said_as_gone(snap.target), \
                    said_as_the_full_disk(snap.folder, snap.target):
                built = self._beside().build(snap, self._stop.is_set, self._step)
        built.seconds = round(datetime.now(UTC).timestamp() - job.started, 3)
        job.built = built
        ahead = self._hold_folder(job, built)
        try:
            info = self._beside().register_if_locked(built)
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
                                                     on_wait=lambda: self._folder_waits(job, True))
        except BaseException as exc:
            with contextlib.suppress(VaultError, OSError):
                discard(built)
            if isinstance(exc, backup_folder_lock.WaitStopped):
                raise BackupAbandoned from None
            raise
        finally:
            job.folder_waits(False)

    def _folder_waits(self, job: Job, waiting: bool) -> None:
        if waiting and not job.waited_for_folder:
            job.waited_for_folder = True
            tell = self.on_folder_wait
            if tell is not None:
                with contextlib.suppress(Exception):  # the window's notice: never the job's failure
                    tell(job)
        job.folder_waits(waiting)



__all__ = ["ABANDON_WAIT_SECONDS", "BackupRunner", "Checkpoint"]

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
services/backup_beside_take.py; the runner (step 2's thread, the built backups waiting for their
vault, the backup folder held ahead) in services/backup_beside_runner.py, re-exported here. This
module keeps the registration and the hooks the GUI calls.
"""

from __future__ import annotations

import contextlib
import logging
import sys

from vault_app.domain.errors import VaultBusy, VaultError, VaultTampered
from vault_app.services import backup_beside_control
from vault_app.services.backup import BackupInfo
from vault_app.services.backup_beside_build import build as build  # re-exported
from vault_app.services.backup_beside_control import OUTDATED_HINT, REKEYED
from vault_app.services.backup_beside_job import Job as Job  # re-exported
from vault_app.services.backup_beside_register import BackupOutdated, Built, Snapshot, discard, register
from vault_app.services.backup_beside_repo import RepoBuilt
from vault_app.services.backup_beside_runner import ABANDON_WAIT_SECONDS as ABANDON_WAIT_SECONDS  # re-exported
from vault_app.services.backup_beside_runner import BackupRunner as BackupRunner  # re-exported
from vault_app.services.backup_beside_runner import Checkpoint as Checkpoint  # re-exported
from vault_app.services.backup_beside_take import snapshot_into as snapshot_into  # re-exported
from vault_app.services.backup_beside_take import take_snapshot
from vault_app.services.vault import Vault, open_copy_with_master
from vault_app.storage import folder_lock
from vault_app.storage.backup_snapshot import close_without_waiting

log = logging.getLogger(__name__)

class BackupRekeyed(VaultError):
    """The backup on lock was built under the master key Replace every key has since replaced."""

    kind = "backup-rekeyed"


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
        _RUNNER.beside = sys.modules[__name__]  # its build and registration, looked up as it runs
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

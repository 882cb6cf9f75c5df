"""The backup on lock: what its job carries (Snapshot, Built), and how the built archive is
given its final name and recorded in the vault's ledger, or discarded when a destruction
completed after the lock it was made at. Split from services/backup_beside.py (the runner and
the build stay there)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from vault_app.domain.errors import VaultError
from vault_app.services import (
    backup_beside_control,
    backup_beside_repo,
    backup_checked,
    backup_folder_connected,
    backup_lineage,
    backup_rotation,
    destruction_state,
)
from vault_app.services.backup import BackupInfo, backup_file_name
from vault_app.services.backup_archive import replace_file
from vault_app.services.backup_beside_control import OUTDATED, OUTDATED_HINT, RESTORED_OVER
from vault_app.services.backup_beside_repo import RepoBuilt
from vault_app.services.backup_registry import CHANGES, CREATED, VERIFIED, target_warnings
from vault_app.services.backup_rotation import rotate
from vault_app.services.backup_workdirs import done_with
from vault_app.services.vault import Vault
from vault_app.storage import backup_folder_lock
from vault_app.storage.backup_snapshot import HeldSnapshot
from vault_app.storage.files import scrub_file
from vault_app.storage.header import Header, LedgerAnchor


@dataclass
class Snapshot:
    """What the background job needs: copies of the files and the keys, not the vault."""

    folder: Path  # the live vault's folder (registration reopens it with `master`)
    target: Path
    staging: Path
    held: HeldSnapshot  # read transactions on the live files, copied into `staging` by the job
    header: Header
    head: LedgerAnchor
    master: bytes
    created: str
    day: str
    # Attachment blobs the pinned records.db names: never changed once written, so the job
    # copies them from the live folder (if a destruction scrubbed one meanwhile, the
    # verify fails and the backup is not registered).
    blob_ids: tuple[str, ...] = ()
    # What opens the psychotherapy key of `header` while those notes are unlocked (empty
    # otherwise): their pages are then checked before packing too.
    psychotherapy_wraps: tuple[bytes, ...] = ()
    changes: int | None = None  # records.db's count of writes held (backup_registry.content_changes)
    rotate: bool = True  # False: a single-file copy saved elsewhere, never rotated (backup_now.start)


@dataclass
class Built:
    """A packed and verified archive at its temporary name, not registered yet."""

    snapshot: Snapshot
    partial: Path
    sha256: str
    size: int
    seconds: float = 0.0


class BackupOutdated(VaultError):
    """The backup on lock was built from the vault as it was before a destruction."""

    kind = "backup-outdated"


class BackupRestoredOver(BackupOutdated):
    """The backup on lock was built from a vault that a restore has since replaced."""

    kind = "backup-restored-over"


def register(vault: Vault, built: Built | RepoBuilt) -> BackupInfo:
    """Give the verified archive its final name and record it in `vault`'s ledger
    (the same entries `create_backup(..., verify=True)` writes), then rotate.

    Not when a destruction was completed after the lock the backup was made at: another
    program (a terminal's `vault-app destroy`, while the window was locked) purged the
    registered backups, and this one, built by then but not registered, held the chart.
    Found by the older-copies pass: registered after the destruction, it was a verified
    backup holding a destroyed chart that no certificate accounted for. It is scrubbed
    instead. One still under way (the window's own, which registers what waits before it
    purges; one interrupted, whose resume purges again) purges it like any other.

    Nor when `vault` is not the one it was made from, continued: a terminal's `vault-app
    backup restore --overwrite` while the window was locked put an older copy in its place
    (the ledger no longer holds the entry the backup was made at). Found probing: registered,
    it was the restored vault's newest verified backup, holding what the therapist restored
    away from, and its rotation deleted the backup just restored from (one a day is kept)."""
    if not _continues(vault, built.snapshot.head):
        discard(built)
        raise BackupRestoredOver(RESTORED_OVER, hint=OUTDATED_HINT)
    since = vault.ledger.entries((destruction_state.COMPLETED, destruction_state.REAPPLIED),
                                 since_seq=built.snapshot.head.seq + 1)
    if since:
        discard(built)
        raise BackupOutdated(OUTDATED, hint=OUTDATED_HINT)
    info = backup_beside_repo.register(vault, built) if isinstance(built, RepoBuilt) else _register_file(vault, built)
    backup_beside_control.made()
    return info


def _continues(vault: Vault, head: LedgerAnchor) -> bool:
    """Whether `vault`'s ledger holds the entry the backup was made at, unchanged."""
    if head.seq <= 0:
        return True
    return vault.ledger.holds(head.seq, head.mac_hex)


def discard(built: Built | RepoBuilt) -> None:
    """A built backup that is not to be registered: its file overwritten and removed; for a
    snapshot, the chunks only it named go with the repository's clean-up."""
    scrub_file(built.partial, "removing a backup that was not kept")
    if isinstance(built, RepoBuilt):
        backup_rotation.sweep_after_rotation(built.snapshot.repo)


def _register_file(vault: Vault, built: Built) -> BackupInfo:
    snap = built.snapshot
    # As create_backup: the line checked again, the free name taken and the file put in place
    # with the folder held against another copy backing up into it (storage/backup_folder_lock.py).
    with backup_folder_lock.held(snap.target):
        backup_lineage.refuse_file_into(vault, snap.target)
        try:
            backup_folder_connected.mark_at_put_in_place(vault, snap.target, built.partial)  # its drive not swapped
        except VaultError:
            with contextlib.suppress(VaultError, OSError):
                discard(built)  # its file, if it went into the mount point, is not left there
            raise
        dest = backup_file_name(snap.target, snap.day)
        replace_file(built.partial, dest)
        done_with(built.partial)  # its journal entry, when it had one (a single-file copy's)
        entry = vault.ledger.append(
            CREATED,
            {"path": str(dest), "time": snap.created, "sha256": built.sha256, "bytes": built.size,
             "ledger_seq": snap.head.seq, "ledger_mac": snap.head.mac_hex, "format": 1,
             CHANGES: snap.changes},
        )
        vault.ledger.append(VERIFIED, {"path": str(dest), "sha256": built.sha256, "ledger_seq": snap.head.seq,
                                       "check": backup_checked.RECORDED})
        kept_covering: list[str] = []  # said by Back up now's window, as create_backup's
        rotated = rotate(vault, snap.target, kept_covering=kept_covering) if snap.rotate else []
    return BackupInfo(entry.seq, str(dest), dest.name, built.sha256, built.size, snap.created, snap.head.seq,
                      True, built.seconds, rotated, target_warnings(vault.folder, snap.target), kept_covering)


__all__ = ["BackupOutdated", "BackupRestoredOver", "Built", "Snapshot", "discard", "register"]

"""The automatic backup on lock as a snapshot, when the backup target is a backup
repository (settings "kind": "repo"; services/backup_beside.py runs it).

A snapshot reads the compartment files as they are on disk (services/backup_repo.py:
that is what makes unchanged pages dedupe; a copy through SQLite's backup API re-encrypts
every page), so it cannot read from a copy the way the single-file backup on lock does.
What the lock does instead, on the vault's worker, in milliseconds:

1. fold every open compartment's WAL into its file (checkpoint TRUNCATE), then begin a
   read transaction on each through a connection of its own (HeldSnapshot). Begun on an
   empty WAL, such a reader reads the file alone, and SQLite backfills no WAL frame into
   the file while it holds (a checkpoint needs that reader's lock): whatever the next
   session writes stays in the WAL, and the file keeps the locked state byte for byte;
2. open each file (the job reads these descriptors, so a file replaced meanwhile, e.g. by
   a restore, is never read), open the locked psychotherapy notes' file (the job copies
   it first and refuses the copy if anything wrote the file since), keep the header's
   bytes, then lock.

The job (the runner's thread): chunk the held files (an attachment blob unchanged since
the newest snapshot costs one stat: its chunk list is reused), write the chunks the
repository lacks and a manifest under a hidden temporary name (with the repository's sweep held off,
so no sweep of this process takes chunks no manifest names yet), release the files, then
check the snapshot as a restore would (every chunk, every page, the ledger chain) and
put that on record in the manifest (services/backup_checked.py: a later verify or restore
relies on it).
Registration (the vault open again, or under the folder's lock) renames the checked
manifest into place, records `backup.created` (format "repo") and `backup.verified`,
and applies the rotation to the repository's snapshots (then removes unused chunks).
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from vault_app.domain.errors import VaultBusy
from vault_app.services import (
    attachment_blobs,
    backup_checked,
    backup_keys,
    backup_lineage,
    backup_repo_owner,
    backup_rotation,
    staging_journal,
)
from vault_app.services.backup import BackupInfo
from vault_app.services.backup_archive import (
    HEADER_PART,
    PARTS,
    BackupAbandoned,
    replace_file,
)
from vault_app.services.backup_registry import CHANGES, CREATED, VERIFIED, content_changes, target_warnings
from vault_app.services.backup_repo import REPO_FORMAT, checked_manifest, snapshot_manifest
from vault_app.services.backup_repo_chunks import Source, store_parts
from vault_app.services.backup_workdirs import done_with
from vault_app.services.vault import Vault
from vault_app.storage import backup_folder_lock, blob_store
from vault_app.storage import header as header_io
from vault_app.storage.backup_snapshot import HeldSnapshot
from vault_app.storage.chunk_store import ChunkKeys, Repository
from vault_app.storage.compartment import COMPARTMENT_FILES
from vault_app.storage.files import os_errors, scrub_tree
from vault_app.storage.header import Header, LedgerAnchor


class HeldFiles(HeldSnapshot):
    """Read transactions that keep the files still, and the files held open."""

    def __init__(self) -> None:
        super().__init__()
        self.files: dict[str, BinaryIO] = {}

    def open_file(self, name: str, path: Path) -> BinaryIO:
        with os_errors("reading a vault file for the backup"):
            self.files[name] = path.open("rb")
        return self.files[name]

    def release(self) -> None:
        files, self.files = self.files, {}
        for fh in files.values():
            with contextlib.suppress(OSError):
                fh.close()
        super().release()


@dataclass
class RepoSnapshot:
    """What the background job needs: the held files and the keys, not the vault."""

    folder: Path  # the live vault's folder (registration reopens it with `master`)
    repo: Repository
    staging: Path  # private, in the repository's folder: the locked psychotherapy copy
    held: HeldFiles
    sources: list[tuple[str, Source]]  # the parts, in PARTS order, then the attachment blobs
    header: Header
    head: LedgerAnchor
    master: bytes
    created: str
    stamp: str
    changes: int | None = None  # records.db's count of writes held (backup_registry.content_changes)
    # What opens the psychotherapy key of `header` while those notes are unlocked at the take
    # (empty otherwise): the check then covers their pages too, as the single-file backup's does
    # (backup_beside_register.Snapshot). Found: a bare master key checked records and ledger only,
    # and the rotation and Check said the notes had been locked.
    psychotherapy_wraps: tuple[bytes, ...] = ()
    claim_later: bool = False  # the repository's first claim is the job's (`take`)

    def key_source(self) -> backup_keys.KeySource:
        """The snapshot's keys for its check: the master key and the notes' wrapping keys."""
        return backup_keys.KeySource(
            lambda _slots: (self.master, backup_keys.WaysIn(candidates=self.psychotherapy_wraps)))


@dataclass
class RepoBuilt:
    """A written and checked snapshot under a hidden temporary name, not registered yet."""

    snapshot: RepoSnapshot
    partial: Path
    sha256: str
    size: int
    chunks_written: int
    bytes_written: int
    seconds: float = 0.0
    extra: dict[str, int] = field(default_factory=dict)


def _wal_empty(path: Path) -> bool:
    wal = Path(str(path) + "-wal")
    return not wal.exists() or wal.stat().st_size == 0


def take(vault: Vault, target: Path) -> RepoSnapshot:
    """On the vault's worker, vault open, nothing writing (see the module docstring)."""
    repo = Repository(target)
    claim_later = False
    try:  # one vault per repository, before anything is made
        backup_repo_owner.claim_for(vault, repo, wait_seconds=0)
    except VaultBusy as exc:
        if exc.code != "backup.folder_busy":
            raise
        # A new repository's first claim, another process writing into the folder: made beside, by
        # the job, under the folder's lock it waits for there (found: waited for here, on the worker).
        claim_later = True
    backup_lineage.refuse_snapshot_into(vault, repo)  # and one copy's line of snapshots
    if not claim_later:  # else nothing is made in the folder before the job's claim
        repo.ensure()
        repo.sweep_temporary()
    # Named like private_tempdir's folders (kind and pid): a killed process's is swept; journaled,
    # on the vault's own disk when there is room (it holds the header and the locked notes' copy).
    staging = staging_journal.begin(
        vault.folder, staging_journal.work_parent(vault.folder, repo.root, staging_journal.vault_bytes(vault.folder)),
        "backup")
    held = HeldFiles()
    changes = content_changes(vault)  # before the hold: see there
    try:
        sources, header, head = _hold(vault, staging, held)
    except BaseException:
        held.release()
        scrub_tree(staging)
        done_with(staging)
        raise
    now = datetime.now(UTC)
    return RepoSnapshot(vault.folder, repo, staging, held, sources, header, head, backup_keys.master_of(vault),
                        now.isoformat(timespec="seconds"), now.strftime("%Y-%m-%dT%H%M%SZ"), changes,
                        vault.psychotherapy_wraps(), claim_later)


def _hold(vault: Vault, staging: Path, held: HeldFiles) -> tuple[list[tuple[str, Source]], Header, LedgerAnchor]:
    busy = VaultBusy("The vault's files could not be held still for the backup.", hint="Lock again later.",
                     code="backup.not_held_still")
    # The attachment blobs the pinned records.db names (nothing writes between): a blob is
    # never changed once written, so the job reads it by name from the live folder, or
    # reuses the newest snapshot's chunk list when the file is the one that snapshot read
    # (services/snapshot_blobs.py). One a destruction scrubs meanwhile fails the snapshot's
    # check, and nothing is registered.
    blob_names = [blob_store.relative_name(b) for b in attachment_blobs.referenced(vault)]
    compartments = vault.own_files()
    for comp in compartments:
        if not comp.checkpoint():
            raise busy
    by_name: dict[str, Source] = {}
    for comp in compartments:
        path = vault.folder / COMPARTMENT_FILES[comp.name]
        held.hold(comp.name, path, vault.compartment_key(comp.name))
        if not _wal_empty(path):  # the reader must read the file alone (see the docstring)
            raise busy
        by_name[COMPARTMENT_FILES[comp.name]] = held.open_file(comp.name, path)
    head = vault.ledger.head()
    header = vault.header
    psy = COMPARTMENT_FILES["psychotherapy"]
    if psy not in by_name:
        # Locked notes: their key is not at hand, so no read transaction can hold them. Their
        # file is opened now and the job copies it first, proving nothing wrote it since
        # (HeldSnapshot.hold_locked, as the single-file backup on lock does): the lock no
        # longer spends time in proportion to the file.
        # Only the file checked against the ledger in this session (found: an older copy put back
        # was packed on lock, and rotation removed the backup holding its lost notes).
        vault.refuse_unchecked_psychotherapy_file()
        held.hold_locked("psychotherapy", vault.folder / psy)
        by_name[psy] = staging / psy
    sources: list[tuple[str, Source]] = [(HEADER_PART, header_io.encode(header))]
    sources += [(name, by_name[name]) for name in PARTS[1:]]
    sources += [(name, vault.folder / name) for name in blob_names]
    return sources, header, head


def build(snap: RepoSnapshot, stop: Callable[[], bool], step: Callable[[str], None],
          folder_waits: Callable[[bool], None] = lambda _waiting: None) -> RepoBuilt:
    """Write the snapshot under a temporary name and check it completely. The held files
    are released and the staging scrubbed whatever happens; the manifest is removed on
    failure (its chunks are then named by nothing, and the next sweep removes them).
    `folder_waits(True)`: another process writes into the repository, waited for here."""
    partial: Path | None = None
    try:
        step("start")
        snap.held.copy_locked_into(snap.staging, COMPARTMENT_FILES)  # the locked notes, if any: first
        ck = ChunkKeys(snap.master, snap.header.vault_id_bytes)
        with _held(snap.repo.root, stop, folder_waits), snap.repo.writing():
            if snap.claim_later:
                backup_repo_owner.claim_with(snap.repo, snap.header.vault_id, snap.key_source())
                snap.repo.ensure()
                snap.repo.sweep_temporary()
            parts, written, written_bytes = store_parts(snap.repo, ck, snap.sources, stop, reuse=True)
            raw = snapshot_manifest(snap.header, snap.master, snap.head, snap.created, parts)
            partial = snap.repo.temporary_manifest()
            snap.repo.write_manifest(partial, raw)
        snap.held.release()
        scrub_tree(snap.staging)
        done_with(snap.staging)
        step("snapshot")
        step("packed")
        # Checked completely once, now, and recorded in the manifest that gets registered:
        # a later verify or restore of it relies on that (services/backup_checked.py).
        raw = checked_manifest(snap.repo, snap.key_source(), raw, snap.header, snap.master,
                               snap.head, snap.created, parts, stop, vault_folder=snap.folder)
        snap.repo.write_manifest(partial, raw)
        step("verified")
    except BaseException:
        if partial is not None:
            with contextlib.suppress(OSError):
                partial.unlink()
        raise
    finally:
        snap.held.release()
        scrub_tree(snap.staging)
        done_with(snap.staging)
    return RepoBuilt(snap, partial, hashlib.sha256(raw).hexdigest(), len(raw), written, written_bytes,
                     extra={"chunks": len({c for p in parts for c in p["chunks"]})})


@contextlib.contextmanager
def _held(root: Path, stop: Callable[[], bool], folder_waits: Callable[[bool], None]) -> Iterator[None]:
    """The repository held (storage/backup_folder_lock.hold_ahead), its wait told; stopped: abandoned."""
    try:
        ahead = backup_folder_lock.hold_ahead(root, stop=stop, on_wait=lambda: folder_waits(True))
    except backup_folder_lock.WaitStopped:
        raise BackupAbandoned from None
    finally:
        folder_waits(False)
    try:
        yield
    finally:
        ahead.release()


def register(vault: Vault, built: RepoBuilt) -> BackupInfo:
    """Put the checked manifest in place and record it in `vault`'s ledger (the entries
    `create_incremental(..., verify=True)` writes), then rotate the repository's snapshots."""
    snap = built.snapshot
    # The line checked again and the snapshot put in place with the repository held against
    # another copy writing into it (storage/backup_folder_lock.py); its sweep nests.
    with snap.repo.writing():
        backup_lineage.refuse_snapshot_into(vault, snap.repo)
        dest = snap.repo.new_snapshot_path(snap.stamp)
        replace_file(built.partial, dest)
        entry = vault.ledger.append(
            CREATED,
            {"path": str(dest), "time": snap.created, "sha256": built.sha256, "bytes": built.size,
             "ledger_seq": snap.head.seq, "ledger_mac": snap.head.mac_hex, "format": REPO_FORMAT,
             "chunks_written": built.chunks_written, "bytes_written": built.bytes_written,
             CHANGES: snap.changes},
        )
        vault.ledger.append(VERIFIED, {"path": str(dest), "sha256": built.sha256, "ledger_seq": snap.head.seq,
                                       "check": backup_checked.RECORDED})
        covering: list[str] = []  # said by Back up now's window, as create_incremental's
        rotated = backup_rotation.rotate(vault, snap.repo.snapshots_dir, kept_covering=covering)
        # The chunks only the rotated snapshots used: scrubbed, removed (or a warning why not).
        skipped = backup_rotation.sweep_after_rotation(snap.repo) if rotated else []
    return BackupInfo(entry.seq, str(dest), dest.name, built.sha256, built.size, snap.created, snap.head.seq,
                      True, built.seconds, rotated, [*target_warnings(vault.folder, snap.repo.root), *skipped],
                      covering)


__all__ = ["HeldFiles", "RepoBuilt", "RepoSnapshot", "build", "register", "take"]

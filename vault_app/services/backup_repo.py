"""Incremental backups: snapshots in a repository of encrypted, deduplicated chunks.

A snapshot reads each compartment file as it is on disk (still SQLCipher-encrypted),
after folding its WAL into it and under read transactions that keep it still, cuts it
into content-defined chunks, and writes only the chunks the repository does not hold
yet, then a small authenticated manifest (storage/snapshot_manifest.py). After a day's work
that is roughly the pages the day changed. Each snapshot is registered in the ledger
like a backup (`backup.created` with `"format": "repo"`), so `backup list`, rotation
and the destruction's reach see it. Single-file backups are unchanged. The files held still,
cut and written are services/backup_repo_chunks.py's; here the manifest, its check, the snapshot
made, verified and swept.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault_app import __version__
from vault_app.domain.errors import InvalidInput, VaultError
from vault_app.services import (
    backup_changed,
    backup_checked,
    backup_copies,
    backup_folder_connected,
    backup_held,
    backup_keys,
    backup_lineage,
    backup_registry,
    backup_repo_owner,
    backup_rotation,
    staging_journal,
)
from vault_app.services.backup_archive import (
    PARTS,
    private_tempdir,
    sweep_stale,
)
from vault_app.services.backup_disk_full import said_as_the_full_disk
from vault_app.services.backup_folder_denied import said_as_the_backup_folder
from vault_app.services.backup_folder_gone import said_as_gone
from vault_app.services.backup_registry import CREATED, VERIFIED, VERIFY_FAILED, make_target, refused_target
from vault_app.services.backup_repo_chunks import still_files, store_parts
from vault_app.services.backup_repo_read import (
    BODY_FORMAT,
    BODY_VERSION,
    Materialized,
    materialize,
    repository_of,
)
from vault_app.services.device_secret import SecretStore
from vault_app.services.vault import Vault
from vault_app.storage import chunk_store
from vault_app.storage.backup_format import KEY_LEN
from vault_app.storage.chunk_store import ChunkKeys, Repository
from vault_app.storage.header import Header, LedgerAnchor
from vault_app.storage.snapshot_manifest import encode_manifest

if TYPE_CHECKING:
    from vault_app.services.vault_copy_home import Sharing

REPO_FORMAT = "repo"


@dataclass
class SnapshotInfo:
    backup_id: int
    path: str
    file: str
    sha256: str  # of the manifest (what the register tracks)
    bytes: int  # of the manifest
    created: str
    ledger_seq: int
    vault_bytes: int  # the parts' total size
    chunks: int  # chunks the snapshot names
    chunks_written: int  # new in the repository
    bytes_written: int
    verified: bool
    seconds: float
    rotated: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Snapshots the policy lets go that stay: another copy's newest (backup_rotation_copies).
    kept_for_other_copies: list[str] = field(default_factory=list)
    # And the newest whose check covered every compartment (backup_rotation_covered).
    kept_covering: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def snapshot_manifest(header: Header, master: bytes, head: LedgerAnchor, created: str,
              parts: list[dict[str, Any]], checked: dict[str, Any] | None = None) -> bytes:
    content_key = secrets.token_bytes(KEY_LEN)
    body = {
        # Without blob parts a snapshot stays version 1, readable by the versions before them.
        "format": BODY_FORMAT, "format_version": BODY_VERSION if len(parts) > len(PARTS) else 1,
        "app_version": __version__,
        "vault_id": header.vault_id, "created": created,
        "ledger_head": {"seq": head.seq, "mac": head.mac_hex}, "parts": parts,
    }
    if checked is not None:
        body[backup_checked.KEY] = checked  # older readers ignore it: the version stays
    slots = backup_keys.slots_for(header, master, content_key)
    return encode_manifest(slots, content_key, body, (c for p in parts for c in p["chunks"]))


def checked_manifest(repo: Repository, source: backup_keys.KeySource | Callable[[Any], bytes], raw: bytes,
                     header: Header, master: bytes, head: LedgerAnchor, created: str, parts: list[dict[str, Any]],
                     stop: Callable[[], bool] | None = None, *, vault_folder: Path | None = None) -> bytes:
    """The snapshot `raw` describes, checked completely as a restore would check it (every
    chunk read back: AES-GCM and keyed hash; every page of each compartment `source`
    reaches; the whole ledger chain and its head), then the same manifest with that
    recorded (services/backup_checked.py), so later verifies and restores rely on it. The
    chunks are those just read: the record is about exactly these bytes. Raises the
    restore's errors when something is damaged."""
    sweep_stale(repo.root)  # a killed process's check folder
    check = repo.temporary_manifest()  # names the chunks for any sweep while they are read back
    try:
        repo.write_manifest(check, raw)
        with _check_folder(repo, vault_folder) as folder:
            m = materialize(check, source, folder, deep=True, full=True, stop=stop)
            pages = [name for name in backup_checked.COMPARTMENTS if name in m.keys]
    finally:
        with contextlib.suppress(OSError):
            check.unlink()
    return snapshot_manifest(header, master, head, created, parts, backup_checked.record(pages, head))


def _check_folder(repo: Repository, vault_folder: Path | None) -> contextlib.AbstractContextManager[Path]:
    """Where a new snapshot's check unpacks it (a whole vault, its header in plain JSON): on the
    vault's own disk when there is room, else beside the chunks; journaled either way, so a kill's
    leftover is swept by the next unlock and by a destruction (services/staging_journal.py).
    Found: a kill during Back up now's check left `.vault-verify-PID-…` on the backup drive."""
    if vault_folder is None:
        return private_tempdir(repo.root, "verify")
    parent = staging_journal.work_parent(vault_folder, repo.root, staging_journal.vault_bytes(vault_folder))
    return staging_journal.journaled_tempdir(vault_folder, parent, "verify")


def _verify_folder(work: Path, vault: Vault | None) -> contextlib.AbstractContextManager[Path]:
    """A verify's work folder: with the vault open, on its own disk when there is room (the
    live vault's size stands for the snapshot's), journaled (a kill's unpacked copy is then
    swept wherever it is)."""
    if vault is None or not vault.is_open:
        return private_tempdir(work, "verify")
    need = staging_journal.vault_bytes(vault.folder)
    return staging_journal.journaled_tempdir(vault.folder, staging_journal.work_parent(vault.folder, work, need),
                                             "verify")


# --- create -----------------------------------------------------------------------------------------
def create_incremental(vault: Vault, repo_dir: Path, *, verify: bool = False, rotate_old: bool = True,
                       shared: Sharing | None = None) -> SnapshotInfo:
    """See _create_incremental. A permission refused in the backup folder is said as that folder's
    (services/backup_folder_denied.py), not as the vault folder's. `shared`: as backup.create_backup's."""
    from vault_app.services import vault_copy_home  # a copy sharing the default vault's backup folder

    vault_copy_home.refuse_backup_into(vault, repo_dir, shared)  # before anything is made (as backup.create_backup)
    # A full disk said as which one (services/backup_disk_full.py).
    with said_as_the_backup_folder(repo_dir), said_as_gone(repo_dir), \
            said_as_the_full_disk(vault.folder, repo_dir):
        return _create_incremental(vault, repo_dir, verify=verify, rotate_old=rotate_old)


def _create_incremental(vault: Vault, repo_dir: Path, *, verify: bool = False, rotate_old: bool = True) -> SnapshotInfo:
    """Write one snapshot of the vault into the repository at `repo_dir` (made if new),
    register it in the ledger, optionally verify it completely, and apply the rotation
    policy to the repository's snapshots (then remove the chunks none of them uses).

    Runs where the vault is used (its one worker), like backup.create_backup."""
    started = time.perf_counter()
    repo = Repository(refused_target(vault, repo_dir))  # made only once it is not refused
    # Not a new repository in an unplugged drive's empty mount point (services/backup_folder_connected.py).
    lost = backup_folder_connected.refuse_unless_connected(vault, repo.root)
    make_target(repo.root)
    # From the line's check to the rotation's sweep, the repository is this process's: another
    # copy's sweep cannot take the chunks written or reused here before the manifest names them,
    # nor another copy's snapshot slip in after the check (storage/backup_folder_lock.py).
    with repo.writing():
        backup_repo_owner.claim_for(vault, repo)  # before anything is made in the folder
        backup_lineage.refuse_snapshot_into(vault, repo)  # and only onto this vault's own line
        repo.ensure()
        repo.sweep_temporary()
        now = datetime.now(UTC)
        created = now.isoformat(timespec="seconds")
        master = backup_keys.master_of(vault)
        try:
            changes = backup_registry.content_changes(vault)  # before the files are held: see there
            with still_files(vault) as (header, head, sources):
                ck = ChunkKeys(master, header.vault_id_bytes)
                parts, written, written_bytes = store_parts(repo, ck, sources, reuse=True)
            raw = snapshot_manifest(header, master, head, created, parts)
            failure: VaultError | None = None
            if verify:
                try:
                    raw = checked_manifest(repo, backup_keys.vault_source(vault), raw, header, master, head, created,
                                           parts, vault_folder=vault.folder)
                except VaultError as err:
                    failure = err  # kept without the record, registered, then reported as a failed verify
            dest = repo.new_snapshot_path(now.strftime("%Y-%m-%dT%H%M%SZ"))
            backup_folder_connected.mark_at_put_in_place(vault, repo.root, repo.root / "chunks")  # drive not swapped
            repo.write_manifest(dest, raw)
        except BaseException:
            # No manifest names what this attempt wrote: give the space back (a full disk).
            with contextlib.suppress(VaultError, OSError):
                repo.sweep(scrub=False)
            raise
        sha256 = hashlib.sha256(raw).hexdigest()
        entry = vault.ledger.append(
            CREATED,
            {"path": str(dest), "time": created, "sha256": sha256, "bytes": len(raw), "ledger_seq": head.seq,
             "ledger_mac": head.mac_hex, "format": REPO_FORMAT, "chunks_written": written,
             "bytes_written": written_bytes, backup_registry.CHANGES: changes},
        )
        if failure is not None:
            vault.ledger.append(VERIFY_FAILED, {"path": str(dest), "error": failure.kind})
            raise failure
        if verify:
            vault.ledger.append(VERIFIED, {"path": str(dest), "sha256": sha256, "ledger_seq": head.seq,
                                           "check": backup_checked.RECORDED})
        kept: list[str] = []
        covering: list[str] = []
        rotated, skipped = _rotate(vault, repo, kept, covering) if rotate_old else ([], [])
    return SnapshotInfo(
        entry.seq, str(dest), dest.name, sha256, len(raw), created, head.seq, sum(p["size"] for p in parts),
        len({c for p in parts for c in p["chunks"]}), written, written_bytes, verify,
        round(time.perf_counter() - started, 3), rotated,
        [*([lost] if lost else []), *backup_registry.target_warnings(vault.folder, repo.root), *skipped],
        kept, covering,
    )


def _rotate(vault: Vault, repo: Repository, kept: list[str],
            covering: list[str]) -> tuple[list[str], list[str]]:
    """(the snapshots rotated out, what the clean-up after them could not do); `kept` receives
    those kept for another copy of this vault, `covering` the newest whose check covered every
    compartment."""
    removed = backup_rotation.rotate(vault, repo.snapshots_dir, kept, covering)
    return removed, backup_rotation.sweep_after_rotation(repo) if removed else []


# --- verify -----------------------------------------------------------------------------------------
def _summary(m: Materialized, path: Path) -> dict[str, Any]:
    return {
        "ok": True, "path": str(path), "file": path.name, "format": REPO_FORMAT, "sha256": m.sha256,
        "bytes": m.size, "created": m.body["created"], "vault_id": m.header.vault_id,
        "format_version": m.body["format_version"], "ledger_seq": m.ledger_head.seq,
        "chunks": len({c for p in m.body["parts"] for c in p["chunks"]}),
        "parts": [{"name": p["name"], "bytes": p["size"]} for p in m.body["parts"]],
        "check": m.check,
        "checked": [*map(backup_checked.checked_line, (
                        backup_checked.SNAPSHOT_AUTHENTICATION, backup_checked.CHUNKS, backup_checked.PART_SIZES,
                        backup_checked.HEADER_MAC)),
                    *backup_checked.described(m.check, m.checked_record, m.keys, "snapshot")],
        "psychotherapy_pages_checked": "psychotherapy" in m.keys or (
            m.check == backup_checked.RECORDED and "psychotherapy" in (m.checked_record or {}).get("pages", ())),
    }


def verify_snapshot(
    path: Path, *, passphrase: str | None = None, recovery_key: str | None = None, vault: Vault | None = None,
    secrets_store: SecretStore | None = None, work_dir: Path | None = None, full: bool = False,
) -> dict[str, Any]:
    """Check a snapshot completely (everything a restore checks) without restoring it; one
    checked when it was made as its restore would be, unless `full` (see verify_backup).
    With an open `vault` of the same id the result goes into its ledger."""
    path = Path(path).expanduser().resolve()
    source = backup_keys.master_source(passphrase=passphrase, recovery_key=recovery_key, vault=vault,
                                       secrets_store=secrets_store, vault_if_refused=True)
    repo = repository_of(path)
    try:
        # Beside the chunks when it can (one file system, room for the copy); a drive that
        # cannot be written (write-protected, mounted read-only) is checked all the same.
        work = work_dir or (repo.root if os.access(repo.root, os.W_OK) else Path(tempfile.gettempdir()))
        sweep_stale(work)
        with _verify_folder(work, vault if work_dir is None else None) as folder:
            found = materialize(path, source, folder, full=full)
            summary = _summary(found, path)
            # What the snapshot still holds of a destroyed chart, read from the copy unpacked here
            # (as verify_backup does): a snapshot copied back after the purge said "OK" before.
            held = backup_held.destructions_held(vault, summary["vault_id"], folder, found.master,
                                                 found.psychotherapy_wraps)
    except VaultError as err:
        # One this vault's rotation removed, put back, too: its failed check is recorded as any other's.
        if vault is not None and vault.is_open and backup_registry.find(vault, path, include_removed=True) is not None:
            vault.ledger.append(VERIFY_FAILED, {"path": str(path), "error": err.kind})
            said = backup_changed.snapshot_between_purges(vault, path, err)
            if said is not err:
                raise said from err
        raise
    if held:
        # Whole, but not clean: not recorded verified; the destruction named, never the client. This
        # snapshot put back from before its purge says so, and that deleting it is the fix.
        summary["holds_destroyed"] = held
        if vault is not None and backup_held.put_back_said(vault, path, summary, found.body):
            summary["warnings"].extend(f"It still holds what destruction {cert} destroyed." for cert in held)
        else:
            summary.setdefault("warnings", []).extend(backup_held.snapshot_warnings(vault, path, held))
        return summary
    if vault is not None and vault.is_open and summary["vault_id"] == vault.vault_id:
        vault.ledger.append(VERIFIED, {"path": str(path), "sha256": summary["sha256"],
                                       "ledger_seq": summary["ledger_seq"], "check": summary["check"],
                                       backup_checked.VERIFIED_PAGES: backup_checked.verified_pages(summary)})
    return summary


# --- restore ----------------------------------------------------------------------------------------
def sweep_repository(repo_dir: Path, vault: Vault | None = None) -> dict[str, int]:
    """Remove what a killed process left in a repository and every chunk no snapshot names.
    With `vault`, only a repository that is that vault's (backup_repo_owner.claim)."""
    repo = Repository(Path(repo_dir).expanduser().resolve())
    if not repo.is_repository():
        raise InvalidInput(f"{repo.root} is not a backup repository.", code="backup.not_a_repository")
    if vault is not None:
        backup_repo_owner.claim_for(vault, repo)
    # The work folders a killed purge or snapshot left at the root (an encrypted copy under
    # the keys of its time) are what a killed process left too, not only the chunk store's.
    work_folders = sweep_stale(repo.root)
    return {**repo.sweep(), "work_folders": work_folders}


# --- for the destruction (services/destruction_backups.py) -----------------------------------------
def is_snapshot(path: Path) -> bool:
    """A snapshot of a backup repository (REPO/snapshots/*.vrs), not a single backup file."""
    return chunk_store.is_snapshot_path(path)


def registered_snapshots(vault: Vault) -> list[backup_registry.RegisteredBackup]:
    """Registered snapshots whose manifest is present (a repository on an unplugged drive is not)."""
    return [b for b in backup_registry.registered(vault) if is_snapshot(b.file) and b.state() != "missing"]


def inspect_snapshots(vault: Vault, check: Callable[[Vault], dict[str, Any]]) -> list[dict[str, Any]]:
    """`backup.inspect_backups` for snapshots: `check(copy)` on a private copy of each."""
    def unpack_into(snapshot: Path) -> backup_copies.Unpacker:
        def into(folder: Path) -> tuple[bytes, tuple[bytes, ...]]:
            m = materialize(snapshot, backup_keys.vault_source(vault), folder)
            return m.master, m.psychotherapy_wraps
        return into

    out = []
    for b in registered_snapshots(vault):
        try:
            root = repository_of(b.file).root
        except VaultError as err:
            out.append({"backup_id": b.backup_id, "path": b.path, "status": "failed", "ok": False,
                        "error": err.message})
            continue
        out.append(backup_copies.inspect_copy(b, root, unpack_into(b.file), check))
    return out

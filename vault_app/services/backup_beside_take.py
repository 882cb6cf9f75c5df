"""What a backup built beside the work holds: a consistent state of the vault pinned in
milliseconds on the vault's worker (services/backup_beside.py builds it on a thread of its
own). Taken by the lock's automatic backup (`take_snapshot`: only when one is due) and by
Back up now (`snapshot_into`: services/backup_now.py). Split from services/backup_beside.py.

Nothing here lets the vault's own connections stop waiting for the held readers: the lock
does that just before it closes the vault (backup_beside.lock_with_backup); Back up now
leaves the vault open, and its closing checkpoints must keep waiting as they always did."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from vault_app.services import (
    attachment_blobs,
    backup_beside_repo,
    backup_folder_connected,
    backup_keys,
    backup_lineage,
    backup_registry,
    staging_journal,
    vault_copy_home,
)
from vault_app.services.backup import configured_target
from vault_app.services.backup_archive import sweep_stale
from vault_app.services.backup_beside_register import Snapshot
from vault_app.services.backup_beside_repo import RepoSnapshot
from vault_app.services.backup_registry import settings
from vault_app.services.backup_workdirs import done_with
from vault_app.services.vault import Vault
from vault_app.storage import header as header_io
from vault_app.storage.backup_snapshot import HeldSnapshot
from vault_app.storage.compartment import COMPARTMENT_FILES
from vault_app.storage.files import os_errors, scrub_tree
from vault_app.storage.header import Header, LedgerAnchor


def take_snapshot(vault: Vault) -> Snapshot | RepoSnapshot | None:
    """The consistent copy for an automatic backup, or None when none is due (no target,
    automatic backups off, or nothing changed since the last one). A target that is a
    backup repository (settings "kind": "repo") gets a snapshot (backup_beside_repo.py)."""
    conf = settings(vault)
    if not conf["target"] or not conf["auto"]:
        return None
    shared = vault_copy_home.sharing(vault)  # asked once: here and by the refusal below
    if shared.automatic is not None:
        return None  # a copy sharing the default vault's backup folder backs up nothing (vault_copy_home)
    if not backup_registry.changed_since_last_backup(vault):
        return None
    target = configured_target(vault, Path(conf["target"]))
    # As every writer into a backup folder (backup.create_backup): also when the default vault's
    # own automatic backups are off, which the check above does not see.
    vault_copy_home.refuse_backup_into(vault, target, shared)
    # Not into an unplugged drive's empty mount point (found: a full backup written there at Lock now).
    backup_folder_connected.refuse_unless_connected(vault, target)
    return snapshot_into(vault, target, repo=conf["kind"] == "repo")


def snapshot_into(vault: Vault, target: Path, *, repo: bool) -> Snapshot | RepoSnapshot:
    """The vault's current state held for a backup into `target` (checked by the caller:
    connected, not another copy's), a single file or (`repo`) a snapshot of a repository."""
    if repo:
        sweep_stale(target)
        return backup_beside_repo.take(vault, target)
    backup_lineage.refuse_file_into(vault, target)  # one copy's line of files, refused before anything is held
    sweep_stale(target)
    # Named like private_tempdir's folders (kind and pid), so a killed process's snapshot is
    # swept; on the vault's own disk when there is room, journaled (services/staging_journal.py).
    staging = staging_journal.begin(
        vault.folder, staging_journal.work_parent(vault.folder, target, staging_journal.vault_bytes(vault.folder)),
        "backup")
    held = HeldSnapshot()
    changes = backup_registry.content_changes(vault)  # before the hold: see there
    try:
        blob_ids = tuple(attachment_blobs.referenced(vault))  # the same state _hold pins: nothing writes between
        header, head = _hold(vault, staging, held)
    except BaseException:
        held.release()
        scrub_tree(staging)
        done_with(staging)
        raise
    now = datetime.now(UTC)
    return Snapshot(vault.folder, target, staging, held, header, head, backup_keys.master_of(vault),
                    now.isoformat(timespec="seconds"), now.astimezone().date().isoformat(), blob_ids,
                    vault.psychotherapy_wraps(), changes)


def _hold(vault: Vault, staging: Path, held: HeldSnapshot) -> tuple[Header, LedgerAnchor]:
    """Pin the open compartments' current state with read transactions of their own (no
    copy yet: milliseconds) and write the header beside. Nothing writes in between: this
    runs where the vault is used, and the vault holds the folder's writer lock."""
    for comp in vault.own_files():
        held.hold(comp.name, vault.folder / COMPARTMENT_FILES[comp.name], vault.compartment_key(comp.name))
    head = vault.ledger.head()
    header = vault.header
    if "psychotherapy" not in held.names:
        # Locked notes: this vault does not hold their key, so no read transaction can pin
        # them. Their file is opened now and the job copies it first, proving that nothing
        # wrote it since (HeldSnapshot.hold_locked): copied here, before the vault closed,
        # it was the lock's longest step (117-545 ms at 4x), and the next unlock waited for it.
        # Only the file checked against the ledger in this session (found: an older copy put back
        # was packed on lock, and rotation removed the backup holding its lost notes).
        vault.refuse_unchecked_psychotherapy_file()
        name = "psychotherapy"
        held.hold_locked(name, vault.folder / COMPARTMENT_FILES[name])
    with os_errors("preparing the backup"):
        header_io.write_copy(staging, header)
    return header, head


__all__ = ["snapshot_into", "take_snapshot"]

"""The single-file backup on lock's build (services/backup_beside.py runs it on its thread):
the pinned copy checked, packed into a temporary name in the target and read back. Split
from services/backup_beside.py (the runner and the registration stay there)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from vault_app.services import attachment_blobs, backup_keys, staging_journal
from vault_app.services.backup_archive import (
    BackupAbandoned,
    check_before_packing,
    pack_folder,
    partial_path,
    read_back,
)
from vault_app.services.backup_beside_register import Built, Snapshot
from vault_app.services.backup_workdirs import done_with
from vault_app.storage.compartment import COMPARTMENT_FILES
from vault_app.storage.files import scrub_tree


def build(snap: Snapshot, stop: Callable[[], bool], step: Callable[[str], None]) -> Built:
    """Check the copy completely (as a restore would), pack it into a temporary name in the
    target with that recorded, and read the archive back (authentication and part hashes:
    it holds the checked bytes). A damaged copy fails the job: nothing is registered.
    The snapshot is scrubbed whatever happens; the temporary archive is removed on failure."""
    # A temporary name of its own (the final one is chosen at registration): the staging
    # folder's random suffix keeps two jobs of one process apart.
    partial = partial_path(snap.target / f"vault-backup-{snap.staging.name.rsplit('-', 1)[-1]}.vaultbackup",
                           "partial")
    if not snap.rotate:
        # A single-file copy saved anywhere (backup_now.start): a kill leaves its partial file
        # where no backup's sweep looks, so the next unlock or a destruction removes it.
        staging_journal.journal_file(snap.folder, partial)
    try:
        step("start")
        snap.held.copy_into(snap.staging, COMPARTMENT_FILES)
        attachment_blobs.copy_blobs(snap.folder, snap.staging, list(snap.blob_ids))
        step("snapshot")
        keys = backup_keys.unwrap_header(snap.header, snap.master, snap.psychotherapy_wraps)
        checked = check_before_packing(snap.staging, keys, snap.header.ledger_anchor, snap.head)
        if stop():
            raise BackupAbandoned
        sha256, size = pack_folder(snap.staging, partial, snap.header, snap.master, snap.head, snap.created, stop,
                                   checked=checked)
        scrub_tree(snap.staging)
        done_with(snap.staging)
        step("packed")
        read_back(partial, snap.master, stop)
        step("verified")
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        done_with(partial)
        raise
    finally:
        snap.held.release()
        scrub_tree(snap.staging)
        done_with(snap.staging)
    return Built(snap, partial, sha256, size)


__all__ = ["build"]

"""The check a purged snapshot passes before its manifest replaces the old one.

A purge (backup_repo.purge_chart) rebuilds the snapshot in a private folder, deletes the
chart there (no rekey: services/destruction_backups.py), and chunks the result: only the
pages the deletion changed make new chunks. What must be read back is what it wrote,
not the whole snapshot again (check_purged).

Not built here, and why: a snapshot with the same records.db and psychotherapy.db as one
already purged cannot simply take that one's purged parts. Each compartment records the
last ledger entry it has seen and its own change counter (services/vault_binding.py);
the copy's erase moves both on in the copy's own ledger, so one snapshot's purged
records.db beside another snapshot's ledger opens as a rollback. And two snapshots made
one after the other never have the same ledger anyway (the second holds the first's
`backup.created`).
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from vault_app.domain.errors import VaultCorrupt
from vault_app.services.backup_repo_read import PAGED_PARTS, open_snapshot, read_manifest_file
from vault_app.storage import backup_snapshot, chunk_store
from vault_app.storage.chunk_store import ChunkKeys, Repository
from vault_app.storage.compartment import COMPARTMENT_FILES
from vault_app.storage.destruction_pages import PAGE_SIZE, SALT_LEN, unreadable_pages
from vault_app.storage.files import os_errors

# The compartments a chart's deletion rewrites.
CHART_NAMES = ("records", "psychotherapy")
_COMPARTMENT_OF = {filename: name for name, filename in COMPARTMENT_FILES.items()}


def check_purged(repo: Repository, ck: ChunkKeys, folder: Path, before: list[dict[str, Any]],
                 after: list[dict[str, Any]], keys: dict[str, bytes], changed: tuple[str, ...]) -> None:
    """What must hold before a purged manifest replaces the old one, read from the disk:

    - every chunk the purge wrote reads back (its AES-GCM), and holds exactly the bytes of
      the purged copy at its place (the copy is still in `folder`); every other chunk is
      one of the old manifest's, authenticated by the purge's own rebuild of it minutes
      ago and named by its keyed hash, so it holds the same bytes as then;
    - every page in those new chunks verifies under its compartment's key;
    - the compartments the deletion wrote (`changed`: records, psychotherapy) pass
      SQLCipher's page check and SQLite's integrity check in the copy.

    Not repeated: the structure check of the ledger and its whole chain (the deletion only
    appends to the copy's ledger; the restore checks both), and the pages of chunks the
    purge did not write (what the old snapshot was, it still is)."""
    old_ids = {c for p in before for c in p["chunks"]}
    unchanged = {(p["name"], p["size"], tuple(p["chunks"])) for p in before}
    for part in after:
        if (part["name"], part["size"], tuple(part["chunks"])) in unchanged:
            continue  # the old snapshot's part as it was: nothing of it was written
        path = folder / part["name"]
        paged = part["name"] in PAGED_PARTS
        compartment = _COMPARTMENT_OF.get(part["name"], "")
        salt = _salt(path) if paged else b""
        offset = 0
        pieces = iter(chunk_store.split_file(path))
        for chunk_id in part["chunks"]:
            piece = next(pieces, None)
            if piece is None:
                raise _not_as_written(part["name"])
            if chunk_id not in old_ids:
                if chunk_store.decrypt_chunk(ck.key_for(chunk_id), chunk_id, repo.read_chunk(chunk_id)) != piece:
                    raise _not_as_written(part["name"])
                # Chunks of a compartment file start on a page (chunk_store cuts at pages).
                if (paged and compartment in keys
                        and unreadable_pages(keys[compartment], salt, piece, offset // PAGE_SIZE + 1)):
                    raise _not_as_written(part["name"])
            offset += len(piece)
        if next(pieces, None) is not None or offset != part["size"]:
            raise _not_as_written(part["name"])
    copies = [(name, folder / COMPARTMENT_FILES[name], keys[name]) for name in changed if name in keys]
    with backup_snapshot.copies_checked_beside(copies) as results:
        damaged = [name for name, problems in results().items() if problems]
    if damaged:
        raise VaultCorrupt(f"The purged copy of the {damaged[0]} compartment did not check; the old snapshot "
                           "was kept.", hint="Run 'vault-app destruction purge-backups' again.")


def _salt(path: Path) -> bytes:
    with os_errors("checking a purged snapshot"), path.open("rb") as handle:
        return handle.read(SALT_LEN)


def _not_as_written(name: str) -> VaultCorrupt:
    return VaultCorrupt(f"The purged snapshot's {name} did not read back as written; the old snapshot was kept.",
                        hint="Check the backup drive, then run 'vault-app destruction purge-backups' again.")


def manifest_reads_back(repo: Repository, raw: bytes, parts: list[dict[str, Any]], source: Any) -> None:
    """The manifest that will replace the old one, written under a hidden name (every sweep
    removes one left by a crash), opens with the vault's keys and names these parts."""
    check = repo.temporary_manifest()
    try:
        repo.write_manifest(check, raw)
        _slots, _master, body = open_snapshot(read_manifest_file(check), source)
    finally:
        with contextlib.suppress(OSError):
            check.unlink()
    if [(p["name"], p["chunks"]) for p in body["parts"]] != [(p["name"], p["chunks"]) for p in parts]:
        raise VaultCorrupt("A purged snapshot manifest did not read back as written; the old one was kept.",
                           hint="Check the backup drive, then run 'vault-app destruction purge-backups' again.")

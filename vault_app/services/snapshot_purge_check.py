"""The check a purged snapshot passes before its manifest replaces the old one
(services/snapshot_purge.py): what the purge wrote is read back, and the compartments it
rewrote pass SQLite's integrity check. Split from the purge itself so that the group
purge can run the structure check of one snapshot beside the next one's work
(`structure_checks`, snapshot_purge_repositories.purge_from_repositories)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from vault_app.domain.errors import VaultCorrupt
from vault_app.services.backup_repo_read import PAGED_PARTS, open_snapshot, read_manifest_file
from vault_app.storage import backup_snapshot, chunk_store
from vault_app.storage.chunk_store import ChunkKeys, Repository
from vault_app.storage.compartment import COMPARTMENT_FILES
from vault_app.storage.destruction_pages import PAGE_SIZE, SALT_LEN, unreadable_pages
from vault_app.storage.files import os_errors

_COMPARTMENT_OF = {filename: name for name, filename in COMPARTMENT_FILES.items()}
# The benchmark sets it to measure check_purged with SQLCipher's page pass as well (the
# check before backup_snapshot.check_structure).
CHECK_PAGES_AGAIN = False
# The benchmark sets it to measure check_purged cutting each purged file whole again (the
# read-back before it compared each new chunk at the offset store_parts cut it).
READ_BACK_WHOLE = False


def check_purged(repo: Repository, ck: ChunkKeys, folder: Path, before: list[dict[str, Any]],
                 after: list[dict[str, Any]], keys: dict[str, bytes], changed: tuple[str, ...], *,
                 sizes: dict[str, list[int]] | None = None, structure_later: bool = False) -> None:
    """What must hold before a purged manifest replaces the old one, read from the disk:

    - every chunk the purge wrote reads back (its AES-GCM), and holds exactly the bytes of
      the purged copy at its place (the copy is still in `folder`); every other chunk is
      one of the old manifest's, authenticated by the purge's own rebuild of it minutes
      ago and named by its keyed hash, so it holds the same bytes as then;
    - every page in those new chunks verifies under its compartment's key;
    - the compartments the deletion wrote (`changed`: records, psychotherapy) pass
      SQLite's integrity check in the copy (backup_snapshot.check_structure: every page it
      reads is HMAC-checked on the way; no second HMAC pass over the free pages, since
      every page is either in a new chunk, checked above, or the old snapshot's chunk
      bytes under AES-GCM).

    Not repeated: the structure check of the ledger and its whole chain (a whole copy's
    deletion only appends to the copy's ledger, purge_snapshot's leaves the old part as it
    was; the restore checks both), and the pages of chunks the purge did not write (what
    the old snapshot was, it still is).

    `sizes` (store_parts' cut of these very files, nothing written since): each new chunk
    is compared with the bytes at its offset, read alone, instead of the files being cut
    whole again (which proved the same cut store_parts had just made).

    `structure_later`: SQLite's integrity check is left to the caller, who must have it
    pass before the manifest is put in place (start_structure_check: the group purge runs
    it beside the next snapshot's deletion)."""
    old_ids = {c for p in before for c in p["chunks"]}
    unchanged = {(p["name"], p["size"], tuple(p["chunks"])) for p in before}
    for part in after:
        if (part["name"], part["size"], tuple(part["chunks"])) in unchanged:
            continue  # the old snapshot's part as it was: nothing of it was written
        path = folder / part["name"]
        paged = part["name"] in PAGED_PARTS
        compartment = _COMPARTMENT_OF.get(part["name"], "")
        salt = _salt(path) if paged else b""
        cut = None if sizes is None or READ_BACK_WHOLE else sizes.get(part["name"])
        pieces = _pieces_at(path, part["chunks"], cut, old_ids) if cut is not None else chunk_store.split_file(path)
        offset = 0
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
        if next(pieces, None) is not None or offset != part["size"] or offset != _size_of(path):
            raise _not_as_written(part["name"])
    if structure_later:
        return
    copies = [(name, folder / COMPARTMENT_FILES[name], keys[name]) for name in changed if name in keys]
    damaged = backup_snapshot.first_damaged(copies, pages_authenticated=not CHECK_PAGES_AGAIN)
    if damaged:
        raise _did_not_check(damaged)


def start_structure_check(pool: ThreadPoolExecutor, folder: Path, keys: dict[str, bytes],
                          changed: tuple[str, ...]) -> StructureCheck:
    """check_purged's last step (SQLite's integrity check of each compartment the deletion
    rewrote, backup_snapshot.check_structure) started on `pool`, one job per file."""
    return StructureCheck([(name, pool.submit(backup_snapshot.check_structure, name, folder / COMPARTMENT_FILES[name],
                                              keys[name]))
                           for name in changed if name in keys])


class StructureCheck:
    """SQLite's integrity check of a purged copy's rewritten compartments, running on
    threads of its own (check_purged with `structure`). The copy's files must not be
    written until `wait` returned: its caller's working folder is another one meanwhile."""

    def __init__(self, running: list[tuple[str, Future[list[str]]]]) -> None:
        self._running = running

    def future(self, name: str) -> Future[list[str]] | None:
        """The check of one compartment (a group reuses a part once it passed, snapshot_purge_reuse)."""
        return next((future for n, future in self._running if n == name), None)

    def wait(self) -> None:
        """Returns once every check is done and passed; raises (the first, in order) if not."""
        problems = [(name, future.result()) for name, future in self._running]
        damaged = next((name for name, found in problems if found), None)
        if damaged:
            raise _did_not_check(damaged)


def _did_not_check(name: str) -> VaultCorrupt:
    return VaultCorrupt(f"The purged copy of the {name} compartment did not check; the old snapshot "
                        "was kept.", hint="Run 'vault-app destruction purge-backups' again.",
                        code="purge.compartment_unchecked")


def _pieces_at(path: Path, ids: list[str], cut: list[int], old_ids: set[str]) -> Iterator[bytes]:
    """The bytes of each new chunk at its offset in the file (an old chunk: its length of
    zeros, never compared), for check_purged; ends early if the file is shorter."""
    if len(cut) != len(ids):
        return
    with os_errors("checking a purged snapshot"), path.open("rb") as handle:
        offset = 0
        for chunk_id, size in zip(ids, cut, strict=True):
            if chunk_id in old_ids:
                yield bytes(size)
            else:
                handle.seek(offset)
                piece = handle.read(size)
                if len(piece) != size:
                    return
                yield piece
            offset += size


def _size_of(path: Path) -> int:
    with os_errors("checking a purged snapshot"):
        return path.stat().st_size


def _salt(path: Path) -> bytes:
    with os_errors("checking a purged snapshot"), path.open("rb") as handle:
        return handle.read(SALT_LEN)


def _not_as_written(name: str) -> VaultCorrupt:
    return VaultCorrupt(f"The purged snapshot's {name} did not read back as written; the old snapshot was kept.",
                        hint="Check the backup drive, then run 'vault-app destruction purge-backups' again.",
                        code="purge.not_as_written")


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
                           hint="Check the backup drive, then run 'vault-app destruction purge-backups' again.",
                           code="purge.manifest_not_as_written")



"""Purging a destroyed chart from snapshots that share a state: purge once, reuse.

Registered snapshots of one repository often hold the same records.db and
psychotherapy.db (locks without a clinical change between: only the ledger and the
header moved on). The purge of a snapshot (backup_repo.purge_chart) rebuilds a private
copy, deletes the chart there and chunks the result; for a second snapshot whose chart
compartments and attachment blobs have the very same chunk lists, the result would be
the same pages. So its manifest is rewritten with the first one's purged parts for those
compartments and blobs, and its own header and ledger parts as they were (the deletion
never touches the ledger's pages: a copy's erase only appends to the copy's own ledger,
and the purged manifest keeps the snapshot's own ledger head and header, which name it).

Taken only when it is provably the same state and nothing of the snapshot is left
unsearched: the same chunk lists (ids are keyed hashes of the bytes), a ledger head on
the live ledger's chain (those pages are searched in the live vault), a header whose
MAC and keys check (its bytes are handed to the caller to search raw). Anything else
goes the full way.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vault_app.domain.errors import VaultCorrupt
from vault_app.services import backup_keys, backup_registry
from vault_app.services.backup_archive import HEADER_PART
from vault_app.services.backup_registry import PURGED
from vault_app.services.backup_repo_read import PAGED_PARTS, open_snapshot, read_manifest_file, repository_of
from vault_app.services.vault import Vault
from vault_app.storage import backup_snapshot, chunk_store
from vault_app.storage import header as header_io
from vault_app.storage.chunk_store import ChunkKeys, Repository
from vault_app.storage.compartment import COMPARTMENT_FILES
from vault_app.storage.destruction_pages import PAGE_SIZE, SALT_LEN, unreadable_pages
from vault_app.storage.files import os_errors
from vault_app.storage.header import LedgerAnchor

REPO_FORMAT = "repo"
# The parts a chart's deletion rewrites; with the blob parts they make a snapshot's "state".
CHART_NAMES = ("records", "psychotherapy")
CHART_PARTS = tuple(COMPARTMENT_FILES[name] for name in CHART_NAMES)
_OWN_PARTS = (HEADER_PART, COMPARTMENT_FILES["ledger"])
_COMPARTMENT_OF = {filename: name for name, filename in COMPARTMENT_FILES.items()}

State = tuple[tuple[str, tuple[str, ...]], ...]


def state_of(parts: list[dict[str, Any]]) -> State:
    """The chunk lists of the chart compartments and of every blob part (not the header's
    or the ledger's), in manifest order."""
    return tuple((str(p["name"]), tuple(p["chunks"])) for p in parts if p["name"] not in _OWN_PARTS)


@dataclass(frozen=True)
class PurgedState:
    """A snapshot purged the full way: its state before, and its parts after."""

    repo_root: Path
    path: str
    before: State
    after: list[dict[str, Any]]


def reuse(vault: Vault, snapshot: Path, done: list[PurgedState], *,
          on_live_chain: Callable[[LedgerAnchor], bool],
          search_header: Callable[[Path, bytes], None] | None = None) -> dict[str, Any] | None:
    """Purge `snapshot` by reusing the parts of a snapshot in `done` with the same state,
    or None when none fits (the caller then purges it the full way). A crash leaves
    either the old manifest or the new one (one atomic rename); nothing is written
    before that but the manifest's temporary file, which every sweep removes."""
    path = Path(snapshot).expanduser().resolve()
    repo = repository_of(path)
    raw = read_manifest_file(path)
    slots, master, body = open_snapshot(raw, backup_keys.vault_source(vault))
    state = state_of(body["parts"])
    same = next((d for d in done if d.repo_root == repo.root and d.before == state), None)
    if same is None:
        return None
    head = LedgerAnchor(int(body["ledger_head"]["seq"]), str(body["ledger_head"]["mac"]))
    if not on_live_chain(head):
        return None
    parts_by_name = {p["name"]: p for p in body["parts"]}
    ck = ChunkKeys(master, slots.vault_id)
    header_raw = b"".join(chunk_store.decrypt_chunk(ck.key_for(c), c, repo.read_chunk(c))
                          for c in parts_by_name[HEADER_PART]["chunks"])
    try:
        header = header_io.decode(header_raw)
    except VaultCorrupt:
        return None
    backup_keys.check_embedded_header(header, slots, master, ())
    if any(slot.endswith(".staged") for slot in header.wrapped):
        return None  # an interrupted rekey inside the snapshot: the full way says so
    if search_header is not None:
        search_header(path, header_raw)
    own = [parts_by_name[name] for name in _OWN_PARTS]
    parts = [own[0], *[p for p in same.after if p["name"] in CHART_PARTS], own[1],
             *[p for p in same.after if p["name"] not in (*CHART_PARTS, *_OWN_PARTS)]]
    # Imported here: backup_repo imports this module.
    from vault_app.services.backup_repo import snapshot_manifest

    new_raw = snapshot_manifest(header, master, head, str(body["created"]), parts)
    missing = [c for p in parts for c in p["chunks"] if not repo.has(c)]
    if missing:
        return None
    check = repo.temporary_manifest()
    try:
        repo.write_manifest(check, new_raw)
        # Read back: the manifest that will replace the old one opens and names these parts.
        _s, _m, reread = open_snapshot(read_manifest_file(check), backup_keys.vault_source(vault))
        if [(p["name"], p["chunks"]) for p in reread["parts"]] != [(p["name"], p["chunks"]) for p in parts]:
            raise VaultCorrupt("A purged snapshot manifest did not read back as written; the old one was kept.")
    finally:
        with contextlib.suppress(OSError):
            check.unlink()
    repo.write_manifest(path, new_raw)
    sha256 = hashlib.sha256(new_raw).hexdigest()
    registered = backup_registry.find(vault, path)
    result: dict[str, Any] = {"backup_id": registered.backup_id if registered else None, "path": str(path),
                              "status": "purged", "ok": True, "sha256": sha256, "chunks_written": 0,
                              "chunks_removed": 0, "same_state_as": same.path}
    if registered is not None:
        entry = vault.ledger.append(PURGED, {"path": str(path), "backup_id": registered.backup_id, "sha256": sha256,
                                             "bytes": len(new_raw), "previous_sha256": registered.sha256,
                                             "format": REPO_FORMAT, "same_state_as": same.path})
        result["ledger_seq"] = entry.seq
    return result


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
    for part in after:
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

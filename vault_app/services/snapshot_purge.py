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
from vault_app.services.backup_repo_read import open_snapshot, read_manifest_file, repository_of
from vault_app.services.vault import Vault
from vault_app.storage import chunk_store
from vault_app.storage import header as header_io
from vault_app.storage.chunk_store import ChunkKeys
from vault_app.storage.compartment import COMPARTMENT_FILES
from vault_app.storage.header import LedgerAnchor

REPO_FORMAT = "repo"
# The parts a chart's deletion rewrites; with the blob parts they make a snapshot's "state".
CHART_PARTS = (COMPARTMENT_FILES["records"], COMPARTMENT_FILES["psychotherapy"])
_OWN_PARTS = (HEADER_PART, COMPARTMENT_FILES["ledger"])

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

"""An unchanged attachment blob costs a snapshot one stat, not a read (issue 21, item 3).

A blob file is never changed once written: its name is a random id used once, it is
written under a temporary name and renamed into place (never over an existing name), and
it leaves the folder only by a scrub (a destruction, an orphan sweep). So a snapshot may
take the chunk list of a blob from the repository's newest snapshot instead of reading
and hashing its bytes again, when all of these hold:

- the newest snapshot opens under this vault's master key and is of this vault (chunk
  names are keyed by both: a repository written under another master key, or another
  vault's, gives nothing to reuse);
- it recorded the file's identity when it read the blob (`FILE_KEY`: size, device,
  inode, modification and change times in ns) and the file has that identity now. A file
  put back under the same name (an older or damaged copy), or a blob rewritten through a
  new file, has another inode and change time (the change time cannot be set back by a
  program), so it is read again;
- every chunk of the list is in the repository's listing taken for this snapshot (under
  `Repository.writing()`, which keeps this process's sweeps off until a manifest names
  them), so the snapshot never names a chunk a sweep or a purge took meanwhile.

What proves the bytes stays as it was: the snapshot's verification rebuilds every blob
from its chunks (each checked against its keyed name) and authenticates every segment
under the chart key that the snapshot's own records.db holds; a blob id has one
authentic content. A purge's rewritten manifest records no identities (its blobs are
the purge copy's files), so the snapshot after a purge reads every blob once.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from vault_app.domain.errors import VaultError
from vault_app.services import backup_keys
from vault_app.services.backup_archive import PARTS
from vault_app.services.backup_repo_read import read_manifest_file
from vault_app.storage import blob_store, snapshot_manifest
from vault_app.storage.chunk_store import Repository

FILE_KEY = "file"  # in a blob part of a manifest body: [size, dev, ino, mtime_ns, ctime_ns]


def identity(st: os.stat_result) -> list[int]:
    return [st.st_size, st.st_dev, st.st_ino, st.st_mtime_ns, st.st_ctime_ns]


def is_blob_part(name: str) -> bool:
    return blob_store.blob_id_of_name(name) is not None


def previous_parts(repo: Repository, master: bytes, vault_id: bytes) -> dict[str, dict[str, Any]]:
    """Blob parts (name -> part) of the repository's newest snapshot that recorded the
    file's identity; {} when there is none, or it does not open under `master` as this
    vault's, or it is damaged (the snapshot then reads every blob, as before)."""
    paths = repo.snapshot_paths()
    if not paths:
        return {}
    try:
        raw = read_manifest_file(paths[-1])
        slots, body = snapshot_manifest.open_body(raw, lambda slots: backup_keys.content_key(slots, master))
    except (VaultError, OSError, ValueError, KeyError):
        return {}
    if slots.vault_id != vault_id or body.get("vault_id") != vault_id.hex():
        return {}
    parts = body.get("parts")
    found: dict[str, dict[str, Any]] = {}
    # Authenticated under this vault's key, still checked as if hostile, but only what reuse
    # trusts: a malformed chunk id is in no repository listing, so it is never reused.
    for part in parts[len(PARTS):] if isinstance(parts, list) else []:
        if not isinstance(part, dict) or not isinstance(part.get("name"), str) or not is_blob_part(part["name"]):
            continue
        ident, chunks = part.get(FILE_KEY), part.get("chunks")
        if (isinstance(ident, list) and len(ident) == 5 and all(type(v) is int for v in ident)
                and type(part.get("size")) is int and isinstance(chunks, list)
                and all(isinstance(c, str) for c in chunks)):
            found[part["name"]] = part
    return found


def reusable(previous: Mapping[str, dict[str, Any]], name: str, path: Path,
             present: set[str]) -> dict[str, Any] | None:
    """The part to put in the new snapshot without reading `path`, or None to read it."""
    part = previous.get(name)
    if part is None:
        return None
    try:
        now = identity(os.stat(path, follow_symlinks=False))
    except OSError:
        return None  # gone or unreadable: the read reports it
    if now != part[FILE_KEY] or now[0] != part["size"]:
        return None
    if not all(c in present for c in part["chunks"]):
        return None  # a chunk a sweep took since: read the blob, its chunks are written again
    return {"name": name, "size": part["size"], "chunks": list(part["chunks"]), FILE_KEY: now}


__all__ = ["FILE_KEY", "identity", "is_blob_part", "previous_parts", "reusable"]

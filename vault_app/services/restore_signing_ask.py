"""What the question before a restore foresees of the signing key (services/restore_signing.py):
a restore that WILL make a new key pair says so before it is answered, not only in the summary
after (found: "Replace this vault?" said nothing of it, and the therapist learned only afterwards
that the fingerprint on her kit was no longer the vault's).

The restore decides from the backup's header; the question has read only the backup's table of
contents. The header is the backup's first part: in a backup file it lies in the first bytes the
question kept of the very read it hashed (restore_ask.Copy), authenticated by the table of
contents' SHA-256 of it; in a snapshot, in the chunks the table names, each authenticated and
named by its keyed hash. With the copies the question reads (restore_ask.ahead: the vault
replaced, the open vault) it asks restore_signing.decide what the restore would decide.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from vault_app.domain.errors import VaultError
from vault_app.services import backup_keys, restore_signing
from vault_app.storage import backup_format, chunk_store
from vault_app.storage import header as header_io
from vault_app.storage.header import Header


class Copy(Protocol):
    """One read of the copy asked about (restore_ask.Copy; not imported: that module calls this one)."""

    @property
    def path(self) -> Path: ...
    @property
    def size(self) -> int: ...
    @property
    def snapshot(self) -> bool: ...
    @property
    def head(self) -> bytes: ...


def _file_header(copy: Copy, master: bytes, part: dict[str, Any]) -> bytes:
    slots = backup_format.slots_of(copy.head)
    chunks = backup_format.iter_plaintext_in(io.BytesIO(copy.head), copy.size, backup_keys.content_key(slots, master))
    try:
        reader = backup_format.PlainReader(chunks)
        reader.read_exact(backup_format.decode_manifest_length(reader.read_exact(4)))  # the table, read before
        return reader.read_exact(int(part["size"]))
    finally:
        chunks.close()


def _snapshot_header(copy: Copy, master: bytes, part: dict[str, Any], vault_id: bytes) -> bytes:
    from vault_app.services.backup_repo_read import repository_of  # a snapshot's question only

    repo = repository_of(copy.path)
    ck = chunk_store.ChunkKeys(master, vault_id)
    out = bytearray()
    for chunk_id in part["chunks"]:
        plain = chunk_store.decrypt_chunk(ck.key_for(chunk_id), chunk_id, repo.read_chunk(chunk_id))
        if ck.chunk_id(plain) != chunk_id:
            raise ValueError("a chunk holds other content than its name says")
        out += plain
    return bytes(out)


def backup_header(copy: Copy, master: bytes, body: dict[str, Any]) -> Header | None:
    """The header inside the copy, from its authenticated table of contents `body`; None when it
    cannot be read here (the restore reads it again, and its summary says what it decided)."""
    try:
        part = body["parts"][0]
        raw = _snapshot_header(copy, master, part, bytes.fromhex(str(body["vault_id"]))) if copy.snapshot \
            else _file_header(copy, master, part)
        if len(raw) != int(part["size"]):
            return None
        if not copy.snapshot and hashlib.sha256(raw).hexdigest() != part["sha256"]:
            return None  # (a snapshot's chunks are each named by their keyed hash, checked above)
        return header_io.decode(raw)
    except (VaultError, ValueError, OSError, KeyError, TypeError, IndexError):
        return None


def foreseen(header: Header | None, backup_created: str, seen: Sequence[restore_signing.Seen],
             unread_places: Sequence[str], remembered: Sequence[tuple[str, str]] = (),
             elsewhere: Sequence[str] = ()) -> str:
    """How the restore would come by its signing key (restore_signing.KEPT, CARRIED, NEW, UNSURE,
    REMEMBERED), from the copies the question read and the keyring's record; "" when the backup's
    header was not read."""
    if header is None:
        return ""
    kept, _private = restore_signing.decide(header, backup_created, seen,
                                            restore_signing.unread_headers(unread_places, header.vault_id),
                                            remembered=remembered, elsewhere=elsewhere)
    return kept.how


__all__ = ["backup_header", "foreseen"]

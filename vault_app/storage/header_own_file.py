"""The vault's own header, put back when an older copy of it was put at its name while the vault is open.

Found walking the real app: with the window unlocked, a sync tool (or Time Machine's restore of one
file, or a plain `cp`) put yesterday's vault.header over the open vault's. The window refused its
next header write ("the app did not write over it") or saw nothing (a note's draft writes no
header), then let its own header go at the lock; the next unlock refused the vault as rolled back
("Restore from your latest verified backup"), and a vault with no backup never opened again, though
every file of it was whole and the window had held the right header all along.

The open vault holds the folder's writer lock, so an older copy of ITS OWN header at that name (the
same vault, a lower generation) was put there by someone else: the vault's own header goes back
(one atomic rename), the file found is kept beside it as `vault.header.replaced-<UTC moment>`
(never removed: it may be the only copy of something), said at each unlock until removed
(services/replaced_kept.py). Anything else (another vault's header, a newer or an unreadable one)
is left where it is, for the caller's refusal: nothing is mixed into a vault someone else wrote.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from vault_app.domain.errors import VaultError
from vault_app.storage import header as header_io
from vault_app.storage.compartment_own_file import KEPT_MARK
from vault_app.storage.files import atomic_write
from vault_app.storage.header import HEADER_NAME, Header
from vault_app.storage.new_file import free_name, write_new


def older_copy_at_name(folder: Path, own: Header, own_bytes: bytes | None) -> bytes | None:
    """The bytes at vault.header when they are an older copy of `own` (same vault, lower
    generation); None when the file is the vault's own, or anything else (left to the caller)."""
    try:
        raw = header_io.read_bytes(folder)
        if own_bytes is not None and raw == own_bytes:
            return None
        found = header_io.decode(raw)
    except VaultError:
        return None
    if found.vault_id != own.vault_id or found.generation >= own.generation:
        return None
    return raw


def put_back(folder: Path, found: bytes, own: Header) -> str:
    """The found header kept beside (a new owner-only file, on disk first), then the vault's own
    written at the name in one rename; the kept file's name."""
    while True:  # a name taken between the look and the write: the next free one
        kept = free_name(folder / f"{HEADER_NAME}{KEPT_MARK}{datetime.now(UTC):%Y%m%dT%H%M%SZ}")
        try:
            write_new(kept, found, what="keeping the vault header another program put in place")
            break
        except FileExistsError:
            continue
    atomic_write(folder / HEADER_NAME, header_io.encode(own), what="putting the vault's own header back")
    return kept.name


__all__ = ["older_copy_at_name", "put_back"]

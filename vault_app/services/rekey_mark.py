"""vault.header's mark of a Replace every key under way (no secret: a time), read without a key.

Apart from services/vault_rekey.py, which sets and clears it, so that a locked window can read it
with the header's reader alone: the unlock window asks it on a thread of its own while the KDF
runs, and importing the rekey's code there (the vault, the destruction scan, the attachment
store) put about 15 MB into the process before the KDF's peak (test_unlock_memory_imports)."""

from __future__ import annotations

from pathlib import Path

from vault_app.domain.errors import VaultError
from vault_app.storage import header as header_io

# Set right before the "started" entry, cleared after the "rekeyed" one. A kill between a mark
# and its entry leaves the mark alone (nothing changed yet, or all done): `info` then says
# unfinished, on the safe side, never misses one; the ledger is the truth (vault_rekey.unfinished),
# and the next unlock that asks it takes a stale mark off.
UNFINISHED_SETTING = "rekey_unfinished_since"


def unfinished_in_header(settings: dict[str, object]) -> bool:
    """What the locked vault's header says of it (UNFINISHED_SETTING)."""
    return bool(settings.get(UNFINISHED_SETTING))


def swap_marked(folder: Path) -> bool:
    """Whether vault.header marks a replacement stopped in its swap, which the unlock finishes:
    the unlock window's words for a long unlock (gui/unlock_working.py). Unreadable, it is not
    said."""
    try:
        return unfinished_in_header(header_io.read(folder).settings)
    except (VaultError, OSError):
        return False

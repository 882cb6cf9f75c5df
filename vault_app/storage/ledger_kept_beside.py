"""A newer ledger.db kept beside the vault's (`ledger.db.replaced-<moment>`, storage/compartment_own_file.py's
name): when the ledger.db at the name is older than the header and records.db beside it, such a file of the
same vault that holds the entries they saw is the one to put back first, before any restore (a restore
replaces the newer records.db too). As storage/header_kept_beside.py does for an older vault.header.

Each candidate is opened read-only under the vault's ledger key (another vault's, or a damaged file, does not
open and is passed over); nothing in it is written, and no -wal is left beside it."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from vault_app.storage.compartment_connect import connect_read_only
from vault_app.storage.compartment_own_file import kept_copies

LEDGER_NAME = "ledger.db"


def _holds(path: Path, key: bytes, wanted: list[tuple[int, bytes]]) -> bool:
    """Whether the ledger file at `path` opens under `key` and holds every (seq, mac) of `wanted`."""
    try:
        conn = connect_read_only(path, key)
    except sqlcipher.Error:
        return False  # another vault's key, a damaged file, not a ledger
    try:
        for seq, mac in wanted:
            row: Any = conn.execute("SELECT mac FROM ledger WHERE seq = ?", (seq,)).fetchone()
            if row is None or bytes(row["mac"]) != mac:
                return False
        return True
    except sqlcipher.Error:
        return False  # another vault's key, a damaged file, not a ledger
    finally:
        conn.close()


def newer_kept_beside(folder: Path, key: bytes, wanted: list[tuple[int, bytes]]) -> str | None:
    """The name of the newest `ledger.db.replaced-*` in `folder` (by the moment in its name) that opens
    under the vault's ledger `key` and holds every entry of `wanted` (seq, MAC: the header's anchor, the
    entry records.db saw), or None."""
    with contextlib.suppress(OSError):
        for path in kept_copies(Path(folder), LEDGER_NAME):
            if _holds(path, key, wanted):
                return path.name
    return None


__all__ = ["LEDGER_NAME", "newer_kept_beside"]

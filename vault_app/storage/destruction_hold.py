"""A read transaction held on a compartment file, so that its main file keeps every byte
it had when the transaction began (the destruction's search beside the worker:
services/destruction_image.py).

Why the main file cannot change meanwhile (SQLite's WAL, wal.c): a transaction that
begins while the -wal holds no frame (mxFrame == nBackfill == 0) reads the main file
alone and holds the shared WAL_READ_LOCK(0) in the -shm until it ends. A writer in WAL
mode appends frames to the -wal and never writes the main file; only a checkpoint copies
frames into it, and it first takes WAL_READ_LOCK(0) exclusively (it would otherwise
change pages such a reader is reading). So while the lock is held every checkpoint,
automatic (PASSIVE: it gives up at once) or asked for, copies nothing into the file, and a
restart of the -wal rewrites only the -wal. The lock lives in the -shm and the OS's
advisory locks, so a kill of the process releases it: nothing is left to clean up.

The connection is query-only, opened and closed on one thread (the caller's), and is
never the vault's own connection to the file.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from vault_app.storage.compartment import Compartment, open_query_only
from vault_app.storage.files import os_errors
from vault_app.storage.sql_errors import classify


def wal_bytes(db_path: Path) -> int:
    """The size of the file's -wal (0 when there is none)."""
    wal = Path(str(db_path) + "-wal")
    with os_errors("reading a compartment for verification"):
        return wal.stat().st_size if wal.exists() else 0


class HeldRead:
    """One compartment file read at one moment, until `close`."""

    def __init__(self, name: str, path: Path, conn: Any) -> None:
        self.name = name
        self.path = path
        self._conn: Any = conn

    @classmethod
    def begin(cls, name: str, path: Path, key: bytes) -> HeldRead:
        what = "holding the compartment for verification"
        conn = open_query_only(path, key, name, what)
        try:
            # The first read of the transaction takes the read lock; BEGIN alone takes none.
            conn.execute("BEGIN")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.Error as exc:
            conn.close()
            raise classify(exc, name, what) from None
        return cls(name, path, conn)

    def compartment(self) -> Compartment:
        """The held read as a Compartment, for the storage code that reads through one (the
        ledger's chain), on this object's thread; it must not write (query_only refuses)."""
        if self._conn is None:
            raise RuntimeError("the read was let go")
        return Compartment(self.name, self.path, self._conn)

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        with contextlib.suppress(sqlcipher.Error):
            conn.execute("ROLLBACK")
        with contextlib.suppress(sqlcipher.Error):
            conn.close()


__all__ = ["HeldRead", "wal_bytes"]

"""The one place a compartment file is opened with its raw key: the vault's own connection
(compartment._connect), a query-only reader (compartment.open_query_only) and a search
rebuild's connection (storage/search_rebuild.py) all start here, so a change to how a
compartment is keyed (SQLCipher's compatibility, its logging, where temp data goes) is made
once. Apart from compartment.py so the rebuild, which that module's search side imports,
can use it without an import circle.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

# How long SQLite waits for another connection's lock before SQLITE_BUSY: Python's own default
# for connect(), which the app keeps. Read at each connect, so a test whose reader is meant to be
# in the way can have the same SQLITE_BUSY at once instead of after the wait (docs/testing.md,
# "Twenty-ninth round").
BUSY_TIMEOUT_SECONDS = 5.0


def key_pragma(key: bytes) -> str:
    # A raw 256-bit key skips SQLCipher's own PBKDF2: our Argon2 hierarchy does that job.
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect_keyed(path: Path, key: bytes) -> Any:
    """A connection to the compartment file `path` under `key`, proven by one read of the
    schema (a wrong key fails here, as "not a database"), rows by column name, temp data in
    memory (FTS5's and the sorter's never spill plaintext to disk). Usable from one thread at
    a time, any thread. Driver errors are raised as they are: the caller sorts them."""
    conn = sqlcipher.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, check_same_thread=False)
    try:
        conn.row_factory = sqlcipher.Row  # rows are read by column name (test_named_rows.py)
        # SQLCipher would print its own decrypt errors to stderr; we report them ourselves.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(key))
        conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        conn.close()
        raise
    return conn


def connect_read_only(path: Path, key: bytes) -> Any:
    """A read-only connection under `key` to a compartment or ledger file that is not open
    (rows by name): it sees the transactions a killed session left in the -wal, as opening would,
    but folds nothing into the file and writes nothing. Without a -wal beside it (closed cleanly)
    the file is opened as unchanging: a read-only connection to a WAL database would leave an
    empty -wal and its index behind. sqlcipher.Error as it comes (the callers sort it); the
    caller closes it."""
    wal = Path(str(path) + "-wal")
    mode = "?mode=ro" if wal.exists() else "?mode=ro&immutable=1"
    conn = sqlcipher.connect(path.resolve().as_uri() + mode, uri=True, isolation_level=None)
    try:
        conn.row_factory = sqlcipher.Row
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(key))
        conn.execute("PRAGMA cipher_compatibility = 4")
    except BaseException:
        conn.close()
        raise
    return conn


__all__ = ["BUSY_TIMEOUT_SECONDS", "connect_keyed", "connect_read_only", "key_pragma"]

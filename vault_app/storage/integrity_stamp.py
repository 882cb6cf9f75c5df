"""The rows that bind the vault's files to each other (format 2).

- records.db and psychotherapy.db each hold one `integrity_stamp` row. Every committed
  transaction bumps its `counter` and writes the ledger head it saw (seq, MAC), in the
  same transaction as the change itself.
- Each ledger entry holds `state`: the header's generation and the commit counter of each
  compartment open at that moment (covered by the entry's MAC).

Files only ever move forward, and each side records what it has already seen of the
other, so a crash leaves a compartment at most *ahead* of what the ledger recorded,
never behind: "behind" can only mean an older copy was put back.

These tables are created when a compartment is opened, not by a numbered migration:
the migration numbers are shared by features, and this belongs to every format.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from vault_app.storage.compartment import Compartment
from vault_app.storage.compartment_connect import key_pragma
from vault_app.storage.sql_errors import classify

STAMPED = ("records", "psychotherapy")


@dataclass(frozen=True)
class Stamp:
    counter: int
    ledger_seq: int
    ledger_mac: bytes


def ensure_schema(comp: Compartment) -> None:
    conn = comp.raw_connection
    if comp.name in STAMPED:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'integrity_stamp'").fetchone():
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(
                "CREATE TABLE integrity_stamp (id INTEGER PRIMARY KEY CHECK (id = 1), counter INTEGER NOT NULL, "
                "ledger_seq INTEGER NOT NULL, ledger_mac BLOB NOT NULL)"
            )
            conn.execute("INSERT INTO integrity_stamp (id, counter, ledger_seq, ledger_mac) VALUES (1, 0, 0, X'')")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    elif comp.name == "ledger":
        columns = [str(r["name"]) for r in conn.execute("PRAGMA table_info(ledger)").fetchall()]
        if "state" not in columns:
            conn.execute("ALTER TABLE ledger ADD COLUMN state BLOB")


def read(comp: Compartment) -> Stamp:
    row: Any = comp.query_one("SELECT counter, ledger_seq, ledger_mac FROM integrity_stamp WHERE id = 1")
    if row is None:
        return Stamp(0, 0, b"")
    return Stamp(int(row["counter"]), int(row["ledger_seq"]), bytes(row["ledger_mac"]))


def read_file(path: Path, key: bytes, name: str) -> Stamp:
    """The stamp of a compartment file that is not open (the main unlock's look at the locked
    psychotherapy.db, a backup's copy), through a read-only connection of its own: it sees the
    transactions a killed session left in the -wal, as opening would, but folds nothing into the
    file and writes nothing (a query-only one checkpoints on close). VaultCorrupt when `key` does
    not open it."""
    what = "checking it against the ledger"
    # Without a -wal beside it (closed cleanly), as an unchanging file: a read-only connection to
    # a WAL database would leave an empty -wal and its index behind.
    wal = Path(str(path) + "-wal")
    mode = "?mode=ro" if wal.exists() else "?mode=ro&immutable=1"
    try:
        conn = sqlcipher.connect(path.resolve().as_uri() + mode, uri=True, isolation_level=None)
    except sqlcipher.Error as exc:
        raise classify(exc, name, what) from None
    try:
        conn.row_factory = sqlcipher.Row
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(key))
        conn.execute("PRAGMA cipher_compatibility = 4")
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'integrity_stamp'").fetchone():
            return Stamp(0, 0, b"")
        row: Any = conn.execute("SELECT counter, ledger_seq, ledger_mac FROM integrity_stamp WHERE id = 1").fetchone()
    except sqlcipher.Error as exc:
        raise classify(exc, name, what) from None
    finally:
        conn.close()
    if row is None:
        return Stamp(0, 0, b"")
    return Stamp(int(row["counter"]), int(row["ledger_seq"]), bytes(row["ledger_mac"]))


def bump(comp: Compartment, ledger_seq: int, ledger_mac: bytes) -> None:
    """Inside the compartment's write transaction, just before COMMIT."""
    comp.execute(
        "UPDATE integrity_stamp SET counter = counter + 1, ledger_seq = ?, ledger_mac = ? WHERE id = 1",
        (ledger_seq, ledger_mac),
    )

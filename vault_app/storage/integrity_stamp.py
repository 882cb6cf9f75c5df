"""The rows that bind the vault's files to each other (format 2).

- records.db and psychotherapy.db each hold one `integrity_stamp` row. Every committed
  transaction bumps its `counter` and writes the ledger head it saw (seq, MAC), in the
  same transaction as the change itself.
- The same row's `changes` counts only the transactions that wrote a row (the stamp's own
  update aside): an empty one (every unlock commits one) leaves it. A backup records the
  records.db value it copied, so "changed since the last backup" sees what the ledger does
  not (a draft's autosave, held form text): services/backup_registry.py.
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
from vault_app.storage.compartment_connect import connect_read_only
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
            _ensure_changes(conn)
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(
                "CREATE TABLE integrity_stamp (id INTEGER PRIMARY KEY CHECK (id = 1), counter INTEGER NOT NULL, "
                "ledger_seq INTEGER NOT NULL, ledger_mac BLOB NOT NULL, changes INTEGER NOT NULL DEFAULT 0)"
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


def _ensure_changes(conn: Any) -> None:
    """A file stamped before `changes` was kept gets the column (0: its first change counts)."""
    columns = [str(r["name"]) for r in conn.execute("PRAGMA table_info(integrity_stamp)").fetchall()]
    if "changes" not in columns:
        try:
            conn.execute("ALTER TABLE integrity_stamp ADD COLUMN changes INTEGER NOT NULL DEFAULT 0")
        except sqlcipher.OperationalError as exc:
            # Two processes opening an older file at once: the other one added it first.
            if "duplicate column" not in str(exc):
                raise


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
    try:
        conn = connect_read_only(path, key)
    except sqlcipher.Error as exc:
        raise classify(exc, name, what) from None
    try:
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


def bump(comp: Compartment, ledger_seq: int, ledger_mac: bytes, *, changed: bool = False) -> None:
    """Inside the compartment's write transaction, just before COMMIT. `changed`: the
    transaction wrote a row (Compartment.wrote_rows), so `changes` counts it too."""
    comp.execute(
        "UPDATE integrity_stamp SET counter = counter + 1, changes = changes + ?, ledger_seq = ?, ledger_mac = ? "
        "WHERE id = 1",
        (1 if changed else 0, ledger_seq, ledger_mac),
    )


def changes(comp: Compartment) -> int:
    """How many committed transactions wrote a row in this file (see the module docstring)."""
    value = comp.scalar("SELECT changes FROM integrity_stamp WHERE id = 1")
    return int(value) if value is not None else 0


def count_change(comp: Compartment) -> None:
    """Inside a write transaction of `comp`: a change made in another file (the psychotherapy
    notes') counts in this one's `changes`, which a backup records."""
    comp.execute("UPDATE integrity_stamp SET changes = changes + 1 WHERE id = 1")

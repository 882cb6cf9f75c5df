"""The full-text index in a file of its own beside each compartment (docs/scaling.md,
section 5, first step): `search-records.db` beside records.db, `search-psychotherapy.db`
beside psychotherapy.db, each SQLCipher under a key derived from its compartment's key with
its own HKDF label, so the psychotherapy index opens only with the psychotherapy key.

Why apart: FTS5's terms are every word of every note, derived data. In the compartments they
went into every backup and snapshot and every page a destruction rewrote and searched. Here
no backup carries them; a restore, a lost or damaged file, a key that no longer opens it, or
a count that does not match, rebuilds them from the compartment.

How it stays in step: the file is ATTACHed on the vault's own connection to the compartment
as `search`, and TEMP triggers on the compartment's tables write into its FTS5 tables in the
same transaction as the write (a TEMP trigger may write to an attached database). The FTS5
tables carry their own copy of the text (not external content: the text is in another file),
so snippets work as before; secure-delete is on, so a deleted row's terms leave the index at
once. A commit across two WAL files is atomic per file, not across them: both files keep a
count of the indexed writes, bumped in the same transaction (the compartment's by permanent
triggers, which also count a write made without the index attached), and a mismatch at the
next open rebuilds the index. A search therefore never reads an index that differs from its
compartment.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from vault_app.crypto import keys
from vault_app.storage.files import create_private_empty
from vault_app.storage.layout import SEARCH_FILES, SIDE_SUFFIXES

SCHEMA = "search"
_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"
_SALT = b"vault-app/v1/search-index"


@dataclass(frozen=True)
class Indexed:
    """One indexed table of a compartment: its FTS5 table holds `columns`, keyed by `seq`."""

    table: str
    columns: tuple[str, ...]
    update_of: tuple[str, ...]

    @property
    def fts(self) -> str:
        return f"{self.table}_fts"


INDEXED: dict[str, tuple[Indexed, ...]] = {
    "records": (
        Indexed("progress_notes", ("search_text", "client_id"), ("sections", "client_id")),
        Indexed("note_amendments", ("text", "client_id"), ("text", "client_id")),
        Indexed("clients", ("legal_name", "preferred_name", "chart_number"),
                ("legal_name", "preferred_name", "chart_number")),
        Indexed("attachment_texts", ("text", "client_id"), ("text", "client_id")),
    ),
    "psychotherapy": (
        Indexed("psychotherapy_notes", ("body", "client_id"), ("body", "client_id")),
        Indexed("psychotherapy_amendments", ("text", "client_id"), ("text", "client_id")),
    ),
}


def indexed(name: str) -> bool:
    return name in INDEXED


def search_key(compartment_key: bytes, name: str) -> bytes:
    """The search file's key: from its compartment's, under a label of its own (a key of one
    file never opens the other)."""
    return keys.hkdf(compartment_key, info=f"search-index/{name}", salt=_SALT)


def path_beside(compartment_path: Path, name: str) -> Path:
    return compartment_path.parent / SEARCH_FILES[name]


def remove_files(path: Path) -> None:
    """The search file and its side files (a restore, a rebuild): derived data, nothing lost."""
    for suffix in ("", *SIDE_SUFFIXES):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _key_literal(key: bytes) -> str:
    return f"x'{key.hex()}'"


def _attached(conn: Any) -> bool:
    return any(str(r["name"]) == SCHEMA for r in conn.execute("PRAGMA database_list"))


def detach(conn: Any) -> None:
    if _attached(conn):
        conn.execute(f"DETACH DATABASE {SCHEMA}")


def _attach(conn: Any, path: Path, key: bytes) -> None:
    if not path.exists():
        create_private_empty(path)  # owner-only before SQLite writes a byte, as the compartments
    conn.execute(f"ATTACH DATABASE ? AS {SCHEMA} KEY ?", (str(path), _key_literal(key)))
    conn.execute(f"SELECT count(*) FROM {SCHEMA}.sqlite_master").fetchone()  # proves the key
    conn.execute(f"PRAGMA {SCHEMA}.secure_delete = ON")
    mode = conn.execute(f"PRAGMA {SCHEMA}.journal_mode = WAL").fetchone()["journal_mode"]
    if str(mode).lower() != "wal":
        raise OSError("the search file could not switch to WAL mode")
    conn.execute(f"PRAGMA {SCHEMA}.synchronous = FULL")


def _state(conn: Any, schema: str, table: str) -> tuple[str, int] | None:
    row = conn.execute(f"SELECT generation, counter FROM {schema}.{table} WHERE id = 1").fetchone()
    return None if row is None else (str(row["generation"]), int(row["counter"]))


def _in_step(conn: Any, name: str) -> bool:
    """The attached file has every FTS table and the compartment's count of indexed writes."""
    names = {str(r["name"]) for r in conn.execute(f"SELECT name FROM {SCHEMA}.sqlite_master WHERE type = 'table'")}
    if "index_state" not in names or any(ix.fts not in names for ix in INDEXED[name]):
        return False
    return _state(conn, SCHEMA, "index_state") == _state(conn, "main", "search_state")


def _build(conn: Any, name: str) -> None:
    """Every FTS table filled from the compartment and the count copied, in one transaction:
    a kill during it leaves a file without the count, rebuilt at the next open."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(f"CREATE TABLE {SCHEMA}.index_state (id INTEGER PRIMARY KEY CHECK (id = 1), "
                     "generation TEXT NOT NULL, counter INTEGER NOT NULL)")
        for ix in INDEXED[name]:
            cols = ", ".join(ix.columns)
            conn.execute(f"CREATE VIRTUAL TABLE {SCHEMA}.{ix.fts} USING fts5({cols}, {_TOKENIZE})")
            conn.execute(f"INSERT INTO {SCHEMA}.{ix.fts}({ix.fts}, rank) VALUES ('secure-delete', 1)")
            conn.execute(f"INSERT INTO {SCHEMA}.{ix.fts}(rowid, {cols}) SELECT seq, {cols} FROM main.{ix.table}")
            # One segment per table, as a merged index after a bulk load would be.
            conn.execute(f"INSERT INTO {SCHEMA}.{ix.fts}({ix.fts}) VALUES ('optimize')")
        conn.execute(f"INSERT INTO {SCHEMA}.index_state (id, generation, counter) "
                     "SELECT 1, generation, counter FROM main.search_state")
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(Exception):
            conn.execute("ROLLBACK")
        raise


def install_triggers(conn: Any, name: str) -> None:
    """The TEMP triggers that keep the attached index in step (module docstring). Unqualified
    names inside resolve to the attached file: the compartment has no table of those names."""
    bump = "UPDATE index_state SET counter = counter + 1;"
    for ix in INDEXED[name]:
        cols = ", ".join(ix.columns)
        new = ", ".join(f"NEW.{c}" for c in ix.columns)
        add = f"INSERT INTO {ix.fts}(rowid, {cols}) VALUES (NEW.seq, {new});"
        drop = f"DELETE FROM {ix.fts} WHERE rowid = OLD.seq;"
        on = f"main.{ix.table}"
        conn.execute(f"CREATE TEMP TRIGGER IF NOT EXISTS search_ix_{ix.table}_insert AFTER INSERT ON {on} "
                     f"BEGIN {add} {bump} END")
        conn.execute(f"CREATE TEMP TRIGGER IF NOT EXISTS search_ix_{ix.table}_delete AFTER DELETE ON {on} "
                     f"BEGIN {drop} {bump} END")
        conn.execute(f"CREATE TEMP TRIGGER IF NOT EXISTS search_ix_{ix.table}_update AFTER UPDATE OF "
                     f"{', '.join(ix.update_of)} ON {on} BEGIN {drop} {add} {bump} END")


def _compact_once(conn: Any) -> None:
    """Once, after the migration that dropped the index from the compartment: its freed pages
    were zeroed (secure_delete), and VACUUM gives their space back, so the file no longer
    carries them through every backup, rekey and page search. A kill before the flag is set
    VACUUMs again at the next open (harmless)."""
    row = conn.execute("SELECT compacted FROM main.search_state WHERE id = 1").fetchone()
    if row is None or int(row["compacted"]):
        return
    conn.execute("PRAGMA main.wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM main")
    conn.execute("UPDATE main.search_state SET compacted = 1")
    conn.execute("PRAGMA main.wal_checkpoint(TRUNCATE)")


def attach(conn: Any, name: str, compartment_path: Path, compartment_key: bytes) -> bool:
    """Attach the compartment's search file on `conn` (the vault's connection, outside any
    transaction) and install its triggers; rebuild it first when it is missing, does not open
    under its key, or is not in step. True when it was rebuilt."""
    _compact_once(conn)
    path = path_beside(compartment_path, name)
    key = search_key(compartment_key, name)
    try:
        _attach(conn, path, key)
        kept = _in_step(conn, name)
    except Exception:  # missing, damaged, under an older key: derived data, rebuilt below
        kept = False
    if not kept:
        detach(conn)
        remove_files(path)
        _attach(conn, path, key)
        _build(conn, name)
    install_triggers(conn, name)
    return not kept


def rekey(conn: Any, compartment_key: bytes, name: str) -> None:
    """The attached file under the key derived from the compartment's new key (a destruction's
    rekey, Replace every key): every page rewritten, as the compartment's are, then the WAL
    folded in. A file that did not take the key is rebuilt at the next open."""
    if not _attached(conn):
        return
    key = search_key(compartment_key, name)
    conn.execute(f"PRAGMA {SCHEMA}.rekey = \"{_key_literal(key)}\"")
    conn.execute(f"PRAGMA {SCHEMA}.wal_checkpoint(TRUNCATE)")
    # As for the compartments (Compartment.rekey): SQLCipher's rekey can return without an
    # error when it did not take (a full disk). Proven by a fresh connection, else rebuilt.
    path = Path()
    for row in conn.execute("PRAGMA database_list"):
        if str(row["name"]) == SCHEMA:
            path = Path(str(row["file"]))
    proof = sqlcipher.connect(str(path))
    try:
        proof.execute("PRAGMA cipher_log_level = NONE")
        proof.execute(f"PRAGMA key = \"{_key_literal(key)}\"")
        proof.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        proof.close()


def checkpoint(conn: Any) -> None:
    if _attached(conn):
        conn.execute(f"PRAGMA {SCHEMA}.wal_checkpoint(TRUNCATE)")


def rebuild(conn: Any, name: str, compartment_path: Path, compartment_key: bytes) -> None:
    """Throw the index away and build it again from the compartment (tests, a repair)."""
    detach(conn)
    path = path_beside(compartment_path, name)
    remove_files(path)
    attach(conn, name, compartment_path, compartment_key)


__all__ = ["INDEXED", "SCHEMA", "attach", "checkpoint", "detach", "indexed", "install_triggers", "path_beside",
           "rebuild", "rekey", "remove_files", "search_key"]

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
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from vault_app.crypto import keys
from vault_app.domain.errors import EnvironmentProblem
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
    """The search file and its side files (a restore, a rebuild): derived data, nothing lost.
    A folder by that name is not the app's to delete (found: one made every unlock stop on
    "internal error (IsADirectoryError)", which named neither the file nor a way out)."""
    for suffix in ("", *SIDE_SUFFIXES):
        side = Path(str(path) + suffix)
        if side.is_dir() and not side.is_symlink():
            raise EnvironmentProblem(
                f"A folder named {side.name} is in the vault folder, where the app keeps its search index.",
                hint="The search index is rebuilt by itself: move that folder out of the vault folder, "
                     "then open the vault again.", code="search_index.folder_in_the_way",
                params={"folder": side.name})
        side.unlink(missing_ok=True)


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


def open_on(conn: Any, path: Path, key: bytes) -> None:
    """A search file attached on a connection of a rebuild's own (storage/search_rebuild.py)."""
    _attach(conn, path, key)


def _state(conn: Any, schema: str, table: str) -> tuple[str, int] | None:
    row = conn.execute(f"SELECT generation, counter FROM {schema}.{table} WHERE id = 1").fetchone()
    return None if row is None else (str(row["generation"]), int(row["counter"]))


def generation(comp: Any) -> str:
    """The compartment's search generation (`comp` a Compartment): the records compartment's is
    what the psychotherapy search file is bound to (`bound_line`)."""
    row = comp.execute("SELECT generation FROM main.search_state WHERE id = 1").fetchone()
    return "" if row is None else str(row["generation"])


def bound_line(generation: str, bound: str) -> str:
    """The generation a search file must carry: its compartment's, and for the psychotherapy
    file the records compartment's too (`bound`, "" for the records file). A restore cannot
    always reach the psychotherapy key (a service call with the open vault whose psychotherapy
    notes were never unlocked), so it cannot always renew that compartment's generation; it
    always renews the records compartment's, and so every psychotherapy search file from
    before a restore stops matching too (docs/scaling.md, "Twenty-second round")."""
    return f"{generation}/{bound}" if bound else generation


def _expected(conn: Any, bound: str) -> tuple[str, int] | None:
    state = _state(conn, "main", "search_state")
    return None if state is None else (bound_line(state[0], bound), state[1])


_STATE_SQL = "CREATE TABLE index_state (id INTEGER PRIMARY KEY CHECK (id = 1), generation TEXT NOT NULL, " \
             "counter INTEGER NOT NULL)"
# FTS5's own tables beside each virtual table (its shadow tables).
_SHADOWS = ("data", "idx", "content", "docsize", "config")


def _fts_sql(ix: Indexed) -> str:
    return f"CREATE VIRTUAL TABLE {ix.fts} USING fts5({', '.join(ix.columns)}, {_TOKENIZE})"


def _schema(name: str) -> dict[str, str | None]:
    """The file's layout as SQLite keeps it in sqlite_master: every table by name, with the
    statement that made it where this module wrote one (the shadow tables' are FTS5's)."""
    layout: dict[str, str | None] = {"index_state": _STATE_SQL}
    for ix in INDEXED[name]:
        layout[ix.fts] = _fts_sql(ix)
        layout.update({f"{ix.fts}_{shadow}": None for shadow in _SHADOWS})
    return layout


def _laid_out(conn: Any, name: str) -> bool:
    """The attached file holds exactly the tables this version writes, each made by the same
    statement (columns and tokenizer). The layout is not versioned by a number a change could
    forget to bump: a file from a version that indexed other columns, used another tokenizer
    or had a table more (words no trigger keeps in step, nor a destruction removes) is not
    this layout, and is rebuilt."""
    found = {str(r["name"]): str(r["sql"]) for r in
             conn.execute(f"SELECT name, sql FROM {SCHEMA}.sqlite_master WHERE type = 'table'")}
    wanted = _schema(name)
    return found.keys() == wanted.keys() and all(sql is None or found[t] == sql for t, sql in wanted.items())


def _in_step(conn: Any, name: str, bound: str) -> bool:
    """The attached file has this version's layout and the compartment's count of indexed
    writes, on the compartment's time line (and, `bound`, the records compartment's)."""
    if not _laid_out(conn, name):
        return False
    return _state(conn, SCHEMA, "index_state") == _expected(conn, bound)


def new_time_line(comp: Any) -> None:
    """A fresh random generation in the compartment's `search_state` (`comp` a Compartment, in
    its write transaction): a restore's, on the restored copy before it is put in place. A
    restore takes the vault back to an older count under the same keys, and the count then
    grows again with other writes; without this, a search file of the time line the vault
    left (copied back by hand or by an old backup tool, or from the folder restored from)
    would match once the counts met, and a search would answer with its words at the rows it
    names. The count stays: it is the compartment's own record of its indexed writes."""
    comp.execute("UPDATE main.search_state SET generation = ? WHERE id = 1", (secrets.token_hex(16),))


# Rows per INSERT of a rebuild beside the work: between two, the job looks whether it must stop.
BATCH_ROWS = 2000


def _fill(conn: Any, ix: Indexed, step: Callable[[str], None]) -> None:
    """The FTS table filled from its compartment table a batch of rows at a time (in the
    caller's transaction), `step` called before each batch."""
    cols = ", ".join(ix.columns)
    last = -(1 << 62)
    while True:
        step(ix.table)
        row = conn.execute(f"SELECT max(seq) AS top, count(*) AS n FROM (SELECT seq FROM main.{ix.table} "
                           "WHERE seq > ? ORDER BY seq LIMIT ?)", (last, BATCH_ROWS)).fetchone()
        if row is None or not int(row["n"]):
            return
        top = int(row["top"])
        conn.execute(f"INSERT INTO {SCHEMA}.{ix.fts}(rowid, {cols}) SELECT seq, {cols} FROM main.{ix.table} "
                     "WHERE seq > ? AND seq <= ?", (last, top))
        last = top


def build(conn: Any, name: str, *, bound: str = "", begin: str = "BEGIN IMMEDIATE",
          step: Callable[[str], None] = lambda _table: None) -> None:
    """Every FTS table filled from the compartment and the count copied, in one transaction:
    a kill or a stop during it leaves a file without the count, rebuilt at the next open.
    Beside the work (`begin` "BEGIN", storage/search_rebuild.py) the transaction writes the
    search file only and reads the compartment from one snapshot, so the vault's connection
    goes on writing; the count copied is the snapshot's. `bound`: `bound_line`."""
    conn.execute(begin)
    try:
        conn.execute(_STATE_SQL.replace("CREATE TABLE ", f"CREATE TABLE {SCHEMA}.", 1))
        # The snapshot starts at the first read of the compartment: the count first, so the
        # rows read below are the ones it counts.
        state = _expected(conn, bound)
        for ix in INDEXED[name]:
            conn.execute(_fts_sql(ix).replace("CREATE VIRTUAL TABLE ", f"CREATE VIRTUAL TABLE {SCHEMA}.", 1))
            conn.execute(f"INSERT INTO {SCHEMA}.{ix.fts}({ix.fts}, rank) VALUES ('secure-delete', 1)")
            _fill(conn, ix, step)
            # One segment per table, as a merged index after a bulk load would be.
            conn.execute(f"INSERT INTO {SCHEMA}.{ix.fts}({ix.fts}) VALUES ('optimize')")
        step("")
        if state is not None:
            conn.execute(f"INSERT INTO {SCHEMA}.index_state (id, generation, counter) VALUES (1, ?, ?)", state)
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(Exception):
            conn.execute("ROLLBACK")
        raise


def _row_triggers(conn: Any, prefix: str, ix: Indexed, *, insert: str, delete: str, update: str) -> None:
    """The three TEMP triggers of one indexed table, named `<prefix>_<table>_<insert|delete|
    update>`, with these bodies: the index's own (install_triggers) and the rebuild's notes
    (track_writes) fire on the same writes, so they are made in one place."""
    on = f"main.{ix.table}"
    conn.execute(f"CREATE TEMP TRIGGER IF NOT EXISTS {prefix}_{ix.table}_insert AFTER INSERT ON {on} "
                 f"BEGIN {insert} END")
    conn.execute(f"CREATE TEMP TRIGGER IF NOT EXISTS {prefix}_{ix.table}_delete AFTER DELETE ON {on} "
                 f"BEGIN {delete} END")
    conn.execute(f"CREATE TEMP TRIGGER IF NOT EXISTS {prefix}_{ix.table}_update AFTER UPDATE OF "
                 f"{', '.join(ix.update_of)} ON {on} BEGIN {update} END")


def _drop_row_triggers(conn: Any, prefix: str, name: str) -> None:
    for ix in INDEXED[name]:
        for what in ("insert", "delete", "update"):
            conn.execute(f"DROP TRIGGER IF EXISTS temp.{prefix}_{ix.table}_{what}")


def install_triggers(conn: Any, name: str) -> None:
    """The TEMP triggers that keep the attached index in step (module docstring). Unqualified
    names inside resolve to the attached file: the compartment has no table of those names."""
    bump = "UPDATE index_state SET counter = counter + 1;"
    for ix in INDEXED[name]:
        cols = ", ".join(ix.columns)
        new = ", ".join(f"NEW.{c}" for c in ix.columns)
        add = f"INSERT INTO {ix.fts}(rowid, {cols}) VALUES (NEW.seq, {new});"
        drop = f"DELETE FROM {ix.fts} WHERE rowid = OLD.seq;"
        _row_triggers(conn, "search_ix", ix, insert=f"{add} {bump}", delete=f"{drop} {bump}",
                      update=f"{drop} {add} {bump}")


def uninstall_triggers(conn: Any, name: str) -> None:
    """Before the search file is detached while the connection stays open (a damaged file):
    a TEMP trigger naming a table no longer there would fail every write."""
    _drop_row_triggers(conn, "search_ix", name)


def _compact_once(conn: Any) -> None:
    """Once, after the migration that dropped the index from the compartment: its freed pages
    were zeroed (secure_delete), and VACUUM gives their space back, so the file no longer
    carries them through every backup, rekey and page search. A kill before the flag is set
    VACUUMs again at the next open (harmless)."""
    row = conn.execute("SELECT compacted FROM main.search_state WHERE id = 1").fetchone()
    if row is None or int(row["compacted"]):
        return
    conn.execute("PRAGMA main.wal_checkpoint(PASSIVE)")
    conn.execute("VACUUM main")
    conn.execute("UPDATE main.search_state SET compacted = 1")
    conn.execute("PRAGMA main.wal_checkpoint(PASSIVE)")


def attach_kept(conn: Any, name: str, compartment_path: Path, compartment_key: bytes, *, bound: str = "") -> bool:
    """Attach the compartment's search file on `conn` (the vault's connection, outside any
    transaction) and install its triggers when it opens under its key and is in step (True).
    Else (False) nothing is attached and the file is thrown away at once: a stale index must
    not stay on disk under a key a destruction is about to replace. `bound`: `bound_line`."""
    _compact_once(conn)
    path = path_beside(compartment_path, name)
    try:
        _attach(conn, path, search_key(compartment_key, name))
        kept = _in_step(conn, name, bound)
    except Exception:  # missing, damaged, under an older key: derived data, rebuilt
        kept = False
    if kept:
        install_triggers(conn, name)
        return True
    detach(conn)
    remove_files(path)
    return False


def attach(conn: Any, name: str, compartment_path: Path, compartment_key: bytes, *, bound: str = "") -> bool:
    """Attach the compartment's search file on `conn` and install its triggers; rebuild it
    first, here, when it is missing, does not open under its key, or is not in step (the
    command line and tests; the app rebuilds beside the work: storage/search_rebuild.py).
    True when it was rebuilt."""
    if attach_kept(conn, name, compartment_path, compartment_key, bound=bound):
        return False
    path = path_beside(compartment_path, name)
    _attach(conn, path, search_key(compartment_key, name))
    build(conn, name, bound=bound)
    install_triggers(conn, name)
    return True


# --- the rebuild beside the work: what the vault's connection notes meanwhile -------------
_TOUCHED = "temp.search_touched"


def track_writes(conn: Any, name: str) -> None:
    """While the index is rebuilt beside the work (on another connection, from a snapshot):
    TEMP triggers on the vault's connection note the row of every indexed write, by table and
    rowid only (no text), in a TEMP table kept in memory (temp_store = MEMORY). They go in
    before the rebuild takes its snapshot, so every write the snapshot missed is noted;
    `catch_up` re-indexes those rows from the compartment as it then is. A write both in the
    snapshot and noted is indexed again: the same terms. A rolled-back write rolls its note
    back too. So the index swapped in is exactly the compartment's, whatever was written,
    signed, amended or destroyed meanwhile."""
    conn.execute(f"CREATE TABLE IF NOT EXISTS {_TOUCHED} (tbl TEXT NOT NULL, seq INTEGER NOT NULL, "
                 "PRIMARY KEY (tbl, seq)) WITHOUT ROWID")
    for ix in INDEXED[name]:
        # Unqualified inside a trigger (SQLite allows no schema there): the TEMP table's name.
        note = f"INSERT OR IGNORE INTO search_touched (tbl, seq) VALUES ('{ix.table}', "
        _row_triggers(conn, "search_touch", ix, insert=f"{note}NEW.seq);", delete=f"{note}OLD.seq);",
                      update=f"{note}OLD.seq); {note}NEW.seq);")


def untrack_writes(conn: Any, name: str) -> None:
    _drop_row_triggers(conn, "search_touch", name)
    conn.execute(f"DROP TABLE IF EXISTS {_TOUCHED}")


def tracking(conn: Any) -> bool:
    return conn.execute("SELECT 1 FROM temp.sqlite_master WHERE name = 'search_touched'").fetchone() is not None


def swap_in(conn: Any, name: str, compartment_path: Path, compartment_key: bytes, *, bound: str = "") -> bool:
    """On the vault's connection (its own thread, outside any transaction), once a rebuild
    beside the work has committed the file: attach it, re-index the rows noted since, copy the
    compartment's count, all in one transaction; then the ordinary triggers take over. False
    (nothing attached, the file thrown away) when the file is not whole (a stopped build)."""
    path = path_beside(compartment_path, name)
    try:
        _attach(conn, path, search_key(compartment_key, name))
        whole = _laid_out(conn, name) and _state(conn, SCHEMA, "index_state") is not None
    except Exception:  # damaged since, or under a key since replaced: rebuilt again
        whole = False
    if not whole:
        detach(conn)
        remove_files(path)
        return False
    conn.execute("BEGIN IMMEDIATE")
    try:
        for ix in INDEXED[name]:
            cols = ", ".join(ix.columns)
            touched = f"SELECT seq FROM {_TOUCHED} WHERE tbl = '{ix.table}'"
            conn.execute(f"DELETE FROM {SCHEMA}.{ix.fts} WHERE rowid IN ({touched})")
            conn.execute(f"INSERT INTO {SCHEMA}.{ix.fts}(rowid, {cols}) SELECT seq, {cols} FROM main.{ix.table} "
                         f"WHERE seq IN ({touched})")
        expected = _expected(conn, bound)
        if expected is None:
            raise RuntimeError("the compartment has no search state")
        conn.execute(f"UPDATE {SCHEMA}.index_state SET (generation, counter) = (?, ?)", expected)
        conn.execute(f"DELETE FROM {_TOUCHED}")
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(Exception):
            conn.execute("ROLLBACK")
        with contextlib.suppress(Exception):
            detach(conn)
        raise
    untrack_writes(conn, name)
    install_triggers(conn, name)
    return True


def attached(conn: Any) -> bool:
    return _attached(conn)


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


def rebuild(conn: Any, name: str, compartment_path: Path, compartment_key: bytes, *, bound: str = "") -> None:
    """Throw the index away and build it again from the compartment (tests, a repair)."""
    detach(conn)
    path = path_beside(compartment_path, name)
    remove_files(path)
    attach(conn, name, compartment_path, compartment_key, bound=bound)


def damaged(conn: Any) -> bool:
    """Whether the attached search file (not the compartment) fails to read: an error in a
    query that touches both is sorted here, so a damaged index never reads as a damaged
    compartment (it is derived data: thrown away and rebuilt)."""
    if not _attached(conn):
        return False
    try:
        row = conn.execute(f"PRAGMA {SCHEMA}.quick_check(1)").fetchone()
    except sqlcipher.Error:
        return True
    return row is None or str(row["quick_check"]) != "ok"


__all__ = ["INDEXED", "SCHEMA", "attach", "attach_kept", "attached", "bound_line", "build", "checkpoint", "damaged",
           "detach", "generation", "indexed", "install_triggers", "new_time_line", "open_on", "path_beside", "rebuild",
           "rekey", "remove_files", "search_key", "swap_in", "track_writes", "tracking", "uninstall_triggers",
           "untrack_writes"]

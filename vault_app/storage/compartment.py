"""An open SQLCipher 4 compartment: one encrypted database file with its own raw key.

Every SQL error is sorted (storage/sql_errors.py) into the environment (disk full, I/O,
locked), the vault (damaged file, wrong key) or a bug, so callers above never see a raw
driver exception for a user's problem.
"""

from __future__ import annotations

import contextlib
import itertools
import shutil
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from vault_app.domain.errors import DiskFull, EnvironmentProblem, VaultCorrupt, VaultError
from vault_app.storage import migrations, search_index
from vault_app.storage.blob_store import BLOBS_DIR
from vault_app.storage.compartment_connect import connect_keyed
from vault_app.storage.compartment_connect import key_pragma as key_pragma  # re-exported
from vault_app.storage.compartment_own_file import CompartmentOwnFile
from vault_app.storage.compartment_search import CompartmentSearch
from vault_app.storage.files import create_private_empty, make_private, make_private_dir, os_errors
from vault_app.storage.layout import COMPARTMENT_FILES as COMPARTMENT_FILES  # re-exported
from vault_app.storage.sql_errors import classify, compartment_busy, compartment_damaged, reads_as_damaged

Row = sqlcipher.Row
Error = sqlcipher.Error


# Each connection a Compartment opens gets the next number (seen_version).
_OPENINGS = itertools.count(1)


def open_query_only(path: Path, key: bytes, name: str, what: str) -> Any:
    """A query-only connection of its own to a compartment file, keyed and checked by one
    read (a wrong key fails here); usable from any one thread at a time. Driver errors are
    classified (`what` says what was being done)."""
    try:
        conn = connect_keyed(path, key)
    except sqlcipher.Error as exc:
        raise classify(exc, name, what, path=path) from None
    try:
        conn.execute("PRAGMA query_only = ON")
    except sqlcipher.Error as exc:
        conn.close()
        raise classify(exc, name, what, path=path) from None
    return conn


def _rekey_failed(compartment: str, path: Path) -> EnvironmentProblem:
    try:
        size = path.stat().st_size
        short = shutil.disk_usage(path.parent).free < size
    except OSError:
        size, short = 0, False
    after = "then try again (an interrupted destruction finishes at the next unlock)."
    if short:
        return DiskFull(
            f"The disk is too full to re-encrypt the {compartment} compartment.",
            hint=f"Nothing already saved was lost, and its old key is still the one in use. Free at least "
                 f"{size // (1 << 20) + 1} MB on this disk, " + after,
            code="rekey.compartment_disk_full", params={"compartment": compartment, "mib": size // (1 << 20) + 1})
    return EnvironmentProblem(
        f"The {compartment} compartment could not be re-encrypted under its new key.",
        hint="Nothing already saved was lost, and its old key is still the one in use. Check that the disk has "
             "free space, " + after, code="rekey.compartment_failed", params={"compartment": compartment})


# SQLite never uses the page holding the locking bytes (offset 1 GiB): no check reads it.
_LOCK_BYTE_OFFSET = 1 << 30


def _structure_check_reads_every_page(conn: Any) -> bool:
    """True when integrity_check alone authenticates every page of the file, on a
    connection that read nothing before (check_copy's): it reads every page of every
    b-tree and overflow chain, and SQLCipher checks each page's HMAC as it is read; it
    reports any page that is in no b-tree and not on the freelist. So with an empty
    freelist (free pages are listed, never read), no pointer-map pages (auto_vacuum off)
    and no locking page, every page passes the HMAC check once, and a separate
    cipher_integrity_check would check each page a second time."""
    freelist = int(conn.execute("PRAGMA freelist_count").fetchone()["freelist_count"])
    auto_vacuum = int(conn.execute("PRAGMA auto_vacuum").fetchone()["auto_vacuum"])
    pages = int(conn.execute("PRAGMA page_count").fetchone()["page_count"])
    # A keyed connection: SQLCipher answers for the page size (its own pragma's name).
    page_size = int(conn.execute("PRAGMA cipher_page_size").fetchone()["cipher_page_size"])
    return freelist == 0 and auto_vacuum == 0 and pages * page_size <= _LOCK_BYTE_OFFSET


def integrity_problems(conn: Any, name: str, *, fresh: bool = False) -> list[str]:
    """Full check of an open connection: every page's HMAC (cipher_integrity_check) and
    SQLite's structure (integrity_check). Empty when all is well. `fresh`: nothing was
    read through `conn` before, so where integrity_check reads every page through
    SQLCipher's HMAC check, the separate page pass is not repeated."""
    try:
        problems: list[str] = []
        if not (fresh and _structure_check_reads_every_page(conn)):
            problems = [str(r["cipher_integrity_check"]) for r in conn.execute("PRAGMA cipher_integrity_check")]
        result = [str(r["integrity_check"]) for r in conn.execute("PRAGMA integrity_check")]
    except sqlcipher.Error as exc:
        return [str(classify(exc, name, "checking"))]
    if result != ["ok"]:
        problems.extend(result)
    return problems


def shell_commands(key: bytes) -> list[str]:
    """What opens a compartment file with its raw key in SQLCipher 4's own shell (or any
    SQLCipher 4 tool), for a user who reveals a key to read their records without the app."""
    return [key_pragma(key) + ";", "PRAGMA cipher_compatibility = 4;"]


def _connect(name: str, path: Path, key: bytes) -> Any:
    """The vault's own read-write connection to a compartment file, keyed (a wrong key
    fails here), in WAL mode with synchronous FULL and secure_delete on."""
    try:
        conn = connect_keyed(path, key)
    except Exception as exc:
        raise classify(exc, name, f"opening the {name} compartment", path=path) from None
    try:
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()["journal_mode"]
        if str(mode).lower() != "wal":
            raise EnvironmentProblem(f"The {name} compartment could not switch to WAL mode.",
                                         code="compartment.no_wal", params={"compartment": name})
        conn.execute("PRAGMA synchronous = FULL")
    except Exception as exc:
        conn.close()
        raise classify(exc, name, f"opening the {name} compartment", path=path) from None
    return conn


class Compartment(CompartmentSearch, CompartmentOwnFile):
    def __init__(self, name: str, path: Path, conn: Any, *, key: bytes | None = None) -> None:
        self.name = name
        # The vault's own connection to records.db or psychotherapy.db has the compartment's
        # search file attached (storage/search_index.py); copies never do.
        self.search = False
        self.search_rebuilt = False  # by the last attach: the index was built anew (or is being)
        self._init_search()
        self.path = path
        self._use(conn)
        self._depth = 0
        # The connection's row-change count when the open write transaction began: whether it
        # wrote a row is what "changed since the last backup" counts (storage/integrity_stamp.py).
        self._changes_at_begin = 0
        self._uncounted = 0  # rows written in uncounted() blocks of the open transaction
        # Set by the vault: runs inside every write transaction just before COMMIT
        # (the integrity stamp), so the stamp and the change commit together.
        self.before_commit: Callable[[Compartment], None] | None = None
        # Kept by open() and rekey() for reader(): the vault holds these keys in memory anyway.
        self._key: bytes | None = bytes(key) if key is not None else None

    # --- opening ------------------------------------------------------------------
    @classmethod
    def open(cls, name: str, path: Path, key: bytes, *, create: bool = False, search: bool = False,
             search_beside: bool = False, search_bound: str = "") -> Compartment:
        """`search`: the vault's own connection, with the search file attached; `search_beside`:
        a missing or stale one is rebuilt beside the work (storage/search_rebuild.py), not here;
        `search_bound`: what else its search file must carry (search_index.bound_line)."""
        if not create and not path.exists():
            raise VaultCorrupt(
                f"The {name} compartment ({path.name}) is missing.",
                hint="Restore the vault from your latest verified backup.", code="compartment.missing",
                params={"compartment": name},
            )
        if create and path.exists():
            raise EnvironmentProblem(f"{path.name} already exists; refusing to overwrite it.")
        if not create and path.stat().st_size == 0:
            raise compartment_damaged(name)
        with os_errors(f"creating the {name} compartment"):
            if create:
                # Owner-only before SQLite writes a byte; its -wal and -shm copy this mode.
                create_private_empty(path)
            else:
                for suffix in ("", "-wal", "-shm"):
                    make_private(Path(str(path) + suffix))
                if name == "records":  # its attached documents' folder, beside it
                    make_private_dir(path.parent / BLOBS_DIR)
        conn = _connect(name, path, key)
        compartment: Compartment | None = None
        try:
            compartment = cls(name, path, conn, key=key)
            migrations.apply(compartment)
            from vault_app.storage import integrity_stamp  # it builds on this module

            integrity_stamp.ensure_schema(compartment)
            if search and search_index.indexed(name):
                compartment.search = True
                compartment.search_beside = search_beside
                compartment.search_bound = search_bound
                compartment._attach_search()
        except Exception as exc:
            if compartment is not None:
                compartment._stop_search_rebuild()
            conn.close()
            raise classify(exc, name, f"opening the {name} compartment", path=path) from None
        return compartment

    def close(self) -> None:
        # A rebuild beside the work stops first: its connection closed, its file thrown away.
        self._stop_search_rebuild()
        self._key = None
        with contextlib.suppress(sqlcipher.Error):
            # A clean checkpoint leaves a single file behind, not a -wal with fresh pages.
            # (Unqualified, the pragma checkpoints the attached search file too.)
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.close()

    def reader(self) -> Compartment | None:
        """A query-only connection of its own to this file, for another thread's share of a
        long read (the ledger's seals: SQLite runs one statement per connection at a time).
        None when this compartment was not opened with its key here (plaintext benchmark
        copies) or the connection cannot be made: the caller then reads alone. Close it
        with close_reader(); it never checkpoints or writes."""
        if self._key is None:
            return None
        try:
            conn = open_query_only(self.path, self._key, self.name, "opening a second reader")
        except Exception:  # classify's VaultError, or a driver error it left as a bug: read alone
            return None
        return Compartment(self.name, self.path, conn)

    def close_reader(self) -> None:
        """Close a connection made by reader() (no checkpoint: it wrote nothing)."""
        with contextlib.suppress(sqlcipher.Error):
            self._conn.close()

    def _use(self, conn: Any) -> None:
        self._conn = conn
        self._opening = next(_OPENINGS)
        self._note_own_file()  # the file this connection opened (storage/compartment_own_file.py)

    def _reopen_here(self, key: bytes) -> None:
        self._use(_connect(self.name, self.path, key))
        self._attach_search()

    def seen_version(self) -> tuple[int, int]:
        """This connection (by its number: a rekey's swap opens another) and its `PRAGMA
        data_version`, which moves when another connection, of this process or another, committed
        to the file (never for this connection's own commits). An equal pair later: what was read
        here then is what the file holds now, but for this connection's own writes since."""
        return self._opening, int(self.scalar("PRAGMA data_version"))

    @property
    def raw_connection(self) -> Any:
        """For storage-level helpers only (backup API, rekey)."""
        return self._conn

    # --- queries ------------------------------------------------------------------
    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        try:
            return self._conn.execute(sql, params)
        except sqlcipher.Error as exc:
            raise self._sorted(exc, "reading or saving") from None

    def executemany(self, sql: str, rows: Any) -> Any:
        try:
            return self._conn.executemany(sql, rows)
        except sqlcipher.Error as exc:
            raise self._sorted(exc, "saving") from None

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Any]:
        try:
            return list(self._conn.execute(sql, params).fetchall())
        except sqlcipher.Error as exc:
            raise self._sorted(exc, "reading") from None

    def query_one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        try:
            return self._conn.execute(sql, params).fetchone()
        except sqlcipher.Error as exc:
            raise self._sorted(exc, "reading") from None

    def _sorted(self, exc: sqlcipher.Error, what: str) -> Exception:
        """As `classify`, but a damaged search file is a search problem (thrown away and
        rebuilt: compartment_search.py), never "the records compartment is damaged"."""
        if reads_as_damaged(exc) and self._search_damaged():
            return self.search_damaged_error()
        return classify(exc, self.name, what, path=self.path)

    def scalar(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        """The one value of a single-value query (count(*), a PRAGMA); None when no row came.
        The only place a row is read by position: such a value has no column name worth naming."""
        row = self.query_one(sql, params)
        return None if row is None else row[0]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Compartment]:
        """BEGIN IMMEDIATE ... COMMIT; nested uses join the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self.keep_own_file()  # another program's file put at this name: the vault's own back first
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlcipher.Error as exc:
            if not (reads_as_damaged(exc) and self._search_damaged()):
                raise classify(exc, self.name, "saving", path=self.path) from None
            # The search file was what failed (BEGIN locks it too): it is gone now, rebuilt
            # apart, and the write goes on without it; nothing of it is lost.
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlcipher.Error as again:
                raise classify(again, self.name, "saving", path=self.path) from None
        self._depth = 1
        self._changes_at_begin = self._conn.total_changes
        self._uncounted = 0
        try:
            yield self
            if self.before_commit is not None:
                self.before_commit(self)
        except BaseException:
            self._depth = 0
            with contextlib.suppress(sqlcipher.Error):
                self._conn.execute("ROLLBACK")
            self._drop_broken_search()
            raise
        self._depth = 0
        try:
            self._conn.execute("COMMIT")
        except sqlcipher.Error as exc:
            with contextlib.suppress(sqlcipher.Error):
                self._conn.execute("ROLLBACK")
            sorted_exc = self._sorted(exc, "saving")
            self._drop_broken_search()
            raise sorted_exc from None

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    @property
    def wrote_rows(self) -> bool:
        """Whether the open write transaction inserted, updated or deleted a row so far
        (triggers' writes, the attached search file's, count too; an empty transaction, as
        the unlock's, does not)."""
        return self._depth > 0 and self._conn.total_changes - self._uncounted > self._changes_at_begin

    @contextlib.contextmanager
    def uncounted(self) -> Iterator[None]:
        """Inside a write transaction: the rows written in the block are bookkeeping no backup
        needs (an unlock's sweep of finished blob intents), not a change (wrote_rows). Keep it
        to such rows: a change left uncounted is a backup not made."""
        before = self._conn.total_changes
        try:
            yield
        finally:
            self._uncounted += self._conn.total_changes - before

    # --- maintenance --------------------------------------------------------------
    def integrity_problems(self) -> list[str]:
        # cipher_integrity_check reads the main file only, not the WAL: after a crash that
        # left committed pages in the WAL (a rekey not yet checkpointed, say) the file's
        # older pages would fail under the current key. Fold the WAL in first.
        if not self.in_transaction:
            with contextlib.suppress(VaultError):  # only an aid: a busy WAL is checked as it is
                self.checkpoint()
        return integrity_problems(self._conn, self.name)

    def checkpoint(self, what: str = "saving") -> bool:
        """Copy the WAL into the file and truncate it; False when a reader kept it from finishing
        (SQLITE_BUSY sets the pragma's `busy` flag). A full disk or an I/O error fails the pragma
        itself and is sorted by `classify`, as every SQL error is."""
        try:
            row = self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlcipher.Error as exc:
            raise classify(exc, self.name, what, path=self.path) from None
        return row is None or int(row["busy"]) == 0

    def rekey(self, new_key: bytes) -> None:
        """Every page re-encrypted under `new_key`, proven by a fresh connection under it
        before anyone may name it in the header: SQLCipher's rekey can return without an
        error when it did not take (on a full disk the file stays under the old key). Then
        the connection is opened again under the key the file is really under, and the
        failure said (DiskFull when the disk has less free space than the file)."""
        # A rebuild beside the work stops before the key changes: its file, under the key
        # derived from the old one, is thrown away, and it starts again under the new one.
        rebuilding = self._stop_search_rebuild()
        try:
            self._conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        except sqlcipher.Error as exc:
            if rebuilding:
                self._start_search_rebuild()
            raise classify(exc, self.name, "re-encrypting", path=self.path) from None
        if self.key_opens(new_key):
            if self._key is not None:
                self._key = bytes(new_key)
            self._rekey_search(new_key)
            if rebuilding and self._key is not None:
                self._start_search_rebuild()
            return
        if self._key is not None:
            with contextlib.suppress(sqlcipher.Error):
                self._conn.close()
            self._use(_connect(self.name, self.path, self._key))
            self._attach_search()
        raise _rekey_failed(self.name, self.path)

    def _rekey_search(self, new_key: bytes) -> None:
        """The search file follows its compartment's key (search_index.rekey); if it cannot,
        it is thrown away and rebuilt under the new key: derived data, nothing lost."""
        if not self.search:
            return
        try:
            search_index.rekey(self._conn, new_key, self.name)
        except sqlcipher.Error:
            try:
                search_index.rebuild(self._conn, self.name, self.path, new_key, bound=self.search_bound)
            except sqlcipher.Error as exc:  # a full disk, say: the next open rebuilds it
                raise classify(exc, self.name, "re-encrypting the search index", path=self.path) from None

    def swap_in(self, copy: Path, new_key: bytes, before_rename: Callable[[], None] | None = None) -> None:
        """Put `copy` (this file re-encrypted under `new_key`: storage/rekey_copy.py) in this
        file's place and go on with it, this object staying the one the vault holds. The
        connection is closed first (its checkpoint empties the -wal); if the copy cannot be
        put in place, the file is reopened as it was, under its key, and the error raised."""
        from vault_app.storage import rekey_copy  # it reads pages, not connections

        if self._depth:
            raise RuntimeError("a compartment is swapped between transactions only")
        old_key = self._key
        # A rebuild beside the work stops first (the connection closes below); the reopen
        # starts it again under the key the file then has.
        self._stop_search_rebuild()
        if not self.checkpoint("re-encrypting"):
            raise compartment_busy(self.name)
        # The search file is small: rekeyed in place to the key derived from the new one (if
        # the swap then fails, it no longer opens under the old one and is rebuilt).
        with contextlib.suppress(sqlcipher.Error):
            if self.search:
                search_index.rekey(self._conn, new_key, self.name)
        self._conn.close()
        try:
            rekey_copy.put_in_place(copy, self.path, before_rename)
        except BaseException:
            # Before the rename the file is the old one, whole; after it (a failed flush of
            # the folder), the copy: reopened either way, so the vault is never left closed.
            reopen = old_key if copy.exists() else new_key
            if reopen is not None:
                self._use(_connect(self.name, self.path, reopen))
                self._key = bytes(reopen)
                self._attach_search()
            raise
        self._use(_connect(self.name, self.path, new_key))
        self._key = bytes(new_key)
        self._attach_search()

    def key_opens(self, key: bytes) -> bool:
        """Whether a fresh connection under `key` reads this file's schema: the proof that a
        rekey took before the header names the new key (SQLCipher's rekey can return without
        an error when it did not, e.g. on a full disk)."""
        try:
            conn = _connect(self.name, self.path, key)
        except VaultError:
            return False
        conn.close()
        return True

    def user_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

"""SQLite online-backup helpers: consistent, still-encrypted copies of compartments.

The copies are written with the compartment's own key, so a snapshot on disk is
as encrypted as the live file: nothing is ever staged in plaintext.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from vault_app.domain.errors import VaultBusy, VaultCorrupt
from vault_app.storage import backup_readers
from vault_app.storage.compartment import Compartment, integrity_problems, key_pragma
from vault_app.storage.files import PRIVATE_FILE, os_errors
from vault_app.storage.sql_errors import classify, compartment_damaged


def _connect(path: Path, key: bytes, name: str, what: str) -> Any:
    try:
        conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    except sqlcipher.Error as exc:
        raise classify(exc, name, what) from None
    try:
        # As compartment.py: SQLCipher prints a wrong key's decrypt errors ("ERROR CORE
        # sqlcipher_page_cipher: hmac check failed") to stderr; they are reported as errors of
        # ours. Found after a Ctrl-C'd destruction: its resume, in the next command, printed them.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(key))
        conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.Error as exc:
        conn.close()
        raise classify(exc, name, what) from None
    conn.row_factory = sqlcipher.Row
    return conn


def _new_target(dest: Path, key: bytes, name: str) -> Any:
    if dest.exists():
        raise FileExistsError(dest)
    with os_errors("preparing a backup copy"):
        # Created empty with owner-only permissions before SQLite writes a byte.
        os.close(os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    try:
        conn = sqlcipher.connect(str(dest), isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(key))
        conn.execute("PRAGMA cipher_compatibility = 4")
    except sqlcipher.Error as exc:
        raise classify(exc, name, "preparing a backup copy") from None
    return conn


def _copy(source: Any, dest: Path, key: bytes, name: str) -> None:
    target = _new_target(dest, key, name)
    try:
        source.backup(target)
        # A single file (no -wal) is what the backup container stores.
        target.execute("PRAGMA journal_mode = DELETE")
    except sqlcipher.Error as exc:
        raise classify(exc, name, "copying the compartment for the backup") from None
    finally:
        target.close()


@contextlib.contextmanager
def read_snapshot(compartments: Sequence[Compartment]) -> Iterator[None]:
    """Holds a read transaction on every compartment so their copies belong together.

    A deferred BEGIN plus one read pins each WAL snapshot. (BEGIN IMMEDIATE would
    make SQLite's backup refuse: the source connection would count as writing.)
    """
    started: list[Compartment] = []
    try:
        for comp in compartments:
            if comp.in_transaction:
                raise RuntimeError(f"{comp.name} is in the middle of a transaction")
            comp.execute("BEGIN")
            started.append(comp)
            comp.query_one("SELECT count(*) FROM sqlite_master")
        yield
    finally:
        for comp in started:
            with contextlib.suppress(Exception):
                comp.execute("COMMIT")


def snapshot_open(compartment: Compartment, key: bytes, dest: Path) -> None:
    """Copy an open compartment (inside `read_snapshot`) to `dest`, encrypted with `key`."""
    _copy(compartment.raw_connection, dest, key, compartment.name)


def snapshot_closed(name: str, source: Path, key: bytes, dest: Path) -> None:
    """Copy a compartment nobody has open (the locked psychotherapy notes)."""
    if not source.exists() or source.stat().st_size == 0:
        raise compartment_damaged(name)
    conn = _connect(source, key, name, f"reading the {name} compartment for the backup")
    try:
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        _copy(conn, dest, key, name)
        conn.execute("COMMIT")
    except sqlcipher.Error as exc:
        raise classify(exc, name, "reading the compartment for the backup") from None
    finally:
        conn.close()


def schema_version_closed(name: str, path: Path, key: bytes) -> int:
    """PRAGMA user_version of a compartment nobody has open, read without migrating it."""
    if not path.exists() or path.stat().st_size == 0:
        raise compartment_damaged(name)  # and never create it: connecting would
    conn = _connect(path, key, name, f"reading the {name} compartment's version")
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()["user_version"])
    finally:
        conn.close()


def ledger_head_closed(path: Path, key: bytes) -> tuple[int, bytes] | None:
    """The last entry's number and MAC in a closed ledger copy (None when empty)."""
    if not path.exists():
        raise compartment_damaged("ledger")
    conn = _connect(path, key, "ledger", "reading the ledger copy")
    try:
        row = conn.execute("SELECT seq, mac FROM ledger ORDER BY seq DESC LIMIT 1").fetchone()
    except sqlcipher.Error as exc:
        raise classify(exc, "ledger", "reading the ledger copy") from None
    finally:
        conn.close()
    return (int(row["seq"]), bytes(row["mac"])) if row else None


def check_copy(name: str, path: Path, key: bytes) -> list[str]:
    """Open a copy with its key and check every page (HMAC) and SQLite's structure."""
    try:
        conn = _connect(path, key, name, f"checking the {name} copy")
    except VaultCorrupt as err:
        return [err.message]
    try:
        return integrity_problems(conn, name, fresh=True)
    finally:
        conn.close()


def check_structure(name: str, path: Path, key: bytes) -> list[str]:
    """SQLite's integrity check of a copy whose pages were authenticated otherwise (a
    purged snapshot: check_purged verified every page the purge wrote, the others are the
    old snapshot's chunk bytes under AES-GCM): no second HMAC pass over the free pages.
    The check reads every b-tree and overflow page through SQLCipher's HMAC check all
    the same; it proves the structure (every b-tree well formed, every page used once,
    the freelist's count, each index against its table), not that a free page verifies."""
    try:
        conn = _connect(path, key, name, f"checking the {name} copy")
    except VaultCorrupt as err:
        return [err.message]
    try:
        result = [str(r["integrity_check"]) for r in conn.execute("PRAGMA integrity_check")]
    except sqlcipher.Error as exc:
        return [str(classify(exc, name, "checking"))]
    finally:
        conn.close()
    return [] if result == ["ok"] else result


@contextlib.contextmanager
def copies_checked_beside(copies: Sequence[tuple[str, Path, bytes]], *,
                          pages_authenticated: bool = False) -> Iterator[Callable[[], dict[str, list[str]]]]:
    """`check_copy` of each (name, path, key), started at once on threads of their own,
    while the caller does other work (a restore: the ledger chain). The checks are
    SQLCipher's and SQLite's C code, which releases the GIL, so on two cores they
    overlap with each other and with Python work instead of running one after another.
    Yields a function that waits for and returns {name: problems} in the given order.
    `pages_authenticated`: check_structure instead (see there)."""
    check = check_structure if pages_authenticated else check_copy
    pool = ThreadPoolExecutor(max(1, len(copies)), thread_name_prefix="vault-page-check")
    try:
        futures = [(name, pool.submit(check, name, path, key)) for name, path, key in copies]
        yield lambda: {name: future.result() for name, future in futures}
    finally:
        pool.shutdown(wait=True)


def first_damaged(copies: Sequence[tuple[str, Path, bytes]], *, pages_authenticated: bool = False) -> str | None:
    """`copies_checked_beside` with nothing to do meanwhile: the name of the first copy (in
    the given order) with a problem, or None when all are intact."""
    with copies_checked_beside(copies, pages_authenticated=pages_authenticated) as results:
        return next((name for name, problems in results().items() if problems), None)


def leftover_journal(path: Path) -> bool:
    """True if a -wal with content sits next to a closed database (a copy would miss it)."""
    wal = Path(str(path) + "-wal")
    return wal.exists() and wal.stat().st_size > 0


class HeldSnapshot:
    """Read transactions on compartment files through connections of their own, begun
    while the caller holds the folder's writer lock and writes nothing: together they
    are one consistent state of the vault, which SQLite keeps readable (WAL) however
    much the next session writes, until `copy_into` has copied it or `release` ends it.

    The automatic backup on lock takes one in milliseconds, closes the vault, and copies
    from it on another thread (services/backup_beside.py): the copy no longer delays
    the lock or the next unlock."""

    def __init__(self) -> None:
        self._held: list[tuple[str, Any, bytes]] = []
        self._reading: list[Path] = []  # told to storage/backup_readers.py: a lock waits for none of them
        self._locked: list[tuple[str, Any, os.stat_result]] = []

    def hold_locked(self, name: str, path: Path) -> None:
        """A compartment nobody has open and whose key is not at hand (the locked
        psychotherapy notes): no read transaction can pin it, so its file is opened now
        (no copy: the lock no longer spends time in proportion to the file) and the copy
        is made by `copy_into`, which proves that nothing wrote the file in between."""
        if not path.exists() or path.stat().st_size == 0:
            raise compartment_damaged(name)
        if leftover_journal(path):  # a plain copy would miss it (see copy_locked_compartment)
            raise backup_readers.journal_left(path)
        with os_errors(f"reading the {name} compartment for the backup"):
            fh = path.open("rb")
        self._locked.append((name, fh, os.fstat(fh.fileno())))

    def hold(self, name: str, path: Path, key: bytes) -> None:
        conn = _connect(path, key, name, f"reading the {name} compartment for the backup")
        try:
            conn.execute("PRAGMA query_only = 1")
            # A deferred BEGIN plus one read pins the WAL snapshot (see read_snapshot).
            conn.execute("BEGIN")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.Error as exc:
            conn.close()
            raise classify(exc, name, "reading the compartment for the backup") from None
        self._held.append((name, conn, key))
        backup_readers.began(path)
        self._reading.append(path)

    @property
    def names(self) -> list[str]:
        return [name for name, _, _ in self._held]

    def copy_into(self, folder: Path, files: dict[str, str]) -> None:
        """Copy every held compartment into `folder` (as `files[name]`), then release.
        The files held by `hold_locked` first: from the lock to the end of their copy,
        nothing may write them, and the sooner it ends the smaller that window."""
        try:
            self.copy_locked_into(folder, files)
            for name, conn, key in self._held:
                _copy(conn, folder / files[name], key, name)
        finally:
            self.release()

    def copy_locked_into(self, folder: Path, files: dict[str, str]) -> None:
        """Copy the files held by `hold_locked` into `folder` (as `files[name]`) and close
        them; the read transactions stay (a snapshot reads those files in place)."""
        locked, self._locked = self._locked, []
        try:
            for name, fh, before in locked:
                _copy_unchanged(name, fh, before, folder / files[name])
        finally:
            for _, fh, _ in locked:
                with contextlib.suppress(OSError):
                    fh.close()

    def release(self) -> None:
        locked, self._locked = self._locked, []
        for _, fh, _ in locked:
            with contextlib.suppress(OSError):
                fh.close()
        held, self._held = self._held, []
        reading, self._reading = self._reading, []
        try:
            for _, conn, _ in held:
                with contextlib.suppress(Exception):
                    conn.execute("COMMIT")
                with contextlib.suppress(Exception):
                    conn.close()  # the last connection on its file folds the journal in as it closes
        finally:
            backup_readers.ended(reading)


def close_without_waiting(compartments: Sequence[Compartment]) -> None:
    """For a vault about to lock while a HeldSnapshot reads its files: its closing
    checkpoint (TRUNCATE) would wait for those readers (the connection's 5 s busy
    timeout, per compartment). Without the wait it returns at once and leaves the WAL
    for the next checkpoint; nothing is lost (the WAL is part of the database)."""
    for comp in compartments:
        with contextlib.suppress(sqlcipher.Error):
            comp.raw_connection.execute("PRAGMA busy_timeout = 0")


COPY_BLOCK = 1 << 20


def copy_locked_compartment(name: str, source: Path, dest: Path) -> None:
    """Copy a compartment nobody has open, byte for byte (its key is not at hand: the
    locked psychotherapy notes). A journal left beside it by a crash would be missed by a
    plain copy, so that case asks for the compartment to be opened once first."""
    if not source.exists() or source.stat().st_size == 0:
        raise compartment_damaged(name)
    if leftover_journal(source):
        raise backup_readers.journal_left(source)
    with os_errors(f"copying the {name} compartment for the backup"):
        fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), PRIVATE_FILE)
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            _copy_in_kernel(src, out)
            out.flush()
            os.fsync(out.fileno())


def _file_state(st: os.stat_result) -> tuple[int, int, int, int, int]:
    # Any write changes the size or the modification time, and any change to the inode
    # (a write, a chmod, a time set back with utime) the change time, which no one can set.
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns


def _copy_unchanged(name: str, src: Any, before: os.stat_result, dest: Path) -> None:
    """Copy the file held open as `src` (see HeldSnapshot.hold_locked) to `dest`, and
    refuse the copy unless the file is exactly as it was when it was opened: then the copy
    is its bytes at that moment. (A file replaced by another meanwhile, e.g. by a restore,
    is not read: `src` is the file that was there.) No fsync: `dest` is a work copy that is
    packed into the archive (which is synced) and scrubbed, and swept after a crash."""
    with os_errors(f"copying the {name} compartment for the backup"):
        fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), PRIVATE_FILE)
        with os.fdopen(fd, "wb") as out:
            if _file_state(os.fstat(src.fileno())) == _file_state(before):
                src.seek(0)
                _copy_in_kernel(src, out)
                out.flush()
        after = os.fstat(src.fileno())
    if _file_state(after) != _file_state(before):
        raise VaultBusy(
            f"The {name} compartment was changed while the automatic backup was copying it.",
            hint="Nothing was lost; the next lock makes the backup.", code="backup.changed_while_copying",
            params={"compartment": name},
        )


def _copy_in_kernel(src: Any, out: Any) -> None:
    """copy_file_range where there is one (Linux): no trip through Python's buffers, and a
    reflink on file systems that have them. The backup on lock makes this copy before the
    vault closes, so its speed is part of the lock's."""
    copy_range = getattr(os, "copy_file_range", None)
    if copy_range is not None:
        size = os.fstat(src.fileno()).st_size
        done = 0
        try:
            while done < size:
                n = copy_range(src.fileno(), out.fileno(), size - done)
                if n == 0:
                    break
                done += n
        except OSError:
            pass  # e.g. across file systems on older kernels: the plain copy below goes on
        if done == size:
            return
        src.seek(done)
        out.seek(done)
    shutil.copyfileobj(src, out, COPY_BLOCK)


def blob_refs_closed(path: Path, key: bytes) -> list[tuple[str, str, bytes | None]]:
    """(blob id, client id, chart key or None) of every attachment of a closed records.db
    copy kept in the blob store, read without migrating it (a copy from before the blob
    store has none). The key is the one of the generation the row records; a copy from
    before the key generations (0097) has one key per chart, the one every blob is under."""
    conn = _connect(path, key, "records", "reading the attachments of a copy")
    try:
        tables = {str(r["name"]) for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('chart_keys', 'chart_key_generations')")}
        if "chart_keys" not in tables:
            return []
        if "chart_key_generations" in tables:
            rows = conn.execute(
                "SELECT a.blob_id, a.client_id, COALESCE(k.chart_key, g.chart_key) AS chart_key FROM attachments a "
                "LEFT JOIN chart_keys k ON k.client_id = a.client_id AND k.generation = a.key_generation "
                "LEFT JOIN chart_key_generations g ON g.client_id = a.client_id AND g.generation = a.key_generation "
                "WHERE a.blob_id IS NOT NULL ORDER BY a.blob_id"
            ).fetchall()
        else:
            rows = conn.execute(
                "SELECT a.blob_id, a.client_id, k.chart_key FROM attachments a "
                "LEFT JOIN chart_keys k ON k.client_id = a.client_id WHERE a.blob_id IS NOT NULL ORDER BY a.blob_id"
            ).fetchall()
    except sqlcipher.Error as exc:
        raise classify(exc, "records", "reading the attachments of a copy") from None
    finally:
        conn.close()
    return [(str(r["blob_id"]), str(r["client_id"]), bytes(r["chart_key"]) if r["chart_key"] is not None else None)
            for r in rows]

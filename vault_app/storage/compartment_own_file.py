"""The vault's own compartment file, kept while another program replaces it under the open vault.

Found walking the real app: with the window unlocked, a sync tool (or Time Machine's restore of
one file, or rsync) wrote an older records.db beside the vault's and renamed it over. SQLite
went on writing the file it had open, which the rename had unlinked: every save of the session
went there and was gone at the close; the next unlock refused records.db as older than the
ledger; and the dated backup made at Quit, which reads the files by their names, had packed the
put-back records.db beside the live ledger, checked and restorable, without the session's work.

The vault holds the folder's writer lock while it is open, so nobody else may write there: a
file at the compartment's name that is not the one the connection opened (device and inode,
taken at each connect) was put there by someone else. Before the next write, and before a
backup reads the files, the vault's own file is put back: a copy of what the connection holds
(SQLite's backup API, under the same key), the file found in its place renamed aside beside it
(never removed: it may be the only copy of something), the copy renamed in, the connection
opened on it. Then the write is refused with words that say all of this (EnvironmentProblem,
CODE; gui/refusal_words_unlock.py says them in Spanish), and done again it goes through. A file
the vault itself replaced (Replace every key's swap, a destruction's) is opened again by the
vault, which takes its identity anew.

Not when vault.header was replaced too (found by a walker: release 0.1.0, which knows no
vault.lock, restored a backup over the open vault; the files put back one by one beside its
older header made a vault neither version opened): another program put a whole vault there,
and the write is refused as for a folder replaced, nothing put back (before_put_back).

What this cannot see: bytes written into the same file (a copy over it in place, not a rename):
SQLite reads those pages as they come, and the ledger's binding refuses what does not fit at
the next unlock.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from vault_app.domain.errors import EnvironmentProblem
from vault_app.storage import folder_lock
from vault_app.storage.compartment_connect import connect_keyed
from vault_app.storage.files import PRIVATE_FILE, FileId, classify_os_error, file_id, fsync_dir
from vault_app.storage.new_file import free_name
from vault_app.storage.sql_errors import classify

CODE = "compartment.replaced_while_open"
# Between a compartment's file name and the moment it was found: records.db.replaced-20261206T184500Z.
KEPT_MARK = ".replaced-"


def kept_copies(folder: Path, filename: str) -> list[Path]:
    """The `<filename>.replaced-*` files kept in `folder`, newest first (by the moment in their
    names): regular files only, never a link, nor the -wal/-shm/-journal beside one. OSError as
    the listing meets it (the callers pass over a folder they cannot read)."""
    return sorted((p for p in folder.glob(f"{filename}{KEPT_MARK}*")
                   if not p.name.endswith(("-wal", "-shm", "-journal")) and p.is_file() and not p.is_symlink()),
                  key=lambda p: p.name, reverse=True)


class CompartmentOwnFile:
    """Taken in by storage/compartment.py's Compartment, which sets these and reopens itself."""

    name: str
    path: Path
    _conn: Any
    _key: bytes | None
    _depth: int
    # Set by the vault on its own compartments while it holds the folder's writer lock: only
    # then is a file put at their names someone else's doing (a copy being checked is not watched).
    keeps_own_file = False
    _own_file: FileId | None = None
    _own_folder: FileId | None = None
    # Set by the vault: refuses before a write when the folder's writer lock is no longer held at
    # its name (storage/folder_lock.py, FolderLock.check_still_held), the first thing checked.
    before_write: Callable[[], None] | None = None
    # Set by the vault: refuses before this file is put back when vault.header is not the one the
    # vault holds either: another program put a whole vault in place (an older version's restore).
    before_put_back: Callable[[], None] | None = None

    def _reopen_here(self, key: bytes) -> None:
        raise NotImplementedError

    def _stop_search_rebuild(self) -> bool:
        raise NotImplementedError

    def _note_own_file(self, path: Path | None = None) -> None:
        self._own_file = file_id(path if path is not None else self.path)
        self._own_folder = file_id(self.path.parent)

    def own_file_replaced(self) -> bool:
        """Whether the file at this compartment's name is not the one its connection opened."""
        return self._own_file is not None and file_id(self.path) != self._own_file

    def keep_own_file(self) -> None:
        """Between transactions: if another program replaced the file, the vault's own is put back
        and the caller's work refused (module docstring); else nothing."""
        if self.before_write is not None and not self._depth:
            self.before_write()
        key = self._key
        if not self.keeps_own_file or self._depth or key is None or not self.own_file_replaced():
            return
        if file_id(self.path.parent) != self._own_folder:
            # The whole folder replaced (moved aside, or deleted, and another put in its place): the
            # vault's own files are wherever it went, or nowhere; nothing is put into a folder that
            # is not the one unlocked.
            raise folder_lock.folder_replaced(self.path.parent)
        if self.before_put_back is not None:
            self.before_put_back()
        name, kept = self.path.name, self._own_file_back(key).name
        raise EnvironmentProblem(
            f"{name} in the vault folder was replaced by another program while the vault was open (a sync tool, or "
            f"one file restored from an older copy). The vault's own {name} was put back, with everything saved "
            f"this session; the file found in its place is kept beside it as {kept}.",
            hint="Nothing was saved this time: do it again. Keep sync and backup programs away from the vault "
                 "folder while the app is open.",
            code="compartment.replaced_while_open", params={"file": name, "kept_as": kept})

    def _own_file_back(self, key: bytes) -> Path:
        folder = self.path.parent
        copy = free_name(folder / f"{self.path.name}.own-{os.getpid()}")
        self._stop_search_rebuild()  # its job reads this connection's file; the reopen starts it again
        try:
            _copy_out(self._conn, copy, key)
        except sqlcipher.Error as exc:
            _remove(copy)
            raise classify(exc, self.name, f"putting the vault's own {self.path.name} back") from None
        except BaseException:
            _remove(copy)
            raise
        # The old connection's close removes "<name>-wal" and "-shm" by name: they are its own.
        with contextlib.suppress(sqlcipher.Error):
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with contextlib.suppress(sqlcipher.Error):
            self._conn.close()
        kept = free_name(folder / f"{self.path.name}{KEPT_MARK}{datetime.now(UTC):%Y%m%dT%H%M%SZ}")
        try:
            if os.path.lexists(self.path):
                os.rename(self.path, kept)
            os.replace(copy, self.path)
            fsync_dir(folder)
        except OSError as exc:
            # Open on the copy (the vault's data, whole), watched at the name: the next write tries again.
            if copy.exists():
                self._reopen_here_on(copy, key)
            else:
                self._reopen_here(key)
            raise classify_os_error(exc, f"putting the vault's own {self.path.name} back") from None
        self._reopen_here(key)
        return kept

    def _reopen_here_on(self, copy: Path, key: bytes) -> None:
        path = self.path
        self.path = copy
        try:
            self._reopen_here(key)
        finally:
            self.path = path


def _copy_out(conn: Any, dest: Path, key: bytes) -> None:
    """What `conn` holds, in a new file at `dest` under `key`, owner-only, whole on disk."""
    os.close(os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    target = connect_keyed(dest, key)
    try:
        conn.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
    fd = os.open(dest, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{path}{suffix}")


__all__ = ["CODE", "KEPT_MARK", "CompartmentOwnFile", "kept_copies"]

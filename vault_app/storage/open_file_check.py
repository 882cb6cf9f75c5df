"""Whether the file a compartment's connection has open was written by another program in place.

A rename over the file (a sync tool's) gives the name another inode: storage/compartment_own_file.py
meets that. A copy INTO the file (`cp -p older.db psychotherapy.db`, a restore of one file that
writes in place) keeps the inode and changes its bytes under SQLite, which reads them as they come:
found in round 46, every later save was accepted and written as pages over the older file, and the
next unlock called the file damaged; the session's notes were gone.

The vault holds the folder's writer lock while it is open and, in WAL mode, writes a compartment's
main file only when it checkpoints (its own commits, SQLite's automatic checkpoint in a commit, a
lock). So its size and modification time are noted
after each of those, and a difference found before the next write or backup is another program's
doing. Only os.stat: nothing read, nothing written.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from vault_app.domain.errors import EnvironmentProblem
from vault_app.storage.compartment_connect import connect_read_only
from vault_app.storage.new_file import free_name

CODE = "compartment.overwritten_while_open"


@dataclass(frozen=True)
class FileMark:
    """What os.stat says of the file the vault last wrote itself."""

    device: int
    inode: int
    size: int
    modified_ns: int


def mark(path: Path) -> FileMark | None:
    """The file's mark now, or None when it cannot be read (gone: the rename check speaks of that)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return FileMark(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


@dataclass(frozen=True)
class JournalMark:
    """What the vault last left in a compartment's -wal: its size, modification time and header (the
    salts SQLite draws anew at each restart of the journal). Not its change time: every connection
    that opens the -wal (a reader of this process, as root) sets its owner and mode again."""

    device: int
    inode: int
    size: int
    modified_ns: int
    header: bytes


def journal_mark(path: Path) -> JournalMark | None:
    """The -wal's mark now, or None when there is none (folded in and removed) or it cannot be read."""
    try:
        with open(path, "rb") as journal:
            st = os.fstat(journal.fileno())
            header = journal.read(32)
    except OSError:
        return None
    return JournalMark(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, header)


def journal_written_by_another(path: Path, noted: JournalMark | None) -> bool:
    """As written_by_another, for a compartment's -wal (journal_mark)."""
    now = journal_mark(path)
    if noted is None or now is None or (now.device, now.inode) != (noted.device, noted.inode):
        return False
    return now != noted


def written_by_another(path: Path, noted: FileMark | None) -> bool:
    """Whether the same file (device and inode as noted) now has other bytes or times than the vault
    left it with: written in place by another program. False when nothing was noted or the name now
    holds another file (a rename: not this check's)."""
    now = mark(path)
    if noted is None or now is None or (now.device, now.inode) != (noted.device, noted.inode):
        return False
    # Bytes written change the size or the modification time (a copy sets it to now, `cp -p` back to
    # the older copy's, never to the vault's own last write). The change time alone is not asked: a
    # sync tool or an indexer setting an attribute or a mode moves it without a byte written, and
    # every save refused for that would stop a day's work for nothing.
    return (now.size, now.modified_ns) != (noted.size, noted.modified_ns)


def overwritten(filename: str) -> EnvironmentProblem:
    """The refusal of a write or a backup after `filename` was overwritten in place."""
    return EnvironmentProblem(
        f"Another program copied a file over {filename} in the vault folder while the vault was open (an older "
        f"copy put back by a sync tool, a restore of one file, or a copy command). To keep that file as it was "
        f"put there, nothing more is saved into it and no backup is made of it.",
        hint="What you were typing is still on screen: copy it somewhere safe (a paper note will do), then close "
             "the app. When you open it again it says which file is older and what to put back. Keep sync and "
             "backup programs away from the vault folder while the app is open.",
        code="compartment.overwritten_while_open", params={"file": filename})


def close_leaving_it(conn: Any, path: Path, key: bytes | None) -> None:
    """Close the vault's connection `conn` to `path`, found overwritten in place, folding none of its
    -wal into the file another program put there: SQLite's last connection would copy this session's
    pages over that file as it closes, making of two files one that is neither (found: "damaged" at the
    next unlock). A read-only connection is held while `conn` closes (so `conn` is not the last, and
    leaves the -wal), then closed (read-only, it never folds it either); the -wal, this session's saved
    pages, is kept beside as `<file>-wal.overwritten-<moment>` (never removed), so the next opening sees
    the file as it was put there and says what it is."""
    holder = None
    if key is not None:
        with contextlib.suppress(sqlcipher.Error):
            holder = connect_read_only(path, key)
            holder.execute("SELECT count(*) FROM sqlite_master").fetchone()  # its read lock, held
    with contextlib.suppress(sqlcipher.Error):
        conn.close()
    if holder is not None:
        with contextlib.suppress(sqlcipher.Error):
            holder.close()
    wal = Path(f"{path}-wal")
    with contextlib.suppress(OSError):
        if wal.exists() and wal.stat().st_size:
            os.rename(wal, free_name(wal.with_name(f"{wal.name}.overwritten-{datetime.now(UTC):%Y%m%dT%H%M%SZ}")))
    for leftover in (wal, Path(f"{path}-shm")):
        with contextlib.suppress(OSError):
            leftover.unlink()


__all__ = ["CODE", "FileMark", "JournalMark", "close_leaving_it", "journal_mark", "journal_written_by_another", "mark",
           "overwritten", "written_by_another"]

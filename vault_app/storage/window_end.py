"""How the app's last run with this vault folder ended, kept in `vault.window-end` beside the
vault: written "open" with the process id when the window unlocks the vault, then overwritten in
place with "quit" (or "lost": the therapist chose Quit anyway over words the disk refused) when
that run ends through Quit. Read at the next unlock, before it is written again.

Why a file of its own, written in place: a Quit on a full disk can write nothing into the vault
(its hold of the open note was refused), so the next start could not tell that Quit from a crash
(found in the real app). Overwriting bytes already on the disk needs no new room on ext4, tmpfs,
NTFS; where it fails (a copy-on-write file system that is full) the file is removed instead
(removing needs no room), and the next start says what is true of both. It holds no record, no
name, no path: a word and a process id. Another program that edits it can only change which of
those words the next start says."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from vault_app.storage.files import PRIVATE_FILE, process_alive
from vault_app.storage.layout import WINDOW_END_NAME

NAME = WINDOW_END_NAME
OPEN, QUIT, LOST = "open", "quit", "lost"
_WIDTH = 4  # every word above: written over one another in place
_SIZE = 32  # the word, a space, the process id, a new line: never more


def begin(folder: Path) -> str | None:
    """How the last run ended (OPEN: it did not quit and its process is gone; QUIT; LOST), or
    None when that is not known (no file, another's, a process still running); then this run is
    written as OPEN. Never raises: the record only chooses words."""
    before = read(folder)
    with contextlib.suppress(OSError):
        _write_new(folder / NAME, f"{OPEN} {os.getpid()}\n".encode())
    return before


def read(folder: Path) -> str | None:
    try:
        with (folder / NAME).open("rb") as fh:
            text = fh.read(_SIZE).decode("ascii")
    except (OSError, UnicodeDecodeError):
        return None
    word, _, pid = text.strip().partition(" ")
    if word in (QUIT, LOST):
        return word
    if word == OPEN and pid.isdigit() and int(pid) != os.getpid() and not process_alive(int(pid)):
        return OPEN
    return None  # running still (another window of the app), or not a record this app wrote


def end(folder: Path, word: str) -> bool:
    """This run's record in `folder` overwritten in place with `word` (QUIT or LOST), if it is
    this process's; removed when that write fails. True when the word is written."""
    path = folder / NAME
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return False
    try:
        mine = os.read(fd, _SIZE).decode("ascii", "replace").strip() == f"{OPEN} {os.getpid()}"
        if not mine:
            return False
        os.lseek(fd, 0, os.SEEK_SET)
        if os.write(fd, word.encode()[:_WIDTH]) == _WIDTH:
            os.fsync(fd)
            return True
    except OSError:
        pass
    finally:
        os.close(fd)
    with contextlib.suppress(OSError):
        path.unlink()  # unknown rather than "it did not quit"
    return False


def _write_new(path: Path, data: bytes) -> None:
    """The record of this run, a new file in place of the last one (no room for it: none, so the
    next start does not read the last run's word as this one's)."""
    with contextlib.suppress(OSError):
        path.unlink()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
                 | getattr(os, "O_BINARY", 0), PRIVATE_FILE)
    try:
        if os.write(fd, data) != len(data):
            raise OSError("short write")
        os.fsync(fd)
    except OSError:
        os.close(fd)
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    os.close(fd)


__all__ = ["LOST", "NAME", "OPEN", "QUIT", "begin", "end", "read"]

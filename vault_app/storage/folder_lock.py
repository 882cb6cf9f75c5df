"""One writer at a time: an inter-process lock on the vault folder.

Whatever has the vault unlocked (the app's window, a CLI command, a backup or a
restore) holds `vault.lock` for as long as it may write. The lock is an OS file
lock (flock / LockFileEx through the `filelock` library), so the kernel drops it
when the holder dies: a crash never leaves a stale lock behind. Beside the lock,
`vault.lock.owner` says who holds it (process id, kind of program: the app's window
or a command, since when), only so a refused second process can tell the user what
holds the vault: another window of the app to use, or a command to let finish. It carries no
names, arguments or paths of records.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import filelock

from vault_app.domain.errors import EnvironmentProblem, VaultBusy
from vault_app.storage.files import (
    PRIVATE_FILE,
    FileId,
    atomic_write,
    create_private_if_missing,
    ensure_private_dir,
    file_id,
    os_errors,
)
from vault_app.storage.path_spelling import as_stored

# Two commands started together (or a command right after the window locks) queue up for
# this long instead of failing; a vault left open in a window is refused after it.
WAIT_SECONDS = 2.0
LOCK_NAME = "vault.lock"
OWNER_NAME = "vault.lock.owner"


WINDOW, COMMAND = "window", "command"
# What the owner note says of each kind (its "who"; `info` prints it), and how an app before
# the note's "kind" said it: a refused second process reads either.
_WHO = {WINDOW: "the vault-app window", COMMAND: "a vault-app command"}
# The refusal, by what holds the vault. A therapist who opened the app twice ran no command:
# the words say which it is. The holder's kind unknown (no note, an unreadable one) keeps
# both. Codes with words on every screen (gui/refusal_words_unlock.py).
_BUSY_CODE = {WINDOW: "vault.busy.window", COMMAND: "vault.busy.command"}
_BUSY_SAYS = {
    WINDOW: "The vault is open in another window of the app ({details}).",
    COMMAND: "The vault is in use by a vault-app command ({details}), run from a terminal or a scheduled task.",
}
_BUSY_HINT = {
    WINDOW: "Use that window instead (it may be behind other windows or minimised); the vault opens in one "
            "window at a time.",
    COMMAND: "Let that command finish (or stop it in its terminal), then try again.",
}
# A command refused by the window: "use that window instead" (the words for a second window)
# left a terminal user, or a scheduled `backup auto`, nothing to do. A locked window holds
# nothing, so that is what to do there.
_WINDOW_HINT_TO_A_COMMAND = ("Lock the vault in that window (Lock now, Ctrl+L) or quit the app, then run the "
                             "command again: a locked window does not hold the vault.")


def _what_am_i() -> str:
    # The window imports Qt widgets; a CLI command never does.
    return WINDOW if "PySide6.QtWidgets" in sys.modules else COMMAND


def what_am_i() -> str:
    """WINDOW in the app's window, COMMAND in a command line (what a journal entry of this
    process's work says it is: services/staging_journal.py)."""
    return _what_am_i()


@dataclass(frozen=True)
class Holder:
    """What the owner note says of the process holding the lock."""

    kind: str  # WINDOW, COMMAND, or "" when the note does not say
    who: str
    pid: int
    since: str

    def text(self) -> str:
        return f"{self.who} (process {self.pid}, since {_local_time(self.since)})"


# Found walking the real app: `vault.lock` deleted by hand as a "stale lock" while the window had
# the vault open; a command made a new one, locked it and wrote; the window's lock was on a file
# nobody could see any more. Refused before any write (Vault checks at each transaction and header
# write); the words say what happened and what to do (gui/refusal_words_unlock.py in Spanish).
_TAKEN_SAYS = ("Another program has this vault open now ({details}): the vault's lock file (vault.lock) was "
               "removed or the vault folder replaced while this window had it open. Nothing was saved this time.")
_TAKEN_HINT = ("Close that program (or let the command finish), then lock the vault here (Lock now, Ctrl+L) and "
               "unlock it again before you do it again. Never delete vault.lock: it is never stale.")
_REPLACED_SAYS = ("Another program opened this vault while this window had it open: the vault's lock file "
                  "(vault.lock) was removed or the vault folder replaced, and it made a new one. Nothing was saved "
                  "this time.")
_REPLACED_HINT = ("Lock the vault here (Lock now, Ctrl+L) and unlock it again, then do it again: the unlock reads "
                  "what the other program changed. Never delete vault.lock: it is never stale.")


def folder_replaced(folder: Path) -> EnvironmentProblem:
    """The refusal of a write into a vault folder that is not the one unlocked (moved aside or
    deleted, another put in its place): the vault's own files are wherever it went."""
    return EnvironmentProblem(
        f"The vault folder {folder} was replaced by another program while the vault was open "
        "(a sync tool, or the whole folder restored from a copy); nothing was written there.",
        hint="Quit the app, then check the folder and your backups before you unlock again.",
        code="compartment.folder_replaced_while_open", params={"folder": str(folder)})


@dataclass
class FolderLock:
    """A held lock; `release()` is idempotent."""

    folder: Path
    _lock: filelock.BaseFileLock
    # The lock file and the folder as they were when the lock was taken (device, inode).
    _file: FileId | None = None
    _folder_id: FileId | None = None
    # Writes come from the UI thread and from workers: one check (and one retake) at a time.
    _guard: threading.Lock = field(default_factory=threading.Lock, repr=False)
    # Held by this process's own work beside the window (`acquire(..., background=True)`): the
    # folder's key, let go at release so that an open of this process waiting for it goes on.
    _background: str | None = None
    # The folder as the disk spells it (storage/path_spelling.py): where the lock file is taken,
    # whatever case of letters `folder` was given in.
    _at: Path | None = None

    def __post_init__(self) -> None:
        self._note_identity()

    @property
    def _where(self) -> Path:
        return self._at or self.folder

    def _note_identity(self) -> None:
        self._file = file_id(self._where / LOCK_NAME)
        self._folder_id = file_id(self._where)

    @property
    def held(self) -> bool:
        return bool(self._lock.is_locked)

    def _still_at_its_name(self) -> bool:
        return self._file is not None and file_id(self._where / LOCK_NAME) == self._file and (
            file_id(self._where) == self._folder_id)

    def check_still_held(self) -> None:
        """Before a write: the lock file at its name is still the one this lock holds, else the
        write is refused (VaultBusy), naming what happened. Gone from the same folder with nobody
        holding a new one (deleted by hand): taken again, and the write goes on: no other process
        can have opened the vault since, as every open makes the file and leaves it there."""
        with self._guard:
            self._check_still_held()

    def _check_still_held(self) -> None:
        if not self.held or self._file is None or self._still_at_its_name():
            return
        path = self._where / LOCK_NAME
        if file_id(path) is None and file_id(self._where) == self._folder_id:
            self._take_again()
            return
        if holder(self._where) is None and file_id(self._where) != self._folder_id:
            raise folder_replaced(self.folder)
        if holder(self._where) is not None:
            params = holder_params(_read_holder(self._where))
            raise VaultBusy(_TAKEN_SAYS.format(**params), hint=_TAKEN_HINT, code="vault.lock_taken_meanwhile",
                            params=params)
        raise VaultBusy(_REPLACED_SAYS, hint=_REPLACED_HINT, code="vault.lock_replaced_meanwhile")

    def _take_again(self) -> None:
        lock = filelock.FileLock(str(self._where / LOCK_NAME), timeout=0, mode=PRIVATE_FILE, thread_local=False,
                                 preserve_lock_file=True)
        try:
            _lock_file_made(self._where)
            lock.acquire()
        except filelock.Timeout:  # a command made and took it just now
            self._check_still_held()
            return
        except OSError as exc:
            with os_errors("locking the vault folder"):
                raise exc from None
        old, self._lock = self._lock, lock
        old.release(force=True)
        self._note_identity()
        with contextlib.suppress(EnvironmentProblem):  # only says who holds the vault; the lock is what counts
            _write_owner_note(self._where)

    def release(self) -> None:
        if self._lock.is_locked:
            # The owner note is removed first: a later reader never blames a gone process. Not
            # when the lock file at its name is another's (vault.lock deleted or the folder replaced
            # meanwhile): the note there says who holds that one.
            # Whatever is in its place (a folder), the lock itself is let go all the same.
            if self._file is None or self._still_at_its_name():
                with contextlib.suppress(OSError):
                    (self._where / OWNER_NAME).unlink(missing_ok=True)
            self._lock.release(force=True)
        background, self._background = self._background, None
        if background is not None:
            _own_hold(background, False)


def _read_holder(folder: Path) -> Holder | None:
    """The owner note, or None when it is missing or not one the app wrote."""
    try:
        data = json.loads((folder / OWNER_NAME).read_text(encoding="utf-8"))
        who = str(data["who"])[:60]
        pid = int(data["pid"])
        since = str(data["since"])[:32]
        kind = data.get("kind")
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    # Only what we wrote ourselves is echoed, and only printable characters of it.
    who = "".join(c for c in who if c.isprintable())
    if not isinstance(kind, str) or kind not in _WHO:  # an older app's note, or not one of ours
        kind = next((k for k, said in _WHO.items() if said == who), "")
    return Holder(kind, who, pid, since)


_UNKNOWN_HOLDER = "another vault-app window or command"


def _holder_text(folder: Path) -> str:
    held_by = _read_holder(folder)
    return held_by.text() if held_by is not None else _UNKNOWN_HOLDER


def holder_params(held_by: Holder | None) -> dict[str, str]:
    """A refusal's params naming the holder: `details` in the core's English, and what a screen
    says in its own language (gui/lock_holder_words.py): its kind ("unknown" when the note does
    not say), process id and since when (the note's UTC moment, as stored)."""
    if held_by is None:
        return {"details": _UNKNOWN_HOLDER, "holder": "unknown"}
    return {"details": held_by.text(), "holder": held_by.kind or "unknown", "pid": str(held_by.pid),
            "since": held_by.since}


def busy_error(folder: Path) -> VaultBusy:
    """The refusal of a second process, saying what holds the vault: the app's window, a
    command, or (the owner note unread) either; what to do, as the refused one can do it."""
    held_by = _read_holder(folder)
    if held_by is None or not held_by.kind:
        who = held_by.text() if held_by is not None else _UNKNOWN_HOLDER
        return VaultBusy(
            f"The vault is open in another window: {who} is using it.",
            hint="Close the vault there (or let that command finish) and try again.", code="vault.busy",
        )
    details = f"process {held_by.pid}, since {_local_time(held_by.since)}"
    hint = _BUSY_HINT[held_by.kind]
    if held_by.kind == WINDOW and _what_am_i() == COMMAND:
        hint = _WINDOW_HINT_TO_A_COMMAND
    return VaultBusy(_BUSY_SAYS[held_by.kind].format(details=details), hint=hint, code=_BUSY_CODE[held_by.kind])


def _local_time(since: str, now: datetime | None = None) -> str:
    """When the holder took the lock, as the reader's clock says it ("10:46 today"), not as
    the stored UTC timestamp (a therapist read "2026-12-03T10:46:44+00:00" in the unlock window)."""
    try:
        at = datetime.fromisoformat(since).astimezone()
    except ValueError:
        return "".join(c for c in since if c.isprintable())
    today = (now or datetime.now(UTC)).astimezone().date()
    clock = at.strftime("%H:%M")
    if at.date() == today:
        return f"{clock} today"
    return f"{at.date().isoformat()} {clock}"


# This process's own work holding a vault folder's lock beside the window (the backup made at
# the lock registering itself, or removing itself when refused: services/backup_beside.py). Found
# by a walker: an unlock right after Ctrl+L met that lock, waited its 2 s and said "The vault is
# open in another window of the app (process N)", N being this very window's process. An unlock
# (or any open) of this process waits for its own work instead, for up to OWN_WAIT_SECONDS, and
# the unlock window says what it waits for (`waiting_for_own`).
OWN_WAIT_SECONDS = 600.0
_own = threading.Condition()
_own_held: dict[str, int] = {}  # the folder (resolved) -> how many such holds
_own_waits = 0  # opens waiting now for this process's own work

OWN_BUSY_SAYS = "This window is still finishing the backup made at the lock."
OWN_BUSY_HINT = "Try again in a moment: the vault opens as soon as that backup is recorded."


def _key(folder: Path) -> str:
    try:
        return str(folder.resolve())
    except OSError:
        return str(folder.absolute())


def waiting_for_own() -> bool:
    """Whether an open in this process is waiting now for this process's own background work
    (the unlock window says "Finishing the backup made at the lock…")."""
    with _own:
        return _own_waits > 0


def _wait_for_own(folder: Path) -> bool:
    """When the lock was found held by this process's own background work: wait until it lets go
    (True), or refuse saying so after OWN_WAIT_SECONDS. False when it is held by someone else."""
    global _own_waits
    key = _key(folder)
    with _own:
        if key not in _own_held:
            return False
        _own_waits += 1
        try:
            freed = _own.wait_for(lambda: key not in _own_held, OWN_WAIT_SECONDS)
        finally:
            _own_waits -= 1
    if not freed:
        raise VaultBusy(OWN_BUSY_SAYS, hint=OWN_BUSY_HINT, code="vault.busy.own_backup")
    return True


def _own_hold(key: str, on: bool) -> None:
    with _own:
        if on:
            _own_held[key] = _own_held.get(key, 0) + 1
            return
        left = _own_held.get(key, 0) - 1
        if left > 0:
            _own_held[key] = left
        else:
            _own_held.pop(key, None)
        _own.notify_all()


def _lock_file_made(folder: Path) -> None:
    """vault.lock made by the app itself when missing, so that the lock library only opens it:
    the library sets the mode of a lock file it makes and lets only EPERM pass, and a FAT drive
    read through FUSE refuses with ENOSYS (found: every vault there refused as "an I/O error
    while locking the vault folder (ENOSYS)"). Made owner-only (storage/files.py: a drive that
    keeps no modes is tolerated as for every other file); an existing one is left as it is. The
    lock itself is the library's, unchanged: one holder at a time, everywhere."""
    create_private_if_missing(folder / LOCK_NAME)


def acquire(folder: Path, *, wait_seconds: float = 0.0, background: bool = False) -> FolderLock:
    """Take the writer lock of `folder`, or raise VaultBusy naming who holds it. `background`:
    taken by this process's own work beside the window, which an open of this process waits for
    rather than calling it another window."""
    with os_errors("preparing the vault folder"):
        ensure_private_dir(folder)
    at = as_stored(folder)  # every spelling of the folder meets one lock (storage/path_spelling.py)
    # preserve_lock_file: unlinking a lock file others may be waiting on lets two holders in.
    # thread_local=False: the window unlocks in a worker thread and locks in the UI thread.
    lock = filelock.FileLock(
        str(at / LOCK_NAME), timeout=wait_seconds, mode=PRIVATE_FILE, thread_local=False, preserve_lock_file=True
    )
    key = _key(folder)
    if background:
        _own_hold(key, True)  # before the lock is taken: an open that meets it knows whose it is
    try:
        try:
            _lock_file_made(at)
            lock.acquire()
        except filelock.Timeout:
            # Own work never waits for itself, nor for another of its kind: it is tried again later.
            if background or not _wait_for_own(folder):
                raise busy_error(at) from None
            try:
                lock.acquire()  # its own work let go: the lock as any holder waits for it
            except filelock.Timeout:
                raise busy_error(at) from None
        except OSError as exc:
            with os_errors("locking the vault folder"):
                raise exc from None
    except BaseException:
        if background:
            _own_hold(key, False)
        raise
    held = FolderLock(folder, lock, _background=key if background else None, _at=at)
    try:
        _write_owner_note(at)
    except BaseException:
        held.release()
        raise
    return held


def _write_owner_note(folder: Path) -> None:
    kind = _what_am_i()
    note = {"who": _WHO[kind], "kind": kind, "pid": os.getpid(),
            "since": datetime.now(UTC).isoformat(timespec="seconds")}
    if (folder / OWNER_NAME).is_dir() and not (folder / OWNER_NAME).is_symlink():
        # Found: "internal error (IsADirectoryError)" at every command, naming nothing.
        raise EnvironmentProblem(
            f"A folder named {OWNER_NAME} is in the vault folder, where the app notes who has the vault open.",
            hint="Move that folder out of the vault folder, then try again.", code="vault.owner_folder")
    atomic_write(folder / OWNER_NAME, json.dumps(note).encode(), what="noting who has the vault open")


def wait_free(folder: Path, wait_seconds: float) -> None:
    """Return once nobody holds the writer lock of `folder` (or it has none), else raise the
    refusal after `wait_seconds`: a command asks for its passphrase only after this, so a
    vault held by the window is refused before a secret is typed for nothing. Takes nothing:
    the holder's own acquire comes after."""
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            if holder(folder) is None:
                return
        except OSError:  # a folder not to be read: the open itself says what is wrong with it
            return
        if time.monotonic() >= deadline:
            raise busy_error(folder)
        time.sleep(0.05)


def holder(folder: Path) -> str | None:
    """Who holds the writer lock of `folder` now, or None when it is free (for `info`)."""
    folder = as_stored(folder)
    if not (folder / LOCK_NAME).exists():
        return None
    probe = filelock.FileLock(
        str(folder / LOCK_NAME), timeout=0, mode=PRIVATE_FILE, thread_local=False, preserve_lock_file=True
    )
    try:
        probe.acquire()
    except filelock.Timeout:
        return _holder_text(folder)
    except OSError:
        return None
    probe.release(force=True)
    return None


def window_holder(folder: Path) -> Holder | None:
    """The app's window holding `folder` now, from the lock and its owner note (nothing needs
    the key): a second start of the app says so before asking for a passphrase. None when the
    lock is free or a command (or a holder that does not say) has it."""
    if holder(folder) is None:
        return None
    held = _read_holder(as_stored(folder))
    return held if held is not None and held.kind == WINDOW else None

"""Whether another process has this vault open, known without the passphrase (read only: the
lock is probed, never kept), and the raise requests of the window holding it. Found by a walker:
a second start of the app showed a full unlock window and said "open in another window" only
after the passphrase was typed for nothing. The unlock window asks again while it is up
(gui/second_instance.py), since a holder may quit or start after the first look. The
single-writer rule is unchanged: the unlock itself takes the lock or is refused, whatever was
said before it.

A raise request is a small file in this user's state folder (services/paths.py), named from
the vault folder (hashed: the name shows no path). A second start puts RAISE there whole (a
file written beside it, then renamed into place: never half a request, and a symlink in its
place is replaced, never followed); the window holding the vault watches the state folder
(gui/second_instance.py), reads the request without following links and removes it. A file,
not a local socket: the release leaves QtNetwork out (packaging/vault-app.spec), and a file
watcher is QtCore's on every platform. Whatever else is found under the request's name (a
link, a folder, a pipe, someone else's file) is not read and is removed.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import os
import stat
from pathlib import Path

from vault_app.domain.errors import VaultBusy
from vault_app.services.paths import state_folder
from vault_app.storage import folder_lock

RAISE = b"raise\n"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # not on Windows, which has no symlinks a user makes by accident


def in_use(folder: Path) -> VaultBusy | None:
    """The refusal an unlock of `folder` would meet now from another process (another window of
    the app, or a command), or None (the vault free, or held by this process itself, as after a
    lock here). Cheap enough to ask every second or two: with no owner note (every holder
    writes one) the lock is not even probed, and a held lock is probed without being taken."""
    try:
        if not (folder / folder_lock.OWNER_NAME).exists():
            return None
        if folder_lock.holder(folder) is None:  # a note left by a holder that died: the lock is free
            return None
        window = folder_lock.window_holder(folder)
    except OSError:  # a folder not to be read: the unlock says what is wrong with it
        return None
    if window is not None and window.pid == os.getpid():
        return None
    return folder_lock.busy_error(folder)


def open_in_another_window(folder: Path) -> VaultBusy | None:
    """`in_use`, for the app's window only (a command holding the vault gives None)."""
    busy = in_use(folder)
    return busy if busy is not None and busy.code == "vault.busy.window" else None


def waiting_for_own_backup() -> bool:
    """Whether an unlock of this process is waiting now for this process's own backup made at the
    lock to be recorded (it holds the vault's lock for that moment): the unlock window says so."""
    return folder_lock.waiting_for_own()


def raise_request_file(folder: Path) -> Path:
    """Where `folder`'s raise requests go: the same in every process of this user, no path in its name."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid: the state folder is still this user's
        user = ""
    digest = hashlib.sha256(f"{user}\0{folder.resolve()}".encode()).hexdigest()[:24]
    return state_folder() / f"window-{digest}.raise"


def _remove(path: Path) -> None:
    """Whatever is at `path` gone, a link itself (never what it points to); quietly, as a
    leftover is harmless and the next holder's start sweeps it again."""
    with contextlib.suppress(OSError):
        if path.is_dir() and not path.is_symlink():
            path.rmdir()  # an empty folder only: nothing of anyone's is deleted wholesale
        else:
            path.unlink(missing_ok=True)


def take_raise_requests(folder: Path) -> Path | None:
    """For the window holding `folder`: its request file's path, its folder made (private) if
    missing and anything left there from before removed (a request whose window had gone, or a
    file not ours); None when there is no state folder to watch."""
    path = raise_request_file(folder)
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:  # no state folder: no raising; a second start still says the vault is held
        return None
    _remove(path)
    return path


def ask_to_raise(folder: Path) -> bool:
    """Asks the window holding `folder` to come forward: RAISE put in its request file whole.
    False when it cannot be (no state folder: no window of this user watches one)."""
    path = raise_request_file(folder)
    if not path.parent.is_dir():
        return False
    beside = path.with_name(f"{path.name}.{os.getpid()}.new")
    _remove(beside)  # a leftover of this process id's crash, or a file put in the way
    try:
        fd = os.open(beside, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600)
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(RAISE)
        os.replace(beside, path)
    except OSError:
        _remove(beside)
        return False
    return True


def held_elsewhere(folder: Path, *, ask: bool = True) -> tuple[VaultBusy | None, bool]:
    """For an unlock window: the refusal its unlock would meet now, and whether the window
    holding the vault was asked to come forward (only when `ask`: a second start's first look)."""
    busy = in_use(folder)
    asked = ask and busy is not None and busy.code == "vault.busy.window" and ask_to_raise(folder)
    return busy, asked


def answered(folder: Path) -> bool:
    """For the window holding `folder`: whether a raise request came. What is there is removed
    once read, and anything but a request of this user's (a link, a folder, a pipe, another
    user's file) is removed unread."""
    path = raise_request_file(folder)
    try:
        # O_NONBLOCK: a pipe put there does not hang the worker waiting for a writer.
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        return False
    except OSError:  # a link (never followed), or what cannot be opened: not a request
        _remove(path)
        return False
    said = b""
    try:
        info = os.fstat(fd)
        mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
        if stat.S_ISREG(info.st_mode) and mine:
            said = os.read(fd, len(RAISE) + 1)
    except OSError:
        said = b""
    finally:
        os.close(fd)
    _remove(path)
    return said == RAISE


__all__ = ["RAISE", "answered", "ask_to_raise", "held_elsewhere", "in_use", "open_in_another_window",
           "raise_request_file", "take_raise_requests", "waiting_for_own_backup"]

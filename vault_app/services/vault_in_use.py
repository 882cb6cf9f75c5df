"""Whether another window of the app has this vault open, known without the passphrase (read
only: the lock is probed, never kept), and that window's raise requests. Found by a walker: a
second start of the app showed a full unlock window and said "open in another window" only
after the passphrase was typed for nothing. The single-writer rule is unchanged: the unlock
itself still takes the lock or is refused.

A raise request is a small file in this user's state folder (services/paths.py), named from
the vault folder (hashed: the name shows no path). The window holding the vault makes it and
watches it (gui/second_instance.py); a second start writes RAISE into it, which carries nothing
of the vault. A file, not a local socket: the release leaves QtNetwork out (packaging/
vault-app.spec), and a file watcher is QtCore's on every platform. A leftover file is harmless.
"""

from __future__ import annotations

import getpass
import hashlib
import os
from pathlib import Path

from vault_app.domain.errors import VaultBusy
from vault_app.services.paths import state_folder
from vault_app.storage import folder_lock

RAISE = b"raise\n"


def open_in_another_window(folder: Path) -> VaultBusy | None:
    """The refusal an unlock of `folder` would meet from another window of the app, or None (the
    vault free, held by a command, or held by this process itself, as after a lock here)."""
    try:
        held = folder_lock.window_holder(folder)
    except OSError:  # a folder not to be read: the unlock says what is wrong with it
        return None
    if held is None or held.pid == os.getpid():
        return None
    return folder_lock.busy_error(folder)


def raise_request_file(folder: Path) -> Path:
    """Where `folder`'s raise requests go: the same in every process of this user, no path in its name."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid: the state folder is still this user's
        user = ""
    digest = hashlib.sha256(f"{user}\0{folder.resolve()}".encode()).hexdigest()[:24]
    return state_folder() / f"window-{digest}.raise"


def take_raise_requests(folder: Path) -> Path | None:
    """For the window holding `folder`: its request file, made empty; None when it cannot be."""
    path = raise_request_file(folder)
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        path.write_bytes(b"")
        path.chmod(0o600)
    except OSError:  # no state folder: no raising; a second start still says the vault is held
        return None
    return path


def ask_to_raise(folder: Path) -> bool:
    """Asks the window holding `folder` to come forward. Only into a file that window made:
    nothing is created here (no window watches: False)."""
    try:
        fd = os.open(raise_request_file(folder), os.O_WRONLY | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        os.write(fd, RAISE)
    except OSError:
        return False
    finally:
        os.close(fd)
    return True


def held_elsewhere(folder: Path) -> tuple[VaultBusy | None, bool]:
    """For a second start: the refusal its unlock would meet, and whether the holding window
    was asked to come forward."""
    busy = open_in_another_window(folder)
    return busy, busy is not None and ask_to_raise(folder)


def answered(path: Path) -> bool:
    """Whether the request file holds a request; it is cleared, so the next one is a change again."""
    try:
        said = path.read_bytes()[:len(RAISE)]
        if said == RAISE:
            path.write_bytes(b"")
    except OSError:
        return False
    return said == RAISE


__all__ = ["RAISE", "answered", "ask_to_raise", "held_elsewhere", "open_in_another_window",
           "raise_request_file", "take_raise_requests"]

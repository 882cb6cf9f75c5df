"""The app's own non-sensitive settings file: the vault folder the therapist chose last.

A small JSON file in the platform's configuration folder (platformdirs), not Qt's
QSettings location (Qt's file dialogs write their folder history there, see
file_dialogs.py). Only keys in ALLOWED are written, so nothing about clients can end
up here: the vault folder's path is chosen by the therapist, once, and names no client.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from pathlib import Path
from typing import Any

import platformdirs

from vault_app.services.vault_folder import vault_exists

FILE_NAME = "app-settings.json"
# "last_vault_folder_chosen": the folder was chosen in this version of the app, which remembers only
# the therapist's own choice. An earlier version remembered every folder unlocked, one given with
# `--vault DIR` for one start too: its entry has the folder alone, and cannot be told from a folder
# chosen with it (gui/unlock_folder.py says it so).
ALLOWED = frozenset({"last_vault_folder", "last_vault_folder_chosen"})
CHOSEN_KEY = "last_vault_folder_chosen"


def settings_path() -> Path:
    return Path(platformdirs.user_config_dir("vault-app", appauthor=False)) / FILE_NAME


MAX_BYTES = 64 * 1024  # one folder's path, with room: anything longer is not this file


def _read() -> dict[str, Any]:
    try:
        data = json.loads(_read_small(settings_path()).decode("utf-8"))
    except (OSError, ValueError):
        return {}  # missing or unreadable: the defaults are fine, nothing is lost
    return {k: v for k, v in data.items() if k in ALLOWED} if isinstance(data, dict) else {}


def _read_small(path: Path) -> bytes:
    """The file's bytes, or OSError when it is not a small regular file. Found: a named pipe
    by this name froze the window at "Unlocking…" for ever (a plain open waits for a writer),
    and a link to /dev/zero would be read without end. Opened without waiting, checked
    for what it is, read up to its limit."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{FILE_NAME} is not a regular file")
        data = fh.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise OSError(f"{FILE_NAME} is larger than a settings file can be")
    return data


def get(key: str) -> Any:
    return _read().get(key)


def put(key: str, value: Any) -> None:
    put_all({key: value})


def put_all(values: dict[str, Any]) -> None:
    """`values` written in one replace of the file (None: the key is removed)."""
    for key in values:
        if key not in ALLOWED:
            raise KeyError(f"{key} is not an allowed app setting")
    data = _read()
    data.update(values)
    data = {k: v for k, v in data.items() if v is not None}
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{FILE_NAME}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)  # one a killed run left; a link planted there is removed, never followed
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, indent=1)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def remember_vault_folder(folder: Path) -> None:
    # Called for the therapist's own choice only (Open another vault…, a restore into another
    # folder, the wizard's folder changed), never for `--vault DIR`, which is for one start.
    # The file is rewritten only when the folder differs from the one it holds (the same
    # bytes need no write to the disk). A link in the file's place is still replaced by a file.
    data = _read()
    if data.get("last_vault_folder") == str(folder) and data.get(CHOSEN_KEY) is True \
            and not settings_path().is_symlink():
        return
    with contextlib.suppress(OSError):  # a read-only config folder must not stop the app
        put_all({"last_vault_folder": str(folder), CHOSEN_KEY: True})


def forget_vault_folder() -> None:
    """A plain start opens the default vault again (the unlock window's way back from a folder an
    earlier version remembered: gui/unlock_folder.py)."""
    if not settings_path().exists():
        return
    with contextlib.suppress(OSError):
        put_all({"last_vault_folder": None, CHOSEN_KEY: None})


def last_vault_folder() -> Path | None:
    """The folder opened last, if it still holds a vault."""
    remembered = remembered_vault_folder()
    return remembered[0] if remembered is not None else None


def remembered_vault_folder() -> tuple[Path, bool] | None:
    """The folder a plain start opens, if it still holds a vault, and whether it was chosen in this
    version of the app (False: an entry an earlier version wrote, perhaps at a one-off start)."""
    data = _read()
    value = data.get("last_vault_folder")
    if not isinstance(value, str) or not value:
        return None
    folder = Path(value)
    return (folder, data.get(CHOSEN_KEY) is True) if vault_exists(folder) else None

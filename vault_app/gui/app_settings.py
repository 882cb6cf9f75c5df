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
ALLOWED = frozenset({"last_vault_folder"})


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
    if key not in ALLOWED:
        raise KeyError(f"{key} is not an allowed app setting")
    data = _read()
    data[key] = value
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
    if get("last_vault_folder") == str(folder) and not settings_path().is_symlink():
        return
    with contextlib.suppress(OSError):  # a read-only config folder must not stop the app
        put("last_vault_folder", str(folder))


def last_vault_folder() -> Path | None:
    """The folder opened last, if it still holds a vault."""

    value = get("last_vault_folder")
    if not isinstance(value, str) or not value:
        return None
    folder = Path(value)
    return folder if vault_exists(folder) else None

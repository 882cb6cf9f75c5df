"""Non-sensitive UI preferences in QSettings: window geometry, theme, language, privacy-mode default.

Only keys in ALLOWED can be written, so nothing about clients can end up in the
settings file by accident (no recent clients, no search history, no titles).
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from vault_app import portable as portable_mode

log = logging.getLogger(__name__)
ALLOWED = frozenset({"theme", "language", "privacy_mode", "geometry/main", "geometry/unlock", "splitter/main",
                     "eligible/upcoming"})  # a yes or no: the eligible list's "Show upcoming charts too"


MAX_BYTES = 1 << 20  # window places and a theme: anything near this is not this file
_scratch: list[str] = []
SCRATCH_PREFIX = "vault-app-prefs-"  # + the process id, "-", tempfile's random part


def settings() -> QSettings:
    portable = portable_mode.settings_file()  # a portable copy keeps its settings beside it
    if portable is not None:
        return QSettings(str(portable) if _usable(Path(portable)) else _scratch_file(), QSettings.Format.IniFormat)
    if sys.platform.startswith(("win", "darwin")):  # the registry, the preferences system: no file of ours
        return QSettings("vault-app", "vault-app")
    # Where QSettings("vault-app", "vault-app") keeps them here, named: that file is checked
    # and then the very one opened (Qt's own lookup is made once per process, and reads the
    # organization's file too, unchecked).
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    path = Path(base) / "vault-app" / "vault-app.conf"
    return QSettings(str(path) if _usable(path) else _scratch_file(), QSettings.Format.IniFormat)


def _usable(path: Path) -> bool:
    """Missing, or a small regular file (a link to one is fine). Found: a named pipe by the
    settings file's name held the app at start for ever, no window shown (Qt opens it and
    waits for a writer); a device would be read without end."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return not path.is_symlink()  # a dangling link is Qt's to replace; a loop is not
    except OSError:
        return False
    return stat.S_ISREG(st.st_mode) and st.st_size <= MAX_BYTES


def _scratch_file() -> str:
    """A settings file of this run only (the window's place is not kept), when the real one
    is something else: the app starts, and the thing in the way is left alone. Its folder goes
    when the run ends, and one a killed run left goes with the next such run (found by the
    attacker's walk: 40 were left in /tmp). It only ever holds ALLOWED's keys (put refuses
    others): a theme, a language, window places; nothing of a client."""
    if not _scratch:
        # Lazy (start-up): tempfile and shutil (~5 ms of imports) only for a settings file in the way
        import atexit
        import shutil
        import tempfile

        log.warning("The UI settings file is not a small regular file; preferences are not kept in this run.")
        _sweep_scratch(Path(tempfile.gettempdir()))
        folder = tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-")
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        _scratch.append(str(Path(folder) / "prefs.ini"))
    return _scratch[0]


def _sweep_scratch(tmp: Path) -> None:
    """The scratch folders of this user's earlier runs whose process is gone (killed: no exit
    ran). The process id in the name says whose; a live run's is never touched."""
    # Lazy (start-up): shutil (~4 ms of imports) only for a settings file in the way
    import shutil

    with contextlib.suppress(OSError):
        for entry in tmp.glob(f"{SCRATCH_PREFIX}*-*"):
            pid = entry.name[len(SCRATCH_PREFIX):].split("-", 1)[0]
            if not pid.isdigit() or not _gone(int(pid)):
                continue
            with contextlib.suppress(OSError):
                st = entry.lstat()  # a link or another user's folder is not ours to remove
                if stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid():
                    shutil.rmtree(entry, ignore_errors=True)


def _gone(pid: int) -> bool:
    """Whether no process `pid` runs (storage.files.process_alive's probe; the GUI does not
    import storage). Not on Windows: os.kill(pid, 0) ends the process there."""
    if os.name != "posix" or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # alive, another user's
        return False
    return False


def get(key: str, default: Any = None, source: QSettings | None = None) -> Any:
    return (source if source is not None else settings()).value(key, default)


def put(key: str, value: Any) -> None:
    if key not in ALLOWED:
        raise KeyError(f"{key} is not an allowed UI preference")
    settings().setValue(key, value)


def get_bytes(key: str, source: QSettings | None = None) -> QByteArray | None:
    """`source`: a settings() already open, for a window that reads several keys at once
    (each settings() checks the file and opens it again)."""
    value = (source if source is not None else settings()).value(key)
    return value if isinstance(value, QByteArray) else None

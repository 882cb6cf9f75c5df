"""Temporary files a killed process left at the top of a vault folder: storage/files.atomic_write's
`.NAME.tmp-PID` (a header being written when `kill -9` came during a backup, for instance). Found
by a walker: `.vault.header.tmp-PID` stayed through the next unlocks, swept only at Quit; a
header's temporary wraps the keys in use at that moment, so it should not outlive its process.

Swept at every unlock (services/unlock_hooks.py), only those of a process that is gone: a live
process's write is never touched (storage/files.process_alive, as the app's other sweeps judge
it); a pid alive again a day later is another program's, and the file a leftover whoever has
the pid now (services/backup_workdirs.py's rule)."""

from __future__ import annotations

import contextlib
import os
import re
import time
from pathlib import Path
from typing import TYPE_CHECKING

from vault_app.storage.files import process_alive

if TYPE_CHECKING:
    from vault_app.services.vault import Vault

_TEMP = re.compile(r"^\..+\.tmp-(\d+)$")
STALE_SECONDS = 24 * 3600  # as services/backup_workdirs.STALE_SECONDS


def any_there(folder: Path) -> bool:
    """One listdir: whether a temporary of that form is there at all (the unlock's cheap look)."""
    try:
        return any(_TEMP.match(name) for name in os.listdir(folder))
    except OSError:
        return False


def _left_by_the_dead(path: Path, pid: int) -> bool:
    if pid == os.getpid():
        return False  # this process's own write, perhaps under way in another thread
    if not process_alive(pid):
        return True
    try:
        return time.time() - path.lstat().st_mtime > STALE_SECONDS
    except OSError:
        return False


def sweep_folder(folder: Path) -> list[str]:
    """Remove the temporaries of processes that are gone; their names."""
    removed: list[str] = []
    with contextlib.suppress(OSError), os.scandir(folder) as listing:
        for item in listing:
            found = _TEMP.match(item.name)
            if found is None or not item.is_file(follow_symlinks=False):
                continue
            if not _left_by_the_dead(Path(item.path), int(found.group(1))):
                continue
            with contextlib.suppress(OSError):
                os.unlink(item.path)
                removed.append(item.name)
    return removed


def after_unlock(vault: Vault) -> None:
    """Unlock hook (services/unlock_hooks.py)."""
    sweep_folder(vault.folder)


__all__ = ["STALE_SECONDS", "after_unlock", "any_there", "sweep_folder"]

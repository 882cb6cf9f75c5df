"""Work folders and partial files of backups, purges, checks and restores: named with
the owner's pid, so that what a killed process left behind is told apart from another
process's work in progress and swept. (Apart from backup_archive.py to keep both short;
backup_archive re-exports every name.)"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from vault_app.storage.files import os_errors, process_alive
from vault_app.storage.layout import RESTORE_JOURNAL_NAME

# Work folders (".vault-<kind>-<pid>-<random>") and partial files
# (".<final name>.<kind>-<pid>") carry the owner's pid, so what a killed process left
# behind can be told apart from another process's work in progress and swept.
_WORK_DIR = re.compile(r"^\.vault-(backup|purge-check|purge|inspect|restore|verify)-(\d+)-.+$")
_WORK_FILE = re.compile(r"^\..+\.(partial|purge)-(\d+)$")
STALE_SECONDS = 24 * 3600
# This process's own work items it is done with (by name: the pid and a random part make it
# unique). Found: a backup interrupted by its drive pulled out could not remove its staging
# folder (15 MB, encrypted) and, the drive back, the next backup of the same running app left it
# there for good, the pid in its name being its own. An own item not named here may be another
# thread's work in progress (the backup on lock beside the window): it is never swept.
_DONE: set[str] = set()
_DONE_LOCK = threading.Lock()


# Work folders journaled in their vault (services/staging_journal.py): name -> its entry.
_JOURNALED: dict[str, Path] = {}


def journaled(path: Path, entry: Path) -> None:
    """Say the work folder `path` is named by the journal entry `entry` (cleared by done_with)."""
    with _DONE_LOCK:
        _JOURNALED[path.name] = entry
        _DONE.discard(path.name)  # a name used again (a second backup of the day): at work again


def done_with(path: Path) -> None:
    """Say this process no longer uses the work item `path` (removed or not): a later sweep
    of its folder removes it if it is still there (its drive was away when it was to go).
    Its journal entry goes once it is gone from a folder still there: a drive pulled out
    hides the folder, which then stays journaled for the next unlock or destruction."""
    with _DONE_LOCK:
        _DONE.add(path.name)
        entry = _JOURNALED.pop(path.name, None)
    if entry is not None and path.parent.is_dir() and not os.path.lexists(path):
        with contextlib.suppress(OSError):
            entry.unlink()


def _done(name: str) -> bool:
    with _DONE_LOCK:
        return name in _DONE


def done(name: str) -> bool:
    """Whether this process said it is done with its work item named `name` (done_with)."""
    return _done(name)


@contextlib.contextmanager
def private_tempdir(parent: Path, kind: str, *, keep: Callable[[Path], bool] | None = None) -> Iterator[Path]:
    """A 0700 work folder that is removed however we leave (files in it stay encrypted),
    unless `keep` says it is still needed (a restore's journal names it: the next open
    moves the rest of its files in)."""
    with os_errors("preparing a temporary folder"):
        folder = Path(tempfile.mkdtemp(prefix=f".vault-{kind}-{os.getpid()}-", dir=parent))
    try:
        yield folder
    finally:
        if keep is None or not keep(folder):
            shutil.rmtree(folder, ignore_errors=True)
            done_with(folder)


def partial_path(final: Path, kind: str) -> Path:
    """Where the file that will become `final` is written first."""
    return final.with_name(f".{final.name}.{kind}-{os.getpid()}")


def work_pid(name: str) -> int | None:
    """The pid in a work item's name, or None if `name` is not one."""
    # The file's own suffix first: a dated backup's partial file (".vault-backup-2025-01-01.vaultbackup
    # .partial-PID") also reads as a work folder of "pid" 2025, the year; judged by that pid, a sweep
    # could remove a live writer's file or keep a dead one's (found when CI had a process 2025).
    found = _WORK_FILE.match(name) or _WORK_DIR.match(name)
    return int(found.group(2)) if found else None


def another_process_at_work(path: Path) -> bool:
    """A work item of another live process, not older than a day (a dead process's pid may
    since be another program's: an old item is a leftover whoever has the pid now)."""
    pid = work_pid(path.name)
    if pid is None or pid == os.getpid() or not process_alive(pid):
        return False
    try:
        return time.time() - path.lstat().st_mtime <= STALE_SECONDS
    except OSError:
        return False


def sweep_stale(folder: Path) -> int:
    """Remove work files that a crashed or killed process left in `folder` (they hold
    only encrypted data, but they take space and look like clutter)."""
    removed = 0
    # A killed restore's work folder is what the next open moves in while its journal is here.
    journaled = os.path.lexists(folder / RESTORE_JOURNAL_NAME)
    with contextlib.suppress(OSError):
        for child in folder.glob(".*"):
            pid = work_pid(child.name)
            if pid is None or not os.path.lexists(child) or another_process_at_work(child):
                continue
            if pid == os.getpid() and not _done(child.name):
                continue
            if journaled and child.name.startswith(".vault-restore-"):
                continue
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    child.unlink()
            removed += 1
    return removed

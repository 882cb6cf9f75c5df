"""Every place the app begins a backup's staging or a check's work folder, journaled in the
vault's own folder before the folder is made, so that a kill's leftover is found wherever it is.

Found by a walker: a "Save a single-file copy" killed 1.5 s in left a hidden 139 MB unpacked
vault (`copyto/.vault-backup-PID-…`) that opened with the passphrase; the next start said
nothing, and a later destruction never reached it, since it searched only the folders that
hold a registered backup, and that folder never had one. A killed check of Back up now left
`bk/.vault-verify-PID-…` with its plain-JSON vault.header on the backup drive.

So:
- one small file per work folder in `<vault>/work.journal/`, written atomically (fsynced,
  renamed, folder fsynced) BEFORE the work folder is made, removed once the folder is gone; a
  kill leaves it, naming the folder;
- the next unlock sweeps each journaled leftover it can reach, and says the folders it cannot
  (a drive taken away): `away`;
- a destruction sweeps every journaled place, and its certificate names the ones beyond reach;
- unpacked work is staged on the vault's own disk where there is room (`work_parent`), so a kill
  leaves nothing readable on a drive meant for another building.

An entry of a live process (a command line backing up now, this process's backup on lock) is
never swept: the same rules as backup_workdirs.another_process_at_work.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from vault_app.services.backup_workdirs import STALE_SECONDS, done, done_with, journaled, private_tempdir
from vault_app.services.cleanup_threads import CleanupThreads
from vault_app.services.fault_injection import crash_point
from vault_app.storage import backup_readers, folder_lock
from vault_app.storage.files import atomic_write, fsync_dir, os_errors, process_alive, sweep_atomic_temps
from vault_app.storage.layout import HEADER_NAME

if TYPE_CHECKING:
    from vault_app.services.vault import Vault

log = logging.getLogger(__name__)
_sweeps = CleanupThreads("work-journal-sweep")

JOURNAL_DIR = "work.journal"
_SUFFIX = ".json"
# Room kept free on the vault's disk beyond the staging copy itself (the vault keeps writing).
_MARGIN_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Entry:
    file: Path  # the journal entry
    path: Path  # the work folder it names
    pid: int
    started: str
    by: str = ""  # folder_lock.WINDOW or COMMAND ("" in entries written before it was recorded)


@dataclass
class Swept:
    removed: list[Path] = field(default_factory=list)
    away: list[Path] = field(default_factory=list)  # folders holding a leftover, not reachable now


def journal_dir(vault_folder: Path) -> Path:
    return vault_folder / JOURNAL_DIR


def _record(vault_folder: Path, folder: Path) -> Path:
    journal = journal_dir(vault_folder)
    with os_errors("preparing a temporary folder"):
        if not journal.is_dir():
            journal.mkdir(mode=0o700, exist_ok=True)
            # The journal's folder itself lasting a power cut: its entries are fsynced in it, but
            # a folder whose own name was never flushed into the vault's folder may vanish with them.
            fsync_dir(vault_folder)
    crash_point("journal.folder_made")
    entry = journal / f"{folder.name.lstrip('.')}{_SUFFIX}"  # atomic_write's temporary is the hidden one
    body = {"path": str(folder), "pid": os.getpid(), "started": datetime.now(UTC).isoformat(timespec="seconds"),
            "by": folder_lock.what_am_i()}
    atomic_write(entry, json.dumps(body).encode(), what="preparing a temporary folder",
                 before_replace=lambda: crash_point("journal.entry_written"))
    crash_point("journal.recorded")
    return entry


def journal_file(vault_folder: Path, path: Path) -> None:
    """Journal a work file about to be written (a backup's partial file): a kill leaves the entry,
    and the next unlock or a destruction removes the file wherever it is (found: a killed "Save a
    single-file copy" left its encrypted partial file in a folder no sweep ever looked in, and a
    later destruction's certificate never named it). Cleared by backup_workdirs.done_with."""
    journaled(path, _record(vault_folder, path))


def _clear(entry: Path) -> None:
    with contextlib.suppress(OSError):
        entry.unlink()


def begin(vault_folder: Path, parent: Path, kind: str) -> Path:
    """Make a 0700 work folder `.vault-<kind>-<pid>-<random>` in `parent`, journaled first.
    Whoever removes it calls backup_workdirs.done_with, which clears the entry once it is
    gone (a drive pulled out keeps both: the next unlock or destruction finishes it)."""
    folder = Path(parent) / f".vault-{kind}-{os.getpid()}-{secrets.token_hex(6)}"
    entry = _record(vault_folder, folder)
    journaled(folder, entry)
    try:
        with os_errors("preparing a temporary folder"):
            folder.mkdir(mode=0o700)
    except BaseException:
        done_with(folder)
        raise
    crash_point("journal.folder_begun")
    return folder


@contextlib.contextmanager
def journaled_tempdir(vault_folder: Path, parent: Path, kind: str) -> Iterator[Path]:
    """backup_workdirs.private_tempdir, journaled (begin)."""
    folder = begin(vault_folder, parent, kind)
    try:
        yield folder
    finally:
        _remove(folder)
        crash_point("journal.removed")
        done_with(folder)


def work_folder_of(vault: object, parent: Path, kind: str) -> contextlib.AbstractContextManager[Path]:
    """A work folder in `parent` for `vault`'s work: journaled in the vault's own folder (a
    destruction's stand-in, destruction_beside.LiveView, carries it as journal_folder), else a
    plain private one. A destruction's purge of a backup stages its unpacked copy here: found by a
    walker, a kill's copy on a drive taken away was not journaled, so no certificate named it."""
    own = getattr(vault, "journal_folder", None) or getattr(vault, "folder", None)
    return journaled_tempdir(own, parent, kind) if isinstance(own, Path) else private_tempdir(parent, kind)


def work_parent(vault_folder: Path, fallback: Path, need_bytes: int) -> Path:
    """Where unpacked work is staged: the vault's own folder (its disk already holds these files,
    header and all) when there is room for `need_bytes` more; else `fallback` (the backup drive)."""
    try:
        free = shutil.disk_usage(vault_folder).free
    except OSError:
        return fallback
    return vault_folder if free >= need_bytes + _MARGIN_BYTES else fallback


def vault_bytes(vault_folder: Path) -> int:
    """What a staging copy of the vault in `vault_folder` takes, about (its files and blobs)."""
    total = 0
    for root, dirs, files in os.walk(vault_folder):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d != JOURNAL_DIR]
        for name in files:
            with contextlib.suppress(OSError):
                total += os.lstat(os.path.join(root, name)).st_size
    return total


def entries(vault_folder: Path) -> list[Entry]:
    found: list[Entry] = []
    with contextlib.suppress(OSError), os.scandir(journal_dir(vault_folder)) as listing:
        for item in listing:
            if not item.name.endswith(_SUFFIX) or item.name.startswith("."):  # a temporary of atomic_write
                continue
            try:
                body = json.loads(Path(item.path).read_bytes())
                found.append(Entry(Path(item.path), Path(str(body["path"])), int(body["pid"]), str(body["started"]),
                                   str(body.get("by", ""))))
            except (OSError, ValueError, KeyError, TypeError):
                continue  # half written by hand, or not ours: never a reason to fail an unlock
    return sorted(found, key=lambda e: e.file.name)


def _in_progress(entry: Entry) -> bool:
    """Work another live process (or this one, not done with it) may still be doing."""
    if entry.pid == os.getpid():
        return not done(entry.path.name)
    if not process_alive(entry.pid):
        return False
    try:
        started = datetime.fromisoformat(entry.started).timestamp()
    except ValueError:
        return False
    return time.time() - started <= STALE_SECONDS


def leftovers(vault_folder: Path) -> list[Entry]:
    """The journaled work folders no process is working in (a kill's, a crash's, a pulled drive's)."""
    return [e for e in entries(vault_folder) if not _in_progress(e)]


def backups_elsewhere(vault_folder: Path) -> list[Entry]:
    """Backups of this vault another live process is making now (their staging journaled here):
    the app's window's beside its lock, read through connections of their own. What another
    program meets as "being read" can then be named (services/vault_rekey_beside.py)."""
    return [e for e in entries(vault_folder) if e.pid != os.getpid() and e.path.name.startswith(".vault-backup-")
            and _in_progress(e)]


# A close of the psychotherapy notes does not wait for such a backup's reader (storage/backup_readers.py).
backup_readers.tell_elsewhere_by(lambda folder: bool(backups_elsewhere(folder)))


def reachable(entry: Entry) -> bool:
    return entry.path.parent.is_dir()


def sweep(vault_folder: Path) -> Swept:
    """Remove each leftover that can be reached, and its entry; name the folders that cannot."""
    swept = Swept()
    # An entry's temporary a process killed while writing it left: never an entry (entries() skips
    # it), so nothing else would ever remove it.
    sweep_atomic_temps(journal_dir(vault_folder))
    for entry in leftovers(vault_folder):
        if not reachable(entry):
            if entry.path.parent not in swept.away:
                swept.away.append(entry.path.parent)
            continue
        _remove(entry.path)
        if not os.path.lexists(entry.path):
            _clear(entry.file)
            swept.removed.append(entry.path)
    return swept


def away(vault_folder: Path) -> list[Path]:
    """The folders a leftover is journaled in that cannot be reached now (a cheap look: no sweep)."""
    return sorted({e.path.parent for e in leftovers(vault_folder) if not reachable(e)})


def after_unlock(vault: Vault) -> None:
    """After-unlock hook: what is reachable swept beside the work, in a thread of its own (a
    drive may be slow; the therapist never waits); what is not is said (reminders)."""
    _sweeps.start(_sweep_quietly, vault.folder)


def wait(timeout: float) -> bool:
    """Whether every sweep this process started has ended, after waiting up to `timeout` s each."""
    return _sweeps.wait(timeout)


def _sweep_quietly(folder: Path) -> None:
    try:
        swept = sweep(folder)
    except Exception as exc:  # a clean-up never troubles the therapist; the next unlock tries again
        log.warning("Sweeping journaled work folders after the unlock failed: %s", type(exc).__name__)
        return
    if swept.removed:
        log.info("Removed %d work folder(s) a killed backup or check left.", len(swept.removed))


def _remove(path: Path) -> None:
    """Remove a work folder, its vault header last: a sweep killed midway leaves what still
    says what it was."""
    with contextlib.suppress(OSError):
        if path.is_dir() and not path.is_symlink():
            for child in sorted(path.iterdir(), key=lambda c: c.name == HEADER_NAME):
                if child.is_dir() and not child.is_symlink():
                    shutil.rmtree(child, ignore_errors=True)
                else:
                    child.unlink()
                crash_point("journal.removing")
            path.rmdir()
        elif os.path.lexists(path):
            path.unlink()

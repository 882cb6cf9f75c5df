"""The journal a restore writes in the vault folder before it renames the restored files
over the vault's, and removes after the last one: what a killed restore (SIGKILL, a crash, a
power cut between two renames) leaves for the next open to finish instead of a folder of
mixed files (services/restore_rollforward.py reads it).

It holds no secret and no name a therapist typed: the names of the work folder and the
safety copy (single path parts, checked on reading: a journal never points outside the
vault folder's own work folder and its parent), the vault id, the restored ledger's head,
and for each file or folder to move a mark of the old and of the staged one (inode, size,
modification time) that tells, without reading them, which of the two is in place now.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vault_app.storage import blob_store
from vault_app.storage.files import atomic_write, fsync_dir, os_errors
from vault_app.storage.layout import COMPARTMENT_FILES, HEADER_NAME, RESTORE_JOURNAL_NAME, SEARCH_FILES, SIDE_SUFFIXES

FORMAT = 1
# The order a restore puts things in place: compartments, attachment files, header last.
ORDER = (*COMPARTMENT_FILES.values(), blob_store.BLOBS_DIR, HEADER_NAME)
_SEARCH_BESIDE = {COMPARTMENT_FILES[n]: f for n, f in SEARCH_FILES.items()}
_STAGING = re.compile(r"^\.vault-restore-\d+-[A-Za-z0-9_]{1,64}$")
_HEX = re.compile(r"^[0-9a-f]{1,128}$")
SAFETY_INFIX = "-before-restore-"
_SAFETY_TAIL = re.compile(r"^[0-9]{8}-[0-9]{6}(-[0-9]{1,6})?$")
MAX_BYTES = 64 * 1024


class JournalDamaged(ValueError):
    """The journal cannot be read, or says something no restore writes."""


@dataclass(frozen=True)
class Mark:
    """What identifies a file or folder without reading it. Folders carry the inode only (a
    rename into another folder may touch their times)."""

    ino: int
    size: int | None = None
    mtime_ns: int | None = None


def mark_of(path: Path) -> Mark | None:
    try:
        st = path.lstat()
    except FileNotFoundError:
        return None
    if path.is_dir() and not path.is_symlink():
        return Mark(st.st_ino)
    return Mark(st.st_ino, st.st_size, st.st_mtime_ns)


@dataclass(frozen=True)
class Journal:
    vault_id: str
    staging: str  # a work folder's name, inside the vault folder
    staging_ino: int
    safety_copy: str | None  # a folder's name, beside the vault folder
    items: dict[str, tuple[Mark | None, Mark | None]]  # name -> (old, staged), in ORDER
    ledger_seq: int
    ledger_mac: str
    device_secret: bool

    def staging_in(self, folder: Path) -> Path:
        return folder / self.staging

    def safety_copy_of(self, folder: Path) -> Path | None:
        return folder.parent / self.safety_copy if self.safety_copy else None


def journal_path(folder: Path) -> Path:
    return folder / RESTORE_JOURNAL_NAME


def present(folder: Path) -> bool:
    return os.path.lexists(journal_path(folder))


def describe(folder: Path, staging: Path, safety_copy: Path | None, vault_id: str, ledger_seq: int,
             ledger_mac: str, device_secret: bool) -> Journal:
    """The journal of a restore about to move the files of `staging` into `folder`."""
    items = {name: (mark_of(folder / name), mark_of(staging / name)) for name in ORDER}
    staged = mark_of(staging)
    if staged is None:
        raise FileNotFoundError(staging)
    return Journal(vault_id, staging.name, staged.ino, safety_copy.name if safety_copy else None,
                   {n: pair for n, pair in items.items() if pair != (None, None)}, ledger_seq, ledger_mac,
                   device_secret)


def _mark_json(mark: Mark | None) -> list[int | None] | None:
    return None if mark is None else [mark.ino, mark.size, mark.mtime_ns]


def write(folder: Path, journal: Journal, *, before_replace: Callable[[], None] | None = None) -> None:
    """Written whole or not at all (temp file, fsync, rename, fsync of the folder); a temp
    file a kill left is never read."""
    body = {
        "format": FORMAT, "kind": "vault-app restore journal", "vault_id": journal.vault_id,
        "staging": journal.staging, "staging_ino": journal.staging_ino, "safety_copy": journal.safety_copy,
        "items": {n: {"old": _mark_json(o), "new": _mark_json(s)} for n, (o, s) in journal.items.items()},
        "ledger_head": {"seq": journal.ledger_seq, "mac": journal.ledger_mac},
        "device_secret": journal.device_secret,
    }
    atomic_write(journal_path(folder), json.dumps(body, indent=1).encode(), what="writing the restore journal",
                 tmp=folder / f".{RESTORE_JOURNAL_NAME}.partial-{os.getpid()}", before_replace=before_replace)


def remove(folder: Path) -> None:
    with os_errors("removing the restore journal"):
        journal_path(folder).unlink(missing_ok=True)
        fsync_dir(folder)


def _int(value: Any, *, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise JournalDamaged("a number is out of place")
    return value


def _mark(value: Any) -> Mark | None:
    if value is None:
        return None
    if not isinstance(value, list) or len(value) != 3:
        raise JournalDamaged("a file's mark is malformed")
    ino, size, mtime = value
    if (size is None) != (mtime is None):
        raise JournalDamaged("a file's mark is malformed")
    return Mark(_int(ino), None if size is None else _int(size), None if mtime is None else _int(mtime))


def _safety_name(folder: Path, value: Any) -> str | None:
    if value is None:
        return None
    prefix = folder.name + SAFETY_INFIX
    if not isinstance(value, str) or not value.startswith(prefix) or not _SAFETY_TAIL.match(value[len(prefix):]):
        raise JournalDamaged("the safety copy is not a folder beside the vault")
    return value


def read(folder: Path) -> Journal:
    """The journal of `folder`, checked field by field: JournalDamaged for anything a restore
    never writes (a path outside the vault folder and its parent, a file not of a vault)."""
    path = journal_path(folder)
    try:
        if path.is_symlink() or not path.is_file():
            raise JournalDamaged("it is not a file")
        with path.open("rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except OSError:
        raise JournalDamaged("it cannot be read") from None
    if len(raw) > MAX_BYTES:
        raise JournalDamaged("it is too large")
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise JournalDamaged("it is not a journal") from None
    try:
        return _decode(folder, body)
    except (KeyError, TypeError, AttributeError):
        raise JournalDamaged("a field is missing or malformed") from None


def _decode(folder: Path, body: Any) -> Journal:
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise JournalDamaged("its format is unknown")
    staging, vault_id, head = body["staging"], body["vault_id"], body["ledger_head"]
    if not isinstance(staging, str) or not _STAGING.match(staging):
        raise JournalDamaged("the work folder is not one of a restore inside the vault folder")
    if not isinstance(vault_id, str) or not _HEX.match(vault_id):
        raise JournalDamaged("the vault id is malformed")
    mac = head["mac"]
    if not isinstance(mac, str) or not _HEX.match(mac):
        raise JournalDamaged("the ledger head is malformed")
    raw_items = body["items"]
    if not isinstance(raw_items, dict) or not set(raw_items) <= set(ORDER) or HEADER_NAME not in raw_items:
        raise JournalDamaged("it names files that are not a vault's")
    items: dict[str, tuple[Mark | None, Mark | None]] = {}
    for name in ORDER:
        if name in raw_items:
            items[name] = (_mark(raw_items[name]["old"]), _mark(raw_items[name]["new"]))
    if any(items[n][1] is None for n in items if n != blob_store.BLOBS_DIR):
        raise JournalDamaged("a restored file is missing from it")
    device = body["device_secret"]
    if not isinstance(device, bool):
        raise JournalDamaged("a field is malformed")
    return Journal(vault_id, staging, _int(body["staging_ino"]), _safety_name(folder, body["safety_copy"]), items,
                   _int(head["seq"]), mac, device)


# --- what is in place ----------------------------------------------------------------------
OLD, NEW, ABSENT, OTHER = "old", "new", "absent", "other"


def state_of(path: Path, old: Mark | None, new: Mark | None) -> str:
    """Which of the two `path` is now: the staged one, the old one, nothing, or neither."""
    mark = mark_of(path)
    if mark is None:
        return ABSENT
    if new is not None and mark == new:
        return NEW
    if old is not None and mark == old:
        return OLD
    return OTHER


def move_item(staging: Path, folder: Path, name: str, safety_copy: Path | None) -> None:
    """Put the staged `name` in place of the folder's (one rename; the attachment folder:
    the old one into the safety copy first, or scrubbed without one)."""
    with os_errors("putting the restored vault in place"):
        if name == blob_store.BLOBS_DIR:
            if safety_copy is not None and (folder / name).exists():
                # Removed by hand since: the old attachment files still need a place to go.
                safety_copy.mkdir(mode=0o700, exist_ok=True)
            blob_store.replace_folder(staging, folder, safety_copy)
            return
        if name != HEADER_NAME:
            # A journal (-wal) left by the replaced file would be replayed into the restored one.
            for suffix in SIDE_SUFFIXES:
                (folder / (name + suffix)).unlink(missing_ok=True)
            # The replaced file's search index is not the restored one's: the next open rebuilds
            # it from the restored file (storage/search_index.py). Gone before the rename, so a
            # kill between the two never pairs the restored file with the old index.
            if name in _SEARCH_BESIDE:
                for suffix in ("", *SIDE_SUFFIXES):
                    (folder / (_SEARCH_BESIDE[name] + suffix)).unlink(missing_ok=True)
        os.replace(staging / name, folder / name)


def leftover_partials(folder: Path) -> list[Path]:
    """Temp files of a journal write that a kill interrupted (never read: the rename that
    would have made them the journal did not happen)."""
    with contextlib.suppress(OSError):
        return [p for p in folder.glob(f".{RESTORE_JOURNAL_NAME}.partial-*") if p.is_file()]
    return []

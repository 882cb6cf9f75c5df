"""A backup folder known by more than its path: a small mark in it, naming the vault.

Found in the real app: the backup drive unplugged, its mount point stayed behind as an empty
folder on the laptop's own disk. The backup on lock then wrote a full backup into it, `backup
create` started a new snapshot repository there, and the Today screen said the last verified
backup was "in" that folder, as if the drive had it. A path names where a drive is mounted, not
the drive: the mark (FOLDER/vault-app-backup-folder-VAULTID.json) is what says "this is the
folder this vault backs up into" (services/backup_folder_connected.py checks it before every
backup write).

One mark per vault (its id in the name): vaults sharing a folder of single files never replace
each other's. It holds the vault id (random, naming nothing of the practice: every backup file
there carries it in the clear) and a random id for the folder, which tells two marked folders of
one vault apart in a report. It is not authenticated: it guards against the drive being away,
not against someone who can write to the drive (who can delete the backups anyway). So:

- copied onto another drive together with the backups: that drive is the folder once it is
  chosen again (Backups, or `backup settings --target`), which marks it anew (see below);
- deleted by hand: the folder is refused while this vault's backups are not there either
  (choose the folder again under the settings to mark it again); with them there, marked again;
- the same mark found on another drive (copied by hand, or a second drive swapped in at the
  same mount point with a copy of the folder): the mark names the drive it was written on by
  its file system's UUID (services/backup_volume.py, where this computer tells it); a mark on
  another drive than its own is refused as a swapped drive until the folder is chosen again;
- the machine dying while it is written: written atomically (a temporary name created 0600,
  fsync, rename, fsync of the folder), so there is either no mark or the whole one; a dead
  process's temporary file is a work file by its name (.NAME.RANDOM.partial-PID), swept by the
  next backup (services/backup_workdirs.sweep_stale).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
from pathlib import Path
from typing import Any

from vault_app.services.backup_volume import volume_of
from vault_app.storage.files import atomic_write, read_regular

PREFIX = "vault-app-backup-folder-"
SUFFIX = ".json"
FORMAT = "vault-app-backup-folder"
VERSION = 1
_ID = re.compile(r"^[0-9a-f]{32}$")
_MAX_MARK = 4096  # a few dozen bytes of JSON; a planted large file is never read whole


def mark_path(folder: Path, vault_id: str) -> Path:
    return Path(os.path.expanduser(folder)) / f"{PREFIX}{vault_id}{SUFFIX}"


def read_mark(folder: Path, vault_id: str) -> dict[str, Any] | None:
    """This vault's mark in `folder`, whole and naming it, or None. A damaged mark is none."""
    try:
        raw = read_regular(mark_path(folder, vault_id), _MAX_MARK)
    except OSError:
        return None
    if raw is None or len(raw) > _MAX_MARK:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if isinstance(data, dict) and data.get("format") == FORMAT and data.get("vault_id") == vault_id:
        return data
    return None


def is_marked(folder: Path, vault_id: str) -> bool:
    """Whether `folder` holds this vault's mark, whole and naming it. A damaged mark is none."""
    return read_mark(folder, vault_id) is not None


def volume_in(found: dict[str, Any]) -> str | None:
    """The drive a mark says it was written on (backup_volume), None in a mark from before it."""
    volume = found.get("volume")
    return volume if isinstance(volume, str) and volume else None


def any_mark(folder: Path) -> bool:
    """Whether `folder` holds any vault's mark (a backup writer's check that its folder is still
    the marked one, where it does not have the vault id at hand)."""
    with contextlib.suppress(OSError), os.scandir(os.path.expanduser(folder)) as entries:
        return any(e.name.startswith(PREFIX) and e.name.endswith(SUFFIX) for e in entries)
    return False


def mark(folder: Path, vault_id: str, *, folder_id: str | None = None) -> None:
    """Mark `folder` as this vault's backup folder (it must exist), with the drive it is on
    (backup_volume) where this computer tells it. Atomic, 0600 before any byte is written (the
    random part: two threads of one process may mark at once). `folder_id`: kept from the mark
    it replaces (a mark from before the drive was recorded, given it now)."""
    if not _ID.match(vault_id):
        raise ValueError("not a vault id")
    body: dict[str, Any] = {"format": FORMAT, "version": VERSION, "vault_id": vault_id,
                            "folder_id": folder_id or secrets.token_hex(16)}
    volume = volume_of(Path(os.path.expanduser(folder)))
    if volume:
        body["volume"] = volume
    data = json.dumps(body, sort_keys=True).encode()
    path = mark_path(folder, vault_id)
    atomic_write(path, data, what="writing into the backup folder",
                 tmp=path.with_name(f".{path.name}.{secrets.token_hex(6)}.partial-{os.getpid()}"))


__all__ = ["FORMAT", "PREFIX", "SUFFIX", "any_mark", "is_marked", "mark", "mark_path", "read_mark", "volume_in"]

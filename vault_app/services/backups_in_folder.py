"""The backups a folder holds, for a restore given the folder instead of one backup: the
snapshots of a backup folder (FOLDER/snapshots/*.vrs) and the single backup files in it
(*.vaultbackup), newest first. Found by a walker on a new computer: the restore dialog refused
the backup folder, which is what she had, and asked for the exact snapshot file. Names and
times of files only: nothing is opened or decrypted here."""

from __future__ import annotations

import contextlib
import re
import time
from datetime import UTC, datetime
from pathlib import Path

from vault_app.storage.chunk_store import MANIFEST_SUFFIX

BACKUP_SUFFIX = ".vaultbackup"


# Two clocks' drift: a file written later than now by more than this was written on a clock that ran ahead.
_DRIFT_SECONDS = 600
# The names the app gives them (storage/chunk_store.new_snapshot_path, services/backup.backup_file_name):
# a snapshot's holds its second (UTC), a backup file's its day (the making computer's), each "-n" after
# the first of its second or day.
_SNAPSHOT_NAME = re.compile(r"^snap-(\d{4}-\d{2}-\d{2}T\d{6}Z)(?:-(\d{1,5}))?" + re.escape(MANIFEST_SUFFIX) + "$")
_FILE_NAME = re.compile(r"^vault-backup-(\d{4}-\d{2}-\d{2})(?:-(\d{1,5}))?" + re.escape(BACKUP_SUFFIX) + "$")
_DAY_SECONDS = 86400
_ZONES_SECONDS = 14 * 3600  # a day named on one computer's clock, read on another's


def _file_time(path: Path) -> float | None:
    try:
        return path.stat().st_mtime
    except OSError:
        return None


def made(path: Path) -> tuple[float, int]:
    """When the backup was made (seconds since the epoch) and its place after others of the same
    second or day, as the app wrote them in its name. A copy of the folder that does not keep file
    times (`cp -r`, `scp`, a download, a sync tool) gives every backup the time of the copy, in the
    order the copy went: found by a walker handing a retiring therapist's drive to a custodian, the
    oldest snapshot was listed first and chosen. The file's own time is taken only where the name says
    nothing finer: a backup file's within its named day, and a file named otherwise."""
    name, mtime = path.name, _file_time(path)
    if found := _SNAPSHOT_NAME.match(name):
        with contextlib.suppress(ValueError):
            stamp = datetime.strptime(found[1], "%Y-%m-%dT%H%M%SZ").replace(tzinfo=UTC)
            return stamp.timestamp(), int(found[2] or 1)
    if found := _FILE_NAME.match(name):
        with contextlib.suppress(ValueError):
            day = datetime.strptime(found[1], "%Y-%m-%d").astimezone().timestamp()  # its start, here
            within = mtime is not None and day - _ZONES_SECONDS <= mtime < day + _DAY_SECONDS + _ZONES_SECONDS
            return (mtime if within and mtime is not None else day), int(found[2] or 1)
    return (mtime if mtime is not None else 0.0), 1


def written_ahead(path: Path, now: float | None = None) -> bool:
    """Whether the backup was made after now, by its name or by its file's time: while this (or the
    making) computer's clock ran ahead."""
    limit = (time.time() if now is None else now) + _DRIFT_SECONDS
    mtime = _file_time(path)
    return made(path)[0] > limit or (mtime is not None and mtime > limit)


def backups_in(folder: Path) -> list[Path]:
    """The folder's snapshots and backup files, newest first (by when each was made, `made`; the
    name breaks a tie). Those made after now come last: they were written while the clock ran
    ahead, and the ones written since it was set right are newer (found by a walker: one of them
    was chosen as the newest, and a restore went back to before the clock was set right). Empty
    for a folder that holds none, or that cannot be read."""
    now = time.time()
    found: list[tuple[tuple[float, int], str, Path]] = []
    for where, suffix in ((folder / "snapshots", MANIFEST_SUFFIX), (folder, BACKUP_SUFFIX)):
        with contextlib.suppress(OSError):
            for path in where.iterdir():
                if path.name.endswith(suffix) and not path.name.startswith(".") and path.is_file():
                    found.append((made(path), path.name, path))
    ordered = [path for _, _, path in sorted(found, reverse=True)]
    return ([p for p in ordered if not written_ahead(p, now)] + [p for p in ordered if written_ahead(p, now)])


def written(path: Path) -> str:
    """When the backup was made (ISO 8601, UTC), as the list says it: its name's time (`made`), not
    its copy's; "" for a file that cannot be read."""
    if not path.exists():
        return ""
    return datetime.fromtimestamp(made(path)[0], UTC).isoformat()


def configured_folder(vault_folder: Path) -> Path | None:
    """The backup folder the vault in `vault_folder` names in its header's settings, when it is
    there and holds backups; else None. Read without the passphrase and unverified (the header's
    MAC needs the key): only a proposal for the restore dialog's Backup field, which the restore
    then checks whole. Found by a walker: after "records.db is older … Restore from your latest
    verified backup", the dialog started with Backup empty."""
    from vault_app.domain.errors import VaultError
    from vault_app.services.backup_kinds import SETTINGS_KEY
    from vault_app.storage import header

    try:
        settings = header.read(vault_folder).settings.get(SETTINGS_KEY)
    except (VaultError, OSError, ValueError):
        return None
    target = settings.get("target") if isinstance(settings, dict) else None
    if not isinstance(target, str) or not target:
        return None
    folder = Path(target).expanduser()
    return folder if backups_in(folder) else None

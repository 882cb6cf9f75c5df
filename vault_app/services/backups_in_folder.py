"""The backups a folder holds, for a restore given the folder instead of one backup: the
snapshots of a backup folder (FOLDER/snapshots/*.vrs) and the single backup files in it
(*.vaultbackup), newest first. Found by a walker on a new computer: the restore dialog refused
the backup folder, which is what she had, and asked for the exact snapshot file. Names and
times of files only: nothing is opened or decrypted here."""

from __future__ import annotations

import contextlib
import time
from datetime import UTC, datetime
from pathlib import Path

from vault_app.storage.chunk_store import MANIFEST_SUFFIX

BACKUP_SUFFIX = ".vaultbackup"


# Two clocks' drift: a file written later than now by more than this was written on a clock that ran ahead.
_DRIFT_SECONDS = 600


def written_ahead(path: Path, now: float | None = None) -> bool:
    """Whether the file's time is after now: written while this computer's clock ran ahead."""
    try:
        return path.stat().st_mtime > (time.time() if now is None else now) + _DRIFT_SECONDS
    except OSError:
        return False


def backups_in(folder: Path) -> list[Path]:
    """The folder's snapshots and backup files, newest first (by the time each was written;
    the name breaks a tie). Those written after now come last: they were written while the
    clock ran ahead, and the ones written since it was set right are newer (found by a walker:
    one of them was chosen as the newest, and a restore went back to before the clock was set
    right). Empty for a folder that holds none, or that cannot be read."""
    now = time.time()
    found: list[tuple[float, str, Path]] = []
    for where, suffix in ((folder / "snapshots", MANIFEST_SUFFIX), (folder, BACKUP_SUFFIX)):
        with contextlib.suppress(OSError):
            for path in where.iterdir():
                if path.name.endswith(suffix) and not path.name.startswith(".") and path.is_file():
                    with contextlib.suppress(OSError):
                        found.append((path.stat().st_mtime, path.name, path))
    ordered = [path for _, _, path in sorted(found, reverse=True)]
    return ([p for p in ordered if not written_ahead(p, now)] + [p for p in ordered if written_ahead(p, now)])


def written(path: Path) -> str:
    """When the file was written (ISO 8601, UTC), as the list says it; "" when it cannot be read."""
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC).isoformat()
    except OSError:
        return ""


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

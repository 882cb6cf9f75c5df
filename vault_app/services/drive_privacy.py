"""The warning for a vault, or a backup folder, on a drive that cannot keep its files private to
the therapist's account (a USB drive formatted exFAT or FAT32 shows every file to every account
of the computer: storage/drive_privacy.py tells it by trying).

What is exposed there: not a note (every file is encrypted) but that the files exist, their
names (fixed ones: records.db, a dated backup's) and their sizes. Said where the vault is
created or unlocked (the app's status bar, a command's stderr) and where a backup folder is
chosen, once per folder in a process: the drive does not change while it is plugged in.
"""

from __future__ import annotations

import threading
from pathlib import Path

from vault_app.storage.drive_privacy import keeps_files_private

VAULT_TEXT = ("This drive cannot keep the vault's files private to your account; the files stay encrypted, but their "
              "names and sizes can be seen by anyone using this computer. Keep the vault on your own disk, the "
              "computer's own drive, not on a USB drive or memory card.")
BACKUP_TEXT = ("This drive cannot keep the backups private to your account; the backups stay encrypted, but their "
               "names and sizes can be seen by anyone using this computer. Keep the drive unplugged and put away "
               "between backups.")

_seen: dict[str, bool | None] = {}
_seen_lock = threading.Lock()


def _private(folder: Path) -> bool | None:
    """keeps_files_private, tried once per folder in this process (a status line asks often)."""
    key = str(folder)
    with _seen_lock:
        if key in _seen:
            return _seen[key]
    found = keeps_files_private(folder)
    with _seen_lock:
        _seen[key] = found
    return found


def vault_warning(folder: Path) -> str | None:
    """VAULT_TEXT when the vault's folder is on such a drive, else None (also when it cannot be told)."""
    return VAULT_TEXT if _private(folder) is False else None


def backup_warning(folder: Path | str | None) -> str | None:
    """BACKUP_TEXT when the backup folder is on such a drive (connected now), else None."""
    if not folder or not Path(folder).is_dir():
        return None
    return BACKUP_TEXT if _private(Path(folder)) is False else None


__all__ = ["BACKUP_TEXT", "VAULT_TEXT", "backup_warning", "vault_warning"]

"""Before every backup write (a single file or a snapshot; Back up now, on lock, at Quit, `backup
create`, `backup auto`): is this folder the one this vault backs up into, or the empty mount
point an unplugged drive left behind? Told by the folder's mark (services/backup_folder_mark.py).

- this vault's mark is there: write;
- no mark, and this vault never backed up there: a new folder; written, and marked as its
  first backup is put in place (a first backup refused or interrupted leaves no mark);
- no mark, this vault's backups there (a folder from before the mark, or a mark deleted by
  hand while its backups stay): the same folder; written, and marked again;
- no mark, this vault's register names backups there, none of them there, on the drive the
  folder was marked on: the folder was deleted (or emptied) and made again; its backups are
  recorded lost with it and the new folder starts afresh (services/backup_folder_lost.py);
- no mark, this vault's register names backups there, none of them there, otherwise: refused, nothing
  written. Empty: "the backup drive is not connected"; not empty: "not the folder the backups
  were made in" (its mark deleted by hand, or another drive mounted there). Choosing the folder
  again (backup settings --target, the Backups window) marks it, for a therapist who means it.

- this vault's mark is there, written on another drive than the one the folder is on now (a
  second drive swapped in at the same mount point with a copy of the folder, or the mark copied
  by hand): refused, "backup.drive_swapped", until the folder is chosen again. The drive is
  told by its file system's UUID (services/backup_volume.py), not by its device number, which
  changes from one plugging to the next: an ordinary remount is the same drive. Where this
  computer does not tell the UUID (either side unknown), no drive check is made.

A first backup into a new folder (no mark yet) has nothing to compare the drive with: at the put
in place its own file must still be in the folder (its drive swapped meanwhile for another, or
for the empty mount point, the file is not), else it is said as the folder gone, and neither the
mark nor the backup is written there."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from vault_app.domain.errors import EnvironmentProblem
from vault_app.services import backup_registry
from vault_app.services.backup_folder_gone import folder_gone
from vault_app.services.backup_folder_lost import DELETED, emptied, lost_words, record_lost, record_marked
from vault_app.services.backup_folder_mark import is_marked, mark, read_mark, volume_in
from vault_app.services.backup_volume import volume_of
from vault_app.services.vault import Vault

_CHOOSE = "Backups (vault-app backup settings --target DIR)"


def _empty(folder: Path) -> bool:
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        return next(entries, None) is None
    return False


def _missing(vault: Vault, folder: Path) -> bool:
    """No mark, and this vault's register names backups in `folder`, none of them there."""
    if is_marked(folder, vault.vault_id):
        return False
    made_here = [b.file for b in backup_registry.registered(vault) if backup_registry.backup_folder(b) == folder]
    return bool(made_here) and not any(os.path.lexists(f) for f in made_here)


def refuse_unless_connected(vault: Vault, folder: Path) -> str | None:
    """Raise when `folder` (made already, resolved) is not this vault's backup folder as it was
    (see the module's words). Before anything is written into it; writes nothing into it (a
    backup refused later, another vault's repository, leaves the folder as it was). The words to
    say when the folder was found deleted and made again (its backups recorded lost), else None."""
    if _swapped(vault, folder):
        raise drive_swapped(folder)
    if _missing(vault, folder):
        lost = emptied(vault, folder)
        if not lost:
            raise not_connected(folder)
        record_lost(vault, folder, lost, DELETED)  # the same drive: deleted and made again, not away
        return lost_words(folder)
    return None


def _swapped(vault: Vault, folder: Path) -> bool:
    """This vault's mark is in `folder`, written on another drive than the one it is on now."""
    found = read_mark(folder, vault.vault_id)
    then = volume_in(found) if found is not None else None
    if then is None:
        return False
    now = volume_of(folder)
    return now is not None and now != then


def mark_at_put_in_place(vault: Vault, folder: Path, written: Path | None = None) -> None:
    """With the folder held, as the finished backup is put in place: the same check again (its
    drive swapped for the empty mount point meanwhile: any file opened since went to the
    laptop's own disk), said as the folder gone; `written` (what this backup wrote into the
    folder so far) no longer there, too; else the folder is marked, if it is not yet, with its
    first backup (one from before the mark, too), and a mark from before the drive was recorded
    is given its drive (the same folder id)."""
    if _missing(vault, folder) or (written is not None and not os.path.lexists(written)):
        raise folder_gone(folder)
    if _swapped(vault, folder):
        raise drive_swapped(folder)
    found = read_mark(folder, vault.vault_id)
    if found is None:
        mark(folder, vault.vault_id)
        record_marked(vault, folder)
    elif volume_in(found) is None and volume_of(folder) is not None:
        mark(folder, vault.vault_id, folder_id=str(found.get("folder_id") or "") or None)
        record_marked(vault, folder)


def drive_swapped(folder: Path) -> EnvironmentProblem:
    return EnvironmentProblem(
        f"The drive at {folder} is not the drive this vault's backups were made on: another drive (or the backup "
        "drive reformatted) holds a copy of its backup folder. Nothing was written.",
        hint=f"Connect the backup drive. If this drive is now your backup drive, choose the folder again under "
             f"{_CHOOSE}: that makes it this vault's backup folder.",
        code="backup.drive_swapped", params={"folder": str(folder)})


def not_connected(folder: Path) -> EnvironmentProblem:
    if _empty(folder):
        return EnvironmentProblem(
            f"The backup drive of {folder} is not connected (its folder is empty). Nothing was written.",
            hint=f"Connect the drive, then back up again. Or choose another backup folder under {_CHOOSE}.",
            code="backup.drive_not_connected", params={"folder": str(folder)})
    return EnvironmentProblem(
        f"The folder {folder} is not the backup folder this vault's backups were made in: neither they nor its "
        "mark are there (another drive, or the mark deleted). Nothing was written.",
        hint=f"Connect the backup drive. If this is the right folder, choose it again under {_CHOOSE}: "
             "that marks it as this vault's backup folder.",
        code="backup.folder_not_marked", params={"folder": str(folder)})


__all__ = ["drive_swapped", "mark_at_put_in_place", "not_connected", "refuse_unless_connected"]

"""Before every backup write (a single file or a snapshot; Back up now, on lock, at Quit, `backup
create`, `backup auto`): is this folder the one this vault backs up into, or the empty mount
point an unplugged drive left behind? Told by the folder's mark (services/backup_folder_mark.py).

- this vault's mark is there: write;
- no mark, and this vault never backed up there: a new folder; written, and marked as its
  first backup is put in place (a first backup refused or interrupted leaves no mark);
- no mark, this vault's backups there (a folder from before the mark, or a mark deleted by
  hand while its backups stay): the same folder; written, and marked again;
- no mark, this vault's register names backups there, none of them there: refused, nothing
  written. Empty: "the backup drive is not connected"; not empty: "not the folder the backups
  were made in" (its mark deleted by hand, or another drive mounted there). Choosing the folder
  again (backup settings --target, the Backups window) marks it, for a therapist who means it.

What a device check would add (not made: device numbers of a USB drive change from one plugging
to the next, so a remembered one refuses the right drive): an unplugged drive's mount point
holding a copy of the mark. The mark is only written where this check allowed a write, so such a
copy is one made by hand, which this check, like any, cannot tell from the drive."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from vault_app.domain.errors import EnvironmentProblem
from vault_app.services import backup_registry
from vault_app.services.backup_folder_gone import folder_gone
from vault_app.services.backup_folder_mark import is_marked, mark
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


def refuse_unless_connected(vault: Vault, folder: Path) -> None:
    """Raise when `folder` (made already, resolved) is not this vault's backup folder as it was
    (see the module's words). Before anything is written into it; writes nothing itself (a
    backup refused later, another vault's repository, leaves the folder as it was)."""
    if _missing(vault, folder):
        raise not_connected(folder)


def mark_at_put_in_place(vault: Vault, folder: Path) -> None:
    """With the folder held, as the finished backup is put in place: the same check again (its
    drive swapped for the empty mount point meanwhile: any file opened since went to the
    laptop's own disk), said as the folder gone; else the folder is marked, if it is not yet,
    with its first backup (one from before the mark, too)."""
    if _missing(vault, folder):
        raise folder_gone(folder)
    if not is_marked(folder, vault.vault_id):
        mark(folder, vault.vault_id)


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


__all__ = ["mark_at_put_in_place", "not_connected", "refuse_unless_connected"]

"""The one answer to "when was the last verified backup?", for the Today screen's card, the
Backups window and `backup list`. Found in the real app: after the backup at an idle lock failed
with the backup folder's drive unplugged, the Backups window said "No checked backup yet",
`backup list` "Last verified backup: none" and the Today screen "Last verified backup: today".

What "verified" means here: a backup this vault made whose check passed (when it was made, or
a later Check) and has not failed a check since, of this vault's own history (backup_registry.
status). Wherever it is now: a backup on a drive not connected is still the therapist's checked
copy (an external drive is unplugged most of the time). So the answer is its age and where it
is: "here" (its file reachable now), "away" (its folder not reachable now: connect its drive),
or "gone" (its folder here, its file not: deleted, moved or removed by another copy's rotation;
a new backup is needed). Each place says the same age and the same where."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from vault_app.services import backup_registry
from vault_app.services.backup_folder_gone import connected
from vault_app.services.vault import Vault

Where = Literal["here", "away", "gone"]


@dataclass(frozen=True)
class LastVerified:
    age_days: float | None  # None: no backup of this vault ever passed its check
    where: Where | None = None
    folder: str | None = None  # the backup folder it is (or was) in
    # When the newest is away or gone: the newest whose file is reachable now, its age.
    reachable_age_days: float | None = None
    # The practice's reminder is due: no verified backup, or the newest older than the setting.
    reminder_due: bool = True


def from_status(status: Mapping[str, Any]) -> LastVerified:
    """The answer read from backup_registry.status (one read of the register for all it says)."""
    days = int(status["settings"]["reminder_days"])
    here_age = status["verified_backup_age_days"]
    away_entry, away_age = status["last_verified_unreachable"], status["unreachable_backup_age_days"]
    if away_entry is not None and away_age is not None:
        folder = str(status["unreachable_backup_folder"])
        # Its folder there but empty: the mount point of its drive, not connected (found: an
        # unplugged drive's folder was said "gone", after a backup on lock had said "in" it).
        # Empty on the drive it was marked on, it is no mount point: deleted (services/backup_folder_lost.py).
        where: Where = "gone" if connected(Path(folder)) or status.get("unreachable_folder_emptied") else "away"
        return LastVerified(float(away_age), where, folder, here_age, float(away_age) > days)
    if here_age is None:
        return LastVerified(None)
    last = status["last_verified_backup"]
    its_folder = str(backup_registry.folder_of(Path(str(last["path"])))) if last else None
    return LastVerified(float(here_age), "here", its_folder, here_age, float(here_age) > days)


def last_verified(vault: Vault) -> LastVerified:
    return from_status(backup_registry.status(vault))


__all__ = ["LastVerified", "Where", "from_status", "last_verified"]

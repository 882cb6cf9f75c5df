"""Temporary files a killed process left at the top of a vault folder: storage/files.atomic_write's
`.NAME.tmp-PID` (a header being written when `kill -9` came during a backup, for instance). Found
by a walker: `.vault.header.tmp-PID` stayed through the next unlocks, swept only at Quit; a
header's temporary wraps the keys in use at that moment, so it should not outlive its process.

Swept at every unlock (services/unlock_hooks.py), only those of a process that is gone: a live
process's write is never touched (storage/files.sweep_atomic_temps, the staging journal's sweep
too); a pid alive again a day later is another program's, and the file a leftover whoever has the
pid now (services/backup_workdirs.py's rule)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vault_app.services.backup_workdirs import STALE_SECONDS
from vault_app.storage.files import sweep_atomic_temps

if TYPE_CHECKING:
    from vault_app.services.vault import Vault


def after_unlock(vault: Vault) -> None:
    """Unlock hook (services/unlock_hooks.py)."""
    sweep_atomic_temps(vault.folder, stale_after=STALE_SECONDS)


__all__ = ["after_unlock"]

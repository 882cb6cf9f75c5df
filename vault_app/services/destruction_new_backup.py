"""One new backup once a destruction has purged the registered backups, so that the backup
folder's newest backup carries the destruction's entries.

Found by a walker: back up, copy the vault folder aside, destroy selected psychotherapy notes
(the registered backups purged), put the copy back. The older copy's unlock said only that it was
older than the newest backup, and the destroyed note was listed and opened. The older-copy check
(services/older_copy_destroyed.py) reads the destruction entries of the folder's newest backup;
a purge rewrites each backup's records but keeps that backup's own ledger, which was written
before the destruction and names none. A whole-chart destruction had the same gap.

Why a new backup and not the entries written into each purged copy: a snapshot's ledger part
keeps its chunk list through the purge (destruction_backups: only records.db and psychotherapy.db
are rebuilt), and a purged copy with a ledger other than the one it was made with would no longer
be the copy of that moment. The new backup is the app's normal verified backup (the settings'
folder, or the folder of the newest purged backup when no folder is set), made after the
certificate's entry: nothing of what was destroyed is in it. If it cannot be made (a full disk,
the drive gone) the destruction stands and is certified; the result says plainly that an older
copy put back would not know of it until a backup is made.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from vault_app.domain.errors import VaultError
from vault_app.services.vault import Vault

# What the result carries (the returned dict, not the certificate: its entry is written already).
KEY = "backup_after"


def _folder(vault: Vault, purged: list[dict[str, Any]]) -> tuple[Path, bool]:
    """Where the new backup goes and whether it is a snapshot: the settings' folder as a backup on
    lock would use it; else the folder of the last purged backup (made with `backup create --to`)."""
    from vault_app.services import backup

    target = backup.settings(vault).get("target")
    if target:
        return Path(str(target)), backup.settings(vault)["kind"] == "repo"
    last = Path(str(purged[-1]["path"]))
    if last.parent.name == "snapshots":  # a repository's snapshot (as backup_superseded tells them apart)
        return last.parent.parent, True
    return last.parent, False


def after_purge(vault: Vault, backups: list[dict[str, Any]],
                begins: Callable[[], None] | None = None) -> dict[str, Any] | None:
    """Make one verified backup when `backups` (the destruction's purge) purged any. None when none
    was purged (no backup of the vault reachable: nothing an older copy could read either).
    Else {"made": True, "folder", "path"} or {"made": False, "folder", "error", "code"}.
    `begins`: told just before the backup is begun (the destruction's progress step)."""
    purged = [b for b in backups if b.get("status") == "purged" and b.get("path")]
    if not purged:
        return None
    from vault_app.services import backup

    if begins is not None:
        begins()

    folder, repo = _folder(vault, purged)
    try:
        if backup.settings(vault).get("target"):
            folder = backup.configured_target(vault, folder)  # a drive not connected: said, nothing made
        # No rotation here: the purged backups stay as the certificate lists them (each one's check,
        # `destruction verify`); the next backup on lock thins them out as usual.
        if repo:
            from vault_app.services.backup_repo import create_incremental

            info: Any = create_incremental(vault, folder, verify=True, rotate_old=False)
        else:
            info = backup.create_backup(vault, folder, verify=True, rotate_old=False)
    except VaultError as err:
        return {"made": False, "folder": str(folder), "error": err.message, "code": err.code,
                "params": {k: str(v) for k, v in err.params.items()}}  # said in the screen's language
    except OSError as err:  # a drive taken away while it was written
        return {"made": False, "folder": str(folder), "error": err.strerror or type(err).__name__,
                "code": "backup.os_error"}
    return {"made": True, "folder": str(folder), "path": str(getattr(info, "path", "") or "")}


MADE = ("A new backup was made so that an older copy of this vault, put back, knows of this destruction.")
NOT_MADE = ("No new backup could be made ({error}): an older copy of this vault put back (a copy of the "
            "vault folder) would not know of this destruction and would still show what it destroyed. Make "
            "a backup now (vault-app backup create, or Back up now in the app).")


def unbacked(vault: Vault) -> int | None:
    """The ledger position of the newest destruction that purged backups when no backup of this
    vault made since carries it (its new backup could not be made, or the app or computer stopped
    before it was), else None. Said after each unlock until a backup is made (services/reminders):
    found, a destruction finished at an unlock whose new backup failed was said by `destruction
    resume` alone. Read from the ledger, not kept aside: a kill between the certificate and the new
    backup leaves nothing else to say it."""
    from vault_app.services import backup_registry
    from vault_app.services.destruction_state import COMPLETED

    if not vault.ledger.count_of_kind(COMPLETED, at_most=1):
        return None  # the common case, read at each status line: no destruction at all
    made = backup_registry.last_created(vault)
    # A backup carries a destruction when the ledger it holds reaches the certificate's entry:
    # only the certificates after the newest backup's ledger are read.
    since = int(made.payload.get("ledger_seq", 0)) + 1 if made is not None else 1
    newest = next((e for e in reversed(vault.ledger.entries(kinds=(COMPLETED,), since_seq=since))
                   if _purged_here(e.payload)), None)
    return None if newest is None else newest.seq


def _purged_here(completed: dict[str, Any]) -> bool:
    """Whether a destruction's certificate lists a backup it purged. One a restore carried back
    (its "carried_from") is not counted: done in the line the restore went back from, whose own
    new backup names it in the folder, and this ledger's positions do not measure it."""
    if completed.get("carried_from"):
        return False
    backups = ((completed.get("certificate") or {}).get("verification") or {}).get("backups") or []
    return any(b.get("status") == "purged" and b.get("path") for b in backups)


def words(result: dict[str, Any] | None) -> str:
    """The result in English (the command line; the app says it in its own words)."""
    if result is None:
        return ""
    return MADE if result.get("made") else NOT_MADE.format(error=result.get("error", ""))


__all__ = ["KEY", "MADE", "NOT_MADE", "after_purge", "unbacked", "words"]

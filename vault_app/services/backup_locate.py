"""Locate… a registered backup whose file is not where the register says: the therapist points at
the file (or the folder it was moved to), and the register follows it there.

Found: a backup file moved by hand (to another drive, another folder) stayed "missing" in the
Backups window for good, and a destruction listed it beyond its reach instead of purging it; only
a vault restored on a new computer followed its backup folder (backup_registry_moved.py).

Taken only when the file there is that very backup, by its size and SHA-256 as registered (after
any purge, whose new bytes the register holds): anyone could have put a file of that name there,
and an older copy from before a destruction's purge has the name but still holds what was
destroyed. The register records the move as a `backup.moved` entry of the file's own path
(backup_registry_moves), as the drive's moved single files are; nothing is copied or written
outside the ledger.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vault_app.domain.errors import InvalidInput, RefusedByPolicy, VaultError
from vault_app.services import backup_archive, backup_registry
from vault_app.services.backup_registry_moves import MOVED
from vault_app.services.vault import Vault
from vault_app.storage.chunk_store import is_snapshot_path

NOT_MISSING = "backup.locate_not_missing"
NOT_FOUND = "backup.locate_not_found"
NOT_THAT_BACKUP = "backup.locate_not_that_backup"
NAME_SHARED = "backup.locate_name_shared"


def _candidate(registered: Path, chosen: Path) -> Path | None:
    """The file `chosen` names for the backup registered at `registered`: the file itself, or in a
    chosen folder the file of its name (a snapshot: in the folder's 'snapshots', the folder being
    its backup folder). A snapshot is taken only inside a backup folder's 'snapshots': its parts
    are in that folder, not in the small file alone."""
    snapshot = is_snapshot_path(registered)
    if chosen.is_dir():
        names = [chosen / "snapshots" / registered.name, chosen / registered.name] if snapshot \
            else [chosen / registered.name]
        chosen = next((p for p in names if p.is_file()), names[0])
    if not chosen.is_file() or (snapshot and not is_snapshot_path(chosen)):
        return None
    return chosen


def chosen_as_folder(registered: Path) -> bool:
    """Whether the backup registered at `registered` is pointed at by its backup folder (a snapshot,
    whose parts are in that folder) rather than as a file of its own."""
    return is_snapshot_path(registered)


def _not_missing(registered: Path) -> InvalidInput:
    return InvalidInput(
        f"Nothing to locate: {registered} is not a backup of this vault whose file is missing.",
        code="backup.locate_not_missing",  # NOT_MISSING (a literal: the words scan)
        params={"name": registered.name},
    )


def registered_path(vault: Vault, given: str) -> Path:
    """The registered path of the backup `given` names on the command line (`backup locate`): its
    registered path, or the file name alone of a backup whose file is missing (what `backup list`
    shows as the end of its path). Two folders' backups of a day share a name: then the path is
    asked for, both named."""
    if Path(given).name != given:  # a path: locate() says whether it is a missing backup's
        return Path(given).expanduser().resolve()
    missing = [b.file for b in backup_registry.registered(vault) if b.file.name == given and not b.file.is_file()]
    if not missing:
        raise _not_missing(Path(given))
    if len(missing) > 1:
        raise InvalidInput(
            f"{len(missing)} missing backups are named {given}: " + ", ".join(map(str, missing)) + ".",
            hint="Name the one to locate by its whole path, as vault-app backup list shows it.",
            code="backup.locate_name_shared",  # NAME_SHARED (a literal: the words scan)
            params={"name": given, "count": len(missing)},
        )
    return missing[0]


def locate(vault: Vault, registered: Path, chosen: Path) -> Path:
    """Record that the backup registered at `registered`, whose file is not there, is `chosen` (a
    file, or the folder it was moved to) now; the path it is registered at from now on. Refused,
    with nothing recorded, when that backup is not missing, when nothing of its name is there, or
    when the file there is not the very backup registered."""
    b = backup_registry.find(vault, registered)
    if b is None or b.gone or b.file.is_file():
        raise _not_missing(registered)
    chosen = chosen.expanduser().resolve()
    found = _candidate(b.file, chosen)
    if found is None:
        raise InvalidInput(
            f"No backup file named {b.file.name} in {chosen}. Nothing was changed.",
            hint="Choose the backup file itself, or the folder it was moved to"
                 + (" (the backup folder that holds its 'snapshots')." if is_snapshot_path(b.file) else "."),
            code="backup.locate_not_found",  # NOT_FOUND (a literal: the words scan)
            params={"name": b.file.name, "folder": str(chosen)},
        )
    try:
        same = found.stat().st_size == b.bytes and backup_archive.file_hash(found) == b.sha256
    except (OSError, VaultError):
        same = False
    if not same:
        raise RefusedByPolicy(
            f"{found} is not the backup {b.file.name} registered in this vault: its size or its SHA-256 differs. "
            "It may be another backup, a copy from before a destruction purged it, or a damaged file. Nothing was "
            "changed.",
            hint="Choose the very file this backup was moved to, or make a new backup (vault-app backup create).",
            code="backup.locate_not_that_backup",  # NOT_THAT_BACKUP (a literal: the words scan)
            params={"name": b.file.name, "found": str(found)},
        )
    vault.ledger.append(MOVED, {"from": b.path, "to": str(found)})
    return found


def locate_and_check(vault: Vault, registered: Path, chosen: Path) -> tuple[Path, dict[str, Any]]:
    """locate(), then the file found checked as Check the selected backup checks it; the path and
    the check's summary. Found by a walker: a Check made while the file was not there recorded a
    failed check, and after Locate… took the very file the row still said "failed" (and "no
    checked backup yet") until a second manual Check. The match of size and SHA-256 proves the
    bytes, not that they open: the check records what it finds. A check that fails is raised
    as any check's, the register following the file all the same."""
    from vault_app.services import backup_repo_restore  # the check's unpacking only when asked

    found = locate(vault, registered, chosen)
    return found, backup_repo_restore.verify_copy(found, vault=vault)


__all__ = ["NAME_SHARED", "NOT_FOUND", "NOT_MISSING", "NOT_THAT_BACKUP", "chosen_as_folder", "locate",
           "locate_and_check", "registered_path"]

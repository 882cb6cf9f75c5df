"""Whether a backup copy unpacked for `backup verify` still holds a chart the open vault
destroyed since, and what verify says of it: one place for the single file
(backup.verify_backup) and the snapshot (backup_repo.verify_snapshot).

Found: a snapshot copied back from elsewhere after the destruction's purge (or one the purge
never reached) verified "Backup OK" and was recorded verified while the single file in the same
state said NOT CLEAN. The destruction stack (destruction_held) is imported only for a vault that
recorded a destruction.
"""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any

from vault_app.services import backup_changed, backup_registry
from vault_app.services.vault import Vault


def destructions_held(vault: Vault | None, vault_id: str, folder: Path, master: bytes,
                      wraps: tuple[bytes, ...]) -> list[str]:
    """The destructions the open `vault` recorded whose chart or notes the copy of it unpacked in
    `folder` (of vault `vault_id`) still holds; [] for another vault's copy or none open."""
    if vault is None or not vault.is_open or vault_id != vault.vault_id:
        return []
    from vault_app.services import destruction_state

    if not vault.ledger.entries(kinds=(destruction_state.STARTED,)):
        return []
    from vault_app.services import destruction_held  # the destruction stack, only for a vault that destroyed

    return destruction_held.still_held(vault, folder, master, wraps)


def held_warnings(held: list[str], *, what: str = "backup", unregistered: Path | None = None,
                  copied_folder: Path | None = None) -> list[str]:
    """What verify says of each destruction a copy still holds: the destruction (its certificate,
    never the client) and how to purge it. `what`: "backup" (a file) or "snapshot".
    `unregistered`: a copy the register does not name (made by hand). Found by a walker: the hint
    named the registered backups' purge, which never reaches such a copy, and it stayed NOT CLEAN
    after it (the hint went in a circle). A file's purge is then `--file` with its path; a
    snapshot has no purge of its own: it is deleted, with `copied_folder`, the copy of a backup
    folder it is in, when that folder holds no registered snapshot."""
    gone = "delete the file" if what == "backup" else "delete the snapshot"
    if unregistered is not None and what == "backup":
        named = shlex.quote(str(unregistered))
        return [f"This backup still holds what destruction {cert} destroyed: purge it with "
                f"'vault-app destruction purge-backups {cert} --file {named}' (it is not a registered backup, "
                f"so Purge the backups now does not reach it), or {gone}." for cert in held]
    if unregistered is not None:
        which = f"that copy of a backup folder, {copied_folder}" if copied_folder is not None else "the snapshot"
        return [f"This snapshot still holds what destruction {cert} destroyed, and no purge reaches it (it is not "
                f"a snapshot this vault registered): delete {which}." for cert in held]
    return [f"This {what} still holds what destruction {cert} destroyed: purge it with "
            f"'vault-app destruction purge-backups {cert}' (Records > Destructions and certificates > "
            f"Purge the backups now), or {gone}." for cert in held]


def snapshot_warnings(vault: Vault | None, path: Path, held: list[str]) -> list[str]:
    """held_warnings for a snapshot at `path`: one this vault did not register is in a copy of a
    backup folder made by hand (delete that folder when none of its snapshots is registered)."""
    if vault is None or not vault.is_open or backup_registry.find(vault, path) is not None:
        return held_warnings(held, what="snapshot")
    root = path.parent.parent
    ours = any(b.file.parent.parent == root for b in backup_registry.registered(vault))
    return held_warnings(held, what="snapshot", unregistered=path, copied_folder=None if ours else root)


def put_back_said(vault: Vault, path: Path, summary: dict[str, Any], toc: dict[str, Any]) -> bool:
    """A registered snapshot whose manifest changed: when it is this snapshot as it was before a
    destruction's purge (or between two), put back, `summary` says so in the words the single
    file's verify uses (older_than_purge / between_purges, the window's words: gui/backups.py),
    whose fix is to delete it: Purge the backups now does not purge a snapshot it purged already.
    Whether it said so."""
    registered_as = backup_registry.find(vault, path)
    if registered_as is None or summary["sha256"] == registered_as.sha256:
        return False
    if backup_changed.older_than_purge(registered_as, toc):
        summary["older_than_purge"] = True
        summary["warnings"] = [backup_changed.before_purge(vault, registered_as)]
        return True
    later = backup_changed.later_purges(vault, registered_as, sha256=summary["sha256"])
    if later:
        summary["between_purges"] = True
        summary["warnings"] = [backup_changed.between_purges(vault, registered_as, later)]
        return True
    return False

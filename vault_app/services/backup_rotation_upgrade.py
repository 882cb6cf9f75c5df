"""The backups the newest upgrade made, kept by the rotation (services/backup_rotation.py).

Found by a walker (wyears): a vault made by release 0.1.0, opened by today's version. The unlock
said "Upgraded for this version. The vault as it was is kept in the verified backup
vault-backup-2026-12-06.vaultbackup"; a minute later Quit's backup on lock went into the same
folder and the rotation, which keeps the newest backup of each day, removed it. That file is the
only one the older version can still restore (docs/install.md: to go back, restore the backup the
upgrade made); every backup made since is in the new format, which the older version refuses.

Kept: the backup the newest upgrade of the vault's files made (services/upgrade_backup.pack), and
the psychotherapy notes' own, made at their first unlock after it. A later upgrade's backups take
their place, so a decade of upgrades is not a decade of full copies. A destruction still purges
them (they are registered as every backup); the therapist may still delete them by hand.
"""

from __future__ import annotations

from pathlib import Path

from vault_app.services.backup_registry import RegisteredBackup
from vault_app.services.vault import Vault

UPGRADED = "vault.upgrade_backup"  # upgrade_backup.UPGRADED (not imported: the upgrade's packing stack)
_PSYCHOTHERAPY_ONLY = "psychotherapy tables"  # how before_psychotherapy_upgrade names its change


def kept(vault: Vault, backups: list[RegisteredBackup]) -> set[int]:
    """backup_ids among `backups` the newest upgrade made."""
    entries = vault.ledger.entries(kinds=(UPGRADED,))
    if not entries:
        return set()
    whole = [e for e in entries if not all(str(c).startswith(_PSYCHOTHERAPY_ONLY)
                                           for c in e.payload.get("upgraded") or ())]
    since = whole[-1].seq if whole else entries[-1].seq
    ids = set()
    for entry in (e for e in entries if e.seq >= since):
        path = str(Path(str(entry.payload.get("path", ""))).expanduser().resolve())
        # The backup registered at that path just before the entry: a later backup that took
        # the same name after this one was deleted is not it.
        made = [b for b in backups if b.path == path and b.backup_id < entry.seq]
        if made:
            ids.add(max(made, key=lambda b: b.backup_id).backup_id)
    return ids


__all__ = ["UPGRADED", "kept"]

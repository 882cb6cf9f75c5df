"""What a restore hands back (RestoreReport: every screen and the command line say it from
this) and what a backup reader hands the restore (Checked). Apart from
services/backup_restore.py, which keeps the restore's order."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from vault_app.storage.header import Header, LedgerAnchor


@dataclass
class RestoreReport:
    folder: str
    vault_id: str
    backup_sha256: str
    backup_created: str
    backup_ledger_seq: int
    restored_ledger_seq: int
    safety_copy: str | None
    reapplied: list[dict[str, Any]] = field(default_factory=list)
    destruction_sources: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    keys_replaced: list[str] = field(default_factory=list)  # copies not read: keys replaced since (its warning)
    copies_unread: list[dict[str, Any]] = field(default_factory=list)  # every copy not read (restore_destructions.Told)
    backups_registered: int = 0
    recovered: bool = False
    needs_recover: bool = False
    # Which check the copy got: "full" (every page and the ledger chain, now) or
    # "recorded at creation" (services/backup_checked.py).
    check: str = ""

    # A Ctrl-C came while the files were put in place: held back, that short part finished.
    ctrl_c_held: bool = False
    # Backups of the replaced vault's history the restored one goes back from (backup_left_behind).
    left_behind: list[str] = field(default_factory=list)
    # Restored beside the vault of the same id in this folder (backup_registry_copy): its backups
    # are off and its register its own, until the therapist chooses a backup folder for it.
    copy_beside: str | None = None
    # [the folder, why] of a vault that could not be told of this copy beside (restore_beside_record):
    # its destructions will not name it.
    copy_beside_not_told: list[str] | None = None
    # --replaces-original: the vault left behind that could not be told it was replaced ([folder, why]).
    original_not_told: list[str] | None = None
    original_replaced: str | None = None  # --replaces-original: the vault left behind, told it was replaced
    # Restored into a new folder (a new computer, a custodian's), its backup folder kept as it was (not
    # followed): the folder its automatic backups go on into, to say so; another computer may still back
    # the vault restored from up there (found by a walker).
    backups_go_to: str | None = None
    # The backup folder the settings named was not on this computer: backups go on into the folder
    # restored from, where it is now (services/backup_registry_moved.py); its path, and the old one.
    backup_folder_followed: str | None = None
    backup_folder_before: str | None = None
    # The destructions the backup restored from still holds (re-applied in the restored vault, not
    # in that file): it is registered, so `destruction purge-backups` reaches it, but not recorded
    # as verified (found: `backup list` said "verified" of a file still holding a destroyed chart).
    source_holds_destroyed: list[str] = field(default_factory=list)
    source: str = ""  # the backup file (or snapshot) restored from, as given
    # Compliance records of destroyed charts taken from the copies read (restore_destructions.carry_kept).
    compliance_records_carried: int = 0
    # What the replaced vault's ledger held beyond the backup, by kind, and the disclosures carried
    # over from it (restore_carried.Carried as a dict); None when no vault was replaced.
    replaced_ledger: dict[str, Any] | None = None
    # The signing key the restored vault signs with (services/restore_signing.py): its fingerprint,
    # how it came by it (KEPT, CARRIED, NEW), the backup's key, when that one was retired (if it
    # was: the replacement the backup is older than), and the fingerprints this restore retired.
    signing_key: str = ""
    signing_key_how: str = ""
    signing_key_backup: str = ""
    signing_key_retired_on: str = ""
    signing_keys_retired_here: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)




@dataclass
class Checked:
    """A backup copy rebuilt and checked completely (pages, chain, head) in the staging
    folder, by whichever format's reader made it; what `restore_folder` needs of it."""

    header: Header
    master: bytes
    psychotherapy_wraps: tuple[bytes, ...]
    ledger_head: LedgerAnchor
    created: str
    sha256: str  # of the file the register tracks (a backup file, a snapshot's manifest)
    size: int
    register_format: int | str  # the register's "format" of the copy restored from
    check: str = ""  # backup_checked.FULL or RECORDED: which check the reader ran


__all__ = ["Checked", "RestoreReport"]

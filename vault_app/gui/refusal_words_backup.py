"""The words of the core's refusals the Backups window and Restore from a backup show when a
backup cannot be trusted: a backup file or snapshot damaged or altered, a part of it that does
not match what it recorded, a backup folder of a newer version; and what a backup being made
meets (the psychotherapy notes left unfinished by a crash, the vault changing under the copy).

A book of gui/refusal_words.py (which reads it); es.ts holds the Spanish under the
"RefusalWordsBackup" context. The core's English stays what the CLI prints and an English
screen shows; these words leave out what only an engineer reads (which chunk, which block,
the ledger's own problems). {compartment} is said in words (refusal_words.PARAM_WORDS);
{file} is a file of the vault (ledger.db, records.db, an attachment's stored name).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "RefusalWordsBackup"

SAYS: Mapping[str, str] = {
    # an Emergency Kit that does not open a backup (services/backup_keys.kit_refused)
    **dict.fromkeys(("backup.recovery_key_wrong", "backup.recovery_key_before_rekey"), QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "That recovery key does not open this backup.")),
    "backup.snapshot_between_purges": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The snapshot {file} is an older copy, from between two destructions' purges, put "
                              "back: the later purge removed the parts of the backup folder it names that held what "
                              "that destruction destroyed, so it cannot be restored."),
    # a full disk while backing up, said as which (services/backup_disk_full.py)
    "backup.drive_full": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The drive of the backup folder {folder} is full ({free} free; a backup of this vault "
                              "needs up to about {needed}): the backup was not made."),
    "backup.vault_disk_full": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The disk that holds the vault is full ({free} free; a backup of this vault needs up to "
                              "about {needed}): the backup was not made."),
    "backup.shared_disk_full": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The disk that holds both the vault and the backup folder {folder} is full ({free} "
                              "free; a backup of this vault needs up to about {needed}): the backup was not made."),
    "backup.snapshot_rotated": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The snapshot {file} was removed by this vault's rotation, then put back: the parts of "
                              "the backup folder only it named were removed with it, so it cannot be restored."),
    # Locate… a backup whose file is not there (services/backup_locate.py)
    "backup.locate_not_missing": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "Nothing to locate: the file of {name} is where this vault registered it."),
    "backup.locate_not_found": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "No backup file named {name} in the folder chosen. Nothing was changed."),
    # `backup locate NAME` (the command line names the backup): two folders' backups of a day share it
    "backup.locate_name_shared": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "More than one missing backup is named {name}. Nothing was changed."),
    "backup.locate_not_that_backup": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The file chosen is not the backup {name} registered in this vault: its size or its "
                              "SHA-256 differs. It may be another backup, a copy from before a destruction purged it, "
                              "or a damaged file. Nothing was changed."),
    # a backup file or snapshot read back (Restore, Check a backup)
    "backup.damaged": QT_TRANSLATE_NOOP("RefusalWordsBackup", "The backup file is damaged."),
    "backup.repository_damaged": QT_TRANSLATE_NOOP("RefusalWordsBackup", "The backup folder's snapshots are damaged."),
    "backup.altered": QT_TRANSLATE_NOOP("RefusalWordsBackup", "The backup file failed authentication: it was altered."),
    "backup.snapshot_altered": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The backup snapshot failed its authentication check (altered or damaged)."),
    "backup.chunk_altered": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "A part of the backup folder's snapshots is altered or damaged."),
    "backup.not_a_snapshot": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "That file is not a snapshot of a backup folder."),
    "backup.snapshot_missing": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "That snapshot does not exist or is not a file."),
    "backup.snapshot_chunks_mismatch": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The snapshot's chunk list does not match its table of contents."),
    "backup.copy_altered": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The backup's copy of {file} is not what the backup recorded."),
    "backup.compartment_damaged": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The backup's copy of the {compartment} compartment is damaged."),
    "backup.attachment_damaged": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The backup's copy of an attachment is missing or damaged."),
    "backup.ledger_failed": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The ledger inside the backup failed verification."),
    "backup.ledger_end": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The ledger inside the backup does not end where the backup's table of contents says."),
    "backup.check_record_mismatch": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The backup's check record does not match its table of contents."),
    "backup.header_altered": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The vault header inside the backup failed its check."),
    "backup.folder_newer_version": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "This backup folder was set up by a newer version of the app."),
    # a snapshot rebuilt and checked in full before a restore uses it
    "backup.snapshot_copy.page": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The snapshot's copy of the {compartment} compartment is damaged."),
    "backup.snapshot_copy.chain": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The ledger inside the snapshot failed verification."),
    "backup.snapshot_copy.head": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The ledger inside the snapshot does not end where its table of contents says."),
    "backup.snapshot_copy.blob": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The snapshot's copy of an attachment is missing or damaged."),
    # the vault's copy checked in full before it is packed into a backup
    "backup.before_packing.page": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The copy of the {compartment} compartment made for the backup is damaged."),
    "backup.before_packing.chain": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The ledger copied for the backup failed verification."),
    "backup.before_packing.head": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The ledger copied for the backup does not end at the vault's last entry."),
    "backup.before_packing.blob": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "An attachment copied for the backup is missing or damaged."),
    # a backup being made
    "backup.changed_while_copying": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The {compartment} compartment was changed while the automatic backup was copying it."),
    "backup.not_held_still": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The vault's files could not be held still for the backup."),
    "backup.psychotherapy_changed": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "psychotherapy.db changed on disk while the vault was open, and it cannot be checked "
                              "while the psychotherapy notes are locked: it may be an older copy put back. Nothing "
                              "was backed up."),
    "purge.copy_not_closed": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "A purged backup copy was not closed cleanly; the old backup was kept."),
    "purge.snapshot_not_closed": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "A purged snapshot copy was not closed cleanly; the old snapshot was kept."),
    # `destruction purge-backups CERT --file FILE` (services/destruction_journal.purge_named_file)
    "purge.file_not_found": QT_TRANSLATE_NOOP("RefusalWordsBackup", "No backup file at {file}."),
    "purge.file_is_snapshot": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The file {file} is a snapshot of a backup folder: only a single backup file is "
                              "purged by its name."),
    "purge.file_of_another_vault": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The file {file} is a backup of another vault: nothing was changed."),
    # a backup folder the user may not write into (services/backup_folder_denied.py)
    "backup.folder_not_writable": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "You may not write into the backup folder: no backup was made there."),
    # the backup folder gone while a backup was written into it (services/backup_folder_gone.py)
    "backup.folder_gone": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The backup folder {folder} went away while the backup was being written; nothing of "
                              "the vault changed."),
    # an unplugged drive's empty mount point, or a folder without its mark (services/backup_folder_connected.py)
    "backup.drive_not_connected": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The backup drive of {folder} is not connected (its folder is empty). Nothing was "
                              "written."),
    "backup.folder_not_marked": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The folder {folder} is not the backup folder this vault's backups were made in: "
                              "neither they nor its mark are there (another drive, or the mark deleted). Nothing was "
                              "written."),
    "backup.drive_swapped": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The drive at {folder} is not the drive this vault's backups were made on: another "
                              "drive (or the backup drive reformatted) holds a copy of its backup folder. Nothing was "
                              "written."),
    # Restore from a backup: the destructions a newer copy of the vault knows
    "restore.newer_ledger_unreadable": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The ledger of the newer copy of the vault in that folder could not be read."),
    # Another file put in place of the backup between the restore's question and its answer
    "restore.backup_changed_since_asked": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The backup file changed after you were asked; nothing was restored."),
    # Another file renamed into the backup's place between its two reads (services/backup_archive.beside_checksum)
    "backup.replaced_while_read": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The backup file {file} was replaced by another file while it was being read; "
                              "nothing was done with it."),
    # A vault older than its backup folder's newest backup discloses nothing (services/older_copy_refusal.py)
    "disclosure.older_copy": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "Disclosure refused: this vault is older than the newest backup in {folder}. That "
                              "backup holds records this copy does not have (made on another computer, or by this "
                              "vault before its folder was replaced by an older copy, put back from a copy or by a "
                              "sync tool): an authorization revoked since, for one, is not revoked here. Nothing was "
                              "disclosed; reading and writing notes stays allowed."),
    # The same, of a vault a copy replaced (restore --replaces-original): the way on is that copy (round 45)
    "disclosure.older_copy.replaced": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "Disclosure refused: this vault was replaced by the copy in {copy} (restored from a "
                              "backup), and that copy has made newer backups in {folder}: an authorization revoked "
                              "there, for one, is not revoked here. Nothing was disclosed."),
    # a backup folder chosen in another vault's folder (services/backup_folder_place.py)
    "backup.in_a_vault_folder": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "Backups cannot be kept inside a vault's folder ({folder}): that vault and the backups "
                              "would be lost together, and either could replace the other's files."),
    # a restore into another vault's folder (services/restore_place.py)
    "restore.inside_vault_folder": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "That folder is inside a vault's folder ({folder}); nothing was restored."),
    # a backup folder inside a backup repository's own folders (services/backup_folder_place.py)
    "backup.in_a_repository_part": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "Backups cannot be kept in {folder}: that folder holds the backups of another backup "
                              "folder, and the two could damage each other."),
    # Back up now beside the work (services/backup_now.py)
    "backup.already_running": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "A backup of this vault is being made right now."),
    "backup.now_stopped": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The backup was stopped before it was finished: a destruction needed the vault's files."),
    "backup.now_not_recorded": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "The backup was made; it is recorded when the vault is next unlocked."),
}

_ANOTHER_BACKUP = QT_TRANSLATE_NOOP("RefusalWordsBackup", "Use another backup.")
_ANOTHER_SNAPSHOT = QT_TRANSLATE_NOOP("RefusalWordsBackup", "Use another snapshot or another backup.")
# The core's hint names the command line's audit check; the app's way is a restore.
_VAULT_COPY_DAMAGED = QT_TRANSLATE_NOOP(
    "RefusalWordsBackup", "Nothing was written. If it happens again, restore the vault from your latest verified "
                          "backup (Restore from a backup, in the unlock window).")

# What to do (the core's hints; the app's way where the core's names a command).
HINTS: Mapping[str, str] = {
    "backup.replaced_while_read": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "Choose it again once nothing is writing into its folder."),
    "disclosure.older_copy": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "Restore the newest backup over this vault first (Vault > Backups…, Restore the "
                              "selected backup…), or, if this older copy is the one to keep, choose another backup "
                              "folder for it (Vault > Backups…)."),
    "disclosure.older_copy.replaced": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "Disclose from that copy: work in that copy, not in this vault."),
    "restore.backup_changed_since_asked": QT_TRANSLATE_NOOP("RefusalWordsBackup", "Choose it again."),
    "purge.file_is_snapshot": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "A registered backup folder's snapshots are purged with the other backups (Purge the "
                              "backups now); a snapshot copied elsewhere by hand can be deleted."),
    "backup.recovery_key_wrong": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "A backup opens only with the Emergency Kit that was current when it was made. If this "
                              "backup may be older than a Replace every key, an earlier kit opens it, or the "
                              "passphrase the vault had then. Check too that the kit names this backup's vault id, "
                              "{vault_id}."),
    "backup.recovery_key_before_rekey": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "This backup was made before every key of this vault was replaced on {day}: it opens "
                              "with the Emergency Kit from before that day, or with the passphrase the vault had "
                              "when the backup was made."),
    "backup.drive_full": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "Nothing already saved was lost. Free some space on that drive, or choose a backup "
                              "folder on another drive; then back up again."),
    "backup.vault_disk_full": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "Nothing already saved was lost. Free some space on this computer's disk, then back up "
                              "again."),
    "backup.shared_disk_full": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "Nothing already saved was lost. Free some space on it, or choose a backup folder on an "
                              "external drive; then back up again."),
    **dict.fromkeys(("backup.snapshot_between_purges", "backup.snapshot_rotated"), QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "Delete it; the other snapshots are not affected.")),
    "backup.damaged": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "Use another backup; check the disk or drive it is stored on."),
    "backup.repository_damaged": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "Use another snapshot or another backup; check the disk or drive it is stored on."),
    **dict.fromkeys(("backup.altered", "backup.compartment_damaged", "backup.attachment_damaged"), _ANOTHER_BACKUP),
    **dict.fromkeys(("backup.snapshot_altered", "backup.chunk_altered", "backup.snapshot_copy.page",
                     "backup.snapshot_copy.blob"), _ANOTHER_SNAPSHOT),
    "backup.not_a_snapshot": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "Choose a file from the snapshots folder of the backup folder."),
    "backup.folder_newer_version": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "Install the newest version, or choose another folder."),
    **dict.fromkeys(("backup.before_packing.page", "backup.before_packing.blob"), _VAULT_COPY_DAMAGED),
    "backup.changed_while_copying": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "Nothing was lost; the next lock makes the backup."),
    "backup.not_held_still": QT_TRANSLATE_NOOP("RefusalWordsBackup", "Lock again later."),
    # Not the restore of the whole vault (round 46): the notes' unlock says what to do for this file alone.
    "backup.psychotherapy_changed": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "Unlock the psychotherapy notes: that checks the file and, if it is an older copy, "
                              "says what to do. Then back up again."),
    "backup.folder_not_writable": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "Choose another backup folder, one you can write into, or have this folder's "
                              "permissions changed so that you can; then back up again."),
    "backup.folder_gone": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "Connect its drive (or put the folder back), then back up again."),
    "backup.drive_not_connected": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "Connect the drive, then back up again. Or choose another backup folder."),
    "backup.folder_not_marked": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "Connect the backup drive. If this is the right folder, choose it again under "
                              "Backups: that marks it as this vault's backup folder."),
    "backup.drive_swapped": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "Connect the backup drive. If this drive is now your backup drive, choose the folder "
                              "again under Backups: that makes it this vault's backup folder."),
    "backup.locate_not_found": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "Choose the backup file itself, or the folder it was moved to."),
    "backup.locate_name_shared": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "Name the one to locate by its whole path, as the Backups window's Folder column and "
                              "its tooltip show it."),
    "backup.locate_not_that_backup": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "Choose the very file this backup was moved to, or make a new backup (Back up now)."),
    "backup.in_a_vault_folder": QT_TRANSLATE_NOOP("RefusalWordsBackup",
                                                  "Choose a folder of their own, on an external drive if you can."),
    "restore.inside_vault_folder": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "Restore into a folder of its own, outside any vault's folder, for example beside it."),
    "backup.in_a_repository_part": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "Choose a folder outside that backup folder."),
    "backup.already_running": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "Wait for it to end, then press Back up now again."),
    "backup.now_stopped": QT_TRANSLATE_NOOP(
        "RefusalWordsBackup", "Nothing half-made was kept. Press Back up now again."),
}

FIELD_NAMES: Mapping[str, str] = {}


class WaitKind(Enum):
    """What waiting is for when a backup is refused (Quit's "Backup not made" asks: gui/quit_backup.py)."""

    DRIVE = "drive"  # the folder's drive is away: connect it
    SPACE = "space"  # a disk is full: free space on it
    FOLDER = "folder"  # the folder is not one to back up into: choose another
    # This vault is the older copy (another copy backed up there since): restore that newest
    # backup here, as the unlock's message advises first (gui/older_copy.py); not "choose another".
    NEWER = "newer"
    LATER = "later"  # nothing the therapist fixes at the folder: only "Don't quit yet"


# Every backup code the core gives, placed (tests/gui/test_quit_backup_wait_words.py checks it
# whole): a code added without a place fails there instead of silently getting "Don't quit yet"
# (an unplugged drive's empty mount point got it while the kinds were hand lists in quit_backup).
# A full disk is freed, not connected; a folder of another copy or vault is changed for another.
WAIT_KINDS: Mapping[str, WaitKind] = {
    **dict.fromkeys(("backup.folder_gone", "backup.target_missing", "backup.file_missing",
                     "backup.drive_not_connected", "backup.folder_not_marked", "backup.drive_swapped"), WaitKind.DRIVE),
    **dict.fromkeys(("backup.drive_full", "backup.vault_disk_full", "backup.shared_disk_full", "disk.full"),
                    WaitKind.SPACE),
    "backup.folder_of_another_copy": WaitKind.NEWER,
    **dict.fromkeys(("backup.folder_of_another_vault", "backup.repo_of_another_vault",
                     "backup.repo_snapshot_not_ours", "backup.copy_shares_folder", "backup.folder_not_writable",
                     "backup.folder_newer_version", "backup.inside_vault", "backup.in_a_vault_folder",
                     "backup.in_a_repository_part",
                     "backup.target_not_folder",
                     "backup.not_a_repository"), WaitKind.FOLDER),
    **dict.fromkeys((
        "backup.already_running", "backup.now_stopped", "backup.now_not_recorded",
        "backup.altered", "backup.attachment_damaged", "backup.before_packing.blob", "backup.before_packing.chain",
        "backup.before_packing.head", "backup.before_packing.page", "backup.busy", "backup.changed_while_copying",
        "backup.changed_while_read", "backup.check_record_mismatch", "backup.chunk_altered",
        "backup.compartment_damaged", "backup.content_key_altered", "backup.copy_altered", "backup.count_range",
        "backup.damaged", "backup.file_not_a_backup", "backup.folder_busy", "backup.folder_not_one_backup",
        "backup.header_altered", "backup.is_folder", "backup.not_a_file", "backup.kdf_out_of_range",
        "backup.ledger_end",
        "backup.ledger_failed", "backup.locate_name_shared", "backup.locate_not_found", "backup.locate_not_missing",
        "backup.locate_not_that_backup", "backup.needs_device_secret", "backup.newer_version", "backup.not_a_backup",
        "backup.not_a_snapshot", "backup.not_held_still", "backup.other_vault", "backup.passphrase_wrong",
        "backup.passphrase_wrong_device_secret",
        "backup.psychotherapy_changed", "backup.psychotherapy_settling", "backup.psychotherapy_unfinished",
        "backup.recovery_key_before_rekey",
        "backup.recovery_key_wrong", "backup.reminder_days_zero", "backup.replaced_while_read",
        "backup.repository_damaged", "backup.secret_missing", "backup.snapshot_altered",
        "backup.snapshot_between_purges", "backup.snapshot_chunks_mismatch", "backup.snapshot_copy.blob",
        "backup.snapshot_copy.chain", "backup.snapshot_copy.head", "backup.snapshot_copy.page",
        "backup.snapshot_missing", "backup.snapshot_newer_version", "backup.snapshot_rotated"), WaitKind.LATER),
}


def wait_kind(code: str) -> WaitKind:
    return WAIT_KINDS.get(code, WaitKind.LATER)  # not a backup's code (a bug, a lock): only wait


__all__ = ["CONTEXT", "FIELD_NAMES", "HINTS", "SAYS", "WAIT_KINDS", "WaitKind", "wait_kind"]

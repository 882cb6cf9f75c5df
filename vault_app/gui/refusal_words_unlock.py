"""The words of the core's refusals a therapist meets at the unlock window and in the recovery
with the Emergency Kit: a vault header damaged, altered, missing or of a newer version, the
vault's files rolled back to older copies, a recovery key mistyped or of another vault, the
vault open in another window; and the machine's refusals every window can meet (a disk full,
a drive read-only, a compartment busy or damaged).

A book of gui/refusal_words.py (which reads it); es.ts holds the Spanish under the
"RefusalWordsUnlock" context. The core's English stays what the CLI prints and what an English
screen shows; these are the translators' source. They leave out what only an engineer reads:
which key slot of the header failed, the process id holding the vault, what the app was doing
when the disk filled ("while writing the ledger"). {compartment} is said in words
(refusal_words.PARAM_WORDS); {file} is a file of the vault folder (ledger.db, records.db).
"""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "RefusalWordsUnlock"
# A full disk whose folder the system did not name, nor the writer knew (storage/disk_full.py):
# its words without the folder that "disk.full"'s words below name (found by a walker: "The disk
# is full." alone, on a vault's small drive, where the folder was known).
FULL_SOMEWHERE = (
    QT_TRANSLATE_NOOP("RefusalWordsUnlock", "The disk is full."),
    QT_TRANSLATE_NOOP("RefusalWordsUnlock", "Nothing already saved was lost. Free some space and try again."),
)


def disk_unnamed(code: str, params: Mapping[str, object]) -> bool:
    """A full disk said without its folder (FULL_SOMEWHERE's words)."""
    return code == "disk.full" and not params.get("folder")


SAYS: Mapping[str, str] = {
    # the PIN after a restore over the vault by another program while the window was locked
    "quick_unlock.restored_meanwhile": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "This vault was restored from a backup by another program while this window was "
                              "locked, so the PIN cannot open it. The vault it replaced is kept in {folder}."),
    # the same, no safety copy beside it (restored into the folder moved aside, or the copy gone since)
    "quick_unlock.replaced_meanwhile": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "This vault was restored from a backup, or replaced by an older copy, by another "
                              "program while this window was locked, so the PIN cannot open it."),
    # the vault header (vault.header): read before anything else
    "header.damaged": QT_TRANSLATE_NOOP("RefusalWordsUnlock", "The vault header is damaged."),
    "header.newer_version": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "This vault was made by a newer version of the app."),
    "header.missing": QT_TRANSLATE_NOOP("RefusalWordsUnlock", "The vault header (vault.header) is missing."),
    "header.altered": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "The vault header was altered: its authentication code does not match."),
    "header.key_altered": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "A key in the vault header is damaged or was altered."),
    "header.key_missing": QT_TRANSLATE_NOOP("RefusalWordsUnlock", "A key is missing from the vault header."),
    "header.kdf_out_of_range": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "The vault header asks for key-derivation settings below the safe minimum or above "
                              "the supported maximum: it was altered."),
    "header.kdf_changed": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "The vault header's key-derivation settings are not the ones this computer last "
                              "unlocked it with, and the passphrase does not fit them."),
    # an older keyring put back (services/vault_master_key._older_keyring)
    "keyring.older_than_vault": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "The passphrase does not open this vault with what this computer's keyring holds, and "
                              "the keyring is older than the vault (put back from an older copy, or the vault was "
                              "used without it since)."),
    "header.changed_meanwhile": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "The vault header (vault.header) was changed by something else while this vault was "
                              "open; the app did not write over it. What you just did may be saved already: look for "
                              "it before you do it again."),
    "compartment.replaced_while_open": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "{file} in the vault folder was replaced by another program while the vault was open (a "
                              "sync tool, or one file restored from an older copy). The vault's own {file} was put "
                              "back, with everything saved this session; the file found in its place is kept beside "
                              "it as {kept_as}."),
    "compartment.folder_replaced_while_open": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "The vault folder {folder} was replaced by another program while the vault was open (a "
                              "sync tool, or the whole folder restored from a copy); nothing was written there."),
    # the Emergency Kit's recovery key
    "recovery_key.characters": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "The recovery key contains characters that do not belong in it."),
    "recovery_key.length": QT_TRANSLATE_NOOP("RefusalWordsUnlock", "The recovery key has the wrong length."),
    "recovery_key.checksum": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "The recovery key has a typo (its checksum does not match)."),
    "recovery_key.other_vault": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "That recovery key does not open this vault."),
    # the passphrase asked again (a passphrase change, replacing every key)
    "passphrase.current_wrong": QT_TRANSLATE_NOOP("RefusalWordsUnlock", "The current passphrase is not correct."),
    # the vault's files against each other and against the keyring: older copies put back
    "ledger.keyring_rolled_back": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "This vault was rolled back: the system keyring recorded ledger entry {recorded}, but "
                              "the vault's ledger ends at entry {ends}."),
    "ledger.keyring_replaced": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "This vault's ledger was replaced: entry {entry} differs from the one the system "
                              "keyring recorded."),
    "signing_key.keyring_retired": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "The system keyring recorded that this vault's signing key (fingerprint "
                              "{fingerprint}) was replaced on {retired} (Replace every key), but the vault here "
                              "still signs with it: it is an older copy."),
    "signing_key.keyring_retired_elsewhere": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "The system keyring recorded that this vault's signing key (fingerprint "
                              "{fingerprint}) was replaced on {retired} (Replace every key) in another folder, but "
                              "the vault here still signs with it, and it is neither a copy the app made of that "
                              "vault nor a folder this vault was used in on this computer: it is an older copy of "
                              "the vault put in a new place."),
    # Only psychotherapy.db or records.db older than the files beside it (services/compartment_alone_older.py):
    # said as any older compartment; the hint says what to do first (round 45).
    **dict.fromkeys(("ledger.file_rolled_back", "ledger.notes_rolled_back_alone",
                     "ledger.notes_rolled_back_alone.newer_beside", "ledger.records_rolled_back_alone",
                     "ledger.records_rolled_back_alone.newer_beside"), QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "{file} is older than the audit ledger, which recorded later changes to it.")),
    "ledger.file_saw_later": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "ledger.db was rolled back: {file} has seen ledger entry {entry}, which the ledger does "
                              "not hold (or holds differently)."),
    # Only the header older than the files beside it (services/vault_binding._header_alone), in words for
    # a clinician: the numbers in the detail at the end (walker wround2 #2).
    **dict.fromkeys(("ledger.header_rolled_back", "ledger.header_rolled_back.newer_beside"), QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "vault.header, the file that holds the vault's keys, is an older copy than the records "
                              "beside it, which were written after it (in detail: it was rolled back to version "
                              "{generation}; the records saw version {recorded}).")),
    **dict.fromkeys(("ledger.header_before_new_keys", "ledger.header_before_new_keys.newer_beside"),
                    QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "vault.header, the file that holds the vault's keys, is an older copy: the records "
                              "beside it are newer and do not open with it (in detail: it was rolled back to before "
                              "every key was replaced).")),
    # Only ledger.db older than the header and records.db beside it (services/ledger_alone_older.py), in words
    # for a clinician: the numbers in the detail at the end (round 45).
    **dict.fromkeys(("ledger.rolled_back_alone", "ledger.rolled_back_alone.newer_beside"), QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "ledger.db, the vault's audit record, is an older copy than the files beside it: "
                              "vault.header and records.db were written after it (in detail: it was rolled back "
                              "to entry {ends}; the vault had recorded entry {recorded}).")),
    "compartment.older_than_its_key": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "{file} does not open with its current key: it is an older copy from before its key "
                              "was replaced on {day} (by a destruction or by Replace every key), put back, or it is "
                              "damaged."),
    "ledger.older_than_its_key": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "ledger.db does not open with its current key: it is an older copy from before every "
                              "key was replaced on {day} (by Replace every key), put back, or it is damaged."),
    # the full check of every page (Check every page when unlocking)
    "integrity.compartments_damaged": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Integrity check failed: part of the vault is damaged or was altered."),
    "integrity.attachments_lost": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Integrity check failed: attached documents are missing, damaged or not in their place "
                              "({count})."),
    # the vault open elsewhere
    "vault.busy": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "The vault is open in another window of the app, or a command is using it."),
    "vault.busy.window": QT_TRANSLATE_NOOP("RefusalWordsUnlock", "The vault is open in another window of the app."),
    "vault.busy.own_backup": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "This window is still finishing the backup made at the lock."),
    "vault.busy.command": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "A command run outside the app's windows (in a terminal, or by a scheduled task) is "
                              "using the vault."),
    "vault.lock_taken_meanwhile": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Another program has this vault open now ({details}): the vault's lock file "
                              "(vault.lock) was removed or the vault folder replaced while this window had it open. "
                              "Nothing was saved this time."),
    "vault.lock_replaced_meanwhile": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Another program opened this vault while this window had it open: the vault's lock "
                              "file (vault.lock) was removed or the vault folder replaced, and it made a new one. "
                              "Nothing was saved this time."),
    "vault.owner_folder": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "A folder named vault.lock.owner is in the vault folder, where the app notes who has "
                              "the vault open."),
    # a compartment (records, psychotherapy notes, ledger) as SQLite reports it
    "compartment.busy": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "The {compartment} compartment is busy (another copy of the app may have it open)."),
    "compartment.read_only": QT_TRANSLATE_NOOP("RefusalWordsUnlock", "The {compartment} compartment is read-only."),
    "compartment.damaged": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "The {compartment} compartment is damaged or was altered."),
    "compartment.missing": QT_TRANSLATE_NOOP("RefusalWordsUnlock", "The {compartment} compartment is missing."),
    "compartment.key_unavailable": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "The {compartment} compartment's key is not available now."),
    "chart.closed_for_destruction": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "This chart is being destroyed: nothing more can be saved to it."),
    "compartment.no_wal": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "The {compartment} compartment could not switch to WAL mode."),
    # Replace every key (Vault > Replace every key…)
    "rekey.compartment_disk_full": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "The disk is too full to re-encrypt the {compartment} compartment."),
    "rekey.compartment_failed": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "The {compartment} compartment could not be re-encrypted under its new key."),
    "rekey.compartment_busy": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "The {compartment} compartment is being read by another program, so its key was not "
                              "replaced. Nothing is lost: a compartment re-encrypted before it keeps its fresh key."),
    "rekey.vault_busy": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "The vault is being read by another program, so its keys were not replaced. Nothing "
                              "was changed: the vault keeps its keys, and your Emergency Kit still works."),
    "rekey.disk_full": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Replacing every key needs about {needed} MB free on the vault's drive (a "
                              "re-encrypted copy of each file is written beside it first); {free} MB are free. "
                              "Nothing was changed: the vault keeps its keys, and your Emergency Kit still works."),
    # the machine: the disk, the drive, the folder
    "disk.full": QT_TRANSLATE_NOOP("RefusalWordsUnlock", "The disk that holds the folder {folder} is full."),
    "disk.read_only": QT_TRANSLATE_NOOP("RefusalWordsUnlock", "The drive is read-only."),
    "disk.file_too_large": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "The file is too large for this drive: a drive formatted FAT32, as most USB drives are, "
                              "takes no file of 4 GB or more."),
    "disk.permission_denied": QT_TRANSLATE_NOOP("RefusalWordsUnlock", "Permission denied."),
    "disk.file_in_the_way": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "A file is in the way: a folder was expected there."),
    "disk.not_found": QT_TRANSLATE_NOOP("RefusalWordsUnlock", "A file or folder was not found."),
    "disk.symlink": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "A symbolic link is in the way: the app does not follow links there."),
    "disk.folder_in_the_way": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "A folder is in the way: a file was expected there."),
    "file.unreadable": QT_TRANSLATE_NOOP("RefusalWordsUnlock", "The file could not be read."),
    # Settings' Reveal the compartments' keys
    "psychotherapy.reveal_locked": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Unlock the psychotherapy notes before revealing their key."),
    "disk.io_error": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "The system reported an error reading or writing the disk or drive."),
}

_RESTORE = QT_TRANSLATE_NOOP("RefusalWordsUnlock", "Restore the vault from your latest verified backup.")
_RESTORE_UNCHANGED = QT_TRANSLATE_NOOP(
    "RefusalWordsUnlock", "Someone may have put back an older copy of that file. Restore from your latest verified "
                          "backup; nothing was changed.")
_CHECK_BACKUPS = QT_TRANSLATE_NOOP(
    "RefusalWordsUnlock", "Someone may have replaced the vault with an older copy. Check your backups.")

# What to do: the core's hint (none names a command) in the screen's language.
HINTS: Mapping[str, str] = {
    **dict.fromkeys(("quick_unlock.restored_meanwhile", "quick_unlock.replaced_meanwhile"), QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Type the passphrase of the restored vault: the one its backup was made under, or the "
                              "one the restore set.")),
    **dict.fromkeys(("header.damaged", "header.missing", "header.altered", "compartment.damaged",
                     "compartment.missing", "integrity.compartments_damaged"), _RESTORE),
    "header.newer_version": QT_TRANSLATE_NOOP("RefusalWordsUnlock", "Install the newest version to open it."),
    "header.kdf_changed": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "If the passphrase was changed on another computer, use the new one. Otherwise someone "
                              "altered vault.header: restore it from your latest verified backup."),
    "keyring.older_than_vault": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "If the passphrase was changed since, type the newest one. Otherwise use your Emergency "
                              "Kit: Recover with Emergency Kit… in this window sets a new passphrase and device "
                              "secret, and nothing in the vault changes."),
    "header.changed_meanwhile": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Lock the vault and unlock it again. If no other copy of the app was running, check the "
                              "folder and your backups."),
    "compartment.replaced_while_open": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Nothing was saved this time: do it again. Keep sync and backup programs away from the "
                              "vault folder while the app is open."),
    "compartment.folder_replaced_while_open": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Quit the app, then check the folder and your backups before you unlock again."),
    "recovery_key.other_vault": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Use the Emergency Kit you saved most recently for this vault: each Replace every key "
                              "makes a new kit, and the earlier one no longer opens the vault (it still opens "
                              "backups made before)."),
    "ledger.keyring_rolled_back": _CHECK_BACKUPS,
    "signing_key.keyring_retired": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Someone may have put back an older copy of the whole vault folder (a Time Machine "
                              "snapshot, a sync tool). Restore your newest backup over it; nothing was changed."),
    "signing_key.keyring_retired_elsewhere": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Someone may have put an older copy of the whole vault folder here (a Time Machine "
                              "snapshot restored elsewhere, a sync tool). Open your vault in its own folder, or "
                              "restore your newest backup into this one; nothing was changed."),
    "ledger.keyring_replaced": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Someone may have replaced the vault with an older or rewritten copy. Check your "
                              "backups."),
    **dict.fromkeys(("ledger.file_rolled_back", "compartment.older_than_its_key"), _RESTORE_UNCHANGED),
    **dict.fromkeys(("ledger.file_saw_later", "ledger.older_than_its_key"), QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Someone may have put back an older copy of ledger.db. Restore from your latest "
                              "verified backup; nothing was changed.")),
    # What to do first, before any restore: a restore replaces the newer records too (walker wround2 #2).
    **dict.fromkeys(("ledger.header_rolled_back", "ledger.header_before_new_keys"), QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Someone may have put back an older copy of vault.header. Only this one file is old: the "
                              "records and the audit record beside it are newer and whole, and nothing was changed. "
                              "If you have a newer copy of vault.header (in a copy of "
                              "the vault folder made since), close the app and put it in the vault folder in place of "
                              "this one. Only if you have none, restore from your latest verified backup: it replaces "
                              "the newer records too, and anything written since that backup is then only in the "
                              "safety copy the restore keeps.")),
    **dict.fromkeys(("ledger.header_rolled_back.newer_beside", "ledger.header_before_new_keys.newer_beside"),
                    QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Someone may have put back an older copy of vault.header. Only this one file is old: the "
                              "records and the audit record beside it are newer and whole, and nothing was changed. "
                              "{kept}, in the vault folder, is a newer vault.header "
                              "of this vault: close the app, move vault.header out of the vault folder, rename "
                              "{kept} to vault.header, and open the app again. Do not restore a backup for this: it "
                              "would replace the newer records too.")),
    # What to do first, before any restore: a restore replaces the newer records.db too (round 45).
    "ledger.rolled_back_alone": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Someone may have put back an older copy of ledger.db. Only this one file is old: the "
                              "vault's keys and records beside it are newer and whole, and nothing was changed. If "
                              "you have a newer copy of ledger.db (in a copy of the vault folder made since, or your "
                              "computer's own backup of it), close the app and put it in the vault folder in place "
                              "of this one. Only if you have none, restore from your latest verified backup: it "
                              "replaces records.db and the psychotherapy notes too, and anything written since that "
                              "backup (clients, sessions, notes) is then only in the safety copy the restore keeps. "
                              "If you are not sure, ask whoever looks after your computer first."),
    "ledger.rolled_back_alone.newer_beside": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Someone may have put back an older copy of ledger.db. Only this one file is old: the "
                              "vault's keys and records beside it are newer and whole, and nothing was changed. "
                              "{kept}, in the vault folder, is a newer ledger.db of this vault: close the app, move "
                              "ledger.db out of the vault folder, rename {kept} to ledger.db, and open the app "
                              "again. Do not restore a backup for this: it would replace the newer records too."),
    # What to do first, before any restore: a restore replaces the newer files beside the old one (round 45).
    "ledger.notes_rolled_back_alone": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Someone may have put back an older copy of psychotherapy.db, the file of the "
                              "psychotherapy notes. Only this one file is old: records.db and ledger.db beside it are "
                              "newer and whole, and nothing was changed. If you have a newer copy of psychotherapy.db "
                              "(in a copy of the vault folder made since, or your computer's own backup of it), close "
                              "the app and put it in the vault folder in place of this one. Only if you have none, "
                              "restore from your latest verified backup: it replaces records.db and ledger.db too, and "
                              "anything written since that backup (clients, sessions, notes) is then only in the "
                              "safety copy the restore keeps. If you are not sure, ask whoever looks after your "
                              "computer first."),
    "ledger.notes_rolled_back_alone.newer_beside": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Someone may have put back an older copy of psychotherapy.db, the file of the "
                              "psychotherapy notes. Only this one file is old: records.db and ledger.db beside it are "
                              "newer and whole, and nothing was changed. {kept}, in the vault folder, is a newer "
                              "psychotherapy.db of this vault: close the app, move psychotherapy.db out of the vault "
                              "folder, rename {kept} to psychotherapy.db, and open the app again. Do not restore a "
                              "backup for this: it would replace the newer files beside it too."),
    "ledger.records_rolled_back_alone": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Someone may have put back an older copy of records.db. Only this one file is old: the "
                              "psychotherapy notes and ledger.db beside it are newer and whole, and nothing was "
                              "changed. If you have a newer copy of records.db (in a copy of the vault folder made "
                              "since, or your computer's own backup of it), close the app and put it in the vault "
                              "folder in place of this one. Only if you have none, restore from your latest verified "
                              "backup: it replaces the psychotherapy notes and ledger.db too, and anything written "
                              "since that backup (psychotherapy notes too) is then only in the safety copy the "
                              "restore keeps. If you are not sure, ask whoever looks after your computer first."),
    "ledger.records_rolled_back_alone.newer_beside": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Someone may have put back an older copy of records.db. Only this one file is old: the "
                              "psychotherapy notes and ledger.db beside it are newer and whole, and nothing was "
                              "changed. {kept}, in the vault folder, is a newer records.db of this vault: close the "
                              "app, move records.db out of the vault folder, rename {kept} to records.db, and open "
                              "the app again. Do not restore a backup for this: it would replace the newer files "
                              "beside it too."),
    "integrity.attachments_lost": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Restore the vault from your latest verified backup to get them back."),
    "vault.busy": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Close the vault there (or let that command finish) and try again."),
    "vault.busy.window": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Use that window instead (it may be behind other windows or minimised); the vault "
                              "opens in one window at a time."),
    "vault.busy.command": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Let that command finish (or stop it in its terminal), then try again."),
    "vault.busy.own_backup": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Try again in a moment: the vault opens as soon as that backup is recorded."),
    "vault.lock_taken_meanwhile": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Close that program (or let the command finish), then lock the vault here (Lock now, "
                              "Ctrl+L) and unlock it again before you do it again. Never delete vault.lock: it is "
                              "never stale."),
    "vault.lock_replaced_meanwhile": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Lock the vault here (Lock now, Ctrl+L) and unlock it again, then do it again: the "
                              "unlock reads what the other program changed. Never delete vault.lock: it is never "
                              "stale."),
    "vault.owner_folder": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Move that folder out of the vault folder, then try again."),
    "compartment.busy": QT_TRANSLATE_NOOP("RefusalWordsUnlock", "Close other copies of the app and try again."),
    "compartment.read_only": QT_TRANSLATE_NOOP("RefusalWordsUnlock", "Check the permissions of the vault folder."),
    # Only the psychotherapy notes' key is ever put away while the vault is open.
    "compartment.key_unavailable": QT_TRANSLATE_NOOP("RefusalWordsUnlock", "Unlock the psychotherapy notes first."),
    "rekey.compartment_disk_full": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Nothing already saved was lost, and its old key is still the one in use. Free at "
                              "least {mib} MB on this disk, then try again (an interrupted destruction finishes at "
                              "the next unlock)."),
    "rekey.compartment_failed": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Nothing already saved was lost, and its old key is still the one in use. Check that "
                              "the disk has free space, then try again (an interrupted destruction finishes at the "
                              "next unlock)."),
    **dict.fromkeys(("rekey.compartment_busy", "rekey.vault_busy"), QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Close other copies of the app (and any command reading the vault), then replace every "
                              "key again.")),
    "rekey.disk_full": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Free some space on that drive, then replace every key again."),
    "chart.closed_for_destruction": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "What was typed in it after the destruction began is not kept, as the rest of the "
                              "chart."),
    "disk.full": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Nothing already saved was lost. Free some space on that disk (empty its trash, or "
                              "move files off it), then try again."),
    "disk.read_only": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "If it is a backup drive, check its write-protect switch or mount it read-write, then "
                              "try again."),
    "disk.file_too_large": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Back up into a backup folder of dated backups (kept in small parts), or use a drive "
                              "formatted exFAT or NTFS."),
    "disk.permission_denied": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Check that the vault folder is writable by you."),
    "disk.file_in_the_way": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Check the path you gave: one of its parts is a file, not a folder."),
    "disk.not_found": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Check the path you gave: its folder must exist already."),
    "disk.symlink": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Replace the link with the file itself (or remove it), then try again."),
    "disk.folder_in_the_way": QT_TRANSLATE_NOOP(
        "RefusalWordsUnlock", "Check the path you gave: name a file, not a folder."),
}

FIELD_NAMES: Mapping[str, str] = {}

__all__ = ["CONTEXT", "FIELD_NAMES", "FULL_SOMEWHERE", "HINTS", "SAYS", "disk_unnamed"]

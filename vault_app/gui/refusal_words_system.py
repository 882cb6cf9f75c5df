"""The words of the core's refusals whose English hint names the command line: a record gone
from the vault meanwhile, an attachment's file damaged, the keyring, a backup folder, a purge of
the backups, the audit log; and the app's way for the coded refusals of other books whose core
hint names a command (a client or an appointment no longer there); and a few refusals a screen
showed in English whatever its language (a signed note's session).

A book of gui/refusal_words.py (which reads it); es.ts holds the Spanish under the
"RefusalWordsSystem" context. The core's hints are the CLI's ("List them with 'vault-app
client list'", "(vault-app recover)"): the CLI prints them unchanged. A screen says instead
where in the app to go (a menu, a button), in English too (refusal_words.names_a_command).
The words leave out what a screen need not repeat: a folder's path (the Backups screen shows
it), the technical detail of a failed check.
"""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "RefusalWordsSystem"

SAYS: Mapping[str, str] = {
    # a record looked up by its id, removed meanwhile (another window, a destruction)
    "plan.goal_not_found": QT_TRANSLATE_NOOP("RefusalWordsSystem", "That goal is not in this client's treatment plan."),
    "authorization.not_found": QT_TRANSLATE_NOOP("RefusalWordsSystem", "No authorization with that id."),
    "billing.guardian_not_found": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "A guardian in the split is not recorded for this client."),
    "session.not_found": QT_TRANSLATE_NOOP("RefusalWordsSystem", "No session with that id in this chart."),
    "decision.not_found": QT_TRANSLATE_NOOP("RefusalWordsSystem", "No confidentiality decision with that id."),
    "snippet.not_found": QT_TRANSLATE_NOOP("RefusalWordsSystem", "No snippet with that trigger."),
    "hold.not_found": QT_TRANSLATE_NOOP("RefusalWordsSystem", "No legal hold with id {id}."),
    "representative.not_found": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "No personal representative with that id for this client."),
    "request.not_found": QT_TRANSLATE_NOOP("RefusalWordsSystem", "No request with that id."),
    "request.review_not_found": QT_TRANSLATE_NOOP("RefusalWordsSystem", "No review for that request."),
    "restriction.not_found": QT_TRANSLATE_NOOP("RefusalWordsSystem", "No restriction with that id."),
    "measure.not_found": QT_TRANSLATE_NOOP("RefusalWordsSystem", "No measure with that id."),
    "attachment.not_found": QT_TRANSLATE_NOOP("RefusalWordsSystem", "No attachment with that id in this chart."),
    "plan.goal_not_in_plan": QT_TRANSLATE_NOOP("RefusalWordsSystem", "No goal with that id in this plan."),
    "client.being_destroyed": QT_TRANSLATE_NOOP("RefusalWordsSystem", "This chart is being destroyed."),
    "attachment.id_not_found": QT_TRANSLATE_NOOP("RefusalWordsSystem", "No attachment with that id."),
    "guardian.not_found": QT_TRANSLATE_NOOP("RefusalWordsSystem", "No guardian with that id in this chart."),
    "progress_note.not_found": QT_TRANSLATE_NOOP("RefusalWordsSystem", "No progress note with that id."),
    "psychotherapy_note.not_found": QT_TRANSLATE_NOOP("RefusalWordsSystem", "No psychotherapy note with that id."),
    "session.id_not_found": QT_TRANSLATE_NOOP("RefusalWordsSystem", "No session with that id."),
    "disclosure.not_of_client": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "Of the chosen items, {count} are not of this client."),
    "destruction.failed_not_found": QT_TRANSLATE_NOOP("RefusalWordsSystem", "No failed destruction with id {id}."),
    "destruction.certificate_not_found": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "No completed destruction with certificate id {id}."),
    "destruction.notes_locked": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "Unlock the psychotherapy notes before destroying records: they are part of the chart."),
    # the vault or its psychotherapy notes locked meanwhile (the idle lock, another window)
    "psychotherapy.locked": QT_TRANSLATE_NOOP("RefusalWordsSystem", "The psychotherapy notes are locked."),
    "psychotherapy.locked_needed": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "The psychotherapy notes are locked, and this needs them."),
    "vault.locked": QT_TRANSLATE_NOOP("RefusalWordsSystem", "The vault is locked."),
    "appointment.move_not_scheduled": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "Only a scheduled appointment can be moved; this one is {status}."),
    # an attachment's file, as chosen to attach and as stored
    "attachment.empty": QT_TRANSLATE_NOOP("RefusalWordsSystem", "The attachment is empty."),
    "attachment.too_large": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "The attachment is too large (at most {max_mib} MB)."),
    "attachment.not_pdf_or_image": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "The attachment is not a PDF, PNG or JPEG file."),
    "attachment.chart_key_missing": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "An attachment's chart key is missing from the vault."),
    "attachment.file_damaged": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "An attachment's stored file is damaged or does not belong to this chart."),
    "attachment.file_missing": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "An attachment's stored file is missing from the vault folder."),
    # the keyring's device secret
    "keyring.unavailable": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "This vault is protected by a device secret kept in the system keyring, and no keyring "
                              "is available."),
    "keyring.secret_missing": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "This vault's device secret is missing from the system keyring."),
    # backups: the folder, the file (the core's English names the folder; the Backups screen shows it)
    "backup.folder_busy": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "Another window of the app, or a command, is writing into the backup folder (a backup, "
                              "a purge or a clean-up of another copy of this vault). Nothing was written."),
    "backup.not_a_backup": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "This file is not a backup made by this app, or it is damaged."),
    "backup.newer_version": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "This backup was made by a newer version of the app."),
    "backup.snapshot_newer_version": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "This snapshot was made by a newer version of the app."),
    "backup.folder_not_one_backup": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "That is a backup folder, not one backup."),
    "backup.is_folder": QT_TRANSLATE_NOOP("RefusalWordsSystem", "That is a folder, not a backup file."),
    "backup.not_a_file": QT_TRANSLATE_NOOP("RefusalWordsSystem", "That is a pipe or a device, not a backup file."),
    "backup.file_missing": QT_TRANSLATE_NOOP("RefusalWordsSystem", "The backup file is not there: {path}."),
    "backup.file_not_a_backup": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "That file is not a backup made by this app (or it is damaged)."),
    "backup.folder_of_another_copy": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "The newest backup in the backup folder is of another copy of this vault, with records "
                              "this copy does not have (a copy restored from a backup, or the vault such a copy was "
                              "made from). Nothing was written: backing up here would mix the two, and the rotation "
                              "could remove the other copy's backups."),
    # Back up now in a hand-made copy sharing the default vault's backup folder (services/vault_copy_home.py)
    "backup.copy_shares_folder": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "No backup made: this vault is taken for a copy of the vault in {home}, which backs up "
                              "into the same folder. A backup of this copy there would be that folder's newest, and "
                              "the vault's own next backups there would be refused. Nothing was written."),
    "backup.folder_of_another_vault": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "The newest snapshot in the backup folder does not open with this vault's keys: it is "
                              "another vault's, a snapshot of a copy of this vault that replaced every key, or "
                              "damaged. Nothing was written: backing up here would mix two lines of backups in one "
                              "folder."),
    # Purge the backups now (Records > Destructions and certificates)
    "purge.part_missing": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "A purged snapshot's part is missing from the repository; the old snapshot was kept."),
    "purge.compartment_unchecked": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "The purged copy of a compartment did not check; the old snapshot was kept."),
    "purge.not_as_written": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "A part of the purged snapshot did not read back as written; the old snapshot was kept."),
    "purge.manifest_not_as_written": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "A purged snapshot manifest did not read back as written; the old one was kept."),
    # the audit log (ledger), checked at each unlock
    # In a clinician's words, the numbers in the detail at the end (walker wround2 #2).
    "ledger.rolled_back": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "The vault's audit record (ledger.db) is an older or cut-short copy: the last changes "
                              "the vault recorded are missing from it (in detail: it was rolled back to entry {ends}; "
                              "the vault had recorded entry {recorded})."),
    "ledger.failed_verification": QT_TRANSLATE_NOOP("RefusalWordsSystem", "The ledger failed verification."),
    # a signed note's session (Note > Session…): what the signature sealed stays
    "note.signed_keeps_session": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "This note is signed: the session it documents is part of what was signed, and a "
                              "signed note is never changed."),
    # Restore from a backup into a folder that holds a vault (the dialog shows the folder)
    "restore.vault_exists": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "A vault already exists in that folder; it was not touched by this restore."),
    # a restore interrupted, found at the next unlock (services/restore_rollforward.py)
    "restore.interrupted": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "A restore into this folder was interrupted and cannot be finished safely. Nothing was "
                              "changed."),
    "restore.interrupted.safety_copy": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "A restore into this folder was interrupted and cannot be finished safely. Nothing was "
                              "changed."),
    # who acts for a minor under the age of consent (domain/who_acts.py): {names} are the people
    # by name alone (the core's English says "Jane Roe, parent")
    "representative.minor_signature": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "On {day}, the day the form was signed, the client was {age}, a minor under your age of"
                              " consent for treatment ({consent}): their personal representative signs an "
                              "authorization for them, with a description of their authority (45 CFR 164.502(g)(1), "
                              "(g)(3); 164.508(c)(1)(vi)). Who may sign: {names}."),
    # the chart says a parent consented to the minor's care (domain/who_acts.PARENT_CONSENTED_SIGNATURE)
    "representative.parent_consented_signature": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "On {day}, the day the form was signed, the client was {age}, a minor, and the chart "
                              "records that a parent or guardian consented to their care: for that care the parent "
                              "or guardian is the minor's personal representative (45 CFR 164.502(g)(3)) and signs "
                              "the authorization, with a description of their authority (164.508(c)(1)(vi)); the "
                              "minor's own signature does not stand. Who may sign: {names}."),
    "representative.parent_consented_signature_unrecorded": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "On {day}, the day the form was signed, the client was {age}, a minor, and the chart "
                              "records that a parent or guardian consented to their care: for that care the parent "
                              "or guardian is the minor's personal representative (45 CFR 164.502(g)(3)) and signs "
                              "the authorization, with a description of their authority (164.508(c)(1)(vi)); the "
                              "minor's own signature does not stand. No representative is recorded in force on "
                              "that day."),
    # a parent's confidentiality agreement about the minor's care (domain/representatives "confidential_care")
    "representative.confidential_care": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "The chart records that a parent or guardian agreed to a confidential relationship "
                              "between you and the minor about their care: for that care the minor, not the parent, "
                              "exercises the rights (45 CFR 164.502(g)(3)(i)(C)), so this person may not act for the "
                              "client in it."),
    "representative.minor_copy": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "The client is {age}, a minor under your age of consent for treatment ({consent}): "
                              "their personal representative exercises the right of access for them (45 CFR "
                              "164.502(g)(1), (g)(3)), so the copy goes to them, not to the client. Send it to: "
                              "{names}."),
}

_GONE = QT_TRANSLATE_NOOP(
    "RefusalWordsSystem", "It may have been removed meanwhile, in another window: close this window and open it again.")
_DESTRUCTIONS = QT_TRANSLATE_NOOP(
    "RefusalWordsSystem", "Records > Destructions and certificates lists every destruction.")
_RESTORE_ATTACHMENT = QT_TRANSLATE_NOOP(
    "RefusalWordsSystem", "Restore the vault from a backup to get the attachment back (Vault > Backups…, Restore the "
                          "selected backup…).")
_PURGE_AGAIN = QT_TRANSLATE_NOOP(
    "RefusalWordsSystem", "Check the backup drive, then choose Purge the backups now again in Records > Destructions "
                          "and certificates.")
_EMERGENCY_KIT = QT_TRANSLATE_NOOP(
    "RefusalWordsSystem", "Use your Emergency Kit to recover access: Recover with Emergency Kit… in the unlock window.")
# The field by the Backups window's own label, no menu path: the therapist is often in that window.
_OTHER_FOLDER = QT_TRANSLATE_NOOP("RefusalWordsSystem", "Choose another folder in Back up to, then Save.")
_RESTORE_VERIFIED = QT_TRANSLATE_NOOP(
    "RefusalWordsSystem", "Restore from your latest verified backup: Restore from a backup, in the unlock window.")

# What to do, in the app's terms (English included: the core's hint is the CLI's).
HINTS: Mapping[str, str] = {
    **dict.fromkeys((
        "client.not_found", "appointment.not_found", "plan.goal_not_found", "authorization.not_found",
        "billing.guardian_not_found", "session.not_found", "decision.not_found", "snippet.not_found",
        "hold.not_found", "representative.not_found", "request.not_found", "request.review_not_found",
        "restriction.not_found", "measure.not_found", "disclosure.not_of_client", "attachment.not_found",
        "plan.goal_not_in_plan", "attachment.id_not_found", "guardian.not_found", "progress_note.not_found",
        "psychotherapy_note.not_found", "session.id_not_found"), _GONE),
    "psychotherapy.locked": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "Unlock them with Unlock psychotherapy notes, on the chart's Psychotherapy tab."),
    "psychotherapy.locked_needed": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "Unlock them with Unlock psychotherapy notes, on the chart's Psychotherapy tab, and "
                              "try again."),
    "vault.locked": QT_TRANSLATE_NOOP("RefusalWordsSystem", "Unlock it and try again."),
    "appointment.move_not_scheduled": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "Set it back to scheduled first, or schedule a new one."),
    "client.being_destroyed": QT_TRANSLATE_NOOP("RefusalWordsSystem", "Nothing of it can be opened any more."),
    "attachment.too_large": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "Scan it again at a lower resolution (200 dpi is enough to read a signature) or in black "
                              "and white, or scan it in parts and attach each."),
    "attachment.not_pdf_or_image": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "Scan the document as PDF or image and attach that."),
    "destruction.failed_not_found": _DESTRUCTIONS,
    "destruction.certificate_not_found": _DESTRUCTIONS,
    "destruction.notes_locked": QT_TRANSLATE_NOOP("RefusalWordsSystem", "Unlock them, then try again."),
    **dict.fromkeys(("attachment.chart_key_missing", "attachment.file_damaged", "attachment.file_missing"),
                    _RESTORE_ATTACHMENT),
    **dict.fromkeys(("keyring.unavailable", "keyring.secret_missing"), _EMERGENCY_KIT),
    "backup.folder_busy": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "Let it finish, then try again. If no other copy of the app is running, restart the "
                              "computer."),
    "backup.not_a_backup": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "Choose a backup file made with this app (Vault > Backups…, Back up now)."),
    # The unlock's advice first (gui/older_copy.py NEXT): "choose another folder" alone is the step
    # for keeping the older copy, and a walker read it at Quit as the one thing to do.
    "backup.folder_of_another_copy": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "Restore the newest backup here, so that this vault goes on from it (Restore the "
                              "newest backup…, in the message at the unlock). If you know this copy is the one to "
                              "keep, choose another folder in Back up to, then Save."),
    **dict.fromkeys(("backup.newer_version", "backup.snapshot_newer_version"), QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "Install the newest version to restore it.")),
    "backup.folder_not_one_backup": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "Choose one of its snapshots (in its snapshots folder, the newest last by name)."),
    **dict.fromkeys(("backup.is_folder", "backup.not_a_file", "backup.file_not_a_backup"), QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "A backup file is named vault-backup-DATE.vaultbackup; a snapshot is a snap-….vrs file "
                              "in a backup folder's snapshots folder.")),
    "backup.file_missing": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "Is the drive it is on plugged in? If it is, the file was moved or deleted, or its "
                              "name or folder is mistyped."),
    "backup.folder_of_another_vault": _OTHER_FOLDER,
    "backup.copy_shares_folder": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "To back up this copy, choose another backup folder for it (Choose…, above), then Back "
                              "up now, or save a single-file copy in another folder. If this folder is your vault, "
                              "move the older copy out of {home}."),
    "purge.part_missing": _PURGE_AGAIN,
    "purge.compartment_unchecked": _PURGE_AGAIN,
    "purge.not_as_written": _PURGE_AGAIN,
    "purge.manifest_not_as_written": _PURGE_AGAIN,
    "ledger.rolled_back": _RESTORE_VERIFIED,
    "ledger.failed_verification": _RESTORE_VERIFIED,
    "note.signed_keeps_session": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "Add an addendum saying which session the note documents (its date and time); the "
                              "session stays in the chart as it is."),
    "restore.interrupted": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "Restore your latest backup into this folder again (Restore from a backup, in the "
                              "unlock window; what is in the folder now is kept as another safety copy)."),
    "restore.interrupted.safety_copy": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "The vault as it was before the restore is kept in the safety copy {safety}: open that "
                              "folder instead, or restore your latest backup into this folder again (Restore from a "
                              "backup, in the unlock window; what is in the folder now is kept as another safety "
                              "copy)."),
    "representative.minor_signature": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "Record the form as signed by the representative: under Signer is, choose A personal "
                              "representative."),
    "representative.parent_consented_signature": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "Record the form as signed by the representative: under Signer is, choose A personal "
                              "representative. If the minor consented to their own care, correct it under Edit "
                              "details… (Care consented to by)."),
    "representative.parent_consented_signature_unrecorded": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "Under Signer is, choose A personal representative and give the parent or guardian who "
                              "consented, with their authority (or record them under Guardians…). If the minor "
                              "consented to their own care, correct it under Edit details… (Care consented to by)."),
    "representative.confidential_care": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "The client acts for themself for this care. If no such agreement was made, correct it "
                              "under Edit details… (Confidential care agreed on)."),
    "representative.minor_copy": QT_TRANSLATE_NOOP(
        "RefusalWordsSystem", "Give the copy to the representative: choose them under Send the copy to."),
}

FIELD_NAMES: Mapping[str, str] = {}

__all__ = ["CONTEXT", "FIELD_NAMES", "HINTS", "SAYS"]

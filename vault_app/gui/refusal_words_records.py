"""The words of the core's refusals about backups and restores, plans, measures,
attachments, holds, accounting, practice settings, templates and the quick-unlock PIN (an
import's words are in gui/refusal_words_import.py, a destruction's in gui/refusal_words_destruction.py).

A book of gui/refusal_words.py (which reads it): code -> words, with {what} for the field's name
and the refusal's params as {names}; es.ts holds the Spanish under the "RefusalWordsRecords" context.

The words say what the core's English says, less what a screen must not repeat or does not
need: a folder's path, a record's id, a command-line option (the Backups and Restore screens
show the folder; an option is no help in a dialog). A hint that only names a command is left
out, so the screen says none rather than the core's English beside Spanish words.
"""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "RefusalWordsRecords"

SAYS: Mapping[str, str] = {
    # the treatment plan
    "plan.review_before_start": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                                  "The review date is before the plan's start date."),
    "plan.too_many_goals": QT_TRANSLATE_NOOP("RefusalWordsRecords", "A plan holds at most {max} goals."),
    "plan.goal_in_use": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                          "A goal that progress notes refer to cannot be removed."),
    # a note's goals, templates and the note carried forward; snippets
    "note_goals.no_section": QT_TRANSLATE_NOOP("RefusalWordsRecords", "The note has no section for goals."),
    "note_goals.none_chosen": QT_TRANSLATE_NOOP("RefusalWordsRecords", "Choose at least one treatment-plan goal."),
    "note_goals.not_active": QT_TRANSLATE_NOOP("RefusalWordsRecords", "Only active goals can be added to a note."),
    "note.section_too_long": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                               "A note section is too long (at most {max} characters)."),
    "note.sections_empty": QT_TRANSLATE_NOOP("RefusalWordsRecords", "The note is empty."),
    "carry.no_earlier_note": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                               "This chart has no earlier progress note to carry forward."),
    "carry.nothing_to_carry": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                                "The last note has no plan or goals to carry forward."),
    "carry.none_signed": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "No earlier progress note of this chart is signed: there is nothing to carry forward."),
    "held.note_not_found": QT_TRANSLATE_NOOP("RefusalWordsRecords", "That progress note is not in the vault."),
    "held.not_a_member": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "That person is not a member of this couple or family; choose one of its members."),
    "held.not_a_case": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Only a note of a couple or family chart can be held in confidence for one member: "
                               "an individual chart is that client's own record."),
    "held.not_held": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "This note is not held in confidence for anyone; nothing was changed."),
    "snippet.trigger_shape": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords",
        "A snippet trigger is ';', '/' or '\\' followed by up to 20 letters, digits, '-' or '_' (e.g. ';ms')."),
    "snippet.empty": QT_TRANSLATE_NOOP("RefusalWordsRecords", "A snippet's text must not be empty."),
    "snippet.too_long": QT_TRANSLATE_NOOP("RefusalWordsRecords", "A snippet is at most {max} characters."),
    "snippet.too_many": QT_TRANSLATE_NOOP("RefusalWordsRecords", "At most {max} snippets."),
    "settings.unsigned_days_range": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "The unsigned-note limit must be between 1 and 365 days."),
    # measures
    "measure.not_session_day": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                                 "The measure's date is not the session's date."),
    "measure.already_corrected": QT_TRANSLATE_NOOP("RefusalWordsRecords", "That entry was already corrected."),
    # the copy of the rest of an access request denied in part (services/access_copy.py); the
    # window lists the parts in its own words
    "access_copy.letter_part_left_out": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "The denial's letter says the client is given something this copy leaves out "
                               "(45 CFR 164.524(c)(1), (d)(1))."),
    # ... and what was denied, which it must leave out (domain/access_copy_rest.py)
    "access_copy.denied_not_confirmed": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "The copy of the rest must leave out what was denied (45 CFR 164.524(d)(1)); "
                               "confirm that it does."),
    "access_copy.leave_out_unknown": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Of the items to leave out, {count} are not in this copy."),
    "access_copy.leave_out_not_rest": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Only the copy of the rest of a request denied in part leaves items out."),
    "access_copy.leave_out_reversed": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "The reviewer reversed the whole denial: the copy leaves nothing out."),
    # attachments and the files the app writes
    "attachment.date_and_clear": QT_TRANSLATE_NOOP("RefusalWordsRecords", "Give a new date or clear it, not both."),
    "attachment.nothing_to_change": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Nothing to change: the title and the date are as they were."),
    "attachment.title_one_line": QT_TRANSLATE_NOOP("RefusalWordsRecords", "The title must be one line."),
    "attachment.too_large_to_show": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "This document is too large to show here ({size} MB; at most {max} MB)."),
    "pdf.unreadable": QT_TRANSLATE_NOOP("RefusalWordsRecords", "This PDF could not be read: it may be damaged."),
    "pdf.password": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "This PDF is locked with a password of its own, so it cannot be shown here."),
    "pdf.no_pages": QT_TRANSLATE_NOOP("RefusalWordsRecords", "This PDF has no pages."),
    "pdf.page_range": QT_TRANSLATE_NOOP("RefusalWordsRecords", "This PDF has pages 1 to {count}."),
    "pdf.page_unreadable": QT_TRANSLATE_NOOP("RefusalWordsRecords", "Page {page} of this PDF could not be read."),
    # the document viewer's own (gui/attachment_viewer.py): an image Qt cannot show, a kind it does not show
    "image.unreadable": QT_TRANSLATE_NOOP("RefusalWordsRecords", "This image could not be read: it may be damaged."),
    "image.too_large": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "This image is too large to show here ({width} × {height} pixels)."),
    "attachment.kind_not_shown": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                                   "This kind of document cannot be shown here."),
    "file.is_folder": QT_TRANSLATE_NOOP("RefusalWordsRecords", "That is a folder: choose a file name inside it."),
    "file.folder_missing": QT_TRANSLATE_NOOP("RefusalWordsRecords", "The folder for this file does not exist."),
    "file.folder_not_writable": QT_TRANSLATE_NOOP("RefusalWordsRecords", "You may not write into the folder for "
                                                                          "this file."),
    "file.exists": QT_TRANSLATE_NOOP("RefusalWordsRecords", "A file with that name already exists; choose another "
                                                            "name."),
    "file.control": QT_TRANSLATE_NOOP("RefusalWordsRecords", "The file's path contains an invisible control "
                                                             "character (a line break, a tab or a NUL)."),
    "file.too_long": QT_TRANSLATE_NOOP("RefusalWordsRecords", "The file's path is too long for this computer (at most "
                                                              "255 characters a name, about 4,000 the whole path)."),
    "file.no_such_user": QT_TRANSLATE_NOOP("RefusalWordsRecords", "The path starts with ~ and a name, but no user of "
                                                                  "that name exists on this computer."),
    # legal holds
    # Met in the Legal holds window when another window or the command line released the
    # selected hold meanwhile: the hold is the one selected, so its day of release is the news.
    "hold.already_released": QT_TRANSLATE_NOOP("RefusalWordsRecords", "This hold was already released on {released}."),
    "hold.details_too_long": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                               "Hold details are limited to {max} characters."),
    "hold.note_too_long": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                            "The release note is limited to {max} characters."),
    # the accounting of disclosures and its suspensions
    "accounting.other_client_request": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "That request is not this client's request for an accounting."),
    "accounting.period_after_request": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "The period asked for starts after the date of the request."),
    "accounting.period_over_six_years": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "An accounting covers at most the six years before the request (from {earliest}); "
                               "the client may ask for a shorter period, not a longer one (45 CFR 164.528(a)(1), "
                               "(a)(3))."),
    "accounting.suspension_agency_missing": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Name the agency or official that asked for the suspension."),
    "accounting.suspension_written_needs_end": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "A written suspension request must state the time period; give its end date."),
    "accounting.suspension_ends_before_start": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                                                 "The suspension ends before it starts."),
    "accounting.suspension_end_before_start": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                                                "The suspension cannot end before it started."),
    "accounting.suspension_clock_jumped": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "This computer's clock says {today}, more than a week after this vault's record before "
                               "today (of {day}), and the suspension of this client's accounting asked by {agency} "
                               "ended in between (on {ends}): only the clock says it has ended, and the accounting "
                               "would show that agency's disclosures while its suspension may still be in force (45 "
                               "CFR 164.528(a)(2)(i)). If the clock is wrong, set it right first."),
    # the practice's settings: the clinician, the jurisdiction
    "practice.clinician_name.missing": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Type your name as it should appear on letters and certificates."),
    "practice.npi.invalid": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "That NPI is not valid: an NPI has 10 digits and its last digit is a check digit."),
    "practice.tax_id.full_ssn": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "That may be a full Social Security number: a full SSN is never stored here."),
    "practice.tax_id.invalid": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "That is not a Tax ID this app can keep: an EIN (NN-NNNNNNN) or the last four digits "
                               "of an SSN."),
    "practice.license_state.unknown": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Choose the US state or territory that issued your license (two letters, e.g. TX)."),
    "practice.license_number.missing": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Type the license number for that state, or leave the state empty."),
    "practice.time_zone.unknown": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "That is not a time zone this app knows: give a place's zone as the time zone "
                               "database names it, e.g. America/Los_Angeles or Europe/Madrid."),
    "jurisdiction.retention_adult_years.range": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Adult retention must be between 1 and 100 years."),
    "jurisdiction.retention_minor_years.range": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Retention after majority must be between 0 and 100 years."),
    "jurisdiction.age_of_majority.range": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "The age of majority must be between 10 and 30."),
    "jurisdiction.age_of_consent.range": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "The age of consent for treatment must be between 1 and 30."),
    "jurisdiction.elder_abuse_age.range": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "The elder-abuse reporting age must be between 40 and 100."),
    "jurisdiction.minor_consent.unknown_state": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "The app knows no minors' consent rule for that state."),
    "jurisdiction.consent_above_majority": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "The age of consent for treatment cannot be above the age of majority: from the age "
                               "of majority a client consents as an adult."),
    "jurisdiction.duty_to_warn": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                                   "Duty to warn must be mandatory, permissive or none."),
    # the quick-unlock PIN
    "quick_unlock.pin_length": QT_TRANSLATE_NOOP("RefusalWordsRecords", "A PIN has {min} to {max} characters."),
    "quick_unlock.unavailable": QT_TRANSLATE_NOOP("RefusalWordsRecords", "Quick unlock is not available now."),
    "quick_unlock.passphrase_changed": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "The vault's passphrase was changed after it was unlocked in this window, or its keys "
                               "were replaced (in another window or by another program), so the PIN cannot open it."),
    "quick_unlock.pin_wrong": QT_TRANSLATE_NOOP("RefusalWordsRecords", "That PIN is not right."),
    "quick_unlock.pin_wrong_last": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "That PIN is not right. After {max} wrong PINs only the passphrase opens the vault."),
    # backups: the settings, the backup folder, making a snapshot, opening a backup
    "backup.count_range": QT_TRANSLATE_NOOP("RefusalWordsRecords", "Give a whole number between 0 and {max}."),
    "backup.reminder_days_zero": QT_TRANSLATE_NOOP("RefusalWordsRecords", "The reminder needs at least 1 day."),
    "backup.inside_vault": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                             "Backups cannot be kept inside the vault folder."),
    "backup.target_not_folder": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                                  "The backup folder is not a folder. Nothing was written."),
    "backup.target_missing": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "The backup folder {folder} is not there. If it is on an external drive, connect the "
                               "drive. Nothing was written."),
    "backup.busy": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                     "A background backup is still reading the vault; nothing was written."),
    "backup.psychotherapy_unfinished": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "The psychotherapy notes still have unsaved changes from an interrupted session."),
    "backup.psychotherapy_settling": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords",
        "The latest changes to the psychotherapy notes are being finished by a backup that is being made now."),
    "backup.changed_while_read": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "The vault changed while the snapshot was read; nothing was kept. Try again."),
    "backup.not_a_repository": QT_TRANSLATE_NOOP("RefusalWordsRecords", "That folder is not a backup repository."),
    "backup.needs_device_secret": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "This backup is protected by the passphrase AND the device secret kept in the "
                               "original computer's system keyring, which is not available here."),
    "backup.kdf_out_of_range": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "The backup asks for key-derivation settings outside the safe range."),
    "backup.passphrase_wrong": QT_TRANSLATE_NOOP("RefusalWordsRecords", "That passphrase does not open this backup."),
    "backup.passphrase_wrong_device_secret": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "That passphrase does not open this backup with the device secret this computer's "
                               "keyring holds now."),
    "backup.other_vault": QT_TRANSLATE_NOOP("RefusalWordsRecords", "This backup belongs to a different vault."),
    "backup.content_key_altered": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "The backup's content key does not belong to this vault: the file was altered."),
    "backup.secret_missing": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                               "Give the passphrase or the recovery key to open the backup."),
    # restoring a backup
    "restore.not_a_folder": QT_TRANSLATE_NOOP("RefusalWordsRecords", "The place to restore into is not a folder."),
    "restore.inside_backup_folder": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "That folder is inside the backup folder; nothing was restored."),
    "restore.new_passphrase_needs_kit": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "A new passphrase is set only together with the recovery key."),
    "restore.newer_ledger_other_vault": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "The newer ledger belongs to a different vault than this backup."),
    "restore.not_closed_cleanly": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "The restored copy was not closed cleanly; nothing was changed."),
    "restore.another_vault": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "This backup is of another vault, not of the vault it would replace; nothing was "
                               "changed."),
    # searching the notes
    "search.too_long": QT_TRANSLATE_NOOP("RefusalWordsRecords", "The search is too long (at most {max} characters)."),
    "search.empty": QT_TRANSLATE_NOOP("RefusalWordsRecords", "Type at least one word to search for."),
    "search.too_many_terms": QT_TRANSLATE_NOOP("RefusalWordsRecords", "Use at most {max} search terms."),
    # lists: a retention policy, an accounting's fee, carried text (a part each)
    "retention.policy_invalid": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "This retention policy cannot be saved. {parts}"),
    "accounting.fee_refused": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "This fee cannot be charged as recorded. {parts}"),
    "accounting.fee.first_free": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "The first accounting in any 12-month period is free (45 CFR 164.528(c)(2)); do not "
                               "charge a fee."),
    "accounting.fee.notice_missing": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "A fee for a second accounting within 12 months needs the client told of it in "
                               "advance (45 CFR 164.528(c)(2)): record the date of that notice."),
    "accounting.fee.notice_after": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "The fee notice is dated after the accounting; it must come first (45 CFR "
                               "164.528(c)(2))."),
    "accounting.fee.choice_missing": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "After the fee notice the client may withdraw or modify the request (45 CFR "
                               "164.528(c)(2)): choose theirs under Client's choice, “Go ahead with the request as "
                               "asked” or “Changed the request”; if they withdrew, withdraw the request instead."),
    "carry.unedited": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "This note still holds text carried from the last note, unedited: {parts}."),
    "carry.section.plan": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "the plan"),
    "carry.section.goals": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "the goals"),
}

# What to do about it, in the screen's language; a code not here is said without a hint.
_SAVE_INSTEAD = QT_TRANSLATE_NOOP(
    "RefusalWordsRecords",
    "Save a copy and open it in another program (the copy is recorded in the chart's history).")
_TAX_ID = QT_TRANSLATE_NOOP(
    "RefusalWordsRecords", "Type an EIN as NN-NNNNNNN (12-3456789), or only the last four digits of your SSN (1234).")
HINTS: Mapping[str, str] = {
    "accounting.suspension_clock_jumped": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "If it is right, say so when asked, and the accounting is made."),
    "jurisdiction.minor_consent.unknown_state": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Choose a state whose rule the app knows, or set the age of consent yourself in "
                               "Jurisdiction settings."),
    "access_copy.letter_part_left_out": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords",
        "Add it to the copy, or give it another way (printed) and tick that; then make the copy."),
    "access_copy.denied_not_confirmed": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Untick each item that was denied, then tick “I have left out what was denied”."),
    "access_copy.leave_out_unknown": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Close the window, open it again and untick the denied items in its new list."),
    "plan.goal_in_use": QT_TRANSLATE_NOOP("RefusalWordsRecords", "Mark it met or discontinued instead."),
    "note.sections_empty": QT_TRANSLATE_NOOP("RefusalWordsRecords", "Write something in at least one section."),
    "carry.no_earlier_note": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                               "Write the first note from a template instead."),
    "carry.none_signed": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "A draft is not the record. Sign it first, or write this note from a template."),
    # a note of a couple or family held in confidence for one member (Sessions & notes > Held in confidence for…)
    "held.note_not_found": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                             "It may have been deleted meanwhile: choose it again in the notes list."),
    "held.not_a_member": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                           "Choose one of the members listed in the window."),
    "snippet.trigger_shape": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                               "The mark in front keeps ordinary words from expanding by accident."),
    "snippet.too_many": QT_TRANSLATE_NOOP("RefusalWordsRecords", "Remove one you no longer use."),
    "measure.not_session_day": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                                 "Leave the date out to use the session's date."),
    "attachment.title_one_line": QT_TRANSLATE_NOOP("RefusalWordsRecords", "Type it without line breaks or tabs."),
    "attachment.too_large_to_show": _SAVE_INSTEAD,
    "pdf.unreadable": _SAVE_INSTEAD,
    "pdf.password": _SAVE_INSTEAD,
    "pdf.no_pages": _SAVE_INSTEAD,
    "pdf.page_unreadable": _SAVE_INSTEAD,
    "image.unreadable": _SAVE_INSTEAD,
    "image.too_large": _SAVE_INSTEAD,
    "attachment.kind_not_shown": _SAVE_INSTEAD,
    "file.folder_missing": QT_TRANSLATE_NOOP("RefusalWordsRecords", "Create it first or choose another."),
    "file.control": QT_TRANSLATE_NOOP("RefusalWordsRecords", "Type the path again; if it was pasted, paste it as "
                                                             "plain text."),
    "file.too_long": QT_TRANSLATE_NOOP("RefusalWordsRecords", "Choose a shorter name or folder."),
    "file.no_such_user": QT_TRANSLATE_NOOP("RefusalWordsRecords", "Give the whole path of the file."),
    "practice.npi.invalid": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Copy it from your NPPES record (the NPI is optional: leave it empty)."),
    "practice.tax_id.full_ssn": _TAX_ID,
    "practice.tax_id.invalid": _TAX_ID,
    "practice.time_zone.unknown": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                                    "Or leave it empty for this computer's time zone."),
    "quick_unlock.unavailable": QT_TRANSLATE_NOOP("RefusalWordsRecords", "Type your passphrase."),
    "quick_unlock.passphrase_changed": QT_TRANSLATE_NOOP("RefusalWordsRecords", "Type the vault's passphrase."),
    "quick_unlock.pin_wrong_last": QT_TRANSLATE_NOOP("RefusalWordsRecords", "Type your passphrase."),
    "quick_unlock.pin_wrong": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                                "Tries left before the passphrase is needed: {left}."),
    "backup.inside_vault": QT_TRANSLATE_NOOP("RefusalWordsRecords", "Choose another folder or drive."),
    "backup.target_not_folder": QT_TRANSLATE_NOOP("RefusalWordsRecords", "Choose another backup folder."),
    "backup.target_missing": QT_TRANSLATE_NOOP("RefusalWordsRecords", "Or choose another backup folder."),
    "backup.busy": QT_TRANSLATE_NOOP("RefusalWordsRecords", "Try again in a minute."),
    "backup.psychotherapy_unfinished": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Unlock the psychotherapy notes once (that completes them), then back up again."),
    "backup.psychotherapy_settling": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Nothing is lost. Wait for that backup to end (a minute or two), then back up again."),
    "backup.needs_device_secret": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                                    "Use your Emergency Kit recovery key instead."),
    "backup.passphrase_wrong": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "A backup opens with the passphrase the vault had when the backup was made, or with "
                               "your Emergency Kit recovery key."),
    "backup.passphrase_wrong_device_secret": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "A backup opens with the passphrase the vault had when the backup was made, together "
                               "with the device secret the keyring held then; a recovery with the Emergency Kit, or a "
                               "new keyring, replaces that secret. Check the passphrase, or open the backup with your "
                               "Emergency Kit recovery key."),
    "backup.other_vault": QT_TRANSLATE_NOOP("RefusalWordsRecords",
                                            "Give its passphrase or recovery key to check it."),
    "restore.inside_backup_folder": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Restore into a folder outside the backup folder, for example beside it."),
    "restore.another_vault": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Check that this is the right drive and the right backup."),
    # the lists' refusals
    "carry.unedited": QT_TRANSLATE_NOOP(
        "RefusalWordsRecords", "Read and edit the carried text (and remove the line in brackets it starts with) "
                               "before signing."),
}

# The name of each field a refusal of this book's areas can be about, as `{what}` says it.
FIELD_NAMES: Mapping[str, str] = {
    # the treatment plan
    "problems": QT_TRANSLATE_NOOP("RefusalWordsRecords", "problem list"),
    "modality_frequency": QT_TRANSLATE_NOOP("RefusalWordsRecords", "modality and frequency"),
    "start_date": QT_TRANSLATE_NOOP("RefusalWordsRecords", "plan start date"),
    "review_date": QT_TRANSLATE_NOOP("RefusalWordsRecords", "plan review date"),
    "goal_description": QT_TRANSLATE_NOOP("RefusalWordsRecords", "goal description"),
    "objective": QT_TRANSLATE_NOOP("RefusalWordsRecords", "objective"),
    "target_date": QT_TRANSLATE_NOOP("RefusalWordsRecords", "target date"),
    # measures and attachments
    "taken_on": QT_TRANSLATE_NOOP("RefusalWordsRecords", "date the measure was taken"),
    "correction_reason": QT_TRANSLATE_NOOP("RefusalWordsRecords", "reason for the correction"),
    "title": QT_TRANSLATE_NOOP("RefusalWordsRecords", "title"),
    "document_date": QT_TRANSLATE_NOOP("RefusalWordsRecords", "document date"),
    "file_name": QT_TRANSLATE_NOOP("RefusalWordsRecords", "file name"),
    # the accounting of disclosures
    "accounting_date": QT_TRANSLATE_NOOP("RefusalWordsRecords", "accounting date"),
    "period_start": QT_TRANSLATE_NOOP("RefusalWordsRecords", "start of the period asked for"),
    "suspension_end": QT_TRANSLATE_NOOP("RefusalWordsRecords", "end of the suspension"),
    # the jurisdiction's texts
    "jurisdiction_name": QT_TRANSLATE_NOOP("RefusalWordsRecords", "jurisdiction name"),
    "retention_policy_name": QT_TRANSLATE_NOOP("RefusalWordsRecords", "retention policy name"),
    "elder_abuse_scope": QT_TRANSLATE_NOOP("RefusalWordsRecords", "elder-abuse scope"),
    "retention_source": QT_TRANSLATE_NOOP("RefusalWordsRecords", "retention source"),
    "minor_consent_source": QT_TRANSLATE_NOOP("RefusalWordsRecords", "minors' consent source"),
}

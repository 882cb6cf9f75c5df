"""The words of refusals about the vault's own files and its backup folder that had only the
core's English: a compartment written by a newer version of the app (met at the unlock window),
an attachment whose stored file name is not one the app writes, a backup folder that belongs to
another vault (met in the Backups window), a folder where the search index belongs, and what
stops a chart's destruction in the vault's files (a compartment another program holds, a file
replaced or of another page layout while the destruction checked it); a vault already in the
folder the first-run wizard creates one in, no vault in the unlock window's folder, a
destruction to finish that another window finished; the search index not in step (a save that
met a damaged index file, a search while it is rebuilt); a file the user saves, chosen inside a
vault's own folder.

A book of gui/refusal_words.py (which reads it); es.ts holds the Spanish under the
"RefusalWordsFiles" context. The core's English stays what the CLI prints and an English screen
shows. {compartment} is said in words (refusal_words.PARAM_WORDS); {file}, {files} and {folder}
name files of the vault folder (records.db, records.search.db).
"""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "RefusalWordsFiles"

SAYS: Mapping[str, str] = {
    "compartment.newer_version": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "The {compartment} compartment was written by a newer version of the app."),
    "psychotherapy_note.no_original": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "This psychotherapy note keeps no original file."),
    "psychotherapy_note.no_kept_original": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "No kept original PDF with that id."),
    # An export naming a kept original PDF (the command line's --notes; the wizard does not offer them).
    "disclosure.kept_original_not_disclosed": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "Of the chosen items, {count} are original PDFs kept from discarded psychotherapy "
                             "drafts: they were never signed here, and an unsigned draft is never disclosed."),
    # Discard draft… pressed before the tab knew the draft keeps an original (services/
    # psychotherapy_originals.set_aside): pressed again, it asks.
    "psychotherapy_note.original_choice_needed": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "This draft keeps the original PDF it was imported from, the only copy of what the "
                             "previous system held; discarding the draft would delete that PDF too."),
    "attachment.blob_id_invalid": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "An attachment names a stored file that is not valid."),
    "backup.repo_of_another_vault": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "This backup folder belongs to another vault; choose another folder."),
    # The core names the snapshot's file; the folder is the one the therapist just chose.
    "backup.repo_snapshot_not_ours": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "This backup folder holds a dated backup this vault's keys do not open: it belongs to "
                             "another vault, or is damaged; choose another folder."),
    "search_index.folder_in_the_way": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "A folder named {folder} is in the vault folder, where the app keeps its search index."),
    "destruction.compartment_in_use": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "The {compartment} compartment is in use by another program, so its journal could not "
                             "be cleared."),
    "destruction.page_layout": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "The file {file} does not use the page layout this app writes, so it cannot be "
                             "verified."),
    "destruction.file_replaced": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "A file of the vault ({files}) was replaced while the destruction searched it, so the "
                             "search cannot vouch for the file the deletion left."),
    # The core lists where, in the words of the ledger's record (file names, backups' paths).
    "destruction.not_verified": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "The destruction did not verify: content or references of the chart are still present. "
                             "No certificate was issued; the failure is recorded in the audit log."),
    # The first-run wizard's Create, in a folder that holds a vault already; the unlock window's,
    # when the vault's folder went away (a drive taken out). {folder} is the folder typed or kept.
    "vault.exists": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "A vault already exists in {folder}; refusing to overwrite it."),
    "vault.not_found": QT_TRANSLATE_NOOP("RefusalWordsFiles", "No vault was found in {folder}."),
    # The Destructions window's Finish now, once a second window had finished it.
    "destruction.not_interrupted": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "No interrupted destruction with id {id}."),
    # The search index not in step with its compartment: a save that met a damaged index file
    # (any window that saves), a search while it is rebuilt or after its rebuild failed.
    "search.damaged": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "The search index was damaged. It is being rebuilt; your records are not affected."),
    "search.rebuilding": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "The search index is being rebuilt after a restore; search will be ready in a moment."),
    "search.failed": QT_TRANSLATE_NOOP("RefusalWordsFiles", "The search index could not be rebuilt."),
    # Any file the app writes where the user chose (an export, a statement, a letter, a copy of a
    # document), chosen inside a vault's folder: {folder} is that vault's folder.
    "file.inside_vault": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "This file cannot be saved in a vault's own folder ({folder}): it could replace a file "
                             "the vault needs."),
    # Any such file given a backup's name, or put in a backup repository's own folders
    # (services/output_file.refuse_over_a_backup): {name} the file's name, {folder} that folder.
    "file.backup_name": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "This file cannot be saved as {name}: that name is kept for backups and their folders, "
                             "and the file could replace a backup."),
    "file.inside_backups": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "This file cannot be saved in {folder}: that folder holds the backups of a backup "
                             "folder, and the file could damage them."),
    # The Emergency Kit saved beside what its key opens (services/output_file.refuse_kit_places).
    "kit.inside_vault": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "The Emergency Kit cannot be saved in a vault's folder ({folder}): the key that opens "
                             "the vault would lie beside it, for anyone who gets a copy of the folder."),
    "kit.inside_backups": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "The Emergency Kit cannot be saved in a backup folder ({folder}): the key that opens "
                             "the backups would lie beside them, for anyone who gets the drive."),
}

HINTS: Mapping[str, str] = {
    "disclosure.kept_original_not_disclosed": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "To disclose what one holds, import a readable copy of that note again, check and sign "
                             "it, then export the note."),
    "psychotherapy_note.original_choice_needed": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "Nothing was discarded. Choose Discard draft… again: it asks whether to keep the PDF."),
    "compartment.newer_version": QT_TRANSLATE_NOOP("RefusalWordsFiles", "Install the newest version to open it."),
    "backup.repo_of_another_vault": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "Each vault needs a backup folder of its own: its clean-up would otherwise remove the "
                             "other vault's backups in progress. The other vault's backups there stay as they are."),
    "backup.repo_snapshot_not_ours": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "Each vault needs a backup folder of its own. Nothing in the folder was changed."),
    "search_index.folder_in_the_way": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "The search index is rebuilt by itself: move that folder out of the vault folder, then "
                             "open the vault again."),
    "destruction.compartment_in_use": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "Close other copies of the app (and any tool that has the vault open) and try again."),
    "destruction.file_replaced": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "Restore nothing into the vault folder while the app has it open."),
    "destruction.not_verified": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "See docs/retention.md, 'When verification fails'."),
    # In place of the core's --vault: the first-run wizard's Create, in a folder holding a vault.
    "vault.exists": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "Nothing in that folder was changed. For a new vault, go back to the first page and "
                             "choose an empty folder; the vault already there stays as it is."),
    # In place of the core's "vault-app init": the unlock window's folder went away.
    "vault.not_found": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "If the vault is on a drive that is not connected, connect it and try again; otherwise "
                             "open the app again to create a vault or restore one from a backup."),
    "search.damaged": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "If you were saving, save again: that change was not kept."),
    "search.failed": QT_TRANSLATE_NOOP("RefusalWordsFiles", "Lock the vault and unlock it again to try once more."),
    "file.inside_vault": QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "Choose a folder outside the vault, for example your Documents folder."),
    "file.backup_name": QT_TRANSLATE_NOOP("RefusalWordsFiles", "Choose another name."),
    "file.inside_backups": QT_TRANSLATE_NOOP("RefusalWordsFiles", "Choose a folder outside the backup folder."),
    **dict.fromkeys(("kit.inside_vault", "kit.inside_backups"), QT_TRANSLATE_NOOP(
        "RefusalWordsFiles", "Save it outside the vault and its backups: on a USB stick you keep apart from the "
                             "computer, or print it and then delete the file.")),
}

FIELD_NAMES: Mapping[str, str] = {}

__all__ = ["CONTEXT", "FIELD_NAMES", "HINTS", "SAYS"]

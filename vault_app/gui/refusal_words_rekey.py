"""The words of Replace every key's refusals that had only the core's English: the replacement
stopped (the therapist's Stop, a lock, a quit), and a compartment file the re-encrypted copy
could not be made of (storage/rekey_copy.py: a page that does not authenticate, a file cut
short or of another page layout, a journal still holding changes).

A book of gui/refusal_words.py (which reads it); es.ts holds the Spanish under the
"RefusalWordsRekey" context. The core's English stays what the CLI prints and an English screen
shows (services/vault_rekey_beside adds there that nothing was changed; its rebuilt error keeps
the code, so a Spanish screen says these words). {file} is a file of the vault folder
(records.db, ledger.db-wal); {compartment} is said in words (refusal_words.PARAM_WORDS).
"""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "RefusalWordsRekey"

_RESTORE = QT_TRANSLATE_NOOP("RefusalWordsRekey", "Restore the vault from your latest verified backup.")

SAYS: Mapping[str, str] = {
    "rekey.stopped": QT_TRANSLATE_NOOP(
        "RefusalWordsRekey", "Replacing every key stopped. Nothing was changed: the vault keeps its keys, and your "
                             "Emergency Kit still works."),
    "rekey.page_not_authentic": QT_TRANSLATE_NOOP(
        "RefusalWordsRekey", "A page of the {compartment} compartment does not authenticate under its key, so it was "
                             "not re-encrypted."),
    "rekey.file_too_short": QT_TRANSLATE_NOOP("RefusalWordsRekey", "The file {file} is too short to be a compartment."),
    "rekey.file_shrank": QT_TRANSLATE_NOOP("RefusalWordsRekey", "The file {file} ended before the size it had."),
    "rekey.page_size": QT_TRANSLATE_NOOP(
        "RefusalWordsRekey", "The file {file} does not use the page size this app writes."),
    "rekey.page_boundary": QT_TRANSLATE_NOOP("RefusalWordsRekey", "The file {file} does not end on a page boundary."),
    # Said after another code's words (VaultError.also): a full disk's words do not say it.
    "rekey.nothing_changed": QT_TRANSLATE_NOOP(
        "RefusalWordsRekey", "Nothing was changed: the vault keeps its keys, and your Emergency Kit still works."),
    # A restore never makes a retired signing key the key in use again (services/restore_signing.py).
    "signing_key.retired": QT_TRANSLATE_NOOP(
        "RefusalWordsRekey", "A retired signing key cannot be made the key in use again."),
    # This app's own backup (Back up now, or the one on lock) reading the files: not "another program".
    "rekey.backup_running": QT_TRANSLATE_NOOP(
        "RefusalWordsRekey", "A backup of this vault is being made right now, so its keys were not replaced. "
                             "Nothing was changed: the vault keeps its keys, and your Emergency Kit still works."),
    # Another process's backup of this vault (the window's, beside its lock) met by `vault-app rekey`.
    "rekey.window_backing_up": QT_TRANSLATE_NOOP(
        "RefusalWordsRekey", "The app's window is making a backup of this vault and reads its files until the backup "
                             "is made, so its keys were not replaced. Nothing was changed: the vault keeps its keys, "
                             "and your Emergency Kit still works."),
    "rekey.command_backing_up": QT_TRANSLATE_NOOP(
        "RefusalWordsRekey", "Another command is making a backup of this vault and reads its files until the backup "
                             "is made, so its keys were not replaced. Nothing was changed: the vault keeps its keys, "
                             "and your Emergency Kit still works."),
    # A backup whose record (written by an earlier version of the app) does not say who makes it.
    "rekey.older_app_backing_up": QT_TRANSLATE_NOOP(
        "RefusalWordsRekey", "A backup recorded by an earlier version of the app is being made of this vault and "
                             "reads its files until the backup is made, so its keys were not replaced. Nothing was "
                             "changed: the vault keeps its keys, and your Emergency Kit still works."),
    "rekey.journal_not_empty": QT_TRANSLATE_NOOP(
        "RefusalWordsRekey", "The file {file} still held changes, so the re-encrypted copy was not put in "
                             "place."),
}

HINTS: Mapping[str, str] = {
    "rekey.stopped": QT_TRANSLATE_NOOP(
        "RefusalWordsRekey", "Choose Vault > Replace every key… again when you are ready."),
    "rekey.page_not_authentic": _RESTORE,
    "rekey.backup_running": QT_TRANSLATE_NOOP("RefusalWordsRekey", "Replace every key when the backup has finished."),
    "rekey.window_backing_up": QT_TRANSLATE_NOOP(
        "RefusalWordsRekey", "Try again when that backup has finished (its window's Backups list shows it then)."),
    "rekey.command_backing_up": QT_TRANSLATE_NOOP("RefusalWordsRekey", "Let that command finish, then try again."),
    "rekey.older_app_backing_up": QT_TRANSLATE_NOOP(
        "RefusalWordsRekey", "Let that backup finish (in the app's window or the command that makes it), then try "
                             "again."),
}

FIELD_NAMES: Mapping[str, str] = {}

__all__ = ["CONTEXT", "FIELD_NAMES", "HINTS", "SAYS"]

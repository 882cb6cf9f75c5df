"""The names of the files in a vault folder.

Kept apart, with no imports, so that telling a vault folder from an empty one (the
first thing the desktop app does) loads neither the crypto nor SQLCipher.
"""

from __future__ import annotations

HEADER_NAME = "vault.header"
COMPARTMENT_FILES = {
    "records": "records.db",
    "psychotherapy": "psychotherapy.db",
    "ledger": "ledger.db",
}
# Each compartment's full-text index, beside it under a key derived from the compartment's
# (storage/search_index.py): derived data, never backed up, rebuilt when missing.
SEARCH_FILES = {
    "records": "search-records.db",
    "psychotherapy": "search-psychotherapy.db",
}
# Every SQLCipher file of a vault folder by the name its key goes by (a destruction's page search).
DATABASE_FILES = {**COMPARTMENT_FILES, **{f"search-{n}": f for n, f in SEARCH_FILES.items()}}
# The failed-unlock counter (services/vault_master_key.py writes it; the unlock window reads it).
FAILURES_NAME = "vault.failures"
# Wrong passphrases typed inside an open vault (services/vault_passphrase.py): not failed
# unlocks, but their back-off outlives the session and the unlock window names them.
REASKED_NAME = "vault.reasked"
# Why the backup on lock was not made, kept while the vault is locked (services/backup_beside_control.py):
# its code, time and backup folder, never a sentence or a record.
BACKUP_FAILED_NAME = "vault.backup-failed"
# How the app's window last ended with this vault (storage/window_end.py): a word and a process id.
WINDOW_END_NAME = "vault.window-end"
# Present only while a restore puts its files in place, or after one was killed doing it
# (storage/restore_journal.py): the next open finishes it.
RESTORE_JOURNAL_NAME = "restore.journal"
# A restore whose files are in place but whose summary was not yet shown (services/restore_unsaid.py):
# the next unlock that can say it does, once. A ledger position and MAC only.
RESTORE_UNSAID_NAME = "vault.restore-unsaid"
# A compartment's SQLite side files (write-ahead log, shared memory), beside its name.
SIDE_SUFFIXES = ("-wal", "-shm")

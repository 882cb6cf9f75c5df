"""An older psychotherapy.db put back alone, met by a backup made while the vault is open and by
`backup verify`: said as the unlock says it (services/compartment_alone_older.py: only this one file
is old, a newer copy of it first, a restore only if there is none), not in the old words of any older
copy ("Restore from your latest verified backup", which replaces the newer records.db and ledger.db
too). Round 46: the unlock and the notes' unlock said it so; the backups and the verify did not.
Real vaults, real SQLCipher files, the real command line (in process)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_in_process
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import LedgerRollback
from vault_app.services import backup, clients, notes
from vault_app.services.vault import create_vault, open_vault

PSY = "psychotherapy.db"


def _put_back(old: Path, folder: Path) -> None:
    for suffix in ("-wal", "-shm"):
        (folder / (PSY + suffix)).unlink(missing_ok=True)
    shutil.copy2(old, folder / PSY)


def _history(tmp_path: Path, kdf_params: KdfParams) -> tuple[Path, Path, Path]:
    """A vault backed up, its psychotherapy.db copied aside, then a signed note written (the notes,
    records.db and the ledger newer than the copy)."""
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    client_id = clients.create_client(made.vault, "Philippa Oyelaran-Schmidt").client_id
    made_backup = Path(backup.create_backup(made.vault, tmp_path / "bk", verify=True).path)
    made.vault.lock()
    old = tmp_path / "aside" / PSY
    old.parent.mkdir()
    shutil.copy2(folder / PSY, old)
    with open_vault(folder, PASSPHRASE, with_psychotherapy=True) as vault:
        note = notes.create_psychotherapy_note(vault, client_id, "Written since, NOTESINCE8.").note
        notes.sign_psychotherapy_note(vault, note.note_id)
    return folder, old, made_backup


def test_a_backup_with_the_notes_key_held_says_only_this_file_is_old(tmp_path: Path, kdf_params: KdfParams) -> None:
    """Put back while the vault is open, a backup made while the notes' key is held (a passphrase-proven
    operation): the unlock's refusal, its code and words, nothing written into the backup folder."""
    folder, old, _ = _history(tmp_path, kdf_params)
    target = tmp_path / "bk2"
    vault = open_vault(folder, PASSPHRASE)
    try:
        _put_back(old, folder)
        with pytest.raises(LedgerRollback) as caught, vault.passphrase_proven(PASSPHRASE):
            backup.create_backup(vault, target, verify=True)
    finally:
        vault.lock()
    err = caught.value
    assert err.code == "ledger.notes_rolled_back_alone", (err.code, err.message, err.hint)
    assert "Only this one file is old" in err.hint and "put it in the vault folder in place of this one" in err.hint
    assert "NOTESINCE8" not in err.message + err.hint
    assert not target.exists() or not any(p.is_file() and p.suffix == ".vaultbackup" for p in target.iterdir())


def test_a_backup_with_the_notes_locked_sends_her_to_their_unlock_not_to_a_restore(
        tmp_path: Path, kdf_params: KdfParams) -> None:
    """The key not held, the file cannot be read: the notes' unlock checks it and says what to do (the
    unlock's words); the backup's own words no longer advise the restore of the whole vault."""
    folder, old, _ = _history(tmp_path, kdf_params)
    vault = open_vault(folder, PASSPHRASE)
    try:
        _put_back(old, folder)
        with pytest.raises(LedgerRollback) as caught:
            backup.create_backup(vault, tmp_path / "bk", verify=True)
        assert caught.value.code == "backup.psychotherapy_changed"
        assert "restore" not in caught.value.hint.lower(), caught.value.hint
        assert "says what to do" in caught.value.hint, caught.value.hint
        # The advice followed: the notes' unlock says only this one file is old.
        with pytest.raises(LedgerRollback) as unlocked:
            vault.unlock_psychotherapy(PASSPHRASE)
        assert unlocked.value.code == "ledger.notes_rolled_back_alone", unlocked.value.code
    finally:
        vault.lock()


def test_verify_says_why_the_check_is_not_recorded_in_the_unlocks_words(tmp_path: Path, kdf_params: KdfParams) -> None:
    """`backup verify FILE` of a good backup: OK, and the vault beside, refused at its unlock, is said
    in the unlock's words (it was silent: the check neither recorded nor the vault's state told)."""
    folder, old, made_backup = _history(tmp_path, kdf_params)
    _put_back(old, folder)
    checked = cli_in_process("--vault", str(folder), "backup", "verify", str(made_backup))
    assert checked.code == 0, checked.err
    assert "Backup OK" in checked.out
    assert "not recorded in the vault" in checked.err, checked.err
    assert "Only this one file is old" in checked.err and "put it in the vault folder in place of this one" \
        in checked.err, checked.err
    assert "NOTESINCE8" not in checked.out + checked.err

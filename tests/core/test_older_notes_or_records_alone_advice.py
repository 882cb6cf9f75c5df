"""An older psychotherapy.db (or records.db) put back ALONE, the other files newer and whole: the refusal
says only that file is old and what to do first, before any restore (a restore replaces the newer files
beside it too, and what was written since the backup is then only in its safety copy): the newer file kept
beside (`<file>.replaced-*`) named when there is one. Round 45: both were "ledger.file_rolled_back", whose
only advice is "Restore from your latest verified backup" (and the unlock window put its Restore button
under the keyboard). Real vaults, real SQLCipher files, the real command line (in process); the advice
followed opens the vault with the work done after the copy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_in_process
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import LedgerRollback
from vault_app.services import clients, notes
from vault_app.services.vault import create_vault, open_vault

PSY = "psychotherapy.db"
REC = "records.db"


def _put_back(old: Path, folder: Path, name: str) -> None:
    for suffix in ("-wal", "-shm"):
        (folder / (name + suffix)).unlink(missing_ok=True)
    shutil.copy2(old, folder / name)


def _history(tmp_path: Path, kdf_params: KdfParams, aside: tuple[str, ...]) -> tuple[Path, Path, str]:
    """A vault whose files `aside` were copied aside; then a client added and a signed psychotherapy note
    written (both files, and the ledger, newer than the copies)."""
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    client_id = clients.create_client(made.vault, "Philippa Oyelaran-Schmidt").client_id
    made.vault.lock()
    old = tmp_path / "aside"
    old.mkdir()
    for name in aside:
        shutil.copy2(folder / name, old / name)
    with open_vault(folder, PASSPHRASE, with_psychotherapy=True) as vault:
        clients.create_client(vault, "Typed Since")
        note = notes.create_psychotherapy_note(vault, client_id, "Written since, NOTESINCE7.").note
        notes.sign_psychotherapy_note(vault, note.note_id)
    return folder, old, note.note_id


def _refused(folder: Path, *, with_psychotherapy: bool = False) -> LedgerRollback:
    with pytest.raises(LedgerRollback) as caught:
        open_vault(folder, PASSPHRASE, with_psychotherapy=with_psychotherapy).lock()
    return caught.value


@pytest.mark.parametrize("with_psychotherapy", [False, True], ids=["notes-locked", "notes-opened"])
def test_older_notes_alone_say_only_they_are_old_and_what_a_restore_would_replace(
        tmp_path: Path, kdf_params: KdfParams, with_psychotherapy: bool) -> None:
    folder, old, _ = _history(tmp_path, kdf_params, (PSY,))
    _put_back(old / PSY, folder, PSY)
    err = _refused(folder, with_psychotherapy=with_psychotherapy)
    assert err.code == "ledger.notes_rolled_back_alone", (err.code, err.message)
    assert err.params == {"file": PSY}
    assert err.message.startswith("psychotherapy.db is older than the audit ledger")
    assert "Only this one file is old" in err.hint and "newer and whole" in err.hint, err.hint
    assert "put it in the vault folder in place of this one" in err.hint, err.hint
    assert "Only if you have none, restore" in err.hint and "replaces records.db and ledger.db too" in err.hint
    assert "NOTESINCE7" not in err.message + err.hint
    # The command line says the same.
    checked = cli_in_process("unlock-check", "--vault", str(folder), passphrase=PASSPHRASE)
    assert checked.code != 0 and "Only this one file is old" in checked.err, checked.err


def test_a_newer_notes_file_kept_beside_is_named_and_putting_it_back_opens_the_notes(
        tmp_path: Path, kdf_params: KdfParams) -> None:
    folder, old, note_id = _history(tmp_path, kdf_params, (PSY,))
    kept = "psychotherapy.db.replaced-20261207T101500Z"
    shutil.copy2(folder / PSY, folder / kept)
    older_kept = "psychotherapy.db.replaced-20261207T091500Z"  # an older one beside is passed over
    shutil.copy2(old / PSY, folder / older_kept)
    _put_back(old / PSY, folder, PSY)
    err = _refused(folder)
    assert err.code == "ledger.notes_rolled_back_alone.newer_beside", (err.code, err.message)
    assert err.params == {"file": PSY, "kept": kept}
    assert f"rename {kept} to psychotherapy.db" in err.hint and "Do not restore" in err.hint, err.hint
    # The advice followed: the newer file in its place, the notes open with the note written since.
    (folder / PSY).unlink()
    (folder / kept).rename(folder / PSY)
    with open_vault(folder, PASSPHRASE, with_psychotherapy=True) as vault:
        assert "NOTESINCE7" in notes.get_any(vault, note_id, "psychotherapy").body


def test_an_older_records_db_alone_says_a_restore_would_replace_the_newer_notes(
        tmp_path: Path, kdf_params: KdfParams) -> None:
    folder, old, _ = _history(tmp_path, kdf_params, (REC,))
    _put_back(old / REC, folder, REC)
    err = _refused(folder)
    assert err.code == "ledger.records_rolled_back_alone", (err.code, err.message)
    assert err.message.startswith("records.db is older than the audit ledger")
    assert "Only this one file is old" in err.hint, err.hint
    assert "replaces the psychotherapy notes and ledger.db too" in err.hint, err.hint
    checked = cli_in_process("unlock-check", "--vault", str(folder), passphrase=PASSPHRASE)
    assert checked.code != 0 and "Only this one file is old" in checked.err, checked.err


def test_records_and_notes_put_back_together_keep_the_restore_advice(tmp_path: Path, kdf_params: KdfParams) -> None:
    """Both older than the ledger: not "only this one file is old" (the refused side)."""
    folder, old, _ = _history(tmp_path, kdf_params, (REC, PSY))
    for name in (REC, PSY):
        _put_back(old / name, folder, name)
    err = _refused(folder)
    assert err.code == "ledger.file_rolled_back", (err.code, err.message)
    assert "Only this one file is old" not in err.hint


def test_an_older_records_db_with_notes_unchanged_since_keeps_the_restore_advice(
        tmp_path: Path, kdf_params: KdfParams) -> None:
    """records.db put back while the notes were not written since its copy: a restore loses no newer
    notes, and the restore stays the advice (tests/e2e/test_restore_e2e.py walks it)."""
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    clients.create_client(made.vault, "Robin Before")
    made.vault.lock()
    shutil.copy2(folder / REC, tmp_path / "records.old")
    with open_vault(folder, PASSPHRASE) as vault:
        clients.create_client(vault, "Avery After")
    _put_back(tmp_path / "records.old", folder, REC)
    err = _refused(folder)
    assert err.code == "ledger.file_rolled_back", (err.code, err.message)

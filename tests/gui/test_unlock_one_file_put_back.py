"""The unlock window on an older psychotherapy.db put back while the notes stay locked (found by
a walker: it opened with no warning; then, refused, it was said as the whole vault replaced by an
old copy, which the computer's keyring had not seen). One file older than the others is said as
that, with the way back (a newer copy of it first, then a restore: round 45); the whole vault older than the
keyring saw keeps its words."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault_app.crypto.kdf import KdfParams
from vault_app.domain import errors
from vault_app.gui import unlock_refused
from vault_app.services import clients, notes
from vault_app.services.vault import create_vault, open_vault

PSY = "psychotherapy.db"
ONE_FILE = "One of this vault's files is older than the others"
WHOLE = "This vault is older than the one this computer last saw"


@pytest.fixture
def refused(tmp_path: Path, kdf_params: KdfParams) -> errors.LedgerRollback:
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    client_id = clients.create_client(made.vault, "Philippa Oyelaran-Schmidt").client_id
    made.vault.lock()
    shutil.copy2(folder / PSY, tmp_path / PSY)
    with open_vault(folder, PASSPHRASE, with_psychotherapy=True) as vault:
        notes.sign_psychotherapy_note(vault, notes.create_psychotherapy_note(vault, client_id, "WALKPSY9").note.note_id)
    shutil.copy2(tmp_path / PSY, folder / PSY)
    with pytest.raises(errors.LedgerRollback) as caught:
        open_vault(folder, PASSPHRASE).lock()  # the main unlock, the notes locked
    return caught.value


def test_an_older_psychotherapy_db_is_said_as_one_file_put_back(refused: errors.LedgerRollback, qapp: object) -> None:
    said, way = unlock_refused.explain(refused)
    assert said.startswith(ONE_FILE) and WHOLE not in said
    assert "psychotherapy.db is older than the audit ledger" in said
    # Only this file is old, records.db and ledger.db newer (services/compartment_alone_older.py, round 45):
    # a newer copy of it first, and only then a restore, which replaces them too; the Restore button is
    # not put under the keyboard.
    assert "Only this one file is old" in said and "restore from your latest verified backup" in said
    # Said once, in words (found by a walker: "put back" twice, and "rolled back").
    assert said.count("put back") == 1 and "rolled back" not in said
    assert "WALKPSY9" not in said
    assert way == ""


def test_in_spanish(refused: errors.LedgerRollback, qapp: object, spanish: None) -> None:
    said, way = unlock_refused.explain(refused)
    assert said.startswith("Uno de los archivos de esta bóveda es más antiguo que los demás")
    assert "psychotherapy.db" in said and "Solo este archivo es antiguo" in said and way == ""


def test_the_whole_vault_older_than_the_keyring_saw_keeps_its_words(qapp: object) -> None:
    keyring = errors.LedgerRollback("This vault was rolled back: ...", code="ledger.keyring_rolled_back",
                                    params={"recorded": 9, "ends": 4})
    said, way = unlock_refused.explain(keyring)
    assert said.startswith(WHOLE) and way == "restore"

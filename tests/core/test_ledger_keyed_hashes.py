"""The ledger never confirms a guess of a note's text: what it records of signed content
is an HMAC under a key derived from the master key, not a bare SHA-256. Someone holding
the records and ledger SQLCipher keys (given out with reveal-key) reads every field of
the ledger and can hash any guess, and still finds nothing to compare it with."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from tests.conftest import PASSPHRASE
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.clinical_notes import content_hash
from vault_app.domain.errors import CompartmentLocked
from vault_app.services import clients, notes
from vault_app.services.clinical_common import ledger_records_content
from vault_app.services.vault import create_vault, open_vault

SECRET_TEXT = "Client disclosed the affair with the neighbour in session nine."


def _ledger_rows_with_revealed_key(folder: Path, key_hex: str) -> list[tuple[str, bytes]]:
    conn = sqlcipher.connect(str(folder / "ledger.db"))
    try:
        conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
        conn.execute("PRAGMA cipher_compatibility = 4")
        return [(str(k), bytes(p)) for k, p in conn.execute("SELECT kind, payload FROM ledger").fetchall()]
    finally:
        conn.close()


def test_a_guessed_psychotherapy_text_is_not_confirmable_from_the_ledger(
    tmp_path: Path, kdf_params: KdfParams
) -> None:
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    vault = made.vault
    client_id = clients.create_client(vault, "Ignatius Montgomery-Blythe").client_id
    vault.unlock_psychotherapy(PASSPHRASE)
    note = notes.create_psychotherapy_note(vault, client_id, SECRET_TEXT).note
    signed = notes.sign_psychotherapy_note(vault, note.note_id)
    ledger_key = vault.reveal_key("ledger")
    vault.lock()

    # The guesser knows every field but the body (they are readable with the records key)
    # and tries the right body: the exact digest the old format put in the ledger.
    guess = content_hash(signed.canonical_content())
    rows = _ledger_rows_with_revealed_key(folder, ledger_key)
    (payload,) = [json.loads(p) for k, p in rows if k == "note.signed"]
    assert "content_hash" not in payload
    assert all(guess.encode() not in p for _, p in rows)
    assert all(bytes.fromhex(guess) not in p for _, p in rows)
    # The vault itself still verifies the entry against the note (with the psychotherapy
    # notes unlocked: the MAC key comes from their own wrapping key, so not even the
    # master key confirms a guess), and a changed text fails.
    with open_vault(folder, PASSPHRASE) as again:
        assert payload["mac_key"] == "psychotherapy"
        with pytest.raises(CompartmentLocked):
            ledger_records_content(again, payload, signed.canonical_content())
        again.unlock_psychotherapy(PASSPHRASE)
        assert ledger_records_content(again, payload, signed.canonical_content())
        other = dict(signed.canonical_content(), body="Client talked about work.")
        assert not ledger_records_content(again, payload, other)


def test_old_entries_with_a_bare_hash_stay_verifiable(tmp_path: Path, kdf_params: KdfParams) -> None:
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    content = {"body": "An entry written by format 1."}
    assert ledger_records_content(made.vault, {"content_hash": content_hash(content)}, content)
    assert not ledger_records_content(made.vault, {"content_hash": content_hash(content)}, {"body": "other"})
    made.vault.lock()

"""Unfinished dialog text held across a lock: in its own compartment, encrypted, taken once."""

from __future__ import annotations

import pytest

from tests.conftest import PASSPHRASE
from vault_app.domain.errors import CompartmentLocked, InvalidInput
from vault_app.services import held_text
from vault_app.services.vault import CreatedVault, open_vault


def _entry(text: str, note_id: str = "n1") -> dict:
    return {"where": "records", "dialog": "amend", "context": {"note_id": note_id, "client_id": "c1"},
            "fields": {"text": text}}


def test_held_text_is_kept_encrypted_and_taken_once(created: CreatedVault) -> None:
    vault = created.vault
    held_text.hold(vault, "records", _entry("first words"))
    held_text.hold(vault, "records", _entry("first words and more"))  # same dialog: replaced
    held_text.hold(vault, "records", _entry("another note", note_id="n2"))
    folder = vault.folder
    vault.lock()
    for path in folder.rglob("*"):
        if path.is_file():
            assert b"first words" not in path.read_bytes()
    again = open_vault(folder, PASSPHRASE)
    try:
        taken = held_text.take(again, "records")
        assert [e["fields"]["text"] for e in taken] == ["first words and more", "another note"]
        assert held_text.take(again, "records") == []
    finally:
        again.lock()


def test_psychotherapy_text_needs_its_compartment_open(created: CreatedVault) -> None:
    vault = created.vault
    with pytest.raises(CompartmentLocked):
        held_text.hold(vault, "psychotherapy", _entry("transference"))
    vault.unlock_psychotherapy(PASSPHRASE)
    held_text.hold(vault, "psychotherapy", _entry("transference"))
    assert held_text.take(vault, "records") == []
    assert [e["fields"]["text"] for e in held_text.take(vault, "psychotherapy")] == ["transference"]
    with pytest.raises(InvalidInput):
        held_text.hold(vault, "ledger", _entry("x"))  # type: ignore[arg-type]

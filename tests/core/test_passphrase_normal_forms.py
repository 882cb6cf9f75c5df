"""A passphrase with accents opens the vault however its letters are encoded (walker wes, round 37):
"cañón" typed gives the composed ñ (U+00F1), the same passphrase pasted from a source that keeps it
decomposed gives n + U+0303, and the bytes Argon2 received differed: the vault refused its own
passphrase. Both Unicode forms of what is typed are tried, each way round (a vault made with a
decomposed one opens with the composed one too); a wrong passphrase is still refused, and an
ASCII passphrase is derived once. Real vaults, real Argon2 at the OWASP floor, real backups."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from vault_app.crypto import kdf
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.domain.errors import WrongPassphrase
from vault_app.services.vault import create_vault, open_vault

COMPOSED = unicodedata.normalize("NFC", "cañón rojo del pequeño búho 2026")
DECOMPOSED = unicodedata.normalize("NFD", COMPOSED)


def _made(folder: Path, passphrase: str) -> None:
    created = create_vault(folder, passphrase, params=OWASP_FLOOR, use_device_secret=False)
    created.vault.lock()


@pytest.mark.parametrize(("made_with", "opened_with"), [(COMPOSED, DECOMPOSED), (DECOMPOSED, COMPOSED),
                                                          (COMPOSED, COMPOSED)])
def test_either_form_of_the_passphrase_opens_the_vault(tmp_path: Path, made_with: str, opened_with: str) -> None:
    assert COMPOSED != DECOMPOSED
    folder = tmp_path / "vault"
    _made(folder, made_with)
    vault = open_vault(folder, opened_with)
    vault.lock()


def test_a_wrong_passphrase_with_accents_is_still_refused(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _made(folder, COMPOSED)
    with pytest.raises(WrongPassphrase):
        open_vault(folder, unicodedata.normalize("NFD", "cañón rojo del pequeño búho 2027"))


@pytest.mark.parametrize(("typed", "forms"), [
    ("plain ascii words 42", ("plain ascii words 42",)),
    (COMPOSED, (COMPOSED, DECOMPOSED)),
    (DECOMPOSED, (DECOMPOSED, COMPOSED)),
])
def test_the_forms_tried_are_the_typed_one_first(typed: str, forms: tuple[str, ...]) -> None:
    assert kdf.passphrase_forms(typed) == forms


def test_a_backup_opens_with_either_form_too(tmp_path: Path) -> None:
    from vault_app.services import backup_keys
    from vault_app.services.device_secret import NoSecretStore
    from vault_app.storage.backup_format import read_slots

    folder = tmp_path / "vault"
    _made(folder, COMPOSED)
    vault = open_vault(folder, COMPOSED)
    try:
        from vault_app.services import backup

        made = backup.create_backup(vault, tmp_path / "copies")
    finally:
        vault.lock()
    slots = read_slots(Path(made.path))
    assert backup_keys.master_from_passphrase(slots, DECOMPOSED, NoSecretStore())

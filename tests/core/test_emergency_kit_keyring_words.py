"""The kit's "or this computer's keyring loses the vault's device secret" only for a vault that
keeps one (walk-first round 31, item 9): printed for a vault made without a keyring, it named a
way in the therapist never had. Both sides, in each language the kit speaks."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from vault_app.services.emergency_kit import build_pdf
from vault_app.services.emergency_kit_words import KIT_WORDS

KEY = "Y6J2-4EUO-ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-5IA"
KEYRING_WORDS = {"en": "keyring", "es": "llavero"}


def _text(language: str, keyring: bool) -> str:
    data = build_pdf(recovery_key=KEY, vault_id="9963e034", folder="/home/t/vault", language=language,
                     keyring=keyring)
    return " ".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split())


@pytest.mark.parametrize("language", sorted(KIT_WORDS))
@pytest.mark.parametrize(("keyring", "said"), [(True, True), (False, False)])
def test_the_keyring_is_named_only_when_the_vault_keeps_a_secret_there(
        language: str, keyring: bool, said: bool) -> None:
    text = _text(language, keyring)
    assert (KEYRING_WORDS[language] in text) is said, text
    # Either way the kit says how to recover with it.
    assert KEY.split("-")[0] in text and ("Emergency Kit" in text or "Kit de emergencia" in text)

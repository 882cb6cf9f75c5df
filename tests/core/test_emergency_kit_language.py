"""The Emergency Kit in the app's language: a Spanish app's first-run wizard printed an English
kit with US dates. Its words are the core's (services/emergency_kit_words.py), one table per
language; its date is the practice's (Settings: Dates and money) when the practice has one,
else a Spanish kit says "5 de diciembre de 2026". The recovery key and the vault id are printed
as they are, in every language. Text read from the real PDF's bytes, as a person would read it."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from pypdf import PdfReader

from vault_app.services.emergency_kit import build_pdf
from vault_app.services.emergency_kit_words import KIT_WORDS

KEY = "Y6J2-4EUO-RGEW-HBMA-ABVS-EFOT-77L3-CWPW-5IOR-EA4L-N3FP-4GMD-SOTN-5IA"
CREATED = datetime(2026, 12, 5, 14, 5)
ENGLISH_HEADINGS = ("Emergency Kit", "Recovery key", "Which vault this kit opens", "Passphrase hint", "Created ")


def _text(**kwargs: object) -> str:
    data = build_pdf(recovery_key=KEY, vault_id="9963e034", folder="/home/j/vault", created=CREATED,
                     key_fingerprint="ab:cd:ef", **kwargs)  # type: ignore[arg-type]
    return " ".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split())


def _key_lines(text: str) -> str:
    return text[text.index("Y6J2"):text.index("5IA") + 3]


def test_a_spanish_kit_speaks_spanish_and_no_english_heading() -> None:
    text = _text(language="es")
    for heading in ("Kit de emergencia", "Clave de recuperación", "Qué bóveda abre este kit",
                    "Creado el 5 de diciembre de 2026, 14:05", "Recuperar con el Kit de emergencia",
                    "Identificador de la bóveda: 9963e034", "Carpeta al crearlo: /home/j/vault"):
        assert heading in text, heading
    for english in ENGLISH_HEADINGS:
        assert english not in text, english
    assert "Y6J2-4EUO" in text and text.index("Y6J2-4EUO") < text.index("escriba la clave de recuperación de arriba")


def test_a_spanish_kit_writes_its_date_as_the_practice_does() -> None:
    assert "Creado el 05/12/2026 2:05 p.m." in _text(language="es", locale="es_MX")
    assert "Creado el 12/05/2026 2:05 PM" in _text(language="es", locale="en_US")


def test_the_english_kit_is_unchanged() -> None:
    text = _text()
    assert text == _text(language="en", locale="en_US")
    for heading in ENGLISH_HEADINGS:
        assert heading in text, heading
    assert "Created 12/05/2026 2:05 PM" in text
    assert "choose 'Recover with Emergency Kit' on the unlock screen, type the recovery key above" in text
    assert "Vault id: 9963e034" in text and "Signing key fingerprint (for checking certificates): ab:cd:ef" in text


def test_the_recovery_key_is_printed_the_same_in_every_language() -> None:
    assert _key_lines(_text(language="es")) == _key_lines(_text(language="en"))


def test_a_language_without_words_gets_the_english_kit() -> None:
    assert _text(language="fr") == _text(language="en")


@pytest.mark.parametrize("language", sorted(KIT_WORDS))
def test_every_language_has_every_word_with_the_same_placeholders(language: str) -> None:
    import re

    english = KIT_WORDS["en"]
    assert KIT_WORDS[language].keys() == english.keys()
    for key, words in english.items():
        assert set(re.findall(r"\{(\w+)\}", KIT_WORDS[language][key])) == set(re.findall(r"\{(\w+)\}", words)), key

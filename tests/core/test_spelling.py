"""Spell checking: real word lists, and a personal dictionary that never leaves the vault."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from vault_app.domain.errors import InvalidInput
from vault_app.domain.spelling import Speller, check_personal_word
from vault_app.services import spelling
from vault_app.services.vault import Vault


@pytest.fixture(scope="module")
def english() -> Speller:
    return Speller("en")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Client reported anxeity and poor sleep.", ["anxeity"]),
        ("Client reported anxiety and poor sleep.", []),
        ("PHQ-9 and GAD-7 given; CBT continues.", []),  # abbreviations in capitals
        ("The client's mood improved.", []),  # possessive of a known word
        ("Discussed hopelesness; no plan or intent.", ["hopelesness"]),
        ("Recieved the releese form.", ["Recieved", "releese"]),
    ],
)
def test_misspellings_are_found_where_they_are(english: Speller, text: str, flagged: list[str]) -> None:
    found = english.misspellings(text)
    assert [m.word for m in found] == flagged
    for m in found:
        assert text[m.start:m.start + m.length] == m.word


def test_suggestions_are_likely_words_in_the_same_case(english: Speller) -> None:
    assert english.suggestions("anxeity")[0] == "anxiety"
    assert english.suggestions("Recieved")[0] == "Received"
    assert english.suggestions("qqqqzzzz") == []


def test_spanish_is_checked_with_its_own_list() -> None:
    spanish = Speller("es")
    assert spanish.misspellings("La paciente tiene ansiedad y tristesa.")[0].word == "tristesa"
    assert "tristeza" in spanish.suggestions("tristesa")


def test_personal_words_are_known_and_forgotten_at_lock(english: Speller) -> None:
    english.add_personal("Okonkwo")
    assert english.misspellings("Met with Okonkwo today.") == []
    english.forget_personal()
    assert [m.word for m in english.misspellings("Met with Okonkwo today.")] == ["Okonkwo"]


@pytest.mark.parametrize("bad", ["", "two words", "abc123", "x" * 65, "new\nline", "‮evil"])
def test_only_single_words_enter_the_dictionary(bad: str) -> None:
    with pytest.raises(InvalidInput):
        check_personal_word(bad)


def test_an_unknown_language_is_a_clear_message() -> None:
    with pytest.raises(InvalidInput):
        Speller("tlh")


def test_the_personal_dictionary_is_stored_only_inside_the_encrypted_compartment(vault: Vault) -> None:
    canary = "Zqxwvutsrkanary"
    assert spelling.add_personal_word(vault, canary) == [canary.casefold()]
    assert spelling.personal_words(vault) == [canary.casefold()]
    roots = [vault.folder, Path(os.environ["HOME"])]
    needle = canary.casefold().encode()
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                assert needle not in path.read_bytes().lower(), f"the personal word is readable in {path.name}"
    assert spelling.remove_personal_word(vault, canary) == []


def test_mental_status_and_medication_terms_are_known(english: Speller) -> None:
    text = "Euthymic affect, no anhedonia; continues sertraline and psychoeducation."
    assert english.misspellings(text) == []


@pytest.mark.parametrize(
    ("language", "text", "flagged"),
    [
        ("es", "Orientado, afecto ansioso, sin ideación suicida.", []),
        ("es", "Psicoterapia de apoyo; psicoeducación sobre el TEPT y la rumiación.", []),
        ("es", "Eutímico, sin anhedonia ni hipervigilancia; sigue con sertralina.", []),
        ("es", "Sin ideasion suicida.", ["ideasion"]),  # still a spell checker
        ("es", "Afecto ansiozo.", ["ansiozo"]),
        ("en", "Euthymic, no suicidal ideation; psychoeducation on PTSD.", []),
        ("en", "No suicidal ideasion.", ["ideasion"]),
    ],
)
def test_clinical_words_are_known_in_both_languages(language: str, text: str, flagged: list[str]) -> None:
    assert [m.word for m in Speller(language).misspellings(text)] == flagged


def test_a_bilingual_speller_knows_both_lists_and_suggests_its_own_first() -> None:
    both = Speller("es", also=("en",))
    assert both.misspellings("Client reports improved sleep; la clienta duerme mejor.") == []
    assert [m.word for m in both.misspellings("Client reprots tristesa.")] == ["reprots", "tristesa"]
    assert both.suggestions("tristesa")[0] == "tristeza"
    assert "reports" in both.suggestions("reprots")
    with pytest.raises(InvalidInput):
        Speller("es", also=("tlh",))

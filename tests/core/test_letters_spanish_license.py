"""A Spanish letter signs with its license in Spanish. Found by the Spanish day's walker (round 46):
a denial of amendment written in Spanish, for a client whose letters are in Spanish, was signed

    María José Hernández, LMFT
    TX license LMFT-12345, NPI 1234567893

the one English line of the letter (its window and its PDF), while the amendment on screen said
"licencia de TX n.º LMFT-12345". The English letter keeps its line as it was; both letterheads
leave the license line out, and a kept letter reads back as it was written.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from vault_app.domain import letters as L
from vault_app.domain.letters import Letter
from vault_app.domain.practice import PracticeProfile
from vault_app.domain.requests import ClientRequest

PROFILE = PracticeProfile(clinician_name="María José Hernández", credentials="LMFT", practice_name="Consulta Hernández",
                          address="1200 Congress Ave\nAustin, TX 78701", phone="(512) 555-0142", license_state="TX",
                          license_number="LMFT-12345", npi="1234567893", locale="es_US")
RECEIVED, DECIDED = date(2026, 12, 7), date(2026, 12, 7)


def _denial(profile: PracticeProfile, language: str) -> Letter:
    return L.amendment_denial(profile, ClientRequest("R2", "c1", "amendment", RECEIVED,
                                                     grounds=("accurate_and_complete",)),
                              "Lucía Fernández Ortega", DECIDED, language=language)


@pytest.mark.parametrize(("profile", "spanish", "english"), [
    (PROFILE, "Licencia de TX n.º LMFT-12345, NPI 1234567893", "TX license LMFT-12345, NPI 1234567893"),
    (replace(PROFILE, license_state=""), "Licencia n.º LMFT-12345, NPI 1234567893",
     "license LMFT-12345, NPI 1234567893"),
    (replace(PROFILE, npi=""), "Licencia de TX n.º LMFT-12345", "TX license LMFT-12345"),
    (replace(PROFILE, license_number="", license_state=""), "NPI 1234567893", "NPI 1234567893"),
])
def test_the_signature_says_the_license_in_the_letters_language(profile: PracticeProfile, spanish: str,
                                                                english: str) -> None:
    es, en = _denial(profile, "es"), _denial(profile, "en")
    assert es.signature[1] == spanish
    assert en.signature[1] == english
    assert not re.search(r"\blicense\b", es.text(), re.IGNORECASE), es.text()


def test_no_license_line_when_neither_number_nor_npi() -> None:
    es = _denial(replace(PROFILE, license_number="", npi=""), "es")
    assert es.signature[:2] == ("María José Hernández, LMFT", "Consulta Hernández")


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_letterhead_leaves_the_license_line_out_in_both_languages(language: str) -> None:
    letter = _denial(PROFILE, language)
    assert letter.letterhead == ("Consulta Hernández", "1200 Congress Ave", "Austin, TX 78701",
                                 letter.words.telephone.format(phone="(512) 555-0142"), "María José Hernández, LMFT")


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_kept_letter_with_its_license_reads_back_as_written(language: str) -> None:
    made = _denial(PROFILE, language)
    back = L.kept(made.text(), kind=made.kind, day=made.day, language=language, locale=made.locale,
                  practice_name=made.practice_name)
    assert back == replace(made, elements=())
    assert back.letterhead == made.letterhead


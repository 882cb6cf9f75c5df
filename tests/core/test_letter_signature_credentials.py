"""A letter's signature puts the credentials after a person's name, never after the practice's.
Found by the round's brief: a practice with credentials set but no clinician's name (a vault set up
before the name was asked, or a custodian who cleared it) signed every request letter and notice of
closure "Lee Counseling, LCSW", as if the practice held the license, in English and in Spanish.
Every letter the rules require (tests/core/test_letters_spanish.py's table), in both languages."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.test_letters_spanish import PROFILES, Maker, _makers
from vault_app.domain import closure_notice as closing
from vault_app.domain.practice import PracticeProfile
from vault_app.services import practice, requests

NAMED = PROFILES["NY"]  # Jordan Lee, LCSW, of Lee Counseling
NO_NAME = replace(NAMED, clinician_name="")
DETAILS = closing.checked_details(date(2027, 1, 29), "Dr. Sam Rivera", "555-0199")


def _closure(profile: PracticeProfile, language: str) -> closing.Letter:
    return closing.closure_notice(profile, DETAILS, client_name="María Pérez", to=closing.Addressee(closing.TO_CLIENT),
                                  to_name="", address="", last=None, until=None, on=date(2026, 12, 7),
                                  language=language).letter


CASES = [*_makers(), ("notice of closure", _closure)]


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize(("case", "make"), CASES, ids=[c for c, _m in CASES])
def test_no_clinician_name_the_practice_signs_without_credentials(case: str, make: Maker, language: str) -> None:
    letter = make(NO_NAME, language)
    assert letter.signature[0] == "Lee Counseling", letter.signature
    assert "Lee Counseling, LCSW" not in letter.text(), letter.text()
    assert letter.signature.count("Lee Counseling") == 1, "the practice's name once"
    assert letter.letterhead[0] == "Lee Counseling" and "Lee Counseling" not in letter.letterhead[1:]


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize(("case", "make"), CASES[:3], ids=[c for c, _m in CASES[:3]])
def test_a_named_clinician_signs_with_credentials(case: str, make: Maker, language: str) -> None:
    letter = make(NAMED, language)
    assert letter.signature[0] == "Jordan Lee, LCSW" and "Lee Counseling" in letter.signature[1:]


def test_no_credentials_no_comma() -> None:
    letter = CASES[0][1](replace(NO_NAME, credentials=""), "es")
    assert letter.signature[0] == "Lee Counseling"


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_kept_letter_saved_as_pdf(vault: object, tmp_path: Path, language: str) -> None:
    """The real path: a practice without a clinician's name denies a request and saves the letter."""
    from vault_app.services import clients
    from vault_app.services.vault import Vault

    assert isinstance(vault, Vault)
    chart = fx.make_chart(vault, n=1)
    practice.update(vault, clinician_name="", credentials="LCSW", practice_name="Lee Counseling")
    assert practice.load(vault).clinician_name == "" and isinstance(practice.load(vault), PracticeProfile)
    clients.update_client(vault, chart.client_id, letters_in=language)
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(3),
                             note_ids=(chart.progress[0],), description="wrong date")
    requests.deny_request(vault, q.id, grounds=["accurate_and_complete"])
    (kept,) = requests.letters(vault, q.id)
    assert kept["language"] == language
    out = requests.save_kept_letter_pdf(vault, q.id, str(kept["letter_id"]), tmp_path / "letter.pdf",
                                        password=fx.PASSWORD)
    text = " ".join(fx.pdf_text(out))
    assert "Lee Counseling" in text and "Counseling, LCSW" not in text, text

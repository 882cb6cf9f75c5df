"""The request letters as the client (or their representative) reads them: every letter made
on a real vault, written out as its encrypted PDF and read back with pdftotext, for a US and
an es_US practice. Found: an es_US practice's English letters were dated in Spanish ("4 de
diciembre de 2026"), and a letter answering a mother's request for her child's records was
addressed to the ten-year-old ("Dear Alex Testclient, ... your request")."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.letters import Letter
from vault_app.services import guardians, practice, request_amendments, request_reviews, requests
from vault_app.services.vault import Vault

pytestmark = pytest.mark.skipif(not (shutil.which("qpdf") and shutil.which("pdftotext")),
                                reason="needs qpdf and pdftotext")
CLIENT, MOTHER = "Alex Testclient", "Jane Roe"
# The months' names in Spanish: an English letter names none of them.
SPANISH_MONTHS = re.compile(r"\b(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
                            r"noviembre|diciembre)\b|\bde 20\d\d\b")
INTERNAL = re.compile(r"\bNone\b|\bR-[0-9a-f]{8}\b|\b[a-z]+_[a-z_]+\b|\b[0-9a-f]{32}\b")
# A day written in digits, either order: a letter's days are in words (document_dates "long")
SHORT_DAY = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{4}-\d\d-\d\d\b")
RECEIVED = date(2026, 11, 14)  # after the 12th: day-first and month-first differ


def _read(letter: Letter, folder: Path) -> str:
    sealed = requests.save_letter_pdf(letter, folder / f"{letter.kind}.pdf", password=fx.PASSWORD)
    plain = folder / f"{letter.kind}-plain.pdf"
    subprocess.run(["qpdf", f"--password={fx.PASSWORD}", "--decrypt", str(sealed), str(plain)], check=True)
    text = subprocess.run(["pdftotext", str(plain), "-"], check=True, capture_output=True, text=True).stdout
    plain.unlink()
    return " ".join(text.split())


def _letters(vault: Vault, locale: str) -> tuple[list[Letter], list[Letter]]:
    """(the letters of a mother's access request for her child, those of the client's own amendments)."""
    chart = fx.make_chart(vault, n=2, date_of_birth=fx.born_years_ago(10))
    practice.update(vault, locale=locale, privacy_contact="Pat Doe, Privacy Officer",
                    jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    mother = guardians.add_guardian(vault, chart.client_id, MOTHER, authority="parent", relationship="mother")
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=RECEIVED,
                             guardian_id=mother.guardian_id)
    q, extension = requests.extend_request(vault, q.id, notice_on=date(2026, 11, 30), reason="The file is archived.")
    q, denial = requests.deny_request(vault, q.id, grounds=["endangerment"], decided_on=date(2026, 12, 4),
                                      denied="session notes", granted="the intake form")
    # Referred on a fixed day, not "today": the test runs on any day (ci76, the day after it was written).
    request_reviews.request_review(vault, q.id, requested_on=date(2026, 12, 4), reviewer_name="Dr. Sam Reviewer",
                                   reviewer_license="PSY 123", took_no_part=True, referred_on=date(2026, 12, 4))
    _, review = request_reviews.decide_review(vault, q.id, decision="partly_reversed", decided_on=date(2026, 12, 5))
    a = requests.add_request(vault, chart.client_id, kind="amendment", received_on=RECEIVED,
                             note_ids=chart.progress[:1])
    a, refused = requests.deny_request(vault, a.id, grounds=["accurate_and_complete"], decided_on=date(2026, 12, 5))
    request_amendments.file_disagreement(vault, a.id, text="The move was in March.", received_on=date(2026, 12, 5))
    _, rebuttal = request_amendments.add_rebuttal(vault, a.id, text="The notes record the move as the client told it.")
    b = requests.add_request(vault, chart.client_id, kind="amendment", received_on=RECEIVED,
                             note_ids=chart.progress[1:2])
    b, accepted = request_amendments.accept_amendment(vault, b.id, text="The event was in May.",
                                                      decided_on=date(2026, 12, 5))
    return [extension, denial, review], [refused, rebuttal, accepted]


# Every day in a letter is written as its date line is, the month in words: an es_US practice's
# English letter said "On 14/11/2026 we received" and "no later than 13/01/2027", which a US
# reader of English takes for a month 14 or January 13 read as the 1st of month 13 (found by two
# walkers: "03/02/2027" read as March 2 when it was February 3).
@pytest.mark.parametrize(("locale", "received", "dated", "new_due"), (
    ("en_US", "November 14, 2026", "December 5, 2026", "January 13, 2027"),
    ("es_US", "November 14, 2026", "December 5, 2026", "January 13, 2027"),
    ("en_GB", "14 November 2026", "5 December 2026", "13 January 2027"),
))
def test_every_request_letter_reads_right(vault: Vault, tmp_path: Path, locale: str, received: str,
                                          dated: str, new_due: str) -> None:
    for_mother, for_client = _letters(vault, locale)
    texts = {letter.kind: _read(letter, tmp_path) for letter in for_mother + for_client}
    for letter in for_mother + for_client:
        text = texts[letter.kind]
        assert not SPANISH_MONTHS.search(text), (letter.kind, text)
        assert not INTERNAL.search(text), (letter.kind, INTERNAL.search(text), text)
        assert received in text, (letter.kind, text)  # the day the request came, its month in words
        assert not SHORT_DAY.search(text), (letter.kind, SHORT_DAY.search(text), text)  # no 14/11/2026
        assert "45 CFR 164.52" in text, letter.kind  # the citation
        assert "Jordan Lee, LCSW" in text  # who signs
        assert "Pat Doe, Privacy Officer" in text or letter.kind == "amendment-accepted"  # whom to ask
    assert dated in texts["review-decision"] and dated in texts["amendment-accepted"]
    assert ("December 4, 2026" if locale != "en_GB" else "4 December 2026") in texts["access-denial"]
    assert f"no later than {new_due}" in texts["extension-notice"], texts["extension-notice"]
    # The mother asked: the letters answering her are hers, about her child's records.
    for letter in for_mother:
        assert f"Dear {MOTHER}," in texts[letter.kind], texts[letter.kind]
        assert f"Dear {CLIENT}" not in texts[letter.kind]
        assert f"records of {CLIENT}" in texts[letter.kind], texts[letter.kind]
    # The client asked for the amendments: theirs, about their records.
    for letter in for_client:
        assert f"Dear {CLIENT}," in texts[letter.kind] and "your records" in texts[letter.kind]
        assert MOTHER not in texts[letter.kind]

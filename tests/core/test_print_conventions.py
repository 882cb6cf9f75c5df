"""What a practice prints follows its locale: US Letter and 12/01/2026 in the US, A4 elsewhere."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from vault_app.domain.letters import access_denial
from vault_app.domain.practice import PracticeProfile
from vault_app.domain.requests import ClientRequest
from vault_app.services import emergency_kit
from vault_app.services.pdf_document import StampedPDF
from vault_app.services.requests import save_letter_pdf

LETTER_PT, A4_PT = (612, 792), (595, 842)
PROFILE = PracticeProfile(clinician_name="Jordan Lee", credentials="LCSW", practice_name="Lee Counseling",
                          address="1 Main St\nSpringfield, IL 62701", phone="555-0100")
REQUEST = ClientRequest("R1", "c1", "access", date(2026, 11, 2), status="partially_granted",
                        granted="progress notes", denied="psychotherapy notes", grounds=("psychotherapy_notes",))


def _size(path: Path, password: str = "") -> tuple[int, int]:
    reader = PdfReader(str(path))
    if reader.is_encrypted:
        reader.decrypt(password)
    box = reader.pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


@pytest.mark.parametrize(("locale", "paper", "date_line", "received"), [
    # Every date of a letter in words, as its date line (the state-deadlines round: an English
    # letter of a Spanish practice said "03/02/2027" for 3 February).
    ("en_US", LETTER_PT, "December 1, 2026", "November 2, 2026"),
    ("en_GB", A4_PT, "1 December 2026", "2 November 2026"),
    # An English letter: the month in English words (found: "1 de diciembre de 2026").
    ("es_MX", LETTER_PT, "1 December 2026", "2 November 2026"),
])
def test_a_letter_is_printed_the_practice_s_way(tmp_path: Path, locale: str, paper: tuple[int, int],
                                               date_line: str, received: str) -> None:
    letter = access_denial(replace(PROFILE, locale=locale), REQUEST, "Alex Client", date(2026, 12, 1))
    assert letter.date_line == date_line and received in letter.text()
    out = save_letter_pdf(letter, tmp_path / "letter.pdf", password="letter-pass-1")
    assert _size(out, "letter-pass-1") == paper
    reader = PdfReader(str(out))
    reader.decrypt("letter-pass-1")
    assert date_line in reader.pages[0].extract_text()


@pytest.mark.parametrize(("locale", "paper"), [("en_US", LETTER_PT), ("de_DE", A4_PT)])
def test_disclosure_pages_and_the_emergency_kit_take_the_paper_of_the_locale(
    tmp_path: Path, locale: str, paper: tuple[int, int]
) -> None:
    pdf = StampedPDF(None, "Disclosure", locale=locale)
    pdf.add_page()
    out = tmp_path / "page.pdf"
    pdf.output(str(out))
    assert _size(out) == paper
    # The paper is the practice's; the days of a page sent out are ISO (document_dates.sent_day).
    assert pdf.day(date(2026, 12, 1)) == "2026-12-01"
    kit = tmp_path / "kit.pdf"
    kit.write_bytes(emergency_kit.build_pdf(recovery_key="ABCD-EFGH", vault_id="v1", folder="/v", locale=locale,
                                            created=datetime(2026, 12, 1, 14, 5, tzinfo=UTC)))
    assert _size(kit) == paper
    text = PdfReader(str(kit)).pages[0].extract_text()
    assert ("12/01/2026 2:05 PM" if locale == "en_US" else "01.12.2026 14:05") in text

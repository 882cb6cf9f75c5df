"""The amendment acceptance letter names the records amended and says the amendment is appended
and linked to them (45 CFR 164.526(c)(1), (c)(2)). Found by two walkers: it said only "amended the
records concerned". It names each note by its kind and day, never by its text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.letters import AmendedNote, amendment_accepted
from vault_app.domain.practice import PracticeProfile
from vault_app.domain.requests import ClientRequest
from vault_app.services import notes, request_amendments, requests
from vault_app.services.vault import Vault

PROFILE = PracticeProfile(practice_name="Lee Counseling", clinician_name="Jordan Lee", credentials="LCSW",
                          address="1 Main St", phone="555-0100")
REQ = ClientRequest("R3", "c1", "amendment", date(2024, 1, 10), status="granted")


@pytest.mark.parametrize(("amended", "named", "absent"), [
    ((AmendedNote(date(2024, 1, 2), "progress note"),),
     ["the progress note of January 2, 2024", "appended to this note"], ["notes of", "these notes"]),
    ((AmendedNote(date(2024, 1, 2), "progress note"), AmendedNote(date(2023, 12, 5), "progress note")),
     ["the progress notes of December 5, 2023 and January 2, 2024", "appended to each of these notes"],
     ["the progress note of", "this note"]),
])
def test_the_letter_names_the_amended_notes(amended: tuple[AmendedNote, ...], named: list[str],
                                            absent: list[str]) -> None:
    letter = amendment_accepted(PROFILE, REQ, "A", date(2024, 1, 20), amended=amended)
    text = " ".join(letter.text().split())
    for words in named:
        assert words in text
    for words in absent:
        assert words not in text
    assert "appended to" in text and "45 CFR 164.526(c)(1)" in text
    assert "amended_records" in letter.elements and "linked" in letter.elements


def test_in_the_practices_order_of_day_and_month() -> None:
    elsewhere = replace(PROFILE, locale="en_GB")
    text = amendment_accepted(elsewhere, REQ, "A", date(2024, 1, 20),
                              amended=(AmendedNote(date(2024, 1, 2), "progress note"),)).text()
    assert "the progress note of 2 January 2024" in " ".join(text.split())


def test_the_kept_letter_names_the_note_not_its_text(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=2)
    note = notes.get_note(vault, chart.progress[1])
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(3),
                             note_ids=(note.note_id,), description="wrong date")
    _q, letter = request_amendments.accept_amendment(vault, q.id, text="The move was in March.")
    text = " ".join(letter.text().split())
    day = note.note_date
    assert f"the progress note of {day:%B} {day.day}, {day.year}" in text
    assert chart.progress_markers[1] not in text and note.note_id not in text

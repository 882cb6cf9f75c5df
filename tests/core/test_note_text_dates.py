"""Lines the app writes into a progress note say their day as the practice writes it: the
"[Carried forward from the note of ...]" mark over carried text and the "[PHQ-9 ...: total ...]"
line a risk item adds (found grepping for dates a user reads: both said 2025-03-17 in a note
whose every other date reads 03/17/2025, and the risk line stays in the note once signed).
Days after the 12th: the US and UK forms differ from each other and from ISO."""

from __future__ import annotations

from datetime import date

import pytest

from vault_app.domain.faster_notes import carried_sections, carry_mark, unedited
from vault_app.services import clients, faster_notes, measures, notes, practice, sessions
from vault_app.services.vault import Vault

PRACTICES = (("en_US", "03/17/2025"), ("en_GB", "17/03/2025"))
DAY = date(2025, 3, 17)
PHQ_RISK = [2, 2, 2, 2, 1, 1, 1, 0, 1]  # 12: moderate, item 9 = 1


@pytest.mark.parametrize(("locale", "shown"), PRACTICES)
def test_the_carry_mark_writes_the_practices_day(locale: str, shown: str) -> None:
    assert carry_mark(DAY, locale=locale) == f"[Carried forward from the note of {shown}: edit before signing]"
    carried = carried_sections({"plan": "Weekly."}, ("assessment", "plan"), DAY, locale=locale)
    assert carried["plan"] == f"{carry_mark(DAY, locale=locale)}\nWeekly."
    # A note carried before this change keeps its ISO mark, still recognised as unedited: the
    # check compares with the mark stored at the carry.
    old = {"plan": "[Carried forward from the note of 2025-03-17: edit before signing]\nWeekly."}
    assert unedited(old, old) == ["plan"]


@pytest.mark.parametrize(("locale", "shown"), PRACTICES)
def test_carrying_forward_and_a_risk_item_write_the_practices_day(vault: Vault, locale: str, shown: str) -> None:
    practice.update(vault, locale=locale)
    cid = clients.create_client(vault, "Wynn Lineday").client_id
    first = sessions.add_session(vault, cid, date=DAY, duration_minutes=50)
    source = notes.create_progress_note(vault, cid, session_id=first.session_id,
                                        sections={"subjective": "Slept badly.", "plan": "Sleep diary."})
    notes.sign_note(vault, source.note_id)
    carried = faster_notes.start_from_last(vault, cid, note_date=date(2025, 3, 24))
    assert carried.note.sections["plan"].startswith(f"[Carried forward from the note of {shown}:")

    later = sessions.add_session(vault, cid, date=date(2025, 3, 31), duration_minutes=50)
    flagged = measures.record_measure(vault, cid, "phq9", PHQ_RISK, session_id=later.session_id)
    assert flagged.flag is not None and flagged.flag.note_id is not None
    text = notes.get_note(vault, flagged.flag.note_id).sections["assessment"]
    later_shown = date(2025, 3, 31).strftime("%m/%d/%Y" if locale == "en_US" else "%d/%m/%Y")
    assert f"[PHQ-9 {later_shown}: total 12 (moderate)" in text, text
    assert "2025-03-31" not in text

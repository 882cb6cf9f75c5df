"""services/measures.risk_followup on a real vault: which measure is the chart's open risk (its
newest flagged one, a newer measure without a flag does not close it) and whether that session's
note is signed with a safety plan. The Measures tab shows what it says; the choice was made in
the tab before (review of the measures work)."""

from __future__ import annotations

from datetime import date

import pytest

from vault_app.services import clients, measures, notes, sessions
from vault_app.services.vault import Vault

PHQ_MILD = [1, 1, 1, 1, 1, 1, 1, 0, 0]  # item 9 = 0
PHQ_RISK = [2, 2, 2, 2, 1, 1, 1, 0, 1]  # item 9 = 1
GAD_MOD = [2, 2, 2, 2, 1, 1, 1]
PLAN = {"ideation": "passive", "level": "moderate", "safety_plan": "Call the crisis line; remove the pills."}


def _client(vault: Vault) -> str:
    return clients.create_client(vault, "Avery Testperson", date_of_birth="1980-02-03").client_id


def test_a_chart_with_no_flagged_measure_has_no_open_risk(vault: Vault) -> None:
    cid = _client(vault)
    assert measures.risk_followup(vault, cid) is None
    measures.record_measure(vault, cid, "phq9", PHQ_MILD, taken_on="2026-04-01")
    measures.record_measure(vault, cid, "gad7", GAD_MOD, taken_on="2026-04-02")
    assert measures.risk_followup(vault, cid) is None


@pytest.mark.parametrize(
    ("risk", "signed", "documented"),
    [
        (None, False, False),  # the draft the flag started: nothing signed
        (PLAN, False, False),  # the plan written, the note not signed yet
        ({**PLAN, "safety_plan": "  "}, True, False),  # signed with a screening but no plan
        (None, True, False),  # signed with no screening at all
        (PLAN, True, True),  # signed with the plan: documented, on the note's day
    ],
)
def test_the_flag_is_documented_only_by_a_signed_note_with_a_safety_plan(
        vault: Vault, risk: dict[str, object] | None, signed: bool, documented: bool) -> None:
    cid = _client(vault)
    s = sessions.add_session(vault, cid, date="2026-04-03", duration_minutes=50)
    flagged = measures.record_measure(vault, cid, "phq9", PHQ_RISK, session_id=s.session_id)
    note_id = flagged.flag.note_id if flagged.flag else None
    assert note_id is not None
    if risk is not None:
        notes.update_note(vault, note_id, risk=risk)
    if signed:
        notes.sign_note(vault, note_id)
    found = measures.risk_followup(vault, cid)
    assert found is not None and found.measure.measure_id == flagged.measure.measure_id
    assert found.session_linked
    assert found.plan_signed == (date(2026, 4, 3) if documented else None)


def test_a_newer_measure_without_a_flag_leaves_the_flag_open(vault: Vault) -> None:
    cid = _client(vault)
    s = sessions.add_session(vault, cid, date="2026-04-03", duration_minutes=50)
    flagged = measures.record_measure(vault, cid, "phq9", PHQ_RISK, session_id=s.session_id)
    later = sessions.add_session(vault, cid, date="2026-04-10", duration_minutes=50)
    measures.record_measure(vault, cid, "phq9", PHQ_MILD, session_id=later.session_id)
    measures.record_measure(vault, cid, "gad7", GAD_MOD, taken_on="2026-04-11")
    found = measures.risk_followup(vault, cid)
    assert found is not None and found.measure.measure_id == flagged.measure.measure_id
    assert found.plan_signed is None
    # Its plan signed: documented, though the newer measures' sessions have no note.
    assert flagged.flag is not None and flagged.flag.note_id is not None
    notes.update_note(vault, flagged.flag.note_id, risk=PLAN)
    notes.sign_note(vault, flagged.flag.note_id)
    found = measures.risk_followup(vault, cid)
    assert found is not None and found.plan_signed == date(2026, 4, 3)


def test_the_newest_flag_is_the_open_one_and_its_own_note_counts(vault: Vault) -> None:
    cid = _client(vault)
    first = sessions.add_session(vault, cid, date="2026-04-03", duration_minutes=50)
    old = measures.record_measure(vault, cid, "phq9", PHQ_RISK, session_id=first.session_id)
    assert old.flag is not None and old.flag.note_id is not None
    notes.update_note(vault, old.flag.note_id, risk=PLAN)
    notes.sign_note(vault, old.flag.note_id)
    second = sessions.add_session(vault, cid, date="2026-04-10", duration_minutes=50)
    new = measures.record_measure(vault, cid, "phq9", PHQ_RISK, session_id=second.session_id)
    found = measures.risk_followup(vault, cid)
    # The older session's plan does not answer the newer flag.
    assert found is not None and found.measure.measure_id == new.measure.measure_id
    assert found.plan_signed is None


def test_a_flag_with_no_session_is_open_and_linked_to_none(vault: Vault) -> None:
    cid = _client(vault)
    flagged = measures.record_measure(vault, cid, "phq9", PHQ_RISK, taken_on="2026-04-04")
    found = measures.risk_followup(vault, cid)
    assert found is not None and found.measure.measure_id == flagged.measure.measure_id
    assert not found.session_linked and found.plan_signed is None

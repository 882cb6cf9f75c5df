"""A session's fee follows its corrected CPT code. Found walking a therapist's day (wday3, round
45): a 45-minute session attended (90834, its $150.50 kept at attendance), its length then
corrected to 55 minutes (Correct session details…): the code moved to 90837 ($180.00 in the fee
schedule) but the account, and the statement issued from it, said "90837 $150.50": the old
code's fee on the new code. The fee kept from the schedule now follows the code to the
schedule's fee for it (none: "no fee set", as for a session attended before its code had one);
a fee the therapist set by hand stays. Table-driven rule, and a real vault attended through
the agenda, corrected as the chart's window and a progress note's session box do."""

from __future__ import annotations

import pytest

from vault_app.domain.billing import fee_on_corrected_code
from vault_app.services import appointments, billing, clients, session_correction, sessions
from vault_app.services.vault import Vault


@pytest.mark.parametrize(("kept", "scheduled_for_new", "outcome"), [
    (None, 18000, ("keep", None)),  # no fee of its own: it is charged the schedule's for its code already
    (None, None, ("keep", None)),
    ((15050, "schedule"), 18000, ("set", 18000)),  # the old code's fee from the schedule: the new code's
    ((15050, "schedule"), 0, ("set", 0)),  # a fee of $0.00 in the schedule is a fee
    ((15050, "schedule"), None, ("clear", None)),  # the new code has none: "no fee set", never the old one's
    ((12000, "edited"), 18000, ("keep", None)),  # set by hand: the therapist's, it stays
    ((12000, "edited"), None, ("keep", None)),
])
def test_what_a_sessions_kept_fee_becomes_when_its_code_is_corrected(
        kept: tuple[int, str] | None, scheduled_for_new: int | None, outcome: tuple[str, int | None]) -> None:
    assert fee_on_corrected_code(kept, scheduled_for_new) == outcome


def _attended_45(vault: Vault, name: str, chart: str) -> tuple[str, str]:
    client_id = clients.create_client(vault, name, chart_number=chart).client_id
    appt = appointments.schedule(vault, client_id, date="2026-03-02", start="10:00", duration_minutes=45)[0]
    return client_id, appointments.attend(vault, appt.appointment_id).session_id


def _charges(vault: Vault, client_id: str) -> list[tuple[str, int, bool]]:
    return [(c.cpt_code, c.cents, c.priced) for c in billing.account(vault, client_id).charges if c.kind == "session"]


def _fees(vault: Vault) -> None:
    billing.set_scheduled_fee(vault, "90834", "150.50")
    billing.set_scheduled_fee(vault, "90837", "180.00")


def test_a_corrected_length_moves_the_code_and_its_fee(vault: Vault) -> None:
    _fees(vault)
    client_id, session_id = _attended_45(vault, "Lio Length", "LL-1")
    assert _charges(vault, client_id) == [("90834", 15050, True)]
    corrected = session_correction.correct_session(vault, session_id, duration_minutes=55)
    assert corrected.session.cpt_code == "90837"
    assert _charges(vault, client_id) == [("90837", 18000, True)]
    assert billing.session_fee(vault, session_id) == (18000, "schedule")
    assert billing.account(vault, client_id).balance_cents == 18000
    # and back: the fee goes back with the code
    session_correction.correct_session(vault, session_id, duration_minutes=45)
    assert _charges(vault, client_id) == [("90834", 15050, True)]


def test_a_code_typed_takes_its_fee_and_one_with_none_says_so(vault: Vault) -> None:
    _fees(vault)
    client_id, session_id = _attended_45(vault, "Ada Typed", "AT-1")
    sessions.update_session(vault, session_id, cpt_code="90837")  # a progress note's session box sends its code
    assert _charges(vault, client_id) == [("90837", 18000, True)]
    session_correction.correct_session(vault, session_id, cpt_code="90832")  # no fee set for 90832
    assert _charges(vault, client_id) == [("90832", 0, False)]
    assert billing.session_fee(vault, session_id) == (None, "none")
    billing.set_scheduled_fee(vault, "90832", "95.00")  # the first fee set for it prices it, as at attendance
    assert _charges(vault, client_id) == [("90832", 9500, True)]


def test_a_fee_set_by_hand_stays_when_the_code_is_corrected(vault: Vault) -> None:
    _fees(vault)
    client_id, session_id = _attended_45(vault, "Uma Sliding", "US-1")
    billing.set_session_fee(vault, session_id, "60.00")  # a sliding-scale fee
    session_correction.correct_session(vault, session_id, duration_minutes=55)
    assert _charges(vault, client_id) == [("90837", 6000, True)]


def test_other_corrections_leave_the_fee_alone(vault: Vault) -> None:
    _fees(vault)
    client_id, session_id = _attended_45(vault, "Eli Same", "ES-1")
    billing.set_scheduled_fee(vault, "90834", "170.00")  # after attendance: the session keeps its $150.50
    session_correction.correct_session(vault, session_id, location="Suite 2", duration_minutes=50)  # still 90834
    assert _charges(vault, client_id) == [("90834", 15050, True)]


"""Appointments against a discharge and a slot taken meanwhile: a real vault, and the CLI's own
`run` on it once it is locked (the terminal used while the app was locked).

Found by attack (H8): a discharge left the client's weekly series scheduled for months (named on
the agenda, holding the slots against other clients, and nagging the worklist later as never
recorded); a discharged client's appointment could be moved past the discharge; and "Back to
scheduled" put a cancelled appointment back over the client booked in its slot since.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import reopen
from tests.core.cli_helpers import cli_in_process
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.services import appointments, clients, worklist
from vault_app.services.vault import Vault


@pytest.fixture
def client_id(vault: Vault) -> str:
    return clients.create_client(vault, "Oona Farrell-Baptiste", chart_number="OF-1",
                                 date_of_birth="1979-05-06").client_id


@pytest.fixture
def other_id(vault: Vault) -> str:
    return clients.create_client(vault, "Piet Lindqvist", chart_number="PL-2", date_of_birth="1990-01-02").client_id


def events(vault: Vault, kind: str) -> list[dict[str, object]]:
    return [e.payload for e in vault.ledger.entries() if e.kind == kind]


def test_back_to_scheduled_refused_over_the_client_booked_in_its_slot_since(
        vault: Vault, client_id: str, other_id: str) -> None:
    (first,) = appointments.schedule(vault, client_id, date="2030-03-04", start="10:00")
    appointments.set_status(vault, first.appointment_id, "cancelled_by_client")
    appointments.schedule(vault, other_id, date="2030-03-04", start="10:30")  # the slot, given away
    with pytest.raises(InvalidInput) as refused:
        appointments.set_status(vault, first.appointment_id, "scheduled")
    assert refused.value.code == "appointment.overlap"
    assert "Piet" not in refused.value.message and "Oona" not in refused.value.message
    assert appointments.get(vault, first.appointment_id).status == "cancelled_by_client"
    # Once the other one is moved away, it may come back.
    (other,) = appointments.list_for_client(vault, other_id)
    appointments.move(vault, other.appointment_id, start="12:00")
    assert appointments.set_status(vault, first.appointment_id, "scheduled").status == "scheduled"


def test_a_discharge_cancels_the_series_after_its_day_and_frees_the_slots(
        vault: Vault, client_id: str, other_id: str) -> None:
    today = date.today()
    made = appointments.schedule(vault, client_id, date=today - timedelta(days=14), start="09:00",
                                 recurrence="weekly", count=6)
    appointments.attend(vault, made[0].appointment_id)
    clients.discharge(vault, client_id, on=today - timedelta(days=7))
    statuses = {a.date: a.status for a in appointments.list_for_client(vault, client_id)}
    assert statuses == {
        made[0].date: "attended",
        made[1].date: "scheduled",  # the discharge day itself: the last session may be on it
        **{a.date: "cancelled_by_therapist" for a in made[2:]},
    }
    cancelled = events(vault, "appointment.status_changed")
    assert sorted(str(e["appointment_id"]) for e in cancelled) == sorted(a.appointment_id for a in made[2:])
    assert {(e["status"], e["source"], e["client_id"]) for e in cancelled} == {
        ("cancelled_by_therapist", "discharge", client_id)}
    # Its slots are free for another client, and no past one waits on the worklist as unrecorded.
    appointments.schedule(vault, other_id, date=made[3].date, start="09:00")
    unrecorded = {i.item_id for i in worklist.build(vault).items if i.section == "appointments_unrecorded"}
    assert unrecorded == {made[1].appointment_id}


def test_a_discharged_clients_appointment_is_not_moved_or_put_back_past_the_discharge(
        vault: Vault, client_id: str) -> None:
    today = date.today()
    made = appointments.schedule(vault, client_id, date=today - timedelta(days=3), start="09:00",
                                 recurrence="weekly", count=2)
    appointments.set_status(vault, made[0].appointment_id, "cancelled_by_client")
    clients.discharge(vault, client_id, on=today)
    assert appointments.get(vault, made[1].appointment_id).status == "cancelled_by_therapist"
    # On or before the discharge day it may: the record of the last visits is put right.
    assert appointments.set_status(vault, made[0].appointment_id, "scheduled").status == "scheduled"
    assert appointments.move(vault, made[0].appointment_id, date=today).date == today
    for act in (lambda: appointments.set_status(vault, made[1].appointment_id, "scheduled"),
                lambda: appointments.move(vault, made[0].appointment_id, date=today + timedelta(days=1))):
        with pytest.raises(RefusedByPolicy) as refused:
            act()
        assert refused.value.code == "appointment.client_discharged"
    assert appointments.get(vault, made[0].appointment_id).date == today
    assert appointments.get(vault, made[1].appointment_id).status == "cancelled_by_therapist"
    # Readmitted, the cancelled one may be booked again.
    clients.update_client(vault, client_id, status="active")
    assert appointments.set_status(vault, made[1].appointment_id, "scheduled").status == "scheduled"


def test_a_discharge_from_the_terminal_while_the_app_is_locked(vault: Vault, vault_dir: Path, client_id: str) -> None:
    """The second process: the CLI discharges (a real process); the app, unlocked again, shows
    the week after with the appointment cancelled, not the discharged client still booked."""
    today = date.today()
    made = appointments.schedule(vault, client_id, date=today + timedelta(days=7), start="16:00",
                                 recurrence="weekly", count=3)
    vault.lock()
    done = cli_in_process("client", "update", "OF-1", "--status", "discharged", "--vault", str(vault_dir))
    assert done.code == 0, done.err
    again = reopen(vault_dir)
    try:
        week = appointments.week(again, made[0].date)
        assert [(r.item_id, r.status) for r in week] == [(made[0].appointment_id, "cancelled_by_therapist")]
    finally:
        again.lock()


def test_a_series_that_would_run_past_the_last_year_the_agenda_shows_is_refused_whole(
        vault: Vault, client_id: str) -> None:
    """Its appointments in 2201 could be listed by no agenda (a range past 2200 is refused): booked
    and never seen again."""
    with pytest.raises(InvalidInput) as refused:
        appointments.schedule(vault, client_id, date="2200-12-20", start="10:00", recurrence="weekly", count=4)
    assert refused.value.code == "date.out_of_range" and refused.value.field == "count"
    assert appointments.list_for_client(vault, client_id) == []
    assert len(appointments.schedule(vault, client_id, date="2200-12-20", start="10:00", recurrence="weekly",
                                     count=2)) == 2

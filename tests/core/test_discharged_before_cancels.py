"""A vault discharged before discharges cancelled the appointments after them: the unlock cancels
what was left scheduled, once, each in the ledger; killed half way, the next unlock finishes it
without a second entry. Real vault, the discharge written as the old code wrote it (the client's
row alone), the real CLI as the killed process.

Found (H8b): the old discharges' series kept the former client on the agenda, held the slots and
came back on the worklist as "never recorded"."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import reopen
from tests.core.cli_helpers import cli_in_process, cli_process
from vault_app.domain.appointments import Appointment
from vault_app.services import appointments, appointments_discharged, clients, reminders, worklist
from vault_app.services.fault_injection import CRASH_ENV
from vault_app.services.vault import Vault
from vault_app.storage import clinical_clients


def discharge_the_old_way(vault: Vault, client_id: str, on: date | None) -> None:
    """What update_client wrote before a discharge cancelled anything: the client's row."""
    current = clients.get_client(vault, client_id)
    with vault.records.transaction():
        clinical_clients.update(vault.records, replace(current, status="discharged", discharged_on=on))


def logged(vault: Vault) -> list[str]:
    return sorted(str(e.payload["appointment_id"]) for e in vault.ledger.entries()
                  if e.kind == "appointment.status_changed" and e.payload.get("source") == "discharge_earlier")


def statuses(vault: Vault, made: list[Appointment]) -> list[str]:
    return [appointments.get(vault, a.appointment_id).status for a in made]


@pytest.fixture
def old_vault(vault: Vault) -> tuple[Vault, dict[str, list[Appointment]]]:
    """Four clients: one discharged a week ago with a weekly series around it, one discharged with
    no day on record, one discharged and readmitted, one in treatment."""
    today = date.today()
    made: dict[str, list[Appointment]] = {}
    for name, chart in (("Oona Farrell", "OF-1"), ("Piet Lindqvist", "PL-2"), ("Rhea Moreau", "RM-3"),
                        ("Sam Okafor", "SO-4")):
        client_id = clients.create_client(vault, name, chart_number=chart, date_of_birth="1980-01-02").client_id
        made[chart] = appointments.schedule(vault, client_id, date=today - timedelta(days=14), start="09:00",
                                            recurrence="weekly", count=5, duration_minutes=50) \
            if chart == "OF-1" else appointments.schedule(
                vault, client_id, date=today + timedelta(days=2), start=f"1{len(made)}:00")
    discharge_the_old_way(vault, made["OF-1"][0].client_id, today - timedelta(days=7))
    discharge_the_old_way(vault, made["PL-2"][0].client_id, None)
    discharge_the_old_way(vault, made["RM-3"][0].client_id, today - timedelta(days=1))
    clients.update_client(vault, made["RM-3"][0].client_id, status="active")  # readmitted
    return vault, made


def test_the_unlock_cancels_what_old_discharges_left_once(
        old_vault: tuple[Vault, dict[str, list[Appointment]]], vault_dir: Path) -> None:
    vault, made = old_vault
    series = made["OF-1"]
    assert statuses(vault, series) == ["scheduled"] * 5  # as an old vault holds them
    vault.lock()
    with reopen(vault_dir) as again:
        # The past week's one and the discharge day's are kept (the last session may be on it).
        assert statuses(again, series) == ["scheduled", "scheduled"] + ["cancelled_by_therapist"] * 3
        assert {appointments.get(again, a.appointment_id).fee_cents for a in series[2:]} == {None}
        assert logged(again) == sorted(a.appointment_id for a in series[2:])
        # No day on record, readmitted, in treatment: untouched.
        assert [statuses(again, made[c]) for c in ("PL-2", "RM-3", "SO-4")] == [["scheduled"]] * 3
        unrecorded = {i.item_id for i in worklist.build(again).items if i.section == "appointments_unrecorded"}
        assert not unrecorded & {a.appointment_id for a in series[2:]}
        # Its slots are free again.
        other = made["SO-4"][0].client_id
        appointments.schedule(again, other, date=series[3].date, start="09:00")
        # Said after this unlock, in words: a change the therapist did not make at the time.
        said = [n for n in reminders.status_line(again).news if n.kind == reminders.DISCHARGED_APPOINTMENTS_CANCELLED]
        assert [n.value for n in said] == ["3"] and said[0].english.startswith("3 appointments of clients discharged")
    with reopen(vault_dir) as third:  # nothing left: nothing more logged
        assert not [n for n in reminders.status_line(third).news
                    if n.kind == reminders.DISCHARGED_APPOINTMENTS_CANCELLED], "said once, at the unlock that did it"
        assert logged(third) == sorted(a.appointment_id for a in series[2:])
        assert appointments_discharged.cancel_left_scheduled(third) == []


def test_killed_after_the_ledger_the_next_unlock_finishes_without_a_second_entry(
        old_vault: tuple[Vault, dict[str, list[Appointment]]], vault_dir: Path) -> None:
    vault, made = old_vault
    series = made["OF-1"]
    vault.lock()
    crash = {CRASH_ENV: "discharged_appointments_logged"}
    for _ in range(2):  # killed twice at the same point: the second run writes no entry again
        killed = cli_process("client", "list", "--vault", str(vault_dir), extra_env=crash)
        assert killed.code in (-9, 137), (killed.code, killed.err)
    done = cli_in_process("client", "list", "--vault", str(vault_dir))  # the next unlock, in this process
    assert done.code == 0, done.err
    with reopen(vault_dir) as again:
        assert statuses(again, series[2:]) == ["cancelled_by_therapist"] * 3
        assert logged(again) == sorted(a.appointment_id for a in series[2:])

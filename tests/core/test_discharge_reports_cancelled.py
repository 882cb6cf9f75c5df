"""A discharge says what it cancelled: the service returns the appointments (typed, as saved), the
command line prints their days and times. Real vault, the CLI's own `run` (the console script's,
the same output), the vault locked by the test and opened by the command.

Found (H8b): the discharge cancelled the series after its day without a word to the therapist."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import reopen
from tests.core.cli_helpers import cli_in_process
from vault_app.services import appointments, clients
from vault_app.services.vault import Vault


@pytest.fixture
def client_id(vault: Vault) -> str:
    return clients.create_client(vault, "Oona Farrell-Baptiste", chart_number="OF-1",
                                 date_of_birth="1979-05-06").client_id


def test_the_discharge_returns_what_it_cancelled_and_the_preview_matched_it(vault: Vault, client_id: str) -> None:
    today = date.today()
    kept = appointments.schedule(vault, client_id, date=today, start="08:00")
    later = appointments.schedule(vault, client_id, date=today + timedelta(days=2), start="11:30",
                                  recurrence="weekly", count=2)
    preview = clients.to_cancel_at_discharge(vault, client_id)
    assert [a.appointment_id for a in preview] == [a.appointment_id for a in later]
    assert {appointments.get(vault, a.appointment_id).status for a in later} == {"scheduled"}  # nothing written
    done = clients.discharge(vault, client_id)
    assert done.client.status == "discharged"
    assert [(a.appointment_id, a.date, a.status, a.fee_cents) for a in done.cancelled] == [
        (a.appointment_id, a.date, "cancelled_by_therapist", None) for a in later]
    assert done.cancelled == tuple(appointments.get(vault, a.appointment_id) for a in later)
    assert appointments.get(vault, kept[0].appointment_id).status == "scheduled"
    # A second update cancels nothing more and says so.
    assert clients.update_client_reporting(vault, client_id, preferred_name="Oona").cancelled == ()


def test_the_terminal_s_discharge_prints_what_it_cancelled(vault: Vault, vault_dir: Path, client_id: str) -> None:
    today = date.today()
    later = appointments.schedule(vault, client_id, date=today + timedelta(days=3), start="16:00",
                                  recurrence="weekly", count=2)
    vault.lock()
    done = cli_in_process("client", "update", "OF-1", "--status", "discharged", "--vault", str(vault_dir))
    assert done.code == 0, done.err
    assert "2 appointments after the discharge were cancelled (by the therapist, no fee):" in done.out
    assert done.out.count("4:00") + done.out.count("16:00") == 2
    assert "Oona" not in done.out.split("Client updated.")[1].split("\n")[1]  # the cancelled line: no name
    with reopen(vault_dir) as again:
        assert {appointments.get(again, a.appointment_id).status for a in later} == {"cancelled_by_therapist"}


def test_the_terminal_s_json_lists_them(vault: Vault, vault_dir: Path, client_id: str) -> None:
    today = date.today()
    (later,) = appointments.schedule(vault, client_id, date=today + timedelta(days=1), start="09:15")
    vault.lock()
    done = cli_in_process("client", "update", "OF-1", "--status", "discharged", "--json", "--vault", str(vault_dir))
    assert done.code == 0, done.err
    assert json.loads(done.out)["cancelled_appointments"] == [
        {"appointment_id": later.appointment_id, "date": str(later.date), "start": "09:15"}]
    again = cli_in_process("client", "update", "OF-1", "--preferred-name", "O.", "--json", "--vault", str(vault_dir))
    assert again.code == 0, again.err
    assert json.loads(again.out)["cancelled_appointments"] == []

"""Appointments still booked after a date of death just recorded are said, with how to cancel each, and left as
they are (a date typed wrong must not empty the agenda). Found by the date of death's author: they stayed on the
agenda without a word. Real vault; the command line in process."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.services import appointments, clients
from vault_app.services.vault import Vault


def _booked(vault: Vault) -> tuple[str, list[str]]:
    client_id = clients.create_client(vault, "Walter Ames", date_of_birth="1950-03-02").client_id
    soon = fx.today() + timedelta(days=3)
    later = appointments.schedule(vault, client_id, date=soon, start="10:00", recurrence="weekly", count=2)
    before = appointments.schedule(vault, client_id, date=fx.days_ago(30), start="09:00")  # before the death
    assert before
    return client_id, [a.appointment_id for a in later]


def test_the_update_says_what_is_still_booked_after_the_death(vault: Vault) -> None:
    client_id, later = _booked(vault)
    done = clients.update_client_reporting(vault, client_id, died_on=fx.days_ago(2))
    assert [a.appointment_id for a in done.after_death] == later
    assert {a.status for a in appointments.list_for_client(vault, client_id)} == {"scheduled"}, "none cancelled"
    again = clients.update_client_reporting(vault, client_id, contact={"phone": "555-0101"})
    assert again.after_death == (), "said when the death is recorded, not on every later change"


def test_client_update_died_on_lists_them_with_the_command_that_cancels_each(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    client_id, later = _booked(vault)
    folder = vault.folder
    vault.lock()
    run = cli(capsys, monkeypatch, "client", "update", client_id, "--died-on", fx.days_ago(2).isoformat(),
              "--vault", str(folder))
    assert run.code == 0, run.err
    assert "2 appointments are still booked after the date of death" in run.out
    for appointment_id in later:
        assert f"vault-app appt status {appointment_id} cancelled_by_therapist" in run.out
    cancel = cli(capsys, monkeypatch, "appt", "status", later[0], "cancelled_by_therapist",
                 "--vault", str(folder))
    assert cancel.code == 0, cancel.err  # the command it gives works
    as_json = cli(capsys, monkeypatch, "client", "update", client_id, "--died-on", fx.days_ago(3).isoformat(),
                  "--json", "--vault", str(folder))
    assert [a["appointment_id"] for a in json.loads(as_json.out)["booked_after_death"]] == later[1:]


def test_cancel_them_takes_the_death_as_recorded_now_and_the_ledger_keeps_each(vault: Vault) -> None:
    from vault_app.services.appointments_after_death import cancel_booked_after_death

    client_id, later = _booked(vault)
    clients.update_client_reporting(vault, client_id, died_on=fx.days_ago(2))
    clients.update_client(vault, client_id, died_on="")  # taken back meanwhile: a date typed by mistake
    done = cancel_booked_after_death(vault, client_id, tuple(later))
    assert done.cancelled == () and done.no_longer_booked == 2
    assert {a.status for a in appointments.list_for_client(vault, client_id)} == {"scheduled"}
    clients.update_client(vault, client_id, died_on=fx.days_ago(2))
    done = cancel_booked_after_death(vault, client_id, tuple(later))
    assert [a.appointment_id for a in done.cancelled] == later and done.no_longer_booked == 0
    assert {appointments.get(vault, i).status for i in later} == {"cancelled_by_therapist"}
    kept = [e.payload for e in vault.ledger.entries() if e.kind == "appointment.status_changed"]
    assert [p.get("source") for p in kept][-2:] == ["death", "death"]

"""An authorization that expires on an event the app records (discharge, end of treatment) expires
then (45 CFR 164.508(c)(1)(v)): the wording table, then the services and the CLI on a real vault."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.authorization import APP_EVENT_CITATION, recorded_event
from vault_app.services import authorizations, clients, disclosure_gate
from vault_app.services.vault import Vault

CITE = "45 CFR 164.508(c)(1)(v)"
# (citation, the form's expiration event, the app event it names or None: the therapist records it)
WORDINGS = [
    (CITE, "end of treatment", "discharge"),
    (CITE, "Upon discharge.", "discharge"),
    (CITE, "at the End of Therapy", "discharge"),
    (CITE, "termination of treatment", "discharge"),
    (CITE, "until the end of services", "discharge"),
    (CITE, "30 days after discharge", None),
    (CITE, "end of the school year", None),
    (CITE, "when the custody case closes", None),
    (CITE, "", None),
]


@pytest.mark.parametrize(("citation", "wording", "event"), WORDINGS, ids=[w[1] or "empty" for w in WORDINGS])
def test_wording_table(citation: str, wording: str, event: str | None) -> None:
    assert citation == APP_EVENT_CITATION
    assert recorded_event(wording) == event


def _event_auth(vault: Vault, client_id: str, event: str) -> str:
    return fx.add_auth(vault, client_id, expires_on=None, expiration_event=event).id


def test_discharge_expires_event_authorizations_and_only_those(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    ends = _event_auth(vault, chart.client_id, "end of treatment")
    later = _event_auth(vault, chart.client_id, "30 days after discharge")
    dated = fx.add_auth(vault, chart.client_id).id
    request = fx.request(chart.client_id, note_ids=(chart.progress[0],), authorization_id=ends)
    assert disclosure_gate.check(vault, request).allowed

    day = fx.days_ago(2)
    clients.discharge(vault, chart.client_id, day)
    assert authorizations.status(authorizations.get_authorization(vault, ends)).state == "expired"
    assert authorizations.status(authorizations.get_authorization(vault, later)).state == "valid"
    assert authorizations.status(authorizations.get_authorization(vault, dated)).state == "valid"
    verdict = disclosure_gate.check(vault, request)
    assert not verdict.allowed
    assert f"expired on {day:%m/%d/%Y} when its expiration event occurred (end of treatment)" in verdict.reasons[0]
    # A disclosure made before the discharge (recorded with its day) still relied on a valid form.
    before = fx.request(chart.client_id, note_ids=(chart.progress[0],), authorization_id=ends,
                        on=day - timedelta(days=1), manual=True)
    assert disclosure_gate.check(vault, before).allowed
    logged = [e.payload for e in vault.ledger.entries() if e.kind == "authorization.event_occurred"]
    assert logged == [{"authorization_id": ends, "client_id": chart.client_id, "occurred_on": day.isoformat(),
                       "source": "discharge"}]

    # Readmission does not revive it: the event happened.
    clients.update_client(vault, chart.client_id, status="active")
    assert authorizations.status(authorizations.get_authorization(vault, ends)).state == "expired"


def test_form_entered_after_the_discharge_is_expired_from_that_day(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    clients.discharge(vault, chart.client_id, fx.days_ago(10))
    late = fx.add_auth(vault, chart.client_id, expires_on=None, expiration_event="discharge")
    assert late.event_occurred_on == fx.days_ago(10)
    assert authorizations.status(late).state == "expired"


def test_cli_discharge_then_auth_list(vault: Vault, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    ends = _event_auth(vault, chart.client_id, "end of treatment")
    folder = str(vault.folder)
    vault.lock()
    done = cli(capsys, monkeypatch, "client", "update", chart.client_id, "--status", "discharged",
               "--discharged-on", fx.days_ago(1).isoformat(), "--vault", folder)
    assert done.code == 0, done.err
    listed = cli(capsys, monkeypatch, "auth", "list", "--client", chart.client_id, "--json", "--vault", folder)
    (shown,) = [a for a in listed.json() if a["authorization_id"] == ends]
    assert shown["status"] == "expired" and shown["event_occurred_on"] == fx.days_ago(1).isoformat()

"""An access request granted by an inspection of the record, no copy made (found by a walker, W14;
45 CFR 164.524(c)(2)(i), (c)(3)(i), (b)(2)). The rule table-driven, both sides; then the service on a
real vault: the request granted, the ledger saying inspection, no disclosure logged."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.access_inspection import inspection_refusal
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.domain.requests import ClientRequest
from vault_app.services import request_inspection, requests
from vault_app.services.vault import Vault

RECEIVED = date(2026, 12, 1)
DUE = date(2026, 12, 31)
BASE = ClientRequest("R-1", "C-1", "access", RECEIVED, asked="inspect")


@pytest.mark.parametrize(("request_", "day", "code"), [
    (BASE, date(2026, 12, 4), None),  # asked to inspect, a day within the time allowed
    (BASE, RECEIVED, None),
    (BASE, DUE, None),  # the last day allowed
    (replace(BASE, asked=""), date(2026, 12, 4), None),  # recorded before the form asked
    (replace(BASE, asked="copies"), date(2026, 12, 4), "request.inspection_not_asked"),
    # Asked for both: the inspection answers its part, the copy stays owed (164.524(a)(1), (c)(2)(i))
    (replace(BASE, asked="both"), date(2026, 12, 4), None),
    (replace(BASE, kind="amendment"), date(2026, 12, 4), "request.inspection_only_access"),
    (BASE, RECEIVED - timedelta(days=1), "request.inspection_before_received"),
    (BASE, DUE + timedelta(days=1), "request.inspection_past_due"),
])
def test_when_an_inspection_answers_the_request(request_: ClientRequest, day: date, code: str | None) -> None:
    found = inspection_refusal(request_, day, DUE)
    assert (found.code if found else None) == code
    if code in ("request.inspection_not_asked", "request.inspection_past_due"):
        assert found is not None and "164.524" in found.message


def test_granted_by_inspection_makes_no_copy_and_the_ledger_says_so(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    asked = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(2), asked="inspect")
    before = [e.kind for e in vault.ledger.entries()]
    q = request_inspection.grant_by_inspection(vault, asked.id, inspect_on=date.today(), place="the office, room 2")
    assert q.status == "granted" and "inspection of the record" in q.granted and "the office, room 2" in q.granted
    assert requests.get_request(vault, asked.id).status == "granted"
    new = [e.kind for e in vault.ledger.entries()][len(before):]
    assert new == ["request.granted", "request.inspection_arranged"]  # no disclosure logged
    with pytest.raises(RefusedByPolicy):  # once
        request_inspection.grant_by_inspection(vault, asked.id, inspect_on=date.today(), place="the office")


def test_an_empty_place_or_a_day_past_due_is_refused_and_the_request_stays_open(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    asked = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(2), asked="inspect")
    with pytest.raises(InvalidInput) as empty:
        request_inspection.grant_by_inspection(vault, asked.id, inspect_on=date.today(), place="  ")
    assert empty.value.code == "text.required"
    with pytest.raises(InvalidInput) as late:
        request_inspection.grant_by_inspection(vault, asked.id, inspect_on=date.today() + timedelta(days=90),
                                               place="the office")
    assert late.value.code == "request.inspection_past_due"
    assert requests.get_request(vault, asked.id).status == "open"


def test_the_command_line_grants_by_inspection(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                                tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.core.cli_helpers import cli_with_a_chart

    run, chart = cli_with_a_chart(capsys, monkeypatch, tmp_path)
    rid = run("request", "add", "--client", chart, "--kind", "access", "--received-on", date.today().isoformat(),
              "--asked", "inspect", "--json").json()["request_id"]
    done = run("request", "inspect", rid, "--on", date.today().isoformat(), "--place", "the office")
    assert done.code == 0 and "Granted by inspection" in done.out
    assert run("request", "show", rid, "--json").json()["status"] == "granted"

"""A request for the records of a client the chart records as deceased, made by someone who is not the estate's
executor or administrator (45 CFR 164.502(g)(4)): refused at entry whether or not the person is recorded in the
chart, and recordable as made and refused on that rule; an "executor" claimed for a living client is questioned by
`request add --refused` as by `request add`. Found by the date of death's author: a parent not recorded in the chart
asked after the death and was recorded as asking; `--refused --claim executor` said only that parents are recorded
refused. Real vault; the command line in process."""

from __future__ import annotations

import json

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.errors import RefusedByPolicy
from vault_app.domain.refused_requester import BASES
from vault_app.services import clients, guardians, request_refused, requests
from vault_app.services.vault import Vault


def _deceased(vault: Vault, years: int) -> str:
    client_id = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(years)).client_id
    clients.update_client(vault, client_id, died_on=fx.days_ago(20))
    return client_id


@pytest.mark.parametrize(("years", "claim"), [(12, "parent"), (12, ""), (50, "health_care_poa"),
                                              (50, "adult_guardian"), (50, "other")])
def test_after_the_death_only_the_executor_asks(vault: Vault, years: int, claim: str) -> None:
    client_id = _deceased(vault, years)
    with pytest.raises(RefusedByPolicy, match=r"died before this day") as e:
        requests.add_request(vault, client_id, kind="access", received_on=fx.today(), requester_name="Pat Roe",
                             requester_claim=claim, by_representative=True)
    assert e.value.code == "representative.ended_at_death"
    assert requests.list_requests(vault, client_id=client_id) == []
    q, letter = request_refused.add_refused_request(vault, client_id, received_on=fx.today(),
                                                    requester_name="Pat Roe", requester_claim=claim)
    assert q.status == "denied" and q.refused_rule == "authority_ended_at_death" and "164.502(g)(4)" in q.explanation
    said = " ".join(letter.text().split())  # the letter's lines are wrapped
    assert BASES["authority_ended_at_death"][1:] in said and "Dear Pat Roe," in said
    # Received before the death: judged as for a living client (a parent of a 12-year-old may ask).
    if years == 12 and claim == "parent":
        before = requests.add_request(vault, client_id, kind="access", received_on=fx.days_ago(25),
                                      requester_name="Pat Roe", requester_claim="parent")
        assert before.status != "denied"


def test_the_executor_asks_after_the_death(vault: Vault) -> None:
    client_id = _deceased(vault, 50)
    q = requests.add_request(vault, client_id, kind="access", received_on=fx.today(), requester_name="Ann Roe",
                             requester_claim="executor")
    assert q.requester_claim == "executor"
    with pytest.raises(RefusedByPolicy) as e:  # not a refused requester: recorded open and answered on its merits
        request_refused.add_refused_request(vault, client_id, received_on=fx.today(), requester_name="Ann Roe",
                                            requester_claim="executor")
    assert e.value.code == "request.refused_not_refused"


def test_a_recorded_parent_after_the_death_is_recorded_refused(vault: Vault) -> None:
    client_id = _deceased(vault, 12)
    mother = guardians.add_guardian(vault, client_id, "Elena Roe", authority="parent", relationship="mother")
    q, _letter = request_refused.add_refused_request(vault, client_id, received_on=fx.today(),
                                                     guardian_id=mother.guardian_id)
    assert q.status == "denied" and q.refused_rule == "authority_ended_at_death"


def test_refused_executor_claim_for_a_living_client_is_questioned(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    client_id = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(50)).client_id
    folder = vault.folder
    vault.lock()
    run = cli(capsys, monkeypatch, "request", "add", "--kind", "access", "--client", client_id, "--received-on",
              fx.today().isoformat(), "--requester", "Ann Roe", "--claim", "executor", "--refused", "--json",
              "--vault", str(folder))
    assert run.code != 0 and "records no death of this client" in run.err and "--died-on" in run.err
    listed = cli(capsys, monkeypatch, "request", "list", "--json", "--vault", str(folder))
    assert json.loads(listed.out) == [] or json.loads(listed.out).get("requests", []) == []

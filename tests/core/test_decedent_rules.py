"""After a client's death (45 CFR 164.502(g)(4)): the executor or administrator acts for them; a health care
agent's, a guardian's or a parent's authority ends; an "executor" for a client the chart does not record
as deceased is questioned; HIPAA protects the record 50 years after the death (164.502(f), 160.103). The domain's
table, both sides, and a real vault."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain import decedent
from vault_app.domain.clinical import GUARDIAN_AUTHORITIES
from vault_app.domain.errors import RefusedByPolicy
from vault_app.domain.representatives import RepFacts, refusal
from vault_app.services import clients, guardians, requests
from vault_app.services.vault import Vault

DIED = date(2026, 3, 10)


def test_every_authority_a_chart_records_has_its_row_with_a_citation() -> None:
    assert {row.authority for row in decedent.AT_DEATH} == set(GUARDIAN_AUTHORITIES)
    assert all(row.citation.startswith("45 CFR 164.502(g)") for row in decedent.AT_DEATH)


@pytest.mark.parametrize(("authority", "on", "ended"), (
    ("health_care_agent", date(2026, 3, 11), True),
    ("health_care_agent", DIED, False),  # the day of death: a form signed that morning stands
    ("health_care_agent", date(2026, 3, 9), False),
    ("parent", date(2026, 4, 1), True),
    ("legal_guardian", date(2026, 4, 1), True),
    ("other", date(2026, 4, 1), True),
    ("personal_representative", date(2026, 4, 1), False),  # the executor or administrator
))
def test_authority_at_death(authority: str, on: date, ended: bool) -> None:
    assert decedent.authority_ended_by_death(authority, DIED, on) is ended
    assert decedent.authority_ended_by_death(authority, None, on) is False


@pytest.mark.parametrize(("authority", "died_on", "refused"), (
    ("health_care_agent", DIED, True), ("parent", DIED, True), ("personal_representative", DIED, False),
    ("health_care_agent", None, False), ("health_care_agent", date(2026, 5, 2), False),
))
def test_the_representative_rules_refuse_an_ended_authority_with_its_citation(
        authority: str, died_on: date | None, refused: bool) -> None:
    facts = RepFacts(authority, 40, 18, 12, "sign_authorization", died_on=died_on, on=date(2026, 5, 1))
    found = refusal(facts)
    assert (found is not None) is refused
    if found is not None:
        assert found.code == "authority_ended_at_death" and "164.502(g)(4)" in found.citation


@pytest.mark.parametrize(("claim", "died_on", "received", "questioned"), (
    ("executor", None, date(2026, 5, 1), True),
    ("executor", date(2026, 5, 2), date(2026, 5, 1), True),
    ("executor", DIED, date(2026, 5, 1), False),
    ("executor", DIED, DIED, False),
    ("health_care_poa", None, date(2026, 5, 1), False),
))
def test_an_executor_claim_is_questioned_while_no_death_is_recorded(
        claim: str, died_on: date | None, received: date, questioned: bool) -> None:
    assert decedent.executor_claim_questioned(claim, died_on, received) is questioned


@pytest.mark.parametrize(("died_on", "until"), (
    (date(2026, 3, 10), date(2076, 3, 10)), (date(2024, 2, 29), date(2074, 2, 28)),
))
def test_hipaa_protects_the_record_fifty_years_after_the_death(died_on: date, until: date) -> None:
    assert decedent.phi_protected_until(died_on) == until
    assert "164.502(f)" in decedent.PHI_CITATION and "160.103" in decedent.PHI_CITATION


def _adult_with_agent(vault: Vault) -> tuple[str, str]:
    chart = fx.make_chart(vault, n=1, date_of_birth="1950-03-02")
    agent = guardians.add_guardian(vault, chart.client_id, "Ruth Ames", authority="health_care_agent",
                                   relationship="daughter")
    return chart.client_id, agent.guardian_id


def test_an_agents_authorization_signed_after_the_death_is_refused(vault: Vault) -> None:
    client_id, agent = _adult_with_agent(vault)
    clients.update_client(vault, client_id, died_on=fx.days_ago(20))
    with pytest.raises(RefusedByPolicy) as caught:
        fx.add_auth(vault, client_id, signed_on=fx.days_ago(5), guardian_id=agent, signer_name="Ruth Ames",
                    signer_role="personal_representative")
    assert caught.value.code == "representative.ended_at_death" and "164.502(g)(4)" in str(caught.value)


def test_an_agents_authorization_signed_before_the_death_stands(vault: Vault) -> None:
    client_id, agent = _adult_with_agent(vault)
    clients.update_client(vault, client_id, died_on=fx.days_ago(20))
    kept = fx.add_auth(vault, client_id, signed_on=fx.days_ago(40), guardian_id=agent, signer_name="Ruth Ames",
                       signer_role="personal_representative")
    assert kept.signed_on == fx.days_ago(40)


def test_an_executor_request_for_a_living_client_is_questioned_then_recorded_after_the_death(vault: Vault) -> None:
    client_id = clients.create_client(vault, "Walter Ames", date_of_birth="1980-03-02").client_id
    with pytest.raises(RefusedByPolicy) as caught:
        requests.add_request(vault, client_id, kind="access", received_on=fx.today(), requester_name="Joe Stranger",
                             requester_claim="executor")
    assert caught.value.code == decedent.EXECUTOR_CLIENT_LIVING and "--died-on" in caught.value.hint
    assert not requests.list_requests(vault, client_id=client_id)
    clients.update_client(vault, client_id, died_on=fx.days_ago(30))
    q = requests.add_request(vault, client_id, kind="access", received_on=fx.today(), requester_name="Joe Stranger",
                             requester_claim="executor")
    assert q.requester_claim == "executor"


def test_an_authorization_the_client_signed_after_the_recorded_death_is_refused(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1, date_of_birth="1950-03-02")
    clients.update_client(vault, chart.client_id, died_on=fx.days_ago(20))
    with pytest.raises(RefusedByPolicy) as caught:
        fx.add_auth(vault, chart.client_id, signed_on=fx.days_ago(5))
    assert caught.value.code == "client.signed_after_death" and "164.502(g)(4)" in str(caught.value)
    assert fx.add_auth(vault, chart.client_id, signed_on=fx.days_ago(20)).signed_on == fx.days_ago(20)


def test_guardian_list_says_the_agents_authority_ended_at_the_death(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    client_id, _agent = _adult_with_agent(vault)
    guardians.add_guardian(vault, client_id, "Sam Ames", authority="personal_representative",
                           relationship="executor of the estate")
    clients.update_client(vault, client_id, died_on=fx.days_ago(20))
    folder = str(vault.folder)
    vault.lock()
    listed = cli(capsys, monkeypatch, "guardian", "list", client_id, "--vault", folder).out
    ruth = next(line for line in listed.splitlines() if "Ruth Ames" in line)
    sam = next(line for line in listed.splitlines() if "Sam Ames" in line)
    assert "may NOT sign authorizations: the authority ended at the client's death" in ruth
    assert "may sign authorizations" in sam and "NOT" not in sam
    shown = cli(capsys, monkeypatch, "client", "show", client_id, "--vault", folder).out
    assert "may no longer authorize (the authority ended at the client's death" in shown

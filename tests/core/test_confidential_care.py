"""A parent's agreement to a confidential relationship between the therapist and a minor about the care
(45 CFR 164.502(g)(3)(i)(C)): from its day the parent is not the minor's personal representative for that
care. The rules as a table (both sides), then a real vault: recorded and ledgered, the parent's signature,
access request and copy refused with the citation, the minor's own signature accepted; the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.errors import ExitCode, InvalidInput, NotFound, RefusedByPolicy
from vault_app.domain.representatives import RepAction
from vault_app.domain.typed_signer import typed_signer_refusal
from vault_app.domain.who_acts import (
    ClientFacts,
    Rep,
    client_signature_refusal,
    confidential_care_on,
    copy_recipient_refusal,
    default_signer,
    representative_refusal,
)
from vault_app.services import authorizations, care_confidentiality, clients, guardians, practice, requests
from vault_app.services.vault import Vault

AGREED = date(2026, 3, 1)
ON = date(2026, 6, 1)
BEFORE = date(2026, 2, 1)
PARENT = Rep("Jane Roe, parent", "parent", name="Jane Roe")
GUARDIAN = Rep("Gail Roe, legal guardian", "legal_guardian", name="Gail Roe")
AGENT = Rep("Ann Poe, health care agent", "health_care_agent", name="Ann Poe")
CITATION = "45 CFR 164.502(g)(3)(i)(C)"


@dataclass(frozen=True)
class Row:
    rep: Rep
    action: RepAction
    age: int
    on: date
    agreed: date | None
    refused: str | None  # the rule's code; None: they may act
    consented_by: str = "guardian"


# Age of consent 14, majority 18.
ROWS = (
    # The agreement in force: no parent acts for the minor in that care, whatever the minor's age.
    Row(PARENT, "sign_authorization", 16, ON, AGREED, "confidential_care_agreement"),
    Row(PARENT, "sign_authorization", 10, ON, AGREED, "confidential_care_agreement"),
    Row(PARENT, "request_records", 10, ON, AGREED, "confidential_care_agreement"),
    Row(PARENT, "receive_copy", 16, ON, AGREED, "confidential_care_agreement"),
    Row(GUARDIAN, "sign_authorization", 12, ON, AGREED, "confidential_care_agreement"),
    Row(PARENT, "sign_authorization", 16, AGREED, AGREED, "confidential_care_agreement"),  # from its day
    # The allowed side: before the agreement, without one, a Part 2 consent (42 CFR 2.14), not a parent.
    Row(PARENT, "sign_authorization", 10, BEFORE, AGREED, None),
    Row(PARENT, "sign_authorization", 10, ON, None, None),
    Row(PARENT, "request_records", 16, ON, None, None),
    Row(PARENT, "sign_part2_consent", 10, ON, AGREED, None),
    Row(AGENT, "sign_authorization", 16, ON, AGREED, None),
    # An adult: the parent's authority ended by law, the rule that says so refuses, not this one.
    Row(PARENT, "sign_authorization", 18, ON, AGREED, "parent_past_majority"),
)


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r.rep.authority}-{r.action}-{r.age}-{r.on}-{r.agreed}")
def test_a_parent_under_a_confidentiality_agreement(row: Row) -> None:
    facts = ClientFacts(row.age, 18, 14, (row.rep,), care_consented_by=row.consented_by,
                        confidentiality_agreed_on=row.agreed)
    found = representative_refusal(facts, row.rep, row.action, row.on)
    assert (found.code if found else None) == row.refused, found
    if found is not None and found.code == "confidential_care_agreement":
        assert found.citation == CITATION and CITATION in found.message and found.hint


@pytest.mark.parametrize(("age", "on", "agreed", "part2", "refused"), [
    (10, ON, AGREED, False, None),  # the minor signs for the confidential care, under the age of consent too
    (16, ON, AGREED, False, None),  # where the chart says a parent consented too
    (10, BEFORE, AGREED, False, "minor_represented_signature"),  # signed before the agreement
    (16, ON, None, False, "parent_consented_signature"),  # no agreement
    (10, ON, AGREED, True, None),  # a Part 2 consent: the minor signs too (2.14(b)), as before
])
def test_the_minors_own_signature_under_the_agreement(age: int, on: date, agreed: date | None, part2: bool,
                                                      refused: str | None) -> None:
    facts = ClientFacts(age, 18, 14, (PARENT,), care_consented_by="guardian", confidentiality_agreed_on=agreed)
    found = client_signature_refusal(facts, on, part2=part2)
    assert (found.code if found else None) == refused


def test_the_copy_the_proposed_signer_and_a_typed_parent_follow_the_agreement() -> None:
    facts = ClientFacts(10, 18, 14, (PARENT,), care_consented_by="guardian", confidentiality_agreed_on=AGREED)
    assert copy_recipient_refusal(facts, None, ON) is None, "the minor receives their own copy"
    assert copy_recipient_refusal(facts, None, BEFORE) is not None, "before it, the parent receives it"
    assert default_signer(facts, ON) is None and default_signer(facts, BEFORE) == PARENT
    typed = typed_signer_refusal(ClientFacts(16, 18, 14, confidentiality_agreed_on=AGREED), "mother", ON)
    assert typed is not None and typed.code == "typed_confidential_care" and typed.citation == CITATION
    part2 = typed_signer_refusal(ClientFacts(16, 18, 14, confidentiality_agreed_on=AGREED), "mother", ON, part2=True)
    assert part2 is not None and part2.code == "typed_minor_part2", "Part 2 keeps 2.14(a): its own rule decides"
    assert confidential_care_on(ClientFacts(17, 18, 14, confidentiality_agreed_on=AGREED), ON)
    assert not confidential_care_on(ClientFacts(18, 18, 14, confidentiality_agreed_on=AGREED), ON)
    assert not confidential_care_on(ClientFacts(None, 18, 14, confidentiality_agreed_on=AGREED), ON)


# --- a real vault -------------------------------------------------------------------------------
def _minor(vault: Vault, years: int = 12) -> tuple[str, str]:
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(years))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    clients.update_client(vault, chart.client_id, care_consented_by="guardian")
    mother = guardians.add_guardian(vault, chart.client_id, "Jane Roe", authority="parent")
    return chart.client_id, mother.guardian_id


def test_recorded_ledgered_and_followed(vault: Vault) -> None:
    client_id, mother = _minor(vault)
    assert fx.add_auth(vault, client_id, signed_on=fx.days_ago(40), guardian_id=mother)  # before any agreement
    saved = care_confidentiality.record_agreement(vault, client_id, fx.days_ago(20), mother)
    assert saved.confidentiality_agreed_on == fx.days_ago(20) and saved.confidentiality_agreed_by == mother
    assert care_confidentiality.agreed_by_name(saved) == "Jane Roe"
    kept = vault.ledger.client_entries(client_id, (care_confidentiality.RECORDED,))
    assert [(e.payload["agreed_on"], e.payload["guardian_id"]) for e in kept] == [
        (fx.days_ago(20).isoformat(), mother)]
    assert "Jane Roe" not in str(kept[0].payload), "the ledger keeps the id, never the name"
    with pytest.raises(RefusedByPolicy, match=r"164\.502\(g\)\(3\)\(i\)\(C\)") as e:
        fx.add_auth(vault, client_id, signed_on=fx.days_ago(5), guardian_id=mother)
    assert e.value.code == "representative.confidential_care"
    own = fx.add_auth(vault, client_id, signed_on=fx.days_ago(5))  # the minor's own signature stands
    assert own.signer.role == "client"
    assert authorizations.proposed_signer(vault, client_id) is None
    with pytest.raises(RefusedByPolicy, match=r"164\.502\(g\)\(3\)\(i\)\(C\)"):
        requests.add_request(vault, client_id, kind="access", received_on=fx.days_ago(2), guardian_id=mother)
    # Taken back: the parent acts again, ledgered too.
    care_confidentiality.record_agreement(vault, client_id, None)
    assert fx.add_auth(vault, client_id, signed_on=fx.days_ago(5), guardian_id=mother)
    assert len(vault.ledger.client_entries(client_id, (care_confidentiality.RECORDED,))) == 2


def test_what_is_not_an_agreement_is_refused(vault: Vault) -> None:
    client_id, _mother = _minor(vault)
    agent = guardians.add_guardian(vault, client_id, "Ann Poe", authority="health_care_agent")
    with pytest.raises(NotFound):
        care_confidentiality.record_agreement(vault, client_id, fx.days_ago(3), "nobody")
    with pytest.raises(InvalidInput) as e:
        care_confidentiality.record_agreement(vault, client_id, fx.days_ago(3), agent.guardian_id)
    assert e.value.code == "client.confidentiality_not_parent"
    with pytest.raises(InvalidInput):
        care_confidentiality.record_agreement(vault, client_id, fx.days_ago(-3), _mother)  # in the future
    assert clients.get_client(vault, client_id).confidentiality_agreed_on is None


def test_the_cli_records_and_shows_the_agreement(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    client_id, mother = _minor(vault)
    folder = str(vault.folder)
    vault.lock()
    day = fx.days_ago(10).isoformat()
    done = cli(capsys, monkeypatch, "client", "update", client_id, "--confidentiality-agreement", day,
               "--confidentiality-agreed-by", mother, "--vault", folder)
    assert done.code == ExitCode.OK, done.err
    shown = cli(capsys, monkeypatch, "client", "show", client_id, "--vault", folder)
    assert "Confidential care agreed" in shown.out and "Jane Roe" in shown.out
    taken_back = cli(capsys, monkeypatch, "client", "update", client_id, "--confidentiality-agreement", "none",
                     "--vault", folder)
    assert taken_back.code == ExitCode.OK, taken_back.err
    assert "Confidential care agreed" not in cli(capsys, monkeypatch, "client", "show", client_id, "--vault",
                                                 folder).out

"""The minor's own signature where the chart says a parent or guardian consented to the care
(45 CFR 164.502(g)(3); 164.508(c)(1)(vi)).

Found open after migration 0107: the chart could say a parent consented to a 16-year-old's care (the
parent then stays the minor's personal representative for it, 164.502(g)(3)(i)(A) not applying), and the
form still recorded the minor's own signature. Now refused, naming who may sign; a Part 2 consent keeps
its own rule (42 CFR 2.14(a): the minor's capacity); an adult's own signature always stands. The table
first (both sides), then a real vault and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.errors import ExitCode, RefusedByPolicy
from vault_app.domain.who_acts import ClientFacts, Rep, client_signature_refusal, parent_consented_to_care
from vault_app.services import authorizations, clients, guardians, practice
from vault_app.services.vault import Vault

ON = date(2026, 6, 1)
PARENT = Rep("Jane Roe, parent", "parent", name="Jane Roe")
ENDED = Rep("Gail Roe, legal guardian", "legal_guardian", valid_until=date(2026, 1, 31), name="Gail Roe")
DECLINED = Rep("Dan Roe, parent", "parent", declined=True, name="Dan Roe")
ORDERED = Rep("Ann Roe, parent", "parent", majority_order=True, name="Ann Roe")


@dataclass(frozen=True)
class Row:
    citation: str
    age: int | None
    consented_by: str  # as the chart records it: "guardian", "client", "" (not recorded)
    reps: tuple[Rep, ...]
    refused: str | None  # the rule's code; None: the minor's (or adult's) own signature stands
    part2: bool = False


# Age of consent 14, majority 18.
ROWS = (
    # The parent consented: the parent is the representative for that care, the minor does not sign.
    Row("45 CFR 164.502(g)(3); 164.508(c)(1)(vi)", 16, "guardian", (PARENT,), "parent_consented_signature"),
    Row("45 CFR 164.502(g)(3); 164.508(c)(1)(vi)", 14, "guardian", (PARENT,), "parent_consented_signature"),
    Row("45 CFR 164.502(g)(3); 164.508(c)(1)(vi)", 17, "guardian", (ENDED, PARENT), "parent_consented_signature"),
    # Nobody recorded in force: still refused, saying the parent who consented signs (recorded or typed in).
    Row("45 CFR 164.502(g)(3); 164.508(c)(1)(vi)", 16, "guardian", (), "parent_consented_signature_unrecorded"),
    Row("45 CFR 164.502(g)(3); 164.508(c)(1)(vi)", 16, "guardian", (DECLINED,),
        "parent_consented_signature_unrecorded"),
    # Under the age of consent a minor never signs alone: the existing refusal first, with a representative.
    Row("45 CFR 164.502(g)(1), (g)(3); 164.508(c)(1)(vi)", 10, "guardian", (PARENT,), "minor_represented_signature"),
    Row("45 CFR 164.502(g)(3); 164.508(c)(1)(vi)", 10, "guardian", (), "parent_consented_signature_unrecorded"),
    # The allowed side.
    Row("45 CFR 164.502(g)(3)(i)(A)", 16, "client", (PARENT,), None),  # the minor consented: signs
    Row("45 CFR 164.502(g)(3)(i)", 16, "", (PARENT,), None),  # not recorded: the open question, not a refusal
    Row("45 CFR 164.502(g)(2)", 18, "guardian", (PARENT,), None),  # an adult signs for themself
    Row("45 CFR 164.502(g)(2)", 30, "guardian", (ORDERED,), None),  # even with a court order on file
    Row("42 CFR 2.14(a)", 16, "guardian", (PARENT,), None, part2=True),  # Part 2: the minor's capacity
    Row("45 CFR 164.502(g)", None, "guardian", (PARENT,), None),  # no date of birth: not known to be a minor
)


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r.age}-{r.consented_by or 'unrecorded'}-{len(r.reps)}"
                                                    f"{'-part2' if r.part2 else ''}")
def test_the_minors_own_signature_where_a_parent_consented(row: Row) -> None:
    facts = ClientFacts(row.age, 18, 14, row.reps, care_consented_by=row.consented_by)
    found = client_signature_refusal(facts, ON, part2=row.part2)
    assert (found.code if found else None) == row.refused, found
    if found is None:
        return
    assert found.citation == row.citation and "164.508(c)(1)(vi)" in found.message and found.hint
    assert found.params["age"] == row.age and found.params["day"] == "06/01/2026"
    if found.code == "parent_consented_signature":
        assert "a parent or guardian consented" in found.message and found.message.endswith(
            "Who may sign: Jane Roe, parent.")
        assert found.params["names"] == "Jane Roe", "the ended guardian is not named"


@pytest.mark.parametrize(("age", "consented_by", "expected"), [
    (16, "guardian", True), (10, "guardian", True), (17, "guardian", True),
    (18, "guardian", False), (16, "client", False), (16, "", False), (None, "guardian", False),
])
def test_parent_consented_to_care(age: int | None, consented_by: str, expected: bool) -> None:
    assert parent_consented_to_care(ClientFacts(age, 18, 14, care_consented_by=consented_by)) == expected


# --- a real vault -------------------------------------------------------------------------------
def _teen(vault: Vault, years: int = 16) -> tuple[str, str]:
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(years))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    clients.update_client(vault, chart.client_id, care_consented_by="guardian")
    mother = guardians.add_guardian(vault, chart.client_id, "Jane Roe", authority="parent")
    return chart.client_id, mother.guardian_id


def test_the_minors_signature_is_refused_and_the_parents_recorded(vault: Vault) -> None:
    client_id, mother = _teen(vault)
    with pytest.raises(RefusedByPolicy, match=r"a parent or guardian consented.*Who may sign: Jane Roe, parent\.") as e:
        fx.add_auth(vault, client_id, signed_on=fx.days_ago(5))
    assert e.value.code == "representative.parent_consented_signature" and "--guardian" in e.value.hint
    assert e.value.field == "signer_role", "the form's keyboard goes to Signer is"
    with pytest.raises(RefusedByPolicy):
        authorizations.check_client_may_sign(vault, client_id, fx.days_ago(5))
    assert authorizations.list_authorizations(vault, client_id) == [], "nothing stored for the refusal"
    assert authorizations.proposed_signer(vault, client_id) is not None, "the parent is proposed"
    signed = fx.add_auth(vault, client_id, signed_on=fx.days_ago(5), guardian_id=mother)
    assert signed.signer.role == "personal_representative" and authorizations.signing_warnings(vault, signed) == []


def test_a_part2_consent_keeps_the_minors_capacity_rule(vault: Vault) -> None:
    client_id, _mother = _teen(vault)
    own = fx.add_auth(vault, client_id, signed_on=fx.days_ago(5), part2=True, patient_name_on_form=True)
    assert own.signer.role == "client" and own.part2


def test_an_adult_signs_whatever_the_chart_says_of_their_care_as_a_minor(vault: Vault) -> None:
    client_id, _mother = _teen(vault, 18)
    assert fx.add_auth(vault, client_id, signed_on=fx.days_ago(5)).signer.role == "client"


def test_the_cli_refuses_the_minors_signature_with_the_reason_and_a_hint(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    client_id, _mother = _teen(vault)
    folder = str(vault.folder)
    vault.lock()
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(fx.SCAN)
    refused = cli(capsys, monkeypatch, "auth", "add", "--client", client_id, "--description", "Progress notes",
                  "--covers", "progress", "--discloser", "Jordan Lee, LCSW", "--recipient", fx.RECIPIENT.name,
                  "--purpose", fx.PURPOSE, "--signed-on", fx.days_ago(5).isoformat(), "--expires",
                  fx.days_ago(-100).isoformat(), "--revoke-statement", "in writing", "--conditioning-statement",
                  "not conditioned", "--redisclosure-statement", "--scan", str(scan), "--signer-role", "client",
                  "--signer-name", "Alex Testclient", "--vault", folder)
    assert refused.code == ExitCode.REFUSED
    assert "a parent or guardian consented" in refused.err and "Who may sign: Jane Roe, parent." in refused.err
    assert "--guardian" in refused.err, "the hint says how to record the parent's signature"

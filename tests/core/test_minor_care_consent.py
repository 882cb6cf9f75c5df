"""Who consented to a minor's care decides whether a parent may sign (45 CFR 164.502(g)(3)(i)(A)).

Found on merged main: with California's rule applied (minors consent from 12), no parent could sign for
any client of 12 or over, the parents who consented to the care included. The minor holds the rights only
for care the minor consented to; the chart now records who did, and the rule reads it. The table first
(both sides), then the services on a real vault with the CA preset applied, the ledger, the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain import minor_consent_presets
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.domain.practice import Jurisdiction
from vault_app.domain.representatives import RepFacts, care_consent_asked, care_consent_open, refusal
from vault_app.services import authorizations, clients, disclosure_gate, guardians, practice, representatives
from vault_app.services.vault import Vault, open_vault

CA = minor_consent_presets.find("CA")


@dataclass(frozen=True)
class Row:
    age: int
    consented_by: str  # as the chart records it: "client", "guardian", "" (not recorded)
    refused: bool  # the parent's signature is refused
    open_question: bool  # the form says who consented is an open question


# California's rule applied: age of consent 12, majority 18.
ROWS = (
    Row(15, "client", True, False),  # the minor consented to their own care: the minor signs
    Row(15, "guardian", False, False),  # a parent consented: the parent stays the representative
    Row(15, "", False, True),  # nothing recorded: the parent may sign, the question stays open
    Row(12, "client", True, False),  # from the rule's age
    Row(11, "client", False, False),  # under the rule's age: the parent signs whatever was recorded
    Row(11, "", False, False),
    Row(18, "", True, False),  # an adult: the parent's authority ended (another rule refuses)
)


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r.age}-{r.consented_by or 'unrecorded'}")
def test_a_parent_is_refused_only_where_the_chart_says_the_minor_consented(row: Row) -> None:
    found = refusal(RepFacts("parent", row.age, 18, CA.age, "sign_authorization", care_consented_by=row.consented_by))
    assert (found is not None) == row.refused, found
    if found is not None and row.age < 18:
        assert found.code == "minor_consented_care" and "164.502(g)(3)(i)" in found.message
    assert care_consent_open(row.age, CA.age, 18, row.consented_by) == row.open_question


@pytest.mark.parametrize(("age", "asked"), [(11, False), (12, True), (17, True), (18, False)])
def test_the_form_asks_who_consented_only_of_a_minor_at_or_above_the_age_of_consent(age: int, asked: bool) -> None:
    assert care_consent_asked(age, CA.age, 18) == asked


def test_the_rules_citation_is_the_applied_presets() -> None:
    applied = Jurisdiction(**minor_consent_presets.changes_for(CA))  # type: ignore[arg-type]
    assert minor_consent_presets.rule_citation(applied) == CA.citation
    assert minor_consent_presets.rule_citation(Jurisdiction()) == ""


# --- on a real vault, California's rule applied ------------------------------------------------
def _teen(vault: Vault, years: int = 15) -> tuple[str, str]:
    practice.update(vault, jurisdiction=minor_consent_presets.changes_for(CA))
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(years))
    mother = guardians.add_guardian(vault, chart.client_id, "Mei Chen", authority="parent")
    return chart.client_id, mother.guardian_id


def test_nothing_recorded_the_parent_signs_and_the_form_says_the_question_is_open(vault: Vault) -> None:
    client_id, mother = _teen(vault)
    signed = fx.add_auth(vault, client_id, guardian_id=mother)
    assert signed.signer.name == "Mei Chen"
    warnings = authorizations.signing_warnings(vault, signed)
    assert len(warnings) == 1 and "Open question" in warnings[0] and CA.citation in warnings[0]
    assert representatives.standing_of(vault, clients.get_client(vault, client_id).guardians[0], fx.today()).may_sign


def test_the_release_on_the_parents_signature_says_the_question_is_open_until_answered(vault: Vault) -> None:
    client_id, mother = _teen(vault)
    signed = fx.add_auth(vault, client_id, guardian_id=mother)
    asked = fx.request(client_id, authorization_id=signed.id, date_from=fx.days_ago(120), date_to=fx.today())
    verdict = disclosure_gate.check(vault, asked)
    assert verdict.allowed and sum("Open question" in w for w in verdict.warnings) == 1
    clients.update_client(vault, client_id, care_consented_by="guardian")
    assert not any("Open question" in w for w in disclosure_gate.check(vault, asked).warnings)


def test_a_parent_who_consented_signs_without_an_open_question(vault: Vault) -> None:
    client_id, mother = _teen(vault)
    clients.update_client(vault, client_id, care_consented_by="guardian")
    signed = fx.add_auth(vault, client_id, guardian_id=mother)
    assert authorizations.signing_warnings(vault, signed) == []


def test_where_the_minor_consented_the_parent_is_refused_and_the_ledger_keeps_the_change(vault: Vault) -> None:
    client_id, mother = _teen(vault)
    clients.update_client(vault, client_id, care_consented_by="client")
    with pytest.raises(RefusedByPolicy, match=r"consented to their own outpatient care.*164\.502\(g\)\(3\)\(i\)"):
        fx.add_auth(vault, client_id, guardian_id=mother)
    assert authorizations.list_authorizations(vault, client_id) == []
    assert clients.get_client(vault, client_id).care_consented_by == "client", "stored and read back"
    kept = [e.payload for e in vault.ledger.entries(kinds=("client.care_consent_recorded",))]
    assert kept == [{"client_id": client_id, "consented_by": "client"}]
    clients.update_client(vault, client_id, care_consented_by="client")  # no change: no new entry
    assert len(vault.ledger.entries(kinds=("client.care_consent_recorded",))) == 1


def test_an_eleven_year_olds_parent_signs_whatever_is_recorded(vault: Vault) -> None:
    client_id, mother = _teen(vault, 11)
    clients.update_client(vault, client_id, care_consented_by="client")
    signed = fx.add_auth(vault, client_id, guardian_id=mother)
    assert authorizations.signing_warnings(vault, signed) == []


def test_only_the_three_answers_are_stored(vault: Vault) -> None:
    client_id, _ = _teen(vault)
    with pytest.raises(InvalidInput):
        clients.update_client(vault, client_id, care_consented_by="mother")


def test_the_cli_records_who_consented(vault: Vault, vault_dir: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    client_id, _ = _teen(vault)
    vault.lock()
    folder = str(vault_dir)
    assert cli(capsys, monkeypatch, "client", "update", client_id, "--care-consented-by", "guardian",
               "--vault", folder).code == 0
    shown = cli(capsys, monkeypatch, "client", "show", client_id, "--vault", folder)
    assert "care consented to by: a parent or guardian" in shown.out
    assert cli(capsys, monkeypatch, "client", "update", client_id, "--care-consented-by", "unrecorded",
               "--vault", folder).code == 0
    with open_vault(vault_dir, PASSPHRASE) as again:
        assert clients.get_client(again, client_id).care_consented_by == ""
        kept = [e.payload["consented_by"] for e in again.ledger.entries(kinds=("client.care_consent_recorded",))]
        assert kept == ["guardian", ""]

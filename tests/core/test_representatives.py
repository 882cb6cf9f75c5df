"""Personal representatives against 45 CFR 164.502(g) and 42 CFR 2.14: the rule table, then the
services (authorization signing, a representative's request) and the CLI on a real vault."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli, init_vault
from vault_app.domain.clinical import Guardian, GuardianAuthority
from vault_app.domain.errors import ExitCode, InvalidInput, RefusedByPolicy
from vault_app.domain.representatives import (
    RULES,
    RepFacts,
    client_signature_warning,
    guardian_ends_by_law,
    parental_authority_ends,
    refusal,
)
from vault_app.services import attachments, authorizations, clients, guardians, practice, requests
from vault_app.services.vault import Vault


@dataclass(frozen=True)
class Row:
    citation: str
    authority: str
    age: int | None
    action: str
    refused: str | None  # the rule code that refuses, None when allowed
    majority_order: bool = False
    declined: bool = False
    consented: str = ""  # who consented to the minor's care, as the chart records it
    confidential: bool = False  # a parent's confidentiality agreement in force (164.502(g)(3)(i)(C))
    by_chart: bool = False  # the state's substance-use rule sets no age (domain/minor_consent_sud.py)
    died: bool = False  # the chart records the client's death before the day of the act (domain/decedent.py)
    limited: bool = False  # recorded as not allowed to sign, no basis recorded for their having the records
    foster: bool = False  # a foster parent recorded as allowed to sign with no court order attached


# Practice settings for the table: majority 18, a minor may consent to outpatient care from 12.
ROWS = (
    Row("45 CFR 164.502(g)(3)", "parent", 10, "sign_authorization", None),
    Row("45 CFR 164.502(g)(3)", "legal_guardian", 11, "request_records", None),
    Row("45 CFR 164.502(g)(2)-(3)", "parent", 18, "sign_authorization", "parent_past_majority"),
    Row("45 CFR 164.502(g)(2)-(3)", "parent", 25, "request_records", "parent_past_majority"),
    Row("45 CFR 164.502(g)(2)", "parent", 19, "sign_authorization", None, majority_order=True),
    Row("45 CFR 164.502(g)(2)", "health_care_agent", 40, "sign_authorization", None),
    Row("45 CFR 164.502(g)(2)", "personal_representative", 70, "request_records", None),
    Row("45 CFR 164.502(g)(3)(i)", "parent", 15, "sign_authorization", "minor_consented_care", consented="client"),
    Row("45 CFR 164.502(g)(3)(i)", "other", 12, "request_records", "minor_consented_care", consented="client"),
    # A parent who consented to the care stays the representative (164.502(g)(3)(i)(A)); nothing recorded:
    # the parent is not refused (the form says the question is open).
    Row("45 CFR 164.502(g)(3)(i)(A)", "parent", 15, "sign_authorization", None, consented="guardian"),
    Row("45 CFR 164.502(g)(3)(i)(A)", "parent", 15, "sign_authorization", None),
    Row("42 CFR 2.14(a)", "parent", 16, "sign_part2_consent", "minor_part2_consent"),
    Row("42 CFR 2.14(b)", "parent", 11, "sign_part2_consent", None),
    # No age in the state's substance-use rule (N.Y. MHL 22.11): the chart's record decides, not the age.
    Row("42 CFR 2.14(a)", "parent", 16, "sign_part2_consent", "minor_part2_obtained_alone", consented="client",
        by_chart=True),
    Row("42 CFR 2.14(b)", "parent", 16, "sign_part2_consent", None, by_chart=True),
    Row("42 CFR 2.14(b)", "parent", 16, "sign_part2_consent", None, consented="guardian", by_chart=True),
    Row("45 CFR 164.502(g)(5)", "parent", 9, "sign_authorization", "declined", declined=True),
    Row("45 CFR 164.502(g)(5)", "health_care_agent", 50, "request_records", "declined", declined=True),
    # No date of birth: the age rules cannot apply; only a recorded election can refuse.
    Row("45 CFR 164.502(g)", "parent", None, "sign_authorization", None),
    # A parent agreed to a confidential relationship about the minor's care: no parent acts for them in it,
    # whatever the minor's age; a Part 2 consent keeps 42 CFR 2.14; an adult's agent is no parent.
    Row("45 CFR 164.502(g)(3)(i)(C)", "parent", 10, "request_records", "confidential_care_agreement",
        consented="guardian", confidential=True),
    Row("45 CFR 164.502(g)(3)(i)(C)", "legal_guardian", 15, "sign_authorization", "confidential_care_agreement",
        confidential=True),
    Row("45 CFR 164.502(g)(3)(i)(C)", "other", 11, "receive_copy", "confidential_care_agreement", confidential=True),
    Row("42 CFR 2.14(b)", "parent", 10, "sign_part2_consent", None, consented="guardian", confidential=True),
    Row("45 CFR 164.502(g)(2)", "health_care_agent", 16, "sign_authorization", None, confidential=True),
    # After the death only the executor or administrator acts (164.502(g)(4)): every other authority ended.
    Row("45 CFR 164.502(g)(4)", "health_care_agent", 70, "sign_authorization", "authority_ended_at_death", died=True),
    Row("45 CFR 164.502(g)(4)", "parent", 10, "request_records", "authority_ended_at_death", died=True),
    Row("45 CFR 164.502(g)(4)", "personal_representative", 70, "sign_authorization", None, died=True),
    # A custody order limits a parent's authority ("may not sign"): a minor's representative only within it
    # (164.502(g)(1), (g)(3)); the copy and the right of access are not theirs unless a basis is recorded.
    Row("45 CFR 164.502(g)(1), (g)(3)", "parent", 10, "receive_copy", "limited_authority", limited=True),
    Row("45 CFR 164.502(g)(1), (g)(3)", "parent", 10, "request_records", "limited_authority", limited=True),
    Row("45 CFR 164.502(g)(1), (g)(3)", "legal_guardian", 15, "receive_copy", "limited_authority", limited=True),
    Row("45 CFR 164.502(g)(3)", "parent", 10, "receive_copy", None),  # not limited
    Row("45 CFR 164.502(g)(2)-(3)", "parent", 19, "receive_copy", "parent_past_majority", limited=True),
    # A foster parent recorded as one who signs with no order (saved before the rule refused it): they act for
    # the child in nothing until the order is attached (164.502(g)(3)); an adult's parent's end says first.
    Row("45 CFR 164.502(g)(3)", "parent", 10, "sign_authorization", "foster_without_order", foster=True),
    Row("45 CFR 164.502(g)(3)", "parent", 10, "receive_copy", "foster_without_order", foster=True),
    Row("45 CFR 164.502(g)(3)", "legal_guardian", 15, "request_records", "foster_without_order", foster=True),
    Row("45 CFR 164.502(g)(2)-(3)", "parent", 19, "sign_authorization", "parent_past_majority", foster=True),
)


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r.citation} {r.authority} {r.age} {r.action}")
def test_rule_table(row: Row) -> None:
    facts = RepFacts(row.authority, row.age, 18, 12, row.action, row.majority_order, row.declined,  # type: ignore[arg-type]
                     row.consented, row.confidential, row.by_chart,
                     died_on=date(2026, 1, 1) if row.died else None, on=date(2026, 2, 1), limited=row.limited,
                     foster_no_order=row.foster)
    found = refusal(facts)
    if row.refused is None:
        assert found is None, found
        return
    assert found is not None and found.code == row.refused
    assert found.citation.split(";")[0] == row.citation and row.citation in found.message


def test_every_rule_is_exercised_and_cites() -> None:
    assert {r.refused for r in ROWS if r.refused} == {r.code for r in RULES}
    assert all(r.citation.startswith(("45 CFR", "42 CFR")) for r in RULES)


@pytest.mark.parametrize(("age", "action", "expected"), [
    (10, "sign_part2_consent", "42 CFR 2.14(b)"),
    (10, "sign_authorization", "164.502(g)(3)"),
    (14, "sign_part2_consent", ""),
    (None, "sign_authorization", ""),
])
def test_minor_signing_alone_warns(age: int | None, action: str, expected: str) -> None:
    warning = client_signature_warning(age, 12, action)  # type: ignore[arg-type]
    assert (expected in warning) if expected else warning == ""


# --- through the services on a real vault ---------------------------------------------------------
def _minor_chart(vault: Vault, years: int, *, part2: bool = False) -> fx.Chart:
    chart = fx.make_chart(vault, n=1, part2=part2, date_of_birth=fx.born_years_ago(years))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 12})
    return chart


def test_parent_signs_for_young_child_but_not_for_adult_without_order(vault: Vault) -> None:
    child = _minor_chart(vault, 9)
    mother = guardians.add_guardian(vault, child.client_id, "Pat Parent", authority="parent")
    assert fx.add_auth(vault, child.client_id, guardian_id=mother.guardian_id).signer.name == "Pat Parent"

    adult = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(19))
    father = guardians.add_guardian(vault, adult.client_id, "Sam Parent", authority="parent")
    with pytest.raises(RefusedByPolicy, match=r"reached the age of majority.*164\.502\(g\)"):
        fx.add_auth(vault, adult.client_id, guardian_id=father.guardian_id)
    order = attachments.add_attachment(vault, adult.client_id, fx.SCAN, kind="court_order", filename="order.pdf",
                                       description="conservatorship order")
    guardians.update_guardian(vault, adult.client_id, father.guardian_id,
                            majority_order_attachment_id=order.attachment_id)
    assert fx.add_auth(vault, adult.client_id, guardian_id=father.guardian_id).signer.name == "Sam Parent"


def test_minor_who_may_consent_signs_and_parent_is_refused(vault: Vault) -> None:
    teen = _minor_chart(vault, 15, part2=True)
    clients.update_client(vault, teen.client_id, care_consented_by="client")
    mother = guardians.add_guardian(vault, teen.client_id, "Pat Parent", authority="parent")
    with pytest.raises(RefusedByPolicy, match=r"only the minor may sign a Part 2 consent \(42 CFR 2\.14\(a\)\)"):
        fx.add_auth(vault, teen.client_id, guardian_id=mother.guardian_id, part2=True, patient_name_on_form=True)
    with pytest.raises(RefusedByPolicy, match=r"164\.502\(g\)\(3\)\(i\)"):
        fx.add_auth(vault, teen.client_id, guardian_id=mother.guardian_id)
    with pytest.raises(RefusedByPolicy, match=r"164\.502\(g\)\(3\)\(i\)"):
        requests.add_request(vault, teen.client_id, kind="access", received_on=fx.today(),
                             guardian_id=mother.guardian_id)
    own = fx.add_auth(vault, teen.client_id, signer_name="Alex Testclient", part2=True, patient_name_on_form=True)
    assert own.signer.role == "client" and own.part2
    assert authorizations.list_authorizations(vault, teen.client_id) == [own], "nothing stored for the refusals"


def test_declined_representative_is_recorded_and_honoured(vault: Vault) -> None:
    child = _minor_chart(vault, 8)
    father = guardians.add_guardian(vault, child.client_id, "Sam Parent", authority="parent")
    asked = requests.add_request(vault, child.client_id, kind="access", received_on=fx.days_ago(5),
                                 guardian_id=father.guardian_id)
    assert asked.by_representative
    with pytest.raises(InvalidInput, match="both the date and your reason"):
        guardians.update_guardian(vault, child.client_id, father.guardian_id, declined_on=fx.days_ago(1))
    guardians.update_guardian(vault, child.client_id, father.guardian_id, declined_on=fx.days_ago(1),
                            declined_reason="reasonable belief of abuse; not in the child's best interest")
    with pytest.raises(RefusedByPolicy, match=r"164\.502\(g\)\(5\)"):
        requests.add_request(vault, child.client_id, kind="access", received_on=fx.today(),
                             guardian_id=father.guardian_id)
    with pytest.raises(RefusedByPolicy, match=r"164\.502\(g\)\(5\)"):
        fx.add_auth(vault, child.client_id, guardian_id=father.guardian_id, signed_on=fx.today())
    # Before the election the same person could act: forms signed earlier are judged on their own date.
    assert fx.add_auth(vault, child.client_id, guardian_id=father.guardian_id, signed_on=fx.days_ago(3))
    logged = [e for e in vault.ledger.entries() if e.kind == "guardian.updated"]
    assert logged and "abuse" not in str(logged[-1].payload), "the reason stays in the chart, not the ledger"


def test_cli_refuses_parent_of_adult_and_honours_an_election(capsys: pytest.CaptureFixture[str],
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             tmp_path: Path) -> None:
    folder = str(tmp_path / "v")
    assert init_vault(Path(folder)).code == 0

    def run(*args: str) -> object:
        return cli(capsys, monkeypatch, *args, "--vault", folder)

    adult = run("client", "add", "Wren Example", "--dob", fx.born_years_ago(20).isoformat(), "--json")
    chart = adult.json()["client"]["chart_number"]  # type: ignore[attr-defined]
    assert run("client", "update", chart, "--guardian", "Hazel Example").code == 0  # type: ignore[attr-defined]
    hazel = run("guardian", "list", chart, "--json").json()[0]["guardian_id"]  # type: ignore[attr-defined]
    refused = run("request", "add", "--kind", "access", "--client", chart, "--received-on", fx.today().isoformat(),
                  "--guardian", hazel)
    assert refused.code == ExitCode.REFUSED and "reached the age of majority" in refused.err  # type: ignore[attr-defined]
    assert run("request", "list", "--json").json() == []  # type: ignore[attr-defined]

    declined = run("guardian", "update", chart, hazel, "--declined-on", fx.today().isoformat(),
                   "--declined-reason", "endangerment")
    assert declined.code == 0 and "164.502(g)(5)" in declined.out  # type: ignore[attr-defined]
    reinstated = run("guardian", "update", chart, hazel, "--reinstate", "--json")
    assert reinstated.json()["declined_on"] is None  # type: ignore[attr-defined]


@pytest.mark.parametrize(("citation", "minor", "role", "warned"), [
    ("45 CFR 164.502(g)", False, "personal_representative", True),
    ("45 CFR 164.502(g)", True, "personal_representative", False),
    ("45 CFR 164.502(g)", False, "client", False),
])
def test_gate_warns_on_a_representatives_form_once_the_client_is_an_adult(citation: str, minor: bool, role: str,
                                                                           warned: bool) -> None:
    from dataclasses import replace as dc_replace

    from tests.core.test_gate_table import Case, _request, auth
    from vault_app.domain.authorization import Signer
    from vault_app.domain.disclosure_gate import decide

    signed = auth(signer=Signer("Pat Parent", role, "parent"))  # type: ignore[arg-type]
    request, context = _request(Case("rep", "authorization", "progress", True, authorization=signed))
    verdict = decide(request, dc_replace(context, client_is_minor=minor))
    assert verdict.allowed
    assert any(citation in w and "may revoke" in w for w in verdict.warnings) is warned


def test_a_young_minor_signing_a_part2_consent_alone_is_warned(vault: Vault) -> None:
    young = _minor_chart(vault, 10, part2=True)
    own = fx.add_auth(vault, young.client_id, part2=True, patient_name_on_form=True)
    (warning,) = authorizations.signing_warnings(vault, own)
    assert "42 CFR 2.14(b)" in warning
    teen = _minor_chart(vault, 15)
    assert authorizations.signing_warnings(vault, fx.add_auth(vault, teen.client_id)) == []


def test_cli_auth_add_prints_the_minor_warning(vault: Vault, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    young = _minor_chart(vault, 10)
    folder = str(vault.folder)
    vault.lock()
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(fx.SCAN)
    added = cli(capsys, monkeypatch, "auth", "add", "--vault", folder, "--client", young.client_id,
                "--description", "Progress notes of this year for coordination of care", "--covers", "progress",
                "--discloser", "Jordan Lee, LCSW", "--recipient", fx.RECIPIENT.name, "--purpose", fx.PURPOSE,
                "--signed-on", fx.days_ago(5).isoformat(), "--signer-name", "Alex Testclient", "--expires",
                fx.days_ago(-100).isoformat(), "--revoke-statement", "in writing", "--conditioning-statement",
                "not conditioned", "--redisclosure-statement", "--scan", str(scan))
    assert added.code == 0, added.err
    assert "WARNING" in added.out and "164.502(g)(3)" in added.out


@pytest.mark.parametrize(("authority", "born", "majority", "order", "ends"), [
    # 164.502(g)(3): a parent's, guardian's or in-loco-parentis authority over a minor ends with minority
    ("parent", date(2009, 5, 1), 18, False, date(2027, 5, 1)),
    ("legal_guardian", date(2009, 5, 1), 18, False, date(2027, 5, 1)),
    ("other", date(2009, 5, 1), 21, False, date(2030, 5, 1)),  # the practice's own age of majority
    ("parent", date(2008, 2, 29), 18, False, date(2026, 3, 1)),  # as clinical.age_on counts it
    # ... unless a court order keeps it past majority (164.502(g)(2)), or it is not a minor's representative
    ("parent", date(2009, 5, 1), 18, True, None),
    ("health_care_agent", date(2009, 5, 1), 18, False, None),
    ("parent", None, 18, False, None),  # no date of birth: the app cannot tell
])
def test_when_a_parents_authority_ends(authority: str, born: date | None, majority: int, order: bool,
                                       ends: date | None) -> None:
    assert parental_authority_ends(authority, born, majority, majority_order=order) == ends
    if ends is not None and born is not None:  # the refusal rule starts on exactly that day
        for day, refused in ((ends - timedelta(days=1), False), (ends, True)):
            age = day.year - born.year - ((day.month, day.day) < (born.month, born.day))
            facts = RepFacts(authority, age, majority, 16, "sign_authorization")
            assert (refusal(facts) is not None and refusal(facts).code == "parent_past_majority") is refused


@pytest.mark.parametrize(("authority", "until", "order", "ends"), [
    # The law's end (the 18th birthday, 2027-05-01) is the guardian's end when nothing recorded comes first
    ("parent", None, None, date(2027, 5, 1)),
    ("parent", date(2027, 5, 1), None, date(2027, 5, 1)),  # recorded to the birthday: the law ends it that day
    ("parent", date(2031, 1, 1), None, date(2027, 5, 1)),
    # ... but a recorded end before it is the end (valid_until is its last day in force: the eve comes first)
    ("parent", date(2027, 4, 30), None, None),
    ("parent", date(2026, 1, 1), None, None),
    # ... and no end by law for an order past majority (164.502(g)(2)) or an adult's representative
    ("parent", None, "A-1", None),
    ("health_care_agent", None, None, None),
])
def test_a_guardians_end_by_law_unless_the_recorded_end_comes_first(
        authority: GuardianAuthority, until: date | None, order: str | None, ends: date | None) -> None:
    g = Guardian("G-1", "C-1", "Sam Parent", "father", authority, True, valid_until=until,
                 majority_order_attachment_id=order)
    assert guardian_ends_by_law(g, date(2009, 5, 1), 18) == ends

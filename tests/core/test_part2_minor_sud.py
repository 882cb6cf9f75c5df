"""Who signs a minor's 42 CFR Part 2 consent follows the state's rule for SUBSTANCE-USE treatment (2.14(a)-(b)),
not its rule for outpatient mental health care. New York: Mental Hygiene Law 22.11 sets no age; a parent
consents unless a physician (or a program director) dispensed with it, which the chart records as the
minor's own consent. Found (round 38's brief): with New York's mental-health preset (MHL 33.21, 16) applied,
a parent's Part 2 consent for a 16-year-old was refused, where 22.11 asks for the parent's consent."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.errors import ExitCode, RefusedByPolicy
from vault_app.domain.minor_consent_sud import SUD_MINOR_CONSENT
from vault_app.domain.representatives import RepFacts, refusal
from vault_app.services import clients, decisions, disclosure_gate, guardians, practice
from vault_app.services.vault import Vault


def test_new_york_s_entry_is_its_chemical_dependence_section() -> None:
    ny = SUD_MINOR_CONSENT["NY"]
    assert ny.citation == "N.Y. Mental Hygiene Law 22.11"
    assert ny.age is None, "22.11 gives a minor no age of consent of their own"
    assert "physician" in ny.conditions and "program director" in ny.conditions and "under 18" in ny.conditions
    assert not ny.verified and "not checked against the statute's own text" in ny.how_checked


# (age, who consented to the care on the chart, by the chart (a state rule of no age), the refusal's code)
ROWS: list[tuple[int, str, bool, str | None]] = [
    (16, "", False, "minor_part2_consent"),  # the practice's age of consent (16): only the minor signs
    (15, "", False, None),  # under it: the parent signs (with the minor, 2.14(b))
    (16, "", True, None),  # New York's 22.11: no age; nothing recorded, the parent's consent stands
    (16, "guardian", True, None),
    (17, "client", True, "minor_part2_obtained_alone"),  # treated without a parent's consent: the minor signs
    (12, "client", True, "minor_part2_obtained_alone"),  # whatever the age
    (18, "client", True, "parent_past_majority"),
]


@pytest.mark.parametrize(("age", "consented", "by_chart", "code"), ROWS)
def test_who_signs_a_minors_part2_consent(age: int, consented: str, by_chart: bool, code: str | None) -> None:
    facts = RepFacts("parent", age, 18, 16, "sign_part2_consent", care_consented_by=consented,
                     part2_by_chart=by_chart)
    found = refusal(facts)
    assert (found.code if found else None) == code
    if found is not None and code == "minor_part2_obtained_alone":
        assert "42 CFR 2.14(a)" in found.citation


def _ny_teen(vault: Vault, *, guardian: bool = True) -> tuple[fx.Chart, str]:
    chart = fx.make_chart(vault, n=1, part2=True, date_of_birth=fx.born_years_ago(16))
    decisions.apply_minor_consent_preset(vault, "NY")
    assert practice.load(vault).jurisdiction.age_of_consent_for_treatment == 16
    if not guardian:
        return chart, ""
    mother = guardians.add_guardian(vault, chart.client_id, "Jane Roe", authority="parent")
    return chart, mother.guardian_id


def test_a_new_york_parent_signs_the_part2_consent_of_a_16_year_old(vault: Vault) -> None:
    chart, mother = _ny_teen(vault)
    form = fx.add_auth(vault, chart.client_id, signed_on=fx.days_ago(10), guardian_id=mother, part2=True,
                       patient_name_on_form=True)
    asked = fx.request(chart.client_id, note_ids=(chart.progress[0],), authorization_id=form.id)
    assert disclosure_gate.check(vault, asked).allowed
    # The chart then says the minor was treated without a parent's consent (22.11(c)): the minor signs.
    clients.update_client(vault, chart.client_id, care_consented_by="client")
    verdict = disclosure_gate.check(vault, asked)
    assert not verdict.allowed
    assert [r.code for r in verdict.reasons] == ["disclosure.signer_minor_part2_chart"]  # type: ignore[attr-defined]
    assert form.id in verdict.reasons[0] and "42 CFR 2.14(a)" in verdict.reasons[0]
    with pytest.raises(RefusedByPolicy) as refused:
        fx.add_auth(vault, chart.client_id, signed_on=fx.days_ago(1), guardian_id=mother, part2=True,
                    patient_name_on_form=True)
    assert refused.value.code == "representative.minor_part2_alone"


def test_a_typed_new_york_parent_likewise(vault: Vault) -> None:
    chart, _none = _ny_teen(vault, guardian=False)
    typed = {"signer_name": "John Roe", "signer_role": "personal_representative", "signer_authority": "father",
             "part2": True, "patient_name_on_form": True}
    fx.add_auth(vault, chart.client_id, signed_on=fx.days_ago(10), **typed)
    clients.update_client(vault, chart.client_id, care_consented_by="client")
    with pytest.raises(RefusedByPolicy) as refused:
        fx.add_auth(vault, chart.client_id, signed_on=fx.days_ago(1), **typed)
    assert refused.value.code == "representative.typed_minor_part2_alone"


def test_decision_settings_says_the_part2_rule_with_new_york_s(vault: Vault, capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    fx.set_practice(vault)
    folder = str(vault.folder)
    vault.lock()
    applied = cli(capsys, monkeypatch, "decision", "settings", "--minor-consent-rule", "NY", "--vault", folder)
    assert applied.code == ExitCode.OK, applied.err
    said = "Part 2 consents (substance-use treatment, 42 CFR 2.14): N.Y. Mental Hygiene Law 22.11: no age"
    assert said in applied.out
    assert "not checked against the statute's own text" in applied.out
    by_hand = cli(capsys, monkeypatch, "decision", "settings", "--age-of-consent", "15", "--vault", folder)
    assert by_hand.code == ExitCode.OK and "Part 2 consents" not in by_hand.out, "an age set by hand is the rule"

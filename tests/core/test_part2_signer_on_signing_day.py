"""A parent's 42 CFR Part 2 consent whose signer, by the practice's age of consent or the client's birth
date as they now stand, held no authority ON ITS SIGNING DAY: where state law lets the minor obtain the
treatment, only the minor signs a Part 2 consent (42 CFR 2.14(a)). Refused at export and listed, kept on
the chart, as a HIPAA authorization's stale signer is (tests/core/test_signer_on_signing_day.py). A minor
who reached the age of consent AFTER the signing leaves the form standing.

Found (round 38's brief): a parent's Part 2 consent for a 15-year-old stood after the practice's age of
consent went from 18 to 15 (or 14), and after the birth date was corrected to make the minor 16 that day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.disclosure import DisclosureRequest
from vault_app.domain.errors import ExitCode
from vault_app.services import care_confidentiality, clients, disclosure_gate, guardians, practice
from vault_app.services.vault import Vault

CODE = "disclosure.signer_minor_part2"


def _signing_day() -> date:
    day = fx.days_ago(30)
    return day - timedelta(days=1) if (day.month, day.day) == (2, 29) else day


def _aged_on(day: date, years: int) -> date:
    """The birth date that makes the client `years` old on `day` (their birthday that day)."""
    return day.replace(year=day.year - years)


Change = Callable[[Vault, str, date], None]


def _consent_age(age: int) -> Change:
    def change(vault: Vault, _client_id: str, _signed: date) -> None:
        practice.update(vault, jurisdiction={"age_of_consent_for_treatment": age})
    return change


def _born(years: int, days_after: int = 0) -> Change:
    def change(vault: Vault, client_id: str, signed: date) -> None:
        clients.update_client(vault, client_id,
                              date_of_birth=_aged_on(signed + timedelta(days=days_after), years))
    return change


# The client is 15 on the signing day, the practice's age of consent 18 (no minor consents alone).
CASES: list[tuple[str, Change, str | None]] = [
    ("the age of consent lowered to the age the minor had that day", _consent_age(15), CODE),
    ("the age of consent lowered below it", _consent_age(12), CODE),
    ("the age of consent lowered, but above the minor's age that day", _consent_age(16), None),
]


@pytest.mark.parametrize(("what", "change", "code"), CASES, ids=[c[0] for c in CASES])
def test_a_parents_part2_consent_by_the_facts_of_its_signing_day(vault: Vault, what: str, change: Change,
                                                                 code: str | None) -> None:
    signed = _signing_day()
    chart = fx.make_chart(vault, n=1, part2=True, date_of_birth=_aged_on(signed - timedelta(days=100), 15))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 18})
    mother = guardians.add_guardian(vault, chart.client_id, "Jane Roe", authority="parent")
    form = fx.add_auth(vault, chart.client_id, signed_on=signed, guardian_id=mother.guardian_id, part2=True,
                       patient_name_on_form=True)
    asked = fx.request(chart.client_id, note_ids=(chart.progress[0],), authorization_id=form.id)
    assert disclosure_gate.check(vault, asked).allowed, "valid as first recorded"
    change(vault, chart.client_id, signed)
    _assert_refused(vault, asked, form.id, code, what)


@pytest.mark.parametrize(("years", "days_after", "code"), [
    (16, 0, CODE),  # 16 on the signing day itself: only the minor signed then
    (16, 1, None),  # 16 the day after: the parent's consent stands (authority ended after the signing)
])
def test_a_corrected_birth_date(vault: Vault, years: int, days_after: int, code: str | None) -> None:
    signed = _signing_day()
    chart = fx.make_chart(vault, n=1, part2=True, date_of_birth=_aged_on(signed - timedelta(days=100), 15))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 16})
    mother = guardians.add_guardian(vault, chart.client_id, "Jane Roe", authority="parent")
    form = fx.add_auth(vault, chart.client_id, signed_on=signed, guardian_id=mother.guardian_id, part2=True,
                       patient_name_on_form=True)
    asked = fx.request(chart.client_id, note_ids=(chart.progress[0],), authorization_id=form.id)
    assert disclosure_gate.check(vault, asked).allowed, "valid as first recorded"
    _born(years, days_after)(vault, chart.client_id, signed)
    _assert_refused(vault, asked, form.id, code, f"{years} {days_after}")


def test_a_typed_parent_on_a_part2_consent(vault: Vault) -> None:
    signed = _signing_day()
    chart = fx.make_chart(vault, n=1, part2=True, date_of_birth=_aged_on(signed - timedelta(days=100), 15))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 18})
    form = fx.add_auth(vault, chart.client_id, signed_on=signed, signer_name="Jane Roe",
                       signer_role="personal_representative", signer_authority="parent", part2=True,
                       patient_name_on_form=True)
    asked = fx.request(chart.client_id, note_ids=(chart.progress[0],), authorization_id=form.id)
    assert disclosure_gate.check(vault, asked).allowed
    practice.update(vault, jurisdiction={"age_of_consent_for_treatment": 14})
    _assert_refused(vault, asked, form.id, CODE, "typed parent")


def test_a_hipaa_authorization_of_the_same_parent_is_not_a_part2_consent(vault: Vault) -> None:
    """The age of consent alone does not take a parent's HIPAA authorization away: the chart says who
    consented to the care (domain/representatives "minor_consented_care")."""
    signed = _signing_day()
    chart = fx.make_chart(vault, n=1, date_of_birth=_aged_on(signed - timedelta(days=100), 15))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 18})
    mother = guardians.add_guardian(vault, chart.client_id, "Jane Roe", authority="parent")
    form = fx.add_auth(vault, chart.client_id, signed_on=signed, guardian_id=mother.guardian_id)
    asked = fx.request(chart.client_id, note_ids=(chart.progress[0],), authorization_id=form.id)
    practice.update(vault, jurisdiction={"age_of_consent_for_treatment": 14})
    assert disclosure_gate.check(vault, asked).allowed


@pytest.mark.parametrize("command", [("practice", "update", "--age-of-consent-for-treatment", "14"),
                                     ("decision", "settings", "--age-of-consent", "14")])
def test_the_cli_says_the_consent_after_the_age_of_consent_changes(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        command: tuple[str, ...]) -> None:
    signed = _signing_day()
    chart = fx.make_chart(vault, n=1, part2=True, date_of_birth=_aged_on(signed - timedelta(days=100), 15))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 18})
    mother = guardians.add_guardian(vault, chart.client_id, "Jane Roe", authority="parent")
    form = fx.add_auth(vault, chart.client_id, signed_on=signed, guardian_id=mother.guardian_id, part2=True,
                       patient_name_on_form=True)
    folder = str(vault.folder)
    vault.lock()
    changed = cli(capsys, monkeypatch, *command, "--vault", folder)
    assert changed.code == ExitCode.OK, changed.err
    assert "no longer has a signer the chart lets stand" in changed.out and form.id in changed.out


def _assert_refused(vault: Vault, asked: DisclosureRequest, form_id: str, code: str | None, what: str) -> None:
    verdict = disclosure_gate.check(vault, asked)
    listed = [a.id for a in care_confidentiality.signers_no_longer_valid(vault, asked.client_id)]
    if code is None:
        assert verdict.allowed, (what, verdict.reasons)
        assert listed == []
        return
    assert not verdict.allowed, what
    assert [r.code for r in verdict.reasons] == [code], (what, verdict.reasons)  # type: ignore[attr-defined]
    assert form_id in verdict.reasons[0] and "42 CFR 2.14(a)" in verdict.reasons[0]
    assert listed == [form_id], "listed where the chart's forms are checked"

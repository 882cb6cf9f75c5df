"""A parent's authorization whose signer, by the chart's facts corrected since it was recorded, held no
authority on the day it was signed: refused at export, kept on the chart (45 CFR 164.502(g);
164.508(c)(1)(vi)). Authority that ended AFTER the signing leaves the form standing (164.508(b)(5)).

Found by a walker (NY, 2026-12-06): a parent signed on 12/06/2026; the date of birth was then corrected to
12/06/2008 (the client turned 18 that day) and the export was still allowed; likewise after the chart
recorded that the 17-year-old had consented to her own care (MHL 33.21; 164.502(g)(3)(i)), while the
mirror case (the minor's own signature once a parent consented) was already refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.errors import ExitCode
from vault_app.services import care_confidentiality, clients, disclosure_gate, guardians, practice
from vault_app.services.vault import Vault


def _signing_day() -> date:
    day = fx.days_ago(30)
    return day - timedelta(days=1) if (day.month, day.day) == (2, 29) else day


def _eighteen_on(day: date) -> date:
    return day.replace(year=day.year - 18)


Change = Callable[[Vault, str, str, date], None]


def _consented_alone(vault: Vault, client_id: str, _guardian: str, _signed: date) -> None:
    clients.update_client(vault, client_id, care_consented_by="client")


def _adult_that_day(vault: Vault, client_id: str, _guardian: str, signed: date) -> None:
    clients.update_client(vault, client_id, date_of_birth=_eighteen_on(signed))


def _adult_the_day_after(vault: Vault, client_id: str, _guardian: str, signed: date) -> None:
    clients.update_client(vault, client_id, date_of_birth=_eighteen_on(signed + timedelta(days=1)))


def _until(offset: int) -> Change:
    def change(vault: Vault, client_id: str, guardian: str, signed: date) -> None:
        guardians.update_guardian(vault, client_id, guardian, valid_until=signed + timedelta(days=offset))
    return change


def _from_after(vault: Vault, client_id: str, guardian: str, signed: date) -> None:
    guardians.update_guardian(vault, client_id, guardian, valid_from=signed + timedelta(days=1))


def _declined(offset: int) -> Change:
    def change(vault: Vault, client_id: str, guardian: str, signed: date) -> None:
        guardians.update_guardian(vault, client_id, guardian, declined_on=signed + timedelta(days=offset),
                                  declined_reason="reasonable belief of endangerment")
    return change


CASES: list[tuple[str, Change, str | None]] = [
    # refused: the chart now says the parent held no authority on the signing day
    ("the minor consented to her own care", _consented_alone, "disclosure.signer_minor_consented"),
    ("18 on the signing day itself", _adult_that_day, "disclosure.signer_past_majority"),
    ("authority recorded as ended the day before", _until(-1), "disclosure.signer_out_of_dates"),
    ("authority recorded as beginning the day after", _from_after, "disclosure.signer_out_of_dates"),
    ("declined on the signing day", _declined(0), "disclosure.signer_declined"),
    # allowed: the authority held that day and ended since (164.508(b)(5))
    ("18 the day after the signing", _adult_the_day_after, None),
    ("authority recorded until the signing day", _until(0), None),
    ("declined the day after", _declined(1), None),
]


@pytest.mark.parametrize(("what", "change", "code"), CASES, ids=[c[0] for c in CASES])
def test_a_parents_form_by_the_facts_of_its_signing_day(vault: Vault, what: str, change: Change,
                                                         code: str | None) -> None:
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(16))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    mother = guardians.add_guardian(vault, chart.client_id, "Jane Roe", authority="parent")
    clients.update_client(vault, chart.client_id, care_consented_by="guardian")
    signed = _signing_day()
    form = fx.add_auth(vault, chart.client_id, signed_on=signed, guardian_id=mother.guardian_id)
    asked = fx.request(chart.client_id, note_ids=(chart.progress[0],), authorization_id=form.id)
    assert disclosure_gate.check(vault, asked).allowed, "valid as first recorded"
    change(vault, chart.client_id, mother.guardian_id, signed)
    verdict = disclosure_gate.check(vault, asked)
    listed = [a.id for a in care_confidentiality.signers_no_longer_valid(vault, chart.client_id)]
    if code is None:
        assert verdict.allowed, (what, verdict.reasons)
        assert listed == []
        return
    assert not verdict.allowed, what
    assert [r.code for r in verdict.reasons] == [code]  # type: ignore[attr-defined]
    assert form.id in verdict.reasons[0] and "164.50" in verdict.reasons[0]
    assert listed == [form.id], "listed where the chart's forms are checked"


def test_a_typed_parent_whose_signing_day_the_corrected_birth_date_makes_an_adults(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(16))
    signed = _signing_day()
    form = fx.add_auth(vault, chart.client_id, signed_on=signed, signer_name="Jane Roe",
                       signer_role="personal_representative", signer_authority="parent")
    asked = fx.request(chart.client_id, note_ids=(chart.progress[0],), authorization_id=form.id)
    assert disclosure_gate.check(vault, asked).allowed
    clients.update_client(vault, chart.client_id, date_of_birth=_eighteen_on(signed))
    verdict = disclosure_gate.check(vault, asked)
    assert not verdict.allowed
    assert [r.code for r in verdict.reasons] == ["disclosure.signer_past_majority"]  # type: ignore[attr-defined]


def test_the_cli_says_the_form_after_the_birth_date_or_the_guardians_dates_change(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(16))
    mother = guardians.add_guardian(vault, chart.client_id, "Jane Roe", authority="parent")
    signed = _signing_day()
    form = fx.add_auth(vault, chart.client_id, signed_on=signed, guardian_id=mother.guardian_id)
    folder = str(vault.folder)
    vault.lock()
    said = "1 authorization on file no longer has a signer the chart lets stand"
    until = cli(capsys, monkeypatch, "guardian", "update", chart.client_id, mother.guardian_id,
                "--until", (signed - timedelta(days=1)).isoformat(), "--vault", folder)
    assert until.code == ExitCode.OK, until.err
    assert said in until.out and form.id in until.out
    cleared = cli(capsys, monkeypatch, "guardian", "update", chart.client_id, mother.guardian_id, "--until", "",
                  "--vault", folder)
    assert cleared.code == ExitCode.OK and said not in cleared.out
    born = cli(capsys, monkeypatch, "client", "update", chart.client_id, "--dob", _eighteen_on(signed).isoformat(),
               "--vault", folder)
    assert born.code == ExitCode.OK, born.err
    assert said in born.out and form.id in born.out


def test_a_refused_form_does_not_also_say_the_client_may_revoke_it(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(16))
    mother = guardians.add_guardian(vault, chart.client_id, "Jane Roe", authority="parent")
    signed = _signing_day()
    form = fx.add_auth(vault, chart.client_id, signed_on=signed, guardian_id=mother.guardian_id)
    clients.update_client(vault, chart.client_id, date_of_birth=_eighteen_on(signed))
    verdict = disclosure_gate.check(vault, fx.request(chart.client_id, note_ids=(chart.progress[0],),
                                                      authorization_id=form.id))
    assert not verdict.allowed
    codes = [getattr(w, "code", "") for w in verdict.warnings]
    assert not [c for c in codes if c.startswith("authorization.representative_adult")], verdict.warnings

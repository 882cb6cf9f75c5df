"""Whether a recorded parent may sign, one answer for the Guardians window, `guardian list` and `client
show` (domain/may_sign). Found by a walker: after `client update --care-consented-by client` for a
15-year-old, the window said "no: the client consented to their own care" and `auth add --guardian` was
refused, while the command line still said the mother "may sign authorizations" / "may authorize until
...". Table-driven both sides; the command line in process on a real vault."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.clinical import Guardian
from vault_app.domain.may_sign import may_sign
from vault_app.domain.representatives import standing
from vault_app.domain.who_acts import ClientFacts, representative_refusal
from vault_app.services import guardians, practice
from vault_app.services.representatives import rep_for
from vault_app.services.vault import Vault

TODAY = date(2026, 12, 6)
BEFORE, AFTER = date(2026, 11, 1), date(2026, 12, 7)
ROWS = [
    # age, who consented, may_authorize box, a parent's confidentiality agreement's day, answer
    (15, "client", True, None, "minor_consents"),
    (15, "guardian", True, None, "yes"),
    (15, "", True, None, "open"),
    (11, "client", True, None, "yes"),  # under the age of consent (12): the parent signs
    (15, "client", False, None, "no"),
    (30, "", True, None, "ended"),  # a parent of an adult: the law's end
    # A parent's agreement to confidential care (164.502(g)(3)(i)(C)): the minor acts for themself, at any
    # age under majority and whoever consented (found: the window and the CLI said "may sign" beside it).
    (15, "", True, BEFORE, "confidential_care"),
    (15, "guardian", True, BEFORE, "confidential_care"),
    (11, "", True, BEFORE, "confidential_care"),
    (15, "", True, TODAY, "confidential_care"),
    (15, "client", True, BEFORE, "minor_consents"),  # the rule before it answers first
    (15, "", True, AFTER, "open"),  # an agreement dated after today does not count today
    (15, "guardian", False, BEFORE, "no"),
    (30, "", True, BEFORE, "ended"),
]


def _born(age: int) -> date:
    return date(TODAY.year - age, 1, 1)  # `age` on TODAY


@pytest.mark.parametrize(("age", "consented_by", "box", "agreed", "answer"), ROWS)
def test_the_answer(age: int, consented_by: str, box: bool, agreed: date | None, answer: str) -> None:
    mother = Guardian("G1", "C1", "Ana Reyes", "mother", "parent", may_authorize=box)
    found = standing(mother, _born(age), 18, TODAY)
    assert may_sign(found, may_authorize=box, authority="parent", age=age, age_of_consent=12, age_of_majority=18,
                    care_consented_by=consented_by, confidentiality_agreed_on=agreed, on=TODAY) == answer


@pytest.mark.parametrize(("age", "consented_by", "box", "agreed", "answer"), ROWS)
@pytest.mark.parametrize("authority", ["parent", "legal_guardian", "healthcare_agent"])
def test_the_answer_is_the_refusals(age: int, consented_by: str, box: bool, agreed: date | None, answer: str,
                                   authority: str) -> None:
    """One rule, not a second: "may sign" (yes, or yes with the open question) exactly when the refusal
    of their signature on an authorization (domain/who_acts.representative_refusal) says nothing."""
    mother = Guardian("G1", "C1", "Ana Reyes", "mother", authority, may_authorize=box)
    found = standing(mother, _born(age), 18, TODAY)
    said = may_sign(found, may_authorize=box, authority=authority, age=age, age_of_consent=12, age_of_majority=18,
                    care_consented_by=consented_by, confidentiality_agreed_on=agreed, on=TODAY)
    facts = ClientFacts(age, 18, 12, care_consented_by=consented_by, confidentiality_agreed_on=agreed)
    rep = rep_for(mother, _born(age), 18, TODAY)
    refused = not box or representative_refusal(facts, rep, "sign_authorization", TODAY) is not None
    assert (said in ("yes", "open")) is not refused, said


def test_guardian_list_and_client_show_say_what_the_window_says(vault: Vault, capsys: pytest.CaptureFixture[str],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(15))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 12})
    guardians.add_guardian(vault, chart.client_id, "Ana Reyes", authority="parent", relationship="mother")
    folder = str(vault.folder)
    vault.lock()

    def said() -> tuple[str, str]:
        listed = cli(capsys, monkeypatch, "guardian", "list", chart.client_id, "--vault", folder)
        shown = cli(capsys, monkeypatch, "client", "show", chart.client_id, "--vault", folder)
        assert listed.code == 0 and shown.code == 0, listed.err + shown.err
        return listed.out, shown.out

    listed, shown = said()
    assert "may sign authorizations (who consented to the care: not recorded)" in listed
    assert "may authorize (who consented to the care: not recorded)" in shown
    assert cli(capsys, monkeypatch, "client", "update", chart.client_id, "--care-consented-by", "client",
               "--vault", folder).code == 0
    listed, shown = said()
    assert "may NOT sign authorizations: the client consented to their own care (45 CFR 164.502(g)(3)(i))" in listed
    assert "may sign authorizations," not in listed and "may authorize until" not in shown
    assert "may not authorize (the client consented to their own care" in shown



def test_a_parents_confidentiality_agreement_is_said_where_the_refusal_is(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by a walker: with the agreement recorded, `guardian list` said "may sign authorizations" and
    `client update` "may authorize until ...", while `auth add --guardian` was refused."""
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(15))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 12})
    mother = guardians.add_guardian(vault, chart.client_id, "Ana Reyes", authority="parent", relationship="mother")
    folder = str(vault.folder)
    vault.lock()
    updated = cli(capsys, monkeypatch, "client", "update", chart.client_id, "--confidentiality-agreement",
                  fx.today().isoformat(), "--confidentiality-agreed-by", mother.guardian_id, "--vault", folder)
    assert updated.code == 0, updated.err
    listed = cli(capsys, monkeypatch, "guardian", "list", chart.client_id, "--vault", folder)
    shown = cli(capsys, monkeypatch, "client", "show", chart.client_id, "--vault", folder)
    words = "a parent agreed to confidential care (45 CFR 164.502(g)(3)(i)(C))"
    assert f"may NOT sign authorizations: {words}" in listed.out
    for out in (updated.out, shown.out):
        assert f"may not authorize ({words})" in out
        assert "may authorize until" not in out and ", may authorize" not in out
    assert "may sign authorizations" not in listed.out

"""A parent's authorization signed before the client came of age, relied on after it.

A parent signs as personal representative only while the client is a minor (45 CFR 164.502(g));
that authority never reached information created after the client's birthday of majority. So
items dated on or after that day are refused under such a form; items dated before stay
allowed with the note to ask the client (walker CA, finding 6). Pure domain: decide() only.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.test_gate_table import CLIENT, Case, _request, auth
from vault_app.domain.authorization import Revocation, Signer
from vault_app.domain.disclosure import ItemFacts
from vault_app.domain.disclosure_gate import decide
from vault_app.domain.locale_format import date_text
from vault_app.services import disclosure_gate as gate
from vault_app.services import guardians, practice
from vault_app.services.vault import Vault

BIRTHDAY = date(2026, 11, 20)  # the day the client turned 18
ON = date(2026, 12, 6)
PARENT = Signer("Linda Blake", role="personal_representative", authority="parent (mother)")
BEFORE, AFTER = date(2026, 10, 30), date(2026, 11, 25)


@dataclass(frozen=True)
class Row:
    name: str
    signer: Signer
    signed_on: date
    items: tuple[date, ...]
    allowed: bool
    majority_on: date | None = BIRTHDAY


ROWS = (
    Row("parent's form, a note after the birthday", PARENT, date(2025, 12, 1), (BEFORE, AFTER), False),
    Row("parent's form, the birthday itself", PARENT, date(2025, 12, 1), (BIRTHDAY,), False),
    Row("parent's form, only notes before the birthday", PARENT, date(2025, 12, 1), (BEFORE,), True),
    Row("the client's own form, a note after the birthday", Signer("Jordan Blake"), date(2025, 12, 1),
        (AFTER,), True),
    # Signed after majority by a representative (an adult's guardian or agent): not a parent acting for
    # a minor, judged as before.
    Row("a representative signing after majority", PARENT, date(2026, 11, 28), (AFTER,), True),
    Row("no date of birth on file", PARENT, date(2025, 12, 1), (AFTER,), True, None),
)


def _decide(row: Row, on: date = ON, revoked: bool = False):  # type: ignore[no-untyped-def]
    form = auth(signer=row.signer, signed_on=row.signed_on, expires_on=date(2027, 12, 31), notes_to=None,
                revocation=Revocation(date(2026, 12, 1)) if revoked else None)
    request, context = _request(Case(row.name, "authorization", "progress", row.allowed, authorization=form))
    items = tuple(ItemFacts(f"n{i}", "progress", d) for i, d in enumerate(row.items))
    return decide(replace(request, on=on), replace(context, items=items, majority_on=row.majority_on))


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.name)
def test_parent_signed_form_and_notes_after_majority(row: Row) -> None:
    verdict = _decide(row)
    assert verdict.allowed is row.allowed, verdict.message
    if not row.allowed:
        assert "164.502(g)" in verdict.message
        assert "11/20/2026" in verdict.message  # the birthday, as the practice writes dates
        assert "11/25/2026" in verdict.message or "on or after" in verdict.message
        assert CLIENT not in verdict.message


def test_the_refusal_names_only_the_items_after_the_birthday() -> None:
    verdict = _decide(ROWS[0])
    assert "11/25/2026" in verdict.message and "10/30/2026" not in verdict.message
    assert "Leave out" in verdict.hint


def test_notes_before_the_birthday_keep_the_note_to_ask_the_client() -> None:
    verdict = _decide(ROWS[2])
    assert verdict.allowed
    assert any("consider asking the client" in w for w in verdict.warnings)


def test_a_revoked_parent_form_does_not_say_the_client_may_revoke_it() -> None:
    verdict = _decide(ROWS[2], revoked=True)
    assert not verdict.allowed
    said = " ".join((verdict.message, *verdict.warnings))
    assert "revoked" in said
    assert "may revoke it" not in said


def test_on_a_real_vault_the_birthday_comes_from_the_chart(vault: Vault) -> None:
    # Came of age 45 days ago: the chart's notes are 90 and 60 days old (before) and 30 (after).
    born = fx.today() - timedelta(days=45)
    if (born.month, born.day) == (2, 29):
        born += timedelta(days=1)
    chart = fx.make_chart(vault, date_of_birth=born.replace(year=born.year - 18))
    practice.update(vault, jurisdiction={"age_of_consent_for_treatment": 18})
    mother = guardians.add_guardian(vault, chart.client_id, "Linda Blake", authority="parent")
    form = fx.add_auth(vault, chart.client_id, signed_on=fx.days_ago(100), guardian_id=mother.guardian_id,
                       signer_name="Linda Blake", signer_role="personal_representative")
    every = gate.check(vault, fx.request(chart.client_id, note_ids=tuple(chart.progress), authorization_id=form.id))
    assert not every.allowed
    assert "164.502(g)" in every.message and date_text(chart.note_days[2], "en_US") in every.message
    before = gate.check(vault, fx.request(chart.client_id, note_ids=tuple(chart.progress[:2]),
                                          authorization_id=form.id))
    assert before.allowed, before.message
    assert any("consider asking the client" in w for w in before.warnings)

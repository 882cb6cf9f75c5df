"""What a disclosure may carry, table-driven (domain/disclosure_scope.py through the gate):
only items inside the period the authorization describes (45 CFR 164.508(c)(1)(i)), edge days
and open ends included, and never an unsigned draft. Pure: decide() does no I/O."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tests.core.disclosure_fixtures import TREATMENT
from tests.core.test_gate_table import CLIENT, PURPOSE, RECIPIENT, TODAY, auth
from vault_app.domain.disclosure import DisclosureRequest, GateContext, ItemFacts, Selection
from vault_app.domain.disclosure_basis import LegalBasis
from vault_app.domain.disclosure_gate import decide
from vault_app.domain.disclosure_scope import in_period, period_text

JAN1, MAR31 = date(2024, 1, 1), date(2024, 3, 31)


def _decide(items: tuple[ItemFacts, ...], *, basis: str = "authorization", manual: bool = False,
            **auth_changes: object):  # type: ignore[no-untyped-def]
    a = auth(**auth_changes)
    request = DisclosureRequest(
        client_id=CLIENT, kind="progress", selection=Selection(note_ids=tuple(i.id for i in items)),
        recipient=RECIPIENT, purpose=PURPOSE,
        basis=LegalBasis(basis, dict(TREATMENT) if basis == "treatment" else {},  # type: ignore[arg-type]
                         a.id if basis == "authorization" else None),
        on=TODAY, manual=manual,
    )
    return decide(request, GateContext(items=items, authorization=a if basis == "authorization" else None))


def _items(*days: date, signed: bool = True) -> tuple[ItemFacts, ...]:
    return tuple(ItemFacts(f"n{k}", "progress", d, signed=signed) for k, d in enumerate(days))


# (day, from, to, inside?): both ends belong to the period; an open end covers its whole side.
EDGES = [
    (JAN1, JAN1, MAR31, True),
    (MAR31, JAN1, MAR31, True),
    (date(2023, 12, 31), JAN1, MAR31, False),
    (date(2024, 4, 1), JAN1, MAR31, False),
    (date(2020, 1, 1), None, MAR31, True),
    (date(2024, 4, 1), None, MAR31, False),
    (date(2030, 1, 1), JAN1, None, True),
    (date(2023, 12, 31), JAN1, None, False),
    (date(1990, 1, 1), None, None, True),
]


@pytest.mark.parametrize(("day", "start", "end", "inside"), EDGES)
def test_the_period_holds_its_edge_days_and_an_open_end_covers_its_side(
        day: date, start: date | None, end: date | None, inside: bool) -> None:
    assert in_period(day, start, end) is inside
    # The gate says the same of a note of that day (March 15 is inside every period above, so the
    # authorization is valid on TODAY whatever its dates).
    verdict = _decide(_items(day), notes_from=start, notes_to=end)
    assert verdict.allowed is inside, verdict.reasons


@pytest.mark.parametrize(("start", "end", "said"), [
    (JAN1, MAR31, "from 01/01/2024 to 03/31/2024"),
    (JAN1, None, "from 01/01/2024 on"),
    (None, MAR31, "up to 03/31/2024"),
    (None, None, ""),
])
def test_the_period_in_words(start: date | None, end: date | None, said: str) -> None:
    assert period_text(start, end, "en_US") == said


PERIOD_REFUSALS = [
    # (name, from, to, note days, code, words in the English)
    ("both sides outside", JAN1, MAR31, (date(2023, 12, 31), date(2024, 2, 1), date(2024, 4, 1)),
     "scope.period.between",
     "Authorization A1 covers only information dated from 01/01/2024 to 03/31/2024 (the description of the "
     "information it authorizes, 45 CFR 164.508(c)(1)(i)); 2 selected items are outside that period: "
     "12/31/2023, 04/01/2024."),
    ("one day after the end", JAN1, MAR31, (date(2024, 4, 1),), "scope.period.between.one",
     "1 selected item is outside that period: 04/01/2024."),
    ("open end, earlier", JAN1, None, (date(2023, 12, 31),), "scope.period.from.one",
     "covers only information dated from 01/01/2024 on"),
    ("open start, later", None, MAR31, (date(2024, 4, 1), date(2024, 4, 8)), "scope.period.to",
     "covers only information dated up to 03/31/2024"),
]


@pytest.mark.parametrize(("name", "start", "end", "days", "code", "words"), PERIOD_REFUSALS,
                         ids=[r[0] for r in PERIOD_REFUSALS])
def test_items_outside_the_period_are_refused_named_with_the_period_and_what_to_do(
        name: str, start: date | None, end: date | None, days: tuple[date, ...], code: str, words: str) -> None:
    verdict = _decide(_items(*days), notes_from=start, notes_to=end)
    assert not verdict.allowed
    assert [getattr(r, "code", "") for r in verdict.reasons] == [code]
    assert words in verdict.message
    # Only the dates are wrong: leave the items out, or get a new authorization.
    assert getattr(verdict.hint, "code", "") == "scope.period.hint"
    assert "Leave out the items outside that period" in verdict.hint


def test_inside_the_period_it_is_allowed_and_the_verdict_carries_the_period() -> None:
    verdict = _decide(_items(JAN1, date(2024, 2, 20), MAR31), notes_from=JAN1, notes_to=MAR31)
    assert verdict.allowed, verdict.reasons
    assert verdict.authorization_period == ("2024-01-01", "2024-03-31")
    open_end = _decide(_items(date(2024, 2, 20)), notes_from=JAN1)
    assert open_end.allowed and open_end.authorization_period == ("2024-01-01", None)


def test_an_authorization_without_a_period_behaves_as_before() -> None:
    verdict = _decide(_items(date(1999, 1, 1), date(2024, 3, 14)))
    assert verdict.allowed, verdict.reasons
    assert verdict.authorization_period is None


def test_another_fault_of_the_authorization_keeps_the_general_hint() -> None:
    verdict = _decide(_items(date(2024, 4, 1)), notes_to=MAR31, purposes=("marketing",))
    codes = [getattr(r, "code", "") for r in verdict.reasons]
    assert "scope.period.between" not in codes and "scope.period.to.one" in codes
    assert "authorization.other_purpose" in codes
    assert getattr(verdict.hint, "code", "") == "authorization.hint"


DRAFTS = [
    # (name, basis, manual, days of drafts, days signed, allowed, code)
    ("a draft under an authorization", "authorization", False, (date(2024, 2, 1),), (), False, "drafts.refused.one"),
    ("two drafts among signed notes", "authorization", False, (date(2024, 2, 1), date(2024, 2, 8)),
     (date(2024, 1, 10),), False, "drafts.refused"),
    ("a draft for treatment", "treatment", False, (date(2024, 2, 1),), (), False, "drafts.refused.one"),
    ("signed notes only", "authorization", False, (), (date(2024, 2, 1),), True, ""),
    ("a disclosure made outside the app, recorded", "treatment", True, (date(2024, 2, 1),), (), True, ""),
]


@pytest.mark.parametrize(("name", "basis", "manual", "drafts", "signed", "allowed", "code"), DRAFTS,
                         ids=[r[0] for r in DRAFTS])
def test_a_draft_is_refused_with_sign_it_first_or_leave_it_out(
        name: str, basis: str, manual: bool, drafts: tuple[date, ...], signed: tuple[date, ...], allowed: bool,
        code: str) -> None:
    items = (*_items(*drafts, signed=False),
             *(replace(i, id=f"s{k}") for k, i in enumerate(_items(*signed))))
    verdict = _decide(items, basis=basis, manual=manual)
    assert verdict.allowed is allowed, verdict.reasons
    if code:
        said = next(r for r in verdict.reasons if getattr(r, "code", "") == code)
        assert "sign it first or leave it out" in said or "sign them first or leave them out" in said
        assert "(02/01/2024" in said  # the draft named, by its day
        assert "01/10/2024" not in said  # a signed note is not

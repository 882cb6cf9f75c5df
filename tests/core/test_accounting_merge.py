"""Which repeated disclosures the accounting gives as one line (45 CFR 164.528(b)(3)), both sides:
pairs that may merge (one line: the first in full, the number, the last day) and pairs that may
not (one line each, each with its own date and basis). Plain records through the accounting's build."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from vault_app.domain.accounting import build
from vault_app.domain.accounting_merge import CITATION, merge_key
from vault_app.domain.accounting_reliance import GATE_CONCERNS
from vault_app.domain.disclosure import DisclosureRecord, Recipient

AS_OF = date(2024, 6, 30)
FIRST, LAST = date(2023, 1, 5), date(2023, 9, 20)
_seq = iter(range(1, 10_000))


def rec(day: date, *, name: str = "County Court", address: str = "1 Court Sq", purpose: str = "court order",
        kind: str = "court_order", authorization: str | None = None, accountable: bool = True,
        **extra: object) -> DisclosureRecord:
    n = next(_seq)
    return DisclosureRecord(
        disclosure_id=f"D-{n}", client_id="c1", day=day, recipient=Recipient(name, address),
        description="1 progress note (2022-12-01)", purpose=purpose, basis_kind=kind, basis_summary=kind,
        authorization_id=authorization, accountable=accountable,
        exclusion="" if accountable else "under the client's authorization (164.528(a)(1)(iv))",
        kind="progress", seq=n, extra=dict(extra),
    )


AUTH = {"kind": "authorization", "authorization": "A-1", "accountable": False, "purpose": "at the client's request"}

MAY_MERGE = {
    "court order, same court, same purpose": ({}, {}),
    "recipient's name in other case and spacing": ({}, {"name": "  county   COURT "}),
    "health oversight to the same board": ({"kind": "health_oversight", "name": "Board"},
                                           {"kind": "health_oversight", "name": "Board"}),
    "a duty to warn to the same police": ({"kind": "serious_threat", "name": "Police"},
                                          {"kind": "serious_threat", "name": "Police"}),
    "one and the same authorization": (AUTH, AUTH),
}

MAY_NOT_MERGE = {
    "another recipient": ({}, {"name": "District Court"}),
    "the same name at another address": ({}, {"address": "9 Other Rd"}),
    "another purpose": ({}, {"purpose": "custody evaluation"}),
    "another basis, same words": ({}, {"kind": "subpoena"}),
    "two authorizations to the same recipient": (AUTH, {**AUTH, "authorization": "A-2"}),
    "after the authorization was revoked": (AUTH, {**AUTH, "accountable": True}),
    "both after revocation": ({**AUTH, "accountable": True}, {**AUTH, "accountable": True}),
    "a defense in the client's lawsuit (not 164.512)": ({"kind": "legal_defense"}, {"kind": "legal_defense"}),
}


def _lines(a: dict[str, object], b: dict[str, object]) -> list[tuple[date, int, date]]:
    records = [rec(FIRST, **a), rec(date(2023, 4, 1), **b), rec(LAST, **b)]  # type: ignore[arg-type]
    acc = build(records, client_id="c1", as_of=AS_OF)
    return [(line.first.day, line.count, line.last_day) for line in (*acc.lines, *acc.excluded)]


@pytest.mark.parametrize("a, b", MAY_MERGE.values(), ids=MAY_MERGE.keys())
def test_repeats_that_may_merge_are_one_line_with_first_day_number_and_last_day(
        a: dict[str, object], b: dict[str, object]) -> None:
    assert _lines(a, b) == [(FIRST, 3, LAST)]


@pytest.mark.parametrize("a, b", MAY_NOT_MERGE.values(), ids=MAY_NOT_MERGE.keys())
def test_repeats_that_may_not_merge_keep_their_own_lines(a: dict[str, object], b: dict[str, object]) -> None:
    lines = _lines(a, b)
    firsts = sorted(day for day, _n, _last in lines)
    # The first disclosure never shares a line with the other two; the other two merge only if the rule lets them.
    assert (FIRST, 1, FIRST) in lines and firsts[0] == FIRST
    assert sum(n for _d, n, _l in lines) == 3


def test_a_manual_record_the_gate_objected_to_stands_alone() -> None:
    plain = rec(FIRST)
    objected = replace(rec(LAST), manual=True, extra={GATE_CONCERNS: ["no order on file"]})
    assert merge_key(objected) is None
    acc = build([plain, objected], client_id="c1", as_of=AS_OF)
    assert [(x.first.day, x.count) for x in acc.lines] == [(FIRST, 1), (LAST, 1)]


def test_not_summarizing_gives_every_disclosure_its_line() -> None:
    records = [rec(FIRST), rec(LAST)]
    acc = build(records, client_id="c1", as_of=AS_OF, summarize=False)
    assert [(x.first.day, x.count, x.last_day) for x in acc.lines] == [(FIRST, 1, FIRST), (LAST, 1, LAST)]
    assert CITATION == "45 CFR 164.528(b)(3)"

"""An authorization's expiration date is the last day it may be relied on (45 CFR 164.508(c)(1)(v);
domain/authorization.status_on: expired only after it). Found by a walker: from the next day every
refusal said "Authorization A-… expired on 03/01/2027." of a form that was valid all of 03/01, the
chart's tab having said "valid; today is its last day" the day before; with the clock-behind refusal
the two sentences contradicted each other ("the clock says 03/01/2027 … expired on 03/01/2027").
The words now say the day as its last day. Table: the day itself (allowed) and the day after
(refused, its last day named), in the gate and in the status the CLI prints."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tests.core.test_gate_table import CASES, Case, _request, auth
from vault_app.domain.disclosure_gate import decide

LAST_DAY = date(2027, 3, 1)
FORM = auth(expires_on=LAST_DAY, signed_on=date(2027, 1, 10))

# (on, allowed, what the status says)
ROWS: list[tuple[date, bool, str]] = [
    (date(2027, 2, 28), True, "Authorization A1 is valid."),
    (LAST_DAY, True, "Authorization A1 is valid."),
    (date(2027, 3, 2), False, "Authorization A1 has expired: its last day was 03/01/2027."),
    (date(2028, 1, 1), False, "Authorization A1 has expired: its last day was 03/01/2027."),
]


@pytest.mark.parametrize(("on", "allowed", "says"), ROWS, ids=[r[0].isoformat() for r in ROWS])
def test_status_says_the_last_day(on: date, allowed: bool, says: str) -> None:
    status = FORM.status_on(on)
    assert status.usable is allowed
    assert status.message == says
    assert "expired on 03/01/2027" not in status.message


@pytest.mark.parametrize(("on", "allowed", "says"), ROWS, ids=[r[0].isoformat() for r in ROWS])
def test_gate_refuses_after_the_last_day_and_says_it(on: date, allowed: bool, says: str) -> None:
    case = Case("last day", "authorization", "progress", allowed, authorization=FORM)
    request, context = _request(case)
    verdict = decide(replace(request, on=on), context)
    assert verdict.allowed is allowed, verdict.reasons
    if not allowed:
        assert says in verdict.message
        expired = [r for r in verdict.reasons if r.code == "authorization.expired"]
        assert expired and expired[0].params["day"] == "03/01/2027"


def test_the_gate_table_still_covers_the_expired_form() -> None:
    assert any("has expired: its last day was 01/31/2024" in c.message for c in CASES)

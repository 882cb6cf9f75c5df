"""A request not to tell the health plan about services paid for in full out of pocket binds from the
day the client asks (45 CFR 164.522(a)(1)(vi)): the practice must agree, so an answer not yet
recorded does not let a payment disclosure of those sessions through. Found by a walker: with the
request on file since April and "not answered yet", the self-paid sessions went to the health plan
under a note saying "if the client asks you not to tell their health plan, you must agree"."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.restrictions import RestrictedItem, Restriction, restriction_refusals, self_pay_binds
from vault_app.services import disclosure_gate, restrictions, sessions
from vault_app.services.vault import Vault

DAY = date(2026, 6, 1)
PAID = RestrictedItem("s1", "billing", date(2026, 5, 1), True)


def _self_pay(asked: date, status: str = "requested", decided: date | None = None,
              ended: date | None = None) -> Restriction:
    return Restriction("X1", "c1", "health_plan_self_pay", "not to my insurer", asked, status,  # type: ignore[arg-type]
                       decided, terminated_on=ended, terminated_by="client" if ended else "")


# (citation, the restriction, the day of the disclosure, binds)
ROWS = [
    ("45 CFR 164.522(a)(1)(vi)", _self_pay(date(2026, 4, 1)), DAY, True),  # asked, not answered yet
    ("45 CFR 164.522(a)(1)(vi)", _self_pay(date(2026, 4, 1), "agreed", date(2026, 12, 6)), DAY, True),  # agreed later
    ("45 CFR 164.522(a)(1)(vi)", _self_pay(date(2026, 4, 1), "agreed", date(2026, 4, 2)), DAY, True),
    ("45 CFR 164.522(a)(1)(vi)", _self_pay(date(2026, 6, 2)), DAY, False),  # asked after the disclosure
    ("45 CFR 164.522(a)(2)(i)", _self_pay(date(2026, 4, 1), "terminated", date(2026, 4, 2), date(2026, 5, 1)),
     DAY, False),  # ended by the client
]


@pytest.mark.parametrize(("citation", "r", "on", "binds"), ROWS,
                         ids=[f"{r[1].status} asked {r[1].requested_on} on {r[2]}" for r in ROWS])
def test_a_self_pay_request_binds_from_the_day_asked(citation: str, r: Restriction, on: date, binds: bool) -> None:
    assert self_pay_binds(r, on) is binds
    reasons, warnings = restriction_refusals("payment", "Acme Health Plan", (PAID,), (r,), on)
    assert bool(reasons) is binds and bool(warnings) is not binds
    if binds:
        assert citation in reasons[0]
        assert r.in_force_since == r.requested_on


def test_the_gate_refuses_self_paid_sessions_once_asked_before_any_answer(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=2)
    sessions.update_session(vault, chart.sessions[0], billing_status="self_pay")
    payment = fx.request(chart.client_id, kind="billing", note_ids=tuple(chart.sessions), basis="payment",
                         recipient=fx.Recipient("Acme Health Plan", "PO Box 1"), purpose="claim")
    restrictions.request_restriction(vault, chart.client_id, kind="health_plan_self_pay",
                                     description="do not tell my insurer about sessions I paid",
                                     requested_on=fx.days_ago(3))
    refused = disclosure_gate.check(vault, payment)
    assert not refused.allowed and "paid in full out of pocket" in refused.reasons[0]
    assert not any("if the client asks" in w for w in refused.warnings)

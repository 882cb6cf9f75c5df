"""A statement's balances (domain/statement.py), table-driven: the balance brought forward, its
dates' charges and payments, the balance or credit at its end, what was paid of it since."""

from __future__ import annotations

from datetime import date

import pytest

from vault_app.domain.billing import Charge, Payment, applied_oldest_first
from vault_app.domain.statement import balance_words, nothing_to_state, statement_totals

FIRST, LAST, ISSUED = date(2026, 3, 1), date(2026, 3, 31), date(2026, 5, 10)


def charge(day: str, cents: int, ref: str) -> Charge:
    return Charge(date.fromisoformat(day), "session", ref, "90837", cents)


def paid(day: str, cents: int) -> Payment:
    return Payment("P-" + day + str(cents), "c", date.fromisoformat(day), cents, "check")


FEB = charge("2026-02-23", 18000, "feb")
MAR = (charge("2026-03-02", 18000, "mar-2"), charge("2026-03-09", 18000, "mar-9"))
APR = charge("2026-04-06", 18000, "apr")

# (charges, payments) -> brought forward, charges, payments, at the end, paid after, still owed
CASES = [
    pytest.param((*MAR,), (paid("2026-03-09", 18000),), (0, 36000, 18000, 18000, 0, 18000), id="owes-within"),
    # owed from before: February's unpaid session is on March's balance
    pytest.param((FEB, *MAR), (paid("2026-03-09", 18000),), (18000, 36000, 18000, 36000, 0, 36000),
                 id="owed-from-before"),
    # paid more than was charged: a credit at the end
    pytest.param((*MAR,), (paid("2026-03-02", 40000),), (0, 36000, 40000, -4000, 0, -4000), id="credit-at-end"),
    # paid ahead before the dates: a credit brought forward, used up by these dates' charges
    pytest.param((*MAR,), (paid("2026-02-20", 20000),), (-20000, 36000, 0, 16000, 0, 16000),
                 id="credit-brought-forward"),
    pytest.param((FEB,), (paid("2026-02-23", 18000),), (0, 0, 0, 0, 0, 0), id="nothing-in-dates"),
    # paid after the dates: counted towards the balance at the end, no more than it
    pytest.param((*MAR, APR), (paid("2026-04-02", 20000),), (0, 36000, 0, 36000, 20000, 16000), id="paid-after"),
    pytest.param((*MAR, APR), (paid("2026-04-02", 50000),), (0, 36000, 0, 36000, 36000, 0),
                 id="paid-after-beyond-the-balance"),
    # a credit at the end takes nothing of a later payment (it paid April)
    pytest.param((*MAR, APR), (paid("2026-03-02", 40000), paid("2026-04-07", 18000)),
                 (0, 36000, 40000, -4000, 0, -4000), id="credit-and-later-payment"),
    # a payment after the issue date is not counted anywhere
    pytest.param((*MAR,), (paid("2026-05-11", 36000),), (0, 36000, 0, 36000, 0, 36000), id="after-issue"),
    # April's charge is after the dates: never on March's statement
    pytest.param((*MAR, APR), (), (0, 36000, 0, 36000, 0, 36000), id="later-charge-left-out"),
]


@pytest.mark.parametrize(("charges", "payments", "expected"), CASES)
def test_statement_totals(charges: tuple[Charge, ...], payments: tuple[Payment, ...],
                          expected: tuple[int, ...]) -> None:
    totals = statement_totals(charges, payments, FIRST, LAST, ISSUED)
    assert (totals.brought_forward, totals.charges, totals.payments, totals.at_end, totals.paid_after,
            totals.still_owed) == expected
    # each balance follows from the figures before it
    assert totals.at_end == totals.brought_forward + totals.charges - totals.payments
    assert totals.still_owed == totals.at_end - totals.paid_after
    assert 0 <= totals.paid_after <= totals.received_after


@pytest.mark.parametrize(("charges", "payments", "expected"), CASES)
def test_what_is_still_owed_is_what_oldest_first_left_unpaid(charges: tuple[Charge, ...],
                                                             payments: tuple[Payment, ...],
                                                             expected: tuple[int, ...]) -> None:
    """The superbill's rule (applied_oldest_first over the whole account) and the statement's
    balance agree: what a statement says is still owed is what oldest first left unpaid of the
    charges up to its last date."""
    totals = statement_totals(charges, payments, FIRST, LAST, ISSUED)
    applied = applied_oldest_first(charges, sum(p.amount_cents for p in payments if p.paid_on <= ISSUED))
    unpaid = sum(c.cents - applied[c.ref_id] for c in charges if c.on <= LAST)
    assert max(totals.still_owed, 0) == unpaid


@pytest.mark.parametrize(("cents", "which", "words"), [
    (6000, "at_end", ("Balance due", "$60.00")),
    (0, "at_end", ("Balance due", "$0.00")),
    (-4000, "at_end", ("Credit", "$40.00")),
    (18000, "brought_forward", ("Balance brought forward", "$180.00")),
    (-1, "brought_forward", ("Credit brought forward", "$0.01")),
])
def test_a_credit_is_never_a_negative_amount_due(cents: int, which: str, words: tuple[str, str]) -> None:
    assert balance_words(cents, which) == words
    assert "-" not in balance_words(cents, which)[1]


NO_SHOW = Charge(date(2026, 3, 16), "no_show", "appt", "", 6000)


@pytest.mark.parametrize(("charges", "payments", "nothing"), [
    # dates without a session still have something to state
    pytest.param((FEB,), (paid("2026-03-05", 18000),), False, id="paid-in-dates"),
    pytest.param((FEB,), (), False, id="balance-brought-forward"),
    pytest.param((), (paid("2026-02-20", 5000),), False, id="credit-brought-forward"),
    pytest.param((NO_SHOW,), (), False, id="a-missed-fee-only"),
    pytest.param((charge("2026-03-02", 0, "free"),), (), False, id="a-no-charge-session"),
    # nothing at all: no charge, no payment, settled before
    pytest.param((), (), True, id="an-empty-account"),
    pytest.param((FEB,), (paid("2026-02-23", 18000),), True, id="settled-before"),
    pytest.param((APR,), (paid("2026-04-07", 18000),), True, id="everything-after"),
])
def test_nothing_to_state(charges: tuple[Charge, ...], payments: tuple[Payment, ...], nothing: bool) -> None:
    assert nothing_to_state(charges, payments, FIRST, LAST) is nothing
    if not nothing:
        # what it states adds up like any statement's
        totals = statement_totals(charges, payments, FIRST, LAST, ISSUED)
        assert totals.at_end == totals.brought_forward + totals.charges - totals.payments

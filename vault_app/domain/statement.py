"""What a statement of account adds up: the balance brought forward at its first date, its
dates' charges and payments, the balance at its last date, and what was paid of that
balance after it (up to the day it is issued). Pure functions on integer cents.

Found: a statement printed only its dates' charges and what had been paid of them, so a
client who owed from before read a balance due that left the old debt out, and a client who
had paid more than was charged saw no credit anywhere (and payments listed that added up to
more than the "Amount paid" beside them). A statement is the client's own bill: every figure
on it follows from the figures printed above it.

Payments are applied to the account's charges oldest first (domain/billing.py,
applied_oldest_first), whenever they were made. With every charge of the statement's dates
older than any charge after them, the part of a later payment that paid this balance is
what the balance still owed, at most: the rest paid later charges (or is a credit on them).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from vault_app.domain.billing import Charge, Payment, format_cents
from vault_app.domain.locale_format import money_text


@dataclass(frozen=True)
class StatementTotals:
    """Cents; a balance above 0 is owed by the client, below 0 is a credit."""

    brought_forward: int  # every charge before the first date, less every payment before it
    charges: int  # the charges of the statement's dates
    payments: int  # the payments received in the statement's dates
    received_after: int  # the payments received after the last date, up to the issue date
    paid_after: int  # of them, what paid the balance at the last date

    @property
    def at_end(self) -> int:
        return self.brought_forward + self.charges - self.payments

    @property
    def still_owed(self) -> int:
        """The balance at the last date less what later payments paid of it."""
        return self.at_end - self.paid_after


def statement_totals(charges: Iterable[Charge], payments: Iterable[Payment], first: date, last: date,
                     issued_on: date) -> StatementTotals:
    """The totals of a statement for `first`..`last` issued on `issued_on`. `charges` are the
    account's charges (those after `last` are not counted); `payments`, the account's payments."""
    listed = [c for c in charges if c.on <= last]
    paid = [p for p in payments if p.paid_on <= issued_on]
    brought_forward = (sum(c.cents for c in listed if c.on < first)
                       - sum(p.amount_cents for p in paid if p.paid_on < first))
    in_dates = sum(c.cents for c in listed if c.on >= first)
    received = sum(p.amount_cents for p in paid if first <= p.paid_on <= last)
    after = sum(p.amount_cents for p in paid if p.paid_on > last)
    at_end = brought_forward + in_dates - received
    return StatementTotals(brought_forward, in_dates, received, after, min(after, max(at_end, 0)))


def nothing_to_state(charges: Iterable[Charge], payments: Iterable[Payment], first: date, last: date) -> bool:
    """Whether a statement for `first`..`last` would state nothing at all: no charge and no
    payment in its dates, and no balance or credit brought forward to them. Found: a statement
    was refused for dates without a session, though a client who paid, or was owed a credit,
    in such a month still needs one (balance forward, payments, ending balance)."""
    charges, payments = list(charges), list(payments)
    if any(first <= c.on <= last for c in charges) or any(first <= p.paid_on <= last for p in payments):
        return False
    before = (sum(c.cents for c in charges if c.on < first)
              - sum(p.amount_cents for p in payments if p.paid_on < first))
    return before == 0


NOTHING_TO_STATE = ("There is nothing to state for these dates: no charge or payment falls within them, and the "
                    "account had no balance or credit before them.")


# (owed, credit): a credit is never printed as a negative amount due ("-$40.00 due" reads as
# a typing slip, or as money owed).
BALANCE_WORDS: dict[str, tuple[str, str]] = {
    "brought_forward": ("Balance brought forward", "Credit brought forward"),
    "at_end": ("Balance due", "Credit"),
    "account": ("Balance", "Credit"),  # the account as it stands (payment add / payment list)
}


def balance_words(cents: int, which: str, tag: str | None = None) -> tuple[str, str]:
    """("Balance due", "$60.00"), or ("Credit", "$40.00") below zero; with `tag`, the amount as
    that locale writes money ("60,00 US$" in Spain), else as the CLI writes it."""
    owed, credit = BALANCE_WORDS[which]

    def amount(value: int) -> str:
        return format_cents(value) if tag is None else money_text(value, tag)

    return (credit, amount(-cents)) if cents < 0 else (owed, amount(cents))


__all__ = ["BALANCE_WORDS", "NOTHING_TO_STATE", "StatementTotals", "balance_words", "nothing_to_state",
           "statement_totals"]

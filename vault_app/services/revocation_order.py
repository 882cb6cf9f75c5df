"""What went out under an authorization once its written revocation arrived, and the therapist's
word on a disclosure made the same day: did the letter come first? (45 CFR 164.508(b)(5)).

The day alone cannot tell (found by a walker: an export at 04:10 and a letter received at 04:15
were said to be a disclosure after the revocation, a breach to assess). The answer is kept in
the ledger, beside the revocation it speaks of, as the signed history of what the therapist said;
a later answer replaces an earlier one. Nothing said: the accounting lists the disclosure and
says it was the day of the revocation (domain/accounting_reliance.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from vault_app.domain.accounting_reliance import LETTER_ORDERS, LetterOrder, made_after_end, timing
from vault_app.domain.authorization import Authorization, Revocation
from vault_app.domain.clinical import require_date
from vault_app.domain.disclosure import DisclosureRecord
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.services import authorizations, export
from vault_app.services.vault import Vault

LETTER_ORDER = "authorization.letter_order"


@dataclass(frozen=True)
class AfterRevocation:
    """The disclosures under an authorization its revocation takes from the exclusion, oldest first."""

    after: tuple[DisclosureRecord, ...] = ()  # known to have gone out after the letter arrived
    same_day: tuple[DisclosureRecord, ...] = ()  # made the day it arrived, which came first not said

    def __bool__(self) -> bool:
        return bool(self.after or self.same_day)

    @property
    def listed(self) -> tuple[DisclosureRecord, ...]:
        """All of them: each is listed in the client's accounting."""
        return tuple(sorted((*self.after, *self.same_day), key=lambda r: (r.day, r.seq)))


def letter_orders(vault: Vault, client_id: str) -> dict[tuple[str, str], LetterOrder]:
    """(authorization id, disclosure id) -> what was said of the chart's same-day disclosures."""
    said: dict[tuple[str, str], LetterOrder] = {}
    for e in vault.ledger.client_entries(client_id, (LETTER_ORDER,)):
        auth_id, orders = e.payload.get("authorization_id"), e.payload.get("orders")
        if not isinstance(auth_id, str) or not isinstance(orders, dict):
            continue
        for disclosure_id, order in orders.items():
            if order in LETTER_ORDERS:
                said[(auth_id, str(disclosure_id))] = order
    return said


def _on_or_after(vault: Vault, auth: Authorization) -> list[DisclosureRecord]:
    """The delivered disclosures under `auth` made on or after the day its revocation arrived."""
    assert auth.revocation is not None
    ended = {auth.id: auth.revocation.received_on}
    found = [r for r in export.disclosures(vault, auth.client_id) if r.delivered and made_after_end(r, ended)]
    return sorted(found, key=lambda r: (r.day, r.seq))


def disclosed_after_revocation(vault: Vault, auth: Authorization) -> AfterRevocation:
    """What the revocation of `auth` takes from the exclusion: made on a later day than the letter
    arrived, or that day after it, or that day with nothing said (asked when it is recorded). A
    disclosure said to have gone out before the letter was made in reliance (164.508(b)(5)(i))."""
    if auth.revocation is None:
        return AfterRevocation()
    received = auth.revocation.received_on
    said = letter_orders(vault, auth.client_id)
    after: list[DisclosureRecord] = []
    same_day: list[DisclosureRecord] = []
    for r in _on_or_after(vault, auth):
        when = timing(received, r.day, said.get((auth.id, r.disclosure_id)))
        if when.relied:
            continue
        (after if when.known_after else same_day).append(r)
    return AfterRevocation(tuple(after), tuple(same_day))


def check_orders(vault: Vault, authorization_id: str, received_on: date | str,
                 orders: Mapping[str, LetterOrder]) -> None:
    """Refuse an order said of anything but a disclosure under the authorization made on
    `received_on`: asked before a revocation is recorded with its answers, so that a wrong id
    leaves nothing half done."""
    auth = authorizations.get_authorization(vault, authorization_id)
    received = require_date(received_on, "date the revocation was received", allow_future=False,
                            field="revocation_received_on")
    _check(vault, replace(auth, revocation=Revocation(received)), orders)


def _check(vault: Vault, auth: Authorization, orders: Mapping[str, LetterOrder]) -> None:
    assert auth.revocation is not None
    received = auth.revocation.received_on
    same_day = {r.disclosure_id for r in _on_or_after(vault, auth) if r.day == received}
    for disclosure_id, order in orders.items():
        if disclosure_id not in same_day:
            raise InvalidInput(f"Disclosure {disclosure_id} is not one under {auth.id} made on "
                               f"{received.isoformat()}, the day its revocation was received.",
                               code="revocation.order_not_same_day",
                               params={"id": disclosure_id})
        if order not in LETTER_ORDERS:
            raise InvalidInput(f"Say 'letter_first' or 'disclosure_first' for {disclosure_id}.",
                               code="revocation.order_unknown", params={"id": disclosure_id})


def said_orders(before_letter: Sequence[str], after_letter: Sequence[str]) -> dict[str, LetterOrder]:
    """The disclosures said to have gone out before the letter, and after it, as orders."""
    said: dict[str, LetterOrder] = dict.fromkeys(before_letter, "disclosure_first")
    for d in after_letter:
        if d in said:
            raise InvalidInput(f"Disclosure {d} is named both before and after the letter.",
                               code="revocation.order_twice", params={"id": d})
        said[d] = "letter_first"
    return said


def record_letter_order(vault: Vault, authorization_id: str, orders: Mapping[str, LetterOrder]) -> AfterRevocation:
    """Record which came first, the revocation's letter or each named disclosure made the day it
    arrived; what the revocation then takes from the exclusion."""
    if not orders:
        raise InvalidInput("Name a disclosure made the day the revocation arrived, and whether it went out "
                           "before or after the letter.", code="revocation.order_none")
    auth = authorizations.get_authorization(vault, authorization_id)
    if auth.revocation is None:
        raise RefusedByPolicy(f"{auth.label} has no revocation recorded.", code="revocation.not_recorded",
                              params={"id": auth.id})
    received = auth.revocation.received_on
    _check(vault, auth, orders)
    vault.ledger.append(LETTER_ORDER, {
        "authorization_id": auth.id, "client_id": auth.client_id, "received_on": received.isoformat(),
        "orders": dict(orders),
    })
    return disclosed_after_revocation(vault, auth)


__all__ = ["LETTER_ORDER", "AfterRevocation", "check_orders", "disclosed_after_revocation", "letter_orders",
           "record_letter_order", "said_orders"]

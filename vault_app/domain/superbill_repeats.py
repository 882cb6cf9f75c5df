"""A second superbill for services an earlier one already listed: a duplicate claim unless
the therapist means it (a lost copy, a corrected fee).

A superbill is what a client submits to their health plan for reimbursement; two of them for
the same date of service, both submitted, claim that service twice (a false claim:
31 U.S.C. § 3729(a)(1)(A)). Found on the real app: D-ce88466527 issued minutes after
D-4a0fac22de, for the same session, without a word. So a superbill that lists a session an
earlier superbill to the same addressee listed is issued only when asked for again, and then
says on its face which earlier one(s) it repeats, so that the plan (and the client) can tell
a replacement from a second claim.

What counts as earlier, and why:
- superbills only: a statement is not a claim (it states the account to the client);
- delivered only: a superbill whose file was never written reached nobody;
- the same addressee (the client, or the same guardian): under a split, each guardian's
  superbill for the same sessions is their own share, the expected pair, not a repeat.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from vault_app.domain.errors import RefusedByPolicy

SUPERBILL = "superbill"
CLIENT = "client"  # the addressee of a superbill sent to the client themselves


@dataclass(frozen=True)
class EarlierBill:
    """A billing document the ledger records for the client (ids and dates only, never a name)."""

    disclosure_id: str
    issued_on: date
    document: str  # "superbill" / "statement"
    addressee: str  # CLIENT or the guardian's id
    session_ids: tuple[str, ...]
    delivered: bool = True


@dataclass(frozen=True)
class Repeat:
    """An earlier superbill and the sessions it has in common with the one asked for."""

    disclosure_id: str
    issued_on: date
    session_ids: tuple[str, ...]


def repeats(earlier: Iterable[EarlierBill], session_ids: Iterable[str], addressee: str) -> tuple[Repeat, ...]:
    """The earlier superbills to `addressee` that listed any of `session_ids`, oldest first
    (`earlier` in the order they were issued)."""
    wanted = tuple(dict.fromkeys(session_ids))
    found = []
    for bill in earlier:
        if bill.document != SUPERBILL or not bill.delivered or bill.addressee != addressee:
            continue
        shared = tuple(s for s in wanted if s in bill.session_ids)
        if shared:
            found.append(Repeat(bill.disclosure_id, bill.issued_on, shared))
    # By day, and within a day in the order given (the ledger's, the order they were issued): an
    # id's letters say nothing of which came first.
    return tuple(sorted(found, key=lambda r: r.issued_on))


def repeated_days(found: Iterable[Repeat], days: Mapping[str, date]) -> tuple[date, ...]:
    """The dates of service the earlier superbills already listed (each once, in order)."""
    return tuple(sorted({days[s] for r in found for s in r.session_ids if s in days}))


class AlreadyIssued(RefusedByPolicy):
    """Refused until asked for again: the earlier superbills and the dates of service each shares
    ride along, so a screen can ask its question in its own language and dates (ids and dates only)."""

    def __init__(self, found: tuple[Repeat, ...], days: Mapping[str, date], *, again_hint: str) -> None:
        self.found = found
        self.each = tuple((r, repeated_days((r,), days)) for r in found)
        self.days = repeated_days(found, days)
        ids = ", ".join(r.disclosure_id for r in found)
        issued = ", ".join(sorted({r.issued_on.isoformat() for r in found}))
        listed = ", ".join(d.isoformat() for d in self.days)
        super().__init__(
            f"A superbill for these services was already issued on {issued} ({ids}): the sessions of {listed}. "
            "Both sent to a health plan claim those sessions twice.",
            hint=again_hint, code="superbill.already_issued", field="service_from",
            params={"ids": ids, "issued": issued, "days": listed})


__all__ = ["CLIENT", "SUPERBILL", "AlreadyIssued", "EarlierBill", "Repeat", "repeated_days", "repeats"]

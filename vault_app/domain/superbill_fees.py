"""Whether the services a superbill would list all have a fee, as data and a pure function.

A superbill is read by the client's plan as it reads the claim form, CMS-1500 (02/12) (NUCC 1500
Claim Form Reference Instruction Manual): item 24F "$ Charges", the charge for each service line,
and item 28 "Total Charge", their sum. A plan reimburses a share of the charge; a line without one
is a service it cannot pay, and a total without it understates the claim. Found by a walker: a
superbill issued with every line "no fee set" and a total of $0.00, without a word.

Refused (not warned) when ANY listed service has no fee, not only when all of them lack one: a
superbill with some lines unpriced misstates the charges (its total is less than what was
charged), the plan pays on the lesser total, and the client is left to find out; and, as with
the practice's details (domain/superbill_provider), a PDF the payer cannot use as it stands is a
disclosure of the client's diagnoses to no purpose. A statement (the client's own bill) still
says "no fee set" on the line and is made: the client reads it, no payer does. A "No charge"
session is priced (at nothing: domain/billing.session_priced) and is not refused.
"""

from __future__ import annotations

from collections.abc import Iterable

from vault_app.domain.billing import ADDON_KIND, Charge

SUPERBILL_FEES_CITATION = ("CMS-1500 (02/12) items 24F ($ Charges) and 28 (Total Charge); NUCC 1500 Claim Form "
                           "Reference Instruction Manual")
# The charges a superbill lists as service lines (a missed-appointment fee is not a service: statement only).
SERVICE_KINDS = frozenset({"session", ADDON_KIND})


def unpriced_services(charges: Iterable[Charge]) -> tuple[str, ...]:
    """The codes of the services listed with no fee set, each once, sorted: a superbill with any
    of them is refused (empty: it may be issued)."""
    return tuple(sorted({c.cpt_code or "?" for c in charges if c.kind in SERVICE_KINDS and not c.priced}))


def every_service_unpriced(charges: Iterable[Charge]) -> bool:
    """True when no service listed has a fee (the walker's $0.00 superbill), said so in the refusal;
    False when some have one, or there is no service."""
    services = [c for c in charges if c.kind in SERVICE_KINDS]
    return bool(services) and not any(c.priced for c in services)


__all__ = ["SERVICE_KINDS", "SUPERBILL_FEES_CITATION", "every_service_unpriced", "unpriced_services"]

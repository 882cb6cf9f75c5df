"""Money, payments and the missed-appointment fee policy, as data and pure functions.

Money is integer cents throughout (no floats: 0.1 + 0.2 is not 0.3). A payment never
holds a card number: PCI DSS (v4.0, requirement 3) puts any system that stores a
primary account number in scope, and a therapist's laptop should never be that system;
text that looks like one (a Luhn-valid run of 13 to 19 digits, ISO/IEC 7812-1) is refused.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any, Literal, get_args

from vault_app.domain.amounts import MAX_CENTS, parse_amount
from vault_app.domain.cpt_on_length import billed
from vault_app.domain.errors import InvalidInput
from vault_app.domain.locale_format import DEFAULT_LOCALE
from vault_app.domain.practice import luhn_valid  # one Luhn check (ISO/IEC 7812-1) for NPIs and card numbers

PaymentMethod = Literal["cash", "check", "card", "transfer", "hsa", "other"]
PAYMENT_METHODS: tuple[str, ...] = get_args(PaymentMethod)
_DIGIT_RUN = re.compile(r"\d(?:[ -]?\d){12,18}")


def parse_money(value: str | int, what: str = "amount", *, field: str = "") -> int:
    """'75', '75.5', '$75.50' -> cents; an int is already cents. Text is read as the US writes
    it (the CLI's, whatever the practice's locale); a form reads it in the practice's locale
    with amounts.parse_amount and passes cents."""
    if isinstance(value, bool):
        raise InvalidInput(f"The {what} must be an amount such as 75.00.")
    cents = value if isinstance(value, int) else parse_amount(value, DEFAULT_LOCALE, what, field=field)
    if not 0 <= cents <= MAX_CENTS:
        raise InvalidInput(f"The {what} must be between 0.00 and {MAX_CENTS // 100:,}.00.")
    return cents


def format_cents(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}${whole:,}.{part:02d}"


def looks_like_card_number(text: str) -> bool:
    """A Luhn-valid run of 13-19 digits (spaces or dashes between them allowed)."""
    return any(luhn_valid(re.sub(r"\D", "", match.group(0))) for match in _DIGIT_RUN.finditer(text or ""))


def refuse_card_number(text: str, what: str, *, field: str = "") -> str:
    if looks_like_card_number(text):
        raise InvalidInput(
            f"The {what} looks like a payment card number; card numbers are never stored here.",
            hint="Write only the method (card) or the last four digits.", code="payment.card_number", field=field,
        )
    return text


# --- the missed-appointment fee policy ------------------------------------------------------
@dataclass(frozen=True)
class FeePolicy:
    """What the practice charges for a no-show or a late cancellation (None: nothing)."""

    no_show_cents: int | None = None
    late_cancel_cents: int | None = None

    def fee_for(self, status: str) -> int | None:
        return {"no_show": self.no_show_cents, "late_cancel": self.late_cancel_cents}.get(status)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> FeePolicy:
        data = data or {}
        return cls(no_show_cents=data.get("no_show_cents"), late_cancel_cents=data.get("late_cancel_cents"))


# --- place of service ---------------------------------------------------------------------------
# CMS Place of Service code set (cms.gov, "Place of Service Code Set"): 11 office; 02
# telehealth provided other than in the patient's home; 10 telehealth provided in the
# patient's home (since 2022). The app records only "telehealth", so the statement asks
# which of 02/10 applies through the session's location: a location naming the home gives 10.
POS_OFFICE, POS_TELEHEALTH_OTHER, POS_TELEHEALTH_HOME = "11", "02", "10"
POS_DESCRIPTIONS: Mapping[str, str] = {
    POS_OFFICE: "Office",
    POS_TELEHEALTH_OTHER: "Telehealth (not in the patient's home)",
    POS_TELEHEALTH_HOME: "Telehealth in the patient's home",
}


def place_of_service(setting: str, location: str = "") -> str:
    if setting != "telehealth":
        return POS_OFFICE
    return POS_TELEHEALTH_HOME if "home" in (location or "").lower() else POS_TELEHEALTH_OTHER


# --- a client's account ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Charge:
    """A session's fee, its add-on codes' fee, or a missed-appointment fee."""

    on: date
    kind: str  # "session" / "addon" / "no_show" / "late_cancel"
    ref_id: str
    cpt_code: str
    cents: int
    units: int = 1
    priced: bool = True  # False: a code with no fee set, the session's own or an add-on (counted 0, said so)
    session_id: str = ""  # an add-on's session


def session_charge(fee_on_session: int | None, scheduled: int | None, billing_status: str) -> int:
    """What a session is charged: the fee kept on it (at attendance, or edited), else the
    schedule's for its code, else nothing; and nothing for a session marked "No charge",
    whatever its fee. Found: a "No charge" session kept the fee it had at attendance, on the
    account, the statement, and the superbill a health plan reimburses on."""
    if billing_status == "no_charge":
        return 0
    if fee_on_session is not None:
        return fee_on_session
    return scheduled or 0


def session_priced(fee_on_session: int | None, scheduled: int | None, billing_status: str) -> bool:
    """Whether a session's own code has a fee to charge (False: counted 0 and said so, "no fee
    set", as an add-on code with none is). A "No charge" session is priced: at nothing."""
    return billing_status == "no_charge" or fee_on_session is not None or scheduled is not None


def fee_to_keep(kept_on_session: int | None, scheduled_before: int | None) -> int | None:
    """What to write on a past session when the schedule's fee for one of its codes (its own
    code or an add-on code) is set, changed or removed: nothing when it has a fee of its own
    (it keeps it: past sessions are never repriced), else the fee the schedule charged it until
    then; nothing either when the code had none, so the session takes the first fee set for it.
    Found: a session's own code with no fee was kept at 0, so a therapist who recorded the first
    week's sessions and then filled in the fee schedule saw each at $0.00 (its add-on codes
    took the new fee)."""
    return None if kept_on_session is not None else scheduled_before


def fee_on_corrected_code(kept: tuple[int, str] | None, scheduled_for_new: int | None) -> tuple[str, int | None]:
    """What the fee kept on a session becomes when its CPT code is corrected (Correct session
    details…, a progress note's session box, `session update`): ("keep", None), ("set", cents)
    or ("clear", None). A fee kept from the schedule (at attendance) was the old code's: it
    becomes the schedule's fee for the new code, or none where that code has none (the session
    then reads "no fee set" and takes the first fee set for it, as one attended before its code
    had a fee). A fee set by hand ("edited": a sliding scale) is the therapist's and stays; a
    session with no fee of its own already follows the schedule. Found: a 45-minute session
    corrected to 55 minutes moved from 90834 to 90837 but kept 90834's fee, on the account and
    on the statement issued from it."""
    if kept is None or kept[1] != "schedule":
        return ("keep", None)
    return ("set", scheduled_for_new) if scheduled_for_new is not None else ("clear", None)


# --- add-on codes -------------------------------------------------------------------------------
# An add-on code (90785 interactive complexity, 90840 each further 30 minutes of crisis
# psychotherapy, 99354 ...) is billed beside its primary code, each unit at its own fee
# (AMA CPT: add-on codes are "performed in addition to the primary service", reported
# separately; CMS-1500 items 24F-24G: a line's charges and its units). Found: a session's
# add-on codes were listed on the superbill with their units and never priced, so neither
# the account, the statement nor the superbill counted them.
#
# A code with no fee set is counted 0 and said so ("no fee set"), never refused: recording a
# session is documentation, and a crisis session's 90840 units are suggested from its length;
# refusing the session over a billing setting would lose the therapist's record, or push them
# to drop a code that is true. The account, the superbill and the CLI warn instead.
ADDON_KIND = "addon"


def addon_units(addon_codes: Iterable[str]) -> dict[str, int]:
    """Each add-on code once, in the order first given, with its number of units."""
    units: dict[str, int] = {}
    for code in addon_codes:
        units[code] = units.get(code, 0) + 1
    return units


def addon_charges(session_id: str, on: date, addon_codes: Iterable[str], kept: Mapping[str, int],
                  schedule: Mapping[str, int], billing_status: str) -> tuple[Charge, ...]:
    """A session's add-on codes as charges: each code once, its units at the unit fee kept on the
    session, else the schedule's; none set, counted 0 and not priced. A "No charge" session
    charges nothing for its add-ons either."""
    out = []
    for code, units in addon_units(addon_codes).items():
        unit = kept.get(code, schedule.get(code))
        cents = 0 if billing_status == "no_charge" or unit is None else unit * units
        out.append(Charge(on, ADDON_KIND, f"{session_id}+{code}", code, cents, units,
                          priced=unit is not None or billing_status == "no_charge", session_id=session_id))
    return tuple(out)


def unpriced_codes(charges: Iterable[Charge]) -> tuple[str, ...]:
    """The codes counted 0 for want of a fee (sessions' own and add-on codes), each once, sorted."""
    return tuple(sorted({c.cpt_code for c in charges if not c.priced}))


def unpriced_warning(codes: tuple[str, ...]) -> str:
    listed = ", ".join(codes)
    return (f"No fee is set for code {listed}: it adds nothing to the charges until its fee is set in "
            "the fee schedule." if len(codes) == 1 else
            f"No fee is set for codes {listed}: they add nothing to the charges until their fees are set in "
            "the fee schedule.")


@dataclass(frozen=True)
class Payment:
    payment_id: str
    client_id: str
    paid_on: date
    amount_cents: int
    method: PaymentMethod
    reference: str = ""
    created_at: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Account:
    client_id: str
    charges: tuple[Charge, ...]
    payments: tuple[Payment, ...]

    @property
    def charged_cents(self) -> int:
        return sum(c.cents for c in self.charges)

    @property
    def paid_cents(self) -> int:
        return sum(p.amount_cents for p in self.payments)

    @property
    def balance_cents(self) -> int:
        """Positive: the client owes; negative: a credit."""
        return self.charged_cents - self.paid_cents

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(charged_cents=self.charged_cents, paid_cents=self.paid_cents, balance_cents=self.balance_cents)
        return data


# --- what a superbill lists -------------------------------------------------------------------
# A superbill is what the client sends their health plan to be reimbursed for services. A
# missed-appointment fee is not one: "not a charge for a service itself ... but rather a
# charge for a missed business opportunity", and plans do not pay it (CMS, Medicare Claims
# Processing Manual, Pub. 100-04, ch. 1, 30.3.13; CR 5613, 2007). Listed among a superbill's
# services it read as one, in the total a plan reimburses on. It stays on the statement,
# the client's own bill, and in the account.
MISSED_FEE_KINDS = frozenset({"no_show", "late_cancel"})
LISTED_CHARGES: Mapping[str, frozenset[str]] = {
    "superbill": frozenset({"session", ADDON_KIND}),
    "statement": frozenset({"session", ADDON_KIND}) | MISSED_FEE_KINDS,
}


def lists_charge(document: str, charge_kind: str) -> bool:
    """Whether a superbill or a statement lists a charge of this kind."""
    return charge_kind in LISTED_CHARGES[document]


def code_with_units(code: str, units: int) -> str:
    return code if units == 1 else f"{code} ×{units}"


# --- what a payment paid --------------------------------------------------------------------
# A payment is recorded against the client's account, never against a session or a fee
# (a client, a day, an amount). What it paid is therefore a rule, not a record: the account's
# charges oldest first (first in, first out, the usual convention for unapplied payments),
# whenever the payment was made. Found: a superbill counted only the payments dated inside
# its services' dates, so last month's sessions paid on the 2nd of this month read "Amount
# paid $0.00" to the health plan. Oldest first, each paid cent goes to exactly one charge:
# the superbills of two months never both count one payment.


_SAME_DAY_ORDER = {"session": 0, ADDON_KIND: 1}


def _oldest_first(charge: Charge) -> tuple[date, int, str]:
    # On the same day a session (then its add-on codes) comes before a missed-appointment fee:
    # a superbill lists the services, and of two equally old charges the paid one should be one.
    return charge.on, _SAME_DAY_ORDER.get(charge.kind, 2), charge.ref_id


def applied_oldest_first(charges: Iterable[Charge], paid_cents: int) -> dict[str, int]:
    """ref_id -> the cents of `paid_cents` applied to that charge, oldest charge first
    (every charge of the account listed, paid or not; what is left over is a credit)."""
    applied: dict[str, int] = {}
    left = max(paid_cents, 0)
    for charge in sorted(charges, key=_oldest_first):
        part = min(left, max(charge.cents, 0))
        applied[charge.ref_id] = part
        left -= part
    return applied


# --- what the Sessions tab says a session's billing is ----------------------------------------
# One truth for "paid": the account. Money is paid when a payment is recorded (a bookkeeper
# reconciles the deposits, not the marks on sessions), and a payment pays the oldest charges
# first (above). A billing status chosen by hand ("billed", "denied", "self-pay" ...) is the
# therapist's note on the claim, kept as chosen; but "paid" is not taken on trust: a session
# marked "paid" whose charge the recorded payments do not cover says so ("marked paid, not in
# the account") and still counts as owed, so a balance is never lowered by a mark. Found: the
# demo (and a therapist, through "Correct session details") marked sessions "paid" with no
# payment; the Sessions tab said paid while the account charged them in full.
#
# A session left "unbilled" (the default mark) that an issued superbill or statement lists was
# billed: the statement is the client's bill, the superbill what the client sends their health
# plan, and the vault records the sessions each lists (the disclosure's item ids). It says so,
# "billed (superbill issued)", until paid; a mark chosen by hand ("billed", "denied", "self-pay")
# stays the therapist's word. Found at month-end: sessions on an issued superbill and statement
# read "unbilled". A superbill is named before a statement: it is the one that goes to the payer.
#
# Whatever its code's fee: a session an issued document lists is billed even when nothing is
# charged for it (its code has no fee set, say after the therapist corrected a billed 90837 to
# 90834 by hand): the superbill the client holds still lists it. Found: the Sessions tab and
# `session list` said "unbilled" while the issued superbill listed the session.
#
# "paid" with nothing charged (no fee set, or a fee of 0.00) is a mark only: no payment exists,
# so it is not said as "Recorded payments cover this session" but as MARKED_PAID_NOTHING_CHARGED.
PAID, PART_PAID, MARKED_PAID_UNRECORDED = "paid", "part_paid", "marked_paid_unrecorded"
MARKED_PAID_NOTHING_CHARGED = "marked_paid_nothing_charged"
BILLED_SUPERBILL, BILLED_STATEMENT = "billed_superbill", "billed_statement"
# A session recorded with a progress note still being written: no visit and not charged until
# the note is signed (records migration 0104); its mark ("unbilled") would say it is owed.
DRAFT_ONLY = "draft_only"
SHOWN_BILLING_STATES: tuple[str, ...] = (PAID, PART_PAID, MARKED_PAID_UNRECORDED, MARKED_PAID_NOTHING_CHARGED,
                                         BILLED_SUPERBILL, BILLED_STATEMENT, DRAFT_ONLY)
ISSUED_BILLED: Mapping[str, str] = {"superbill": BILLED_SUPERBILL, "statement": BILLED_STATEMENT}
_UNBILLED = "unbilled"


def shown_billing_state(marked: str, charged_cents: int, applied_cents: int, issued_on: str = "") -> str:
    """What a session's billing is, from its mark and the account: its charge (own code and add-on
    codes), the cents of the recorded payments applied to it (applied_oldest_first), and the
    issued billing document that lists it, if any ("superbill" / "statement" / "")."""
    if marked == "no_charge":
        return marked
    if charged_cents <= 0:
        # nothing is owed: a "paid" said as a mark (no payment exists)
        if marked == PAID:
            return MARKED_PAID_NOTHING_CHARGED
    elif applied_cents >= charged_cents:
        return PAID
    elif applied_cents > 0:
        return PART_PAID
    elif marked == PAID:
        return MARKED_PAID_UNRECORDED
    # Billed by an issued document whatever its code's fee (one rule with the CPT code's,
    # domain/cpt_on_length.billed); a mark chosen by hand stays the therapist's word.
    if marked == _UNBILLED and billed(marked, issued_on in ISSUED_BILLED):
        return ISSUED_BILLED[issued_on]
    return marked


def billed_on(issued: Iterable[tuple[str, Iterable[str]]]) -> dict[str, str]:
    """session id -> "superbill" or "statement": the issued (delivered) billing documents, each as
    (its kind, the session ids it lists), told of each session; a superbill before a statement."""
    return {sid: document for sid, (document, _day) in
            issued_listing((document, date.min, sids) for document, sids in issued).items()}


def issued_listing(issued: Iterable[tuple[str, date, Iterable[str]]]) -> dict[str, tuple[str, date]]:
    """session id -> (document, day): as billed_on, with the day the document was issued, the
    latest of its kind (a superbill issued again lists the session as the client holds it now)."""
    found: dict[str, tuple[str, date]] = {}
    for document, day, session_ids in issued:
        if document not in ISSUED_BILLED:
            continue
        for sid in session_ids:
            had = found.get(sid)
            if had is None or (had[0] == document and day >= had[1]) or (
                    document == "superbill" and had[0] != "superbill"):
                found[sid] = (document, day)
    return found


def session_billing_states(marks: Mapping[str, str], charges: Iterable[Charge], paid_cents: int,
                           issued: Mapping[str, str] | None = None) -> dict[str, str]:
    """session id -> shown_billing_state, over the whole account (every charge, every payment);
    `issued`: session id -> the issued billing document listing it (billed_on)."""
    listed = tuple(charges)
    applied = applied_oldest_first(listed, paid_cents)
    charged: dict[str, int] = {}
    covered: dict[str, int] = {}
    for c in listed:
        owner = c.session_id if c.kind == ADDON_KIND else c.ref_id
        if c.kind in ("session", ADDON_KIND):
            charged[owner] = charged.get(owner, 0) + c.cents
            covered[owner] = covered.get(owner, 0) + applied.get(c.ref_id, 0)
    on = issued or {}
    return {sid: shown_billing_state(mark, charged.get(sid, 0), covered.get(sid, 0), on.get(sid, ""))
            for sid, mark in marks.items()}


def paid_through(payments: Iterable[Payment], on: date) -> int:
    """What was paid up to and including `on` (a superbill counts what was paid by its issue date)."""
    return sum(p.amount_cents for p in payments if p.paid_on <= on)


def split_cents(total: int, shares: tuple[int, ...]) -> tuple[int, ...]:
    """Split `total` by percentage `shares` (summing to 100); the rounding cent goes to the first."""
    if not shares or sum(shares) != 100 or any(s < 0 for s in shares):
        raise InvalidInput("The shares of a split must be whole percentages adding up to 100.",
                           code="billing.split_not_100")
    parts = [total * s // 100 for s in shares]
    parts[0] += total - sum(parts)
    return tuple(parts)


__all__ = [
    "ADDON_KIND",
    "BILLED_STATEMENT",
    "BILLED_SUPERBILL",
    "DRAFT_ONLY",
    "ISSUED_BILLED",
    "LISTED_CHARGES",
    "MARKED_PAID_NOTHING_CHARGED",
    "MARKED_PAID_UNRECORDED",
    "MAX_CENTS",
    "MISSED_FEE_KINDS",
    "PAID",
    "PART_PAID",
    "PAYMENT_METHODS",
    "POS_DESCRIPTIONS",
    "POS_OFFICE",
    "POS_TELEHEALTH_HOME",
    "POS_TELEHEALTH_OTHER",
    "SHOWN_BILLING_STATES",
    "Account",
    "Charge",
    "FeePolicy",
    "Payment",
    "PaymentMethod",
    "addon_charges",
    "addon_units",
    "applied_oldest_first",
    "billed_on",
    "code_with_units",
    "fee_on_corrected_code",
    "fee_to_keep",
    "format_cents",
    "issued_listing",
    "lists_charge",
    "looks_like_card_number",
    "luhn_valid",
    "paid_through",
    "parse_money",
    "place_of_service",
    "refuse_card_number",
    "session_billing_states",
    "session_charge",
    "session_priced",
    "shown_billing_state",
    "split_cents",
    "unpriced_codes",
    "unpriced_warning",
]

"""Restrictions on uses and disclosures (45 CFR 164.522(a)) as data and pure rules.

A client may ask the practice to restrict how their information is used or disclosed
for treatment, payment or health care operations. The practice may agree or refuse,
with one exception it must honour: a request not to disclose to a health plan, for
payment or operations, information about services the client paid for in full out of
pocket (164.522(a)(1)(vi)). An agreed restriction binds the practice (the gate enforces
it) but never stops a disclosure required by law, to the client, or for the other
164.512 purposes (164.522(a)(1)(v)); emergency treatment is the therapist's call
(164.522(a)(1)(iii)). Termination: by the client (in writing, or orally and documented)
at any time; by the practice, after telling the client, only for information created
afterwards, and never for the self-pay restriction (164.522(a)(2)).

What a restriction covers is the chart's kinds of information: the kinds a disclosure is
made of (progress notes, psychotherapy notes, billing) and the chart's documents (scans,
records from elsewhere), which ride with the complete open export. A request "not to send my
old hospital records" is about documents alone (164.522(a)(1)(i) covers any protected
health information); it could be recorded only as covering notes, or everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from vault_app.domain.authorization import INFO_KINDS
from vault_app.domain.errors import InvalidInput, Problem, RefusedByPolicy, said
from vault_app.domain.locale_format import DEFAULT_LOCALE, date_text
from vault_app.domain.named_party import name_words, same_party
from vault_app.domain.plurals import counted, noun

RestrictionKind = Literal["health_plan_self_pay", "other"]
RESTRICTION_KINDS: tuple[RestrictionKind, ...] = ("health_plan_self_pay", "other")
RestrictionStatus = Literal["requested", "agreed", "refused", "terminated"]
# The bases a restriction binds: treatment, payment, health care operations (164.522(a)(1)(i)).
BOUND_BASES = frozenset({"treatment", "payment", "training", "successor"})
SELF_PAY = "self_pay"  # the session's billing status for a service paid in full out of pocket
DOCUMENTS = "documents"  # the chart's attached documents (domain/clinical_documents.Attachment)
# What an "other" restriction may cover: the kinds of the items a disclosure is made of, and documents.
RESTRICTION_COVERS: tuple[str, ...] = (*INFO_KINDS, DOCUMENTS)


def parse_covers(values: object) -> tuple[str, ...]:
    """The kinds of information a restriction covers, sorted; empty: all of them."""
    if isinstance(values, str) or not hasattr(values, "__iter__"):
        raise InvalidInput("What a restriction covers is given as a list of kinds of information.")
    covers: set[str] = set()
    for value in values:
        kind = str(value).strip()
        if kind not in RESTRICTION_COVERS:
            raise InvalidInput(f"Unknown kind of information '{kind}'. A restriction covers progress, psychotherapy, "
                               "billing or documents (none named: all of them).")
        covers.add(kind)
    return tuple(sorted(covers))


@dataclass(frozen=True)
class Restriction:
    restriction_id: str
    client_id: str
    kind: RestrictionKind
    description: str
    requested_on: date
    status: RestrictionStatus = "requested"
    decided_on: date | None = None
    kinds: tuple[str, ...] = ()  # "other": the kinds of information it covers (empty: all)
    recipient: str = ""  # "other": the recipient it concerns (empty: any)
    terminated_on: date | None = None
    terminated_by: str = ""  # "client" or "practice"

    @property
    def label(self) -> str:
        return f"Restriction {self.restriction_id}"

    def covers(self, kind: str) -> bool:
        """Whether it covers information of `kind` (one naming no kind covers every kind)."""
        return not self.kinds or kind in self.kinds

    def active_on(self, day: date) -> bool:
        if self.status not in ("agreed", "terminated") or self.decided_on is None or self.decided_on > day:
            return False
        return self.terminated_on is None or day < self.terminated_on

    @property
    def in_force_since(self) -> date | None:
        """The day it began to bind: a self-pay request the day it was asked (self_pay_binds), any
        other once agreed; None: it has not bound."""
        if self.kind == "health_plan_self_pay":
            return self.requested_on
        return self.decided_on if self.status in ("agreed", "terminated") else None


def self_pay_binds(r: Restriction, on: date) -> bool:
    """Whether a request not to tell the health plan about services paid for in full binds a
    disclosure made `on`. The practice must agree to it (45 CFR 164.522(a)(1)(vi)), so it binds from
    the day the client asks, answered or not (found by a walker: "not answered yet", the self-paid
    sessions went to the plan); only the client ends it (164.522(a)(2)(i), (iii)), from that day."""
    if r.kind != "health_plan_self_pay" or r.requested_on > on:
        return False
    return r.terminated_on is None or on < r.terminated_on


# A restriction refused an answer or an end, by its status: one code each, its words say which.
_DECIDED_CODE: dict[str, str] = {"agreed": "restriction.already.agreed", "refused": "restriction.already.refused",
                                 "terminated": "restriction.already.terminated"}
_NOT_AGREED_CODE: dict[str, str] = {"requested": "restriction.not_agreed.requested",
                                    "refused": "restriction.not_agreed.refused",
                                    "terminated": "restriction.not_agreed.terminated"}


def check_decision(r: Restriction, agree: bool) -> None:
    if r.status != "requested":
        raise RefusedByPolicy(f"{r.label} was already {r.status}.", code=_DECIDED_CODE.get(r.status, ""),
                              params={"id": r.restriction_id})
    if not agree and r.kind == "health_plan_self_pay":
        raise RefusedByPolicy(
            "A restriction on disclosures to a health plan about services the client paid for in full out of "
            "pocket must be agreed to (45 CFR 164.522(a)(1)(vi)); it cannot be refused.",
            hint="Record it as agreed; the gate then keeps those sessions out of payment exports.",
            code="restriction.self_pay_must_agree", field="answer")


def check_termination(r: Restriction, by: str) -> None:
    if r.status != "agreed":
        raise RefusedByPolicy(f"{r.label} is {r.status}; only an agreed restriction can be terminated.",
                              code=_NOT_AGREED_CODE.get(r.status, ""), params={"id": r.restriction_id})
    if by not in ("client", "practice"):
        raise InvalidInput("A restriction is terminated by the client or by the practice.",
                           code="restriction.ended_by", field="ended_by")
    if by == "practice" and r.kind == "health_plan_self_pay":
        raise RefusedByPolicy(
            "The practice may not end a restriction on disclosures to a health plan about self-paid services "
            "(45 CFR 164.522(a)(2)(iii)); only the client can.", code="restriction.self_pay_client_ends",
            field="ended_by")


@dataclass(frozen=True)
class RestrictedItem:
    id: str
    kind: str
    day: date
    self_pay: bool


def bound_items(r: Restriction, items: tuple[RestrictedItem, ...], on: date) -> tuple[RestrictedItem, ...] | None:
    """The items `r` still binds in a disclosure made `on`, or None where it binds none.

    In force: every item. Ended by the practice (it told the client): the information created
    before the end stays restricted, since the practice's termination "is only effective with
    respect to protected health information created or received after it has so informed the
    individual" (45 CFR 164.522(a)(2)(iii)(B)); an item's day stands for when it was created.
    Ended by the client, refused or never answered: none."""
    if r.active_on(on):
        return items
    if (r.status == "terminated" and r.terminated_by == "practice" and r.terminated_on is not None
            and r.decided_on is not None and r.decided_on <= on):
        kept = tuple(i for i in items if i.day < r.terminated_on)
        return kept or None
    return None


def names_recipient(restricted: str, recipient: str) -> bool:
    """Whether a restriction on `restricted` (empty: any recipient) concerns `recipient`.

    Loose on purpose, towards refusing (named_party.same_party): case, spacing, accents, punctuation,
    look-alike letters, titles and credentials aside, the words of either name found in the other's
    in order, others allowed between ("Dr. Rivera" in "Dr. Maria Rivera", "Rivera, MD"; "Acme Health
    Plan" in "Acme Health Plan, Inc."). A refusal the therapist finds wrong is read and answered; a
    disclosure the client restricted cannot be taken back (found by a walker: "Dr. Maria Rivera" and
    "Rivera, MD" went out under a restriction on "Dr. Rivera", whose words had to be side by side)."""
    if not restricted.strip():
        return True
    if not name_words(restricted):  # punctuation only: as written
        return " ".join(restricted.casefold().split()) == " ".join(recipient.casefold().split())
    return same_party(restricted, recipient)


def still_binding_before_end(basis_kind: str, recipient: str, restrictions: tuple[Restriction, ...], on: date,
                             kind: str) -> tuple[Restriction, ...]:
    """The restrictions the practice ended that still bind, for this recipient, what was created
    before their end (164.522(a)(2)(iii)(B)) of information `kind`. The gate decides the notes
    and documents by their days; this is for the measures that ride with the notes."""
    if basis_kind not in BOUND_BASES:
        return ()
    return tuple(
        r for r in restrictions
        if r.kind == "other" and r.status == "terminated" and r.terminated_by == "practice"
        and r.terminated_on is not None and r.decided_on is not None and r.decided_on <= on
        and names_recipient(r.recipient, recipient) and r.covers(kind))


def restriction_refusals(basis_kind: str, recipient: str, items: tuple[RestrictedItem, ...],
                         restrictions: tuple[Restriction, ...], on: date,
                         locale: str = DEFAULT_LOCALE,
                         riders: tuple[RestrictedItem, ...] = ()) -> tuple[list[Problem], list[Problem]]:
    """(reasons, warnings) an agreed restriction gives for this disclosure, its dates in the
    practice's format (`locale`; found: "asked for on 2026-12-03" in the export wizard).
    `riders`: what goes with the items without being chosen (the chart's documents in the
    complete open export), bound by the restrictions covering their kind as the items are. Each
    is a Problem (domain/errors.py): its English, with the code a screen says it by."""

    def day(value: date | None) -> str:
        return date_text(value, locale) if value is not None else "-"

    if basis_kind not in BOUND_BASES:
        return [], []
    reasons: list[Problem] = []
    warnings: list[Problem] = []
    self_paid = [i for i in items if i.self_pay]
    if basis_kind == "payment" and self_paid:
        if any(self_pay_binds(r, on) for r in restrictions):
            days = ", ".join(day(d) for d in sorted({i.day for i in self_paid}))
            n, them = len(self_paid), noun(len(self_paid), "it", "them")
            reasons.append(said(
                "restriction.self_pay.one" if n == 1 else "restriction.self_pay",
                f"{counted(n, 'selected session')} ({days}) {noun(n, 'was', 'were')} paid in full out of pocket "
                f"and the client restricted disclosures about {them} to the health plan "
                f"(45 CFR 164.522(a)(1)(vi)); leave {them} out.", count=n, days=days))
        else:
            warnings.append(said(
                "restriction.self_pay_warning",
                "Some selected sessions were paid out of pocket: if the client asks you not to tell "
                "their health plan, you must agree (45 CFR 164.522(a)(1)(vi))."))
    for r in restrictions:
        if r.kind != "other":
            continue
        bound = bound_items(r, (*items, *riders), on)
        if bound is None:
            continue
        hit = [i for i in bound if r.covers(i.kind)]
        if hit and names_recipient(r.recipient, recipient):
            # Its description stays out of the reason: refusals can reach the ledger (manual disclosures).
            # Named by its days, not its id, and found where the therapist reads the refusal: in the
            # app (the id and "see 'restriction list'" meant nothing in the export wizard). Binding
            # once agreed is (a)(1)(iii); (a)(1)(ii) only says the practice need not agree.
            where = ("Its terms are on the chart's Requests tab, under Restrictions ('vault-app restriction list' "
                     "on the command line).")
            params: dict[str, str | int] = {"asked": day(r.requested_on)}
            if r.active_on(on):
                code = "restriction.agreed"
                params["agreed"] = day(r.decided_on)
                reason = (f"The restriction the client asked for on {day(r.requested_on)}, which you agreed "
                          f"to on {day(r.decided_on)}, restricts this disclosure (45 CFR 164.522(a)(1)(iii)).")
            else:
                code = "restriction.ended"
                params["ended"] = day(r.terminated_on)
                reason = (f"The restriction the client asked for on {day(r.requested_on)}, which you ended on "
                          f"{day(r.terminated_on)}, still restricts what was written before its end (45 CFR "
                          f"164.522(a)(2)(iii)(B)): leave out the items dated before {day(r.terminated_on)}.")
            carried = [i for i in hit if i in riders]
            if carried:
                code += ".carried" + (".one" if len(carried) == 1 else "")
                params["count"] = len(carried)
                reason += (f" This disclosure would carry {counted(len(carried), 'document')} of the chart that it "
                           "covers (the complete open export carries every document: send the notes with Export or "
                           "disclose instead).")
            reasons.append(said(code, f"{reason} {where}", **params))
    return reasons, warnings

__all__ = ["BOUND_BASES", "DOCUMENTS", "RESTRICTION_COVERS", "RESTRICTION_KINDS", "SELF_PAY", "RestrictedItem",
           "Restriction", "RestrictionKind", "RestrictionStatus", "bound_items", "check_decision", "check_termination",
           "name_words", "names_recipient", "parse_covers", "restriction_refusals", "self_pay_binds",
           "still_binding_before_end"]

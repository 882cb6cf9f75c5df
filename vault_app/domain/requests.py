"""Client requests under the Privacy Rule: access (164.524), amendment (164.526), accounting (164.528).

A request has a received date, a due date from the rule, at most one extension
with its written notice, and an outcome. Denials name their grounds, and each
ground knows whether the client may have it reviewed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from vault_app.domain.deadlines import DueState, Extension, due_date, due_state, rule_for
from vault_app.domain.denial_ground import Ground, fits
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.domain.locale_format import DEFAULT_LOCALE, date_text
from vault_app.domain.plurals import noun
from vault_app.domain.request_given import Given
from vault_app.domain.state_deadlines import extension_past_state
from vault_app.domain.state_minor_access import STATE_MINOR_GROUNDS, state_minor_refusal_words

RequestStatus = Literal["open", "granted", "partially_granted", "denied", "withdrawn"]
CLOSED: frozenset[str] = frozenset({"granted", "partially_granted", "denied", "withdrawn"})
# A closed request refused another answer: one code per status, its words say which.
_CLOSED_CODE: dict[str, str] = {
    "granted": "request.closed.granted", "partially_granted": "request.closed.partially_granted",
    "denied": "request.closed.denied", "withdrawn": "request.closed.withdrawn",
}


ACCESS_DENIAL_GROUNDS: dict[str, Ground] = {
    g.code: g
    for g in (
        Ground(
            "psychotherapy_notes",
            "The information requested is psychotherapy notes, which the law excepts from the right of access.",
            "45 CFR 164.524(a)(1)(i)",
        ),
        Ground(
            "legal_proceedings",
            "The information was compiled in reasonable anticipation of, or for use in, a civil, criminal or "
            "administrative action or proceeding.",
            "45 CFR 164.524(a)(1)(ii)",
        ),
        Ground(
            "confidential_source",
            "The information was obtained from someone other than a health care provider under a promise of "
            "confidentiality, and access would be reasonably likely to reveal the source.",
            "45 CFR 164.524(a)(2)(v)",
        ),
        Ground(
            "endangerment",
            "A licensed health care professional has determined that the access requested is reasonably likely "
            "to endanger the life or physical safety of you or another person.",
            "45 CFR 164.524(a)(3)(i)",
            reviewable=True,
        ),
        Ground(
            "harm_to_other_person",
            "The information refers to another person, and a licensed health care professional has determined "
            "that the access requested is reasonably likely to cause substantial harm to that person.",
            "45 CFR 164.524(a)(3)(ii)",
            reviewable=True,
        ),
        Ground(
            "representative_harm",
            "The request was made by a personal representative, and a licensed health care professional has "
            "determined that access by that representative is reasonably likely to cause substantial harm to "
            "you or another person.",
            "45 CFR 164.524(a)(3)(iii)",
            reviewable=True,
            only_for_representative=True,
            name="access by the personal representative is likely to cause substantial harm",
        ),
        # Not one of 164.524(a)'s grounds: the person who asked has no right of access to answer. The
        # right is the individual's, exercised by their personal representative (164.524(a)(1),
        # 164.502(g)); a parent's authority ends at the client's majority unless a court order keeps it
        # (164.502(g)(2)-(3)), and the practice verifies who asks (164.514(h)(1)). Found by a walker:
        # the father's request for his adult son stayed open and due, with no answer to give.
        Ground(
            "not_representative",
            "The request was made by someone who is not the client's personal representative under the law: "
            "the right of access belongs to the client, or to the person the law lets act for them (for an "
            "adult, a parent's authority has ended unless a court order says otherwise).",
            "45 CFR 164.502(g), 164.524(a)(1)",
            only_for_representative=True,
            name="the requester is not the client's personal representative",
            whole=True,
        ),
        # A state's own grounds against a parent's access to a minor's record (domain/state_minor_access).
        *STATE_MINOR_GROUNDS,
    )
}

AMENDMENT_DENIAL_GROUNDS: dict[str, Ground] = {
    g.code: g
    for g in (
        Ground(
            "not_created_here",
            "The information was not created by this practice, and the person who created it is available to act "
            "on your request.",
            "45 CFR 164.526(a)(2)(i)",
        ),
        Ground(
            "not_in_record_set",
            "The information is not part of the records this practice uses to make decisions about you "
            "(the designated record set).",
            "45 CFR 164.526(a)(2)(ii)",
        ),
        Ground(
            "not_available_for_inspection",
            "The information is not information you have a right to inspect.",
            "45 CFR 164.526(a)(2)(iii)",
        ),
        Ground(
            "accurate_and_complete",
            "The information is accurate and complete.",
            "45 CFR 164.526(a)(2)(iv)",
        ),
    )
}


def grounds_for(kind: str, codes: list[str] | tuple[str, ...]) -> list[Ground]:
    table = ACCESS_DENIAL_GROUNDS if kind == "access" else AMENDMENT_DENIAL_GROUNDS if kind == "amendment" else {}
    if not table:
        raise RefusedByPolicy("An accounting of disclosures cannot be denied: the client has the right to it (45 CFR "
                              "164.528(a)); produce it (it may only be suspended, 164.528(a)(2)).",
                              code="request.accounting_not_denied")
    if not codes:
        raise InvalidInput("Name at least one ground for the denial: " + ", ".join(table) + ".",
                           code="request.ground_missing", field="grounds")
    unknown = [c for c in codes if c not in table]
    if unknown:
        raise InvalidInput(f"Unknown {noun(len(unknown), 'ground')} {', '.join(unknown)}; "
                           f"choose from: {', '.join(table)}.", code="request.ground_unknown", field="grounds")
    return [table[c] for c in dict.fromkeys(codes)]


def grounds_offered(kind: str, by_representative: bool, *, state: str = "", age: int | None = None) -> list[Ground]:
    """The grounds a screen offers for denying a request of `kind` made by the client or by a
    personal representative, in the table's order: one that does not fit who asked is not offered
    (found in the real app: offered, then refused by its code). `state`, `age`: the license state and
    the client's age on the decision day, for a state's grounds about a minor (denial_ground.fits)."""
    table = ACCESS_DENIAL_GROUNDS if kind == "access" else AMENDMENT_DENIAL_GROUNDS if kind == "amendment" else {}
    return [g for g in table.values() if fits(g, by_representative, state=state, age=age)]


def mismatched_grounds(grounds: list[Ground], by_representative: bool, *, state: str = "",
                       age: int | None = None) -> list[str]:
    """Grounds that do not fit who asked, in plain words, never by code (empty: they all fit)."""
    return [
        state_minor_refusal_words(g) if g.state else
        f"The ground “{g.name or g.text}” ({g.citation}) applies only to a request made by a personal "
        "representative; this request was made by the client."
        for g in grounds if not fits(g, by_representative, state=state, age=age)
    ]


# The citation of the rule below: who may exercise the individual's rights (164.502(g)).
WHOLE_GROUND_CITATION = "45 CFR 164.502(g)"


def whole_ground_refusal(codes: list[str] | tuple[str, ...], *, released: bool) -> RefusedByPolicy | None:
    """A ground that answers the whole request (Ground.whole: "not_representative") stands alone:
    the one who asked is not the client's personal representative (164.502(g)), so the request is
    no exercise of the client's right of access at all. Its answer is a reply to the requester
    (letters.not_representative_reply); any other ground is one of 164.524(a)'s, answered by the
    client's letter (164.524(d)), and a part released would give the client's records to one with
    no right to them. Combined, the letter would be the wrong one or both (found in review: the CLI
    took `--ground not_representative --ground endangerment`). None: the codes may go together.
    Codes of no access ground are left to grounds_for."""
    whole = [ACCESS_DENIAL_GROUNDS[c] for c in dict.fromkeys(codes)
             if c in ACCESS_DENIAL_GROUNDS and ACCESS_DENIAL_GROUNDS[c].whole]
    if not whole:
        return None
    ground = whole[0]
    params = {"ground": ground.code, "citation": WHOLE_GROUND_CITATION}
    if len(dict.fromkeys(codes)) > 1:
        return RefusedByPolicy(
            f"The ground “{ground.name}” ({WHOLE_GROUND_CITATION}) answers the whole request and cannot be combined "
            "with another ground: its reply goes to the requester, the other grounds' letter to the client.",
            hint="Deny on that ground alone, or on the other grounds without it.",
            code="request.whole_ground_combined", field="grounds", params=params)
    if released:
        return RefusedByPolicy(
            f"The ground “{ground.name}” ({WHOLE_GROUND_CITATION}) denies the whole request: nothing of the "
            "client's records is released to one who is not their personal representative.",
            hint="Deny the whole request on that ground, with nothing released.",
            code="request.whole_ground_partial", field="granted", params=params)
    return None


@dataclass(frozen=True)
class ClientRequest:
    id: str
    client_id: str
    kind: str
    received_on: date
    description: str = ""
    status: RequestStatus = "open"
    extension: Extension | None = None
    decided_on: date | None = None
    granted: str = ""
    denied: str = ""
    grounds: tuple[str, ...] = ()
    explanation: str = ""
    note_ids: tuple[str, ...] = ()
    by_representative: bool = False
    # The recorded representative who made it (by_representative is then true); None: the client,
    # or a representative not recorded in the chart.
    guardian_id: str | None = None
    # One not recorded in the chart: their name and the authority they claim (claimed_authority.CLAIMS
    # code), so a denial on "not_representative" answers them and not the client. "": the client, a
    # recorded representative, or a request recorded before these were kept (its description says it).
    requester_name: str = ""
    requester_claim: str = ""
    # Amendment: the agreed change, and the dispute material linked to the record.
    amendment_text: str = ""
    disagreement: str = ""
    disagreement_on: date | None = None
    rebuttal: str = ""
    # What an access copy gave, as data (a screen says it in its language); None: granted before
    # the data was kept, or by words typed on the command line (`granted` alone says it).
    given: Given | None = None
    # An access request: what the client asked for (state_deadlines.ASKED_CODES: "inspect", "copies",
    # "both"), which sets the state deadline it is held to; "" not said (every state rule counts).
    asked: str = ""
    # Recorded as made by one the representative rules refuse: that rule's code (domain/refused_requester),
    # said in the screen's language; "" otherwise, or recorded before the code was kept.
    refused_rule: str = ""
    # A denied amendment: the day the client asked that the request and its denial go with later
    # disclosures of the notes (164.526(d)(1)(iii), (d)(5)(ii)); None: not asked.
    include_asked_on: date | None = None
    # Made by an adult member of a couple's or family's chart (their client id); "": not by a member.
    # The access copy then goes to that member (services/access_recipient).
    member_id: str = ""

    @property
    def original_due(self) -> date:
        return due_date(self.kind, self.received_on)

    @property
    def due_on(self) -> date:
        return self.extension.new_due if self.extension else self.original_due

    @property
    def closed(self) -> bool:
        return self.status in CLOSED

    def state_on(self, today: date, soon_days: int = 7) -> DueState:
        return due_state(self.due_on, today, closed=self.closed, soon_days=soon_days)

    def may_extend_on(self, today: date) -> bool:
        """The one extension is still possible: open, not extended, and the written notice can
        still go out within the first period (164.524(b)(2)(ii), 164.526(b)(2), 164.528(c)(1)(ii);
        deadlines.extend refuses it after)."""
        return not self.closed and self.extension is None and today <= self.original_due

    @property
    def label(self) -> str:
        return f"Request {self.id}"

    def check_open(self) -> None:
        if self.closed:
            raise RefusedByPolicy(f"{self.label} is already {self.status.replace('_', ' ')}.",
                                  code=_CLOSED_CODE[self.status], params={"id": self.id})

    def check_decision_date(self, day: date, locale: str = DEFAULT_LOCALE) -> None:
        if day < self.received_on:
            said, received = date_text(day, locale), date_text(self.received_on, locale)
            raise InvalidInput(f"The decision date {said} is before the request was received ({received}).",
                               code="request.decided_before_received", field="decided_on",
                               params={"day": said, "received": received})


@dataclass(frozen=True)
class LateDecision:
    days: int  # calendar days after the last day allowed
    due: date  # that last day: the first period's end, or the extension's
    citation: str


def decided_late(request: ClientRequest) -> LateDecision | None:
    """A decision recorded after the last day the rule allows for acting on the request (access
    30 days, 164.524(b)(2); amendment 60, 164.526(b)(2); accounting 60, 164.528(c)(1); each with
    its one extension): by how many days. None when on time, not decided yet, or withdrawn by
    the client (no decision of the practice's to be late)."""
    if request.decided_on is None or not request.closed or request.status == "withdrawn":
        return None
    days = (request.decided_on - request.due_on).days
    return LateDecision(days, request.due_on, rule_for(request.kind).citation) if days > 0 else None


@dataclass(frozen=True)
class WayForward:
    code: str
    citation: str


# An access request whose copy would hold nothing (the chart has no notes, or none in the dates
# asked): what the rule lets the practice do, in the order a screen offers them, each with when
# it is open. Nothing held is no ground for a denial; it is answered by saying so.
NOTHING_HELD_WAYS: tuple[WayForward, ...] = (
    # The copy of what the designated record set does hold (another kind, other dates).
    WayForward("copy_what_is_held", "45 CFR 164.524(c)(1)"),
    # Acted on within the period: the client told that nothing of it is held here (and, where
    # it is held elsewhere, where to ask).
    WayForward("close_nothing_held", "45 CFR 164.524(b)(2)(i), (d)(3)"),
    # The one extension, with its written notice inside the first period.
    WayForward("extend", "45 CFR 164.524(b)(2)(ii)"),
    # A part denied on a ground of the table, with its written denial.
    WayForward("deny", "45 CFR 164.524(d)"),
)


def ways_when_nothing_held(request: ClientRequest, today: date, *, held_otherwise: bool,
                           state: str = "") -> tuple[WayForward, ...]:
    """The ways forward for an open access request whose copy would hold nothing; `held_otherwise`:
    the chart holds records of the kinds the copy may hold at other dates or of a kind not chosen.
    `state`: the license state; where its deadline allows no extension, extending is not offered."""
    if request.kind != "access" or request.closed:
        return ()
    longest = request.original_due + timedelta(days=rule_for("access").extension_days)
    open_: dict[str, bool] = {"copy_what_is_held": held_otherwise, "close_nothing_held": True,
                              "extend": request.may_extend_on(today)
                              and extension_past_state(state, "access", request.received_on, longest,
                                                       asked=request.asked) is None,
                              "deny": True}
    return tuple(w for w in NOTHING_HELD_WAYS if open_[w.code])


__all__ = [
    "ACCESS_DENIAL_GROUNDS",
    "AMENDMENT_DENIAL_GROUNDS",
    "CLOSED",
    "NOTHING_HELD_WAYS",
    "WHOLE_GROUND_CITATION",
    "ClientRequest",
    "Ground",
    "LateDecision",
    "RequestStatus",
    "WayForward",
    "decided_late",
    "fits",
    "grounds_for",
    "grounds_offered",
    "mismatched_grounds",
    "ways_when_nothing_held",
    "whole_ground_refusal",
]

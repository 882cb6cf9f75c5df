"""Review of an access denial (45 CFR 164.524(a)(4), (d)(4)) as data and pure rules.

A denial on a reviewable ground (164.524(a)(3)) may be reviewed at the client's
request by a licensed health care professional the practice designates who did not
take part in the denial. The practice refers the request promptly, the reviewer
decides within a reasonable period, and the practice gives the client written notice
of the decision and acts on it. The rule sets no number of days: the due date the app
tracks is the practice's own target (default 30 days), which the therapist can change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from vault_app.domain.errors import Problem
from vault_app.domain.named_party import same_party
from vault_app.domain.requests import ClientRequest, grounds_for

ReviewDecision = Literal["upheld", "reversed", "partly_reversed"]
REVIEW_DECISIONS: tuple[ReviewDecision, ...] = ("upheld", "reversed", "partly_reversed")
DEFAULT_REVIEW_DAYS = 30
CITATION = "45 CFR 164.524(a)(4), (d)(4)"


@dataclass(frozen=True)
class Review:
    review_id: str
    request_id: str
    client_id: str
    requested_on: date
    reviewer_name: str
    reviewer_license: str
    took_no_part: bool
    referred_on: date
    due_on: date
    decision: str = ""
    decided_on: date | None = None
    explanation: str = ""

    @property
    def open(self) -> bool:
        return not self.decision

    def overdue(self, today: date) -> bool:
        return self.open and today > self.due_on


def review_problems(
    request: ClientRequest, *, reviewer_name: str, reviewer_license: str, took_no_part: bool, denier: str,
    requested_on: date, already_reviewed: bool,
) -> list[str]:
    """Every reason this review cannot be recorded as asked, with its citation (empty: it can)."""
    out: list[str] = []
    if request.kind != "access" or request.status not in ("denied", "partially_granted"):
        out.append(Problem(f"{request.label} is not a denied access request; only access denials are reviewed "
                           "(45 CFR 164.524(a)(4)).", code="review.not_access_denial", params={"id": request.id}))
        return out
    if not any(g.reviewable for g in grounds_for("access", request.grounds)):
        out.append(Problem("This denial rests only on grounds that are not reviewable (45 CFR 164.524(a)(1)-(2)); "
                           "the client may complain instead.", code="review.grounds_not_reviewable"))
    if already_reviewed:
        out.append(Problem(f"{request.label} already has a review.", code="review.already", params={"id": request.id}))
    if request.decided_on is not None and requested_on < request.decided_on:
        out.append(Problem("The review request is dated before the denial.", code="review.requested_before_denial"))
    if not reviewer_name.strip():
        out.append(Problem("Name the reviewing official (45 CFR 164.524(a)(4)).", code="review.reviewer_missing"))
    if not reviewer_license.strip():
        out.append(Problem("The reviewer must be a licensed health care professional: record their license "
                           "(45 CFR 164.524(a)(4)).", code="review.license_missing"))
    if not took_no_part:
        out.append(Problem("The reviewer must not have taken part in the original denial (45 CFR 164.524(a)(4)); "
                           "confirm that they did not.", code="review.took_part"))
    # The same person however written: titles, credentials, a middle initial or "(demo)" aside
    # (named_party.same_party; found by a walker: "Wren Puddlefoot" reviewed Dr. Wren Puddlefoot's denial).
    if denier.strip() and reviewer_name.strip() and same_party(denier, reviewer_name):
        out.append(Problem("You denied the request, so you cannot review it (45 CFR 164.524(a)(4)): designate "
                           "another licensed professional.", code="review.reviewer_is_denier"))
    return out


def due_date(referred_on: date, days: int | None = None) -> date:
    return referred_on + timedelta(days=DEFAULT_REVIEW_DAYS if days is None else days)


__all__ = ["CITATION", "DEFAULT_REVIEW_DAYS", "REVIEW_DECISIONS", "Review", "ReviewDecision", "due_date",
           "review_problems"]

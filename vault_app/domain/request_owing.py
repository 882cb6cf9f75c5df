"""What an access request still owes the client once it was decided (45 CFR 164.524(c)(1), (d)(1), (d)(4)).

A denial in part still owes the copy of the rest (164.524(d)(1)): "give access to whatever else can
be released". A review that reverses the denial, whole or in part, owes the copy of what the
reviewer released: the practice "must ... take other action as required by this section to carry
out the designated reviewing official's determination" (164.524(d)(4)), that is provide the access
(164.524(c)(1)). Found by a walker (W12): a reversal marked the request "granted" with nothing given,
the copy refused as "already granted", and no list counting it as owed.
"""

from __future__ import annotations

from vault_app.domain.request_requester_review import NEEDS_REVIEW
from vault_app.domain.request_review import Review
from vault_app.domain.requests import ClientRequest

CITATION_REST = "45 CFR 164.524(d)(1)"
CITATION_RELEASED = "45 CFR 164.524(d)(4), (c)(1)"

NOTHING, REST, RELEASED = "", "rest", "released"
# The reviewer's decisions that open access the denial had closed (domain/request_review.REVIEW_DECISIONS).
OPENS_ACCESS: frozenset[str] = frozenset({"reversed", "partly_reversed"})


def copy_owed(request: ClientRequest, review: Review | None) -> str:
    """RELEASED: a review reversed the denial (whole or in part) and no copy was given since its
    decision; REST: denied in part, the rest never given; NOTHING: nothing owed by a decision (an
    open request is owed by its due date, not here)."""
    if request.kind != "access" or not request.closed:
        return NOTHING
    if (review is not None and review.decision in OPENS_ACCESS and review.decided_on is not None
            and request.status in ("granted", "partially_granted")):
        # A copy given on the decision's day or after answers it; one given before it held none of
        # what the reviewer released.
        given = request.given
        given_on = None if given is None else given.on or request.decided_on
        return RELEASED if given_on is None or given_on < review.decided_on else NOTHING
    if request.status == "partially_granted" and request.given is None:
        return REST
    return NOTHING


# The status a list says of a request a review reversed whose copy is not given yet. Found: the
# Requests window, the chart's Requests tab and `request list` said "granted" while the copy the
# practice must give (164.524(d)(4), (c)(1)) was owed and falling due.
COPY_OWED = "copy_owed"


def status_said(status: str, owed: str, review: str = "") -> str:
    """The request's status as a list says it: COPY_OWED while a reversal's copy is owed;
    NEEDS_REVIEW while an open request's requester may no longer receive its copy (`review`: why,
    domain/request_requester_review.review_needed); else the status kept (a denial in part owing
    its rest says "partially granted", which says so)."""
    if owed == RELEASED:
        return COPY_OWED
    return NEEDS_REVIEW if review and status == "open" else status


__all__ = ["CITATION_RELEASED", "CITATION_REST", "COPY_OWED", "NEEDS_REVIEW", "NOTHING", "OPENS_ACCESS", "RELEASED",
           "REST", "copy_owed", "status_said"]

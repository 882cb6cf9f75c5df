"""Which denied amendment requests go with a later disclosure of the notes they concern
(45 CFR 164.526(d)(5)).

(d)(5)(i): when the client filed a statement of disagreement, the request, the denial, the
statement and any rebuttal (or an accurate summary) go with every later disclosure of the
information the disagreement relates to. (d)(5)(ii): when the client filed none, the request and
its denial go only if the client asked for that ((d)(1)(iv); the denial letter offers it). Found by
a walker: every denied request went with every later disclosure, so an authorization describing
"progress notes" let out the client's request and the denial the client never asked to send.
"""

from __future__ import annotations

from vault_app.domain.requests import ClientRequest

CITATION = "45 CFR 164.526(d)(5)"
# The client's ask that the request and the denial go with later disclosures, said in the denial
# ((d)(1)(iii)); the statement of disagreement the client may file ((d)(2), said in (d)(1)(ii)).
ASK_CITATION = "45 CFR 164.526(d)(1)(iii)"
STATEMENT_CITATION = "45 CFR 164.526(d)(2)"


def goes_with_disclosures(*, kind: str, status: str, disagreement_filed: bool, client_asked: bool) -> bool:
    """A request of `kind` with `status` goes with later disclosures of its notes (164.526(d)(5)).
    An accepted amendment is not this rule's: the amendment itself is part of the note (164.526(c))."""
    if kind != "amendment" or status != "denied":
        return False
    return disagreement_filed or client_asked


def request_goes(q: ClientRequest) -> bool:
    """goes_with_disclosures for a recorded request."""
    return goes_with_disclosures(kind=q.kind, status=q.status, disagreement_filed=bool(q.disagreement),
                                 client_asked=q.include_asked_on is not None)


def goes_with_these_notes(q: ClientRequest, held: tuple[str, ...] | frozenset[str] | set[str]) -> bool:
    """request_goes, and the disclosure holds one of the notes it is about: the rule sends the dispute
    "with any subsequent disclosure of the protected health information to which the disagreement
    relates" (164.526(d)(5)(i)), not with every disclosure of the chart (a left-out draft's, or a
    psychotherapy note's when those notes stay out)."""
    return request_goes(q) and not set(q.note_ids).isdisjoint(held)


def may_ask_inclusion(*, kind: str, status: str, refused_requester: bool, asked: bool) -> bool:
    """The client's ask (164.526(d)(1)(iii)) answers a denied amendment of the client's: a refused
    requester's (not_representative) is no denial of the client's, and it is asked once."""
    return kind == "amendment" and status == "denied" and not refused_requester and not asked


__all__ = ["ASK_CITATION", "CITATION", "STATEMENT_CITATION", "goes_with_disclosures", "goes_with_these_notes",
           "may_ask_inclusion", "request_goes"]

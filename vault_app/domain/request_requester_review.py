"""An access request whose requester's standing changed after it was made: a recorded personal
representative who may no longer receive the client's records (recorded as not allowed to sign with no
basis for having the records, declined under 45 CFR 164.502(g)(5), their authority ended). The copy goes
neither to them nor, in answer to their request, to the client (domain/who_acts.REQUESTER_NO_LONGER): the
request needs the therapist's review, and every place that says a request's status says so, why and what
to do (found: the copy's window greyed them, while the Requests window, the chart's Requests tab, the
request's window and `request list` said an ordinary "open").

The two ways out: deny it as made by one who is not the client's personal representative (the letter goes
to them), or record the basis on which they have the records (the custody order, the state's law), and the
copy goes to them."""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.domain.who_acts import REQUESTER_NO_LONGER, REQUESTER_WHY

CITATION = REQUESTER_NO_LONGER.citation
# The status a list says of such a request (domain/request_owing.status_said).
NEEDS_REVIEW = "needs_review"

# Why, in the few words a list's status column holds, by the rule that now refuses the requester (its code:
# the keys of who_acts.REQUESTER_WHY, whose longer words the request's own window and `request show` say).
REASONS: Mapping[str, str] = {
    "limited_authority": "the requester may no longer sign",
    "declined": "the requester was declined as representative",
    "parent_past_majority": "the client has come of age",
    "authority_ended": "the requester's authority ended",
    "not_yet_in_force": "the requester's authority has not begun",
    "authority_ended_at_death": "the client's death ended the requester's authority",
    "foster_without_order": "a foster parent with no court order",
}
assert set(REASONS) == set(REQUESTER_WHY), "a reason without its few words"

# What settles it, as the command line says it (the window says it in its own words).
DENY_COMMAND = "request deny {id} --ground not_representative"
BASIS_COMMAND = "guardian update {client} {guardian} --records-access BASIS"


def review_needed(kind: str, *, closed: bool, guardian_id: str | None, why: str) -> str:
    """`why` (the refusing rule's code) when the request needs review: an open access request a recorded
    representative made, who may no longer receive its copy; "" otherwise (decided: the decision
    answered them; the client's own: the client receives it)."""
    return why if kind == "access" and not closed and guardian_id and why else ""


def reason(why: str) -> str:
    """The few words for a list; a rule without its own words still says the request needs review."""
    return REASONS.get(why, "the requester may no longer receive the records")


__all__ = ["BASIS_COMMAND", "CITATION", "DENY_COMMAND", "NEEDS_REVIEW", "REASONS", "reason", "review_needed"]

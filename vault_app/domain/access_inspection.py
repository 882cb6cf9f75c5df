"""An access request granted by inspection: the client reads the record at a time and place the
practice arranges, and no copy is made (45 CFR 164.524(c)(2)(i), (c)(3)(i)).

The request window could grant access only by making password-protected copies, logged as
disclosures, for a client who asked only to inspect the record (found by a walker, W14). The
rules here say when an inspection answers the request: an access request, asked to inspect
(not copies only: the form the client asked for, 164.524(c)(2)(i); asked for both, the inspection
answers its part and the copy stays owed), arranged for a day from its
receipt up to its due date (access is given within the time allowed, 164.524(b)(2)).
"""

from __future__ import annotations

from datetime import date

from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.domain.locale_format import DEFAULT_LOCALE, date_text
from vault_app.domain.requests import ClientRequest

CITATION = "45 CFR 164.524(c)(2)(i), (c)(3)(i)"
# What the client asked for (domain/state_deadlines.ASKED_CODES) that an inspection answers whole;
# "" is a request recorded before the form asked.
ANSWERED_BY_INSPECTION = ("inspect", "")
# Asked to inspect AND for copies: the individual may ask to "inspect and obtain a copy"
# (164.524(a)(1)), and access is given in the form asked (164.524(c)(2)(i)), at a convenient time and
# place "to inspect or obtain a copy" (164.524(c)(3)(i)). The inspection answers its part; the request
# stays open, the copy owed by its due date. Found: the inspection of such a request was refused.
INSPECTION_THEN_COPY = ("both",)
CITATION_BOTH = "45 CFR 164.524(a)(1), (c)(2)(i), (c)(3)(i)"
_WORDS = "inspection of the record on "


def inspection_closes(q: ClientRequest) -> bool:
    """Whether the inspection grants the request (asked to inspect only), or leaves it open for the
    copy also asked ("both")."""
    return q.asked not in INSPECTION_THEN_COPY


def inspection_arranged(q: ClientRequest) -> str:
    """The inspection a request asked for both recorded before its copy (inspection_words), or ""."""
    if q.asked not in INSPECTION_THEN_COPY or not q.granted.startswith(_WORDS):
        return ""
    return q.granted.split("; ", 1)[0]


def granted_with_inspection(q: ClientRequest, granted: str) -> str:
    """What a request granted says it gave: for one asked for both whose inspection was recorded
    while it was open, the inspection and then the copy (the copy's words alone lost it)."""
    arranged = "" if q.closed else inspection_arranged(q)
    if not arranged:
        return granted
    return f"{arranged}; {granted}" if granted else arranged


def inspection_refusal(q: ClientRequest, inspect_on: date, due: date,
                       locale: str = DEFAULT_LOCALE) -> InvalidInput | RefusedByPolicy | None:
    """Why this request cannot be granted by an inspection on `inspect_on` (None: it can).
    `due`: the last day the request may be acted on (the license state's or HIPAA's)."""
    if q.kind != "access":
        return RefusedByPolicy("Only an access request is granted by an inspection of the record.",
                               code="request.inspection_only_access")
    if q.asked not in (*ANSWERED_BY_INSPECTION, *INSPECTION_THEN_COPY):
        return RefusedByPolicy(
            "The client asked for copies: an inspection does not answer that; give the copy "
            "(45 CFR 164.524(c)(2)(i)).", code="request.inspection_not_asked", params={"asked": q.asked})
    if inspect_on < q.received_on:
        day, received = date_text(inspect_on, locale), date_text(q.received_on, locale)
        return InvalidInput(f"The inspection on {day} is before the request was received ({received}).",
                            code="request.inspection_before_received", field="inspect_on",
                            params={"day": day, "received": received})
    if inspect_on > due:
        day, last = date_text(inspect_on, locale), date_text(due, locale)
        return InvalidInput(
            f"The inspection on {day} is after the request is due ({last}): access is given within the time "
            "allowed (45 CFR 164.524(b)(2)). Arrange an earlier day, or extend the request first.",
            code="request.inspection_past_due", field="inspect_on", params={"day": day, "due": last})
    return None


def inspection_words(inspect_on: date, place: str, locale: str = DEFAULT_LOCALE) -> str:
    """What was granted, as the request's record keeps it (English, as its other decisions)."""
    return f"{_WORDS}{date_text(inspect_on, locale)} at {place}"


__all__ = ["ANSWERED_BY_INSPECTION", "CITATION", "CITATION_BOTH", "INSPECTION_THEN_COPY", "granted_with_inspection",
           "inspection_arranged", "inspection_closes", "inspection_refusal", "inspection_words"]

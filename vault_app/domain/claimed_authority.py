"""A request made by someone not recorded in the chart as the client's personal representative: the
authority they claim, and whether it can hold on the day the request is received.

The right of access (45 CFR 164.524(a)(1)) is the individual's, exercised by their personal
representative (164.502(g)(1)). Who that is: for an adult, a person with authority to act for them
in health care decisions (164.502(g)(2): a court-appointed guardian, an agent under a health care
power of attorney); for a minor, a parent, guardian or person in loco parentis (164.502(g)(3));
for a deceased client, the executor or administrator (164.502(g)(4)). A parent's authority ends at
the age of majority unless a court order says otherwise (domain/representatives.py: the same rule,
"parent_past_majority", for a recorded guardian).

Found by a walker: "a personal representative not recorded in the chart" was recorded for an adult
client's father with no name, no authority and no check; the request stayed open, due on the
dashboard. Each claimed authority is one row of `CLAIMS`; `claim_refusal` is the pure test.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ClaimedAuthority = Literal["parent", "adult_guardian", "health_care_poa", "executor", "other"]


@dataclass(frozen=True)
class Claim:
    code: ClaimedAuthority
    words: str  # as the form offers it
    citation: str
    minor_only: bool  # exists only while the client is a minor (164.502(g)(3))


CLAIMS: tuple[Claim, ...] = (
    Claim("parent", "Parent or guardian of a minor", "45 CFR 164.502(g)(3)", minor_only=True),
    Claim("adult_guardian", "Court-appointed guardian or conservator (court order)", "45 CFR 164.502(g)(2)",
          minor_only=False),
    Claim("health_care_poa", "Health care power of attorney", "45 CFR 164.502(g)(2)", minor_only=False),
    Claim("executor", "Executor or administrator of a deceased client's estate", "45 CFR 164.502(g)(4)",
          minor_only=False),
    Claim("other", "Other (say which in Details)", "45 CFR 164.502(g)", minor_only=False),
)
CLAIM_CODES: tuple[str, ...] = tuple(c.code for c in CLAIMS)
NOT_REPRESENTATIVE = "request.requester_not_representative"
CITATION = "45 CFR 164.502(g)(2)-(3), 164.524(a)(1)"


@dataclass(frozen=True)
class ClaimRefusal:
    """Why the claimed authority cannot make the person the client's representative: `code` names
    the words (a screen's, in its language), `message` is the core's English."""

    code: str
    citation: str
    message: str


def claim_of(code: str) -> Claim | None:
    return next((c for c in CLAIMS if c.code == code), None)


def claim_refusal(code: str, client_age: int | None, age_of_majority: int) -> ClaimRefusal | None:
    """None when the authority claimed can hold for a client of `client_age` (None: no date of birth,
    nothing to judge); else why not. A parent of an adult: ended at the age of majority, unless a court
    order appointed them (then they claim "adult_guardian", and the order is what to ask for)."""
    claim = claim_of(code)
    if claim is None or client_age is None:
        return None
    adult = client_age >= age_of_majority
    if claim.minor_only and adult:
        return ClaimRefusal(
            NOT_REPRESENTATIVE, "45 CFR 164.502(g)(2)-(3)",
            f"The client is {client_age} and has reached the age of majority ({age_of_majority}): a parent's "
            "authority has ended (45 CFR 164.502(g)(3)), so this person is not the client's personal "
            "representative, unless a court order appointed them. The right of access is the client's "
            "(45 CFR 164.524(a)(1)).")
    return None


__all__ = ["CITATION", "CLAIMS", "CLAIM_CODES", "NOT_REPRESENTATIVE", "Claim", "ClaimRefusal", "ClaimedAuthority",
           "claim_of", "claim_refusal"]

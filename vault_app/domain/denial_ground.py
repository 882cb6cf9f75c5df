"""A ground for denying a client's request: the letter's words, the law, and whom it fits.

Split from domain/requests.py so that a state's own grounds (domain/state_minor_access) are data of
the same shape without an import circle; requests.py re-exports Ground."""

from __future__ import annotations

from dataclasses import dataclass

# A state ground for a minor's record answers a parent's request only while the client is a minor.
AGE_OF_MAJORITY = 18


@dataclass(frozen=True)
class Ground:
    code: str
    text: str  # plain words, as the letter states the basis
    citation: str
    reviewable: bool = False
    # Some grounds exist only for one kind of requester (164.524(a)(3)(iii): a personal representative).
    only_for_representative: bool = False
    # What the ground is, in a few words, for a refusal naming it (its code is no one's words).
    name: str = ""
    # It answers the whole request, not a part of it (the requester has no right to any of it).
    whole: bool = False
    # A state's own ground (its USPS code): only in a practice licensed there, only for a personal
    # representative's request about a client who is a minor, aged at least `min_age`.
    state: str = ""
    min_age: int = 0
    # The state's own review of the denial (domain/state_denial_review) goes with this ground.
    state_review: bool = False


def fits(ground: Ground, by_representative: bool, *, state: str = "", age: int | None = None) -> bool:
    """The ground may be given for a request made by the client (False) or by a personal
    representative (True): 164.524(a)(3)(iii) only for the latter; a state's ground only in that
    state, for a representative's request while the client (`age` on the decision day; None: no
    date of birth on the chart) is a minor old enough for it."""
    if ground.state:
        return (by_representative and state.strip().upper() == ground.state and age is not None
                and ground.min_age <= age < AGE_OF_MAJORITY)
    return by_representative or not ground.only_for_representative


__all__ = ["AGE_OF_MAJORITY", "Ground", "fits"]

"""A state's own review of a denied access request, said in the denial letter beside HIPAA's.

HIPAA gives a client denied access on a reviewable ground a review by a licensed professional who
took no part in the denial (45 CFR 164.524(a)(4), (d)(4)). A state may give more (45 CFR 160.203(b):
a law more stringent for the individual's access stands), and the letter is where the client learns of
it (found by a walker, New York: the letter named HIPAA's review only):

- New York, Public Health Law 18(4): a client denied access on the section's grounds (substantial and
  identifiable harm) may obtain, without cost, a review of the denial by a Medical Record Access Review
  Committee appointed by the Commissioner of Health.
- California, Health & Safety Code 123115(b): where a provider declines to let a patient see mental
  health records because of a substantial risk of significant adverse or detrimental consequences, the
  patient may name a licensed physician, psychologist, marriage and family therapist, clinical social
  worker or professional clinical counselor, who may inspect or receive a copy of them.

Said only where the denial has a reviewable ground: psychotherapy notes (a practitioner's personal notes
in New York's words) are outside both sections as they are outside HIPAA's right of access. Like the
state deadlines (domain/state_deadlines), neither section's own text was read here: each says so.
"""

from __future__ import annotations

from dataclasses import dataclass

CHECKED_ON = "2026-12-06"


@dataclass(frozen=True)
class StateReview:
    state: str  # the license state's USPS code
    citation: str
    paragraph: str  # the letter's words; {who}: whom to write to, {phone}: their telephone
    verified: bool  # True only when the section's own text was read
    how_checked: str
    checked_on: str = CHECKED_ON


STATE_REVIEWS: dict[str, StateReview] = {
    "NY": StateReview(
        "NY", "N.Y. Public Health Law 18(4)",
        "New York law also gives you the right to a review of this denial, without cost, by a Medical Record "
        "Access Review Committee appointed by the Commissioner of Health (N.Y. Public Health Law 18(4)). To ask "
        "for it, write to {who} (telephone {phone}); we will send your request and the records to the committee.",
        False,
        "the New York State Department of Health's memorandum and patient leaflet on section 18 (access review "
        "committees); the paragraph's own text was not read here"),
    "CA": StateReview(
        "CA", "Cal. Health & Safety Code 123115(b)",
        "California law also lets you name a licensed physician, psychologist, marriage and family therapist, "
        "clinical social worker or professional clinical counselor, who may inspect or receive a copy of the "
        "records we have withheld (Cal. Health & Safety Code 123115(b)). To name one, write to {who} "
        "(telephone {phone}).",
        False,
        "published digests of California health-records law on mental health records (section 123115(b)); the "
        "official text (leginfo.legislature.ca.gov) was not read here"),
}


def review_for(state: str) -> StateReview | None:
    """The license state's own review of an access denial, or None."""
    return STATE_REVIEWS.get(state.strip().upper())


__all__ = ["CHECKED_ON", "STATE_REVIEWS", "StateReview", "review_for"]

"""A state's own grounds to deny a parent's access to a minor's record.

HIPAA leaves a parent's access to a minor's record to state law where the law speaks
(45 CFR 164.502(g)(3)(ii)(A)-(B)); its own ground against a representative (164.524(a)(3)(iii),
substantial harm) is narrower than these. Found by a walker: a California or New York practice could
cite only HIPAA's grounds against a parent's request.

- California, Health & Safety Code 123115(a)(2): the representative of a minor is not entitled to
  inspect or copy the minor's records where the provider determines that access would have a
  detrimental effect on the provider's professional relationship with the minor or on the minor's
  physical safety or psychological well-being. No review is attached to the decision (123115(b)'s
  review is the patient's own, of mental health records withheld from the patient).
- New York, Public Health Law 18(3)(c): the practitioner may deny a parent's or guardian's access to
  a minor's record where access would have a detrimental effect on the practitioner's professional
  relationship with the minor, on the minor's care and treatment, or on the minor's relationship with
  the parent or guardian; and a minor 12 or older who is told of the request and objects may have it
  denied. A denial under subdivision 3 carries 18(4)'s review by a Medical Record Access Review
  Committee (domain/state_denial_review).

Neither section's own text was read here (as in domain/state_deadlines and state_denial_review):
`verified` says so, and the letter cites the section for the practice to check.
"""

from __future__ import annotations

from vault_app.domain.denial_ground import Ground

CHECKED_ON = "2026-12-06"
# False until someone reads each section's own text (leginfo.legislature.ca.gov; the NY Consolidated Laws).
VERIFIED = False
HOW_CHECKED = ("secondary summaries of Cal. Health & Safety Code 123115(a) and N.Y. Public Health Law 18(3); "
               "the sections' own text was not read here")

STATE_MINOR_GROUNDS: tuple[Ground, ...] = (
    Ground(
        "ca_minor_detriment",
        "The request was made by the representative of a minor, and we have determined that access to the records "
        "by the representative would have a detrimental effect on our professional relationship with the minor "
        "or on the minor's physical safety or psychological well-being.",
        "Cal. Health & Safety Code 123115(a)(2)",
        only_for_representative=True,
        name="access by the minor's representative would be detrimental (California)",
        state="CA",
    ),
    Ground(
        "ny_minor_detriment",
        "The request was made by the parent or guardian of a minor, and the practitioner has determined that "
        "access would have a detrimental effect on the practitioner's professional relationship with the minor, "
        "on the minor's care and treatment, or on the minor's relationship with the parent or guardian.",
        "N.Y. Public Health Law 18(3)(c)",
        only_for_representative=True,
        name="access by the minor's parent or guardian would be detrimental (New York)",
        state="NY", state_review=True,
    ),
    Ground(
        "ny_minor_objects",
        "The request was made by the parent or guardian of a minor aged 12 or older, who was told of the "
        "request and objects to it.",
        "N.Y. Public Health Law 18(3)(c)",
        only_for_representative=True,
        name="the minor, 12 or older, objects to the parent's or guardian's access (New York)",
        state="NY", min_age=12, state_review=True,
    ),
)


def state_minor_refusal_words(ground: Ground) -> str:
    """Why a state's ground does not fit this request, in plain words (never its code)."""
    age = f"{ground.min_age} to 17" if ground.min_age else "under 18"
    return (f"The ground “{ground.name}” ({ground.citation}) applies only in a practice licensed in {ground.state}, "
            f"to a request made by a parent or guardian while the client is {age} (by the date of birth on the "
            "chart); a client's own request, or one about an adult, cannot be denied on it.")


__all__ = ["CHECKED_ON", "HOW_CHECKED", "STATE_MINOR_GROUNDS", "VERIFIED", "state_minor_refusal_words"]

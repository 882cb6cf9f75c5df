"""A state's rule for a minor's consent to substance-use (chemical-dependence) treatment, which decides who
signs a 42 CFR Part 2 consent: where state law lets the minor obtain the treatment alone, only the minor
signs (42 CFR 2.14(a)); where it asks a parent's consent, both sign (2.14(b)).

Why a table of its own: a state's rule for outpatient MENTAL HEALTH care (domain/minor_consent_presets.py,
the practice's age of consent) is not its rule for substance-use care. New York's preset is Mental Hygiene
Law 33.21 (mental health, from 16 in the app); its chemical-dependence section is 22.11, which sets no age at
all: a parent's consent is required, and a minor is treated without it only on a physician's documented
finding (or a program director's, when the parents cannot be found). The Part 2 rule read New York's mental
health age, so a parent's Part 2 consent for a 16-year-old was refused, where 22.11 asks for it (found:
round 38's brief). Applied with the state's mental-health preset (minor_consent_presets.applied), never on
its own: the therapist accepted that state's rules.

`age` None: no age at which a minor consents alone as of right; the chart says whether this minor obtained
the treatment without a parent's consent (clients.care_consented_by "client"), and then only the minor
signs. Like the other presets, each entry says how its text was checked; not legal advice.
"""

from __future__ import annotations

from dataclasses import dataclass

from vault_app.domain.minor_consent_presets import applied
from vault_app.domain.practice import Jurisdiction

CHECKED_ON = "2026-12-06"


@dataclass(frozen=True)
class SudMinorConsent:
    state: str  # the license state's USPS code
    citation: str
    age: int | None  # a minor this old consents alone as of right; None: no such age (the chart says)
    conditions: str  # when the minor is treated without a parent's consent
    verified: bool  # True only when the section's text was read in the official compilation
    how_checked: str
    checked_on: str = CHECKED_ON


_NY_CONDITIONS = (
    "a minor (under 18, not a parent, married or emancipated) is treated for chemical dependence with a parent's or "
    "guardian's consent, and the parents are to be involved (22.11(b)); without that consent only where a physician "
    "(or, in a program not required to have one, a qualified health professional) judges that the parents' "
    "involvement and consent would harm the course of treatment of a minor voluntarily seeking it, or a parent "
    "refuses and the treatment is necessary for the minor's best interests, with the reasons documented in the "
    "minor's record (22.11(c)(1)); or where, after reasonable efforts, the parents cannot be found or do not answer, "
    "and the program director authorizes it (22.11(c)(2)).")

SUD_MINOR_CONSENT: dict[str, SudMinorConsent] = {
    "NY": SudMinorConsent(
        "NY", "N.Y. Mental Hygiene Law 22.11", None, _NY_CONDITIONS, False,
        "subdivisions (a), (b) and (c)(1) and the opening of (c)(2) as published in unofficial copies of the section "
        "(Justia's 2006 New York Code; a copy stated current through 2024 chapter 553), which read alike; not checked "
        "against the statute's own text in the official compilation (nysenate.gov), nor the section's later "
        "amendments or OASAS's regulations under it"),
}


def part2_rule(j: Jurisdiction) -> SudMinorConsent | None:
    """The substance-use rule that goes with the state's minors' consent rule the practice applied, or None
    (no state rule applied, or none known for its substance-use care: the practice's age of consent)."""
    found = applied(j)
    return SUD_MINOR_CONSENT.get(found.state) if found is not None else None


def part2_by_chart(j: Jurisdiction) -> bool:
    """Whether a Part 2 consent's signer is decided by the chart's record of who consented to the treatment
    (the state's substance-use rule has no age), not by the practice's age of consent."""
    found = part2_rule(j)
    return found is not None and found.age is None


__all__ = ["CHECKED_ON", "SUD_MINOR_CONSENT", "SudMinorConsent", "part2_by_chart", "part2_rule"]

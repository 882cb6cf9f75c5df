"""A state's duty to warn or protect, as data: the kind (mandatory, permissive, none), the case
and statute, when it applies and what discharges it.

Why: the app's baseline is "permissive" (HIPAA permits a disclosure to avert a serious and
imminent threat, 45 CFR 164.512(j), and requires none). California makes it a duty: Tarasoff v.
Regents of the University of California, 17 Cal. 3d 425 (1976), and Cal. Civ. Code 43.92, which
discharges it by reasonable efforts to communicate the threat to the victim or victims and to a
law enforcement agency. A California practice left on "permissive" was told "the law does not
require it" (walker CA, finding 4).

Like the minors' consent presets (domain/minor_consent_presets.py), no entry's statute text was
read here (the seeds name Tarasoff, not 43.92's words): each says so. The rule is proposed with
the state's other presets and applied when accepted; until then the decision guide follows the
stricter of the setting and the license state's rule, the safer reading.
"""

from __future__ import annotations

from dataclasses import dataclass

from vault_app.domain.practice import DutyToWarn, Jurisdiction

CHECKED_ON = "2026-12-06"

# How strict each setting is: the guide follows the stricter of the setting and the state's rule.
STRICTNESS: dict[str, int] = {"none": 0, "permissive": 1, "mandatory": 2}


@dataclass(frozen=True)
class DutyRule:
    state: str  # USPS code
    kind: DutyToWarn
    citation: str
    applies: str  # when the duty arises
    discharge: str  # what discharges it
    verified: bool  # True only when the statute's own text was read
    how_checked: str
    checked_on: str = CHECKED_ON
    # Whom the discharge names, as the decision's recipients (domain/decision_suggestions.RECIPIENTS'
    # keys): where it names more than one, one communication does not discharge the duty, and a
    # decision records one (walker wfamily: a California warning to the victim alone was signed as
    # complete, nothing said the police were still to be told).
    discharged_by: tuple[str, ...] = ()


DUTY_RULES: dict[str, DutyRule] = {
    "CA": DutyRule(
        "CA", "mandatory",
        "Tarasoff v. Regents of the University of California, 17 Cal. 3d 425 (1976); Cal. Civ. Code 43.92",
        "a client has communicated to you a serious threat of physical violence against a reasonably identifiable "
        "victim or victims",
        "reasonable efforts to communicate the threat to the victim or victims and to a law enforcement agency",
        False,
        "the seeds' account of Tarasoff and published summaries of Civ. Code 43.92; the section's official text "
        "(leginfo.legislature.ca.gov) was not read here",
        discharged_by=("person_threatened", "police")),
}
STATE_NAMES = {"CA": "California"}


@dataclass(frozen=True)
class StateReport:
    """A report a state's law requires of a clinician who judges a client likely to cause serious harm: a
    disclosure required by law (45 CFR 164.512(a)), apart from any duty to warn the person at risk."""

    state: str  # USPS code
    citation: str
    verified: bool  # True only when the statute's own text was read
    how_checked: str
    checked_on: str = CHECKED_ON


# New York's warning stays permissive (no Tarasoff statute binds a private practitioner), but Mental Hygiene
# Law 9.46 (the SAFE Act, 2013) has a treating psychologist, physician, registered nurse or LCSW who judges a
# client likely to engage in conduct that would result in serious harm to self or others report it to the
# county director of community services (walker NY, 2026-12-06: the guide said only "the law does not
# require it"). Said by the guide for a threat to others and for self-harm (domain/decision_prompts).
STATE_REPORTS: dict[str, StateReport] = {
    "NY": StateReport(
        "NY", "N.Y. Mental Hygiene Law 9.46", False,
        "secondary summaries of the SAFE Act's section 9.46 (who reports, when, and to whom); the section's "
        "own text was not read here"),
}


def report_for(state: str) -> StateReport | None:
    """The report the license state's law requires of a client likely to cause serious harm, or None."""
    return STATE_REPORTS.get(state.strip().upper())


def rule_for(state: str) -> DutyRule | None:
    """The duty the app knows for a license state, or None."""
    return DUTY_RULES.get(state.strip().upper())


def governing(j: Jurisdiction, state: str) -> DutyRule | None:
    """The state's rule when it is at least as strict as the setting (the guide follows it), else None."""
    found = rule_for(state)
    if found is None or STRICTNESS[found.kind] < STRICTNESS.get(j.duty_to_warn, 1):
        return None
    return found


def proposal(j: Jurisdiction, state: str) -> DutyRule | None:
    """The state's rule to propose: known and not the setting in force."""
    found = rule_for(state)
    return found if found is not None and j.duty_to_warn != found.kind else None


def changes_for(found: DutyRule) -> dict[str, object]:
    """The jurisdiction settings the rule sets once accepted."""
    return {"duty_to_warn": found.kind}


def statement(found: DutyRule) -> str:
    """The rule in one English paragraph (the CLI; a screen says it from the coded guide words)."""
    state = (f"Text checked on {found.checked_on}" if found.verified
             else "The statute's text was not checked here (check against the statute's own text)")
    return (f"{STATE_NAMES.get(found.state, found.state)}: a duty to protect ({found.kind}; {found.citation}) when "
            f"{found.applies}; discharged by {found.discharge}. {state}.")


__all__ = ["DUTY_RULES", "STATE_REPORTS", "STRICTNESS", "DutyRule", "StateReport", "changes_for", "governing",
           "proposal", "report_for", "rule_for", "statement"]

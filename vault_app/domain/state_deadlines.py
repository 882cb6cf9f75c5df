"""State deadlines for a client's access to their records, where a state's is shorter than HIPAA's.

HIPAA gives 30 days to act on a request for access, with one 30-day extension (45 CFR
164.524(b)(2)), and 60 + 30 for an amendment (164.526(b)(2)). It does not preempt a state law
that gives the client more (164.202, "more stringent"), and some states want the records sooner:

- California, Health & Safety Code 123110: a patient who asks in writing may inspect the
  records "within five working days after receipt of the request" (a), and copies are to be
  sent "within 15 days after receiving the request" (b).
- New York, Public Health Law 18(2)(a): an opportunity to inspect within 10 days of a written
  request. Copies (18(2)(d)) are due "within a reasonable time", which is no number of days: no
  rule is made up for it, HIPAA's date stands.

A request's due date is the EARLIER of the federal one and the state's, and says which rule sets
it. A request does not record whether the client asked to inspect or for copies, so the earlier
state date (inspection) is the one shown, the other listed beside it: acting by the earlier one
meets both. Where the app knows no rule for the practice's license state, the date is HIPAA's, and
screens say the state's may be shorter.

Working days skip Saturdays and Sundays only: holidays differ by state and year and are not
known here, so a deadline across a holiday is a day early, never late.

Like the retention presets (domain/retention_presets), each rule says whether its section's own
text was read and how it was checked; these are starting points, not legal advice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from vault_app.domain.deadlines import rule_for

CHECKED_ON = "2026-12-05"
AccessForm = Literal["inspect", "copy"]
SetBy = Literal["federal", "state"]


@dataclass(frozen=True)
class StateAccessRule:
    state: str  # the license state's USPS code
    what: AccessForm
    days: int
    working_days: bool  # Monday to Friday (holidays not known: see the module's comment)
    citation: str
    binds: str  # whom the section binds, as far as it was checked
    verified: bool  # True only when the section's own text was read
    how_checked: str


_CA_BINDS = ("health care providers as Cal. Health & Safety Code 123105 defines them, which include those "
             "licensed under Division 2 of the Business and Professions Code (psychologists, LMFTs, LCSWs, LPCCs)")
_CA_HOW = (f"the section's words as quoted in a published digest of California health-records law and in a "
           f"walker's report, {CHECKED_ON}; the official text (leginfo.legislature.ca.gov) was not read here")
_NY_BINDS = ("the practitioners Public Health Law 18(1)(d) lists, among them psychologists (Education Law art. 153) "
             "and licensed social workers (art. 154); mental health counselors and marriage and family therapists "
             "(art. 163) are not listed")
_NY_HOW = (f"the New York State Department of Health's memorandum and patient leaflet on section 18 (10 days to "
           f"inspect), {CHECKED_ON}; paragraph (2)(a)'s own text was not read here")

STATE_ACCESS_RULES: dict[str, tuple[StateAccessRule, ...]] = {
    "CA": (
        StateAccessRule("CA", "inspect", 5, True, "Cal. Health & Safety Code 123110(a)", _CA_BINDS, False, _CA_HOW),
        StateAccessRule("CA", "copy", 15, False, "Cal. Health & Safety Code 123110(b)", _CA_BINDS, False, _CA_HOW),
    ),
    "NY": (
        StateAccessRule("NY", "inspect", 10, False, "N.Y. Public Health Law 18(2)(a)", _NY_BINDS, False, _NY_HOW),
    ),
}


def add_working_days(start: date, days: int) -> date:
    """The day `days` working days after `start` (Monday to Friday; the day received is not
    counted, as "within five working days after receipt" reads). Holidays count as working days."""
    if days < 0:
        raise ValueError("a number of working days cannot be negative")
    day = start
    while days:
        day += timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def rule_due(rule: StateAccessRule, received_on: date) -> date:
    return add_working_days(received_on, rule.days) if rule.working_days else received_on + timedelta(days=rule.days)


def state_rules(state: str, kind: str) -> tuple[StateAccessRule, ...]:
    """The rules the app knows for a request of `kind` in `state` (only access has any)."""
    return STATE_ACCESS_RULES.get(state.strip().upper(), ()) if kind == "access" else ()


def state_dues(state: str, kind: str, received_on: date) -> list[tuple[StateAccessRule, date]]:
    """Each known state rule with its day, earliest first."""
    return sorted(((r, rule_due(r, received_on)) for r in state_rules(state, kind)), key=lambda pair: pair[1])


@dataclass(frozen=True)
class Deadline:
    day: date  # the earlier of the two
    set_by: SetBy
    citation: str  # of the rule that sets `day`
    state: str  # the license state ("" when none is set)
    state_known: bool  # the app knows a rule of this state for this kind of request
    federal_day: date
    federal_citation: str
    rule: StateAccessRule | None  # the state rule that sets `day`
    state_days: tuple[tuple[StateAccessRule, date], ...] = ()  # every known state rule's day


def deadline_for(kind: str, received_on: date, federal_due: date, state: str) -> Deadline:
    """The day a request must be acted on: HIPAA's (`federal_due`, extended or not) or, when the
    license state's is earlier, the state's; a tie is the federal one (nothing stricter)."""
    code = state.strip().upper()
    dues = state_dues(code, kind, received_on)
    federal_citation = rule_for(kind).citation
    if dues and dues[0][1] < federal_due:
        rule, day = dues[0]
        return Deadline(day, "state", rule.citation, code, True, federal_due, federal_citation, rule, tuple(dues))
    return Deadline(federal_due, "federal", federal_citation, code, bool(dues), federal_due, federal_citation, None,
                    tuple(dues))


__all__ = ["CHECKED_ON", "STATE_ACCESS_RULES", "AccessForm", "Deadline", "SetBy", "StateAccessRule",
           "add_working_days", "deadline_for", "rule_due", "state_dues", "state_rules"]

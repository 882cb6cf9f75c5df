"""State deadlines for a client's access to their records, where a state's is shorter than HIPAA's.

HIPAA gives 30 days to act on a request for access, with one 30-day extension (45 CFR
164.524(b)(2)), and 60 + 30 for an amendment (164.526(b)(2)). It does not preempt a state law
that gives the client more (164.202, "more stringent"), and some states want the records sooner:

- California, Health & Safety Code 123110: a patient who asks in writing may inspect the
  records "within five working days after receipt of the request" (a), and copies are to be
  sent "within 15 days after receiving the request" (b).
- New York, Public Health Law 18(2)(a): an opportunity to inspect within 10 days of a written
  request. Copies (18(2)(d)) are due "within a reasonable time", which is no number of days: no
  day is made up for it (STATE_UNTIMED_RULES: said beside the due date, HIPAA's date stands).

A request's due date is the EARLIER of the federal one and the state's, and says which rule sets
it. An access request records what the client asked for (ASKED_FORMS: to inspect, for copies, or
both) and only the state's rules for that are counted: a New York request for copies alone is due
on HIPAA's date, "within a reasonable time" said beside it, and may be extended as HIPAA allows
(found by a walker: a written request for copies was held to the 10 days to inspect, Extend greyed).
A request that does not say (recorded before this was kept, or not said) counts every rule: the
earlier state date (inspection) is the one shown, the other listed beside it, and acting by the
earlier one meets both. Where the app knows no rule for the practice's license state, the date is
HIPAA's, and screens say the state's may be shorter.

An extension is HIPAA's (164.524(b)(2)(ii)) and lengthens HIPAA's period only: a stricter state
law stands (45 CFR 160.203(b)). Neither section known here provides one, so an extension whose new
date passes a known state deadline is refused with the state's citation (extension_refusal): its
notice would promise the client a date the state's law does not allow (found by a walker: a New
York client's letter said "no later than January 30, 2027" for a request due 12/11/2026).

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
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.domain.locale_format import DEFAULT_LOCALE, date_text

CHECKED_ON = "2026-12-05"
AccessForm = Literal["inspect", "copy"]
SetBy = Literal["federal", "state"]
# What the client asked for in an access request; "" not said (every rule counts: the safer date).
AccessAsked = Literal["", "inspect", "copies", "both"]
ASKED_CODES: tuple[str, ...] = ("inspect", "copies", "both")
ASKED_FORMS: dict[str, frozenset[str]] = {
    "": frozenset({"inspect", "copy"}), "both": frozenset({"inspect", "copy"}),
    "inspect": frozenset({"inspect"}), "copies": frozenset({"copy"}),
}


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
    # Calendar days the section lets its deadline be extended by; 0: none written in the words
    # quoted (neither CA's nor NY's has one), so no extension may pass the rule's day.
    extension_days: int = 0


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


@dataclass(frozen=True)
class StateUntimedRule:
    """A state's access deadline that is no number of days ("within a reasonable time"): said
    beside the due date, never counted into it (HIPAA's date stands for it)."""

    state: str
    what: AccessForm
    citation: str
    verified: bool
    how_checked: str


_NY_COPY_HOW = (f"the Department of Health's memorandum on section 18 (copies \"within a reasonable time\"), "
                f"{CHECKED_ON}; the paragraph's own text was not read here, and the seeds of "
                f"/work/shared hold none of it: whether copies are (2)(d) or (2)(e) is as the memorandum says")

# New York: copies "within a reasonable time" (N.Y. Public Health Law 18(2)(d)), no number of days:
# a request for copies alone is due on HIPAA's date (164.524(b)(2)) and may take HIPAA's extension.
# One that asks to inspect, or does not say, keeps the 10 days to inspect and no extension past them.
STATE_UNTIMED_RULES: dict[str, tuple[StateUntimedRule, ...]] = {
    "NY": (StateUntimedRule("NY", "copy", "N.Y. Public Health Law 18(2)(d)", False, _NY_COPY_HOW),),
}


def asked_forms(asked: str) -> frozenset[str]:
    """The forms of access (StateAccessRule.what) a request asking for `asked` is held to."""
    if asked not in ASKED_FORMS:
        raise ValueError(f"unknown form of access asked: {asked!r}")
    return ASKED_FORMS[asked]


def check_asked(kind: str, asked: str) -> None:
    """What the client asked for is said of an access request only, in one of ASKED_CODES."""
    if not asked:
        return
    if kind != "access":
        raise InvalidInput("Only an access request says whether the client asked to inspect or for copies.",
                           code="request.asked_not_access", field="asked")
    if asked not in ASKED_CODES:
        raise InvalidInput("Unknown form of access; choose from: " + ", ".join(ASKED_CODES) + ".",
                           code="request.asked_unknown", field="asked")


def untimed_rules(state: str, kind: str, asked: str = "") -> tuple[StateUntimedRule, ...]:
    """The license state's access deadlines without a number of days the app knows, for what was asked."""
    if kind != "access":
        return ()
    forms = asked_forms(asked)
    return tuple(r for r in STATE_UNTIMED_RULES.get(state.strip().upper(), ()) if r.what in forms)


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


def state_rules(state: str, kind: str, asked: str = "") -> tuple[StateAccessRule, ...]:
    """The rules the app knows for a request of `kind` in `state` (only access has any), those
    for what the client asked (`asked`: ASKED_FORMS; "" not said, every rule)."""
    if kind != "access":
        return ()
    forms = asked_forms(asked)
    return tuple(r for r in STATE_ACCESS_RULES.get(state.strip().upper(), ()) if r.what in forms)


def state_dues(state: str, kind: str, received_on: date, asked: str = "") -> list[tuple[StateAccessRule, date]]:
    """Each known state rule (for what was asked) with its day, earliest first."""
    return sorted(((r, rule_due(r, received_on)) for r in state_rules(state, kind, asked)),
                  key=lambda pair: pair[1])


@dataclass(frozen=True)
class Deadline:
    day: date  # the earlier of the two
    set_by: SetBy
    citation: str  # of the rule that sets `day`
    state: str  # the license state ("" when none is set)
    state_known: bool  # the app knows a rule of this state for this kind of request (and what was asked)
    federal_day: date
    federal_citation: str
    rule: StateAccessRule | None  # the state rule that sets `day`
    state_days: tuple[tuple[StateAccessRule, date], ...] = ()  # every known state rule's day
    untimed: tuple[StateUntimedRule, ...] = ()  # the state's rules without a day (NY's copies)
    asked: str = ""  # what the client asked for (ASKED_FORMS), "" not said


def deadline_for(kind: str, received_on: date, federal_due: date, state: str, asked: str = "") -> Deadline:
    """The day a request must be acted on: HIPAA's (`federal_due`, extended or not) or, when the
    license state's (for what was asked) is earlier, the state's; a tie is the federal one."""
    code = state.strip().upper()
    dues = state_dues(code, kind, received_on, asked)
    federal_citation = rule_for(kind).citation
    untimed = untimed_rules(code, kind, asked)
    if dues and dues[0][1] < federal_due:
        rule, day = dues[0]
        return Deadline(day, "state", rule.citation, code, True, federal_due, federal_citation, rule, tuple(dues),
                        untimed, asked)
    # A rule without a day is a rule known too: New York's copies are not "your state's may be shorter".
    return Deadline(federal_due, "federal", federal_citation, code, bool(dues or untimed), federal_due,
                    federal_citation, None, tuple(dues), untimed, asked)


def extension_past_state(state: str, kind: str, received_on: date, new_due: date,
                         rules: tuple[StateAccessRule, ...] | None = None,
                         asked: str = "") -> tuple[StateAccessRule, date] | None:
    """The known state rule (with its day) that an extension to `new_due` would pass, the
    earliest first; None when none would (no rule known, or each allows that date).
    `rules`: the rules to judge by, the license state's known ones for what was asked when None."""
    chosen = state_rules(state, kind, asked) if rules is None else rules
    passed = sorted(((r, rule_due(r, received_on)) for r in chosen
                     if new_due > rule_due(r, received_on) + timedelta(days=r.extension_days)),
                    key=lambda pair: pair[1])
    return passed[0] if passed else None


def extension_refusal(state: str, kind: str, received_on: date, new_due: date,
                      locale: str = DEFAULT_LOCALE, asked: str = "") -> RefusedByPolicy | None:
    """The refusal of an extension to `new_due` where the practice's license state's deadline
    (for what was asked) allows none past its day; None when the extension may go out."""
    passed = extension_past_state(state, kind, received_on, new_due, asked=asked)
    if passed is None:
        return None
    rule, day = passed
    by, asked = date_text(day, locale), date_text(new_due, locale)
    return RefusedByPolicy(
        f"No extension: {rule.citation} has the request acted on by {by}, and allows no later date; "
        f"a notice promising {asked} would break it (HIPAA's extension does not lengthen a stricter state "
        f"deadline, 45 CFR 160.203(b)).",
        hint=f"Act on the request by {by}: give the access or the copy, or deny it in writing with its grounds.",
        code="request.state_no_extension",
        params={"citation": rule.citation, "by": by, "asked": asked, "state": rule.state},
    )


__all__ = ["ASKED_CODES", "ASKED_FORMS", "CHECKED_ON", "STATE_ACCESS_RULES", "STATE_UNTIMED_RULES", "AccessAsked",
           "AccessForm", "Deadline", "SetBy", "StateAccessRule", "StateUntimedRule", "add_working_days", "asked_forms",
           "check_asked", "deadline_for", "extension_past_state", "extension_refusal", "rule_due", "state_dues",
           "state_rules", "untimed_rules"]

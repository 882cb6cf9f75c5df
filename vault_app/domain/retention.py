"""Retention rules and legal holds: when a chart may be destroyed, and what stops it.

Pure rules, no I/O. The values live in the practice's Jurisdiction settings
(domain/practice.py) so there is one place to edit them; the presets here are
starting points taken from REGULATIONS.md, not legal advice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Literal

from vault_app.domain.errors import InvalidInput, Problem
from vault_app.domain.plurals import counted
from vault_app.domain.practice import JURISDICTION_RANGE_CODE, Jurisdiction, range_problem
from vault_app.domain.retention_presets import (
    PRESET_AGE_OF_MAJORITY,
    PRESET_VALUES,
    PresetSource,
    PresetValues,
    find,
    named_preset,
    not_covered_from,
    statute_floor,
)


@dataclass(frozen=True)
class RetentionPolicy:
    """Adults: N years after the last contact. Minors: the later of that and
    majority age + M years (APA Record Keeping Guidelines; states vary)."""

    adult_years: int = 7
    minor_years_after_majority: int = 3
    age_of_majority: int = 18
    name: str = "APA guideline (no state rule chosen)"

    def problems(self) -> list[str]:
        """The sentences of domain/practice.py's table, which the jurisdiction settings share."""
        values = {"retention_adult_years": self.adult_years,
                  "retention_minor_years_after_majority": self.minor_years_after_majority,
                  "age_of_majority": self.age_of_majority}
        return [Problem(problem, code=JURISDICTION_RANGE_CODE[name]) for name, value in values.items()
                if (problem := range_problem(name, value)) is not None]

    def validated(self) -> RetentionPolicy:
        problems = self.problems()
        if problems:
            raise InvalidInput(" ".join(problems), code="retention.policy_invalid", parts=problems)
        return self

    @classmethod
    def from_jurisdiction(cls, j: Jurisdiction) -> RetentionPolicy:
        return cls(j.retention_adult_years, j.retention_minor_years_after_majority, j.age_of_majority,
                   j.retention_policy_name)

    def describe(self) -> str:
        return (
            f"adults {counted(self.adult_years, 'year')} after the last contact; minors the later of that and "
            f"{counted(self.minor_years_after_majority, 'year')} after age {self.age_of_majority}"
        )


@dataclass(frozen=True)
class Preset:
    key: str
    policy: RetentionPolicy
    note: str
    source: PresetSource


PRESETS: dict[str, Preset] = {
    v.key: Preset(v.key, RetentionPolicy(v.adult_years, v.minor_years_after_majority, 18, v.name),
                  " ".join(x for x in (v.note, v.statement()) if x), v.source)
    for v in PRESET_VALUES
}


def preset(key: str) -> Preset:
    return PRESETS[find(key).key]


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a non-leap year: the record lives one more day
        return day.replace(year=day.year + years, month=3, day=1)


@dataclass(frozen=True)
class ChartFacts:
    """What retention needs to know about a chart; no names, no note text."""

    client_id: str
    chart_number: str
    last_contact: date | None
    date_of_birth: date | None = None
    kind: str = "individual"
    status: str = "active"
    # Which date last_contact is (domain/retention_from: "discharge", "session", "note"), for the words.
    counted_from: str = ""


@dataclass(frozen=True)
class RetentionStatus:
    client_id: str
    chart_number: str
    last_contact: date | None
    eligible_on: date | None
    rule: str
    minor_rule_applied: bool
    notes: tuple[str, ...] = field(default_factory=tuple)
    # The rule's numbers, for a screen that says `rule` in its own language: N years after the last
    # contact, or (the minors' rule) N years after reaching age `after_age`.
    years: int = 0
    after_age: int | None = None
    # The first day of the end of therapy the policy's preset applies to, when the chart's last
    # contact is before it: no period is computed on that preset's basis (evaluate).
    uncovered_from: date | None = None
    # The state rule the policy is named after, when it keeps this chart longer than the saved
    # numbers would (in_force): its citation, said beside the day ("" otherwise).
    statute: str = ""
    # Then: the day the saved numbers alone would have given (said beside the rule's day).
    saved_eligible_on: date | None = None
    # Which date last_contact is (ChartFacts.counted_from), said beside it; no rule reads it.
    counted_from: str = ""

    def eligible(self, today: date) -> bool:
        return self.eligible_on is not None and self.eligible_on <= today


def in_force(policy: RetentionPolicy) -> tuple[RetentionPolicy, PresetValues | None]:
    """The numbers a chart is kept by: the saved ones, raised to the state rule the policy is named
    after where they are shorter (retention_presets.statute_floor), with that rule; else (policy, None).
    The law is not shortened by a number saved under its name (release 0.1.0's "California")."""
    floor = statute_floor(policy.name, (policy.adult_years, policy.minor_years_after_majority,
                                        policy.age_of_majority))
    if floor is None:
        return policy, None
    until_age = max(policy.age_of_majority + policy.minor_years_after_majority,
                    PRESET_AGE_OF_MAJORITY + floor.minor_years_after_majority)
    return replace(policy, adult_years=max(policy.adult_years, floor.adult_years),
                   minor_years_after_majority=until_age - policy.age_of_majority), floor


STATUTE_LONGER = ("Your policy '{name}' would allow it from {saved}; {statute}, the rule the policy is named after, "
                  "keeps it until {day}, so it is kept until then. Apply the preset again: "
                  "vault-app retention set --preset {key}.")


def evaluate(facts: ChartFacts, policy: RetentionPolicy) -> RetentionStatus:
    """The date a chart becomes eligible for destruction under `policy`, never before the day of
    the state rule the policy is named after (in_force)."""
    return replace(_with_floor(facts, policy), counted_from=facts.counted_from)


def _with_floor(facts: ChartFacts, policy: RetentionPolicy) -> RetentionStatus:
    longer, floor = in_force(policy)
    status = _evaluate(facts, longer)
    if floor is None or status.eligible_on is None:
        return status
    saved = _evaluate(facts, policy).eligible_on
    if saved is None or saved >= status.eligible_on:
        return status
    statute = floor.source.statute or floor.name
    note = statute_note(policy.name, saved, status.eligible_on)
    return replace(status, rule=f"{status.rule} under {statute}", notes=(*status.notes, note), statute=statute,
                   saved_eligible_on=saved)


def statute_note(policy_name: str, saved: date, day: date, show: Callable[[date], str] = date.isoformat) -> str:
    """The note on a chart the rule the policy is named after keeps longer than its saved numbers
    (in_force), its dates as `show` writes them (stored: ISO; a list: the practice's format)."""
    floor = named_preset(policy_name)
    statute = (floor.source.statute or floor.name) if floor is not None else policy_name
    return STATUTE_LONGER.format(name=policy_name, saved=show(saved), statute=statute, day=show(day),
                                 key=floor.key if floor is not None else "")


def _evaluate(facts: ChartFacts, policy: RetentionPolicy) -> RetentionStatus:
    notes: list[str] = []
    if facts.last_contact is None:
        return RetentionStatus(
            facts.client_id, facts.chart_number, None, None, "no contact recorded", False,
            ("No contact date is recorded, so no retention period can be computed.",),
        )
    uncovered = not_covered_from(policy.name)
    if uncovered is not None and facts.last_contact < uncovered[1]:
        return _not_covered(facts, uncovered[0].source.statute or uncovered[0].name, uncovered[1])
    adult_end = add_years(facts.last_contact, policy.adult_years)
    eligible_on = adult_end
    minor_applied = False
    rule = f"{counted(policy.adult_years, 'year')} after the last contact"
    if facts.date_of_birth is not None:
        # The later of the two always holds; for someone seen only as an adult the
        # majority date is already past, so this is the adult rule.
        minor_end = add_years(facts.date_of_birth, policy.age_of_majority + policy.minor_years_after_majority)
        if minor_end > adult_end:
            eligible_on = minor_end
            minor_applied = True
            rule = f"{counted(policy.minor_years_after_majority, 'year')} after reaching age {policy.age_of_majority}"
    elif facts.kind == "individual":
        notes.append("Date of birth unknown: the minors' rule could not be checked.")
    return RetentionStatus(
        facts.client_id, facts.chart_number, facts.last_contact, eligible_on, rule, minor_applied, tuple(notes),
        policy.minor_years_after_majority if minor_applied else policy.adult_years,
        policy.age_of_majority if minor_applied else None,
    )


NOT_COVERED = (
    "{rule} applies to therapy ended on or after {start}; this chart's last contact was {last}, before it, so it is "
    "not eligible on that basis. The app's sources do not say what applied before; ask your licensing board before "
    "destroying it.")
NOT_COVERED_RULE = "not covered by the policy's preset (therapy ended before {start})"


def not_covered_note(policy_name: str, last: date | None, show: Callable[[date], str] = date.isoformat) -> str | None:
    """The note on a chart whose therapy ended (`last`: its last contact) before the first day of
    the policy's preset, its dates as `show` writes them (the stored note's are ISO: it has no
    locale; a list shows them in the practice's format, as the refusals do); None when the
    policy's preset covers that day."""
    uncovered = not_covered_from(policy_name)
    if uncovered is None or (last is not None and last >= uncovered[1]):
        return None
    preset, start = uncovered
    return NOT_COVERED.format(rule=preset.source.statute or preset.name, start=show(start), last=show(last or start))


def _not_covered(facts: ChartFacts, rule: str, start: date) -> RetentionStatus:
    """A chart whose therapy ended before the preset's first day: kept, never eligible on its basis
    (the safe side: a chart destroyed early on a wrong basis cannot be restored). Last contact is the
    latest the therapy can have ended by; the dates are ISO (a note has no locale: not_covered_note)."""
    last = facts.last_contact or start
    note = NOT_COVERED.format(rule=rule, start=start.isoformat(), last=last.isoformat())
    return RetentionStatus(facts.client_id, facts.chart_number, facts.last_contact, None,
                           NOT_COVERED_RULE.format(start=start.isoformat()), False, (note,), uncovered_from=start)


# --- eligibility for destruction ----------------------------------------------------------
# REGULATIONS.md, Retention: "Never destroy records under audit, investigation or litigation
# (a legal hold)". A held chart whose retention period has ended is therefore not eligible:
# it is listed as held, and neither counted nor offered as eligible, until the hold is released.
HOLD_CITATION = "records under audit, investigation or litigation are never destroyed (legal hold)"
Standing = Literal["eligible", "held", "keep", "unknown", "uncovered"]


def standing(status: RetentionStatus, today: date, *, held: bool) -> Standing:
    """Whether the chart may be destroyed on its retention period today: "eligible"; "held" (the
    period has ended but a legal hold stops it); "keep" (the period runs on, held or not);
    "unknown" (no contact recorded: no period can be computed); "uncovered" (the therapy ended before
    the day the policy's preset applies from: no period on its basis)."""
    if status.uncovered_from is not None:
        return "uncovered"
    if status.eligible_on is None:
        return "unknown"
    if not status.eligible(today):
        return "keep"
    return "held" if held else "eligible"


# --- legal holds ------------------------------------------------------------------
HoldReason = Literal["subpoena", "litigation", "complaint", "audit", "investigation", "other"]
HOLD_REASONS: tuple[HoldReason, ...] = ("subpoena", "litigation", "complaint", "audit", "investigation", "other")


def hold_name(reason: str, placed_day: str) -> str:
    """A hold as the therapist knows it, by what they chose and when: "the subpoena hold placed on
    12/01/2026". Never its id (which they never see) nor its details (which may name a person)."""
    return f"the {reason} hold placed on {placed_day}"


def check_hold_reason(reason: str) -> HoldReason:
    for allowed in HOLD_REASONS:
        if reason == allowed:
            return allowed
    raise InvalidInput(
        f"Unknown hold reason '{reason}'.", hint="Choose one of: " + ", ".join(HOLD_REASONS) + "."
    )


@dataclass(frozen=True)
class LegalHold:
    hold_id: str
    client_id: str
    reason: HoldReason
    details: str
    placed_at: str
    released_at: str | None = None
    release_note: str = ""

    @property
    def active(self) -> bool:
        return self.released_at is None

    def as_dict(self) -> dict[str, object]:
        return {
            "hold_id": self.hold_id,
            "client_id": self.client_id,
            "reason": self.reason,
            "details": self.details,
            "placed_at": self.placed_at,
            "released_at": self.released_at,
            "release_note": self.release_note,
            "active": self.active,
        }

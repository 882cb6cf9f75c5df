"""Which diagnosis a superbill line carries, as data and a pure function.

A health plan pays a service line only against a diagnosis: CMS-1500 (02/12) item 21 lists the
ICD-10-CM codes and item 24E points each service line at them (NUCC 1500 Claim Form Reference
Instruction Manual); a claim line without one is rejected. Found by a walker: a superbill issued
with the ICD-10 column "-" and nothing said.

What a biller expects is the diagnosis in force on the date of service, so:
- the codes recorded on the session (taken from the plan when the visit was marked attended, or
  typed in Correct session details…) are that visit's diagnosis and win;
- a session recorded with none (the visit came before the plan had a diagnosis) takes the
  treatment plan's, which the app keeps only as it stands now (no history of earlier codes), and
  only if the plan was in force that day (no start date, or one on or before the visit). The
  therapist is told which visits took it, as it is their diagnosis they certify;
- otherwise the line is refused, naming the visit: a plan whose diagnosis starts after the visit
  says nothing of what was diagnosed then.
A statement (the client's own bill) lists no diagnosis a payer reads and is never refused for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

SUPERBILL_DIAGNOSIS_CITATION = ("CMS-1500 (02/12) items 21 (Diagnosis or nature of illness or injury) and 24E "
                                "(Diagnosis pointer); NUCC 1500 Claim Form Reference Instruction Manual")

FROM_SESSION = "session"  # recorded on the visit
FROM_PLAN = "plan"  # the current plan's, in force that day: said to the therapist
NONE = "none"  # nothing recorded, no plan diagnosis: refused
PLAN_STARTS_LATER = "plan_starts_later"  # the plan's diagnosis starts after the visit: refused
REFUSED = frozenset({NONE, PLAN_STARTS_LATER})


@dataclass(frozen=True)
class VisitDiagnosis:
    codes: tuple[str, ...]
    source: str


def diagnosis_at(on: date, session_codes: tuple[str, ...], plan_codes: tuple[str, ...],
                 plan_start: date | None) -> VisitDiagnosis:
    """The diagnosis a superbill line for the visit of `on` carries, and where it came from."""
    if session_codes:
        return VisitDiagnosis(tuple(session_codes), FROM_SESSION)
    if not plan_codes:
        return VisitDiagnosis((), NONE)
    if plan_start is not None and plan_start > on:
        return VisitDiagnosis((), PLAN_STARTS_LATER)
    return VisitDiagnosis(tuple(plan_codes), FROM_PLAN)


__all__ = ["FROM_PLAN", "FROM_SESSION", "NONE", "PLAN_STARTS_LATER", "REFUSED", "SUPERBILL_DIAGNOSIS_CITATION",
           "VisitDiagnosis", "diagnosis_at"]

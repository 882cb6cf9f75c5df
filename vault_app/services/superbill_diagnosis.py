"""The diagnosis each superbill line carries (domain/superbill_diagnosis), read from the sessions
and the chart's treatment plan; a superbill with a visit that has none is refused before any
request is recorded, naming the visit and where to add it."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from vault_app.domain.errors import InvalidInput
from vault_app.domain.superbill_diagnosis import PLAN_STARTS_LATER, REFUSED, VisitDiagnosis, diagnosis_at
from vault_app.services import plans, sessions
from vault_app.services.vault import Vault


def for_sessions(vault: Vault, client_id: str, session_ids: Iterable[str]) -> dict[str, tuple[date, VisitDiagnosis]]:
    """Each session's date and diagnosis, by session id."""
    plan = plans.get_plan(vault, client_id)
    plan_codes = plan.diagnosis_codes if plan else ()
    plan_start = plan.start_date if plan else None
    found = {}
    for session_id in session_ids:
        s = sessions.get_session(vault, session_id)
        found[session_id] = (s.date, diagnosis_at(s.date, tuple(s.icd10_codes), plan_codes, plan_start))
    return found


def undiagnosed(vault: Vault, client_id: str, session_ids: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """The visits among `session_ids` a superbill would be refused for (refuse_undiagnosed), as
    (ISO date, why: domain/superbill_diagnosis NONE or PLAN_STARTS_LATER), by date: said by the
    Account window before a superbill is asked for, as the codes with no fee are."""
    found = for_sessions(vault, client_id, session_ids)
    return tuple(sorted({(on.isoformat(), d.source) for on, d in found.values() if d.source in REFUSED}))


def refuse_undiagnosed(found: dict[str, tuple[date, VisitDiagnosis]]) -> None:
    """Refused while a visit it would list has no diagnosis in force on its date."""
    missing = sorted(on for on, d in found.values() if d.source in REFUSED)
    if not missing:
        return
    visits = ", ".join(sorted({day.isoformat() for day in missing}))
    later = any(d.source == PLAN_STARTS_LATER for _on, d in found.values())
    if later:
        raise InvalidInput(
            "A health plan cannot pay a service without its diagnosis (CMS-1500 items 21 and 24E), and the "
            f"treatment plan's diagnosis starts after the visit of {visits}: it says nothing of what was diagnosed "
            "then.",
            hint="Record that visit's diagnosis on the session (the chart's Sessions & notes, Correct session "
                 "details…; or: vault-app session update SESSION --icd10 CODE), or correct the plan's start date, "
                 "then make the superbill again. A statement can be made as it is.",
            code="superbill.diagnosis_after_visit", params={"visits": visits})
    raise InvalidInput(
        "A health plan cannot pay a service without its diagnosis (CMS-1500 items 21 and 24E), and none is "
        f"recorded for the visit of {visits}.",
        hint="Add the diagnosis in the chart's treatment plan (Overview, Edit plan…; or: vault-app plan update "
             "CLIENT --diagnosis CODE), or on the session itself (Sessions & notes, Correct session details…), then "
             "make the superbill again. A statement can be made as it is.",
        code="superbill.no_diagnosis", params={"visits": visits})


__all__ = ["for_sessions", "refuse_undiagnosed", "undiagnosed"]

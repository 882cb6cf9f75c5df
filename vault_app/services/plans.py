"""Treatment plans: one per chart, with goals that progress notes refer to by id."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from vault_app.domain import codes
from vault_app.domain.clinical import (
    GOAL_STATUSES,
    Goal,
    TreatmentPlan,
    choice,
    clean_text,
    new_id,
    parse_date,
)
from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy
from vault_app.services.clinical_common import audit, now_iso, require_client
from vault_app.services.vault import Vault
from vault_app.storage import clinical_notes, clinical_plans

MAX_GOALS = 30
_PLAN_FIELDS = {"problems", "diagnosis_codes", "modality_frequency", "start_date", "review_date"}
# A plan's dates, by field (the key a refusal names and the plan dialog maps to its widget).
PLAN_DATE_FIELD = {"plan start date": "start_date", "plan review date": "review_date"}


def get_plan(vault: Vault, client_id: str) -> TreatmentPlan | None:
    require_client(vault, client_id)
    return clinical_plans.get_for_client(vault.records, client_id)


def _goal(plan_id: str, client_id: str, position: int, data: Mapping[str, Any], existing: Goal | None) -> Goal:
    unknown = set(data) - {"goal_id", "description", "objectives", "target_date", "status"}
    if unknown:
        raise InvalidInput("Unknown goal field.", hint="Goals have description, objectives, target_date, status.")
    objectives = data.get("objectives", existing.objectives if existing else ())
    if isinstance(objectives, str) or not isinstance(objectives, Sequence):
        raise InvalidInput("A goal's objectives must be a list of texts.")
    return Goal(
        goal_id=existing.goal_id if existing else new_id(),
        plan_id=plan_id,
        client_id=client_id,
        position=position,
        description=clean_text(
            data.get("description", existing.description if existing else ""), "goal description", required=True,
            field="goal_description"),
        objectives=tuple(o for o in (clean_text(str(x), "objective", field="objective") for x in objectives) if o),
        target_date=parse_date(data.get("target_date", existing.target_date if existing else None), "target date",
                               field="target_date"),
        status=choice(data.get("status", existing.status if existing else "active"), GOAL_STATUSES, "goal status"),  # type: ignore[arg-type]
    )


def update_plan(
    vault: Vault,
    client_id: str,
    *,
    goals: Sequence[Mapping[str, Any]] | None = None,
    **fields: Any,
) -> TreatmentPlan:
    """Create or change the plan. `goals`, if given, is the full ordered goal list: an entry
    with a `goal_id` updates that goal, one without adds a goal, and a goal left out is
    removed unless a progress note refers to it (then mark it met or discontinued instead)."""
    require_client(vault, client_id)
    unknown = set(fields) - _PLAN_FIELDS
    if unknown:
        raise InvalidInput("Unknown plan field.", hint="Fields: " + ", ".join(sorted(_PLAN_FIELDS)) + ", goals.")
    current = clinical_plans.get_for_client(vault.records, client_id) or TreatmentPlan(new_id(), client_id)
    values: dict[str, Any] = {}
    if "problems" in fields:
        values["problems"] = clean_text(fields["problems"], "problem list", max_len=20_000, field="problems")
    if "modality_frequency" in fields:
        values["modality_frequency"] = clean_text(fields["modality_frequency"], "modality and frequency",
                                                  field="modality_frequency")
    if "diagnosis_codes" in fields:
        values["diagnosis_codes"] = codes.check_icd10_list(list(fields["diagnosis_codes"] or ()))
    for what, key in PLAN_DATE_FIELD.items():
        if key in fields:
            values[key] = parse_date(fields[key], what, field=key)
    start = values.get("start_date", current.start_date)
    review = values.get("review_date", current.review_date)
    if start and review and review < start:
        raise InvalidInput("The review date is before the plan's start date.", code="plan.review_before_start",
                           field="review_date")
    if goals is not None:
        values["goals"] = _goals(vault, current, client_id, goals)
    plan = replace(current, **values, updated_at=now_iso())
    with vault.records.transaction():
        clinical_plans.save(vault.records, plan)
    audit(vault, "plan.updated", client_id=client_id, plan_id=plan.plan_id, goals=len(plan.goals))
    found = clinical_plans.get_for_client(vault.records, client_id)
    assert found is not None
    return found


def _goals(
    vault: Vault, current: TreatmentPlan, client_id: str, goals: Sequence[Mapping[str, Any]]
) -> tuple[Goal, ...]:
    if len(goals) > MAX_GOALS:
        raise InvalidInput(f"A plan holds at most {MAX_GOALS} goals.", code="plan.too_many_goals",
                           params={"max": MAX_GOALS})
    by_id = {g.goal_id: g for g in current.goals}
    result = []
    for position, data in enumerate(goals):
        if not isinstance(data, Mapping):
            raise InvalidInput("Each goal must be given as fields.")
        goal_id = data.get("goal_id")
        existing = by_id.get(goal_id) if goal_id else None
        if goal_id and existing is None:
            raise NotFound("No goal with that id in this plan.", code="plan.goal_not_in_plan")
        result.append(_goal(current.plan_id, client_id, position, data, existing))
    dropped = set(by_id) - {g.goal_id for g in result}
    if dropped and _goals_in_use(vault, client_id, dropped):
        raise RefusedByPolicy(
            "A goal that progress notes refer to cannot be removed.",
            hint="Mark it met or discontinued instead.", code="plan.goal_in_use",
        )
    return tuple(result)


def _goals_in_use(vault: Vault, client_id: str, goal_ids: set[str]) -> bool:
    return clinical_notes.goals_referenced(vault.records, client_id, goal_ids)


def add_goal(
    vault: Vault, client_id: str, description: str, *, objectives: Sequence[str] = (),
    target_date: date | str | None = None,
) -> Goal:
    plan = get_plan(vault, client_id)
    existing = [{"goal_id": g.goal_id} for g in plan.goals] if plan else []
    new = {"description": description, "objectives": list(objectives), "target_date": target_date}
    updated = update_plan(vault, client_id, goals=[*existing, new])
    return updated.goals[-1]


def set_goal_status(vault: Vault, client_id: str, goal_id: str, status: str) -> Goal:
    plan = get_plan(vault, client_id)
    if plan is None or plan.goal(goal_id) is None:
        raise NotFound("No goal with that id in this plan.", code="plan.goal_not_in_plan")
    goals = [{"goal_id": g.goal_id, **({"status": status} if g.goal_id == goal_id else {})} for g in plan.goals]
    updated = update_plan(vault, client_id, goals=goals)
    goal = updated.goal(goal_id)
    assert goal is not None
    return goal


__all__ = ["add_goal", "get_plan", "set_goal_status", "update_plan"]

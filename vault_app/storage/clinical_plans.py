"""Treatment plans and their goals in records.db."""

from __future__ import annotations

from typing import Any

from vault_app.domain.clinical import Goal, TreatmentPlan
from vault_app.storage.clinical_rows import d2s, dumps, s2d, str_tuple
from vault_app.storage.compartment import Compartment


def _goal(r: Any) -> Goal:
    return Goal(
        r["goal_id"],
        r["plan_id"],
        r["client_id"],
        int(r["position"]),
        r["description"],
        str_tuple(r["objectives"]),
        s2d(r["target_date"]),
        r["status"],
    )


def get_for_client(db: Compartment, client_id: str) -> TreatmentPlan | None:
    r = db.query_one(
        "SELECT plan_id, client_id, problems, diagnosis_codes, modality_frequency, start_date, review_date, updated_at "
        "FROM treatment_plans WHERE client_id = ?",
        (client_id,),
    )
    if r is None:
        return None
    goals = db.query(
        "SELECT goal_id, plan_id, client_id, position, description, objectives, target_date, status "
        "FROM treatment_goals WHERE plan_id = ? ORDER BY position, goal_id",
        (r["plan_id"],),
    )
    return TreatmentPlan(
        plan_id=r["plan_id"],
        client_id=r["client_id"],
        problems=r["problems"],
        diagnosis_codes=str_tuple(r["diagnosis_codes"]),
        modality_frequency=r["modality_frequency"],
        start_date=s2d(r["start_date"]),
        review_date=s2d(r["review_date"]),
        updated_at=r["updated_at"],
        goals=tuple(_goal(g) for g in goals),
    )


def save(db: Compartment, plan: TreatmentPlan) -> None:
    """Replace the plan and its goal list (goal ids are kept, so notes still point at them)."""
    db.execute(
        "INSERT INTO treatment_plans (plan_id, client_id, problems, diagnosis_codes, modality_frequency, start_date, "
        "review_date, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(plan_id) DO UPDATE SET "
        "problems = excluded.problems, diagnosis_codes = excluded.diagnosis_codes, "
        "modality_frequency = excluded.modality_frequency, start_date = excluded.start_date, "
        "review_date = excluded.review_date, updated_at = excluded.updated_at",
        (plan.plan_id, plan.client_id, plan.problems, dumps(list(plan.diagnosis_codes)), plan.modality_frequency,
         d2s(plan.start_date), d2s(plan.review_date), plan.updated_at),
    )
    keep = [g.goal_id for g in plan.goals]
    rows = db.query("SELECT goal_id FROM treatment_goals WHERE plan_id = ?", (plan.plan_id,))
    existing = {str(r["goal_id"]) for r in rows}
    for goal_id in existing - set(keep):
        db.execute("DELETE FROM treatment_goals WHERE goal_id = ?", (goal_id,))
    for g in plan.goals:
        db.execute(
            "INSERT INTO treatment_goals (goal_id, plan_id, client_id, position, description, objectives, target_date, "
            "status) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(goal_id) DO UPDATE SET position = excluded.position, "
            "description = excluded.description, objectives = excluded.objectives, "
            "target_date = excluded.target_date, status = excluded.status",
            (g.goal_id, plan.plan_id, plan.client_id, g.position, g.description, dumps(list(g.objectives)),
             d2s(g.target_date), g.status),
        )


def goal_ids_for_client(db: Compartment, client_id: str) -> set[str]:
    rows = db.query("SELECT goal_id FROM treatment_goals WHERE client_id = ?", (client_id,))
    return {str(r["goal_id"]) for r in rows}

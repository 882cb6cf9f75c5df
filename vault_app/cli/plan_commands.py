"""plan show|update: a chart's treatment plan from the command line.

Apart from the client commands (cli/clinical_commands.py) since the two together passed one
file's worth; a module per command keeps `vault-app --help` listing client, session, plan in
the table's order (cli/main.py registers a module where its first command stands).
"""

from __future__ import annotations

import argparse
from typing import Any

from vault_app.cli import common
from vault_app.domain.clinical import GOAL_STATUSES
from vault_app.domain.errors import InvalidInput
from vault_app.services.clinical_common import resolve_client_id


def _plan_text(plan: Any, tag: str) -> str:
    if plan is None:
        return "No treatment plan yet. Create one with 'vault-app plan update'."
    lines = [f"Treatment plan {plan.plan_id} (updated {common.day(plan.updated_at, tag)})",
             f"  problems: {plan.problems or '-'}",
             f"  diagnosis: {' '.join(plan.diagnosis_codes) or '-'}",
             f"  modality/frequency: {plan.modality_frequency or '-'}",
             f"  start {common.date_shown(plan.start_date, tag)}, review {common.date_shown(plan.review_date, tag)}"]
    for g in plan.goals:
        lines.append(f"  goal {g.goal_id} [{g.status}] {g.description}"
                     + (f" (target {common.date_shown(g.target_date, tag)})" if g.target_date else ""))
        lines.extend(f"      - {o}" for o in g.objectives)
    return "\n".join(lines)


def cmd_plan_show(args: argparse.Namespace) -> int:
    from vault_app.services import plans

    with common.unlocked(args) as vault:
        plan = plans.get_plan(vault, resolve_client_id(vault, args.client))
        tag = common.practice_locale(vault)
    common.emit(args, plan.as_dict() if plan else None, lambda: _plan_text(plan, tag))
    return 0


def cmd_plan_update(args: argparse.Namespace) -> int:
    from vault_app.services import plans

    with common.unlocked(args) as vault:
        client_id = resolve_client_id(vault, args.client)
        fields: dict[str, Any] = {}
        for arg, field in (("problems", "problems"), ("modality_frequency", "modality_frequency"),
                           ("start_date", "start_date"), ("review_date", "review_date")):
            if getattr(args, arg) is not None:
                fields[field] = getattr(args, arg)
        if args.diagnosis is not None:
            fields["diagnosis_codes"] = args.diagnosis
        goals = None
        if args.add_goal or args.goal_status:
            current = plans.get_plan(vault, client_id)
            statuses = dict(_pair(s) for s in args.goal_status or [])
            goals = [{"goal_id": g.goal_id, **({"status": statuses.pop(g.goal_id)} if g.goal_id in statuses else {})}
                     for g in (current.goals if current else ())]
            if statuses:
                raise InvalidInput("No goal with that id in this plan.")
            goals += [{"description": text} for text in args.add_goal or []]
        plan = plans.update_plan(vault, client_id, goals=goals, **fields)
        tag = common.practice_locale(vault)
    common.emit(args, plan.as_dict(), lambda: _plan_text(plan, tag))
    return 0


def _pair(text: str) -> tuple[str, str]:
    goal_id, sep, status = text.partition("=")
    if not sep or status not in GOAL_STATUSES:
        raise InvalidInput("Use --goal-status GOAL_ID=STATUS.", hint="Statuses: " + ", ".join(GOAL_STATUSES) + ".")
    return goal_id.strip(), status


def register(sub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("plan", parents=[common_parent], help="treatment plans")
    psub = p.add_subparsers(dest="action", required=True)
    ps = psub.add_parser("show", parents=[common_parent], help="show a chart's treatment plan")
    ps.add_argument("client", help="client id or chart number")
    ps.set_defaults(handler=cmd_plan_show)
    pu = psub.add_parser("update", parents=[common_parent], help="create or change the treatment plan")
    pu.add_argument("client", help="client id or chart number")
    pu.add_argument("--problems", help="the problem list (replaces it)")
    pu.add_argument("--diagnosis", action="append", help="ICD-10-CM code (repeat; replaces the list)")
    pu.add_argument("--modality-frequency", help="e.g. 'individual CBT, weekly'")
    pu.add_argument("--start-date", help="the day the plan starts")
    pu.add_argument("--review-date", help="the day the plan is due for review")
    pu.add_argument("--add-goal", action="append", metavar="TEXT", help="add a goal (repeat)")
    pu.add_argument("--goal-status", action="append", metavar="GOAL_ID=STATUS",
                    help="set a goal's status: " + ", ".join(GOAL_STATUSES) + " (repeat)")
    pu.set_defaults(handler=cmd_plan_update)

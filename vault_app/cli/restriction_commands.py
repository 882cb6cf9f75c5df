"""restriction add|agree|refuse|terminate|list: the client's restrictions (45 CFR 164.522(a))."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from vault_app.cli import common
from vault_app.domain.restrictions import RESTRICTION_KINDS, Restriction
from vault_app.services import restrictions
from vault_app.services.clinical_common import resolve_client_id


def _data(r: Restriction) -> dict[str, Any]:
    return asdict(r)


def _line(r: Restriction, tag: str) -> str:
    day = common.date_shown
    # An ended one was agreed on its decision day: it read "terminated on <the day it was agreed>".
    end = f", ended {day(r.terminated_on, tag)} by the {r.terminated_by}" if r.terminated_on else ""
    answer = "agreed" if r.status == "terminated" else r.status
    return (f"{r.restriction_id}  {r.kind.replace('_', ' ')}  {answer}"
            f"{f' on {day(r.decided_on, tag)}' if r.decided_on else ''}{end}  asked {day(r.requested_on, tag)}: "
            f"{r.description}")


def cmd_add(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        r = restrictions.request_restriction(
            vault, resolve_client_id(vault, args.client), kind=args.kind, description=args.description,
            requested_on=args.requested_on, kinds=args.covers.split(",") if args.covers else (),
            recipient=args.recipient or "")
        tag = common.practice_locale(vault)
    common.emit(args, _data(r), lambda: "Recorded " + _line(r, tag))
    return 0


def _decide(args: argparse.Namespace, agree: bool) -> int:
    with common.unlocked(args) as vault:
        r = restrictions.decide(vault, args.id, agree=agree, decided_on=args.on)
        tag = common.practice_locale(vault)
    common.emit(args, _data(r), lambda: _line(r, tag))
    return 0


def cmd_terminate(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        r = restrictions.terminate(vault, args.id, by=args.by, on=args.on)
        tag = common.practice_locale(vault)
    common.emit(args, _data(r), lambda: _line(r, tag))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        found = restrictions.list_restrictions(vault, resolve_client_id(vault, args.client))
        tag = common.practice_locale(vault)
    common.emit(args, [_data(r) for r in found],
                lambda: "\n".join(_line(r, tag) for r in found) or "No restrictions.")
    return 0


def register(sub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("restriction", parents=[common_parent], help="restrictions the client asked for (164.522(a))")
    rsub = p.add_subparsers(dest="action", required=True)
    a = rsub.add_parser("add", parents=[common_parent], help="record the client's request")
    a.add_argument("--client", required=True, help="client id or chart number")
    a.add_argument("--kind", required=True, choices=RESTRICTION_KINDS,
                   help="health_plan_self_pay: services paid in full out of pocket, not to the health plan "
                        "(must be agreed); other: any other restriction (you may agree or refuse)")
    a.add_argument("--description", required=True, help="what the client asked, in their words")
    a.add_argument("--requested-on", required=True, metavar="DATE", help="the day the client asked")
    a.add_argument("--covers", metavar="KINDS", help="other: progress, psychotherapy, billing, documents (default all)")
    a.add_argument("--recipient", help="other: the recipient it concerns (default any)")
    a.set_defaults(handler=cmd_add)
    for name, agree, what in (("agree", True, "record that you agree to the restriction"),
                              ("refuse", False, "record that you refuse it (never a health_plan_self_pay one)")):
        d = rsub.add_parser(name, parents=[common_parent], help=what)
        d.add_argument("id", help="restriction id, from 'restriction list'")
        d.add_argument("--on", metavar="DATE", help="the day of your decision (default today)")
        d.set_defaults(handler=lambda args, agree=agree: _decide(args, agree))
    t = rsub.add_parser("terminate", parents=[common_parent], help="end an agreed restriction (164.522(a)(2))")
    t.add_argument("id", help="restriction id, from 'restriction list'")
    t.add_argument("--by", required=True, choices=("client", "practice"),
                   help="who ends it (the practice: after telling the client; never a self-pay restriction)")
    t.add_argument("--on", metavar="DATE", help="the day it ends (default today)")
    t.set_defaults(handler=cmd_terminate)
    ls = rsub.add_parser("list", parents=[common_parent], help="a chart's restrictions")
    ls.add_argument("client", help="client id or chart number")
    ls.set_defaults(handler=cmd_list)

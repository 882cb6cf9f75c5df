"""complaint add|list|dispose: complaints received by the practice and their disposition (45 CFR
164.530(d)(2), kept six years by 164.530(j)); services/complaints.py."""

from __future__ import annotations

import argparse
from typing import Any

from vault_app.cli import common
from vault_app.domain.complaints import Complaint
from vault_app.services import complaints


def _row(c: Complaint) -> dict[str, Any]:
    return {"complaint_id": c.complaint_id, "received_on": c.received_on.isoformat(), "from": c.complainant,
            "about": c.about, "disposition": c.disposition,
            "disposed_on": c.disposed_on.isoformat() if c.disposed_on else None,
            "kept_until": c.kept_until.isoformat()}


def _line(c: Complaint, tag: str) -> str:
    state = (f"disposed {common.date_shown(c.disposed_on, tag)}: {c.disposition.rstrip('.')}" if c.disposed_on
             else "open: record its disposition with 'vault-app complaint dispose'")
    return (f"{c.complaint_id}  received {common.date_shown(c.received_on, tag)} from {c.complainant}: {c.about}\n"
            f"    {state}; kept until {common.date_shown(c.kept_until, tag)}")


def cmd_add(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        c = complaints.add_complaint(vault, received_on=args.received_on, complainant=args.from_whom,
                                     about=args.about)
        tag = common.practice_locale(vault)
    common.emit(args, _row(c), lambda: f"Complaint {c.complaint_id} recorded.\n{_line(c, tag)}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        found = complaints.list_complaints(vault)
        tag = common.practice_locale(vault)
    common.emit(args, [_row(c) for c in found], lambda: "\n".join(_line(c, tag) for c in found)
                or "No complaints recorded.")
    return 0


def cmd_dispose(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        c = complaints.record_disposition(vault, args.id, disposition=args.disposition, on=args.on)
        tag = common.practice_locale(vault)
    common.emit(args, _row(c), lambda: f"Disposition recorded.\n{_line(c, tag)}")
    return 0


def register(sub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("complaint", parents=[common_parent],
                       help="complaints received and their disposition (45 CFR 164.530(d)(2))")
    csub = p.add_subparsers(dest="action", required=True)
    c = csub.add_parser("add", parents=[common_parent], help="record a complaint received")
    c.add_argument("--received-on", required=True, metavar="DATE", help="the day it was received")
    c.add_argument("--from", dest="from_whom", required=True, help="who complained (the client, a relative...)")
    c.add_argument("--about", required=True, help="what the complaint is about")
    c.set_defaults(handler=cmd_add)
    c = csub.add_parser("list", parents=[common_parent], help="every complaint, newest first")
    c.set_defaults(handler=cmd_list)
    c = csub.add_parser("dispose", parents=[common_parent], help="record what was done about a complaint")
    c.add_argument("id", help="complaint id, from 'complaint list'")
    c.add_argument("--disposition", required=True, help="what the practice did about it")
    c.add_argument("--on", metavar="DATE", help="the day of the disposition (default today)")
    c.set_defaults(handler=cmd_dispose)

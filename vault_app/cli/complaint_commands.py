"""complaint add|list|dispose|destroy: complaints received by the practice and their disposition (45 CFR
164.530(d)(2), kept six years by 164.530(j)(2), then destroyable); services/complaints.py."""

from __future__ import annotations

import argparse
from typing import Any

from vault_app.cli import common
from vault_app.domain.complaints import RETENTION_CITATION, Complaint
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
        found = complaints.due_complaints(vault) if args.due else complaints.list_complaints(vault)
        tag = common.practice_locale(vault)
    empty = "No complaint has reached the end of its six years." if args.due else "No complaints recorded."
    common.emit(args, [_row(c) for c in found], lambda: "\n".join(_line(c, tag) for c in found) or empty)
    return 0


def due_lines(found: list[Complaint], tag: str) -> list[str]:
    """The complaints past their six years, as `retention eligible` ends with them (by id and days:
    the list is about retention, not what was said)."""
    if not found:
        return []
    return ["", f"Complaints past their six years ({RETENTION_CITATION}): they may be destroyed with "
            "'vault-app complaint destroy ID --confirm'.",
            *(f"{c.complaint_id}  received {common.date_shown(c.received_on, tag)}, disposed "
              f"{common.date_shown(c.disposed_on, tag) if c.disposed_on else '-'}, kept until "
              f"{common.deadline_shown(c.kept_until, tag)}" for c in found)]


def cmd_destroy(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        c = complaints.destroy_complaint(vault, args.id, confirm=args.confirm, clock_is_right=args.clock_is_right)
        tag = common.practice_locale(vault)
    common.emit(args, {"complaint_id": c.complaint_id, "destroyed": True, "kept_until": c.kept_until.isoformat()},
                lambda: f"Complaint {c.complaint_id} destroyed (kept until {common.deadline_shown(c.kept_until, tag)},"
                f" {RETENTION_CITATION}); the audit ledger records its id and days only.")
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
    c.add_argument("--due", action="store_true", help="only those past their six years, which may be destroyed")
    c.set_defaults(handler=cmd_list)
    c = csub.add_parser("dispose", parents=[common_parent], help="record what was done about a complaint")
    c.add_argument("id", help="complaint id, from 'complaint list'")
    c.add_argument("--disposition", required=True, help="what the practice did about it")
    c.add_argument("--on", metavar="DATE", help="the day of the disposition (default today)")
    c.set_defaults(handler=cmd_dispose)
    c = csub.add_parser("destroy", parents=[common_parent],
                        help="destroy a complaint past its six years (45 CFR 164.530(j)(2)); never before")
    c.add_argument("id", help="complaint id, from 'complaint list --due'")
    c.add_argument("--confirm", action="store_true", help="required")
    c.add_argument("--clock-is-right", action="store_true",
                   help="this computer's date is right, though the vault recorded nothing for more than a year "
                   "before it and the complaint became due in between")
    c.set_defaults(handler=cmd_destroy)

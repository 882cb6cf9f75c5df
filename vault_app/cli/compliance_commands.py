"""compliance list|destroy-due: records kept after their chart was destroyed (45 CFR 164.530(j)(2))."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault_app.cli import common
from vault_app.domain.compliance import ComplianceRecord, destroyable
from vault_app.domain.errors import InvalidInput
from vault_app.domain.plurals import counted
from vault_app.services import compliance
from vault_app.services.clinical_common import today

if TYPE_CHECKING:
    from vault_app.services.vault import Vault


def _row(r: ComplianceRecord) -> dict[str, Any]:
    return {"record_id": r.record_id, "kind": r.kind, "chart_number": r.chart_number,
            "created_on": r.created_on.isoformat(), "keep_until": r.keep_until.isoformat()}


def cmd_list(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        found = compliance.all_records(vault)
        tag = common.practice_locale(vault)
    if args.due:
        found = destroyable(found, today())  # what destroy-due takes, as the dashboard counts
    rows = [_row(r) for r in found]
    common.emit(args, rows, lambda: "\n".join(
        f"{d['chart_number']:<10} {d['kind']:<20} {d['record_id']:<40} "
        f"keep until {common.deadline_shown(d['keep_until'], tag)}" for d in rows)
        or "No compliance records kept.")
    return 0


def _refuse_on_a_jumped_clock(vault: Vault) -> None:
    """Due only by a clock that jumped more than a week past the vault's record (domain/clock_gap.py;
    as a chart's destruction: found by a walker)."""
    from vault_app.services import clock_behind

    due = destroyable(compliance.all_records(vault), today())
    before = clock_behind.gap_before_any(vault, [r.keep_until for r in due])
    if before is None:
        return
    tag = common.practice_locale(vault)
    raise InvalidInput(
        f"This computer's clock says {common.date_shown(date.today(), tag)}, more than a week after this "
        f"vault's record before today (of {common.date_shown(before, tag)}), and compliance records became "
        "due in between: only the clock says their retention period (45 CFR 164.530(j)) has ended.",
        hint="If the clock is wrong, set it right first. If it is right, run the command again with --clock-is-right.")


def cmd_destroy_due(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        if args.confirm and not args.clock_is_right:
            _refuse_on_a_jumped_clock(vault)
        signed = compliance.destroy_due(vault, confirm=args.confirm,
                                        json_path=Path(args.certificate_json) if args.certificate_json else None)
    cert = signed["certificate"]
    common.emit(args, signed, lambda: f"Destroyed {counted(len(cert['records']), 'compliance record')} past "
                f"their retention date; certificate recorded in ledger entry {cert['ledger_seq']}.")
    return 0


def register(sub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("compliance", parents=[common_parent],
                       help="compliance records kept after a chart's destruction (45 CFR 164.530(j))")
    csub = p.add_subparsers(dest="action", required=True)
    ls = csub.add_parser("list", parents=[common_parent], help="the records kept and until when")
    ls.add_argument("--due", action="store_true", help="only records past their retention date")
    ls.set_defaults(handler=cmd_list)
    d = csub.add_parser("destroy-due", parents=[common_parent], help="destroy the records past their date")
    d.add_argument("--confirm", action="store_true", help="required")
    d.add_argument("--certificate-json", metavar="FILE", help="also write the signed certificate")
    d.add_argument("--clock-is-right", action="store_true",
                   help="this computer's date is right, though the vault recorded nothing for more than a week "
                   "before it and the records became due in between")
    d.set_defaults(handler=cmd_destroy_due)

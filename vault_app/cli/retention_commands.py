"""hold, destroy and destruction commands (retention policy and eligible charts: cli/retention_policy_commands.py;
certificates: cli/certificate_commands.py)."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

from vault_app.cli import common
from vault_app.domain.errors import ExitCode, InvalidInput, VaultError
from vault_app.domain.plurals import counted
from vault_app.services import (
    certificates,
    destruction,
    destruction_journal,
    destruction_left,
    destruction_new_backup,
    destruction_plan,
    holds,
    retention,
)
from vault_app.services.destruction_progress import Step, describe


# --- holds ----------------------------------------------------------------------------------
def cmd_hold_add(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        hold = holds.place(vault, args.client, args.reason, args.details or "")
        chart = retention.resolve_chart(vault, hold.client_id)[1]
        day = holds.local_day(vault, hold.placed_at)
        alike = [h for h in holds.active_holds(vault, hold.client_id) if h.reason == hold.reason]
    # In words (the hex id alone told the therapist nothing); the release command by chart and
    # reason, the id only when another active hold of the same reason is on the chart.
    how = f"--chart {chart} --reason {hold.reason}" if len(alike) == 1 else hold.hold_id
    common.emit(args, hold.as_dict(), f"Placed a legal hold ({hold.reason}) on chart {chart} on {day}: the chart "
                "cannot be destroyed until the hold is released.\n"
                f"To release it: vault-app hold release {how}")
    return 0


def cmd_hold_release(args: argparse.Namespace) -> int:
    if (args.hold_id is None) == (args.chart is None):
        raise InvalidInput("Name the hold to release: --chart CHART (with --reason REASON when it has several), "
                           "or the hold's id from 'vault-app hold list'.",
                           hint="For example: vault-app hold release --chart C-0042 --reason subpoena")
    if args.reason is not None and args.chart is None:
        raise InvalidInput("--reason goes with --chart: the hold's id already names one hold.")
    with common.unlocked(args) as vault:
        hold_id = args.hold_id if args.chart is None else holds.find_active(vault, args.chart, args.reason).hold_id
        hold = holds.release(vault, hold_id, args.note or "")
        chart = retention.resolve_chart(vault, hold.client_id)[1]
        name = holds.named(vault, hold)
        others = len(holds.active_holds(vault, hold.client_id))
    still = (f"Chart {chart} is still under {counted(others, 'other hold')}." if others
             else f"No other hold is on chart {chart}.")
    common.emit(args, hold.as_dict(), f"Released {name} on chart {chart}. {still}")
    return 0


def cmd_hold_list(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        found = holds.list_holds(vault, args.client, include_released=args.all)
        charts = {h.client_id: retention.resolve_chart(vault, h.client_id)[1] for h in found}
        # The local day in the practice's format: the UTC stamp's first ten characters were the
        # next day for an evening hold in the Americas.
        days = {h.hold_id: (holds.local_day(vault, h.placed_at),
                            holds.local_day(vault, h.released_at) if h.released_at else "") for h in found}
    data: list[dict[str, Any]] = [{**h.as_dict(), "chart_number": charts[h.client_id]} for h in found]

    def text() -> str:
        if not data:
            return "No legal holds." if args.all else "No active legal holds."
        return "\n".join(
            f"chart {d['chart_number']:<12} {d['reason']:<13} placed {days[d['hold_id']][0]:<10}"
            + (f"  released {days[d['hold_id']][1]}" if d["released_at"] else "  ACTIVE") + f"  id {d['hold_id']}"
            for d in data
        )

    common.emit(args, data, text)
    return 0


# --- destroy / destruction -----------------------------------------------------------------------
def _notes(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [n for v in values for n in v.split(",") if n.strip()]


def _print_step(step: Step) -> None:
    """A destruction's steps on stderr as they begin: it runs for minutes with a year of
    backups and cannot be stopped, so the terminal shows it is working (stdout stays the
    result, for --json)."""
    print(f"[{step.done + 1}/{step.total}] {describe(step)}…", file=sys.stderr, flush=True)


def _practice_days(text: str, tag: str) -> str:
    """`text` with its ISO days in the practice's format: the certificate keeps the early warning's
    day ISO (signed), and `destroy` printed "kept until 2033-10-24" right after its refusal had
    said 10/24/2033 (a walker)."""
    return re.sub(r"\b\d{4}-\d{2}-\d{2}\b", lambda m: common.date_shown(m.group(0), tag), text)


def _refuse_on_a_jumped_clock(vault: Any, ref: str) -> None:
    """Due only by a clock that jumped more than a week past the vault's record (domain/clock_gap.py;
    found by a walker: a minor's chart destroyed seven years early on a clock set to 2034)."""
    from datetime import date

    from vault_app.services import clock_behind

    client_id, chart = retention.resolve_chart(vault, ref)
    status = retention.status_for(vault, client_id)
    before = clock_behind.gap_before(vault, status.eligible_on if status else None)
    if before is None or status is None or status.eligible_on is None:
        return
    tag = common.practice_locale(vault)
    raise InvalidInput(
        f"This computer's clock says {common.date_shown(date.today(), tag)}, more than a week after this "
        f"vault's record before today (of {common.date_shown(before, tag)}), and chart {chart} became due in "
        f"between (on {common.date_shown(status.eligible_on, tag)}): only the clock says its retention "
        "period has ended.",
        hint="If the clock is wrong, set it right first: a chart destroyed on a wrong date may be one that must "
        "still be kept. If it is right, run the command again with --clock-is-right.")


def _app_copies_said(cert: dict[str, Any]) -> list[str]:
    verification = cert.get("verification") or {}
    held = [h for h in destruction_left.still_holding(verification)
            if h["kind"] in destruction_left.APP_KINDS]
    return destruction_left.lines(held, str(cert["certificate_id"])) + destruction_left.gone_lines(verification)


def cmd_destroy(args: argparse.Namespace) -> int:
    # Within the scans' size limit, and a scan (it was read whole, whatever the file was).
    permission = destruction_plan.read_permission(args.permission_file) if args.permission_file else None
    # Checked before the destruction: a certificate file that failed after it said only the
    # error, exit 7, for a chart that was destroyed (found: --certificate-pdf nodir/c.pdf).
    common.output_file_possible(args.certificate_json, "certificate JSON")
    common.output_file_possible(args.certificate_pdf, "certificate PDF")
    not_written: VaultError | None = None
    began: list[Step] = []  # a step is reported only after the decision was recorded ("started")

    def reported(step: Step) -> None:
        began.append(step)
        _print_step(step)

    try:
        # No sealing beside: the destruction rewrites the vault's files and checkpoints ledger.db,
        # which the sealing's reads would hold up; its own check of the ledger seals it.
        with common.unlocked(args, psychotherapy=True, seal_beside=False) as vault:
            if args.basis == "retention" and not args.clock_is_right:
                _refuse_on_a_jumped_clock(vault, args.client)
            cert = destruction.destroy(
                vault, args.client, basis=args.basis, confirm=args.confirm, note_ids=_notes(args.notes),
                permission=permission, witness=args.witness, authorized_by=args.authorized_by,
                verified_by=args.verified_by,
                override_reason=args.early_reason if args.basis == "permission" else args.override_reason,
                progress=reported,
            )
            tag = common.practice_locale(vault)
            written = {}
            if args.certificate_json or args.certificate_pdf:
                try:
                    written = certificates.export(
                        vault, cert["certificate_id"],
                        json_path=Path(args.certificate_json) if args.certificate_json else None,
                        pdf_path=Path(args.certificate_pdf) if args.certificate_pdf else None,
                    )
                except VaultError as err:  # a full disk after the check: the destruction is said first
                    err.hint = (f"The destruction is done; export the certificate again with: vault-app certificate "
                                f"export {cert['certificate_id']} --json-out F --pdf-out F")
                    not_written = err
    except KeyboardInterrupt:
        if not began:
            raise
        # Found: "Stopped (Ctrl-C)." alone, which reads as if the chart were untouched.
        as_json = bool(getattr(args, "json", False))
        if not as_json:
            print(file=sys.stderr)
        common.say_error(as_json, "interrupted", "Stopped (Ctrl-C) after the destruction began.",
                         "It was recorded and is finished, verified and certified at the next unlock (any vault-app "
                         "command or the app), or now with 'vault-app destruction resume'.", 130, prefix="")
        return 130
    records = cert["records"]
    kept_pdfs = (cert.get("extra") or {}).get("kept_original_pdfs")
    after = cert.get(destruction_new_backup.KEY)
    common.emit(
        args,
        {"certificate_id": cert["certificate_id"], "verification": cert["verification"]["result"],
         "chart_number": records["chart_number"], "scope": records["scope"], "counts": records["counts"],
         "written": written, "roles": cert.get("roles"), "roles_warning": cert.get("roles_warning") or None,
         **({"kept_original_pdfs": kept_pdfs} if kept_pdfs is not None else {}),
         **({"backup_after": after} if after else {})},
        lambda: (
            f"Destroyed and verified: chart {records['chart_number']} ({records['scope'].replace('_', ' ')}).\n"
            + (f"{kept_pdfs['statement']}\n" if kept_pdfs is not None else "") +
            # Before the retention end (domain.destruction.early_destruction): the rule it departed from.
            (f"EARLY: {_practice_days(cert['basis']['early_warning'], tag)}\n"
             if (cert.get("basis") or {}).get("early_warning") else "")
            + f"Certificate {cert['certificate_id']} is kept in the ledger."
            # The purged backups keep their own ledgers: whether a new one carries this destruction.
            + (f"\n{'' if after.get('made') else 'WARNING: '}{destruction_new_backup.words(after)}" if after else "")
            + (f"\nWARNING: {cert['roles_warning']}" if cert.get("roles_warning") else "")
            # The copies the app made that the destruction did not reach (destruction_app_copies).
            + "".join("\n" + line for line in _app_copies_said(cert))
            + "".join(f"\nWrote {k.upper()}: {v}" for k, v in written.items())
            + ("" if written else
               f"\nExport it with: vault-app certificate export {cert['certificate_id']} --json-out F --pdf-out F")
        ),
    )
    if not_written is not None:
        common.emit_error(args, not_written)
        return int(not_written.exit_code)
    return 0


def cmd_destruction_list(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        data = destruction.list_destructions(vault)
        tag = common.practice_locale(vault)

    def text() -> str:
        if not data:
            return "No destructions recorded."
        return "\n".join(
            f"{d['certificate_id']}  chart {d['chart_number']:<12} {d['scope']:<20} {d['basis']:<10} "
            f"{common.day(d['started_at'], tag)}  {d['state']}"
            + (f" ({counted(d['backups_not_reachable'], 'backup')} not reachable: run destruction purge-backups)"
               if d["backups_not_reachable"] else "")
            for d in data
        )

    common.emit(args, data, text)
    return 0


def cmd_destruction_resume(args: argparse.Namespace) -> int:
    # The unlock itself already finishes interrupted destructions; this reports them.
    with common.unlocked(args, psychotherapy=True, seal_beside=False) as vault:  # as cmd_destroy
        data = destruction.resume_interrupted(vault)
        listed = destruction.list_destructions(vault)
        states = {d["certificate_id"]: d["state"] for d in listed}
        # What each completed one's certificate names as still holding the chart (found by a walker:
        # "completed" alone, while a purge's unpacked copy sat on a drive that was away).
        held = {d["certificate_id"]: destruction_left.still_holding(
                    destruction_journal.completed_entry(vault, d["certificate_id"]).payload.get("certificate", {})
                    .get("verification") or {}) for d in listed if d["state"] == "completed"}
        held = {key: places for key, places in held.items() if places}
    why = {d["certificate_id"]: d for d in data if d.get("error")}
    # A destruction finished now whose new backup could not be made: an older copy would not know of it.
    no_backup = {d["certificate_id"]: d["backup_after"] for d in data
                 if d.get("backup_after") and not d["backup_after"].get("made")}

    def text() -> str:
        # Why one is still interrupted, and what to do (found: a backup drive that could not be
        # written left "interrupted" alone, at every try).
        lines = []
        for key, state in states.items():
            lines.append(f"{key}: {state}")
            lines += destruction_left.lines(held.get(key, []), key)
            if key in no_backup:
                lines.append(f"  WARNING: {destruction_new_backup.words(no_backup[key])}")
            failed = why.get(key)
            if failed is not None and state.startswith("interrupted"):
                lines.append(f"  not finished now: {failed['error']}")
                if failed.get("hint"):
                    lines.append(f"  {failed['hint']}")
        return "\n".join(lines) or "No destructions recorded."

    common.emit(args, {"resumed": data, "states": states, "still_holding": held}, text)
    return 0 if all(not v.startswith("interrupted") for v in states.values()) else int(ExitCode.ENVIRONMENT)


def cmd_destruction_retry(args: argparse.Namespace) -> int:
    with common.unlocked(args, psychotherapy=True, seal_beside=False) as vault:  # as cmd_destroy
        cert = destruction.retry_failed(vault, args.certificate_id, progress=_print_step)
    common.emit(args, {"certificate_id": cert["certificate_id"], "verification": cert["verification"]["result"]},
                f"Destruction {cert['certificate_id']} completed and verified on retry.")
    return 0


def cmd_destruction_purge_backups(args: argparse.Namespace) -> int:
    # The psychotherapy copy of each backup opens only with that compartment's own key.
    with common.unlocked(args, psychotherapy=True) as vault:
        report = (destruction.purge_named_file(vault, args.certificate_id, Path(args.file)) if args.file else
                  destruction.purge_backups_again(vault, args.certificate_id))

    def text() -> str:
        lines = [f"{b.get('path')}: {'purged' if b.get('ok') else 'FAILED ' + str(b.get('error', ''))}"
                 for b in report["backups"]]
        lines.extend(f"{b['path']}: not reachable (connect the drive and run this again)"
                     for b in report["backups_not_reachable"])
        return "\n".join(lines) or "No registered backups."

    common.emit(args, report, text)
    return 0 if report["ok"] else int(ExitCode.CORRUPT)


def cmd_destruction_verify(args: argparse.Namespace) -> int:
    # The psychotherapy copy of each backup opens only with that compartment's own key.
    with common.unlocked(args, psychotherapy=True) as vault:
        report = destruction.verify_destruction(vault, args.certificate_id)

    def text() -> str:
        s = report["structural"]
        lines = [
            f"Destruction {report['certificate_id']}: {'VERIFIED' if report['ok'] else 'NOT VERIFIED'}",
            f"  certificate intact in the ledger: {report['certificate_intact_in_ledger']}",
            f"  rows still naming the records: {s['rows_remaining']}",
            f"  key problems: {', '.join(s['key_problems']) or 'none'}",
            f"  ledger chain verified: {s['ledger_verified']} ({s['ledger_entries_checked']} entries)",
            f"  registered backups checked: {len(report['backups'])}",
        ]
        # Each backup still holding the chart named, with the fix (found: only --json named the file).
        for b in report["backups"]:
            if not b.get("ok"):
                why = b.get("error") or (f"{b.get('rows_remaining') or 0} rows still name the records; key problems: "
                                         f"{', '.join(b.get('key_problems') or ()) or 'none'}")
                lines.append(f"  NOT CLEAN: {b.get('path')}: {why}")
        if not all(b.get("ok") for b in report["backups"]):
            lines.append(f"  Purge them: vault-app destruction purge-backups {report['certificate_id']}")
        # Found by a walker: VERIFIED read as "no copy holds it" while a copy made by hand did; the
        # certificate says such copies are beyond reach, and this says how to check and purge one.
        lines.append("  Not checked: copies the app did not make or register (a backup file copied by hand); "
                     "'vault-app backup verify FILE' says whether one still holds the chart, and "
                     f"'vault-app destruction purge-backups {report['certificate_id']} --file FILE' purges it.")
        return "\n".join(lines)

    common.emit(args, report, text)
    return 0 if report["ok"] else int(ExitCode.CORRUPT)


def register(sub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("hold", parents=[common_parent], help="legal holds (a held chart cannot be destroyed)")
    hs = p.add_subparsers(dest="action", required=True)
    x = hs.add_parser("add", parents=[common_parent], help="place a hold on a chart")
    x.add_argument("--client", required=True, metavar="ID", help="client id or chart number")
    x.add_argument("--reason", required=True, choices=["subpoena", "litigation", "complaint", "audit",
                                                       "investigation", "other"], metavar="REASON",
                   help="why the chart is held: %(choices)s")
    x.add_argument("--details", help="case name, court, who asked (kept encrypted in the chart)")
    x.set_defaults(handler=cmd_hold_add)
    x = hs.add_parser("release", parents=[common_parent], help="release a hold")
    x.add_argument("hold_id", nargs="?", help="the hold's id from 'hold list' (for scripts; or use --chart)")
    x.add_argument("--chart", metavar="ID", help="the held chart (client id or chart number)")
    x.add_argument("--reason", metavar="REASON", help="which of the chart's holds, when it has several")
    x.add_argument("--note", help="why the hold ended")
    x.set_defaults(handler=cmd_hold_release)
    x = hs.add_parser("list", parents=[common_parent], help="list holds")
    x.add_argument("--client", metavar="ID", help="only this chart's holds (client id or chart number)")
    x.add_argument("--all", action="store_true", help="include released holds")
    x.set_defaults(handler=cmd_hold_list)

    p = sub.add_parser("destroy", parents=[common_parent],
                       help="destroy a chart or selected psychotherapy notes, verifiably (asks for the passphrase)")
    p.add_argument("--client", required=True, metavar="ID", help="client id or chart number")
    p.add_argument("--notes", action="append", metavar="NOTE_ID[,NOTE_ID...]",
                   help="only these psychotherapy notes (repeatable), and the ids of original PDFs kept from "
                   "discarded drafts to destroy with them; omit to destroy the whole chart")
    p.add_argument("--basis", required=True, choices=["retention", "permission", "override"],
                   help="retention: its period has ended; permission: the client's written permission "
                   "(--permission-file); override: with --override-reason")
    p.add_argument("--permission-file", metavar="FILE",
                   help="the client's signed written permission (its hash is recorded)")
    p.add_argument("--override-reason", metavar="TEXT",
                   help="why the retention schedule is overridden; before the retention minimum, why you destroy "
                   "early (no names)")
    p.add_argument("--early-reason", metavar="TEXT",
                   help="with --basis permission before the retention minimum: why you destroy early (no names)")
    p.add_argument("--witness", metavar="NAME", help="a witness to name on the certificate")
    p.add_argument("--authorized-by", metavar="NAME", help="who authorized the destruction (default: you)")
    p.add_argument("--verified-by", metavar="NAME",
                   help="who verified it (NIST SP 800-88 'validated by'; default: the witness, else you)")
    p.add_argument("--confirm", required=True, metavar="CHART", help="type the chart number to confirm")
    p.add_argument("--certificate-json", metavar="FILE", help="also write the signed certificate JSON")
    p.add_argument("--certificate-pdf", metavar="FILE", help="also write the certificate PDF")
    p.add_argument("--clock-is-right", action="store_true",
                   help="with --basis retention: this computer's date is right, though the vault recorded nothing "
                   "for more than a week before it and the chart became due in between")
    p.set_defaults(handler=cmd_destroy)

    p = sub.add_parser("destruction", parents=[common_parent], help="recorded destructions")
    ds = p.add_subparsers(dest="action", required=True)
    x = ds.add_parser("list", parents=[common_parent], help="every destruction and its state")
    x.set_defaults(handler=cmd_destruction_list)
    x = ds.add_parser("verify", parents=[common_parent], help="re-run the structural verification")
    x.add_argument("certificate_id", help="from 'destruction list'")
    x.set_defaults(handler=cmd_destruction_verify)
    x = ds.add_parser("resume", parents=[common_parent], help="finish an interrupted destruction now")
    x.set_defaults(handler=cmd_destruction_resume)
    x = ds.add_parser("retry", parents=[common_parent],
                      help="after a failed verification and your clean-up, run the steps and checks again")
    x.add_argument("certificate_id", help="from 'destruction list'")
    x.set_defaults(handler=cmd_destruction_retry)
    x = ds.add_parser("purge-backups", parents=[common_parent],
                      help="purge a destroyed chart from registered backups that were not reachable then, "
                           "or from one backup file (--file)")
    x.add_argument("certificate_id", help="from 'destruction list'")
    x.add_argument("--file", metavar="FILE",
                   help="only this single backup file, registered or not (a copy made by hand that "
                        "'backup verify' said NOT CLEAN)")
    x.set_defaults(handler=cmd_destruction_purge_backups)

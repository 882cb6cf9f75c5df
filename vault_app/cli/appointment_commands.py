"""appt add|list|move|status, fee schedule|policy|session, payment add|list|delete.

Lists name charts by chart number only: a terminal's scrollback is not the place for names.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from datetime import tzinfo
from typing import Any

from vault_app.cli import common
from vault_app.domain.appointments import RECURRENCES, STATUS_LABELS, STATUSES, week_of
from vault_app.domain.billing import PAYMENT_METHODS, code_with_units, unpriced_codes, unpriced_warning
from vault_app.domain.clinical import require_date
from vault_app.domain.errors import InvalidInput
from vault_app.domain.locale_format import money_text
from vault_app.domain.plurals import counted
from vault_app.domain.statement import balance_words
from vault_app.services.clinical_common import resolve_client_id


def _appt_dict(a: Any) -> dict[str, Any]:
    return dict(a.as_dict())


def _appt_line(a: Any, tag: str, zone: tzinfo | None) -> str:
    from vault_app.services.appointment_times import doubled_note, end_note, end_shown

    fee = f" fee {money_text(a.fee_cents, tag)}" if a.fee_cents is not None else ""
    # The end after the minutes really elapsed (3:23 AM for 1:30 + 53 minutes the night the clocks
    # go forward), and which 1:30 on the night they go back.
    # `zone`: the practice's clock (services/practice_zone.py), read once for all the lines.
    end = end_shown(a.date, a.start_time, a.duration_minutes, zone)
    return (f"{a.appointment_id} {common.date_shown(a.date, tag)} "
            f"{common.time_shown(a.start_time, tag)}{doubled_note(a.date, a.start_time, zone)}-"
            f"{common.time_shown(end, tag)}{end_note(a.date, a.start_time, a.duration_minutes, zone)} "
            f"{a.setting:<10} {STATUS_LABELS[a.status]}{fee}")


# --- appt -------------------------------------------------------------------------------
def cmd_appt_add(args: argparse.Namespace) -> int:
    from vault_app.services import appointments, practice_zone

    with common.unlocked(args) as vault:
        made = appointments.schedule(
            vault, resolve_client_id(vault, args.client), date=args.date, start=args.start,
            duration_minutes=args.minutes, setting="telehealth" if args.telehealth else "in_person",
            recurrence=args.repeat, count=args.count, until=args.until,
        )
        tag, zone = common.practice_locale(vault), practice_zone.zone(vault)
    common.emit(args, [_appt_dict(a) for a in made], lambda: f"Scheduled {counted(len(made), 'appointment')}:\n"
                + "\n".join(_appt_line(a, tag, zone) for a in made))
    return 0


def _row_dict(r: Any) -> dict[str, Any]:
    data = asdict(r)
    data.pop("legal_name")
    data.pop("preferred_name")
    return data


def cmd_appt_list(args: argparse.Namespace) -> int:
    from vault_app.services import appointments, practice_zone

    with common.unlocked(args) as vault:
        tag, zone = common.practice_locale(vault), practice_zone.zone(vault)
        if args.client:
            found = appointments.list_for_client(vault, resolve_client_id(vault, args.client))
            common.emit(args, [_appt_dict(a) for a in found],
                        lambda: "\n".join(_appt_line(a, tag, zone) for a in found) or "No appointments.")
            return 0
        if args.first or args.last:
            first = args.first or args.last
            rows = appointments.list_range(vault, first, args.last or first)
        else:
            monday, sunday = week_of(require_date(args.week, "week") if args.week else practice_zone.today(vault))
            rows = appointments.list_range(vault, monday, sunday)
    common.emit(args, [_row_dict(r) for r in rows], lambda: "\n".join(
        f"{common.date_shown(r.date, tag)} {common.time_shown(r.start_time, tag, '--:--'):>8} "
        f"{r.duration_minutes:>3} min chart {r.chart_number:<10} "
        f"{r.kind:<11} {STATUS_LABELS.get(r.status, r.status):<26} {r.item_id}"
        + (" note " + ("signed" if r.note_signed else "unsigned") if r.note_id else "")
        for r in rows) or "Nothing on the agenda for those days.")
    return 0


def cmd_appt_move(args: argparse.Namespace) -> int:
    from vault_app.services import appointments, practice_zone

    with common.unlocked(args) as vault:
        moved = appointments.move(vault, args.appointment, date=args.date, start=args.start,
                                  duration_minutes=args.minutes,
                                  setting=None if args.setting is None else args.setting)
        tag, zone = common.practice_locale(vault), practice_zone.zone(vault)
    common.emit(args, _appt_dict(moved), lambda: "Moved: " + _appt_line(moved, tag, zone))
    return 0


def cmd_appt_status(args: argparse.Namespace) -> int:
    from vault_app.services import appointments, practice_zone

    with common.unlocked(args) as vault:
        if args.status == "attended":
            done = appointments.attend(vault, args.appointment)
            common.emit(args, done.as_dict(), lambda: (
                f"Attended: the session already recorded that day, {done.session_id}, is this visit (not a "
                f"second one); its note: {done.note_id}." if done.reused_session else
                f"Attended: session {done.session_id} (CPT {done.cpt_code or 'none'}), draft note {done.note_id}.\n"
                f"Write it in the app's note editor, then sign: vault-app note sign {done.note_id}"))
            return 0
        updated = appointments.set_status(vault, args.appointment, args.status)
        tag, zone = common.practice_locale(vault), practice_zone.zone(vault)
    common.emit(args, _appt_dict(updated), lambda: "Recorded: " + _appt_line(updated, tag, zone))
    return 0


# --- fee --------------------------------------------------------------------------------
def _schedule_text(schedule: dict[str, int], tag: str) -> str:
    return "\n".join(f"{code}  {money_text(cents, tag)}" for code, cents in schedule.items()) or "No fees set."


def cmd_fee_schedule(args: argparse.Namespace) -> int:
    from vault_app.services import billing

    with common.unlocked(args) as vault:
        if args.remove:
            schedule = billing.remove_scheduled_fee(vault, args.remove)
        elif args.cpt:
            if args.amount is None:
                raise InvalidInput("Give the fee after the code.", hint="e.g. vault-app fee schedule 90834 140.00")
            schedule = billing.set_scheduled_fee(vault, args.cpt, args.amount)
        else:
            schedule = billing.fee_schedule(vault)
        tag = common.practice_locale(vault)
    common.emit(args, schedule, lambda: _schedule_text(schedule, tag))
    return 0


def cmd_fee_policy(args: argparse.Namespace) -> int:
    from vault_app.services import billing

    with common.unlocked(args) as vault:
        if args.no_show is None and args.late_cancel is None and not args.clear:
            policy = billing.policy(vault)
        else:
            policy = billing.set_policy(vault, no_show=args.no_show, late_cancel=args.late_cancel, clear=args.clear)
        tag = common.practice_locale(vault)

    def text() -> str:
        def show(cents: int | None) -> str:
            return "not charged" if cents is None else money_text(cents, tag)
        return f"No-show fee: {show(policy.no_show_cents)}\nLate-cancel fee: {show(policy.late_cancel_cents)}"

    common.emit(args, policy.as_dict(), text)
    return 0


def cmd_fee_session(args: argparse.Namespace) -> int:
    from vault_app.services import billing

    with common.unlocked(args) as vault:
        if args.amount is not None:
            billing.set_session_fee(vault, args.session, args.amount)
        cents, source = billing.session_fee(vault, args.session)
        tag = common.practice_locale(vault)
    shown = "no fee" if cents is None else f"{money_text(cents, tag)} ({source})"
    common.emit(args, {"session_id": args.session, "fee_cents": cents, "source": source},
                f"Session {args.session}: {shown}")
    return 0


# --- payment ------------------------------------------------------------------------------
def cmd_payment_add(args: argparse.Namespace) -> int:
    from vault_app.services import billing

    with common.unlocked(args) as vault:
        payment = billing.record_payment(vault, resolve_client_id(vault, args.client), paid_on=args.date,
                                         amount=args.amount, method=args.method, reference=args.reference or "")
        balance = billing.account(vault, payment.client_id).balance_cents
        tag = common.practice_locale(vault)
    # A credit said as one ("Credit now $40.00."), never as "Balance now -$40.00."
    label, amount = balance_words(balance, "account", tag)
    common.emit(args, {**payment.as_dict(), "balance_cents": balance}, lambda: (
        f"Payment {payment.payment_id}: {money_text(payment.amount_cents, tag)} by {payment.method} on "
        f"{common.date_shown(payment.paid_on, tag)}. {label} now {amount}."))
    return 0


def cmd_payment_list(args: argparse.Namespace) -> int:
    from vault_app.services import billing

    with common.unlocked(args) as vault:
        account = billing.account(vault, resolve_client_id(vault, args.client))
        tag = common.practice_locale(vault)

    def text() -> str:
        day = common.date_shown
        # 9 wide: an add-on code with its units ("90840 ×2")
        lines = [f"{day(c.on, tag)} {c.kind:<11} {code_with_units(c.cpt_code, c.units):<9} "
                 f"{money_text(c.cents, tag) if c.priced else 'no fee set':>12}" for c in account.charges]
        lines += [f"{day(p.paid_on, tag)} payment     {p.method:<9} {money_text(-p.amount_cents, tag):>12}  "
                  f"{p.payment_id}" for p in account.payments]
        label, amount = balance_words(account.balance_cents, "account", tag)
        lines.append(f"{label}: {amount}")
        return "\n".join(lines)

    unpriced = unpriced_codes(account.charges)
    if unpriced:
        print(f"warning: {unpriced_warning(unpriced)}", file=sys.stderr)
    common.emit(args, account.as_dict(), text)
    return 0


def cmd_payment_delete(args: argparse.Namespace) -> int:
    from vault_app.services import billing

    with common.unlocked(args) as vault:
        billing.delete_payment(vault, args.payment)
    common.emit(args, {"deleted": args.payment}, f"Payment {args.payment} removed.")
    return 0


# --- superbill / statement -----------------------------------------------------------------
def pdf_password(args: argparse.Namespace) -> str:
    """The same sources as every other PDF the app writes (export, accounting)."""
    return common.read_secret(args, env="VAULT_APP_PDF_PASSWORD", file_attr="pdf_password_file",
                              prompt="Password for the PDF: ", what="PDF password", confirm=True)


def cmd_superbill(args: argparse.Namespace) -> int:
    from pathlib import Path

    from vault_app.services import sessions, superbill

    with common.unlocked(args) as vault:
        client_id = resolve_client_id(vault, args.client)
        twice = sessions.duplicate_session_days(vault, client_id, require_date(args.first, "first date"),
                                                require_date(args.last, "last date"))
        issued = superbill.issue(
            vault, client_id, kind=args.kind, first=args.first, last=args.last,
            out=Path(args.out), password=pdf_password(args), guardian_id=args.guardian, request_id=args.request,
            overwrite=args.overwrite, again=args.again)
        tag = common.practice_locale(vault)
    for day, count in twice:
        # Made as asked (two visits happen), but a visit recorded twice must not reach an insurer unseen.
        print(f"warning: {count} sessions on {common.date_shown(day, tag)} are {count} lines on this {args.kind}. "
              "If that day was one visit, correct the session recorded twice (the chart's Sessions & notes, "
              "Correct session details...) and make it again.", file=sys.stderr)
    if issued.unpriced:
        print(f"warning: {unpriced_warning(issued.unpriced)} It reads \"no fee set\" on this {args.kind}.",
              file=sys.stderr)
    if issued.diagnosis_from_plan:
        # Their diagnosis they certify: the plan's as it stands now (no history is kept of earlier codes).
        days = ", ".join(common.date_shown(require_date(d, "date"), tag) for d in issued.diagnosis_from_plan)
        print(f"note: no diagnosis was recorded on the visit of {days}: this superbill gives it the treatment "
              "plan's current diagnosis. If the diagnosis was different then, record it on the session (vault-app "
              "session update SESSION --icd10 CODE) and make the superbill again (--again).", file=sys.stderr)
    common.emit(args, issued.as_dict(), lambda: (
        f"{args.kind.capitalize()} {issued.disclosure_id} written to {issued.path}: "
        f"{counted(issued.sessions, 'line') if issued.sessions else 'no session or fee in these dates'}, "
        f"charges {money_text(issued.charged_cents, tag)}, paid {money_text(issued.paid_cents, tag)}.\n"
        f"Logged as a disclosure to the individual (ledger #{issued.ledger_seq}); not listed in the accounting "
        f"of disclosures: {issued.exclusion}.\n  {_PASSWORD_TO[issued.password_to]}"))
    return 0


# Who is given the PDF's password (domain/decedent.password_to). It said "the client" of a client who had
# died (wclose F8) and of a PDF addressed to a guardian.
_PASSWORD_TO = {
    "client": "Give the client the PDF password separately.",
    "guardian": "Give the guardian it is addressed to the PDF password separately.",
    "estate": "The client has died: give the PDF password separately to their personal representative, the "
              "executor or administrator of the estate (45 CFR 164.502(g)(4)).",
}


def cmd_fee_split(args: argparse.Namespace) -> int:
    from vault_app.services import billing

    with common.unlocked(args) as vault:
        client_id = resolve_client_id(vault, args.client)
        if args.share or args.clear:
            shares: dict[str, int] = {}
            for item in args.share or []:
                guardian, _, percent = item.partition("=")
                if not percent.isdigit():
                    raise InvalidInput("Give each share as GUARDIAN_ID=PERCENT, e.g. --share 3fa1...=50.")
                shares[guardian.strip()] = int(percent)
            split = billing.set_split(vault, client_id, shares)
        else:
            split = billing.split(vault, client_id)
    common.emit(args, split, lambda: "\n".join(f"guardian {g}: {p}%" for g, p in split.items())
                or "No split: statements go to one payer.")
    return 0


def register(sub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("appt", parents=[common_parent], help="appointments: the day and week agenda")
    asub = p.add_subparsers(dest="action", required=True)
    add = asub.add_parser("add", parents=[common_parent], help="schedule an appointment or a weekly series")
    add.add_argument("client", help="client id or chart number")
    add.add_argument("--date", required=True, help="the day (the first, for a series)")
    add.add_argument("--start", required=True, help="HH:MM")
    add.add_argument("--minutes", type=int, default=53, help="length (default 53)")
    add.add_argument("--telehealth", action="store_true", help="by telehealth (default: in person)")
    add.add_argument("--repeat", choices=RECURRENCES, default="none", help="a series (default none: one appointment)")
    add.add_argument("--count", type=int, help="number of appointments in the series (default 12)")
    add.add_argument("--until", help="last date of the series (instead of --count)")
    add.set_defaults(handler=cmd_appt_add)
    ls = asub.add_parser("list", parents=[common_parent], help="a week's agenda (default: this week)")
    ls.add_argument("--week", help="any day of the week to show (YYYY-MM-DD)")
    ls.add_argument("--from", dest="first", help="first day of a range")
    ls.add_argument("--to", dest="last", help="last day of a range")
    ls.add_argument("--client", help="every appointment of one chart instead")
    ls.set_defaults(handler=cmd_appt_list)
    mv = asub.add_parser("move", parents=[common_parent], help="another day, time or length (scheduled only)")
    mv.add_argument("appointment", help="appointment id")
    mv.add_argument("--date", help="the new day")
    mv.add_argument("--start", help="the new start time, HH:MM")
    mv.add_argument("--minutes", type=int, help="the new length in minutes")
    mv.add_argument("--setting", choices=("in_person", "telehealth"), help="in person or by telehealth")
    mv.set_defaults(handler=cmd_appt_move)
    st = asub.add_parser("status", parents=[common_parent],
                         help="attended (makes the session and a draft note), no_show, late_cancel, cancelled_*")
    st.add_argument("appointment", help="appointment id")
    # Choices in the help text: in the usage they made a line of 112 columns.
    st.add_argument("status", choices=STATUSES, metavar="STATUS", help="%(choices)s")
    st.set_defaults(handler=cmd_appt_status)

    p = sub.add_parser("fee", parents=[common_parent], help="fee schedule, missed-appointment policy, session fees")
    fsub = p.add_subparsers(dest="action", required=True)
    fs = fsub.add_parser("schedule", parents=[common_parent], help="show, set (CPT AMOUNT) or --remove a fee")
    fs.add_argument("cpt", nargs="?", help="a CPT code, e.g. 90834 (none: show the schedule)")
    fs.add_argument("amount", nargs="?", help="its fee, e.g. 140.00")
    fs.add_argument("--remove", metavar="CPT", help="remove this code's fee from the schedule")
    fs.set_defaults(handler=cmd_fee_schedule)
    fp = fsub.add_parser("policy", parents=[common_parent], help="no-show and late-cancel fees")
    fp.add_argument("--no-show", help="amount charged for a no-show")
    fp.add_argument("--late-cancel", help="amount charged for a late cancellation")
    fp.add_argument("--clear", action="store_true", help="charge nothing for either")
    fp.set_defaults(handler=cmd_fee_policy)
    fe = fsub.add_parser("session", parents=[common_parent], help="show or set one session's fee")
    fe.add_argument("session", help="session id")
    fe.add_argument("amount", nargs="?", help="its fee, e.g. 120.00 (none: show the fee)")
    fe.set_defaults(handler=cmd_fee_session)

    sp = fsub.add_parser("split", parents=[common_parent], help="a minor's charges split between guardians")
    sp.add_argument("client", help="client id or chart number")
    sp.add_argument("--share", action="append", metavar="GUARDIAN_ID=PERCENT", help="repeat; percents add up to 100")
    sp.add_argument("--clear", action="store_true", help="remove the split")
    sp.set_defaults(handler=cmd_fee_split)

    p = sub.add_parser("superbill", parents=[common_parent],
                       help="superbill or statement PDF for the client's own reimbursement (logged)")
    p.add_argument("client", help="client id or chart number")
    p.add_argument("--from", dest="first", required=True, help="first date of service")
    p.add_argument("--to", dest="last", required=True, help="last date of service")
    p.add_argument("--out", required=True, help="the PDF file to write")
    p.add_argument("--kind", choices=("superbill", "statement"), default="superbill",
                   help="superbill (for the client's health plan; the default) or statement (charges, payments, "
                   "balance)")
    p.add_argument("--guardian", help="address it to this guardian (a minor's parent); their share if split")
    p.add_argument("--request", help="an access request already on file (default: one is recorded)")
    p.add_argument("--overwrite", action="store_true", help="replace the --out file if it exists")
    p.add_argument("--again", action="store_true",
                   help="issue it although a superbill for these sessions was already issued (a lost copy, a "
                   "corrected fee): the new one says which superbill it replaces")
    p.add_argument("--pdf-password-file", metavar="FILE",
                   help="read the PDF password from FILE (else $VAULT_APP_PDF_PASSWORD or a prompt)")
    p.set_defaults(handler=cmd_superbill)

    p = sub.add_parser("payment", parents=[common_parent], help="payments and a client's balance")
    psub = p.add_subparsers(dest="action", required=True)
    pa = psub.add_parser("add", parents=[common_parent], help="record a payment (never a card number)")
    pa.add_argument("client", help="client id or chart number")
    pa.add_argument("--date", required=True, help="the day it was paid")
    pa.add_argument("--amount", required=True, help="e.g. 140.00")
    pa.add_argument("--method", required=True, choices=PAYMENT_METHODS, help="how it was paid")
    pa.add_argument("--reference", help="e.g. a check number (no card numbers)")
    pa.set_defaults(handler=cmd_payment_add)
    pl = psub.add_parser("list", parents=[common_parent], help="a client's charges, payments and balance")
    pl.add_argument("client", help="client id or chart number")
    pl.set_defaults(handler=cmd_payment_list)
    pd = psub.add_parser("delete", parents=[common_parent], help="remove a payment entered by mistake")
    pd.add_argument("payment", help="payment id")
    pd.set_defaults(handler=cmd_payment_delete)

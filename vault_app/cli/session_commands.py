"""session add|list|update: a chart's sessions from the command line.

Apart from the client commands (cli/clinical_commands.py), with which it passed one file's
worth; `client list`, the commonest command, imports none of this. A module per command keeps
`vault-app --help` in the table's order (cli/main.py registers a module where its first command
stands).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from typing import TYPE_CHECKING

from vault_app.cli import common
from vault_app.domain.clinical import BILLING_STATUSES, MODALITIES, SERVICE_TYPES, SETTINGS
from vault_app.domain.cpt_on_length import BAND_WORDS, CodeOnLength
from vault_app.domain.errors import InvalidInput
from vault_app.domain.shown_words import BILLING_WORDS, shown
from vault_app.services.clinical_common import resolve_client_id

if TYPE_CHECKING:
    from vault_app.domain.clinical import Session
    from vault_app.services.vault import Vault


def cmd_session_add(args: argparse.Namespace) -> int:
    from vault_app.services import sessions

    with common.unlocked(args) as vault:
        session = sessions.add_session(
            vault, resolve_client_id(vault, args.client), date=args.date, start_time=args.start, end_time=args.end,
            duration_minutes=args.duration, modality=args.modality,
            setting="telehealth" if args.telehealth else "in_person", platform=args.platform or "",
            service_type=args.service_type, cpt_code=args.cpt, addon_codes=args.addon,
            icd10_codes=args.icd10 or [], location=args.location or "", billing_status=args.billing_status,
            patient_present=not args.without_patient,
        )
        tag = common.practice_locale(vault)
    # The day and time as `session update` and the lists say them (found: this said 2026-08-13).
    common.emit(args, session.as_dict(), lambda: (
        f"Session {session.session_id} on {common.date_shown(session.date, tag)}"
        f"{(' ' + common.time_shown(session.start_time, tag)) if session.start_time else ''}: "
        f"{session.duration_minutes} min {session.modality}, "
        f"CPT {session.cpt_code or '(none)'}{' + ' + ' + '.join(session.addon_codes) if session.addon_codes else ''}"
    ))
    return 0


def cmd_session_list(args: argparse.Namespace) -> int:
    from vault_app.services import sessions

    with common.unlocked(args) as vault:
        client_id = resolve_client_id(vault, args.client)
        found = sessions.list_sessions(vault, client_id)
        states = billing_shown(vault, client_id, found)
        tag = common.practice_locale(vault)
    listed = [s.as_dict() | {"billing_shown": states[s.session_id]} for s in found]
    common.emit(args, listed, lambda: "\n".join(
        f"{s.session_id} {common.date_shown(s.date, tag)} {common.time_shown(s.start_time, tag):>8} "
        f"{s.duration_minutes:>3} min {s.modality:<10} "
        f"{s.setting:<10} {s.cpt_code:<6} {' '.join(s.icd10_codes):<12} {shown(BILLING_WORDS, d['billing_shown'])}"
        for s, d in zip(found, listed, strict=True)) or "No sessions.")
    return 0


def billing_shown(vault: Vault, client_id: str, found: Iterable[Session]) -> dict[str, str]:
    """session id -> its billing as `session list` and `session update` say it, the Sessions tab's
    (services/billing.session_billing): the account's word ("paid" only when payments cover it, "billed"
    once an issued superbill or statement lists it, "not a visit yet" for a draft note's), else the mark.
    Found: `session update` said the mark by hand ("unbilled") of a session an issued superbill lists."""
    from vault_app.services import billing  # Lazy (start-up): the commands that print a session's billing only

    states = billing.session_billing(vault, client_id)
    return {s.session_id: states.get(s.session_id, s.billing_status) for s in found}


def cmd_session_update(args: argparse.Namespace) -> int:
    """Correct a session's details (the desktop app's Correct session details…): only the
    options given are changed, through the same service, its rules and its ledger entry."""
    from vault_app.services import session_correction, sessions

    given = {"date": args.date, "start_time": args.start, "end_time": args.end, "duration_minutes": args.duration,
             "modality": args.modality, "setting": args.setting, "platform": args.platform,
             "service_type": args.service_type, "cpt_code": args.cpt, "addon_codes": args.addon,
             "icd10_codes": args.icd10, "location": args.location, "billing_status": args.billing_status}
    changes = {k: v for k, v in given.items() if v is not None}
    if args.no_addons:
        changes["addon_codes"] = []
    if not changes:
        raise InvalidInput("Nothing to change.", hint="Give what to correct, e.g. --date, --start or --duration.")
    with common.unlocked(args) as vault:
        before = sessions.get_session(vault, args.session).cpt_code
        done = session_correction.correct_session(vault, args.session, **changes)
        s = done.session
        # Corrected, a draft note's session is still no visit: its note's signature makes it one
        # (docs/clinical.md), as in the app's Session details (found: this said "unbilled").
        provisional = sessions.draft_only(vault, s.session_id)
        # Its billing as `session list` says it (found: "unbilled" for a session on an issued superbill).
        state = billing_shown(vault, s.client_id, (s,))[s.session_id]
        tag = common.practice_locale(vault)
    code = {"outcome": done.code.outcome, "proposed": done.code.proposed}
    data = s.as_dict() | {"draft_only": provisional, "cpt_on_length": code, "billing_shown": state}
    common.emit(args, data, lambda: (
        f"Session {s.session_id} corrected ({', '.join(sorted(changes))}): {common.date_shown(s.date, tag)} "
        f"{(common.time_shown(s.start_time, tag) + ' ') if s.start_time else ''}{s.duration_minutes} min {s.modality}, "
        f"CPT {s.cpt_code or '(none)'}, {shown(BILLING_WORDS, state)}"
        + _code_said(done.code, before, s.cpt_code, s.duration_minutes)))
    return 0


def _code_said(code: CodeOnLength, before: str, kept: str, minutes: int) -> str:
    """What a corrected length did to the CPT code, said plainly (domain/cpt_on_length.py)."""
    now = code.proposed or "no psychotherapy code (under 16 minutes)"
    use = f"--cpt {code.proposed} to use it" if code.proposed else "--cpt '' to leave it empty"
    if code.outcome == "follows":
        band = BAND_WORDS.get(code.proposed, "under 16 minutes")
        return f"\nCPT code {before or '(none)'} became {code.proposed or '(none)'} (the CPT time rule: {band})."
    if code.outcome == "hand_set":
        return (f"\nCPT code {kept} kept: it was not the time rule's code. For {minutes} minutes the rule gives "
                f"{now}; give {use}.")
    if code.outcome == "billed":
        return (f"\nCPT code {kept} kept: the session is billed. For {minutes} minutes the CPT time rule gives {now}; "
                "if the bill is corrected, correct the code too (--cpt).")
    return ""


def register(sub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("session", parents=[common_parent], help="sessions")
    ssub = p.add_subparsers(dest="action", required=True)
    sa = ssub.add_parser("add", parents=[common_parent], help="record a session (CPT defaults from duration)")
    sa.add_argument("client", help="client id or chart number")
    sa.add_argument("--date", required=True, help="the day of the session")
    sa.add_argument("--start", help="HH:MM")
    sa.add_argument("--end", help="HH:MM")
    sa.add_argument("--duration", type=int, help="minutes (else from --start/--end)")
    sa.add_argument("--modality", choices=MODALITIES, help="default: the chart's kind (individual, couple, family)")
    sa.add_argument("--telehealth", action="store_true", help="held by telehealth (default: in person)")
    sa.add_argument("--platform", help="the telehealth platform used (with --telehealth)")
    sa.add_argument("--service-type", choices=SERVICE_TYPES, default="psychotherapy",
                    help="default psychotherapy; picks the default CPT code")
    sa.add_argument("--cpt", help="CPT code (default: from duration and modality)")
    sa.add_argument("--addon", action="append", help="add-on CPT code (repeat)")
    sa.add_argument("--icd10", action="append", help="ICD-10-CM code (repeat)")
    sa.add_argument("--location", help="where the client was (telehealth: 'home' in it bills place of service 10)")
    sa.add_argument("--billing-status", choices=BILLING_STATUSES, default="unbilled", metavar="STATUS",
                    help="%(choices)s (default unbilled)")
    sa.add_argument("--without-patient", action="store_true", help="family session without the patient (90846)")
    sa.set_defaults(handler=cmd_session_add)
    sl = ssub.add_parser("list", parents=[common_parent], help="list a chart's sessions")
    sl.add_argument("client", help="client id or chart number")
    sl.set_defaults(handler=cmd_session_list)
    su = ssub.add_parser("update", parents=[common_parent],
                         help="correct a session's date, times, length, codes or billing (only what is given)")
    su.add_argument("session", help="session id (see 'vault-app session list')")
    su.add_argument("--date", help="the day of the session")
    su.add_argument("--start", metavar="HH:MM", help="start time ('' removes it)")
    su.add_argument("--end", metavar="HH:MM", help="stop time ('' removes it)")
    su.add_argument("--duration", type=int, metavar="MINUTES",
                    help="length in minutes (an individual psychotherapy session's CPT code follows the CPT time "
                         "rule, unless it was set by hand or the session is billed: then it is said)")
    su.add_argument("--modality", choices=MODALITIES, help="who took part: %(choices)s")
    su.add_argument("--setting", choices=SETTINGS, help="in_person or telehealth")
    su.add_argument("--platform", help="the telehealth platform used")
    su.add_argument("--service-type", choices=SERVICE_TYPES, help="the kind of service: %(choices)s")
    su.add_argument("--cpt", help="CPT code")
    su.add_argument("--addon", action="append", help="add-on CPT code (repeat; replaces the list)")
    su.add_argument("--no-addons", action="store_true", help="remove the add-on codes")
    su.add_argument("--icd10", action="append", help="ICD-10-CM code (repeat; replaces the list)")
    su.add_argument("--location", help="where the client was")
    su.add_argument("--billing-status", choices=BILLING_STATUSES, metavar="STATUS", help="%(choices)s")
    su.set_defaults(handler=cmd_session_update)

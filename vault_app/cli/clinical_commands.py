"""client add|list|show|update, session add|list, plan show|update (notes and search: note_commands).

Only what `client list` (the commonest command) needs is imported at the top; each other handler
imports its own services: the guardian, billing and session stack cost every `client list`
process about a tenth of its CPU (docs/testing.md, thirty-third round)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from vault_app.cli import common
from vault_app.domain.appointments import Appointment
from vault_app.domain.billing import DRAFT_ONLY
from vault_app.domain.clinical import (
    ATTACHMENT_KINDS,
    BILLING_STATUSES,
    CLIENT_STATUSES,
    GOAL_STATUSES,
    GUARDIAN_AUTHORITIES,
    MODALITIES,
    SERVICE_TYPES,
    SETTINGS,
    Client,
    Guardian,
    parse_date,
)
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.domain.plurals import counted
from vault_app.domain.shown_words import BILLING_MARK_WORDS, BILLING_WORDS, shown
from vault_app.services import clients
from vault_app.services.clinical_common import resolve_client_id

if TYPE_CHECKING:
    from vault_app.cli.guardian_commands import LegalEnds
    from vault_app.services.vault import Vault

_CONTACT_FLAGS = ("voicemail_ok", "text_ok", "email_ok", "mail_ok")


def _contact_from_args(args: argparse.Namespace, base: dict[str, Any] | None = None) -> dict[str, Any] | None:
    contact = dict(base or {})
    for name in ("phone", "email", "address", "safe_address", "preferred_method", "confidential_request"):
        value = getattr(args, name, None)
        if value is not None:
            contact[name] = value
    for name in _CONTACT_FLAGS:
        value = getattr(args, name, None)
        if value is not None:
            contact[name] = value
    return contact if contact != (base or {}) else None


def _add_contact_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--phone", help="the client's phone number")
    p.add_argument("--email", help="the client's email address")
    p.add_argument("--address", help="the client's home address")
    p.add_argument("--safe-address", help="where mail may safely be sent, if not the home address")
    p.add_argument("--preferred-method", help="how the client prefers to be contacted")
    p.add_argument("--confidential-request", metavar="TEXT",
                   help="the client's request to be contacted only by other means or at another place "
                        "(45 CFR 164.522(b): accommodate reasonable requests)")
    for name in _CONTACT_FLAGS:
        flag = name.replace("_ok", "").replace("_", "-")
        p.add_argument(f"--{flag}-ok", dest=name, action="store_true", default=None,
                       help=f"the client agreed to {flag} contact")
        p.add_argument(f"--no-{flag}", dest=name, action="store_false", default=None,
                       help=f"the client did not agree to {flag} contact")


def _client_text(data: dict[str, Any], tag: str, may: dict[str, str] | None = None) -> str:
    """`may`: by guardian id, what is said of their signing (guardian_commands.authorize_words)."""
    c = data["client"]
    day = common.date_shown
    lines = [
        f"{c['legal_name']}" + (f" ({c['preferred_name']})" if c["preferred_name"] else "")
        + f"  chart {c['chart_number']}  id {c['client_id']}",
        f"  kind {c['kind']}, status {c['status']}"
        + (f" since {day(c['discharged_on'], tag)}" if c["discharged_on"] else "")
        + f", born {day(c['date_of_birth'], tag)}, last contact {day(c['last_contact'], tag)}"
        + (", MINOR" if data.get("minor") else "") + (", 42 CFR Part 2" if c["part2"] else ""),
    ]
    contact = c["contact"]
    prefs = ", ".join(k.replace("_ok", "") for k in _CONTACT_FLAGS if contact[k]) or "none recorded"
    lines.append(f"  contact: {contact['phone'] or '-'} {contact['email'] or ''}  allowed: {prefs}")
    if contact["safe_address"]:
        lines.append(f"  safe address: {contact['safe_address']}")
    if contact.get("confidential_request"):
        lines.append(f"  confidential communications (45 CFR 164.522(b)): {contact['confidential_request']}")
    for r in data.get("restrictions", []):
        lines.append(f"  restriction {r['restriction_id']} ({r['kind'].replace('_', ' ')}) {r['status']}: "
                     f"{r['description']}")
    consent = c["consent"]
    lines.append(f"  confidentiality limits discussed {day(consent['limits_discussed_on'], tag, 'NOT RECORDED')}, "
                 f"consent signed {day(consent['consent_signed_on'], tag, 'NOT RECORDED')}")
    for g in c["guardians"]:
        lines.append(f"  guardian: {g['name']} ({g['relationship'] or g['authority']}), authority {g['authority']}"
                     + ((may or {}).get(g["guardian_id"], ", may authorize") if g["may_authorize"] else ""))
    if c["member_ids"]:
        lines.append("  members: " + ", ".join(c["member_ids"]))
    for s in data.get("sessions", [])[-10:]:
        lines.append(f"  session {s['session_id']} {day(s['date'], tag)} {s['duration_minutes']} min {s['modality']} "
                     f"{s['cpt_code']} {' '.join(s['icd10_codes'])} [{shown(BILLING_WORDS, s['billing_shown'])}]")
    for n in data.get("notes", [])[:20]:
        flag = "signed" if n["signed_at"] else "DRAFT"
        lines.append(f"  note {n['note_id']} {day(n['note_date'], tag)} {n['template']:<5} {flag:<6} "
                     f"{n['preview'][:60]}")
    if data.get("unsigned_overdue"):
        lines.append(f"  {counted(len(data['unsigned_overdue']), 'unsigned note')} past the limit")
    for a in data.get("attachments", []):
        lines.append(f"  attachment {a['attachment_id']} {a['kind']} {a['filename']} ({a['size']} bytes)")
    return "\n".join(lines)


# --- client ------------------------------------------------------------------------
def cmd_client_add(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        if not args.even_if_duplicate:
            _refuse_a_second_chart(vault, args.name, args.dob)
        client = clients.create_client(
            vault, args.name, chart_number=args.chart_number, preferred_name=args.preferred_name or "",
            date_of_birth=args.dob, contact=_contact_from_args(args), part2=bool(args.part2),
        )
        minor = clients.is_minor(vault, client)
        tag = common.practice_locale(vault)
    data = {"client": client.as_dict(), "minor": minor}
    common.emit(args, data, lambda: "Client added.\n" + _client_text(data, tag))
    return 0


def _refuse_a_second_chart(vault: Vault, name: str, dob: str | None) -> None:
    from vault_app.services import client_duplicates

    born = parse_date(dob, "date of birth", allow_future=False)
    found = client_duplicates.possible_duplicates(vault, name, born)
    if found:
        raise RefusedByPolicy(
            "A client with this legal name and date of birth already has a chart: "
            f"{client_duplicates.charts_named(found)}. Nothing was added: two charts for one person split "
            "their notes, authorizations and disclosures.",
            hint=f"Open that chart (vault-app client show {found[0].chart_number}), or add --even-if-duplicate "
                 "if this is another person.")


def cmd_client_list(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        found = clients.list_clients(vault, status=args.status, kind=args.kind)
        tag = common.practice_locale(vault)
    data = [c.as_dict() for c in found]

    def text() -> str:
        if not found:
            return "No clients."
        return "\n".join(
            f"{c.chart_number:<12} {c.display_name:<32} {c.status:<10} {c.kind:<10} "
            f"last contact {common.date_shown(c.last_contact, tag)}{'  minor' if c.minor else ''}  {c.client_id}"
            for c in found
        )

    common.emit(args, data, text)
    return 0


def cmd_client_show(args: argparse.Namespace) -> int:
    from vault_app.cli import guardian_commands
    from vault_app.services import billing, restrictions

    with common.unlocked(args) as vault:
        chart = clients.open_chart(vault, resolve_client_id(vault, args.client))
        minor = clients.is_minor(vault, chart.client)
        held = [asdict(r) for r in restrictions.list_restrictions(vault, chart.client.client_id)]
        tag = common.practice_locale(vault)
        may = _may_words(chart.client, tag, guardian_commands.LegalEnds(vault, chart.client))
        states = billing.session_billing(vault, chart.client.client_id)  # the account's word, as session list
    data = chart.as_dict() | {"minor": minor, "restrictions": held}
    for s in data.get("sessions", []):
        s["billing_shown"] = states.get(s["session_id"], s["billing_status"])
    common.emit(args, data, lambda: _client_text(data, tag, may))
    return 0


def cmd_client_update(args: argparse.Namespace) -> int:
    from vault_app.cli import guardian_commands
    from vault_app.services import guardians

    with common.unlocked(args) as vault:
        client_id = resolve_client_id(vault, args.client)
        changes: dict[str, Any] = {}
        for arg, field in (("name", "legal_name"), ("preferred_name", "preferred_name"), ("dob", "date_of_birth"),
                           ("status", "status"), ("chart_number", "chart_number"),
                           ("discharged_on", "discharged_on")):
            if getattr(args, arg) is not None:
                changes[field] = getattr(args, arg)
        if args.part2 is not None:
            changes["part2"] = args.part2
        current = clients.get_client(vault, client_id)
        contact = _contact_from_args(args, current.contact.__dict__)
        if contact is not None:
            changes["contact"] = contact
        if args.consent_discussed or args.consent_signed or args.consent_file:
            attachment_id = None
            if args.consent_file:
                from vault_app.services import attachments  # see common.read_document_file

                attachment_id = attachments.add_attachment(
                    vault, client_id, common.read_document_file(args.consent_file, "attachment"), kind="consent",
                    filename=args.consent_file, document_date=args.consent_signed,
                ).attachment_id
            clients.record_consent(vault, client_id, limits_discussed_on=args.consent_discussed,
                                   consent_signed_on=args.consent_signed, attachment_id=attachment_id)
        added: Guardian | None = None
        if args.guardian:
            custody = None
            if args.custody_order:
                from vault_app.services import attachments  # see common.read_document_file

                order = common.read_document_file(args.custody_order, "attachment")
                custody = attachments.add_attachment(vault, client_id, order, kind="custody_order",
                                                     filename=args.custody_order).attachment_id
            added = guardians.add_guardian(vault, client_id, args.guardian, authority=args.authority,
                                           relationship=args.relationship or "", custody_order_attachment_id=custody)
        cancelled: tuple[Appointment, ...] = ()
        if changes:
            cancelled = clients.update_client_reporting(vault, client_id, **changes).cancelled
        if not (changes or args.consent_discussed or args.consent_signed or args.consent_file or args.guardian):
            raise InvalidInput("Nothing to change.", hint="See 'vault-app client update --help'.")
        updated = clients.get_client(vault, client_id)
        minor = clients.is_minor(vault, updated)
        tag = common.practice_locale(vault)
        ends = guardian_commands.LegalEnds(vault, updated)  # after the changes: a --dob given with them counts
        may = _may_words(updated, tag, ends)
        if added is not None:
            guardian_commands.warn_if_of_age(vault, added, tag, ends)
    data = {"client": updated.as_dict(), "minor": minor,
            "cancelled_appointments": [{"appointment_id": a.appointment_id, "date": str(a.date),
                                        "start": a.start_time.isoformat("minutes")} for a in cancelled]}
    common.emit(args, data,
                lambda: "Client updated.\n" + _cancelled_words(cancelled, tag) + _client_text(data, tag, may))
    return 0


def _may_words(client: Client, tag: str, ends: LegalEnds) -> dict[str, str]:
    from vault_app.cli import guardian_commands

    return {g.guardian_id: guardian_commands.authorize_words(g, tag, ends) for g in client.guardians}


def _cancelled_words(cancelled: tuple[Appointment, ...], tag: str) -> str:
    """The appointments after the discharge day that the discharge cancelled (by the therapist,
    no fee), by day and time: the therapist may have to tell the client."""
    if not cancelled:
        return ""
    when = ", ".join(f"{common.date_shown(a.date, tag)} {common.time_shown(a.start_time, tag)}" for a in cancelled)
    return (f"{counted(len(cancelled), 'appointment')} after the discharge "
            f"{'was' if len(cancelled) == 1 else 'were'} cancelled (by the therapist, no fee): {when}.\n")


def cmd_client_case(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        members = [resolve_client_id(vault, m) for m in args.member]
        case = clients.create_case(vault, args.name, members, kind=args.kind, chart_number=args.chart_number)
    common.emit(args, case.as_dict(), f"Joint case {case.chart_number} created: {case.case_id}")
    return 0


def cmd_client_attach(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        client_id = resolve_client_id(vault, args.client)
        from vault_app.services import attachments  # see common.read_document_file

        document = common.read_document_file(args.file, "attachment")
        found = attachments.add_attachment(vault, client_id, document, kind=args.kind, filename=args.file,
                                           description=args.description or "", document_date=args.date)
    common.emit(args, found.as_dict(), f"Attached {found.media_type} ({found.size} bytes): {found.attachment_id}")
    return 0


# --- session -----------------------------------------------------------------------
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
    from vault_app.services import billing, sessions

    with common.unlocked(args) as vault:
        client_id = resolve_client_id(vault, args.client)
        found = sessions.list_sessions(vault, client_id)
        # The account's word on each (as the Sessions tab): "paid" only when payments cover it.
        states = billing.session_billing(vault, client_id)
        tag = common.practice_locale(vault)
    listed = [s.as_dict() | {"billing_shown": states.get(s.session_id, s.billing_status)} for s in found]
    common.emit(args, listed, lambda: "\n".join(
        f"{s.session_id} {common.date_shown(s.date, tag)} {common.time_shown(s.start_time, tag):>8} "
        f"{s.duration_minutes:>3} min {s.modality:<10} "
        f"{s.setting:<10} {s.cpt_code:<6} {' '.join(s.icd10_codes):<12} {shown(BILLING_WORDS, d['billing_shown'])}"
        for s, d in zip(found, listed, strict=True)) or "No sessions.")
    return 0


def cmd_session_update(args: argparse.Namespace) -> int:
    """Correct a session's details (the desktop app's Correct session details…): only the
    options given are changed, through the same service, its rules and its ledger entry."""
    from vault_app.services import sessions

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
        s = sessions.update_session(vault, args.session, **changes)
        # Corrected, a draft note's session is still no visit: its note's signature makes it one
        # (docs/clinical.md), as in the app's Session details (found: this said "unbilled").
        provisional = sessions.draft_only(vault, s.session_id)
        tag = common.practice_locale(vault)
    state = shown(BILLING_WORDS, DRAFT_ONLY) if provisional else shown(BILLING_MARK_WORDS, s.billing_status)
    common.emit(args, s.as_dict() | {"draft_only": provisional}, lambda: (
        f"Session {s.session_id} corrected ({', '.join(sorted(changes))}): {common.date_shown(s.date, tag)} "
        f"{(common.time_shown(s.start_time, tag) + ' ') if s.start_time else ''}{s.duration_minutes} min {s.modality}, "
        f"CPT {s.cpt_code or '(none)'}, {state}"))
    return 0


# --- plan --------------------------------------------------------------------------
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
    p = sub.add_parser("client", parents=[common_parent], help="clients and joint cases")
    csub = p.add_subparsers(dest="action", required=True)
    a = csub.add_parser("add", parents=[common_parent], help="add a client")
    a.add_argument("name", help="legal name")
    a.add_argument("--chart-number", help="the chart's number (default: the next free C-number)")
    a.add_argument("--preferred-name", help="the name the client goes by")
    a.add_argument("--dob", help="date of birth")
    a.add_argument("--part2", action="store_true", help="substance-use treatment records (42 CFR Part 2)")
    a.add_argument("--even-if-duplicate", action="store_true",
                   help="add the chart even when a client with the same name and date of birth has one")
    _add_contact_args(a)
    a.set_defaults(handler=cmd_client_add)
    ls = csub.add_parser("list", parents=[common_parent], help="list clients")
    ls.add_argument("--status", choices=CLIENT_STATUSES, help="only clients with this status (default: all)")
    ls.add_argument("--kind", choices=("individual", "couple", "family"),
                    help="only individual clients, or only couple or family cases (default: all)")
    ls.set_defaults(handler=cmd_client_list)
    sh = csub.add_parser("show", parents=[common_parent], help="open a chart (logged)")
    sh.add_argument("client", help="client id or chart number")
    sh.set_defaults(handler=cmd_client_show)
    up = csub.add_parser("update", parents=[common_parent], help="change a client's details")
    up.add_argument("client", help="client id or chart number")
    up.add_argument("--name", help="legal name")
    up.add_argument("--preferred-name", help="the name the client goes by")
    up.add_argument("--dob", help="date of birth")
    up.add_argument("--chart-number", help="a new chart number (a destroyed chart's number is never reused)")
    up.add_argument("--status", choices=CLIENT_STATUSES,
                    help="discharged: dated today unless --discharged-on gives the day; another status clears "
                    "the discharge date")
    up.add_argument("--discharged-on", help="the discharge date (needs the status discharged)")
    up.add_argument("--part2", dest="part2", action="store_true", default=None,
                    help="substance-use treatment records (42 CFR Part 2)")
    up.add_argument("--no-part2", dest="part2", action="store_false", help="not Part 2 records")
    _add_contact_args(up)
    up.add_argument("--consent-discussed", metavar="DATE", help="date the limits of confidentiality were discussed")
    up.add_argument("--consent-signed", metavar="DATE", help="date the consent form was signed")
    up.add_argument("--consent-file", metavar="FILE", help="scan of the signed consent (PDF/PNG/JPEG)")
    up.add_argument("--guardian", metavar="NAME", help="add a guardian / personal representative")
    up.add_argument("--authority", default="parent", choices=GUARDIAN_AUTHORITIES, metavar="AUTHORITY",
                    help="the --guardian's authority: %(choices)s (default parent)")
    up.add_argument("--relationship", help="the --guardian's relationship to the client, e.g. mother")
    up.add_argument("--custody-order", metavar="FILE", help="scan of the custody order (PDF/PNG/JPEG)")
    up.set_defaults(handler=cmd_client_update)
    cs = csub.add_parser("case", parents=[common_parent], help="create a couple/family case")
    cs.add_argument("name", help="the case's name, e.g. the couple's names")
    cs.add_argument("--member", action="append", required=True, help="client id or chart number (repeat)")
    cs.add_argument("--kind", choices=("couple", "family"), default="couple", help="default couple")
    cs.add_argument("--chart-number", help="the case's chart number (default: the next free J-number)")
    cs.set_defaults(handler=cmd_client_case)
    at = csub.add_parser("attach", parents=[common_parent], help="store a scanned document in the chart")
    at.add_argument("client", help="client id or chart number")
    at.add_argument("file", help="the scan to store, encrypted (PDF/PNG/JPEG)")
    at.add_argument("--kind", required=True, choices=ATTACHMENT_KINDS, metavar="KIND",
                    help="what the document is: %(choices)s")
    at.add_argument("--description", help="a short description shown with it")
    at.add_argument("--date", help="date of the document")
    at.set_defaults(handler=cmd_client_attach)

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
    su.add_argument("--duration", type=int, metavar="MINUTES", help="length in minutes")
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

"""client add|list|show|update|case|attach (sessions: session_commands; treatment plans:
plan_commands; notes and search: note_commands).

Only what `client list` (the commonest command) needs is imported at the top; each other handler
imports its own services: the guardian, billing and session stack cost every `client list`
process about a tenth of its CPU (docs/testing.md, thirty-third round)."""

from __future__ import annotations

import argparse
from dataclasses import asdict, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from vault_app.cli import common
from vault_app.domain import list_names
from vault_app.domain.appointments import Appointment
from vault_app.domain.clinical import CLIENT_STATUSES, GUARDIAN_AUTHORITIES, Client, ClientSummary, Guardian, parse_date
from vault_app.domain.clinical_documents import ATTACHMENT_KINDS
from vault_app.domain.decedent import PHI_CITATION, phi_protected_until
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.domain.letter_language import DEFAULT_LETTERS_IN, LETTER_LANGUAGES
from vault_app.domain.plurals import counted
from vault_app.domain.shown_words import BILLING_WORDS, shown
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
        + f", born {day(c['date_of_birth'], tag)}"
        + (f", died on {day(c['died_on'], tag)}" if c.get("died_on") else "")
        # The latest session's date (or an import's last date of service), not retention's start (wclose F6)
        + f", last session {day(c['last_contact'], tag)}"
        + (", MINOR" if data.get("minor") and not c.get("died_on") else "") + (", 42 CFR Part 2" if c["part2"] else ""),
    ]
    if c.get("sort_as"):
        lines.append(f"  sort as: {c['sort_as']}")
    said = c.get("letters_in") or DEFAULT_LETTERS_IN
    lines.append(f"  letters written in: {LETTER_LANGUAGES.get(said, said)} ({said})")
    if c.get("died_on"):
        until = phi_protected_until(date.fromisoformat(str(c["died_on"])))
        lines.append(f"  HIPAA protects a deceased client's records until {day(until.isoformat(), tag)}, 50 years "
                     f"after the death ({PHI_CITATION}); the retention period still applies")
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
    if c.get("care_consented_by"):
        lines.append("  care consented to by: " + ("the client (a minor who consented to their own care)"
                                                  if c["care_consented_by"] == "client" else "a parent or guardian"))
    if c.get("confidentiality_agreed_on"):
        who = next((g["name"] for g in c["guardians"] if g["guardian_id"] == c.get("confidentiality_agreed_by")),
                   "a parent or guardian")
        lines.append(f"  Confidential care agreed {day(c['confidentiality_agreed_on'], tag, '')} by {who}: for this "
                     "care the minor, not a parent, exercises the rights (45 CFR 164.502(g)(3)(i)(C))")
    for g in c["guardians"]:
        lines.append(f"  guardian: {g['name']} ({g['relationship'] or g['authority']}), authority {g['authority']}"
                     + (may or {}).get(g["guardian_id"], ", may authorize" if g["may_authorize"] else ""))
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
            date_of_birth=args.dob, contact=_contact_from_args(args), part2=bool(args.part2), sort_as=args.sort_as,
            letters_in=args.letters_in or DEFAULT_LETTERS_IN,
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


def _list_names(found: list[ClientSummary]) -> dict[str, str]:
    """Each row's name as the client list window says it, by the one rule both use
    (domain/list_names.py): the legal name beside a different preferred one ("Dan (Daniel Fernández)"),
    and the birth year where two rows would read the same ("Sam Rivers, born 1984"). Found by a walker:
    two "Sam Rivers" printed alike. A couple's or family's chart is its name: its kind has a column."""
    words = replace(list_names.ENGLISH, kind=lambda name, _kind: name)
    return {client_id: parts.said(words)[0] for client_id, parts in list_names.list_names(found, words).items()}


def cmd_client_list(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        found = clients.list_clients(vault, status=args.status, kind=args.kind)
        tag = common.practice_locale(vault)
    data = [c.as_dict() for c in found]

    def text() -> str:
        if not found:
            return "No clients."
        names = _list_names(found)
        return "\n".join(
            f"{c.chart_number:<12} {names[c.client_id]:<32} {c.status:<10} {c.kind:<10} "
            f"last session {common.date_shown(c.last_contact, tag)}{'  minor' if c.minor else ''}  {c.client_id}"
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
    from vault_app.services import care_confidentiality, guardians

    if args.guardian_from is not None and not args.guardian:
        raise InvalidInput("--from is the day a guardian's authority began: give it with --guardian NAME.",
                           hint="For a guardian already recorded: 'vault-app guardian update CLIENT ID --from DATE'.")
    if args.guardian_from:  # as the guardian is checked when added, but before the consent or a scan is written
        parse_date(args.guardian_from, "start of authority", field="valid_from")
    with common.unlocked(args) as vault:
        client_id = resolve_client_id(vault, args.client)
        changes: dict[str, Any] = {}
        for arg, field in (("name", "legal_name"), ("preferred_name", "preferred_name"), ("dob", "date_of_birth"),
                           ("status", "status"), ("chart_number", "chart_number"),
                           ("discharged_on", "discharged_on"), ("sort_as", "sort_as"), ("died_on", "died_on"),
                           ("letters_in", "letters_in")):
            if getattr(args, arg) is not None:
                changes[field] = getattr(args, arg)
        if args.part2 is not None:
            changes["part2"] = args.part2
        if args.care_consented_by is not None:  # "unrecorded" clears it
            changes["care_consented_by"] = "" if args.care_consented_by == "unrecorded" else args.care_consented_by
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
                                           relationship=args.relationship or "", custody_order_attachment_id=custody,
                                           valid_from=args.guardian_from or None)
        cancelled: tuple[Appointment, ...] = ()
        after_death: tuple[Appointment, ...] = ()
        if changes:
            done = clients.update_client_reporting(vault, client_id, **changes)
            cancelled, after_death = done.cancelled, done.after_death
        agreement = args.confidentiality_agreement is not None
        if agreement:
            care_confidentiality.record_agreement(
                vault, client_id, None if args.confidentiality_agreement == "none" else args.confidentiality_agreement,
                args.confidentiality_agreed_by or "")
        # Who consented, the agreement or the date of birth changed: the forms whose signer no longer stands
        # (by the facts of their signing day as now recorded) are said (kept).
        stale = care_confidentiality.signers_no_longer_valid(vault, client_id) \
            if agreement or "care_consented_by" in changes or "date_of_birth" in changes else []
        if not (changes or agreement or args.consent_discussed or args.consent_signed or args.consent_file
                or args.guardian):
            raise InvalidInput("Nothing to change.", hint="See 'vault-app client update --help'.")
        updated = clients.get_client(vault, client_id)
        minor = clients.is_minor(vault, updated)
        tag = common.practice_locale(vault)
        ends = guardian_commands.LegalEnds(vault, updated)  # after the changes: a --dob given with them counts
        may = _may_words(updated, tag, ends)
        if added is not None:
            guardian_commands.warn_if_of_age(vault, added, tag, ends)
    data = {"client": updated.as_dict(), "minor": minor, "signers_no_longer_valid": [a.id for a in stale],
            "cancelled_appointments": [{"appointment_id": a.appointment_id, "date": str(a.date),
                                        "start": a.start_time.isoformat("minutes")} for a in cancelled],
            "booked_after_death": [{"appointment_id": a.appointment_id, "date": str(a.date),
                                    "start": a.start_time.isoformat("minutes")} for a in after_death]}
    common.emit(args, data,
                lambda: "Client updated.\n" + _cancelled_words(cancelled, tag) + _after_death_words(after_death, tag)
                + guardian_commands.stale_words(stale, tag) + _client_text(data, tag, may))
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


def _after_death_words(booked: tuple[Appointment, ...], tag: str) -> str:
    """Appointments still booked after the date of death just recorded: said, with how to cancel each (never
    cancelled here: a date typed wrong would have emptied the agenda)."""
    if not booked:
        return ""
    lines = "".join(f"  {common.date_shown(a.date, tag)} {common.time_shown(a.start_time, tag)}  "
                    f"vault-app appt status {a.appointment_id} cancelled_by_therapist\n" for a in booked)
    return (f"{counted(len(booked), 'appointment')} {'is' if len(booked) == 1 else 'are'} still booked after the "
            f"date of death; cancel {'it' if len(booked) == 1 else 'them'} (by the therapist, no fee):\n{lines}")


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


_SORT_AS_HELP = "what the client list files the chart under, e.g. \"García López\" for María García López"
_LETTERS_IN_HELP = ("the language of the letters the client receives about their requests (denials, extensions, "
                    "the amendment and review letters): en for English, es for Spanish")


def register(sub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("client", parents=[common_parent], help="clients and joint cases")
    csub = p.add_subparsers(dest="action", required=True)
    a = csub.add_parser("add", parents=[common_parent], help="add a client")
    a.add_argument("name", help="legal name")
    a.add_argument("--chart-number", help="the chart's number (default: the next free C-number)")
    a.add_argument("--preferred-name", help="the name the client goes by")
    a.add_argument("--sort-as", metavar="NAME", help=_SORT_AS_HELP + " (default: both surnames of a Spanish name in "
                   "a practice writing Spanish or with --letters-in es, what comes before a comma, else the legal "
                   "name's last word)")
    a.add_argument("--dob", help="date of birth")
    a.add_argument("--part2", action="store_true", help="substance-use treatment records (42 CFR Part 2)")
    a.add_argument("--letters-in", metavar="en|es", help=_LETTERS_IN_HELP + " (default: en)")
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
    up.add_argument("--sort-as", metavar="NAME", help=_SORT_AS_HELP + ("; \"\" lists it by the legal name's last "
                                                                       "word again"))
    up.add_argument("--dob", help="date of birth")
    up.add_argument("--chart-number", help="a new chart number (a destroyed chart's number is never reused)")
    up.add_argument("--status", choices=CLIENT_STATUSES,
                    help="discharged: dated today unless --discharged-on gives the day; another status clears "
                    "the discharge date")
    up.add_argument("--discharged-on", help="the discharge date (needs the status discharged)")
    up.add_argument("--died-on", metavar="YYYY-MM-DD", help="the day the client died (45 CFR 164.502(g)(4): the "
                    "executor or administrator then acts for the client); \"\" takes back one recorded by mistake")
    up.add_argument("--letters-in", metavar="en|es", help=_LETTERS_IN_HELP)
    up.add_argument("--part2", dest="part2", action="store_true", default=None,
                    help="substance-use treatment records (42 CFR Part 2)")
    up.add_argument("--no-part2", dest="part2", action="store_false", help="not Part 2 records")
    up.add_argument("--care-consented-by", choices=("client", "guardian", "unrecorded"), metavar="WHO",
                    help="client, guardian or unrecorded: for a minor at or above your age of consent, who "
                    "consented to the care (client: the minor, "
                    "under your state's rule, who then signs, not a parent; 45 CFR 164.502(g)(3)(i))")
    _add_contact_args(up)
    up.add_argument("--confidentiality-agreement", metavar="DATE",
                    help="the day a parent or guardian agreed to a confidential relationship between you and the "
                    "minor about their care (45 CFR 164.502(g)(3)(i)(C): the minor then acts for themself for it); "
                    "none takes it back")
    up.add_argument("--confidentiality-agreed-by", metavar="GUARDIAN_ID",
                    help="the parent or guardian who agreed ('vault-app guardian list CLIENT')")
    up.add_argument("--consent-discussed", metavar="DATE", help="date the limits of confidentiality were discussed")
    up.add_argument("--consent-signed", metavar="DATE", help="date the consent form was signed")
    up.add_argument("--consent-file", metavar="FILE", help="scan of the signed consent (PDF/PNG/JPEG)")
    up.add_argument("--guardian", metavar="NAME", help="add a guardian / personal representative")
    up.add_argument("--authority", default="parent", choices=GUARDIAN_AUTHORITIES, metavar="AUTHORITY",
                    help="the --guardian's authority: %(choices)s (default parent)")
    up.add_argument("--relationship", help="the --guardian's relationship to the client, e.g. mother")
    # An adult's conservator is in force from the appointment, not at the age of majority's end: without it
    # the guardian read as a minor's, ended at 18, until a second command ('guardian update --from').
    up.add_argument("--from", dest="guardian_from", metavar="DATE",
                    help="the day the --guardian's authority began (a court appointment), as 'guardian update --from'")
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

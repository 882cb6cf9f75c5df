"""export, disclose-manual, accounting, accounting-verify, accounting-suspension add|list|end,
dashboard; auth lives in auth_commands, request in disclosure_request_commands, amendment in amendment_commands.

Every disclosure goes through the gate; a refusal exits with code 6 and says why.
Evidence for a basis other than an authorization comes from a JSON file
(`--evidence FILE`); a key ending in `_file` (e.g. "order_file") names a scan that
is stored in the chart first and referenced by its attachment id.
"""

from __future__ import annotations

import argparse
import base64
import json
from datetime import date
from pathlib import Path
from typing import Any

from vault_app.cli import common, subpoena_hold, text_files
from vault_app.cli.gate_flags import BASIS_HELP, flags_named, so_ordered_caution, with_flags
from vault_app.cli.pdf_password import add_pdf_password_arg, pdf_password
from vault_app.domain.accounting_terms import FeeTerms
from vault_app.domain.authorization import INFO_KINDS
from vault_app.domain.basis_evidence import coerce_evidence
from vault_app.domain.clinical import parse_date
from vault_app.domain.disclosure import DisclosureRequest, Recipient, Selection, Verdict
from vault_app.domain.disclosure_basis import DIRECTED_FIELD, SPECS, LegalBasis
from vault_app.domain.disclosure_wording import description_text
from vault_app.domain.errors import ExitCode, InvalidInput, NotFound, Problem
from vault_app.domain.plurals import counted
from vault_app.domain.request_requester_review import reason
from vault_app.domain.state_privilege import COUNSEL_FIELD
from vault_app.domain.subpoena import RECEIVED_BASES, RECEIVED_FIELD, received_day
from vault_app.services import (
    accounting,
    attachments,
    compliance,
    dashboard,
    export,
    holds,
    practice,
)
from vault_app.services.clinical_common import resolve_client_id
from vault_app.services.vault import Vault

# evidence key in a JSON file -> (evidence field it fills, attachment kind)
_EVIDENCE_FILES = {"order_file": ("order_attachment_id", "court_order"),
                   "assurance_file": ("assurance_attachment_id", "other")}


def _day(value: str | None, what: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"The {what} must be a date like 2024-03-31.") from None


# --- building a disclosure request ---------------------------------------------------------
def _evidence(vault: Vault, client_id: str, args: argparse.Namespace, on: date) -> dict[str, Any]:
    raw: dict[str, Any] = {}
    if getattr(args, "evidence", None):
        try:
            raw = json.loads(text_files.read_text_file(args.evidence, "evidence file"))
        except ValueError:
            raise InvalidInput("The evidence file must be a readable JSON object.") from None
        if not isinstance(raw, dict):
            raise InvalidInput("The evidence file must be a JSON object.")
    for key, (field_name, kind) in _EVIDENCE_FILES.items():
        if key in raw:
            path = str(raw.pop(key))
            document = common.read_document_file(path, "evidence")
            stored = attachments.add_attachment(vault, client_id, document, kind=kind, filename=Path(path).name)
            raw[field_name] = stored.attachment_id
    if getattr(args, "request", None):
        raw["request_id"] = args.request
    if getattr(args, "directed_by_client", False):
        if args.basis != "client_access":
            raise InvalidInput("--directed-by-client records the client's direction on their access request "
                               "(--basis client_access).")
        raw[DIRECTED_FIELD] = True
    if getattr(args, "counsel_cleared_state_law", False):
        if args.basis != "subpoena":
            raise InvalidInput("--counsel-cleared-state-law records counsel's advice on a subpoena (--basis subpoena).")
        raw[COUNSEL_FIELD] = True
    received = getattr(args, "received", None)
    if args.basis in RECEIVED_BASES:
        # The day it came, which the hold is dated from (domain/subpoena.RECEIVED_FIELD); today's
        # (the disclosure's) unless said, by --received or in the evidence file.
        raw[RECEIVED_FIELD] = received or raw.get(RECEIVED_FIELD) or on.isoformat()
    elif received:
        raise InvalidInput("--received is the day a subpoena or a court order was received "
                           "(--basis subpoena or court_order).")
    evidence = coerce_evidence(args.basis, raw) if args.basis != "authorization" else {}
    if getattr(args, "to_guardian", None) is not None:
        if args.basis != "client_access":
            raise InvalidInput("--to-guardian names who receives the copy of a client's access request "
                               "(--basis client_access).")
        # Who receives it (45 CFR 164.502(g)); "client": the client themself (services/access_recipient.access_to).
        evidence["guardian_id"] = "" if args.to_guardian == "client" else args.to_guardian
    return evidence


def build_request(vault: Vault, args: argparse.Namespace, *, manual: bool = False) -> DisclosureRequest:
    client_id = resolve_client_id(vault, args.client)
    if args.authorization and args.basis not in (None, "authorization"):
        raise InvalidInput("Give either --authorization or --basis, not both.")
    if args.authorization:
        args.basis = "authorization"
    if not args.basis:
        raise InvalidInput("Name the legal basis: --authorization ID or --basis KIND (with --evidence FILE).")
    on = _day(getattr(args, "date", None), "date") if manual else None
    return DisclosureRequest(
        client_id=client_id,
        kind=args.kind,
        selection=Selection(note_ids=common.comma_list(args.notes), date_from=_day(args.date_from, "start date"),
                            date_to=_day(args.date_to, "end date"), fields=common.comma_list(args.fields)),
        recipient=Recipient(args.recipient or "", args.recipient_address or ""),
        purpose=args.purpose or "",
        basis=LegalBasis(args.basis, _evidence(vault, client_id, args, on or date.today()), args.authorization),
        on=on or date.today(),
        manual=manual,
        parts_confirmed=bool(getattr(args, "confirm_described", False)),
        others_reviewed=bool(getattr(args, "reviewed_others", False)),
    )


def _verdict_text(v: Verdict) -> str:
    lines = [("ALLOWED: " if v.allowed else "REFUSED: ") + v.message]
    # Who has not authorized a joint record, by name, to the therapist at the terminal only: the
    # reason's English names the chart number (a disclosure recorded by hand keeps it in the ledger).
    lines += [f"  not yet authorized by: {r.params['names']}" for r in v.reasons
              if isinstance(r, Problem) and r.code.startswith("joint.missing") and r.params.get("names")]
    if not v.allowed and v.hint:
        lines.append(f"  {v.hint}")
    lines += [f"  note: {w}" for w in v.warnings]
    if v.allowed:
        listed = "yes" if v.accountable else "no, " + v.exclusion
        lines.append(f"  {counted(len(v.item_ids), 'item')}; in the accounting: {listed}")
    return "\n".join(lines)


def cmd_export(args: argparse.Namespace) -> int:
    # Asked before the unlock; --check-only writes nothing, so it needs no file (found: its
    # --help said "disclose nothing" while argparse required --out, and the docs passed x.pdf).
    if not args.check_only and not args.out:
        raise InvalidInput("Name the file to write with --out FILE.",
                           hint="To ask the gate without disclosing anything, use --check-only.")
    with common.unlocked(args, psychotherapy=args.kind == "psychotherapy") as vault:
        request = build_request(vault, args)
        subpoena_hold.refuse_unless_subpoena(args.place_hold, request.basis.kind in holds.HOLD_AFTER,
                                             "export with --basis subpoena or court_order")
        # A New York "so ordered" subpoena: said on either basis it could be taken for (walk-NY round 36).
        said = so_ordered_caution(practice.load(vault).license_state, request.basis.kind)
        caution = {"so_ordered": said} if said else {}
        caution_lines = [f"  note: {said}"] if said else []
        if args.check_only:
            # The export's own checks, one verdict: the gate's and who receives an access copy (164.502(g)).
            export.check_form(request, args.format, args.unencrypted_json)
            verdict = with_flags(export.check(vault, request))
            common.emit(args, {**verdict.as_dict(), **caution},
                        lambda: "\n".join([_verdict_text(verdict), *caution_lines]))
            # Said once: the refusal raised after it printed "error: Disclosure refused: ..." again
            # (found by a walker); the exit code is still the refusal's.
            return 0 if verdict.allowed else int(ExitCode.REFUSED)
        password = pdf_password(args) if args.format == "pdf" else None
        with flags_named(caution=said):  # refused too, the caution is said (not only by --check-only)
            result = export.export(vault, request, out=Path(args.out), password=password, fmt=args.format,
                                   unencrypted_ok=args.unencrypted_json)
        tag = common.practice_locale(vault)
        held, hold_lines = subpoena_hold.after_subpoena(
            vault, request.client_id, received_day(request.basis.evidence, request.on), place=args.place_hold,
            basis=request.basis.kind)
    data = {**result.as_dict(), **held, **caution}
    common.emit(args, data, lambda: "\n".join([
        f"Exported {description_text(result.description, tag)} to {result.path}",
        f"  disclosure number {result.disclosure_id}, ledger entry {result.ledger_seq}, SHA-256 {result.sha256}",
        *[f"  note: {w}" for w in result.verdict.warnings],
        "  Send the PDF password to the recipient separately." if result.format == "pdf" else
        "  This JSON file is NOT encrypted: hand it to the client directly.",
        *hold_lines,
        *caution_lines,
    ]))
    return 0


def cmd_disclose_manual(args: argparse.Namespace) -> int:
    with common.unlocked(args, psychotherapy=args.kind == "psychotherapy") as vault:
        request = build_request(vault, args, manual=True)
        record, verdict = export.record_manual(vault, request, description=args.description, channel=args.channel)
    data = {"disclosure_id": record.disclosure_id, "ledger_seq": record.seq, "verdict": verdict.as_dict()}
    common.emit(args, data, lambda: (
        f"Recorded disclosure number {record.disclosure_id} (ledger entry {record.seq})."
        + ("" if verdict.allowed else "\n  Concerns the gate would have raised: " + verdict.message)))
    return 0


# --- accounting ----------------------------------------------------------------------------
def cmd_accounting(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        try:
            client_id = resolve_client_id(vault, args.client)
        except NotFound:  # a destroyed chart: its disclosures and identity are kept (164.528, 164.530(j))
            client_id = compliance.resolve(vault, args.client)
        report = accounting.produce(
            vault, client_id, out=Path(args.out), password=pdf_password(args), as_of=args.as_of,
            exclusions="omit" if args.omit_exclusions else "list", summarize=not args.no_summary,
            request_id=args.request, since=args.since, clock_is_right=args.clock_is_right,
            fee=FeeTerms(True, parse_date(args.fee_notice_on, "date of the fee notice"), args.client_choice or "")
            if args.fee else None,
        )
        key = accounting.fingerprint(vault.public_key)
    data = {**report.as_dict(), "public_key_fingerprint": key}
    common.emit(args, data, lambda: (
        f"Accounting written to {report.path} ({counted(len(report.accounting.lines), 'disclosure line')}, "
        f"{len(report.accounting.excluded)} excluded listed), signature in {report.signature_path}.\n"
        f"  ledger head {report.ledger_head.seq}, signing key {key}"))
    return 0


def cmd_accounting_verify(args: argparse.Namespace) -> int:
    sig = Path(args.signature or args.file + ".sig")
    if args.public_key:
        try:
            key = base64.b64decode(args.public_key, validate=True)
        except ValueError:
            raise InvalidInput("The public key must be base64.") from None
    else:
        with common.unlocked(args) as vault:
            # A report issued before a full key replacement was signed with the key it retired.
            known = vault.known_public_keys
        key = next((k for k in known if accounting.verify_file(Path(args.file), sig, k)), known[0])
    ok = accounting.verify_file(Path(args.file), sig, key)
    common.emit(args, {"ok": ok, "public_key_fingerprint": accounting.fingerprint(key)},
                "Signature valid: the file is exactly as the practice issued it." if ok else
                "SIGNATURE INVALID: the file or its .sig was changed, or another key signed it.")
    return 0 if ok else 5


def cmd_suspension_add(args: argparse.Namespace) -> int:
    from vault_app.services import accounting_suspensions

    with common.unlocked(args) as vault:
        done = accounting_suspensions.record(vault, resolve_client_id(vault, args.client), agency=args.agency,
                                             starts_on=args.start, ends_on=args.until, written=not args.oral,
                                             reference=args.reference or "")
        tag = common.practice_locale(vault)
    s, ends = done.suspension, common.date_shown(done.suspension.ends_on, tag)
    # An oral one asked for longer is cut to its 30 days: said, not done silently (a walker).
    cut = accounting_suspensions.cut_words(ends, common.date_shown(done.asked_until, tag)) \
        if done.cut and done.asked_until else ""
    common.emit(args, {"suspension_id": s.id, "ends_on": s.ends_on.isoformat(), "written": s.written,
                       "asked_until": done.asked_until.isoformat() if done.asked_until else None, "cut": done.cut},
                f"Suspension {s.id} recorded until {ends}." + (f"\n{cut}" if cut else ""))
    return 0


def cmd_suspension_list(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        found = accounting.list_suspensions(vault, resolve_client_id(vault, args.client))
        tag = common.practice_locale(vault)
    rows = [{"suspension_id": s.id, "agency": s.agency, "starts_on": s.starts_on.isoformat(),
             "ends_on": s.ends_on.isoformat(), "written": s.written, "reference": s.reference} for s in found]
    # Which were oral (30 days at most, 164.528(a)(2)(ii)) and which written: the list did not say.
    common.emit(args, rows, lambda: "\n".join(
        f"{s.id}  {s.agency}  {common.date_shown(s.starts_on, tag)} to {common.date_shown(s.ends_on, tag)}  "
        + ("written" if s.written else "oral") + (f", reference {s.reference}" if s.reference else "")
        for s in found) or "None.")
    return 0


def cmd_suspension_end(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        s = accounting.end_suspension(vault, resolve_client_id(vault, args.client), args.id, ends_on=args.on)
    common.emit(args, {"suspension_id": s.id, "ends_on": s.ends_on.isoformat()}, f"Suspension {s.id} ended.")
    return 0


def days_left_words(days: int) -> str:
    """The time left to answer, or how late it is: "(-309 days)" read as a sign error (found)."""
    if days < 0:
        return f"{counted(-days, 'day')} overdue"
    return "due today" if days == 0 else f"{counted(days, 'day')} left"


def cmd_dashboard(args: argparse.Namespace) -> int:
    from vault_app.services import clients_page, coming_of_age

    with common.unlocked(args) as vault:
        data = dashboard.summary(vault)
        coming = coming_of_age.items(vault, date.fromisoformat(data.on))
        tag = common.practice_locale(vault)
        d = data.as_dict()
        ids = {i["client_id"] for key in ("requests_needing_review", "requests_overdue", "requests_due_soon",
                                          "accounting_requests_open", "authorizations_expiring")
               for i in d[key]} | {c.client_id for c in coming}
        charts = clients_page.chart_numbers(vault, ids)
    # As the desktop's Today says them (gui/dashboard): a chart by its number, never the internal id.
    d["coming_of_age"] = [{"client_id": c.client_id, "chart_number": charts.get(c.client_id),
                           "majority_on": c.majority_on.isoformat(), "came": c.came, "parent_forms": c.parent_forms,
                           "age_of_majority": c.age_of_majority, "parent_acts": c.parent_acts} for c in coming]
    day = common.date_shown

    def chart(client_id: str) -> str:
        return f"chart {charts[client_id]}" if charts.get(client_id) else f"client {client_id}"

    def of_age(c: dict[str, Any]) -> str:
        age, on = c["age_of_majority"], common.deadline_shown(c["majority_on"], tag)
        if not c["came"]:
            ends = ("the parent's authority ends then" if c["parent_acts"]
                    else "no parent or guardian acts for the client now")
            return f"  {chart(c['client_id'])}: turns {age} on {on}; {ends}."
        return (f"  {chart(c['client_id'])}: turned {age} on {on}; forms the parent signed still in force: "
                f"{c['parent_forms']}. Ask the client to sign their own.")

    def text() -> str:
        lines = [f"As of {day(data.on, tag)}:"]
        # First: work to do whatever the date (its requester may no longer receive the copy), as Today says.
        lines += ["Requests needing review:"] + [
            f"  {i['request_id']} {i['kind']} {chart(i['client_id'])} needs review: {reason(i['review'])}; "
            f"due {common.deadline_shown(i['due_on'], tag)} ({days_left_words(i['days_left'])})"
            for i in d["requests_needing_review"]]
        for title, key in (("Overdue requests", "requests_overdue"), ("Requests due soon", "requests_due_soon"),
                           ("Open accounting requests", "accounting_requests_open")):
            lines += [f"{title}:"] + [f"  {i['request_id']} {i['kind']} {chart(i['client_id'])} "
                                      f"due {common.deadline_shown(i['due_on'], tag)} "
                                      f"({days_left_words(i['days_left'])})"
                                      + ("; needs review (above)" if i["review"] else "") for i in d[key]]
        lines += ["Authorizations expiring within 30 days:"] + [
            f"  {a['authorization_id']} {chart(a['client_id'])} on {day(a['expires_on'], tag)}"
            for a in d["authorizations_expiring"]]
        lines += ["Exports to settle:"] + [f"  {x['disclosure_id']} {x['status']} {x['reason']}"
                                           for x in d["deliveries_needing_attention"]]
        lines += ["Reviews of access denials to decide:"] + [
            f"  {r['review_id']} request {r['request_id']} due {common.deadline_shown(r['due_on'], tag)} "
            f"({days_left_words(r['days_left'])})"
            for r in d["reviews_open"]]
        lines += ["Coming of age:"] + [of_age(c) for c in d["coming_of_age"]]
        if d["compliance_records_due"]:
            lines += [f"Compliance records past their date ({d['compliance_records_due']}; "
                      "vault-app compliance destroy-due --confirm destroys them):"] + [
                f"  chart {c['chart_number']} {c['kind'].replace('_', ' ')}, "
                f"kept until {common.deadline_shown(c['keep_until'], tag)}"
                for c in d["compliance_due"]]
        return "\n".join(lines)

    common.emit(args, d, text)
    return 0


# --- registration ----------------------------------------------------------------------------
def _add_request_args(p: argparse.ArgumentParser, *, manual: bool) -> None:
    p.add_argument("--client", required=True, help="client id or chart number")
    p.add_argument("--kind", choices=INFO_KINDS, default="progress", help="what is disclosed (default progress)")
    p.add_argument("--notes", metavar="ID,ID", help="note ids (session ids for billing)")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="first date of the records")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="last date of the records")
    p.add_argument("--fields", metavar="F,F", help="only these fields (progress-note sections or billing fields)")
    p.add_argument("--recipient", required=True, help="recipient's name")
    p.add_argument("--recipient-address", help="recipient's address")
    p.add_argument("--purpose", required=True, help="why it is disclosed, e.g. 'continuity of care'")
    p.add_argument("--authorization", metavar="ID", help="the authorization this disclosure relies on")
    # Choices listed in the help, not the usage: 13 of them made one 200-column line of --help.
    p.add_argument("--basis", choices=sorted(SPECS), metavar="BASIS",
                   help=BASIS_HELP)
    p.add_argument("--evidence", metavar="FILE", help="JSON with the basis's evidence (see docs/disclosure.md)")
    p.add_argument("--request", metavar="ID", help="the client's access request (basis client_access)")
    p.add_argument("--received", metavar="DATE",
                   help="subpoena or court_order: the day it was received (default: the day of the disclosure); "
                        "the legal hold it calls for is dated from it")
    p.add_argument("--counsel-cleared-state-law", action="store_true",
                   help="subpoena: counsel advised your state's privilege does not bar this release (kept with it)")
    p.add_argument("--directed-by-client", action="store_true",
                   help="client_access: the client's signed, written request directs the copy to the recipient "
                        "named (45 CFR 164.524(c)(3)(ii)); listed in the accounting as them")
    p.add_argument("--to-guardian", metavar="ID|client",
                   help="client_access: the recorded personal representative who receives it, or 'client' "
                        "(default: whoever made the request)")
    if manual:
        p.add_argument("--date", required=True, help="when the disclosure was made")
        p.add_argument("--description", required=True, help="what was disclosed (no clinical detail needed)")
        p.add_argument("--channel", default="phone", choices=("phone", "mail", "fax", "email", "in_person", "other"),
                       metavar="CHANNEL", help="how it was disclosed: %(choices)s (default phone)")


def register(sub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("export", parents=[common_parent], help="disclose records through the gate (logged)")
    _add_request_args(p, manual=False)
    p.add_argument("--out", metavar="FILE", help="the file to write (required, except with --check-only)")
    p.add_argument("--format", choices=("pdf", "json"), default="pdf",
                   help="pdf (password-protected; the default) or json (not encrypted: only for the client's "
                   "own access request, with --unencrypted-json)")
    p.add_argument("--unencrypted-json", action="store_true", help="the client asked for an unencrypted JSON copy")
    p.add_argument("--check-only", action="store_true", help="ask the gate only; disclose nothing")
    p.add_argument("--place-hold", action="store_true", help=subpoena_hold.PLACE_HOLD_HELP)
    p.add_argument("--confirm-described", action="store_true",
                   help="an authorization recorded without its kinds: you read its words and they describe what "
                        "is sent")
    p.add_argument("--reviewed-others", action="store_true",
                   help="you reviewed the couple, family, group or joint notes sent for what other people said")
    add_pdf_password_arg(p)
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("disclose-manual", parents=[common_parent], help="record a disclosure made outside the app")
    _add_request_args(p, manual=True)
    p.set_defaults(handler=cmd_disclose_manual)

    p = sub.add_parser("accounting", parents=[common_parent], help="signed accounting of disclosures (164.528)")
    p.add_argument("--client", required=True, help="client id or chart number (a destroyed chart's too)")
    p.add_argument("--out", required=True, metavar="FILE", help="the PDF to write (its signature goes to FILE.sig)")
    p.add_argument("--as-of", metavar="DATE", help="date of the request (default: the request's or today)")
    p.add_argument("--request", metavar="ID", help="the client's accounting request (closed when produced)")
    p.add_argument("--omit-exclusions", action="store_true", help="leave out disclosures the rule excludes")
    p.add_argument("--no-summary", action="store_true", help="list repeat disclosures one by one")
    p.add_argument("--since", metavar="DATE", help="a shorter period the client asked for (45 CFR 164.528(a)(3))")
    p.add_argument("--fee", action="store_true",
                   help="charge a fee for a second accounting within 12 months (45 CFR 164.528(c)(2))")
    p.add_argument("--fee-notice-on", metavar="DATE", help="the date you told the client of the fee in advance")
    p.add_argument("--client-choice", choices=("proceed", "modified"),
                   help="what the client chose after the fee notice")
    p.add_argument("--clock-is-right", action="store_true",
                   help="this computer's clock is right: an agency's suspension that ended only by it has ended")
    add_pdf_password_arg(p)
    p.set_defaults(handler=cmd_accounting)

    p = sub.add_parser("accounting-verify", parents=[common_parent], help="check an accounting's signature")
    p.add_argument("--file", required=True, help="the accounting PDF to check")
    p.add_argument("--signature", metavar="FILE", help="default: FILE.sig")
    p.add_argument("--public-key", metavar="BASE64", help="check without the vault")
    p.set_defaults(handler=cmd_accounting_verify)

    p = sub.add_parser("accounting-suspension", parents=[common_parent],
                       help="law-enforcement/oversight suspension of an accounting (164.528(a)(2))")
    ssub = p.add_subparsers(dest="action", required=True)
    s = ssub.add_parser("add", parents=[common_parent], help="record an agency's request to suspend")
    s.add_argument("--client", required=True, help="client id or chart number")
    s.add_argument("--agency", required=True, help="the agency or official that asked")
    s.add_argument("--start", required=True, metavar="DATE", help="the day the suspension starts")
    s.add_argument("--until", metavar="DATE", help="the day it ends (required for a written request)")
    s.add_argument("--oral", action="store_true", help="an oral request: at most 30 days")
    s.add_argument("--reference", help="the agency's reference for the request")
    s.set_defaults(handler=cmd_suspension_add)
    s = ssub.add_parser("list", parents=[common_parent], help="a chart's suspensions")
    s.add_argument("--client", required=True, help="client id or chart number")
    s.set_defaults(handler=cmd_suspension_list)
    s = ssub.add_parser("end", parents=[common_parent], help="end a suspension early")
    s.add_argument("id", help="suspension id, from 'accounting-suspension list'")
    s.add_argument("--client", required=True, help="client id or chart number")
    s.add_argument("--on", metavar="DATE", help="the day it ends (default today)")
    s.set_defaults(handler=cmd_suspension_end)

    p = sub.add_parser("dashboard", parents=[common_parent], help="requests due, authorizations expiring")
    p.set_defaults(handler=cmd_dashboard)

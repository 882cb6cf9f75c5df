"""auth add|list|show|revoke|event: authorizations (HIPAA 164.508) and Part 2 consents
(42 CFR 2.31), recorded with their scans; what each covers and whether it is valid today."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from vault_app.cli import auth_of_age, common
from vault_app.domain.accounting_reliance import LetterOrder
from vault_app.domain.authorization import Authorization
from vault_app.domain.clinical import require_date
from vault_app.domain.plurals import counted
from vault_app.domain.shown_words import INFO_KIND_WORDS, shown_all
from vault_app.services import authorizations, revocation_order
from vault_app.services.clinical_common import resolve_client_id
from vault_app.services.revocation_order import AfterRevocation
from vault_app.services.vault import Vault


def _auth_text(d: dict[str, Any], tag: str) -> str:
    day = common.date_shown
    lines = [
        f"{d['authorization_id']}  {d['status'].upper()}{auth_of_age.status_words(d)}: {d['status_message']}",
        f"  covers {shown_all(INFO_KIND_WORDS, d['covers'])}"
        + ("  (also a 42 CFR Part 2 consent)" if d["part2_consent"] else ""),
        f"  to {d['recipient']['name']}" + (f", {d['recipient']['address']}" if d["recipient"]["address"] else ""),
        f"  purposes: {'; '.join(d['purposes'])}",
        f"  signed {day(d['signed_on'], tag)} by {d['signer']['name']} ({d['signer']['role'].replace('_', ' ')}"
        + (f": {d['signer']['authority']}" if d["signer"]["authority"] else "") + ")",
        *auth_of_age.show_line(d, tag),
        f"  expires {day(d['expires_on'], tag, d['expiration_event'])}"
        + (f" (event occurred {day(d['event_occurred_on'], tag)})" if d["event_occurred_on"] else "")
        + (f"; notes {day(d['notes_from'], tag, '...')} to {day(d['notes_to'], tag, '...')}"
           if d["notes_from"] or d["notes_to"] else ""),
        f"  information: {d['description']}",
        "  describes: " + (", ".join(d["described_parts"]) or "no kinds recorded (the export asks you to confirm)"),
    ]
    if d["revoked_on"]:
        lines.append(f"  revoked {day(d['revoked_on'], tag)}")
    return "\n".join(lines)


def _default_signer(vault: Vault, client_id: str, args: argparse.Namespace) -> tuple[str | None, str, str]:
    """(guardian id, signer's name, what the output says) when the signer is not given: the
    representative who signs for a minor (164.502(g): under the age of consent, or a parent who consented
    to the care, or nothing recorded; domain/who_acts.default_signer), else the client."""
    from vault_app.services import clients, representatives

    if args.signer_role == "client" and not (args.guardian or args.signer_name or args.signer_member):
        # The client signed: their name is the chart's (the help says so; a walker was refused "the
        # signer's name"). The rules still judge a minor's own signature.
        client = clients.get_client(vault, client_id)
        if not client.is_case:
            return None, client.legal_name, "Signed by the client."
    if args.signer_member and not (args.guardian or args.signer_name) and args.signer_role != "representative":
        # A member of a couple or family signed: their name is their chart's, as the client's is (walker
        # wfamily: refused for "the signer's name" with the member's chart named).
        member = clients.get_client(vault, resolve_client_id(vault, args.signer_member))
        return None, member.legal_name, f"Signed by {member.legal_name}, a member of the case."
    if args.guardian or args.signer_name or args.signer_role or args.signer_member:
        return args.guardian, args.signer_name or "", ""

    # Read as the authorization's own is (found: --signed-on 2026-02-30 ended in "internal error (ValueError)").
    signed = require_date(args.signed_on, "signature date", allow_future=False, field="signed_on")
    found = authorizations.proposed_signer(vault, client_id, signed, part2=args.part2_consent)
    if found is not None:
        return found.guardian_id, "", (
            f"Signed by {representatives.label(found)}, the client's personal representative: the default for a "
            "minor whose representative signs for them (give --signer-role client or --guardian ID to record another "
            "signer).")
    client = clients.get_client(vault, client_id)
    if client.is_case:
        return None, "", ""
    return None, client.legal_name, "Signed by the client (the default; --guardian ID for a representative)."


# Who consented to a minor's care (clients.care_consented_by), said with a representative's signature.
CONSENT_WORDS = {
    "guardian": "a parent or guardian, as the chart records",
    "client": "the client, a minor who consented to their own care, as the chart records",
    "": "not recorded (the open question below: it decides whether a parent or the minor signs)",
}


def _care_consent(vault: Vault, auth: Authorization) -> dict[str, str]:
    """{"care_consented_by": ...} for a representative's signature on a minor's form where the chart asks or
    records who consented to the care (45 CFR 164.502(g)(3)(i)); {} otherwise."""
    from vault_app.services import representatives

    if auth.signer.role != "personal_representative" or auth.signed_on is None:
        return {}
    found = representatives.care_consent_on_file(vault, auth.signer_client_id or auth.client_id, auth.signed_on)
    return {"care_consented_by": found.consented_by} if found.shown else {}


def cmd_auth_add(args: argparse.Namespace) -> int:
    scan = common.read_document_file(args.scan, "scan") if args.scan else None
    with common.unlocked(args) as vault:
        client_id = resolve_client_id(vault, args.client)
        guardian_id, signer_name, signer_note = _default_signer(vault, client_id, args)
        auth = authorizations.add_authorization(
            vault, client_id, description=args.description, covers=common.comma_list(args.covers),
            discloser=args.discloser,
            recipient_name=args.recipient, recipient_address=args.recipient_address or "", purposes=args.purpose or [],
            signed_on=args.signed_on, signer_name=signer_name,
            signer_role="personal_representative" if args.signer_role == "representative" else "client",
            signer_authority=args.authority or "", guardian_id=guardian_id,
            signer_client_id=resolve_client_id(vault, args.signer_member) if args.signer_member else None,
            expires_on=args.expires,
            expiration_event=args.expires_event or "", notes_from=args.notes_from, notes_to=args.notes_to,
            described_parts=common.comma_list(args.describes),
            statement_revoke=args.revoke_statement or "", statement_conditioning=args.conditioning_statement or "",
            statement_redisclosure=args.redisclosure_statement, part2=args.part2_consent,
            patient_name_on_form=args.patient_named, scan=scan, scan_filename=Path(args.scan).name if args.scan else "",
            scan_attachment_id=args.scan_attachment,
        )
        tag = common.practice_locale(vault)
        consent = _care_consent(vault, auth)
        data = authorizations.describe(auth, locale=tag) | {"warnings": authorizations.signing_warnings(vault, auth),
                                                            "signer_default": signer_note} | consent | (
            auth_of_age.adult_since(vault, [auth])[auth.id])
    common.emit(args, data, lambda: "Recorded " + _auth_text(data, tag)
                + (f"\n{signer_note}" if signer_note else "")
                + (f"\nWho consented to the minor's care: {CONSENT_WORDS[consent['care_consented_by']]}."
                   if consent else "")
                + "".join(f"\nWARNING: {w}" for w in data["warnings"]))
    return 0


def cmd_auth_list(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        client_id = resolve_client_id(vault, args.client) if args.client else None
        tag = common.practice_locale(vault)
        auths = authorizations.list_authorizations(vault, client_id)
        of_age = auth_of_age.adult_since(vault, auths)
        found = [authorizations.describe(a, locale=tag) | of_age[a.id] for a in auths]
    if args.valid_only:
        found = [d for d in found if d["status"] == "valid"]
    common.emit(args, found, lambda: "\n".join(
        f"{d['authorization_id']}  {d['status']:<10} {shown_all(INFO_KIND_WORDS, d['covers']):<24} "
        f"to {d['recipient']['name']}  "
        f"expires {common.date_shown(d['expires_on'], tag, d['expiration_event'])}  "
        f"describes: {', '.join(d['described_parts']) or 'not recorded'}"
        f"{auth_of_age.list_words(d, tag)}" for d in found)
        or "No authorizations.")
    return 0


def cmd_auth_show(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        tag = common.practice_locale(vault)
        auth = authorizations.get_authorization(vault, args.id)
        data = authorizations.describe(auth, locale=tag) | auth_of_age.adult_since(vault, [auth])[auth.id]
    common.emit(args, data, lambda: _auth_text(data, tag))
    return 0


def _orders(args: argparse.Namespace) -> dict[str, LetterOrder]:
    """--before-letter / --after-letter: which came first on the day the letter arrived."""
    return revocation_order.said_orders(args.before_letter or (), args.after_letter or ())


def cmd_auth_revoke(args: argparse.Namespace) -> int:
    scan = common.read_document_file(args.scan, "scan") if args.scan else None
    orders = _orders(args)
    with common.unlocked(args) as vault:
        revocation_order.check_orders(vault, args.id, args.received_on, orders)  # nothing recorded on a wrong id
        auth = authorizations.revoke(vault, args.id, received_on=args.received_on, scan=scan,
                                     scan_filename=Path(args.scan).name if args.scan else "")
        tag = common.practice_locale(vault)
        data = authorizations.describe(auth, locale=tag)
        after = (revocation_order.record_letter_order(vault, auth.id, orders) if orders
                 else revocation_order.disclosed_after_revocation(vault, auth))
    _after_data(data, after)
    common.emit(args, data, lambda: f"Revoked {args.id} as of {common.date_shown(data['revoked_on'], tag)}. "
                "Disclosures made before then in reliance on it remain valid." + _after_words(args.id, after, tag))
    return 0


def cmd_auth_same_day(args: argparse.Namespace) -> int:
    orders = _orders(args)
    with common.unlocked(args) as vault:
        after = revocation_order.record_letter_order(vault, args.id, orders)
        tag = common.practice_locale(vault)
    data: dict[str, Any] = {"authorization_id": args.id, "orders": orders}
    _after_data(data, after)
    common.emit(args, data, lambda: "Recorded which came first." + _after_words(args.id, after, tag))
    return 0


def _after_data(data: dict[str, Any], after: AfterRevocation) -> None:
    # Every one listed in the accounting, as before; those whose order is not said apart.
    data["disclosed_after_revocation"] = [r.disclosure_id for r in after.listed]
    data["same_day_order_not_recorded"] = [r.disclosure_id for r in after.same_day]


def _after_words(auth_id: str, after: AfterRevocation, tag: str) -> str:
    """A revocation recorded after disclosures made after it arrived, or the same day: say so."""
    words = ""
    if after.after:
        made = "; ".join(f"{r.disclosure_id} on {common.date_shown(r.day, tag)}" for r in after.after)
        n = len(after.after)
        words += (f"\n{counted(n, 'disclosure')} under it {'was' if n == 1 else 'were'} made after the "
                  f"revocation arrived ({made}): the revocation had taken effect (45 CFR 164.508(b)(5)), so "
                  f"{'it is' if n == 1 else 'they are'} listed in the client's accounting of disclosures "
                  "(45 CFR 164.528). Review what went out, and whether it is a breach to assess (45 CFR 164.402).")
    if after.same_day:
        # Found by a walker: an export at 04:10 and a letter received at 04:15 were said to be after it.
        made = "; ".join(r.disclosure_id for r in after.same_day)
        n, first = len(after.same_day), after.same_day[0].disclosure_id
        words += (f"\n{counted(n, 'disclosure')} under it {'was' if n == 1 else 'were'} made on "
                  f"{common.date_shown(after.same_day[0].day, tag)}, the day the revocation arrived ({made}). "
                  "Which came first is not recorded, so the client's accounting of disclosures lists "
                  f"{'it' if n == 1 else 'them'} as made the day of the revocation (45 CFR 164.528). One that "
                  "went out before the letter arrived was made in reliance on the authorization (45 CFR "
                  f"164.508(b)(5)(i)): say so with 'vault-app auth same-day {auth_id} --before-letter {first}' "
                  "(--after-letter if the letter came first).")
    return words


def cmd_auth_event(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        tag = common.practice_locale(vault)
        data = authorizations.describe(authorizations.record_expiration_event(vault, args.id,
                                                                              occurred_on=args.occurred_on),
                                       locale=tag)
    common.emit(args, data, lambda: _auth_text(data, tag))
    return 0


def register(sub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("auth", parents=[common_parent], help="authorizations (HIPAA 164.508) and Part 2 consents")
    asub = p.add_subparsers(dest="action", required=True)
    a = asub.add_parser("add", parents=[common_parent], help="record a signed authorization with its scan")
    a.add_argument("--client", required=True, help="client id or chart number")
    a.add_argument("--description", required=True, help="specific description of the information")
    a.add_argument("--covers", required=True, metavar="KINDS",
                   help="progress, psychotherapy (alone) or billing (progress_notes and psychotherapy_notes, as "
                        "--describes says them, are taken too)")
    a.add_argument("--discloser", required=True, help="who may disclose (you / the practice)")
    a.add_argument("--recipient", required=True, help="who may receive it, as the form names them")
    a.add_argument("--recipient-address", help="the recipient's address")
    a.add_argument("--purpose", action="append", help="each purpose (repeat the flag)")
    a.add_argument("--signed-on", required=True, help="the day the form was signed")
    a.add_argument("--signer-name", help="who signed, as on the form (not needed with --guardian, nor for a "
                                         "member who signed: --signer-member)")
    a.add_argument("--signer-role", choices=("client", "representative"),
                   help="without --signer-name or --guardian: the client, or for a minor under your age of consent "
                        "the personal representative on file")
    a.add_argument("--authority", help="the representative's authority")
    a.add_argument("--guardian", metavar="ID", help="the recorded guardian who signed")
    a.add_argument("--signer-member", metavar="CLIENT", help="joint records: the member who signed")
    a.add_argument("--expires", metavar="DATE", help="the expiration date on the form (or --expires-event)")
    a.add_argument("--expires-event", metavar="TEXT",
                   help="the expiration event on the form, e.g. 'end of treatment' ('auth event' records it)")
    a.add_argument("--notes-from", metavar="DATE", help="only notes dated from this day are covered")
    a.add_argument("--notes-to", metavar="DATE", help="only notes dated up to this day are covered")
    a.add_argument("--describes", metavar="KIND,KIND",
                   help="the kinds of information the description names (attendance, diagnosis, summary, "
                        "progress_notes or progress, measures); an export sends nothing else")
    a.add_argument("--revoke-statement", metavar="TEXT", help="how the form says to revoke in writing")
    a.add_argument("--conditioning-statement", metavar="TEXT", help="the form's statement on conditioning")
    a.add_argument("--redisclosure-statement", action="store_true", help="the form warns of redisclosure")
    a.add_argument("--part2-consent", action="store_true", help="the form is also a 42 CFR 2.31 consent")
    a.add_argument("--patient-named", action="store_true", help="the Part 2 consent names the patient")
    a.add_argument("--scan", metavar="FILE", help="the signed form (PDF, PNG or JPEG)")
    a.add_argument("--scan-attachment", metavar="ID", help="an already attached scan")
    a.set_defaults(handler=cmd_auth_add)
    a = asub.add_parser("list", parents=[common_parent], help="authorizations and their status")
    a.add_argument("--client", help="only this chart's (client id or chart number)")
    a.add_argument("--valid-only", action="store_true", help="only authorizations valid today")
    a.set_defaults(handler=cmd_auth_list)
    a = asub.add_parser("show", parents=[common_parent], help="one authorization and its status")
    a.add_argument("id", help="authorization id")
    a.set_defaults(handler=cmd_auth_show)
    a = asub.add_parser("revoke", parents=[common_parent], help="record a written revocation")
    a.add_argument("id", help="authorization id")
    a.add_argument("--received-on", required=True, help="the day the written revocation reached you")
    a.add_argument("--scan", metavar="FILE", help="the written revocation (PDF, PNG or JPEG)")
    _order_options(a)
    a.set_defaults(handler=cmd_auth_revoke)
    a = asub.add_parser("same-day", parents=[common_parent],
                        help="say whether a disclosure made the day a revocation arrived came before the letter")
    a.add_argument("id", help="authorization id")
    _order_options(a)
    a.set_defaults(handler=cmd_auth_same_day)
    a = asub.add_parser("event", parents=[common_parent], help="the expiration event occurred")
    a.add_argument("id", help="authorization id")
    a.add_argument("--occurred-on", required=True, help="the day the event occurred (today or earlier)")
    a.set_defaults(handler=cmd_auth_event)


def _order_options(a: argparse.ArgumentParser) -> None:
    a.add_argument("--before-letter", action="append", metavar="DISCLOSURE",
                   help="a disclosure made the day the revocation arrived, before the letter did (repeatable)")
    a.add_argument("--after-letter", action="append", metavar="DISCLOSURE",
                   help="a disclosure made the day the revocation arrived, after the letter did (repeatable)")

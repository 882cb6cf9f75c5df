"""open-export: the whole chart in one AES-256 PDF carrying manifest.json, chart.json, each note
and every document (docs/open-export.md), through the disclosure gate and logged."""

from __future__ import annotations

import argparse
from pathlib import Path

from vault_app.cli import common
from vault_app.cli.disclosure_commands import build_request
from vault_app.cli.gate_flags import BASIS_HELP, OPEN_EXPORT_FLAGS, flags_named, so_ordered_caution
from vault_app.cli.pdf_password import add_pdf_password_arg, pdf_password


def cmd_open_export(args: argparse.Namespace) -> int:
    from vault_app.domain.disclosure_basis import LegalBasis
    from vault_app.services import practice
    from vault_app.services.open_export import open_export

    # The record's request is built as for `export` (same flags, same evidence handling).
    args.kind, args.notes, args.date_from, args.date_to, args.fields = "progress", None, None, None, None
    psy_id = args.psychotherapy_authorization
    if args.psychotherapy_purpose and not psy_id:
        from vault_app.domain.errors import InvalidInput

        raise InvalidInput("--psychotherapy-purpose is the purpose of the psychotherapy notes: give it with "
                           "--psychotherapy-authorization (their own authorization).")
    with common.unlocked(args, psychotherapy=bool(psy_id)) as vault:
        request = build_request(vault, args)
        # A New York "so ordered" subpoena: said as `export` says it, refused or not.
        caution = so_ordered_caution(practice.load(vault).license_state, request.basis.kind)
        with flags_named(OPEN_EXPORT_FLAGS, caution):
            result = open_export(
                vault, request.client_id, recipient=request.recipient, purpose=request.purpose, basis=request.basis,
                out=Path(args.out), password=pdf_password(args),
                psychotherapy_basis=LegalBasis("authorization", {}, psy_id) if psy_id else None,
                psychotherapy_purpose=args.psychotherapy_purpose or "",
                parts_confirmed=request.parts_confirmed, others_reviewed=request.others_reviewed,
                leave_out_drafts=args.leave_out_drafts,
            )
    data = {**result.as_dict(), **({"so_ordered": caution} if caution else {})}
    common.emit(args, data, lambda: "\n".join([
        f"Exported the chart to {result.path}: {result.progress_notes} progress notes, "
        f"{result.psychotherapy_notes} psychotherapy notes, {result.attachments} documents.",
        f"  disclosures {', '.join(result.disclosure_ids)}, SHA-256 {result.sha256}",
        *([f"  psychotherapy notes under the purpose: {result.psychotherapy_purpose}"]
          if result.psychotherapy_purpose and result.psychotherapy_purpose != request.purpose else []),
        *([f"  psychotherapy notes left out: {result.psychotherapy_left_out}"] if result.psychotherapy_left_out
          else []),
        *([f"  unsigned drafts left out: {', '.join(d.isoformat() for d in result.drafts_left_out)}"]
          if result.drafts_left_out else []),
        *[f"  note: {w}" for w in result.warnings],
        *([f"  note: {caution}"] if caution else []),
        *([f"  The access request {result.request_granted} is granted: this file gave every part still to give."]
          if result.request_granted else []),
        "  Send the PDF password to the recipient separately. How to read the file without this app: "
        "docs/open-export.md.",
    ]))
    return 0


def register(sub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    from vault_app.domain.disclosure_basis import SPECS

    p = sub.add_parser("open-export", parents=[common_parent],
                       help="the whole chart in one encrypted, openly documented file (through the gate, logged)")
    p.add_argument("--client", required=True, help="client id or chart number")
    p.add_argument("--recipient", required=True, help="recipient's name (the client, or the new clinician)")
    p.add_argument("--recipient-address", help="recipient's address")
    p.add_argument("--purpose", required=True, help="why it is disclosed, e.g. 'transfer of care'")
    p.add_argument("--authorization", metavar="ID", help="the authorization this disclosure relies on")
    # Choices in the help text: in the usage they made a line of 200 columns.
    p.add_argument("--basis", choices=sorted(SPECS), metavar="BASIS", help=BASIS_HELP)
    p.add_argument("--evidence", metavar="FILE", help="JSON with the basis's evidence (see docs/disclosure.md)")
    p.add_argument("--request", metavar="ID", help="the client's access request (basis client_access)")
    p.add_argument("--directed-by-client", action="store_true",
                   help="client_access: the client's signed, written request directs the copy to the recipient "
                        "named (45 CFR 164.524(c)(3)(ii)); listed in the accounting as them")
    p.add_argument("--psychotherapy-authorization", metavar="ID",
                   help="include psychotherapy notes under this psychotherapy-notes authorization")
    # Their authorization is a separate form (45 CFR 164.508(b)(3)(ii)) with its own words for the purpose.
    p.add_argument("--psychotherapy-purpose", metavar="TEXT",
                   help="the purpose the psychotherapy notes go under, as their authorization states it "
                        "(default: --purpose)")
    p.add_argument("--out", required=True, metavar="FILE", help="the PDF to write")
    p.add_argument("--confirm-described", action="store_true",
                   help="an authorization recorded without its kinds: you read its words and they describe the "
                        "progress notes")
    # The window's "Leave the unsigned drafts out" (found walking: the refusal said "sign it first or
    # leave it out", and only the window could leave it out; an imported note may not be theirs to sign).
    p.add_argument("--leave-out-drafts", action="store_true",
                   help="leave the unsigned draft notes out (listed in the file) instead of refusing the export")
    p.add_argument("--reviewed-others", action="store_true",
                   help="you reviewed the couple, family or group notes for what other people said")
    add_pdf_password_arg(p)
    p.set_defaults(handler=cmd_open_export)

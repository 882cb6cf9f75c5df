"""closure-notice: the notice of closure to a client (`--client ID --letter-out FILE`) or to every active
client (`--all-active --out-folder DIR`, one PDF each), in each client's letter language, recorded on
each chart's History (services/closure_notice.py). Everything is checked before the vault records a
thing: the details, the PDF password, the file or folder, and (in the service) every letter made."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from vault_app.cli import common
from vault_app.cli.pdf_password import add_pdf_password_arg, pdf_password
from vault_app.cli.text_files import read_text_file
from vault_app.domain.clinical import require_date
from vault_app.domain.closure_notice import REFERRALS_MAX, ClosureDetails, checked_details
from vault_app.domain.errors import InvalidInput
from vault_app.services import closure_notice
from vault_app.services.closure_notice import Written
from vault_app.services.request_letter_file import letter_file

_TO = {"client": "the client", "representative": "their personal representative", "estate": "the estate"}


def _details(args: argparse.Namespace) -> ClosureDetails:
    referrals = read_text_file(args.referrals, "referrals file", limit=REFERRALS_MAX * 4) if args.referrals else ""
    return checked_details(require_date(args.closes_on, "day the practice closes", field="closes_on"),
                           args.custodian_name or "", args.custodian_contact or "", referrals, on=date.today())


def _line(w: Written) -> str:
    after = (f"; {w.booked_after} appointment(s) still booked after the closing: cancel them"
             if w.booked_after else "")
    return f"  {w.chart_number}: to {_TO[w.to]}, in {'Spanish' if w.language == 'es' else 'English'}{after}"


def cmd_closure_notice(args: argparse.Namespace) -> int:
    from vault_app.services.pdf_document import check_password  # the PDF stack: only when a letter is written

    if bool(args.client) == bool(args.all_active):
        raise InvalidInput("Give --client ID or --all-active (one of them).", code="closure.usage")
    if args.client and not args.letter_out:
        raise InvalidInput("Give --letter-out FILE: where the client's letter is written.", code="closure.usage")
    if args.all_active and not args.out_folder:
        raise InvalidInput("Give --out-folder DIR: the folder the letters are written into, one PDF a client.",
                           code="closure.usage")
    details = _details(args)
    target = letter_file(Path(args.letter_out)) if args.client else None
    if args.all_active:
        closure_notice.check_folder(Path(args.out_folder), [])
    password = check_password(pdf_password(args))
    with common.unlocked(args) as vault:
        if target is not None:
            written = [closure_notice.write_one(vault, args.client, details, target, password=password)]
        else:
            written = closure_notice.write_all(vault, details, Path(args.out_folder), password=password)
    lines = [f"{len(written)} notice(s) of closure written (password-protected), each recorded on its chart's "
             "History:", *(f"{_line(w)}\n    {w.path}" for w in written)]
    common.emit(args, [w.as_dict() for w in written], "\n".join(lines))
    return 0


def register(sub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "closure-notice", parents=[common_parent],
        help="the notice of closure to a client, or to every active client, when the practice closes",
        description="Write the notice of closure: the day the practice closes, the last session, who keeps the "
                    "records and until when, how to ask for a copy (45 CFR 164.524) and referrals. Each letter is "
                    "in the client's letter language, to whoever receives the client's mail (a minor's parent or "
                    "guardian, a deceased client's executor), and recorded on the chart's History.")
    p.add_argument("--client", metavar="ID", help="one client (id or chart number)")
    p.add_argument("--all-active", action="store_true", help="every active client, one PDF each (or --client)")
    p.add_argument("--closes-on", required=True, metavar="DATE", help="the day the practice closes")
    p.add_argument("--custodian-name", required=True, metavar="NAME",
                   help="who keeps the records after the closing (a successor, a records custodian)")
    p.add_argument("--custodian-contact", required=True, metavar="TEXT",
                   help="how clients reach them: a telephone, an address, on one line")
    p.add_argument("--referrals", metavar="FILE", help="a text file of referrals (clinicians, services) to print")
    p.add_argument("--letter-out", metavar="FILE", help="with --client: the letter's PDF")
    p.add_argument("--out-folder", metavar="DIR", help="with --all-active: the folder for the PDFs (never replaced)")
    add_pdf_password_arg(p)
    p.set_defaults(handler=cmd_closure_notice)


__all__ = ["register"]

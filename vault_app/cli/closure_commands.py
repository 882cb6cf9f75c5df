"""closure-notice: the notice of closure to a client (`--client ID --letter-out FILE`) or to every active
client (`--all-active --out-folder DIR`, one PDF each), in each client's letter language, kept in and
recorded on each chart (services/closure_notice.py); `--reprint --client ID --letter-out FILE` prints a
letter sent again. Everything is checked before the vault records a thing: the details, the PDF
password, the file or folder, and (in the service) every letter made. The letters that go otherwise
than by mail, as clients asked (45 CFR 164.522(b)), are listed first, and written with --as-asked;
the clients already sent a notice of that closing day are skipped unless --again."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from vault_app.cli import common
from vault_app.cli.pdf_password import add_pdf_password_arg, pdf_password
from vault_app.cli.text_files import read_text_file
from vault_app.domain import closure_notice_delivery as delivery_rules
from vault_app.domain.clinical import require_date
from vault_app.domain.closure_notice import REFERRALS_MAX, ClosureDetails, checked_details
from vault_app.domain.errors import InvalidInput
from vault_app.services import closure_letters_kept, closure_notice
from vault_app.services.closure_notice import Planned, Written
from vault_app.services.request_letter_file import letter_file

_TO = {"client": "the client", "representative": "their personal representative", "estate": "the estate"}


def _details(args: argparse.Namespace) -> ClosureDetails:
    referrals = read_text_file(args.referrals, "referrals file", limit=REFERRALS_MAX * 4) if args.referrals else ""
    return checked_details(require_date(args.closes_on, "day the practice closes", field="closes_on"),
                           args.custodian_name or "", args.custodian_contact or "", referrals, on=date.today())


def how_it_goes(how: delivery_rules.Delivery) -> str:
    """How a letter goes, as the therapist is told it: the client's own words where they gave them."""
    if how.how == delivery_rules.TO_SAFE_ADDRESS:
        return (f"by mail to the safe address, as asked (“{how.asked}”)" if how.asked else
                "by mail to the safe address (mail is not among the ways ticked as OK to use)")
    if how.how == delivery_rules.NOT_BY_MAIL:
        return "not by mail: use " + (f"“{how.asked}”" if how.asked else ", ".join(how.ways))
    return "by mail"


def _told(planned: list[Planned]) -> str:
    told = [p for p in planned if p.delivery.told]
    return "\n".join([f"{len(told)} client(s) asked to be reached their own way ({delivery_rules.CITATION}):",
                      *(f"  {p.chart_number}: {how_it_goes(p.delivery)}" for p in told)])


def _line(w: Written) -> str:
    after = (f"; {w.booked_after} appointment(s) still booked after the closing: cancel them"
             if w.booked_after else "")
    how = f", {how_it_goes(w.delivery)}" if w.delivery.told else ""
    return f"  {w.chart_number}: to {_TO[w.to]}, in {'Spanish' if w.language == 'es' else 'English'}{how}{after}"


def _reprint(args: argparse.Namespace) -> int:
    from vault_app.services.pdf_document import check_password

    if not args.client or not args.letter_out:
        raise InvalidInput("Give --client ID and --letter-out FILE: whose letter, and where it is printed.",
                           code="closure.usage")
    target = letter_file(Path(args.letter_out))
    password = check_password(pdf_password(args))
    with common.unlocked(args) as vault:
        path = closure_letters_kept.reprint(vault, args.client, target, password=password)
    common.emit(args, {"letter_file": str(path)}, f"The notice of closure sent, printed again (password-protected):"
                f"\n  {path}")
    return 0


def _letter_target(out: Path) -> Path:
    """The one client's letter's file, checked before the vault is opened; a file already there may be
    the letter a killed run wrote and did not keep, which only the vault can tell (write_one settles it
    first, then checks the name again)."""
    try:
        return letter_file(out)
    except InvalidInput as exc:
        if exc.code != "file.exists":
            raise
        return out


def cmd_closure_notice(args: argparse.Namespace) -> int:
    from vault_app.services.pdf_document import check_password  # the PDF stack: only when a letter is written

    if args.reprint:
        return _reprint(args)
    if bool(args.client) == bool(args.all_active):
        raise InvalidInput("Give --client ID or --all-active (one of them).", code="closure.usage")
    if args.client and not args.letter_out:
        raise InvalidInput("Give --letter-out FILE: where the client's letter is written.", code="closure.usage")
    if args.all_active and not args.out_folder:
        raise InvalidInput("Give --out-folder DIR: the folder the letters are written into, one PDF a client.",
                           code="closure.usage")
    details = _details(args)
    target = _letter_target(Path(args.letter_out)) if args.client else None
    if args.all_active:
        closure_notice.check_folder(Path(args.out_folder), [])
    password = check_password(pdf_password(args))
    with common.unlocked(args) as vault:
        if target is not None:
            planned = [closure_notice.plan(vault, args.client, details)]
            already: list[tuple[str, date]] = []
        else:
            found = closure_notice.preview(vault, details, again=args.again)
            planned, already = found.planned, found.already
        told = closure_notice.to_tell(planned)
        if told:  # said before anything is written, whatever follows
            print(_told(planned), file=sys.stderr, flush=True)
            if not args.as_asked:
                raise InvalidInput(f"{len(told)} client(s) asked to be reached their own way: nothing was written.",
                                   hint="Read how each letter goes (above), then run again with --as-asked.",
                                   code="closure.tell_first", params={"count": len(told)})
        if target is not None:
            written = [closure_notice.write_one(vault, args.client, details, target, password=password,
                                                again=args.again, told=told)]
        else:
            written = closure_notice.write_all(vault, details, Path(args.out_folder), password=password,
                                               again=args.again, told=told).written
    lines = [f"{len(written)} notice(s) of closure written (password-protected), each kept in and recorded on its "
             "chart:", *(f"{_line(w)}\n    {w.path}" for w in written)]
    if already:
        lines.append(f"Already sent a notice for this closing day (skipped; --again makes them again): "
                     f"{len(already)}: " + ", ".join(chart for chart, _day in already))
    common.emit(args, {"written": [w.as_dict() for w in written],
                       "already_sent": [{"chart_number": c, "first_sent_on": d.isoformat()} for c, d in already]},
                "\n".join(lines))
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
    p.add_argument("--closes-on", metavar="DATE", help="the day the practice closes")
    p.add_argument("--custodian-name", metavar="NAME",
                   help="who keeps the records after the closing (a successor, a records custodian)")
    p.add_argument("--custodian-contact", metavar="TEXT",
                   help="how clients reach them: a telephone, an address, on one line")
    p.add_argument("--referrals", metavar="FILE", help="a text file of referrals (clinicians, services) to print")
    p.add_argument("--letter-out", metavar="FILE", help="with --client: the letter's PDF")
    p.add_argument("--out-folder", metavar="DIR", help="with --all-active: the folder for the PDFs (never replaced)")
    p.add_argument("--as-asked", action="store_true",
                   help="write the letters of clients who asked to be reached their own way as listed: to the safe "
                        "address, or without an address (not by mail), once you have read the list")
    p.add_argument("--again", action="store_true",
                   help="make again the letters of clients already sent a notice of this closing day (skipped "
                        "otherwise)")
    p.add_argument("--reprint", action="store_true",
                   help="with --client and --letter-out: print the notice the client was sent again, as it was")
    add_pdf_password_arg(p)
    p.set_defaults(handler=cmd_closure_notice)


__all__ = ["register"]

"""amendment add|accept|deny|recipients|informed|disagree|include-with-disclosures|rebut|rebuttal-letter
(45 CFR 164.526).

add and deny are the request commands' own (disclosure_request_commands); letters are kept in the
vault and, with `--letter-out FILE`, also written as a password-protected PDF to print and mail.
"""

from __future__ import annotations

import argparse
from typing import Any

from vault_app.cli import common
from vault_app.cli.disclosure_request_commands import add_args, cmd_add, cmd_deny
from vault_app.cli.request_rows import (
    charted,
    letter_args,
    letter_out,
    letter_target,
    letter_written,
    request_data,
    request_line,
    text_arg,
    text_args,
)
from vault_app.domain.plurals import counted
from vault_app.domain.requests import AMENDMENT_DENIAL_GROUNDS
from vault_app.services import request_amendments, request_due


def cmd_accept(args: argparse.Namespace) -> int:
    text = text_arg(args)
    target = letter_target(args)
    with common.unlocked(args) as vault:
        q, letter = request_amendments.accept_amendment(vault, args.id, text=text, decided_on=args.on)
        tag = common.practice_locale(vault)
        d = charted(vault, [request_data(q, request_due.license_state(vault))])[0]
    written = letter_out(target, letter, q.id)
    common.emit(args, d | letter_written(target), lambda: f"Accepted and the record amended: {request_line(d, tag)}"
                + written)
    return 0


def _to_inform(t: Any) -> dict[str, Any]:
    return {"recipient": t.recipient, "address": t.address, "disclosure_ids": list(t.disclosure_ids),
            "named_by_client": t.named_by_client, "informed_on": t.informed_on.isoformat() if t.informed_on else None,
            "restricted": t.restricted}


def _waiting(row: dict[str, Any]) -> str:
    # An agreed restriction covers the amended notes for them: not to be sent (164.522(a)(1)(iii)).
    return "RESTRICTED BY THE CLIENT: not to be sent" if row["restricted"] else "NOT YET INFORMED"


def cmd_recipients(args: argparse.Namespace) -> int:
    from vault_app.services import amendment_notices

    with common.unlocked(args) as vault:
        rows = [_to_inform(t) for t in amendment_notices.recipients(vault, args.id)]
        tag = common.practice_locale(vault)
    common.emit(args, rows, lambda: "\n".join(
        f"{r['recipient']:<40} "
        f"{'informed ' + common.date_shown(r['informed_on'], tag) if r['informed_on'] else _waiting(r)}"
        + (" (named by the client)" if r["named_by_client"]
           else f" ({counted(len(r['disclosure_ids']), 'disclosure')})")
        for r in rows) or "Nobody received an amended note; ask the client whom to inform (45 CFR 164.526(c)(3)).")
    return 0


def cmd_informed(args: argparse.Namespace) -> int:
    from vault_app.services import amendment_notices

    with common.unlocked(args) as vault:
        t = amendment_notices.record_informed(vault, args.id, recipient=args.recipient, informed_on=args.on,
                                              named_by_client=args.named_by_client, client_agreed=args.client_agreed)
        tag = common.practice_locale(vault)
    d = _to_inform(t)
    common.emit(args, d, lambda: f"Recorded: {d['recipient']} informed of the amendment on "
                f"{common.date_shown(d['informed_on'], tag)}.")
    return 0


def cmd_disagree(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        d = request_data(request_amendments.file_disagreement(vault, args.id, text=text_arg(args),
                                                              received_on=args.received_on))
    common.emit(args, d, lambda: "Statement of disagreement linked to the record; it will go with every later "
                "disclosure of the notes concerned.")
    return 0


def cmd_include(args: argparse.Namespace) -> int:
    """The client's ask that the request and its denial go with later disclosures (164.526(d)(1)(iii))."""
    from vault_app.services import amendment_inclusion

    with common.unlocked(args) as vault:
        d = request_data(amendment_inclusion.ask_included(vault, args.id, asked_on=args.asked_on))
    common.emit(args, d, lambda: "Recorded: at the client's request, the amendment request and its denial will go "
                "with every later disclosure of the notes concerned (45 CFR 164.526(d)(5)(ii)).")
    return 0


def cmd_rebut(args: argparse.Namespace) -> int:
    text = text_arg(args)
    target = letter_target(args)
    with common.unlocked(args) as vault:
        q, letter = request_amendments.add_rebuttal(vault, args.id, text=text)
    d = request_data(q)
    written = letter_out(target, letter, q.id)
    # The copy owed to the client (164.526(d)(3)): printed, or written out as the other letters are.
    common.emit(args, {**d, "letter": letter.text()} | letter_written(target),
                lambda: "Rebuttal recorded. Send a copy to the client (45 CFR 164.526(d)(3))."
                + written + ("" if target else "\n\n" + letter.text()))
    return 0


def cmd_rebuttal_letter(args: argparse.Namespace) -> int:
    """The letter of a rebuttal kept without one (recorded before its letter was kept with it)."""
    target = letter_target(args)
    with common.unlocked(args) as vault:
        q, letter = request_amendments.make_rebuttal_letter(vault, args.id, again=args.again)
    written = letter_out(target, letter, q.id)
    common.emit(args, {**request_data(q), "letter": letter.text()} | letter_written(target),
                lambda: "Rebuttal letter made and kept with the request's letters. Send it to the client "
                "(45 CFR 164.526(d)(3))." + written + ("" if target else "\n\n" + letter.text()))
    return 0


def register(sub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("amendment", parents=[common_parent], help="amendment requests (164.526)")
    msub = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    m = msub.add_parser("add", parents=[common_parent], help="record an amendment request")
    add_args(m)
    m.set_defaults(handler=cmd_add, kind="amendment")
    m = msub.add_parser("accept", parents=[common_parent], help="amend the linked notes and tell the client")
    m.add_argument("id", help="request id")
    m.add_argument("--on", metavar="DATE", help="the day of the decision (default today)")
    text_args(m, "the amendment, added to each linked note")
    letter_args(m)
    m.set_defaults(handler=cmd_accept)
    m = msub.add_parser("deny", parents=[common_parent], help="deny with the letter (disagreement rights)")
    m.add_argument("id", help="request id")
    m.add_argument("--ground", action="append", choices=sorted(AMENDMENT_DENIAL_GROUNDS), metavar="GROUND",
                   help="the basis of the denial (repeat): %(choices)s")
    m.add_argument("--on", metavar="DATE", help="the day of the decision (default today)")
    m.add_argument("--denied", help="what is denied")
    m.add_argument("--explanation", help="more explanation for the letter")
    letter_args(m)
    m.set_defaults(handler=cmd_deny)
    m = msub.add_parser("recipients", parents=[common_parent],
                        help="who must be told of an accepted amendment (45 CFR 164.526(c)(3))")
    m.add_argument("id", help="request id")
    m.set_defaults(handler=cmd_recipients)
    m = msub.add_parser("informed", parents=[common_parent], help="record that a recipient was sent the amendment")
    m.add_argument("id", help="request id")
    m.add_argument("--recipient", required=True, help="who was sent it, as 'amendment recipients' lists them")
    m.add_argument("--on", required=True, metavar="DATE", help="the day they were sent it")
    m.add_argument("--named-by-client", action="store_true", help="a person the client named (164.526(c)(3)(i))")
    m.add_argument("--client-agreed", action="store_true",
                   help="the client agreed to have this recipient informed (required, 45 CFR 164.526(c)(2))")
    m.set_defaults(handler=cmd_informed)
    m = msub.add_parser("disagree", parents=[common_parent], help="link the client's statement of disagreement")
    m.add_argument("id", help="id of the denied amendment request")
    m.add_argument("--received-on", required=True, metavar="DATE", help="the day the statement reached you")
    text_args(m, "the client's statement")
    m.set_defaults(handler=cmd_disagree)
    m = msub.add_parser("include-with-disclosures", parents=[common_parent],
                        help="the client asked that the request and its denial go with later disclosures "
                        "(45 CFR 164.526(d)(1)(iii))")
    m.add_argument("id", help="id of the denied amendment request")
    m.add_argument("--asked-on", metavar="DATE", help="the day the client asked (default today)")
    m.set_defaults(handler=cmd_include)
    m = msub.add_parser("rebut", parents=[common_parent], help="the practice's rebuttal")
    m.add_argument("id", help="id of the denied amendment request")
    text_args(m, "the rebuttal")
    letter_args(m)
    m.set_defaults(handler=cmd_rebut)
    m = msub.add_parser("rebuttal-letter", parents=[common_parent],
                        help="the client's copy of a rebuttal kept without one (45 CFR 164.526(d)(3))")
    m.add_argument("id", help="id of the amendment request with the rebuttal")
    m.add_argument("--again", action="store_true", help="make another letter though one was made (once only "
                   "otherwise)")
    letter_args(m)
    m.set_defaults(handler=cmd_rebuttal_letter)

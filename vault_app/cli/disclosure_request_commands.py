"""request add|list|show|copy|inspect|extend|grant|deny|withdraw|review|review-decide; amendment lives in
amendment_commands (its add and deny are these); an access request's own steps (inspect, copy,
paper-given, review, review-decide) in request_access_commands, registered here in their place.

Letters (extension notice, denial, acceptance) are kept in the vault and, with
`--letter-out FILE`, also written as a password-protected PDF to print and mail.
"""

from __future__ import annotations

import argparse
from typing import Any

from vault_app.cli import common
from vault_app.cli.request_access_commands import add_access_parsers, add_review_parsers
from vault_app.cli.request_asked_arg import add_asked_arg
from vault_app.cli.request_rows import (
    charted,
    letter_args,
    letter_out,
    letter_target,
    letter_written,
    made_by,
    request_data,
    request_line,
)
from vault_app.domain.claimed_authority import CLAIM_CODES
from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy
from vault_app.domain.plurals import counted
from vault_app.domain.request_requester_review import BASIS_COMMAND, DENY_COMMAND
from vault_app.domain.requests import (
    ACCESS_DENIAL_GROUNDS,
    AMENDMENT_DENIAL_GROUNDS,
    whole_ground_refusal,
)
from vault_app.services import grant_receiver, request_drafts_left, request_due, request_owed, requests
from vault_app.services.clinical_common import resolve_client_id


def cmd_add(args: argparse.Namespace) -> int:
    kind = getattr(args, "kind", None) or "amendment"
    if getattr(args, "refused", False):
        return _add_refused(args, kind)
    if getattr(args, "letter_out", None):
        raise InvalidInput("--letter-out writes the reply to a requester the rules refuse: it goes with --refused.",
                           code="request.letter_out_usage")
    # A psychotherapy note named in an amendment request: that compartment is opened only when asked
    # (found by a walker: the hint said "unlock the psychotherapy notes first" and nothing here could).
    with common.unlocked(args, psychotherapy=bool(getattr(args, "psychotherapy", False))) as vault:
        try:
            if getattr(args, "member", None):
                q = _add_by_member(vault, args, kind)
            else:
                q = requests.add_request(
                    vault, resolve_client_id(vault, args.client), kind=kind, received_on=args.received_on,
                    description=args.description or "",
                    note_ids=[n for n in (args.notes or "").split(",") if n.strip()],
                    by_representative=args.by_representative, guardian_id=args.guardian,
                    requester_name=args.requester or "", requester_claim=args.claim or "", asked=args.asked or "",
                )
        except NotFound as exc:
            if exc.code == "request.note_not_of_client" and not getattr(args, "psychotherapy", False):
                exc.hint = "A psychotherapy note is named only with --psychotherapy (it unlocks them)."
            raise
        except RefusedByPolicy as exc:
            # The representative rules refuse the requester: say how to document that they asked.
            if exc.code.startswith("representative."):
                exc.hint = (exc.hint + " To record that they asked and were refused on this rule, add --refused."
                            ).strip()
            raise
        tag = common.practice_locale(vault)
        d = charted(vault, [request_data(q, request_due.license_state(vault)) | {"made_by": made_by(vault, q)}])[0]
    common.emit(args, d, lambda: f"Recorded {request_line(d, tag)}"
                + (f"\n  made by {d['made_by']}" if d["made_by"] else ""))
    return 0


def _add_by_member(vault: Any, args: argparse.Namespace, kind: str) -> Any:
    """`request add --member`: made by an adult member of a couple's or family's chart, not a representative."""
    from vault_app.services import request_member

    if args.guardian or args.by_representative or args.requester or args.claim:
        raise InvalidInput("--member records a request a member of the couple or family made themself; it does "
                           "not go with --guardian, --by-representative, --requester or --claim.",
                           code="request.member_usage")
    return request_member.add_member_request(
        vault, resolve_client_id(vault, args.client), args.member, kind=kind, received_on=args.received_on,
        description=args.description or "", note_ids=[n for n in (args.notes or "").split(",") if n.strip()],
        asked=args.asked or "")


def _add_refused(args: argparse.Namespace, kind: str) -> int:
    """`request add --refused`: made by one the representative rules refuse, and denied on that rule."""
    from vault_app.services import request_refused

    if not (args.guardian or args.by_representative or args.requester or args.claim):
        raise InvalidInput("--refused records a request made by a personal representative (--guardian, "
                           "or --by-representative / --requester with --claim parent).", code="request.refused_usage")
    target = letter_target(args)
    with common.unlocked(args) as vault:
        q, letter = request_refused.add_refused_request(
            vault, resolve_client_id(vault, args.client), received_on=args.received_on, kind=kind,
            guardian_id=args.guardian, requester_name=args.requester or "", requester_claim=args.claim or "",
            description=args.description or "")
        tag = common.practice_locale(vault)
        d = charted(vault, [request_data(q, request_due.license_state(vault)) | {"made_by": made_by(vault, q)}])[0]
    written = letter_out(target, letter, q.id)
    common.emit(args, d | letter_written(target), lambda: f"Recorded {request_line(d, tag)}"
                + (f"\n  made by {d['made_by']}" if d["made_by"] else "")
                + f"\n  refused: {q.explanation}\n  The reply to the requester is kept with the request "
                  f"(request show {q.id})." + written)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from vault_app.services import request_review_needed

    with common.unlocked(args) as vault:
        client_id = resolve_client_id(vault, args.client) if args.client else None
        state = request_due.license_state(vault)
        qs = requests.list_requests(vault, client_id=client_id, kind=args.kind)
        owed = request_owed.owed_by_id(vault, qs)
        review = request_review_needed.review_by_id(vault, qs)
        # --open: those still owing the client, a decided one owing its copy too (as the Requests window)
        found = charted(vault, [request_data(q, state, owed.get(q.id, ""), review.get(q.id, "")) for q in qs
                                if not args.open or not q.closed or q.id in owed])
        tag = common.practice_locale(vault)
    common.emit(args, found, lambda: "\n".join(request_line(d, tag) for d in found) or "No requests.")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from vault_app.services import access_recipient, clinical_common, request_review_needed

    with common.unlocked(args) as vault:
        q = requests.get_request(vault, args.id)
        data = request_data(q, request_due.license_state(vault), request_owed.copy_owed_by(vault, q),
                            request_review_needed.review_of(vault, q))
        d = charted(vault, [data | {"made_by": made_by(vault, q)}])[0]
        review = access_recipient.requester_no_longer(vault, q, clinical_common.today())
        d["letters"] = requests.letters(vault, args.id)
        days, gone = request_drafts_left.drafts_left_out_days(vault, q)
        tag = common.practice_locale(vault)
        still = _still_to_give(vault, args.id, tag)
    d["still_to_give"] = still[0]
    # The drafts the copy left out, by day (found by a walker: said only by the copy, then gone).
    d["drafts_left_out"] = {"days": [x.isoformat() for x in days], "gone": gone}
    drafts = [common.date_shown(x, tag) for x in days] + ([f"{gone} no longer in the chart"] if gone else [])
    drafts_line = (f"\n  Left out as unsigned drafts: {counted(len(days) + gone, 'note')} ({'; '.join(drafts)})"
                   if drafts else "")
    common.emit(args, d, lambda: "\n".join([
        request_line(d, tag) + (f"\n  made by {d['made_by']}" if d["made_by"] else "") + _review_lines(review, d)
        + drafts_line + still[1]
        + (f"\n  basis: {d['explanation']}" if d["status"] == "denied" and d["explanation"] else ""),
        *[f"\n--- {x['kind']} ({common.date_shown(x['letter_date'], tag)}) ---\n{x['body']}" for x in d["letters"]]]))
    return 0


def _review_lines(review: RefusedByPolicy | None, d: dict[str, Any]) -> str:
    """Why the request needs review and what settles it (domain/who_acts.REQUESTER_NO_LONGER), with
    the two commands written out for this request: its requester's standing changed after it was
    made; "" when it does not."""
    if review is None:
        return ""
    deny = DENY_COMMAND.format(id=d["request_id"])
    basis = BASIS_COMMAND.format(client=d.get("chart_number") or d["client_id"], guardian=d["guardian_id"])
    return f"\n  {review.message}\n  What to do: {review.hint}\n    vault-app {deny}\n    vault-app {basis}"


def _still_to_give(vault: Any, request_id: str, tag: str) -> tuple[list[str], str]:
    """The parts an open access request still waits for (services/access_copy_paper), as data and lines;
    an open export that did not give them says why (made before exports recorded what they held, or
    the part changed after it)."""
    from vault_app.domain.access_copy_parts import labels
    from vault_app.services import access_copy_paper

    pending, cover = access_copy_paper.still_to_give(vault, request_id)
    if not pending:
        return [], ""
    lines = [f"\n  Still to give: {labels(pending)} ('request paper-given {request_id}' once given, or deny them)"]
    lines += [f"\n  The complete open export of {common.date_shown(day, tag)} is not counted: made before the app "
              "recorded what an export holds." for day in sorted(set(cover.older))]
    lines += [f"\n  The {labels((code,))} changed after the complete open export of {common.date_shown(day, tag)}."
              for code, day in cover.changed if code in pending]
    return list(pending), "".join(lines)


def cmd_extend(args: argparse.Namespace) -> int:
    target = letter_target(args)
    with common.unlocked(args) as vault:
        q, letter = requests.extend_request(vault, args.id, notice_on=args.notice_on, reason=args.reason,
                                            days=args.days)
        tag = common.practice_locale(vault)
        d = charted(vault, [request_data(q, request_due.license_state(vault))])[0]
    written = letter_out(target, letter, q.id)
    common.emit(args, d | letter_written(target), lambda: f"Extended: {request_line(d, tag)}" + written)
    return 0


def cmd_grant(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        q = requests.grant_request(vault, args.id, decided_on=args.on, granted=args.granted or "")
        tag = common.practice_locale(vault)
        d = charted(vault, [request_data(q, request_due.license_state(vault))])[0]
        # A parent's request on or after the client's majority: who receives it, said (services/grant_receiver).
        if grant_receiver.client_now_adult(vault, q.id, q.decided_on):
            d["receiver_note"] = grant_receiver.CLIENT_NOW_ADULT
    common.emit(args, d, lambda: f"Granted: {request_line(d, tag)}" + (
        f"\n  {d['receiver_note']}" if "receiver_note" in d else ""))
    return 0


def cmd_deny(args: argparse.Namespace) -> int:
    # Refused before the vault is unlocked (the passphrase, its KDF): "not_representative" answers
    # the requester and stands alone (domain/requests.whole_ground_refusal, 164.502(g)).
    combined = whole_ground_refusal(args.ground or [], released=bool((getattr(args, "granted", None) or "").strip()))
    if combined is not None:
        raise combined
    target = letter_target(args)
    with common.unlocked(args) as vault:
        q, letter = requests.deny_request(
            vault, args.id, grounds=args.ground or [], decided_on=args.on, denied=args.denied or "",
            granted=getattr(args, "granted", None) or "", explanation=args.explanation or "",
            held_elsewhere=getattr(args, "held_elsewhere", None) or "",
        )
        tag = common.practice_locale(vault)
        d = charted(vault, [request_data(q, request_due.license_state(vault))])[0]
    written = letter_out(target, letter, q.id)
    common.emit(args, {**d, "letter": letter.text()} | letter_written(target),
                lambda: f"{request_line(d, tag)}" + written + ("" if target else "\n\n" + letter.text()))
    return 0


def cmd_withdraw(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        d = charted(vault, [request_data(requests.withdraw(vault, args.id), request_due.license_state(vault))])[0]
        tag = common.practice_locale(vault)
    common.emit(args, d, lambda: f"Withdrawn: {request_line(d, tag)}")
    return 0


def add_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--client", required=True, help="client id or chart number")
    p.add_argument("--received-on", required=True, metavar="DATE",
                   help="the day the request reached you (its deadline counts from it)")
    p.add_argument("--description", help="what was asked for")
    p.add_argument("--notes", metavar="ID,ID", help="the notes concerned (amendment)")
    p.add_argument("--psychotherapy", action="store_true",
                   help="a named note is a psychotherapy note: unlocks them, as 'note list --kind psychotherapy'")
    p.add_argument("--by-representative", action="store_true",
                   help="made by the client's personal representative (or give --guardian)")
    p.add_argument("--guardian", metavar="ID", help="the recorded representative who made the request (checked "
                   "against 45 CFR 164.502(g))")
    p.add_argument("--requester", metavar="NAME", help="one not recorded in the chart who made the request: their "
                   "name (a denial on not_representative is addressed to them)")
    p.add_argument("--claim", choices=CLAIM_CODES, metavar="CODE",
                   help="the authority that person claims (45 CFR 164.502(g)): " + ", ".join(CLAIM_CODES))
    p.add_argument("--member", metavar="CLIENT", help="a couple's or family's chart: the adult member who made the "
                   "request (the access copy goes to them)")
    add_asked_arg(p)
    p.add_argument("--refused", action="store_true",
                   help="the representative rules refuse the requester (45 CFR 164.502(g)): record the "
                        "request as theirs and denied on that rule's reason, with the reply to them, in one step")


def register(sub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("request", parents=[common_parent], help="client requests: access, amendment, accounting")
    rsub = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    r = rsub.add_parser("add", parents=[common_parent], help="record a request the day it arrives")
    r.add_argument("--kind", required=True, choices=("access", "amendment", "accounting"),
                   help="what the client asks for")
    add_args(r)
    letter_args(r)  # with --refused: the reply to the requester
    r.set_defaults(handler=cmd_add)
    r = rsub.add_parser("list", parents=[common_parent], help="requests and their due dates")
    r.add_argument("--client", help="only this chart's (client id or chart number)")
    r.add_argument("--kind", choices=("access", "amendment", "accounting"), help="only requests of this kind")
    r.add_argument("--open", action="store_true",
                   help="only requests still open, or decided and still owing the copy")
    r.set_defaults(handler=cmd_list)
    r = rsub.add_parser("show", parents=[common_parent], help="a request and the letters sent")
    r.add_argument("id", help="request id")
    r.set_defaults(handler=cmd_show)
    r = rsub.add_parser("extend", parents=[common_parent], help="the one extension, with its written notice")
    r.add_argument("id", help="request id")
    r.add_argument("--notice-on", required=True, metavar="DATE",
                   help="the day the written notice goes to the client (within the first period)")
    r.add_argument("--reason", required=True, help="the reason for the delay, as the notice states it")
    r.add_argument("--days", type=int, help="days added (default and most: 30)")
    letter_args(r)
    r.set_defaults(handler=cmd_extend)
    r = rsub.add_parser("grant", parents=[common_parent], help="access granted in full")
    r.add_argument("id", help="request id")
    r.add_argument("--on", metavar="DATE", help="the day of the decision (default today)")
    r.add_argument("--granted", help="what was given")
    r.set_defaults(handler=cmd_grant)
    add_access_parsers(rsub, common_parent)  # inspect, copy, paper-given
    r = rsub.add_parser("deny", parents=[common_parent], help="deny all or part, with the denial letter")
    r.add_argument("id", help="request id")
    r.add_argument("--ground", action="append", choices=sorted({*ACCESS_DENIAL_GROUNDS, *AMENDMENT_DENIAL_GROUNDS}),
                   metavar="GROUND", help="the basis of the denial (repeat; not_representative stands alone, the "
                   "whole request denied): %(choices)s")
    r.add_argument("--on", metavar="DATE", help="the day of the decision (default today)")
    r.add_argument("--denied", help="what is denied")
    r.add_argument("--granted", help="what is released anyway (partial grant)")
    r.add_argument("--explanation", help="more explanation for the letter")
    r.add_argument("--held-elsewhere", help="who holds information you do not keep")
    letter_args(r)
    r.set_defaults(handler=cmd_deny)
    r = rsub.add_parser("withdraw", parents=[common_parent], help="the client withdrew the request")
    r.add_argument("id", help="request id")
    r.set_defaults(handler=cmd_withdraw)
    add_review_parsers(rsub, common_parent)  # review, review-decide


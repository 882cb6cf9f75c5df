"""request add|list|show|copy|inspect|extend|grant|deny|withdraw|review|review-decide; amendment lives in
amendment_commands (its add and deny are these).

Letters (extension notice, denial, acceptance) are kept in the vault and, with
`--letter-out FILE`, also written as a password-protected PDF to print and mail.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from vault_app.cli import common
from vault_app.cli.pdf_password import add_pdf_password_arg, pdf_password
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
from vault_app.domain.access_fee import FEE_SENTENCE
from vault_app.domain.claimed_authority import CLAIM_CODES
from vault_app.domain.clinical import parse_date
from vault_app.domain.errors import ExitCode, InvalidInput, RefusedByPolicy
from vault_app.domain.plurals import counted
from vault_app.domain.request_requester_review import BASIS_COMMAND, DENY_COMMAND
from vault_app.domain.requests import (
    ACCESS_DENIAL_GROUNDS,
    AMENDMENT_DENIAL_GROUNDS,
    whole_ground_refusal,
)
from vault_app.services import request_drafts_left, request_due, request_owed, requests
from vault_app.services.clinical_common import resolve_client_id


def cmd_add(args: argparse.Namespace) -> int:
    kind = getattr(args, "kind", None) or "amendment"
    if getattr(args, "refused", False):
        return _add_refused(args, kind)
    if getattr(args, "letter_out", None):
        raise InvalidInput("--letter-out writes the reply to a requester the rules refuse: it goes with --refused.",
                           code="request.letter_out_usage")
    with common.unlocked(args) as vault:
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


def cmd_paper_given(args: argparse.Namespace) -> int:
    """The parts no copy here holds, given on paper after the copy (services/access_copy_paper)."""
    from vault_app.services import access_copy_paper

    with common.unlocked(args) as vault:
        q = access_copy_paper.record_given_on_paper(vault, args.id, args.parts.split(","), on=args.on)
        tag = common.practice_locale(vault)
        d = charted(vault, [request_data(q, request_due.license_state(vault))])[0]
    common.emit(args, d, lambda: f"Recorded {request_line(d, tag)}\n  {q.granted}")
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


def cmd_copy(args: argparse.Namespace) -> int:
    """Grant an access request by making the copy (services/access_copy.py), to the client or
    to the personal representative who receives it; the ledger names who received it."""
    from vault_app.services import access_copy

    kinds = tuple(k.strip() for k in (args.kinds or "progress,billing").split(",") if k.strip())
    if not kinds or set(kinds) - {"progress", "billing"}:
        raise InvalidInput("--kinds is progress, billing or both (psychotherapy notes are not part of the right of "
                           "access, 45 CFR 164.524(a)(1)(i)).")
    # Everything knowable without the copy's password is refused before it is asked (found in
    # review: a recipient the rules refuse was said only after the password was typed twice): the
    # dates before the unlock, then who receives it, what it holds and the folder (check_copy).
    asked: dict[str, Any] = {
        "folder": Path(args.folder).expanduser(), "kinds": kinds,
        "date_from": parse_date(args.date_from, "start date"), "date_to": parse_date(args.date_to, "end date"),
        "to": args.to_guardian, "measures": args.measures,
        "given_otherwise": tuple(p.strip() for p in (args.given_otherwise or "").split(",") if p.strip()),
        "leave_out": tuple(args.leave_out or ()), "denied_left_out": args.denied_left_out,
        "leave_drafts": tuple(args.leave_drafts or ())}
    with common.unlocked(args) as vault:
        access_copy.check_copy(vault, args.id, **asked)
        result = access_copy.grant_with_copy(vault, args.id, password=pdf_password(args), **asked)
    d = {"request_id": result.request_id, "granted": result.granted,
         "made": [{"what": what, "file": str(path)} for what, path in result.made],
         "remaining": [{"what": what, "why": why} for what, why in result.remaining],
         "left_out": list(result.left_out),
         # Parts an earlier try gave (not made again), and the unsigned drafts this copy left out
         "already": [{"kind": kind, "given_on": day.isoformat(), "file": file} for kind, day, file in result.already],
         "again": [{"kind": kind, "given_on": day.isoformat(), "why": why} for kind, day, why in result.again],
         "drafts_left_out": list(result.drafts_left_out),
         "warnings": [result.question] if result.question and result.made else [],
         # What the chart holds nothing of, and with nothing made the ways forward (as the text says)
         "empty": [{"kind": kind, "held_at_other_dates": elsewhere} for kind, elsewhere in result.empty],
         "ways": [{"code": w.code, "citation": w.citation, "words": access_copy.WAY_WORDS[w.code]}
                  for w in result.ways],
         # Still to give on paper (`request paper-given`): the request stays open for them.
         "outside": list(result.outside)}
    # What may be charged for it, said where the copy is made (164.524(c)(4); found: said nowhere).
    common.emit(args, d, lambda: result.summary() + (f"\n{FEE_SENTENCE}" if result.made else ""))
    # Made, the request open for what no copy holds: no refusal (the copy is written and logged).
    return 0 if result.granted or (result.outside and result.made) else int(ExitCode.REFUSED)


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
    common.emit(args, d, lambda: f"Granted: {request_line(d, tag)}")
    return 0


def cmd_inspect(args: argparse.Namespace) -> int:
    """Granted by an inspection of the record at the day and place arranged, no copy made (W14)."""
    from vault_app.services import request_inspection

    with common.unlocked(args) as vault:
        q = request_inspection.grant_by_inspection(vault, args.id, inspect_on=args.on, place=args.place)
        tag = common.practice_locale(vault)
        d = charted(vault, [request_data(q, request_due.license_state(vault))])[0]
    # Asked for both (inspect and copies): the inspection answers its part, the copy is still owed
    common.emit(args, d, lambda: f"Granted by inspection: {request_line(d, tag)}" if q.closed else
                f"Inspection recorded; the copy is still owed (45 CFR 164.524(a)(1), (c)(2)(i)): give it with "
                f"'request copy {q.id}'.\n{request_line(d, tag)}")
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


def _review_data(v: Any) -> dict[str, Any]:
    return {"review_id": v.review_id, "request_id": v.request_id, "reviewer": v.reviewer_name,
            "reviewer_license": v.reviewer_license, "requested_on": v.requested_on.isoformat(),
            "referred_on": v.referred_on.isoformat(), "due_on": v.due_on.isoformat(), "decision": v.decision or None,
            "decided_on": v.decided_on.isoformat() if v.decided_on else None}


def cmd_review(args: argparse.Namespace) -> int:
    from vault_app.services import request_reviews

    with common.unlocked(args) as vault:
        v = request_reviews.request_review(
            vault, args.id, requested_on=args.requested_on, reviewer_name=args.reviewer,
            reviewer_license=args.reviewer_license, took_no_part=args.took_no_part, referred_on=args.referred_on,
            due_days=args.due_days,
        )
        tag = common.practice_locale(vault)
    d = _review_data(v)
    common.emit(args, d, lambda: f"Review {d['review_id']} referred to {d['reviewer']}; "
                f"due {common.deadline_shown(d['due_on'], tag)} "
                "(your target: the rule says a reasonable period, 45 CFR 164.524(d)(4)).")
    return 0


def cmd_review_decide(args: argparse.Namespace) -> int:
    from vault_app.services import request_reviews

    target = letter_target(args)
    with common.unlocked(args) as vault:
        v, letter = request_reviews.decide_review(vault, args.id, decision=args.decision, decided_on=args.on,
                                                  explanation=args.explanation or "")
    d = _review_data(v)
    written = letter_out(target, letter, v.request_id)
    common.emit(args, {**d, "letter": letter.text()} | letter_written(target),
                lambda: f"Review decided: {d['decision']}." + written + ("" if target else "\n\n" + letter.text()))
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
    p.add_argument("--notes", metavar="ID,ID", help="the progress notes concerned (amendment)")
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
    r = rsub.add_parser("inspect", parents=[common_parent],
                        help="access granted by an inspection of the record, no copy made (164.524(c)(3)(i)); "
                             "asked for both, the inspection is recorded and the copy stays owed")
    r.add_argument("id", help="request id")
    r.add_argument("--on", required=True, metavar="DATE", help="the day arranged for the inspection")
    r.add_argument("--place", required=True, help="where the client inspects the record")
    r.set_defaults(handler=cmd_inspect)
    r = rsub.add_parser("copy", parents=[common_parent],
                        help="grant an access request by making the copy (password-protected PDFs)")
    r.add_argument("id", help="request id")
    r.add_argument("--folder", required=True, help="an existing folder for the copy")
    r.add_argument("--kinds", metavar="KINDS", help="progress, billing or both (default both)")
    r.add_argument("--measures", action="store_true",
                   help="the outcome measures (PHQ-9, GAD-7...) go with the progress notes")
    r.add_argument("--given-otherwise", metavar="PARTS",
                   help="what was given another way (printed): the treatment plan or attached documents no copy "
                        "here holds (treatment_plan, attachments; without them the request stays open for them: "
                        "'request paper-given'), or, for the rest of a request denied in part, what its letter "
                        "names (also measures, progress, billing), 45 CFR 164.524(c)(1), (d)(1)")
    r.add_argument("--leave-out", action="append", metavar="NOTE_ID",
                   help="for the rest of a request denied in part: an item (a note, or a session's billing) the "
                        "copy leaves out as denied; repeat for each, 45 CFR 164.524(d)(1)")
    r.add_argument("--denied-left-out", action="store_true",
                   help="for the rest of a request denied in part: you confirm the copy leaves out what was "
                        "denied (required for it)")
    r.add_argument("--leave-drafts", action="append", metavar="NOTE_ID",
                   help="an unsigned draft the copy leaves out (it is not yet part of the record); repeat for "
                        "each. Without it, a copy that would carry a draft is refused before anything is written")
    r.add_argument("--from", dest="date_from", metavar="DATE", help="first date of the records (default all)")
    r.add_argument("--to", dest="date_to", metavar="DATE", help="last date of the records (default today)")
    r.add_argument("--to-guardian", metavar="ID|client",
                   help="who receives it: a recorded personal representative, or 'client' (default: whoever made "
                        "the request; checked against 45 CFR 164.502(g))")
    add_pdf_password_arg(r)
    r.set_defaults(handler=cmd_copy)
    r = rsub.add_parser("paper-given", parents=[common_parent],
                        help="the treatment plan or attached documents no copy holds, given on paper after the copy: "
                             "the access request is then granted")
    r.add_argument("id", help="request id")
    r.add_argument("--parts", required=True, metavar="PARTS",
                   help="what was given on paper, each part still to give: treatment_plan, attachments")
    r.add_argument("--on", metavar="DATE", help="the day it was given (default today)")
    r.set_defaults(handler=cmd_paper_given)
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
    r = rsub.add_parser("review", parents=[common_parent],
                        help="the client asked for a review of an access denial (45 CFR 164.524(a)(4))")
    r.add_argument("id", help="id of the denied access request")
    r.add_argument("--requested-on", required=True, metavar="DATE", help="the day the client asked for the review")
    r.add_argument("--reviewer", required=True, help="the licensed professional you designate")
    r.add_argument("--reviewer-license", required=True, help="their license (type, number, state)")
    r.add_argument("--took-no-part", action="store_true",
                   help="confirm the reviewer took no part in the denial (required)")
    r.add_argument("--referred-on", metavar="DATE", help="default: today")
    r.add_argument("--due-days", type=int, help="your target for the decision (default 30 days)")
    r.set_defaults(handler=cmd_review)
    r = rsub.add_parser("review-decide", parents=[common_parent],
                        help="the reviewer's decision and the written notice (45 CFR 164.524(d)(4))")
    r.add_argument("id", help="id of the denied access request")
    r.add_argument("--decision", required=True, choices=("upheld", "reversed", "partly_reversed"),
                   help="the reviewer's decision on the denial")
    r.add_argument("--on", metavar="DATE", help="the day of the decision (default today)")
    r.add_argument("--explanation", help="more explanation for the notice")
    letter_args(r)
    r.set_defaults(handler=cmd_review_decide)


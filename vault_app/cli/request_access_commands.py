"""request inspect|copy|paper-given|review|review-decide: an access request's own steps (45 CFR
164.524), beside the commands every kind of request shares (disclosure_request_commands, which
registers these in their place among its own): granted by an inspection of the record or by the
copy made here, the parts no copy holds given on paper, and the review of a denial with the
reviewer's decision and its written notice.

Apart because only an access request has them, and each says what the right of access asks
(the copy's parts, its fee, the reviewer's independence) rather than a request's course.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from vault_app.cli import common
from vault_app.cli.pdf_password import add_pdf_password_arg, pdf_password
from vault_app.cli.request_rows import (
    charted,
    letter_args,
    letter_out,
    letter_target,
    letter_written,
    request_data,
    request_line,
)
from vault_app.domain.access_fee import FEE_SENTENCE
from vault_app.domain.clinical import parse_date
from vault_app.domain.errors import ExitCode, InvalidInput
from vault_app.services import request_due


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


def cmd_copy(args: argparse.Namespace) -> int:
    """Grant an access request by making the copy (services/access_copy.py), to the client or
    to the personal representative who receives it; the ledger names who received it."""
    from vault_app.services import access_copy, grant_receiver

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
        # A parent's request on or after the client's majority: the copy is the client's (services/grant_receiver).
        adult_now = (bool(result.made) and args.to_guardian in (None, "client")
                     and grant_receiver.client_now_adult(vault, args.id))
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
         "outside": list(result.outside)} | ({"receiver_note": grant_receiver.CLIENT_NOW_ADULT} if adult_now else {})
    # What may be charged for it, said where the copy is made (164.524(c)(4); found: said nowhere).
    common.emit(args, d, lambda: result.summary() + (f"\n{grant_receiver.CLIENT_NOW_ADULT}" if adult_now else "")
                + (f"\n{FEE_SENTENCE}" if result.made else ""))
    # Made, the request open for what no copy holds: no refusal (the copy is written and logged).
    return 0 if result.granted or (result.outside and result.made) else int(ExitCode.REFUSED)


def cmd_paper_given(args: argparse.Namespace) -> int:
    """The parts no copy here holds, given on paper after the copy (services/access_copy_paper)."""
    from vault_app.services import access_copy_paper

    with common.unlocked(args) as vault:
        q = access_copy_paper.record_given_on_paper(vault, args.id, args.parts.split(","), on=args.on)
        tag = common.practice_locale(vault)
        d = charted(vault, [request_data(q, request_due.license_state(vault))])[0]
    common.emit(args, d, lambda: f"Recorded {request_line(d, tag)}\n  {q.granted}")
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


def add_access_parsers(rsub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """request inspect, copy and paper-given, in that order (the help lists them so)."""
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


def add_review_parsers(rsub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """request review and review-decide, in that order."""
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

"""What the request and amendment commands share: a request as data and as its one line, who
made it, its letter written out, and the arguments for letters and texts."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from vault_app.cli import common
from vault_app.cli.pdf_password import add_pdf_password_arg, pdf_password
from vault_app.cli.request_due_text import due_words
from vault_app.domain.claimed_authority import claim_of
from vault_app.domain.due_weekend import act_by, closed_day, closed_on
from vault_app.domain.errors import NotFound, VaultError
from vault_app.domain.letters import Letter
from vault_app.domain.locale_format import weekday_text
from vault_app.domain.request_owing import COPY_OWED, status_said
from vault_app.domain.request_requester_review import NEEDS_REVIEW, reason
from vault_app.domain.requests import ClientRequest
from vault_app.services import request_due, request_letter_file, requests
from vault_app.services.clients_page import chart_numbers
from vault_app.services.vault import Vault


def request_data(q: ClientRequest, state: str = "", owed: str = "", review: str = "") -> dict[str, Any]:
    """`state`: the practice's license state; its access deadline, when earlier, is the due date
    (services/request_due), with the rule that sets it and HIPAA's date beside it. `owed`: what
    the decided request still owes (services/request_owed: "released", "rest" or ""). `review`: why
    it needs review, its requester's standing changed since (services/request_review_needed), or ""."""
    return {
        "request_id": q.id, "client_id": q.client_id, "kind": q.kind, "received_on": q.received_on.isoformat(),
        **request_due.due_data(request_due.deadline(q, state)), "extended": q.extension is not None,
        "status": q.status,
        "decided_on": q.decided_on.isoformat() if q.decided_on else None, "grounds": list(q.grounds),
        "note_ids": list(q.note_ids), "description": q.description, "granted": q.granted, "denied": q.denied,
        "explanation": q.explanation,
        "disagreement_filed": bool(q.disagreement), "rebuttal": bool(q.rebuttal),
        # A denied amendment the client asked to send with later disclosures (164.526(d)(5)(ii)).
        "include_asked_on": q.include_asked_on.isoformat() if q.include_asked_on else None,
        "by_representative": q.by_representative, "guardian_id": q.guardian_id,
        "requester_name": q.requester_name, "requester_claim": q.requester_claim, "refused_rule": q.refused_rule,
        "member_id": q.member_id,
        # What an access copy gave, as data (domain/request_given); for a request denied in part,
        # the rest's copy with its day ("on"). None: nothing given yet, or from before the data.
        "given": q.given.to_data() if q.given else None,
        # Still owing the copy once decided: a review's reversal ("released", said "copy owed" in
        # the line), a denial's rest never given ("rest"); "" owing none (domain/request_owing).
        "copy_owed": owed,
        # Its requester may no longer receive its copy: the rule's code (who_acts.REQUESTER_WHY), "" none.
        "needs_review": review,
    }


def charted(vault: Vault, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each request with its chart number, its line's name for the client (a walker found the internal id)."""
    charts = chart_numbers(vault, {d["client_id"] for d in found})
    return [d | {"chart_number": charts.get(d["client_id"])} for d in found]


def _due(d: dict[str, Any], tag: str) -> str:
    """The due date; on a Saturday, a Sunday or a federal holiday with its weekday, and for an open
    request not yet overdue the last working day before it and why (domain/due_weekend: the law's
    date is not moved; an overdue one is said overdue, not told a day already gone)."""
    day = date.fromisoformat(d["due_on"])
    if not closed_on(day):
        return common.deadline_shown(d["due_on"], tag)
    shown = _weekday_deadline(day, tag)
    advice = act_by_said(day, tag) if d["status"] == "open" and day >= date.today() else ""
    return f"{shown} ({advice})" if advice else shown


def _weekday_deadline(day: date, tag: str) -> str:
    return f"{weekday_text(day, tag)} {common.deadline_shown(day, tag)}"


def act_by_said(deadline: date, tag: str) -> str:
    """Why the office is likely closed on a deadline's day and the working day before it: "a weekend
    day; New Year's Day, a federal holiday, on Fri January 1, 2027: act by Thu December 31, 2026" (the
    holiday's name as 5 U.S.C. 6103(a) writes it); "" for a deadline on a working day."""
    advice = act_by(deadline)
    if advice is None:
        return ""
    parts = ["a weekend day"] if advice.weekend else []
    for h in advice.holidays:
        closed = closed_day(h, deadline, advice.day)
        observed = closed != h.falls_on
        if closed == deadline:
            parts.append(f"{h.holiday.value}, a federal holiday{' observed that day' if observed else ''}")
        else:
            parts.append(f"{h.holiday.value}, a federal holiday, {'observed' if observed else 'on'} "
                         f"{_weekday_deadline(closed, tag)}")
    return f"{'; '.join(parts)}: act by {_weekday_deadline(advice.day, tag)}"


def _status(d: dict[str, Any]) -> str:
    """The status; a reversal's copy not given yet said owed, overdue past the due date (it said
    "granted" while the copy was owed: 45 CFR 164.524(d)(4), (c)(1))."""
    said = status_said(d["status"], d.get("copy_owed") or "", d.get("needs_review") or "")
    if said == NEEDS_REVIEW:  # it said "open", the copy going to no one (found: fguard's leftover)
        return f"needs review: {reason(d['needs_review'])} ('request show {d['request_id']}')"
    if said != COPY_OWED:
        return str(d["status"])
    late = date.fromisoformat(d["due_on"]) < date.today()
    return f"copy owed after review{', overdue' if late else ''} (the review reversed the denial: 'request copy')"


def request_line(d: dict[str, Any], tag: str) -> str:
    who = f"chart {d['chart_number']}" if d.get("chart_number") else f"client {d['client_id']}"
    return (f"{d['request_id']}  {d['kind']:<10} {who} received "
            f"{common.date_shown(d['received_on'], tag)} due {_due(d, tag)}"
            f"{due_words(d, tag)}{' (extended)' if d['extended'] else ''}  {_status(d)}")


def made_by(vault: Vault, q: ClientRequest) -> str:
    """Who made it, when a personal representative did: "Jane Roe, parent" for a recorded one."""
    from vault_app.services import clients, representatives

    if q.guardian_id:
        try:
            return representatives.label(representatives.guardian_of(vault, q.client_id, q.guardian_id))
        except NotFound:
            return "a personal representative (since removed from the chart)"
    if q.member_id:  # an adult member of a couple's or family's chart
        member = clients.get_client(vault, q.member_id)
        return f"{member.legal_name} ({member.chart_number}), a member of the couple or family"
    if q.requester_name:  # one not recorded in the chart, by the name and authority recorded
        claim = claim_of(q.requester_claim)
        return f"{q.requester_name}, claiming: {claim.words}" if claim else q.requester_name
    return "a personal representative" if q.by_representative else ""


@dataclass(frozen=True)
class LetterOut:
    """Where `--letter-out` writes and the PDF's password, both checked."""

    path: Path
    password: str


def letter_target(args: argparse.Namespace) -> LetterOut | None:
    """`--letter-out FILE` and its password checked before the vault is opened, so a bad one
    records nothing. Found: `request review-decide --letter-out FILE` with no PDF password
    recorded the decision, then failed; run again it was "already decided", no letter written."""
    if not getattr(args, "letter_out", None):
        return None
    from vault_app.services.pdf_document import check_password  # the PDF stack: only when a letter is written

    path = request_letter_file.letter_file(Path(args.letter_out))
    return LetterOut(path, check_password(pdf_password(args)))


def letter_out(target: LetterOut | None, letter: Letter, request_id: str) -> str:
    """The letter written where `target` says (at once: with --json too, which never asked for the
    text), as the line saying so; "" without --letter-out."""
    if target is None:
        return ""
    try:
        path = requests.save_letter_pdf(letter, target.path, password=target.password)
    except VaultError as exc:  # checked before, and then the disk filled or the folder went
        exc.hint = " ".join(filter(None, (exc.hint, "What you recorded is kept, and its letter with it: "
                                          f"'request show {request_id}' prints it; the request's window saves it "
                                          "as a PDF.")))
        raise
    return f"\n  Letter written to {path} (password-protected)."


def letter_written(target: LetterOut | None) -> dict[str, str]:
    """With --json, where the letter was written: {"letter_file": path}, or {} without --letter-out."""
    return {"letter_file": str(target.path)} if target else {}


def text_arg(args: argparse.Namespace, name: str = "text") -> str:
    return common.read_text_arg(getattr(args, name, None), getattr(args, "file", None))


def letter_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--letter-out", metavar="FILE", help="also write the letter as a password-protected PDF")
    add_pdf_password_arg(p)


def text_args(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("--text", help=f"{what} ({common.TEXT_ARG_SEEN})")
    p.add_argument("--file", help="read the text from FILE (- for standard input)")

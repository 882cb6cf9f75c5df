"""What the request's window reads and says above its buttons: the request read with all it
needs (its letters, who is to be told of an accepted amendment, the representative who made it,
what the copy of its rest left out), and the summary made of it: received, due, status, the
decision and its grounds, who made it and the next step. Moved out of gui/requests_dialog.py
(which lays out the window and its steps); the Qt context stays "RequestDetailDialog", where
es.ts has the words."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from vault_app.domain.deadlines import due_state
from vault_app.domain.requests import decided_late
from vault_app.gui import request_review_words
from vault_app.gui.dates import show_beside_due, show_date, show_deadline, show_due
from vault_app.gui.due_advice_words import act_by_words
from vault_app.gui.new_request_dialog import requester_words
from vault_app.gui.refused_requester_words import refused_basis
from vault_app.gui.request_detail_words import escape, next_step, request_title
from vault_app.gui.request_due_words import long_words, status_words
from vault_app.gui.request_given_words import drafts_left_words, given_words, left_out_words
from vault_app.gui.request_grounds import GROUND_WORDS
from vault_app.gui.stock_words import description_words
from vault_app.gui.widgets import masked_representative
from vault_app.services import access_copy, amendment_notices, clients, request_drafts_left, request_due, today

if TYPE_CHECKING:
    from vault_app.domain.amendment_notice import ToInform
    from vault_app.domain.clinical import Guardian
    from vault_app.domain.requests import ClientRequest
    from vault_app.services.access_copy import RestItem
    from vault_app.services.today import RequestDetail
    from vault_app.services.vault import Vault

    LeftOut = tuple[tuple[RestItem, ...], int]
    Drafts = tuple[tuple[date, ...], int]
    Found = tuple[RequestDetail, list[ToInform] | None, Guardian | None, LeftOut, Drafts]


def read_detail(vault: Vault, request_id: str) -> Found:
    """The request and its letters; for an accepted amendment, who is to be told of it too; the
    recorded representative who made it, or None; and what the copy of its rest left out as denied."""
    detail = today.request_detail(vault, request_id)
    q = detail.request
    accepted = q.kind == "amendment" and q.status == "granted"
    made_by = None
    if q.guardian_id:
        found = [g for g in clients.get_client(vault, q.client_id).guardians if g.guardian_id == q.guardian_id]
        made_by = found[0] if found else None
    return (detail, amendment_notices.recipients(vault, request_id) if accepted else None, made_by,
            access_copy.left_out_items(vault, q), request_drafts_left.drafts_left_out_days(vault, q))


def rest_given(q: ClientRequest, left_out: LeftOut) -> str:
    """"The rest was given on <day>: <what>", or "" while it is still to give."""
    if q.given is None:
        return ""
    return " ".join(filter(None, (QCoreApplication.translate(
        "RequestDetailDialog", "The rest was given on {day}: {given}.").format(
        day=show_date(q.given.on or q.decided_on or date.today()), given=given_words(q.granted, q.given)),
        left_out_words(*left_out))))  # what it left out as denied: kind and day (164.524(d)(1))


def _decided(q: ClientRequest, left_out: LeftOut, drafts: Drafts) -> str:
    """", decided <day>", late or not, what was given, and what was denied on which grounds."""
    decided = QCoreApplication.translate("RequestDetailDialog", ", decided {day}").format(
        day=show_beside_due(q.decided_on)) if q.decided_on else ""
    late = decided_late(q)
    if late is not None:  # a denial five days past its due date was marked nowhere (found in the real app)
        decided += " " + (QCoreApplication.translate(
            "RequestDetailDialog", "(<b>1 day late</b>: it was due {due}, {citation})") if late.days == 1
            else QCoreApplication.translate(
                "RequestDetailDialog", "(<b>{n} days late</b>: it was due {due}, {citation})")).format(
            n=late.days, due=show_deadline(late.due), citation=late.citation)
    # What was given ("copy of the progress notes and billing information"); while open, an inspection of a
    # request for both is said by its own row (gui/request_inspection), the copy still owed
    if q.granted and q.closed:
        # Denied in part: `granted` is what was released, `given` the rest's copy (said below)
        decided += QCoreApplication.translate("RequestDetailDialog", ": {given}").format(given=escape(
            q.granted if q.status == "partially_granted" else given_words(q.granted, q.given)))
    if q.status in ("denied", "partially_granted") and q.kind == "access":
        # What was denied, and on which ground: a part denied said only "partially granted".
        # A refused requester's: the rule recorded, its words and citation (it said only "not the personal
        # representative" where 164.502(g)(3)(i) was the basis: a walker), in the screen's language by the
        # rule's code (gui/refused_requester_words). Else the grounds' words.
        grounds = escape(refused_basis(q)) if q.grounds == ("not_representative",) and (
            q.explanation or q.refused_rule) else "; ".join(
            QCoreApplication.translate("RequestDetailDialog", GROUND_WORDS[g]) for g in q.grounds
            if g in GROUND_WORDS)
        decided += "<br>" + QCoreApplication.translate("RequestDetailDialog", "Denied: {what} ({grounds})").format(
            what=escape(q.denied) if q.denied else QCoreApplication.translate("RequestDetailDialog",
                                                                              "all that was asked"),
            grounds=grounds)
        if q.status == "partially_granted" and q.given is not None:
            decided += "<br>" + escape(rest_given(q, left_out))
    if any(drafts):  # the copy window said it and closed: said here, by day (found by a walker)
        decided += "<br>" + escape(drafts_left_words(*drafts))
    return decided


def _made_by(q: ClientRequest, made_by: str, privacy: bool) -> str:
    """Who asked, as recorded, and for one not recorded in the chart the next step, so it is
    answered, not kept open and due (found by a walker: an adult client's father; 164.502(g)(2)-(3),
    164.514(h)(1)). The grounds for a denial differ by who asked (found in the real app: the box
    ticked when recording it showed nowhere after)."""
    if not q.by_representative:
        return ""
    said = "<br>" + (QCoreApplication.translate("RequestDetailDialog", "Made by {who}.").format(
        who=escape(masked_representative(made_by, privacy))) if made_by
        else escape(requester_words(masked_representative(q.requester_name, privacy), q.requester_claim))
        if q.requester_name else QCoreApplication.translate("RequestDetailDialog",
                                                            "Made by a personal representative."))
    if made_by or q.closed or q.kind != "access":
        return said
    return said + "<br>" + (next_step(q.requester_name, privacy) if q.requester_name else QCoreApplication.translate(
        "RequestDetailDialog", "<b>Next step</b>: check the authority they claim (45 CFR 164.514(h)(1)). If they "
        "are not the client's personal representative (for an adult client, a parent's authority has ended unless "
        "a court order says otherwise, 45 CFR 164.502(g)), deny it: “The requester is not the client's personal "
        "representative”."))


def summary_text(detail: RequestDetail, made_by: str, left_out: LeftOut, drafts: Drafts, *, privacy: bool) -> str:
    """The summary as rich text: the free-text parts escaped so that a "<" in them cannot format it."""
    q = detail.request
    ext = QCoreApplication.translate("RequestDetailDialog", " (extended from {day}: {reason})").format(
        day=show_deadline(q.original_due), reason=q.extension.reason) if q.extension else ""
    # The earlier of HIPAA's date and the license state's, with the rule that sets it: a
    # California request showed HIPAA's 30 days as if they were the deadline (found by walkers).
    due = detail.deadline or request_due.deadline(q, "")
    return (
        QCoreApplication.translate("RequestDetailDialog", "<b>{title}</b> received {received}. Due <b>{due}</b>{ext}.")
        .format(title=request_title(q.kind), received=show_beside_due(q.received_on), due=show_due(due.day),
                ext=escape(ext))
        # A due day on a weekend or a federal holiday: the working day before it, and why (due_weekend);
        # once overdue, the status says so instead.
        + ("".join("<br>" + escape(line) for line in (
            *long_words(due), act_by_words(due.day) if due.day >= date.today() else "") if line)
           if not q.closed else "")
        # A review's reversal whose copy is not given: owed, with its due date (it said "granted")
        + "<br>" + QCoreApplication.translate("RequestDetailDialog", "Status: {status}").format(
            status=status_words(q.status, detail.owed, due.day, detail.review)) + _decided(q, left_out, drafts)
        # Past its due date it said "Due 12/04/2026. Status: open" and nothing more (found in the real app).
        + (" — " + QCoreApplication.translate("RequestDetailDialog", "<b>overdue</b>: act on it as soon as possible.")
           if due_state(due.day, date.today(), closed=q.closed) == "overdue" else "")
        + _made_by(q, made_by, privacy)
        # Its requester may no longer receive its copy: why, and the two ways to settle it (it said "open")
        + (f"<br><b>{escape(request_review_words.heading())}</b>: "
           f"{escape(request_review_words.explained(detail.review))}" if detail.review else "")
        + (f"<br>{escape(description_words(q.description))}" if q.description else ""))


def plain_summary(detail: RequestDetail) -> str:
    """The request in a line of plain words, for the questions asked of it (withdrawn?)."""
    q = detail.request
    due = detail.deadline or request_due.deadline(q, "")
    return QCoreApplication.translate("RequestDetailDialog", "{title} received {received}, due {due}").format(
        title=request_title(q.kind), received=show_beside_due(q.received_on), due=show_due(due.day))


__all__ = ["plain_summary", "read_detail", "rest_given", "summary_text"]

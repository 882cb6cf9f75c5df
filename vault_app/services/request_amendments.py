"""An amendment request's decision and its dispute (45 CFR 164.526): the accepted amendment
written onto every linked note with the letter that tells the client; for a denied one, the
client's statement of disagreement, the practice's rebuttal and the copy of it owed to whoever
filed the statement (164.526(d)(3)).

Apart from services/requests.py (every kind's recording, extension, grant, denial and kept
letters) because only an amendment touches the notes themselves and carries a dispute that
goes with every later disclosure of them; the steps every request shares (finding it, saving
it, its letter's addressee and keeping) are requests.py's.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from vault_app.domain import letters as letter_rules
from vault_app.domain.amendment_notice import psychotherapy_refusal, recipients_to_inform
from vault_app.domain.clinical import require_date
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.domain.letters import REBUTTAL_KIND, Letter
from vault_app.domain.locale_format import date_text
from vault_app.domain.long_text import checked_long_text
from vault_app.domain.requests import ClientRequest
from vault_app.services import export, notes, practice
from vault_app.services.clinical_common import today
from vault_app.services.request_records import log
from vault_app.services.requests import get_request, keep_letter, lateness, letter_addressee, save_request
from vault_app.services.vault import Vault
from vault_app.storage import clinical_notes
from vault_app.storage import disclosure_requests as store


def accept_amendment(
    vault: Vault, request_id: str, *, text: str, decided_on: date | str | None = None
) -> tuple[ClientRequest, Letter]:
    """Amend every linked note (an amendment entry on the signed note), then tell the client."""
    q = get_request(vault, request_id)
    q.check_open()
    if q.kind != "amendment":
        raise InvalidInput(f"{q.label} is not an amendment request.", code="request.not_amendment",
                           params={"id": q.id})
    if not q.note_ids:
        raise InvalidInput("Name the notes the amendment applies to when recording the request.",
                           code="request.amendment_without_notes")
    body = checked_long_text(text, "amendment text", required=True, field="amendment_text")
    day = require_date(decided_on or today(), "decision date", field="decided_on")
    q.check_decision_date(day, practice.printing_locale(vault))
    not_progress = [n for n in q.note_ids if clinical_notes.status(vault.records, n) is None]
    if not_progress:
        raise RefusedByPolicy(psychotherapy_refusal(len(not_progress)), code="request.amendment_psychotherapy_notes",
                              params={"count": len(not_progress)})
    amended = [letter_rules.AmendedNote(notes.get_note(vault, n).note_date) for n in q.note_ids]
    letter = letter_rules.amendment_accepted(practice.load(vault), q, day=day, amended=amended,
                                             **letter_addressee(vault, q))
    amendment_ids = [
        notes.amend_note(vault, note_id, body, kind="amendment",
                         reason=f"Client's amendment request {q.id} accepted").amendment_id
        for note_id in q.note_ids
    ]
    q = replace(q, status="granted", decided_on=day, amendment_text=body)
    save_request(vault, q)
    keep_letter(vault, q, letter)
    # 164.526(c)(3)(ii): who received an amended note, from the ledger (see amendment_notices).
    to_inform = recipients_to_inform(export.disclosures(vault, q.client_id), q.note_ids)
    log(vault, "amendment.accepted", q, decided_on=day.isoformat(), amendment_ids=amendment_ids, **lateness(q),
        to_inform_disclosure_ids=[d for t in to_inform for d in t.disclosure_ids])
    return q, letter


def file_disagreement(vault: Vault, request_id: str, *, text: str, received_on: date | str) -> ClientRequest:
    """The client's statement of disagreement, linked to the notes of a denied amendment."""
    q = get_request(vault, request_id)
    # A refused requester's amendment (not_representative) is no denial of the client's: nothing to disagree with.
    if q.kind != "amendment" or q.status != "denied" or "not_representative" in q.grounds:
        raise RefusedByPolicy("A statement of disagreement answers a denied amendment request.",
                              code="request.disagreement_needs_denial")
    if q.disagreement:
        raise RefusedByPolicy(f"{q.label} already has a statement of disagreement.",
                              code="request.disagreement_already", params={"id": q.id})
    day = require_date(received_on, "date the statement was received", allow_future=False,
                       field="disagreement_received_on")
    statement = checked_long_text(text, "statement of disagreement", required=True, field="disagreement")
    q = replace(q, disagreement=statement, disagreement_on=day)
    save_request(vault, q)
    log(vault, "amendment.disagreement_filed", q, received_on=day.isoformat(), note_ids=list(q.note_ids))
    return q


def add_rebuttal(vault: Vault, request_id: str, *, text: str) -> tuple[ClientRequest, Letter]:
    """The practice's optional rebuttal, with the copy that must go to whoever filed the statement
    (164.526(d)(3)): kept with the request's letters, to print or save as the others are (the
    window said to send a copy and offered only the denial: found in the real app)."""
    q = get_request(vault, request_id)
    if not q.disagreement:
        raise RefusedByPolicy("A rebuttal answers the client's statement of disagreement; there is none yet.",
                              code="request.rebuttal_needs_disagreement")
    if q.rebuttal:
        raise RefusedByPolicy(f"{q.label} already has a rebuttal.", code="request.rebuttal_already",
                              params={"id": q.id})
    q = replace(q, rebuttal=checked_long_text(text, "rebuttal", required=True, field="rebuttal"))
    # Made before anything is saved: a refusal (no practice phone) leaves no rebuttal without its copy.
    letter = letter_rules.rebuttal_letter(practice.load(vault), q, day=today(), **letter_addressee(vault, q))
    save_request(vault, q)
    keep_letter(vault, q, letter)
    log(vault, "amendment.rebuttal_added", q)
    return q, letter


def _rebuttal_letters(vault: Vault, q: ClientRequest) -> list[dict[str, object]]:
    return [lt for lt in store.letters_for(vault.records, q.id) if lt["kind"] == REBUTTAL_KIND]


def rebuttal_letter_owed(vault: Vault, request_id: str) -> bool:
    """A rebuttal with no kept letter: one recorded before its letter was kept with it (the code
    before the thirty-second round), whose copy the client is owed still (164.526(d)(3))."""
    q = get_request(vault, request_id)
    return q.kind == "amendment" and bool(q.rebuttal) and not _rebuttal_letters(vault, q)


def make_rebuttal_letter(vault: Vault, request_id: str, *, again: bool = False) -> tuple[ClientRequest, Letter]:
    """The copy of a kept rebuttal for whoever filed the statement (164.526(d)(3)), made, kept and
    listed as add_rebuttal keeps a new one's. Dated the day it is made: the letter is the copy
    provided, and the rule asks for the copy, not for a day. One letter per rebuttal: a second
    is refused unless asked for again on purpose (`again`: the first was lost, say)."""
    q = get_request(vault, request_id)
    if q.kind != "amendment":
        raise InvalidInput(f"{q.label} is not an amendment request.", code="request.not_amendment",
                           params={"id": q.id})
    if not q.rebuttal:
        raise RefusedByPolicy(f"{q.label} has no rebuttal to copy.", code="request.rebuttal_none",
                              params={"id": q.id})
    kept = _rebuttal_letters(vault, q)
    if kept and not again:
        day = date_text(date.fromisoformat(str(kept[-1]["letter_date"])), practice.printing_locale(vault))
        raise RefusedByPolicy(f"The rebuttal's letter of {q.label} was made on {day}.",
                              hint="Save the kept letter as a PDF again; or, to make another on purpose, "
                                   "ask again (--again).",
                              code="request.rebuttal_letter_kept", params={"id": q.id, "day": day})
    letter = letter_rules.rebuttal_letter(practice.load(vault), q, day=today(), **letter_addressee(vault, q))
    keep_letter(vault, q, letter)
    # As a new rebuttal's letter is kept with it: which request, the letter's day, and whether
    # one was made before (never the rebuttal's text).
    log(vault, "amendment.rebuttal_letter_made", q, letter_date=letter.day.isoformat(), again=bool(kept))
    return q, letter


__all__ = [
    "accept_amendment",
    "add_rebuttal",
    "file_disagreement",
    "make_rebuttal_letter",
    "rebuttal_letter_owed",
]

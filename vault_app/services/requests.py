"""Client requests: access (164.524), amendment (164.526), accounting (164.528).

Each request gets its due date from the rule, at most one extension with a written
notice, and an outcome. Denials produce the letter the rule requires; letters are
kept with the request (compliance documentation, 164.530(j)) and can be written
out as encrypted PDFs. An accepted amendment amends the record through the note
service; a denied one keeps the dispute (denial, statement of disagreement,
rebuttal) linked to the notes so it goes with every later disclosure of them: both
in services/request_amendments.py, which uses the steps below every request shares.
"""

from __future__ import annotations

import secrets
from dataclasses import replace
from datetime import date
from pathlib import Path

from vault_app.domain import letters as letter_rules
from vault_app.domain.access_inspection import granted_with_inspection
from vault_app.domain.claimed_authority import CLAIM_CODES
from vault_app.domain.clinical import require_date
from vault_app.domain.deadlines import extend, rule_for
from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy
from vault_app.domain.letters import Letter
from vault_app.domain.locale_format import date_text
from vault_app.domain.long_text import checked_long_text
from vault_app.domain.refused_requester import reply_to
from vault_app.domain.request_given import Given
from vault_app.domain.requests import (
    ClientRequest,
    decided_late,
    grounds_for,
    whole_ground_refusal,
)
from vault_app.domain.state_deadlines import check_asked, extension_refusal
from vault_app.services import clients, practice, representatives, request_records, request_requester
from vault_app.services.clinical_common import now_iso, require_client, today
from vault_app.services.letter_pdf import save_letter_pdf
from vault_app.services.request_grounds_fit import check_grounds_fit
from vault_app.services.request_received import received_day
from vault_app.services.vault import Vault
from vault_app.storage import clinical_notes, clinical_psychotherapy
from vault_app.storage import disclosure_requests as store


def _text(value: str | None, what: str, *, required: bool = False, field: str = "") -> str:
    # Its length said with the limit (164.526(d)(2)): domain/long_text.
    return checked_long_text(value, what, required=required, field=field)


def _log(vault: Vault, event: str, q: ClientRequest, **extra: object) -> None:
    request_records.log(vault, event, q, **extra)


def lateness(q: ClientRequest) -> dict[str, object]:
    """The decision's record says whether, and by how many days, it came after the due date."""
    late = decided_late(q)
    return {"late": late is not None, "days_late": late.days if late else 0}


def add_request(
    vault: Vault,
    client_id: str,
    *,
    kind: str,
    received_on: date | str,
    description: str = "",
    note_ids: list[str] | tuple[str, ...] = (),
    by_representative: bool = False,
    guardian_id: str | None = None,
    requester_name: str = "",
    requester_claim: str = "",
    asked: str = "",
) -> ClientRequest:
    """Record a request the day it was received; the due date follows from the rule.

    A request made by a recorded representative (`guardian_id`) is checked against
    164.502(g) first: one who may not act for the client is refused with the reason."""
    q = new_request(vault, client_id, kind=kind, received_on=received_on, description=description,
                    note_ids=note_ids, by_representative=by_representative, guardian_id=guardian_id,
                    requester_name=requester_name, requester_claim=requester_claim, asked=asked)
    request_records.record(vault, q)
    return q


def new_request(
    vault: Vault,
    client_id: str,
    *,
    kind: str,
    received_on: date | str,
    description: str = "",
    note_ids: list[str] | tuple[str, ...] = (),
    by_representative: bool = False,
    guardian_id: str | None = None,
    requester_name: str = "",
    requester_claim: str = "",
    asked: str = "",
) -> ClientRequest:
    """The request add_request records, checked, and not yet on file (a superbill's issue records
    it with the file that answers it)."""
    require_client(vault, client_id)
    rule_for(kind)
    # Not before the client was born, nor longer ago than a request is kept: a slip of the year.
    received = received_day(vault, client_id, received_on)
    if guardian_id is not None:
        rep = next((g for g in clients.get_client(vault, client_id).guardians if g.guardian_id == guardian_id), None)
        if rep is None:
            raise NotFound("No personal representative with that id for this client.", code="representative.not_found")
        representatives.require_may_act(vault, rep, "request_records", received)
        by_representative = True
    # One not recorded in the chart: who, and by what authority (the letter is addressed to them).
    name = _text(requester_name, "requester's name")
    claim = requester_claim.strip()
    if (name or claim) and guardian_id is None:
        by_representative = True
    if claim and claim not in CLAIM_CODES:
        raise InvalidInput("Unknown authority " + claim + "; choose from: " + ", ".join(CLAIM_CODES) + ".")
    if by_representative and guardian_id is None:
        request_requester.check_unrecorded(vault, client_id, claim, received)
    check_asked(kind, asked)  # domain/state_deadlines: an access request's codes only
    ids = tuple(dict.fromkeys(note_ids))
    for note_id in ids:
        found = clinical_notes.status(vault.records, note_id)
        if found is not None and found[0] == client_id:
            continue
        # An amendment request may name a psychotherapy note: it is recorded and answered in writing
        # (a denial on 164.526(a)(2)(ii)), never refused at entry.
        if kind == "amendment" and _psychotherapy_note_of(vault, client_id, note_id):
            continue
        raise NotFound(
            "A named note is not a note of this client.",
            hint="To name a psychotherapy note in an amendment request, unlock the psychotherapy notes first.",
            code="request.note_not_of_client", field="notes",
        )
    q = ClientRequest(
        id="R-" + secrets.token_hex(4), client_id=client_id, kind=kind, received_on=received,
        description=_text(description, "description", field="request_description"), note_ids=ids,
        by_representative=by_representative,
        guardian_id=guardian_id, requester_name="" if guardian_id else name,
        requester_claim="" if guardian_id else claim, asked=asked,
    )
    return q


def _psychotherapy_note_of(vault: Vault, client_id: str, note_id: str) -> bool:
    if not vault.psychotherapy_open:
        return False
    found = clinical_psychotherapy.status(vault.psychotherapy, note_id)
    return found is not None and found[0] == client_id


def get_request(vault: Vault, request_id: str) -> ClientRequest:
    found = store.get(vault.records, request_id) if isinstance(request_id, str) else None
    if found is None:
        raise NotFound("No request with that id.", hint="List them with 'vault-app request list'.",
                       code="request.not_found")
    return found


def list_requests(
    vault: Vault, *, client_id: str | None = None, kind: str | None = None, open_only: bool = False
) -> list[ClientRequest]:
    if kind is not None:
        rule_for(kind)
    return store.list_requests(vault.records, client_id=client_id, kind=kind, open_only=open_only)


def save_request(vault: Vault, q: ClientRequest) -> None:
    with vault.records.transaction():
        store.save(vault.records, q, now_iso())


def letter_addressee(vault: Vault, q: ClientRequest) -> dict[str, str]:
    """Who a letter answering `q` is to: the personal representative who made the request
    (164.502(g)), about the client's records by name, or the client (found: a mother's request
    for her ten-year-old's records was answered "Dear" the child)."""
    client = clients.get_client(vault, q.client_id)
    rep = next((g for g in client.guardians if g.guardian_id == q.guardian_id), None) if q.guardian_id else None
    # In the client's letter language (domain/letter_language), to the client or their representative.
    if rep is None:
        return {"client_name": client.legal_name, "regarding": "", "language": client.letters_in}
    return {"client_name": rep.name, "regarding": client.legal_name, "language": client.letters_in}


def keep_letter(vault: Vault, q: ClientRequest, letter: Letter) -> None:
    with vault.records.transaction():
        store.insert_letter(vault.records, letter_id="L-" + secrets.token_hex(4), request_id=q.id,
                            client_id=q.client_id, kind=letter.kind, letter_date=letter.day, body=letter.text(),
                            now=now_iso(), language=letter.language)


def extend_request(
    vault: Vault, request_id: str, *, notice_on: date | str, reason: str, days: int | None = None
) -> tuple[ClientRequest, Letter]:
    """The one extension, with the written notice (reason and new date) given inside the first period."""
    q, letter, notice = _extended(vault, request_id, notice_on=notice_on, reason=reason, days=days)
    save_request(vault, q)
    keep_letter(vault, q, letter)
    _log(vault, "request.extended", q, notice_on=notice.isoformat(), due_on=q.due_on.isoformat())
    return q, letter


def check_extension(vault: Vault, request_id: str, *, notice_on: date | str) -> None:
    """Every refusal an extension given on `notice_on` would meet but its reason's, before the
    reason is asked: the letter's practice contact, the state's deadline. Nothing is written.
    A therapist typed the reason, then heard the practice had no phone for the letter, the
    reason lost (found by a walker, round 44)."""
    _extended(vault, request_id, notice_on=notice_on, reason="(to be given)", days=None)


def _extended(vault: Vault, request_id: str, *, notice_on: date | str, reason: str,
              days: int | None) -> tuple[ClientRequest, Letter, date]:
    """The request extended and its notice letter, neither kept yet."""
    q = get_request(vault, request_id)
    q.check_open()
    # A notice dated after today is refused by the domain's rule, with its citation (deadlines.check_notice_given).
    notice = require_date(notice_on, "date of the written notice", field="notice_on")
    why = _text(reason, "reason", required=True, field="extension_reason")
    locale = practice.printing_locale(vault)
    ext = extend(q.kind, q.received_on, notice_on=notice, reason=why, days=days,
                 already_extended=q.extension is not None, locale=locale, today=today())
    # Past the license state's deadline, which has no extension, the notice would promise a date
    # the state's law does not allow (domain/state_deadlines; found by a walker in New York).
    refusal = extension_refusal(practice.load(vault).license_state, q.kind, q.received_on, ext.new_due, locale,
                                asked=q.asked)
    if refusal is not None:
        raise refusal
    q = replace(q, extension=ext)
    return q, letter_rules.extension_notice(practice.load(vault), q, **letter_addressee(vault, q)), notice


def grant_request(
    vault: Vault, request_id: str, *, decided_on: date | str | None = None, granted: str = "",
    given: Given | None = None,
) -> ClientRequest:
    """Access granted in full, or an accounting provided (the accounting service calls this).
    `given`: what an access copy gave, as data (services/access_copy), `granted` its English."""
    q = get_request(vault, request_id)
    q.check_open()
    if q.kind == "amendment":
        raise InvalidInput("Accept an amendment with 'amendment accept', which amends the record.",
                           code="request.amendment_is_accepted")
    day = require_date(decided_on or today(), "decision date", field="decided_on")
    q.check_decision_date(day, practice.printing_locale(vault))
    # Asked for both: an inspection recorded before the copy stays said with it (domain/access_inspection)
    q = replace(q, status="granted", decided_on=day, given=given, granted=granted_with_inspection(
        q, _text(granted, "what is granted", field="granted")))
    save_request(vault, q)
    _log(vault, "request.granted", q, decided_on=day.isoformat(), **lateness(q))
    return q


def check_rest_to_give(vault: Vault, q: ClientRequest) -> None:
    """A request denied in part has its rest given once (164.524(d)(1)): a second copy of it was
    made and logged as a new disclosure, the window's button still offering it. A review that
    reversed the denial owes a copy again until one is given on or after its decision (164.524(d)(4))."""
    from vault_app.services.request_owed import copy_owed_by

    if q.status in ("granted", "partially_granted") and q.given is not None and not copy_owed_by(vault, q):
        day = date_text(q.given.on or q.decided_on or today(), practice.printing_locale(vault))
        raise RefusedByPolicy(f"The rest of {q.label} was given on {day}.", code="request.rest_already_given",
                              params={"id": q.id, "day": day})


def record_rest_given(vault: Vault, request_id: str, given: Given) -> ClientRequest:
    """The copy of the rest of a request denied in part was given: kept as data, with its day
    (`given.on`); the decision (status, its day, what was denied and released) stays as recorded."""
    from vault_app.services.request_owed import copy_owed_by

    q = get_request(vault, request_id)
    if q.kind != "access" or (not copy_owed_by(vault, q) and q.status != "partially_granted"):
        raise InvalidInput(f"{q.label} was not denied in part.", code="request.not_partially_granted",
                           params={"id": q.id})
    check_rest_to_give(vault, q)
    q = replace(q, given=replace(given, on=given.on or today()))
    save_request(vault, q)
    # How many items it left out as denied: a count, never which (the History says it).
    _log(vault, "request.rest_given", q, given_on=q.given.on.isoformat() if q.given and q.given.on else None,
         left_out=len(q.given.left_out) if q.given else 0)
    return q


def deny_request(
    vault: Vault,
    request_id: str,
    *,
    grounds: list[str] | tuple[str, ...],
    decided_on: date | str | None = None,
    denied: str = "",
    granted: str = "",
    explanation: str = "",
    held_elsewhere: str = "",
) -> tuple[ClientRequest, Letter]:
    """Deny (all or part of) an access or amendment request, with the letter the rule requires."""
    q = get_request(vault, request_id)
    q.check_open()
    chosen = grounds_for(q.kind, grounds)
    # "Not the client's personal representative" alone, nothing released: its reply is the requester's.
    combined = whole_ground_refusal(grounds, released=bool((granted or "").strip()))
    if combined is not None:
        raise combined
    day = require_date(decided_on or today(), "decision date", field="decided_on")
    check_grounds_fit(vault, q, chosen, day)
    q.check_decision_date(day, practice.printing_locale(vault))
    granted = _text(granted, "what is granted", field="granted")
    if granted and q.kind != "access":
        raise InvalidInput("Only an access request can be granted in part.", code="request.partial_only_access",
                           field="granted")
    q = replace(
        q, status="partially_granted" if granted else "denied", decided_on=day, grounds=tuple(grounds),
        denied=_text(denied, "what is denied", field="denied"), granted=granted,
        explanation=_text(explanation, "explanation", field="explanation"),
    )
    profile = practice.load(vault)
    to = letter_addressee(vault, q)
    if q.kind == "access" and "not_representative" in q.grounds:
        # Not the client's letter: to the one who asked (`to` names a recorded one "regarding" the client).
        # In the default language, never the client's: written in the language the client chose, it would
        # tell a stranger something about a person it must neither confirm nor deny is a client.
        letter = letter_rules.not_representative_reply(profile, q, reply_to(q, to["regarding"] and to["client_name"]),
                                                       day)
    elif q.kind == "access":
        holder = _text(held_elsewhere, "holder", field="held_elsewhere")
        letter = letter_rules.access_denial(profile, q, day=day, held_elsewhere=holder, **to)
    else:
        letter = letter_rules.amendment_denial(profile, q, day=day, **to)
    save_request(vault, q)
    keep_letter(vault, q, letter)
    _log(vault, "request.denied", q, decided_on=day.isoformat(), grounds=list(q.grounds), **lateness(q))
    return q, letter


def withdraw(vault: Vault, request_id: str) -> ClientRequest:
    q = get_request(vault, request_id)
    q.check_open()
    q = replace(q, status="withdrawn", decided_on=today())
    save_request(vault, q)
    _log(vault, "request.withdrawn", q)
    return q


def letters(vault: Vault, request_id: str) -> list[dict[str, object]]:
    get_request(vault, request_id)
    return store.letters_for(vault.records, request_id)


def kept_letter(vault: Vault, request_id: str, letter_id: str) -> Letter:
    """A letter as it was kept (its body is Letter.text()), read back into its parts for the PDF:
    the words are those sent, never made again from today's practice details."""
    q = get_request(vault, request_id)
    row = next((r for r in store.letters_for(vault.records, q.id) if r["letter_id"] == letter_id), None)
    if row is None:
        raise NotFound(f"No letter {letter_id} for {q.label}.", code="request.letter_not_found",
                       params={"id": letter_id})
    return letter_rules.kept(str(row["body"]), kind=str(row["kind"]), day=date.fromisoformat(str(row["letter_date"])),
                             language=row["language"], locale=practice.printing_locale(vault),
                             practice_name=practice.load(vault).practice_name)


def save_kept_letter_pdf(vault: Vault, request_id: str, letter_id: str, out: Path, *, password: str) -> Path:
    """A kept letter saved as the PDF `--letter-out` writes, where the user chose; the saving is
    logged (which letter, the file's digest: never its words, nor the file's name, which the user
    may have made of the client's)."""
    import hashlib

    letter = kept_letter(vault, request_id, letter_id)
    path = save_letter_pdf(letter, out, password=password)
    _log(vault, "request.letter_saved", get_request(vault, request_id), letter_id=letter_id,
         letter_kind=letter.kind, sha256=hashlib.sha256(path.read_bytes()).hexdigest())
    return path


__all__ = [
    "add_request",
    "check_extension",
    "check_rest_to_give",
    "deny_request",
    "extend_request",
    "get_request",
    "grant_request",
    "kept_letter",
    "letters",
    "list_requests",
    "new_request",
    "record_rest_given",
    "save_kept_letter_pdf",
    "save_letter_pdf",
    "withdraw",
]

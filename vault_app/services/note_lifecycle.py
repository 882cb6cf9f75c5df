"""What every kind of note shares, written once: reading it, discarding a draft, signing
and locking it, addenda and amendments, its history.

A `Shelf` is where one kind of note lives (its compartment and its storage module) and
what must hold before it is signed; the kind's rules are its `NoteKindSpec`
(domain/note_kinds.py). notes.py and psychotherapy_notes.py keep their own use cases
(creating, autosaving, updating: the fields differ) and call these for the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from vault_app.domain.clinical import new_id
from vault_app.domain.clinical_notes import Amendment, NoteHistory, ProgressNote, PsychotherapyNote, Signature
from vault_app.domain.clinical_notes import check_amendment as _check_amendment
from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy
from vault_app.domain.faster_notes import carried_refusal
from vault_app.domain.note_kinds import PROGRESS, PSYCHOTHERAPY, NoteKindSpec, note_kind
from vault_app.services import older_copy_destroyed, psychotherapy_originals
from vault_app.services.clinical_common import audit, author, make_signature, now_iso, signature_valid
from vault_app.services.psychotherapy_originals import OriginalChoice
from vault_app.services.vault import Vault
from vault_app.storage import (
    clinical_amendments,
    clinical_clients,
    clinical_notes,
    clinical_psychotherapy,
    clinical_sessions,
)
from vault_app.storage import faster_notes as faster_notes_store
from vault_app.storage.compartment import Compartment

Note = ProgressNote | PsychotherapyNote
N_co = TypeVar("N_co", bound=Note, covariant=True)
N = TypeVar("N", bound=Note)


@dataclass(frozen=True)
class Shelf(Generic[N_co]):
    """Where notes of one kind are kept."""

    kind: NoteKindSpec
    db: Callable[[Vault], Compartment]  # the compartment (raises CompartmentLocked when locked)
    get: Callable[[Compartment, str], N_co | None]
    status: Callable[[Compartment, str], tuple[str, bool] | None]
    sign: Callable[[Compartment, str, Signature], bool]
    delete_unsigned: Callable[[Compartment, str], bool]


def check_signable(note: Note) -> None:
    """What must hold before a note is signed: text, and for a progress note whose risk
    screening shows ideation with plan or intent, a safety plan."""
    empty = not any(note.sections.values()) if isinstance(note, ProgressNote) else not note.body.strip()
    if empty:
        raise InvalidInput("An empty note cannot be signed.", hint="Write something before signing.",
                           code="note.sign_empty")
    if isinstance(note, ProgressNote) and note.risk and note.risk.needs_safety_plan \
            and not note.risk.safety_plan.strip():
        raise RefusedByPolicy(
            "The risk assessment shows ideation with plan or intent but no safety plan.",
            hint="Document the safety plan in the risk assessment before signing.",
            code="note.safety_plan_missing", field="safety_plan",
        )


def refuse_unedited_carry(vault: Vault, note: ProgressNote) -> None:
    """A note started by carry forward (services/faster_notes.py) is not signed while its
    carried text is still exactly as carried."""
    carried = faster_notes_store.carried(vault.records, note.note_id)
    refusal = carried_refusal(carried[1], note.sections) if carried else None
    if refusal is not None:
        raise refusal


PROGRESS_NOTES: Shelf[ProgressNote] = Shelf(
    PROGRESS, lambda v: v.records, clinical_notes.get, clinical_notes.status, clinical_notes.sign,
    clinical_notes.delete_unsigned,
)
PSYCHOTHERAPY_NOTES: Shelf[PsychotherapyNote] = Shelf(
    PSYCHOTHERAPY, lambda v: v.psychotherapy, clinical_psychotherapy.get, clinical_psychotherapy.status,
    clinical_psychotherapy.sign, clinical_psychotherapy.delete_unsigned,
)


def shelf_for(kind: str | NoteKindSpec) -> Shelf[Note]:
    """The shelf of a kind named by a user or a caller (an unknown name is refused)."""
    spec = note_kind(kind)
    return PSYCHOTHERAPY_NOTES if spec.compartment == "psychotherapy" else PROGRESS_NOTES


_SIGNED_CODE = {"progress": "progress_note.signed", "psychotherapy": "psychotherapy_note.signed"}
_MISSING_CODE = {"progress": "progress_note.not_found", "psychotherapy": "psychotherapy_note.not_found"}


def signed_refusal(kind: NoteKindSpec) -> RefusedByPolicy:
    return RefusedByPolicy(
        f"This {kind.title} is signed and can no longer be changed.",
        hint="Add an addendum or an amendment (with a reason) instead.",
        code=_SIGNED_CODE.get(kind.key, ""),
    )


def _missing(kind: NoteKindSpec) -> NotFound:
    return NotFound(f"No {kind.title} with that id.", code=_MISSING_CODE.get(kind.key, ""))


def find(vault: Vault, shelf: Shelf[N], note_id: str) -> N:
    """The note, unlogged (for the service's own checks)."""
    note = shelf.get(shelf.db(vault), note_id) if isinstance(note_id, str) else None
    if note is None:
        raise _missing(shelf.kind)
    # A chart a newer copy of this vault destroyed stays shut here, note by note too (found:
    # `note show` printed it; open_chart refused it).
    older_copy_destroyed.refuse_destroyed_there(vault, note.client_id)
    if shelf.kind.key == "psychotherapy":  # and a note of it a newer copy destroyed, the chart kept
        older_copy_destroyed.refuse_note_destroyed_there(vault, note_id, note.client_id)
    return note


def unsigned(vault: Vault, shelf: Shelf[N], note_id: str) -> N:
    note = find(vault, shelf, note_id)
    if note.signed:
        raise signed_refusal(shelf.kind)
    return note


def read(vault: Vault, shelf: Shelf[N], note_id: str, *, audit_view: bool = True) -> N:
    """Read one note; a user reading it is logged as note.viewed."""
    note = find(vault, shelf, note_id)
    if audit_view:
        audit(vault, "note.viewed", kind=shelf.kind.key, note_id=note_id, client_id=note.client_id)
    return note


def sign(vault: Vault, shelf: Shelf[N], note_id: str) -> N:
    """Sign and lock: from now on the note never changes; corrections are amendments."""
    note = unsigned(vault, shelf, note_id)
    check_signable(note)
    if isinstance(note, ProgressNote):
        refuse_unedited_carry(vault, note)
    signature = make_signature(vault, shelf.kind.key, note_id, note.canonical_content(), author(vault))
    db = shelf.db(vault)
    visit = note.session_id if isinstance(note, ProgressNote) else None
    confirmed = False
    with db.transaction():
        if not shelf.sign(db, note_id, signature):
            raise signed_refusal(shelf.kind)
        # The session recorded for this draft is a visit from now on, in the same transaction.
        if visit and clinical_sessions.confirm_visit(db, visit):
            confirmed = True
            clinical_clients.refresh_last_contact(db, note.client_id)
    # A psychotherapy note's MAC is keyed from its own wrapping key (docs/SECURITY.md): the
    # master key alone cannot confirm a guess of its text.
    apart = shelf.kind.compartment == "psychotherapy"
    extra = {"mac_key": "psychotherapy"} if apart else {}
    audit(vault, "note.signed", kind=shelf.kind.key, note_id=note_id, client_id=note.client_id,
          content_mac=vault.content_mac(signature.content_hash, psychotherapy=apart), **extra)
    if confirmed:  # the screens of sessions (last visit, agenda, account) follow it
        audit(vault, "session.confirmed", client_id=note.client_id, session_id=visit, note_id=note_id)
    return replace(note, signature=signature)


def amend(vault: Vault, shelf: Shelf[N], note_id: str, text: str, *, change: str = "addendum",
          reason: str = "") -> Amendment:
    """An addendum or an amendment (with reason) to a signed note; the note stays as signed.
    It is kept in the note's own compartment."""
    change, reason, text = _check_amendment(change, reason, text)
    db = shelf.db(vault)
    found = shelf.status(db, note_id) if isinstance(note_id, str) else None
    if found is None:
        raise _missing(shelf.kind)
    client_id, is_signed = found
    if not is_signed:
        raise InvalidInput("This note is not signed yet.", hint="Edit the draft directly; amend it after signing.",
                           code="note.not_signed_yet")
    amendment = Amendment(new_id(), note_id, shelf.kind.key, client_id, change, author(vault),  # type: ignore[arg-type]
                          now_iso(), reason, text)
    with db.transaction():
        clinical_amendments.insert(db, amendment)
    audit(vault, "note.amended", kind=shelf.kind.key, note_id=note_id, client_id=client_id,
          amendment_id=amendment.amendment_id, change=change)
    return amendment


def verify(vault: Vault, note: Note) -> bool | None:
    """Whether the note still matches its signature (None: not signed)."""
    return signature_valid(vault, note.kind, note.note_id, note.canonical_content(), note.signature)


def history(vault: Vault, shelf: Shelf[N], note_id: str) -> NoteHistory:
    """The note as written and signed, then every addendum and amendment in order (logged)."""
    note = read(vault, shelf, note_id)
    amendments = clinical_amendments.for_note(shelf.db(vault), shelf.kind.key, note_id)
    return NoteHistory(note, amendments, verify(vault, note))


def discard(vault: Vault, shelf: Shelf[N], note_id: str, *,
            original: OriginalChoice | None = None) -> dict[str, str]:
    """Delete an unsigned draft (written by mistake). Signed notes are never deleted here.
    An imported psychotherapy draft's original PDF goes with it only if `original` says so, or
    is kept on its own (psychotherapy_originals.set_aside): in the same transaction. What became
    of its original, as the ledger says it ({}: it had none)."""
    note = unsigned(vault, shelf, note_id)
    db = shelf.db(vault)
    said: dict[str, str] = {}
    with db.transaction():
        if shelf.kind is PSYCHOTHERAPY:
            said = psychotherapy_originals.set_aside(db, note_id, original)
        if not shelf.delete_unsigned(db, note_id):
            raise signed_refusal(shelf.kind)
        # The session recorded only for this draft was no visit: it goes with it.
        made_for_it = (isinstance(note, ProgressNote) and note.session_id is not None
                       and clinical_sessions.is_draft_only(db, note.session_id))
        if made_for_it and note.session_id:
            clinical_sessions.delete(db, note.session_id)
    audit(vault, "note.draft_discarded", kind=shelf.kind.key, note_id=note_id, client_id=note.client_id, **said)
    if made_for_it:
        audit(vault, "session.deleted", client_id=note.client_id, session_id=note.session_id, draft_only=True)
    return said


def record_print(vault: Vault, shelf: Shelf[N], note_id: str) -> None:
    """Log that a note was printed or shown as a printable document."""
    found = shelf.status(shelf.db(vault), note_id) if isinstance(note_id, str) else None
    if found is None:
        raise _missing(shelf.kind)
    audit(vault, "note.printed", kind=shelf.kind.key, note_id=note_id, client_id=found[0])


__all__ = [
    "PROGRESS_NOTES",
    "PSYCHOTHERAPY_NOTES",
    "Shelf",
    "amend",
    "check_signable",
    "discard",
    "find",
    "history",
    "read",
    "record_print",
    "shelf_for",
    "sign",
    "signed_refusal",
    "unsigned",
    "verify",
]

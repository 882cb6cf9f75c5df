"""Hold a case chart's progress note in confidence for one member, or clear the mark.

What one member of a couple or family told under the confidentiality agreement (say, in an
individual session) stays out of a release of the joint record (domain/joint_held.py); the
gate (services/disclosure_gate.py) reads these marks. The ledger keeps note, case and member
ids only: never the note's text, never a name.
"""

from __future__ import annotations

from datetime import date

from vault_app.domain import joint_held as rule
from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy
from vault_app.domain.joint_held import HeldMark
from vault_app.services import clients, practice
from vault_app.services.clinical_common import author, resolve_client_id
from vault_app.services.ledger import now_iso
from vault_app.services.vault import Vault
from vault_app.storage import clinical_notes
from vault_app.storage import joint_held as store


def _case_of(vault: Vault, note_id: str) -> str:
    found = clinical_notes.status(vault.records, note_id)
    if found is None:
        raise NotFound(f"No progress note with id {note_id}.", hint="List them with 'vault-app note list CASE'.",
                       code="held.note_not_found", params={"id": note_id})
    case = clients.get_client(vault, found[0])
    if not case.is_case:
        raise RefusedByPolicy(
            "Only a note of a couple or family chart can be held in confidence for one member: an individual "
            "chart is that client's own record.", code="held.not_a_case")
    return case.client_id


def hold(vault: Vault, note_id: str, member: str) -> HeldMark:
    """Mark the note as told in confidence by `member` (a client id or chart number of one of
    the case's members); marking it for another member moves the mark."""
    case_id = _case_of(vault, note_id)
    try:
        member_id = resolve_client_id(vault, member)
    except NotFound:
        member_id = ""
    members = clients.get_client(vault, case_id).member_ids
    if member_id not in members:
        raise InvalidInput("That person is not a member of this couple or family; choose one of its members.",
                           hint="See the members with 'vault-app client show CASE'.", code="held.not_a_member",
                           field="member")
    mark = HeldMark(note_id, case_id, member_id, now_iso(), author(vault))
    with vault.records.transaction():
        store.put(vault.records, mark)
        # Inside the records transaction: if the ledger write fails, the mark is not set.
        vault.ledger.append("note.held_in_confidence",
                            {"note_id": note_id, "client_id": case_id, "member_id": member_id})
    return mark


def clear(vault: Vault, note_id: str) -> HeldMark:
    """Take the mark off: the note becomes part of the joint record again. The cleared mark."""
    case_id = _case_of(vault, note_id)
    mark = store.get(vault.records, note_id)
    if mark is None:
        raise InvalidInput("This note is not held in confidence for anyone; nothing was changed.",
                           code="held.not_held")
    with vault.records.transaction():
        store.remove(vault.records, note_id)
        vault.ledger.append("note.held_cleared", {"note_id": note_id, "client_id": case_id,
                                                  "member_id": mark.member_id})
    return mark


def marks(vault: Vault, case_id: str) -> dict[str, HeldMark]:
    """The case's held notes by note id (empty for an individual chart)."""
    return {m.note_id: m for m in store.for_case(vault.records, case_id)}


def adult_members(vault: Vault, case_id: str, on: date) -> tuple[str, ...]:
    """The case's members who are adults on `on`: the ones a release of the joint record needs
    an authorization from (services/disclosure_gate.context_for asks this too). A member
    without a date of birth counts as an adult: their signature is asked for."""
    majority = practice.load(vault).jurisdiction.age_of_majority
    return tuple(m for m in clients.get_client(vault, case_id).member_ids
                 if not clients.get_client(vault, m).is_minor(on, majority))


def offered(vault: Vault, case_id: str, on: date) -> dict[str, HeldMark]:
    """The held notes a release of the case's joint record made on `on` may carry (the rule:
    domain/joint_held.offered), by note id: the export wizard offers these and leaves the rest
    out. Empty for an individual chart."""
    held = marks(vault, case_id)
    if not held:
        return {}
    ids = rule.offered({n: m.member_id for n, m in held.items()}, adult_members(vault, case_id, on))
    return {n: held[n] for n in ids}


__all__ = ["adult_members", "clear", "hold", "marks", "offered"]

"""The original file an imported psychotherapy note keeps (its PDF from the previous system),
read to be shown in the app's viewer, in memory only, like an attached document
(services/attachment_view.py): no temporary file, no copy.

It lives in psychotherapy.db beside the note (storage/imports.py), so it is read only while
that compartment is unlocked (`vault.psychotherapy` raises CompartmentLocked otherwise), and
each reading is logged, as a document's is: "note.original_viewed", ids only. A damaged
note's original is the only thing the therapist has of it until a readable copy is imported.

Discarding such a note's draft would delete its original with it (the note's row takes its
provenance along), and with it the only copy of what the previous system held, which the
retention rules may require. So the discard asks (`set_aside`): the original is kept as a
record of its own (storage/psychotherapy_kept_originals.py, still in this compartment, still
logged when read) or deleted with the draft, never by default; the ledger's
note.draft_discarded says which ("original": "kept" with its id, or "discarded").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from vault_app.domain.clinical import new_id
from vault_app.domain.clinical_documents import MAX_ATTACHMENT_BYTES
from vault_app.domain.errors import NotFound, RefusedByPolicy
from vault_app.domain.note_kinds import PSYCHOTHERAPY
from vault_app.services.clinical_common import audit, now_iso
from vault_app.services.fault_injection import crash_point
from vault_app.services.vault import Vault
from vault_app.storage import clinical_psychotherapy, imports
from vault_app.storage import psychotherapy_kept_originals as kept_store
from vault_app.storage.compartment import Compartment

LEDGER_EVENT = "note.original_viewed"
# What becomes of an imported draft's original when the draft is discarded: the therapist's
# answer, asked every time (the CLI's --keep-original / --discard-original).
OriginalChoice = Literal["keep", "discard"]
KEEP: OriginalChoice = "keep"
DISCARD: OriginalChoice = "discard"
CHOICE_NEEDED = "psychotherapy_note.original_choice_needed"
KEPT_CRASH_POINT = "psychotherapy_original.kept"


@dataclass(frozen=True)
class Original:
    """What the viewer's heading says of an original, and (once read) its bytes."""

    note_id: str
    client_id: str
    name: str
    size: int
    note_date: date
    data: bytes = b""
    # Set for an original kept on its own after its draft was discarded (note_id is then the
    # discarded draft's, no longer a note).
    kept_id: str = ""


def _note_of(vault: Vault, note_id: str) -> tuple[str, date]:
    note = clinical_psychotherapy.get(vault.psychotherapy, note_id)
    if note is None:
        raise NotFound("No psychotherapy note with that id.", code="psychotherapy_note.not_found")
    return note.client_id, note.note_date


def about(vault: Vault, note_id: str) -> Original | None:
    """The note's original, its bytes not read (nothing logged); None: the note keeps none."""
    found = imports.psychotherapy_original_about(vault.psychotherapy, note_id)
    if found is None:
        return None
    client_id, day = _note_of(vault, note_id)
    return Original(note_id, client_id, found[0], found[1], day)


def read_original(vault: Vault, note_id: str, *, limit: int = MAX_ATTACHMENT_BYTES) -> Original:
    """The original's bytes in memory, within `limit` (logged as note.original_viewed)."""
    shown = about(vault, note_id)
    if shown is None:
        raise NotFound("This psychotherapy note keeps no original file.", code="psychotherapy_note.no_original")
    if shown.size > limit:
        from vault_app.services import attachment_view  # pypdf's imports, paid by the viewer alone

        raise attachment_view.too_large(shown.size, limit)
    kept = imports.psychotherapy_original(vault.psychotherapy, note_id)
    assert kept is not None  # the same compartment, read just above: only this thread writes it
    audit(vault, LEDGER_EVENT, kind=PSYCHOTHERAPY.key, note_id=note_id, client_id=shown.client_id)
    return Original(shown.note_id, shown.client_id, shown.name, len(kept[1]), shown.note_date, kept[1])


def set_aside(db: Compartment, note_id: str, choice: OriginalChoice | None) -> dict[str, str]:
    """In the discard's transaction, before the draft's row goes: its original kept on its own
    (KEEP) or left to go with it (DISCARD); with none given, a draft that has an original is
    refused. The ledger fields that say which ({} for a draft without an original)."""
    if imports.psychotherapy_original_about(db, note_id) is None:
        return {}
    if choice == KEEP:
        original_id = new_id()
        kept_store.keep(db, note_id, original_id, now_iso())
        crash_point(KEPT_CRASH_POINT)  # copied, its draft not yet deleted: a kill here must undo the copy
        return {"original": "kept", "kept_original_id": original_id}
    if choice == DISCARD:
        return {"original": "discarded"}
    raise RefusedByPolicy(
        "This draft keeps the original PDF it was imported from, the only copy of what the previous system "
        "held; discarding the draft would delete that PDF too.",
        hint="Say whether its original PDF is kept on its own or deleted with the draft.",
        code="psychotherapy_note.original_choice_needed")  # literal: the words' test finds codes by their raise


def _shown(k: kept_store.KeptOriginal) -> Original:
    return Original(k.discarded_note_id, k.client_id, k.name, k.size, k.note_date, kept_id=k.original_id)


def kept_for_client(vault: Vault, client_id: str) -> list[Original]:
    """The chart's originals kept after their drafts were discarded, bytes not read (nothing logged)."""
    return [_shown(k) for k in kept_store.for_client(vault.psychotherapy, client_id)]


def read_kept(vault: Vault, original_id: str, *, limit: int = MAX_ATTACHMENT_BYTES) -> Original:
    """A kept original's bytes in memory, within `limit` (logged as note.original_viewed, by its id)."""
    db = vault.psychotherapy
    found = kept_store.about(db, original_id)
    if found is None:
        raise NotFound("No kept original PDF with that id.", code="psychotherapy_note.no_kept_original")
    if found.size > limit:
        from vault_app.services import attachment_view  # pypdf's imports, paid by the viewer alone

        raise attachment_view.too_large(found.size, limit)
    body = kept_store.data(db, original_id)
    assert body is not None  # the same compartment, read just above: only this thread writes it
    audit(vault, LEDGER_EVENT, kind=PSYCHOTHERAPY.key, kept_original_id=original_id, client_id=found.client_id)
    return replace(_shown(found), size=len(body), data=body)


def read(vault: Vault, original: Original, *, limit: int = MAX_ATTACHMENT_BYTES) -> Original:
    """The bytes of either: a note's original, or one kept on its own."""
    if original.kept_id:
        return read_kept(vault, original.kept_id, limit=limit)
    return read_original(vault, original.note_id, limit=limit)


__all__ = ["CHOICE_NEEDED", "DISCARD", "KEEP", "LEDGER_EVENT", "Original", "OriginalChoice", "about",
           "kept_for_client", "read", "read_kept", "read_original", "set_aside"]

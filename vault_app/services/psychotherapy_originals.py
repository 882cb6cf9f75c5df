"""The original file an imported psychotherapy note keeps (its PDF from the previous system),
read to be shown in the app's viewer, in memory only, like an attached document
(services/attachment_view.py): no temporary file, no copy.

It lives in psychotherapy.db beside the note (storage/imports.py), so it is read only while
that compartment is unlocked (`vault.psychotherapy` raises CompartmentLocked otherwise), and
each reading is logged, as a document's is: "note.original_viewed", ids only. A damaged
note's original is the only thing the therapist has of it until a readable copy is imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vault_app.domain.clinical import MAX_ATTACHMENT_BYTES
from vault_app.domain.errors import NotFound
from vault_app.domain.note_kinds import PSYCHOTHERAPY
from vault_app.services.clinical_common import audit
from vault_app.services.vault import Vault
from vault_app.storage import clinical_psychotherapy, imports

LEDGER_EVENT = "note.original_viewed"


@dataclass(frozen=True)
class Original:
    """What the viewer's heading says of an original, and (once read) its bytes."""

    note_id: str
    client_id: str
    name: str
    size: int
    note_date: date
    data: bytes = b""


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


__all__ = ["LEDGER_EVENT", "Original", "about", "read_original"]

"""Where an imported note came from, for the note view and the open export."""

from __future__ import annotations

from vault_app.domain.clinical_documents import NoteProvenance
from vault_app.domain.errors import NotFound
from vault_app.services.vault import Vault
from vault_app.storage import imports


def note_provenance(vault: Vault, note_id: str, kind: str = "progress") -> NoteProvenance:
    """NotFound for a note written in this vault (it has no import provenance)."""
    if kind == "psychotherapy":
        found = imports.psychotherapy_provenance(vault.psychotherapy, note_id)
    else:
        found = imports.provenance(vault.records, note_id)
    if found is None:
        raise NotFound("This note was not imported.")
    return found


def imported_note_ids(vault: Vault, client_id: str) -> dict[str, NoteProvenance]:
    """The chart's imported progress notes: note id -> provenance."""
    return {p.note_id: p for p in imports.provenance_for_client(vault.records, client_id)}


__all__ = ["imported_note_ids", "note_provenance"]

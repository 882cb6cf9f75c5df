"""The unsigned notes a therapist owes, read once for the home screen's card and the
worklist's section (found: the card said 2 where the worklist said 5; the card counted only
the notes late by the "sign your notes" setting, the worklist every one).

What "unsigned notes" means here: every progress note not signed yet, oldest first, of a
chart that is not being destroyed (its notes are going; opening one is refused). Of them,
the late ones are those written here more than the set number of days ago (created_at: a
draft imported today, dated years back, is owed but not late). Not counted:
- addenda and amendments: signed as they are written;
- psychotherapy notes: their compartment is locked apart and these screens never open it,
  so their count would come and go with that lock (the command line lists them:
  `vault-app note list --unsigned --psychotherapy`).
"""

from __future__ import annotations

from dataclasses import dataclass

from vault_app.domain.clinical_notes import NoteSummary
from vault_app.services import notes, older_copy_known
from vault_app.services.clinical_common import unsigned_flag_days
from vault_app.services.vault import Vault
from vault_app.storage import destruction_delete


@dataclass(frozen=True)
class UnsignedNotes:
    notes: tuple[NoteSummary, ...]  # every one owed, oldest note date first
    late: tuple[NoteSummary, ...]  # of them, unsigned past `flag_days`, oldest first
    flag_days: int
    # The same notes, the late ones first, then the rest, each oldest first: the order the home
    # screen's card offers them in. Made here, on the worker, by id: the card picked it on the GUI
    # thread comparing each note with each late one, 0.4-1.2 s of a frozen window at every
    # unlock with 1,491 unsigned notes (quadratic: 3,000 notes, 2.4 s; found by a walker).
    late_first: tuple[NoteSummary, ...]

    def __len__(self) -> int:
        return len(self.notes)


def owed(vault: Vault) -> UnsignedNotes:
    days = unsigned_flag_days(vault)
    closing = destruction_delete.closed_charts(vault.records)
    # Nor those of a chart a newer copy destroyed (an older copy put back, the unlock's check wrote which):
    # refused when opened (found by a walker). Read from the ledger: the dashboard's reads stay fixed.
    closing = closing | frozenset(older_copy_known.known(vault))
    found = [n for n in notes.unsigned_notes(vault, older_than_days=0) if n.client_id not in closing]
    late_ids = {n.note_id for n in notes.unsigned_notes(vault, older_than_days=days)}
    ordered = tuple(sorted(found, key=lambda n: (n.note_date, n.note_id)))
    late = tuple(n for n in ordered if n.note_id in late_ids)
    rest = tuple(n for n in ordered if n.note_id not in late_ids)
    return UnsignedNotes(ordered, late, days, late + rest)


__all__ = ["UnsignedNotes", "owed"]

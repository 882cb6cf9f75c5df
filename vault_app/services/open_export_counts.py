"""What a complete open export of a chart would carry with its progress notes, counted for its window
before anything is typed (gui/open_export_dialog.py): the signed progress notes, their amendments and
addenda, the denied amendment requests that go with them (45 CFR 164.526(d)(5): services/
open_export_disputes' rule) and the clients' statements of disagreement among them, and the notices of
closure sent (services/open_export_letters). Found by the round's brief: the window said nothing of the
disputes it carries, nor counted anything. Counts only, never words. The gate still decides when the
therapist presses Export; the psychotherapy notes, under their own authorization, are not counted here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from vault_app.services import open_export_disputes as disputes
from vault_app.services import open_export_letters as letters
from vault_app.services import open_export_parts as parts
from vault_app.storage import clinical_amendments

if TYPE_CHECKING:
    from vault_app.services.vault import Vault


@dataclass(frozen=True)
class WhatGoes:
    notes: int = 0  # signed progress notes
    amendments: int = 0
    addenda: int = 0
    disputes: int = 0  # denied amendment requests that go with those notes
    disagreements: int = 0  # the client's statements of disagreement among them
    closure_letters: int = 0  # notices of closure sent


def what_goes(vault: Vault, client_id: str) -> WhatGoes:
    """The chart's progress-note part as a complete open export would carry it today."""
    signed = parts.signed_note_ids(vault, client_id)
    entries = [a for note_id in signed for a in clinical_amendments.for_note(vault.records, "progress", note_id)]
    found = disputes.disputes(vault, client_id, signed) if signed else []
    amendments = sum(a.kind == "amendment" for a in entries)
    return WhatGoes(len(signed), amendments, len(entries) - amendments, len(found),
                    sum(bool(q.disagreement) for q in found), len(letters.closure_letters(vault, client_id)))


__all__ = ["WhatGoes", "what_goes"]

"""The two kinds of clinical note, as data: what really differs between them.

Signing, addenda and amendments, history and drafts work the same for both (services/
note_lifecycle.py); what differs is carried here and read from here, never decided by
comparing kind names in the code that uses it.

- Progress notes are part of the designated record set (45 CFR 164.501, "designated record
  set"): structured by a template, kept in records.db, shown with the chart, and disclosed
  under the ordinary rules (164.506 treatment, payment and operations; 164.508 otherwise).
- Psychotherapy notes (45 CFR 164.501, "psychotherapy notes") are the therapist's separate
  process notes: free text only (medication, session times, modality, results, diagnosis
  and plan are excluded by the definition), kept apart in psychotherapy.db behind their
  own passphrase, and disclosed only with an authorization for them alone
  (45 CFR 164.508(a)(2), (b)(3)(ii)), also excluded from the client's right of access
  (45 CFR 164.524(a)(1)(i)).

Both are kept for the chart's retention period (retention.py): the rule that ends a chart
ends both.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from vault_app.domain.clinical_notes import NoteKind
from vault_app.domain.errors import InvalidInput

Compartment = Literal["records", "psychotherapy"]


@dataclass(frozen=True)
class NoteKindSpec:
    """One kind of note and the rules that set it apart."""

    key: NoteKind
    title: str  # "progress note": for messages ("No progress note with that id.")
    compartment: Compartment  # the encrypted database that holds its text
    structured: bool  # sections from a note template; False: free text only
    own_unlock: bool  # readable only after the psychotherapy passphrase, in every screen
    in_right_of_access: bool  # part of what a client may see and copy (164.524)
    specific_authorization: bool  # disclosed only under an authorization for this kind alone
    citation: str


PROGRESS = NoteKindSpec(
    key="progress", title="progress note", compartment="records", structured=True, own_unlock=False,
    in_right_of_access=True, specific_authorization=False,
    citation="45 CFR 164.501 (designated record set), 164.524",
)
PSYCHOTHERAPY = NoteKindSpec(
    key="psychotherapy", title="psychotherapy note", compartment="psychotherapy", structured=False,
    own_unlock=True, in_right_of_access=False, specific_authorization=True,
    citation="45 CFR 164.501 (psychotherapy notes), 164.508(a)(2), 164.524(a)(1)(i)",
)
NOTE_KINDS: dict[str, NoteKindSpec] = {k.key: k for k in (PROGRESS, PSYCHOTHERAPY)}


def note_kind(key: str | NoteKindSpec) -> NoteKindSpec:
    """The kind named by `key` (what a user, a command line or a stored row says)."""
    if isinstance(key, NoteKindSpec):
        return key
    found = NOTE_KINDS.get(key) if isinstance(key, str) else None
    if found is None:
        raise InvalidInput("Unknown note kind.", hint="Choose progress or psychotherapy.")
    return found


__all__ = ["NOTE_KINDS", "PROGRESS", "PSYCHOTHERAPY", "Compartment", "NoteKindSpec", "note_kind"]

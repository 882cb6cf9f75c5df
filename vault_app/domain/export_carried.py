"""What an export carries beside the items it was asked for, counted, for its summary.

A progress-note export adds to its notes the outcome measures asked for, the notes' amendments
and addenda, the amendment requests the practice denied with the client's statements of
disagreement (45 CFR 164.526(d)(4)-(5): they go with every later disclosure of the notes) and,
for a 42 CFR Part 2 record, a copy of the client's consent (42 CFR 2.32 as amended in 2024).
The cover's "What is disclosed", the ledger's description (which the accounting of disclosures
repeats) and the wizard's last page name each of them, so none of its readers learns of one
only by leafing through the PDF (found: such an export was summed up as "2 progress notes").
Counts only, never text: the ledger keeps no clinical words.
"""

from __future__ import annotations

from dataclasses import dataclass

from vault_app.domain.plurals import counted

PART2_CONSENT_COPY = "a copy of the client's 42 CFR Part 2 consent"


@dataclass(frozen=True)
class Carried:
    measures: int = 0  # outcome measure results
    amendments: int = 0  # amendment entries on the exported notes
    addenda: int = 0
    disputes: int = 0  # amendment requests denied, linked to the notes
    disagreements: int = 0  # the client's statements of disagreement among them
    consent_copy: bool = False  # the Part 2 consent's copy page (and its scan, when kept)


def carried_text(carried: Carried) -> str:
    """"; with 2 outcome measure results, 1 amendment, 1 amendment request denied, 1 statement
    of disagreement, a copy of the client's 42 CFR Part 2 consent", or "" when it carries none."""
    parts = [counted(n, one, other) for n, one, other in (
        (carried.measures, "outcome measure result", ""),
        (carried.amendments, "amendment", ""),
        (carried.addenda, "addendum", "addenda"),
    ) if n]
    if carried.disputes:
        parts.append(f"{counted(carried.disputes, 'amendment request')} denied")
    if carried.disagreements:
        parts.append(counted(carried.disagreements, "statement of disagreement", "statements of disagreement"))
    if carried.consent_copy:
        parts.append(PART2_CONSENT_COPY)
    return f"; with {', '.join(parts)}" if parts else ""


__all__ = ["PART2_CONSENT_COPY", "Carried", "carried_text"]

"""What an access copy made here can carry, and what a partial denial's letter named that a copy
leaves out (45 CFR 164.524(c)(1), (d)(1)).

The right of access reaches the whole designated record set the client asked for, and a
practice denying part of it must still give the rest (164.524(d)(1)). The letter of a partial
denial says, in the therapist's words, what is given anyway ("all progress notes, the PHQ-9
results and the treatment plan"); the copy of the rest held only progress notes and billing,
and the request read as done (found in the real app). The letter's words are free text, so the
parts it names are found by their words (English and Spanish, as a therapist types them here);
words naming no part name nothing, so nothing is refused on a guess.

Carried: progress notes (with their amendments), the outcome measures (they ride with the
progress notes' PDF, services/export_content._measures) and billing information. Not carried:
the treatment plan and the documents attached to the chart (no export here holds them): given
another way (printed from the chart) and recorded as such, or, when not, named on the grant as
left out of the copy (`outside`: walk-NY round 36, a whole-record request closed as "granted"
with the plan never given and no word of it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

CITATION = "45 CFR 164.524(c)(1), (d)(1)"


@dataclass(frozen=True)
class Part:
    code: str
    label: str  # the command line's English
    carried: bool  # an access copy made here can hold it
    words: tuple[str, ...]  # lower-case words that name it in a letter
    citation: str = CITATION


PARTS: dict[str, Part] = {p.code: p for p in (
    Part("progress", "progress notes", True,
         ("progress note", "nota de evolución", "notas de evolución", "nota de progreso", "notas de progreso")),
    Part("measures", "outcome measures", True,
         ("phq", "gad-7", "gad7", "pcl-5", "outcome measure", "measure result", "questionnaire", "score",
          "medida", "cuestionario", "puntuaci")),
    Part("billing", "billing information", True, ("billing", "invoice", "superbill", "factura", "cobro")),
    Part("treatment_plan", "treatment plan", False, ("treatment plan", "plan de tratamiento")),
    Part("attachments", "attached documents", False,
         ("attached document", "attachment", "documento adjunto", "documentos adjuntos")),
)}
CARRIED: tuple[str, ...] = tuple(code for code, part in PARTS.items() if part.carried)


def named_in(text: str) -> tuple[str, ...]:
    """The parts `text` (what a letter says is given) names, in the table's order."""
    said = text.casefold()
    return tuple(code for code, part in PARTS.items() if any(word in said for word in part.words))


def left_out(text: str, copied: Iterable[str], given_otherwise: Iterable[str] = ()) -> tuple[str, ...]:
    """The parts `text` names that neither the copy (`copied`) holds nor were given another way."""
    done = set(copied) | set(given_otherwise)
    return tuple(code for code in named_in(text) if code not in done)


def outside(held: Iterable[str], given_otherwise: Iterable[str]) -> tuple[str, ...]:
    """The parts the chart holds (`held`) that no copy here carries and that were not given
    another way, in the table's order: what a grant names as left out of the copy."""
    done, there = set(given_otherwise), set(held)
    return tuple(code for code, part in PARTS.items() if not part.carried and code in there and code not in done)


def labels(codes: Iterable[str]) -> str:
    """The parts in the command line's English: "outcome measures, treatment plan"."""
    return ", ".join(PARTS[c].label for c in codes)


__all__ = ["CARRIED", "CITATION", "PARTS", "Part", "labels", "left_out", "named_in", "outside"]

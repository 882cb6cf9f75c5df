"""Amendment requests under dispute in a complete open export (services/open_export.py): in
chart.json's `amendment_disputes` (format 5) and on a page of the readable copy, with a line on
each disputed note pointing to it.

45 CFR 164.526(d)(4): when a covered entity denies an amendment, it links to the record the
client's request, its denial, the client's statement of disagreement (if any) and its rebuttal
(if any); (d)(5)(i): with a statement filed, that material (or an accurate summary) goes with
every later disclosure of the information the disagreement relates to; (d)(5)(ii): without one,
the request and the denial go only when the client asked. The rule is domain/amendment_disclosure's
(goes_with_these_notes); the ordinary export applies it too (services/export_content.py). Found by
the round's brief: the export of "the whole chart" carried the disputed notes without the dispute.
Here the whole material goes, never a summary: the client's and the practice's own words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from vault_app.domain.amendment_disclosure import CITATION, goes_with_these_notes
from vault_app.domain.export_carried import Carried
from vault_app.domain.requests import ACCESS_DENIAL_GROUNDS, AMENDMENT_DENIAL_GROUNDS, ClientRequest
from vault_app.storage import disclosure_requests as request_store

if TYPE_CHECKING:
    from vault_app.services.pdf_document import StampedPDF
    from vault_app.services.vault import Vault

HEADING = "Amendment requests under dispute (45 CFR 164.526(d))"
# Why a dispute is in the file: chart.json's `why_included`.
FILED = "statement_of_disagreement"  # 164.526(d)(5)(i)
ASKED = "client_asked"  # 164.526(d)(5)(ii), (d)(1)(iii)


def disputes(vault: Vault, client_id: str, held: Iterable[str]) -> list[ClientRequest]:
    """The denied amendment requests that go with a disclosure of the notes `held`, in the order received."""
    notes = frozenset(held)
    return [q for q in request_store.requests_for_notes(vault.records, client_id) if goes_with_these_notes(q, notes)]


def carried(found: list[ClientRequest], held: Iterable[str]) -> Carried:
    """What of them a part holding the notes `held` carries, counted for its description (domain/export_carried)."""
    notes = frozenset(held)
    mine = [q for q in found if not notes.isdisjoint(q.note_ids)]
    return Carried(disputes=len(mine), disagreements=sum(bool(q.disagreement) for q in mine))


def _ground(code: str) -> dict[str, str]:
    g = AMENDMENT_DENIAL_GROUNDS.get(code) or ACCESS_DENIAL_GROUNDS.get(code)
    return {"code": code, "text": g.text if g else code, "citation": g.citation if g else ""}


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def disputes_json(found: list[ClientRequest], held: Iterable[str]) -> list[dict[str, Any]]:
    notes = frozenset(held)
    return [{
        "request_id": q.id, "received_on": q.received_on.isoformat(),
        "note_ids": [n for n in q.note_ids if n in notes],
        "request": q.description, "change_asked": q.amendment_text or None,
        "denial": {"decided_on": _iso(q.decided_on), "grounds": [_ground(c) for c in q.grounds],
                   "what_denied": q.denied or None, "explanation": q.explanation or None},
        "statement_of_disagreement": ({"received_on": _iso(q.disagreement_on), "text": q.disagreement}
                                      if q.disagreement else None),
        "rebuttal": q.rebuttal or None,
        "why_included": FILED if q.disagreement else ASKED,
        "client_asked_on": _iso(q.include_asked_on),
    } for q in found]


def note_line(found: list[ClientRequest], note_id: str) -> str:
    """Said on a disputed note's page: which requests dispute it, "" for none."""
    ids = [q.id for q in found if note_id in q.note_ids]
    if not ids:
        return ""
    mine = [q for q in found if q.id in ids]
    said = ["the request", "the denial"]
    said += ["the client's statement of disagreement"] if any(q.disagreement for q in mine) else []
    said += ["the practice's rebuttal"] if any(q.rebuttal for q in mine) else []
    which = ", ".join(f"request {i}" for i in ids)
    return (f"The client asked to amend this note and the practice denied it ({which}): "
            f"{', '.join(said[:-1])} and {said[-1]} are on the page “Amendment requests under dispute”.")


def render(pdf: StampedPDF, found: list[ClientRequest], day: Callable[[date], str],
           noted: Callable[[str], str], heading: str = HEADING) -> None:
    """The request, the denial, the statement and the rebuttal of each, as recorded. `noted`: how a
    note is named on these pages (its kind and day), from its id. The ordinary export lays them out
    here too, under its own `heading` (services/pdf_export._disputes)."""
    if not found:
        return
    pdf.add_page()
    pdf.heading(heading, 12)
    pdf.para("The client asked the practice to amend these notes and the practice denied it. The law sends the "
             "request, the denial, the client's statement of disagreement and the practice's rebuttal with every "
             f"later disclosure of the notes ({CITATION}).", 9)
    for q in found:
        pdf.subheading(f"Request {q.id}, received {day(q.received_on)}")
        pdf.para("About: " + "; ".join(noted(n) for n in q.note_ids if noted(n)), 9.5, 1)
        pdf.para(f"The client asked: {q.description or q.amendment_text or '-'}", 9.5, 1)
        grounds = "; ".join(g["text"] for g in (_ground(c) for c in q.grounds))
        decided = day(q.decided_on) if q.decided_on else "-"
        pdf.para(f"Denied on {decided}: {grounds or '-'}", 9.5, 1)
        if q.denied:
            pdf.para(f"What was denied: {q.denied}", 9.5, 1)
        if q.explanation:
            pdf.para(f"The practice explained: {q.explanation}", 9.5, 1)
        if q.disagreement:
            when = f", received {day(q.disagreement_on)}" if q.disagreement_on else ""
            pdf.para(f"Client's statement of disagreement{when}: {q.disagreement}", 9.5, 1)
        else:
            asked = f" on {day(q.include_asked_on)}" if q.include_asked_on else ""
            pdf.para(f"The client filed no statement of disagreement and asked{asked} that the request and the "
                     "denial go with later disclosures.", 9.5, 1)
        if q.rebuttal:
            pdf.para(f"Practice's rebuttal: {q.rebuttal}", 9.5, 1)
        pdf.ln(2)


__all__ = ["ASKED", "FILED", "HEADING", "carried", "disputes", "disputes_json", "note_line", "render"]

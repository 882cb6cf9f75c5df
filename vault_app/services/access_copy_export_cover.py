"""Which of the parts no access copy holds (the treatment plan, the attached documents) a complete
open export made under the same access request held, as they are now (45 CFR 164.524(c)(1)).

Found by a walker: the open export made under the request held the plan and every document, and the
request's window still said "Still to give: treatment plan, attached documents"; the therapist had to
record as "given another way" what the same file had given. The ledger is the record: the export's
progress part says which parts of the chart it held (HELD_KEY: the plan as it was, by its id and the
moment it was last changed, and the documents by id, never their text). A part counts only as the
export held it: a document attached after it, or a plan changed after it, is still to give. An entry
written before the export recorded this says nothing of what it held: it is not counted (`older`),
and the request's window says so rather than guess from the entry's English description.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from vault_app.services.access_copy_given import basis

if TYPE_CHECKING:
    from vault_app.domain.clinical import TreatmentPlan
    from vault_app.domain.clinical_documents import Attachment
    from vault_app.domain.requests import ClientRequest
    from vault_app.services.vault import Vault

HELD_KEY = "chart_parts_held"
OPEN_EXPORT_FORMAT = "open-export-pdf"  # services/open_export.FMT, without importing the PDF stack


@dataclass(frozen=True)
class ExportCover:
    """`covered`: the parts (codes of domain/access_copy_parts) an open export under the request
    held as the chart holds them now; `changed`: (part, the day of the last export that held it
    otherwise) for a part the chart holds that no export held as it is now (a document attached,
    the plan changed, after it); `older`: the days of open exports from before the ledger said what
    they held (not counted); `covered_on`: the day of the last export that held a covered part
    as it is now (what the request's history names it by)."""

    covered: tuple[str, ...] = ()
    changed: tuple[tuple[str, date], ...] = ()
    older: tuple[date, ...] = ()
    covered_on: date | None = None


def _plan_key(plan: TreatmentPlan | None) -> str:
    return f"{plan.plan_id}@{plan.updated_at}" if plan is not None else ""


def held_record(plan: TreatmentPlan | None, documents: list[Attachment]) -> dict[str, Any]:
    """What the open export's progress part records it held (its ledger entry's extra)."""
    return {HELD_KEY: {"treatment_plan": _plan_key(plan), "attachments": [d.attachment_id for d in documents]}}


def export_cover(vault: Vault, q: ClientRequest) -> ExportCover:
    from vault_app.services import attachments, export, plans

    summary = basis(q.id).summary()
    plan_now = _plan_key(plans.get_plan(vault, q.client_id))
    docs_now = {a.attachment_id for a in attachments.list_attachments(vault, q.client_id)}
    covered: set[str] = set()
    covered_on: date | None = None
    changed: dict[str, date] = {}
    older: list[date] = []
    for rec in export.disclosures(vault, q.client_id):
        if (rec.basis_kind != "client_access" or rec.basis_summary != summary or not rec.delivered or rec.manual
                or rec.kind != "progress" or rec.extra.get("format") != OPEN_EXPORT_FORMAT):
            continue
        held = rec.extra.get(HELD_KEY)
        if not isinstance(held, dict):
            older.append(rec.day)
            continue
        ids = {str(i) for i in held.get("attachments") or ()}
        for code, there, same in (("treatment_plan", bool(plan_now), str(held.get("treatment_plan") or "") == plan_now),
                                  ("attachments", bool(docs_now), docs_now <= ids)):
            if there and same:
                covered.add(code)
                covered_on = rec.day if covered_on is None else max(covered_on, rec.day)
            elif there:
                changed[code] = rec.day
    order = ("treatment_plan", "attachments")
    return ExportCover(tuple(c for c in order if c in covered),
                       tuple((c, changed[c]) for c in order if c in changed and c not in covered), tuple(older),
                       covered_on if covered else None)


__all__ = ["HELD_KEY", "OPEN_EXPORT_FORMAT", "ExportCover", "export_cover", "held_record"]

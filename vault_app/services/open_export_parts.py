"""The rest of the chart in a complete open export: the treatment plan (its problems, diagnoses
and goals), the informed-consent dates and the sessions, besides the notes and documents
(services/open_export.py).

A transfer of care needs them: the export said "the whole chart" and held only notes and
documents, and the successor had no plan, diagnoses or dates of service (found walking the real
app). The plan, its diagnoses and the consent are the clinical record: they go with the progress
notes the gate allowed. The sessions (dates of service, CPT and ICD-10 codes) are billing
information (domain/authorization.py's "billing"): a part of their own that the gate weighs
under the same basis, left out and said so when the basis does not reach it.

Left out on purpose, always, and said in the window and docs/open-export.md: fees, payments and
the balance (a statement of account is its own disclosure, Account…), appointments not yet
held, and the chart's own administration (authorizations, requests, the accounting of
disclosures).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from vault_app.domain.clinical import Client, InformedConsent, Session, TreatmentPlan
from vault_app.domain.clinical_documents import Attachment
from vault_app.storage import clinical_notes, clinical_plans, clinical_sessions, imports
from vault_app.storage.closure_letters import KeptClosureLetter

if TYPE_CHECKING:
    from vault_app.services.pdf_document import StampedPDF
    from vault_app.services.vault import Vault

# The parts a complete open export may leave out, by the name chart.json's `left_out` gives them.
SESSIONS = "sessions"
DRAFTS = "unsigned drafts"
PSYCHOTHERAPY = "psychotherapy notes"


def with_their_notes(vault: Vault, client_id: str, documents: list[Attachment],
                     going: tuple[str, ...]) -> list[Attachment]:
    """The chart's documents less the original files of imported notes that do not go: an original is
    its note in another form. Found walking the real app: an unsigned draft left out at the therapist's
    choice went anyway as its original PDF, and the ledger did not name it. The gate weighed every
    document first; one that stays out only makes its weighing stricter than needed."""
    going_ids = set(going)
    originals = {p.original_attachment_id: p.note_id for p in imports.provenance_for_client(vault.records, client_id)
                 if p.original_attachment_id}
    return [d for d in documents if d.attachment_id not in originals or originals[d.attachment_id] in going_ids]


# What never goes, whatever the basis: said so in the PDF as in the window.
NEVER_CARRIED = ("fees, payments and the balance (a statement of account is its own disclosure)",
                 "appointments not yet held",
                 "the chart's authorizations, requests and accounting of disclosures (an amendment request denied and "
                 "under dispute goes with the notes it is about, 45 CFR 164.526(d)(5))")


@dataclass
class ChartRest:
    plan: TreatmentPlan | None = None
    consent: InformedConsent | None = None
    sessions: list[Session] = field(default_factory=list)
    left_out: list[tuple[str, str]] = field(default_factory=list)  # (part, why), in the order found
    closure_letters: list[KeptClosureLetter] = field(default_factory=list)  # services/open_export_letters.py


def unsigned_drafts(vault: Vault, client_id: str) -> list[tuple[str, date]]:
    """The chart's unsigned progress notes, (id, date), oldest first: a window says them before
    anything is typed, so the therapist signs them first or leaves them out."""
    return sorted(((n.note_id, n.note_date) for n in clinical_notes.list_for_client(vault.records, client_id)
                   if not n.signed), key=lambda x: (x[1], x[0]))


def signed_note_ids(vault: Vault, client_id: str) -> tuple[str, ...]:
    return tuple(n.note_id for n in clinical_notes.list_for_client(vault.records, client_id) if n.signed)


def chart_sessions(vault: Vault, client_id: str) -> list[Session]:
    """The chart's dates of service: not a session recorded for a draft note (no visit until signed)."""
    drafts = clinical_sessions.draft_only_ids(vault.records, client_id)
    return sorted((s for s in clinical_sessions.list_for_client(vault.records, client_id)
                   if s.session_id not in drafts), key=lambda s: (s.date, s.session_id))


def clinical_rest(vault: Vault, client: Client) -> tuple[TreatmentPlan | None, InformedConsent | None]:
    """The plan and the consent: the clinical record beside the progress notes."""
    consent = client.consent
    said = consent.limits_discussed_on or consent.consent_signed_on or consent.notes
    return clinical_plans.get_for_client(vault.records, client.client_id), consent if said else None


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def plan_json(plan: TreatmentPlan | None) -> dict[str, Any] | None:
    if plan is None:
        return None
    return {
        "problems": plan.problems, "diagnosis_codes": list(plan.diagnosis_codes),
        "modality_frequency": plan.modality_frequency, "start_date": _iso(plan.start_date),
        "review_date": _iso(plan.review_date), "updated_at": plan.updated_at,
        "goals": [{"goal_id": g.goal_id, "position": g.position, "description": g.description,
                   "objectives": list(g.objectives), "target_date": _iso(g.target_date), "status": g.status}
                  for g in plan.goals],
    }


def consent_json(consent: InformedConsent | None) -> dict[str, Any] | None:
    if consent is None:
        return None
    return {"limits_discussed_on": _iso(consent.limits_discussed_on),
            "consent_signed_on": _iso(consent.consent_signed_on), "notes": consent.notes}


def sessions_json(sessions: list[Session]) -> list[dict[str, Any]]:
    return [{"session_id": s.session_id, "date": s.date.isoformat(),
             "start_time": s.start_time.isoformat("minutes") if s.start_time else None,
             "end_time": s.end_time.isoformat("minutes") if s.end_time else None,
             "duration_minutes": s.duration_minutes, "modality": s.modality, "setting": s.setting,
             "service_type": s.service_type, "cpt_code": s.cpt_code, "addon_codes": list(s.addon_codes),
             "icd10_codes": list(s.icd10_codes), "billing_status": s.billing_status}
            for s in sessions]


def left_out_json(rest: ChartRest) -> list[dict[str, str]]:
    return [{"part": part, "why": why} for part, why in rest.left_out]


def render(pdf: StampedPDF, rest: ChartRest, day: Callable[[date], str]) -> None:
    """The plan, the consent and the sessions as pages of the readable copy, and what was left out."""
    plan = rest.plan
    if plan is not None:
        pdf.add_page()
        pdf.heading("Treatment plan", 12)
        pdf.fields([
            ("Diagnoses (ICD-10)", ", ".join(plan.diagnosis_codes) or "none recorded"),
            ("Modality and frequency", plan.modality_frequency or "-"),
            ("Start", day(plan.start_date) if plan.start_date else "-"),
            ("Review", day(plan.review_date) if plan.review_date else "-"),
        ])
        if plan.problems:
            pdf.subheading("Problems")
            pdf.para(plan.problems)
        for goal in plan.goals:
            target = f", target {day(goal.target_date)}" if goal.target_date else ""
            pdf.subheading(f"Goal {goal.position + 1} ({goal.status}{target})")
            pdf.para(goal.description)
            for objective in goal.objectives:
                pdf.para(f"- {objective}", 9.5)
    if rest.consent is not None:
        c = rest.consent
        pdf.heading("Informed consent", 12)
        pdf.fields([
            ("Limits of confidentiality discussed", day(c.limits_discussed_on) if c.limits_discussed_on else "-"),
            ("Consent signed", day(c.consent_signed_on) if c.consent_signed_on else "-"),
            *([("Notes", c.notes)] if c.notes else []),
        ])
    if rest.sessions:
        pdf.add_page()
        pdf.heading("Sessions", 12)
        pdf.grid(["Date", "Minutes", "Modality", "CPT", "ICD-10", "Billing"],
                 [[day(s.date), str(s.duration_minutes), s.modality.replace("_", " "),
                   " ".join((s.cpt_code, *s.addon_codes)).strip(), ", ".join(s.icd10_codes),
                   s.billing_status.replace("_", " ")] for s in rest.sessions])
    pdf.add_page()
    pdf.heading("Left out of this copy", 12)
    for part, why in rest.left_out:
        pdf.para(f"{part[0].upper()}{part[1:]}: {why}", 9.5)
    pdf.para("Never in this export: " + "; ".join(NEVER_CARRIED) + ".", 9.5)


__all__ = ["DRAFTS", "NEVER_CARRIED", "PSYCHOTHERAPY", "SESSIONS", "ChartRest", "chart_sessions", "clinical_rest",
           "consent_json", "left_out_json", "plan_json", "render", "sessions_json", "signed_note_ids",
           "unsigned_drafts"]

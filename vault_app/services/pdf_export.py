"""Lay out a disclosed record: the PDF (encrypted) and the JSON for the client's own request.

Only what the gate let through is rendered: the selected notes, and for a field
selection only those fields. Every page carries the stamp (recipient, purpose,
disclosure number: the chart's Disclosures tab's word). Part 2 records disclosed to a third
party start with the 42 CFR 2.32 notice and carry a copy of the consent; the client's own copy
carries neither that notice nor a redisclosure warning (domain/recipient_notices). Amendment
disputes linked to a disclosed note go with it (164.526(d)(5)).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from vault_app.domain.authorization import INFO_LABELS, Authorization
from vault_app.domain.clinical import Client, Session
from vault_app.domain.clinical_notes import Amendment, ProgressNote, PsychotherapyNote
from vault_app.domain.disclosure import BILLING_FIELDS, DisclosureRequest, Verdict
from vault_app.domain.disclosure_wording import basis_text, description_text
from vault_app.domain.document_dates import Audience, disclosure_audience, document_locale
from vault_app.domain.errors import InvalidInput
from vault_app.domain.export_carried import Carried
from vault_app.domain.measures.record import Measure
from vault_app.domain.note_templates import ALL_SECTION_KEYS, TEMPLATES
from vault_app.domain.plurals import noun
from vault_app.domain.practice import PracticeProfile
from vault_app.domain.recipient_notices import Notices, Receiver, notices_for
from vault_app.domain.requests import ClientRequest
from vault_app.services.pdf_document import Stamp, StampedPDF, finish

PART2_NOTICE = (
    "This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2). "
    "These rules prohibit you from using or disclosing this record, or testimony that describes the information "
    "contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, "
    "State, or local authority, against the patient, unless authorized by the consent of the patient, except as "
    "provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, "
    "the Federal rules prohibit you from making any other use or disclosure of this record unless at least one of "
    "the following applies: (A) further use or disclosure is expressly permitted by the written consent of the "
    "individual whose information is being disclosed in this record or as otherwise permitted by 42 CFR part 2; "
    "(B) you are a covered entity or business associate and have received the record for treatment, payment, or "
    "health care operations; or (C) you have received the record from a covered entity or business associate as "
    "permitted by 45 CFR part 164, subparts A and E. A general authorization for the release of medical or other "
    "information is NOT sufficient to meet the required elements of written consent to further use or redisclose "
    "the record (see 42 CFR 2.31)."
)
PART2_FOOTER = (
    "42 CFR Part 2 record: further use or disclosure is prohibited except as 42 CFR Part 2 permits "
    "(full notice on page 1)."
)
# Progress-note parts a minimum-necessary field selection may name. "measures" is not a part
# of a note: it adds the chart's outcome measures taken within the selected notes' dates
# (or the selection's date range), with their trend charts; the notes' own parts follow
# the other fields named, all of them when it is named alone.
MEASURES_FIELD = "measures"
PROGRESS_FIELDS: tuple[str, ...] = (*ALL_SECTION_KEYS, "interventions", "risk", "amendments", MEASURES_FIELD)


def check_progress_fields(fields: Sequence[str]) -> tuple[str, ...]:
    unknown = [f for f in fields if f not in PROGRESS_FIELDS]
    if unknown:
        raise InvalidInput(
            f"Unknown progress-note {noun(len(unknown), 'field')}: {', '.join(unknown)}.",
            hint="Choose from: " + ", ".join(PROGRESS_FIELDS),
        )
    return tuple(fields)


@dataclass(frozen=True)
class ExportContent:
    disclosure_id: str
    day: date
    profile: PracticeProfile
    client: Client
    request: DisclosureRequest
    verdict: Verdict
    description: str
    basis_summary: str
    progress: Sequence[tuple[ProgressNote, Sequence[Amendment]]] = ()
    psychotherapy: Sequence[tuple[PsychotherapyNote, Sequence[Amendment]]] = ()
    sessions: Sequence[Session] = ()
    disputes: Sequence[ClientRequest] = ()
    consent: Authorization | None = None
    consent_scan: tuple[str, bytes] | None = None
    fields: tuple[str, ...] = field(default_factory=tuple)
    measures: Sequence[Measure] = ()
    receiver: Receiver | None = None  # the client's access request: who receives it (services/access_recipient)


def _wants(content: ExportContent, name: str) -> bool:
    parts = [f for f in content.fields if f != MEASURES_FIELD]
    return not parts or name in parts


def carried(c: ExportContent) -> Carried:
    """What the PDF carries beside its items, counted as it prints them (domain/export_carried)."""
    entries = [a for _, amendments in c.progress for a in amendments] if _wants(c, "amendments") else []
    entries += [a for _, amendments in c.psychotherapy for a in amendments]
    return Carried(measures=len(c.measures), amendments=sum(a.kind == "amendment" for a in entries),
                   addenda=sum(a.kind != "amendment" for a in entries), disputes=len(c.disputes),
                   disagreements=sum(bool(r.disagreement) for r in c.disputes), consent_copy=c.consent is not None)


def _basis_line(pdf: StampedPDF, c: ExportContent) -> str:
    """The cover's legal basis. A joint (couple or family) record is released on the written
    authorization of each adult member (domain/disclosure_gate_authorization.check_joint): every one the
    gate relied on is named, the chosen one first (found: only the chosen one was)."""
    chosen = c.request.basis.authorization_id
    ids = tuple(dict.fromkeys((chosen, *c.verdict.authorization_ids) if chosen else c.verdict.authorization_ids))
    if c.request.basis.kind == "authorization" and len(ids) > 1:
        return (f"the written authorization of each adult member of this joint record ({c.verdict.citation}): "
                f"authorizations {', '.join(ids)}")
    return f"{c.verdict.basis_title} ({c.verdict.citation}): {basis_text(c.basis_summary, pdf.locale, pdf.day)}"


def _cover(pdf: StampedPDF, c: ExportContent) -> None:
    pdf.add_page()
    pdf.heading("Disclosure of health information")
    sender = c.profile.practice_name or c.profile.performer
    pdf.fields([
        ("Disclosure number", c.disclosure_id),
        ("Date", pdf.day(c.day)),
        ("From", "\n".join(x for x in (sender, c.profile.performer if c.profile.practice_name else "",
                                        " ".join(c.profile.address.split()), c.profile.phone) if x)),
        ("To", "\n".join(x for x in (c.request.recipient.name, c.request.recipient.address) if x)),
        ("Purpose", c.request.purpose),
        ("Legal basis", _basis_line(pdf, c)),
        ("What is disclosed", description_text(c.description, pdf.locale, pdf.day)),
        ("Client", f"{c.client.legal_name}, chart {c.client.chart_number}"
                   + (f", born {pdf.day(c.client.date_of_birth)}" if c.client.date_of_birth else "")),
    ])
    if c.request.kind == "psychotherapy":
        pdf.para("These are psychotherapy notes (45 CFR 164.501), disclosed separately from the rest of the record.", 9)
    # Who receives it decides the notice: the client's own copy is theirs (domain/recipient_notices).
    notices = _notices(c)
    pdf.para(notices.cover, 9)
    if notices.part2_notice:
        pdf.subheading("Notice of 42 CFR Part 2 protection (42 CFR 2.32)")
        pdf.para(PART2_NOTICE, 8.5)


def _notices(c: ExportContent) -> Notices:
    return notices_for(c.request.basis.kind, part2=c.verdict.part2, receiver=c.receiver)


def _signed(pdf: StampedPDF, note: ProgressNote | PsychotherapyNote) -> str:
    sig = note.signature
    return f"signed by {sig.signed_by} on {pdf.moment_day(sig.signed_at)}" if sig else ""


def _amendments(pdf: StampedPDF, amendments: Sequence[Amendment]) -> None:
    for a in amendments:
        pdf.subheading(f"{a.kind.capitalize()} by {a.author}, {pdf.moment_day(a.created_at)}")
        if a.reason:
            pdf.para(f"Reason: {a.reason}", 9, 1)
        pdf.para(a.text, 9.5)


def _progress(pdf: StampedPDF, c: ExportContent) -> None:
    for note, amendments in c.progress:
        pdf.add_page()
        template = TEMPLATES.get(note.template)
        pdf.heading(f"Progress note, {pdf.day(note.note_date)}", 12)
        signed = _signed(pdf, note)
        pdf.para(f"Template: {template.title if template else note.template}; {signed}; note id {note.note_id}", 8.5)
        keys = template.keys if template else tuple(note.sections)
        for key in keys:
            if _wants(c, key) and note.sections.get(key):
                pdf.subheading(template.heading(key) if template else key)
                pdf.para(note.sections[key])
        if _wants(c, "interventions") and note.interventions:
            pdf.subheading("Interventions")
            pdf.para("; ".join(note.interventions))
        if _wants(c, "risk") and note.risk is not None:
            r = note.risk
            pdf.subheading("Risk assessment")
            pdf.para(
                f"Ideation: {r.ideation}; plan: {'yes' if r.plan else 'no'}; intent: {'yes' if r.intent else 'no'}; "
                f"access to means: {'yes' if r.means else 'no'}; level: {r.level}."
                + (f"\nProtective factors: {r.protective_factors}" if r.protective_factors else "")
                + (f"\nSafety plan: {r.safety_plan}" if r.safety_plan else "")
                + (f"\n{r.notes}" if r.notes else "")
            )
        if _wants(c, "amendments") and amendments:
            _amendments(pdf, amendments)


def _psychotherapy(pdf: StampedPDF, c: ExportContent) -> None:
    for note, amendments in c.psychotherapy:
        pdf.add_page()
        pdf.heading(f"Psychotherapy note, {pdf.day(note.note_date)}", 12)
        signed = _signed(pdf, note)
        pdf.para(f"{signed}; note id {note.note_id}", 8.5)
        pdf.para(note.body)
        _amendments(pdf, amendments)


def billing_rows(c: ExportContent, day: Callable[[date], str] = date.isoformat) -> tuple[list[str], list[list[str]]]:
    """The billing table; its days written by `day`: ISO 8601 for the JSON copy, the reader's on
    the PDF's page (found: a Spanish practice's page said "born 18/03/1958" above 1958-03-18)."""
    cols = list(c.fields)
    header = [BILLING_FIELDS[f] for f in cols]
    client = c.client
    rows = []
    for s in c.sessions:
        values = {
            "client_id": client.client_id,
            "chart_number": client.chart_number,
            "client_name": client.legal_name,
            "date_of_birth": day(client.date_of_birth) if client.date_of_birth else "",
            "date_of_service": day(s.date),
            "cpt_code": " ".join((s.cpt_code, *s.addon_codes)).strip(),
            "icd10_codes": ", ".join(s.icd10_codes),
            "duration_minutes": str(s.duration_minutes),
        }
        rows.append([values[f] for f in cols])
    return header, rows


# What the billing page is, for who reads it. The minimum-necessary standard is the payer's
# (45 CFR 164.502(b)); it does not apply to a disclosure to the individual (164.502(b)(2)(ii)):
# a client's own copy said "Minimum necessary for payment" to a client who is no payer.
_BILLING_SAID: dict[Audience, str] = {
    "us_payer": "Minimum necessary for payment: client identifiers, dates of service, CPT and ICD-10 codes, duration.",
    "client": "Your billing records, a copy you asked for (your right of access, 45 CFR 164.524): the identifiers, "
              "dates of service, CPT and ICD-10 codes and duration of your sessions.",
    "recipient": "Billing information disclosed: client identifiers, dates of service, CPT and ICD-10 codes, "
                 "duration.",
}


def _billing(pdf: StampedPDF, c: ExportContent) -> None:
    pdf.add_page()
    pdf.heading("Billing information", 12)
    pdf.para(_BILLING_SAID[disclosure_audience(c.request.basis.kind)], 8.5)
    header, rows = billing_rows(c, pdf.day)
    pdf.grid(header, rows)


DISPUTES_HEADING = "Amendment requests and statements of disagreement (45 CFR 164.526(d))"


def _disputes(pdf: StampedPDF, c: ExportContent) -> None:
    """The whole dispute of each note it holds (164.526(d)(4)-(5)), laid out as the complete open
    export lays it out (found: the explanation of the denial and the note it is about were left out)."""
    from vault_app.services import open_export_disputes

    named = {n.note_id: f"progress note of {pdf.day(n.note_date)}" for n, _a in c.progress} | {
        n.note_id: f"psychotherapy note of {pdf.day(n.note_date)}" for n, _a in c.psychotherapy}
    open_export_disputes.render(pdf, list(c.disputes), pdf.day, lambda note_id: named.get(note_id, ""),
                                heading=DISPUTES_HEADING)


def _consent(pdf: StampedPDF, c: ExportContent) -> None:
    a = c.consent
    if a is None:
        return
    pdf.add_page()
    pdf.heading("Copy of the client's consent", 12)
    pdf.fields([
        ("Consent id", a.id),
        ("Information", a.description),
        ("Who may disclose", a.discloser),
        ("Recipient", f"{a.recipient_name}\n{a.recipient_address}".strip()),
        (noun(len(a.purposes), "Purpose"), "; ".join(a.purposes)),
        ("Expires", pdf.day(a.expires_on) if a.expires_on else a.expiration_event),
        ("Signed", f"{pdf.day(a.signed_on) if a.signed_on else '-'} by {a.signer.name}"
                   + (f" ({a.signer.authority})" if a.signer.authority else "")),
        ("Right to revoke", a.statements.right_to_revoke),
        ("Conditioning", a.statements.conditioning),
    ])
    if c.consent_scan:
        pdf.para(f"The signed consent form is attached to this PDF as '{c.consent_scan[0]}'.", 9)


def render_pdf(c: ExportContent, password: str) -> bytes:
    notice = PART2_FOOTER if _notices(c).part2_notice else ""
    stamp = Stamp(c.request.recipient.name, c.request.purpose, c.disclosure_id, notice)
    # Its reader's dates: a payer's are US dates whatever the practice writes (domain/document_dates).
    audience = disclosure_audience(c.request.basis.kind)
    pdf = StampedPDF(stamp, f"Disclosure {c.disclosure_id}", locale=document_locale(audience, c.profile.locale),
                     audience=audience)
    _cover(pdf, c)
    if c.request.kind == "progress":
        _progress(pdf, c)
        if c.measures:
            from vault_app.services.measures_pdf import add_measures_pages

            add_measures_pages(pdf, c.measures, day=pdf.day)
    elif c.request.kind == "psychotherapy":
        _psychotherapy(pdf, c)
    else:
        _billing(pdf, c)
    _disputes(pdf, c)
    _consent(pdf, c)
    attachments: list[tuple[str, bytes, str]] = []
    if c.consent_scan:
        attachments.append((c.consent_scan[0], c.consent_scan[1], "Copy of the signed consent"))
    if c.request.basis.kind == "client_access":
        attachments.append(("record.json", render_json(c), "Machine-readable copy of this record"))
    return finish(pdf, password=password, attachments=attachments)


def render_json(c: ExportContent) -> bytes:
    """The client's own copy in a machine-readable form (164.524(c)(2): the form requested)."""
    data: dict[str, Any] = {
        "format": "vault-app record export",
        "version": 1,
        "disclosure_id": c.disclosure_id,
        "date": c.day.isoformat(),
        "from": {"practice": c.profile.practice_name, "clinician": c.profile.performer, "phone": c.profile.phone},
        "recipient": c.request.recipient.as_dict(),
        "purpose": c.request.purpose,
        "basis": c.basis_summary,
        "client": {
            "chart_number": c.client.chart_number,
            "legal_name": c.client.legal_name,
            "date_of_birth": c.client.date_of_birth.isoformat() if c.client.date_of_birth else None,
        },
        "kind": INFO_LABELS[c.request.kind],
        "part2_notice": PART2_NOTICE if _notices(c).part2_notice else None,
    }
    if c.progress:
        data["progress_notes"] = [
            {
                "note_id": n.note_id,
                "date": n.note_date.isoformat(),
                "template": n.template,
                "sections": {k: v for k, v in n.sections.items() if _wants(c, k) and v},
                "interventions": list(n.interventions) if _wants(c, "interventions") else [],
                "risk": _risk(n) if _wants(c, "risk") else None,
                "signed": {"by": n.signature.signed_by, "at": n.signature.signed_at} if n.signature else None,
                "amendments": [_amend(a) for a in amendments] if _wants(c, "amendments") else [],
            }
            for n, amendments in c.progress
        ]
    if c.measures:
        from vault_app.services.measures_fhir import questionnaire_response

        data["outcome_measures"] = [
            {**m.as_dict(), "fhir_questionnaire_response": questionnaire_response(m, f"Patient/{c.client.client_id}")}
            for m in c.measures
        ]
    if c.sessions:
        header, rows = billing_rows(c)
        data["billing"] = [dict(zip(c.fields, row, strict=True)) for row in rows]
        data["billing_columns"] = header
    if c.disputes:
        from vault_app.services.open_export_disputes import disputes_json

        # The whole dispute, as the complete open export writes it (the request itself was left out),
        # with the keys it had kept as they were.
        held = [n.note_id for n, _a in c.progress] + [n.note_id for n, _a in c.psychotherapy]
        data["amendment_disputes"] = [
            {**whole, "grounds": list(r.grounds), "disagreement": r.disagreement, "rebuttal": r.rebuttal}
            for r, whole in zip(c.disputes, disputes_json(list(c.disputes), held), strict=True)
        ]
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True).encode("utf-8")


def _risk(note: ProgressNote) -> dict[str, Any] | None:
    r = note.risk
    if r is None:
        return None
    return {"ideation": r.ideation, "plan": r.plan, "intent": r.intent, "means": r.means, "level": r.level,
            "protective_factors": r.protective_factors, "safety_plan": r.safety_plan, "notes": r.notes}


def _amend(a: Amendment) -> dict[str, str]:
    return {"kind": a.kind, "author": a.author, "created_at": a.created_at, "reason": a.reason, "text": a.text}


__all__ = ["PART2_NOTICE", "PROGRESS_FIELDS", "ExportContent", "check_progress_fields", "render_json", "render_pdf"]

"""What a complete open export holds as files (services/open_export.py makes it): chart.json, each
note as text, each attached document, the notices of closure sent, and manifest.json naming every
file with its SHA-256. The readable pages and the gate are open_export.py's; the format is
docs/open-export.md's and open-export.schema.json's."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from vault_app.domain.attachment_edits import AttachmentChange
from vault_app.domain.clinical import Client
from vault_app.domain.clinical_documents import Attachment
from vault_app.domain.clinical_notes import Amendment, ProgressNote, PsychotherapyNote
from vault_app.domain.measures.record import Measure
from vault_app.domain.note_templates import TEMPLATES
from vault_app.domain.requests import ClientRequest
from vault_app.services import open_export_disputes as disputes
from vault_app.services import open_export_letters as letters
from vault_app.services import open_export_parts as parts
from vault_app.services import practice
from vault_app.services.measures_fhir import questionnaire_response
from vault_app.services.open_export_parts import ChartRest
from vault_app.services.vault import Vault
from vault_app.storage import imports

FORMAT = "vault-app open export"
FORMAT_VERSION = 5  # 2: each document carries its title and date changes; 3: the plan, consent, sessions;
# 4: the notices of closure sent (services/open_export_letters.py); 5: the amendment requests under
# dispute, 45 CFR 164.526(d)(4)-(5) (services/open_export_disputes.py)

@dataclass
class Gathered:
    client: Client
    progress: list[tuple[ProgressNote, tuple[Amendment, ...]]]
    psychotherapy: list[tuple[PsychotherapyNote, tuple[Amendment, ...]]]
    attachments: list[tuple[Attachment, bytes]]
    measures: list[Measure] = field(default_factory=list)
    changes: dict[str, list[AttachmentChange]] = field(default_factory=dict)  # by attachment id
    rest: ChartRest = field(default_factory=ChartRest)
    disputes: list[ClientRequest] = field(default_factory=list)  # 164.526(d)(5): open_export_disputes

    @property
    def held(self) -> tuple[str, ...]:
        """The ids of every note in the file."""
        return tuple(n.note_id for n, _a in self.progress) + tuple(n.note_id for n, _a in self.psychotherapy)


def note_text(note: ProgressNote) -> str:
    """A progress note as one text: the free-form text as is, else each section under its heading."""
    template = TEMPLATES.get(note.template)
    if template is not None and template.keys == ("text",):
        return note.sections.get("text", "")
    keys = template.keys if template else tuple(note.sections)
    return "\n\n".join(f"{template.heading(k) if template else k}\n{note.sections[k]}" for k in keys
                       if note.sections.get(k))


def _signed(sig: Any) -> dict[str, str] | None:
    return {"by": sig.signed_by, "at": sig.signed_at, "content_sha256": sig.content_hash} if sig else None


def _amendments(items: tuple[Amendment, ...]) -> list[dict[str, str]]:
    return [{"kind": a.kind, "author": a.author, "created_at": a.created_at, "reason": a.reason, "text": a.text}
            for a in items]


def _changes(items: list[AttachmentChange]) -> list[dict[str, str]]:
    return [{"field": c.field, "before": c.before, "after": c.after, "author": c.author, "changed_at": c.changed_at}
            for c in items]


def provenance(vault: Vault, note_id: str, kind: str) -> dict[str, Any] | None:
    found = (imports.psychotherapy_provenance(vault.psychotherapy, note_id) if kind == "psychotherapy"
             else imports.provenance(vault.records, note_id))
    if found is None:
        return None
    return {"source_system": found.source_system, "source_id": found.source_id, "title": found.source_title,
            "signed_by": found.signed_by, "signed_on": found.signed_on, "original_sha256": found.original_sha256,
            "statement": found.describe()}


def attachment_name(meta: Attachment) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "._- " else "_" for ch in meta.filename).strip() or "document"
    return f"attachments/{meta.attachment_id}-{safe}"


def chart_json(vault: Vault, g: Gathered, *, ids: list[str], on: date, left_out: str) -> dict[str, Any]:
    c = g.client
    profile = practice.load(vault)
    return {
        "format": FORMAT, "format_version": FORMAT_VERSION, "exported_on": on.isoformat(),
        "disclosure_ids": ids,
        "practice": {"practice_name": profile.practice_name, "clinician": profile.performer,
                     "address": profile.address, "phone": profile.phone},
        "client": {
            "client_id": c.client_id, "chart_number": c.chart_number, "legal_name": c.legal_name,
            "preferred_name": c.preferred_name,
            "date_of_birth": c.date_of_birth.isoformat() if c.date_of_birth else None,
            "status": c.status, "discharged_on": c.discharged_on.isoformat() if c.discharged_on else None,
            "last_contact": c.last_contact.isoformat() if c.last_contact else None,
            "contact": {"phone": c.contact.phone, "email": c.contact.email, "address": c.contact.address},
        },
        "progress_notes": [
            {"note_id": n.note_id, "note_date": n.note_date.isoformat(), "template": n.template,
             "sections": dict(n.sections), "interventions": list(n.interventions), "author": n.author,
             "signed": _signed(n.signature), "provenance": provenance(vault, n.note_id, "progress"),
             "amendments": _amendments(a), "text_file": f"notes/progress/{n.note_id}.txt"}
            for n, a in g.progress
        ],
        "psychotherapy_notes": [
            {"note_id": n.note_id, "note_date": n.note_date.isoformat(), "body": n.body, "author": n.author,
             "signed": _signed(n.signature), "provenance": provenance(vault, n.note_id, "psychotherapy"),
             "amendments": _amendments(a), "text_file": f"notes/psychotherapy/{n.note_id}.txt"}
            for n, a in g.psychotherapy
        ],
        "psychotherapy_notes_left_out": left_out or None,
        "treatment_plan": parts.plan_json(g.rest.plan),
        "informed_consent": parts.consent_json(g.rest.consent),
        "sessions": parts.sessions_json(g.rest.sessions),
        "left_out": parts.left_out_json(g.rest),
        "attachments": [
            {"attachment_id": m.attachment_id, "kind": m.kind, "filename": m.filename, "media_type": m.media_type,
             "size": m.size, "sha256": m.sha256, "description": m.description,
             "document_date": m.document_date.isoformat() if m.document_date else None,
             "file": attachment_name(m), "changes": _changes(g.changes.get(m.attachment_id, []))}
            for m, _data in g.attachments
        ],
        "measures": [questionnaire_response(m, f"Patient/{c.client_id}") for m in g.measures],
        "closure_letters": letters.letters_json(g.rest.closure_letters),
        "amendment_disputes": disputes.disputes_json(g.disputes, g.held),
    }


def build_files(vault: Vault, g: Gathered, *, ids: list[str], on: date, left_out: str) -> list[tuple[str, bytes, str]]:
    """(name, bytes, description) of every embedded file, manifest.json first."""
    files: list[tuple[str, bytes, str]] = [
        ("chart.json", json.dumps(chart_json(vault, g, ids=ids, on=on, left_out=left_out), indent=2,
                                  ensure_ascii=False, sort_keys=True).encode("utf-8"), "The chart (JSON)"),
    ]
    files += [(f"notes/progress/{n.note_id}.txt", note_text(n).encode("utf-8"), f"Progress note {n.note_date}")
              for n, _a in g.progress]
    files += [(f"notes/psychotherapy/{n.note_id}.txt", n.body.encode("utf-8"), f"Psychotherapy note {n.note_date}")
              for n, _a in g.psychotherapy]
    files += [(attachment_name(m), data, m.description or m.kind) for m, data in g.attachments]
    files += letters.letter_files(g.rest.closure_letters)
    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "schema": "open-export.schema.json",
        "files": {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)} for name, data, _d in files},
    }
    return [("manifest.json", json.dumps(manifest, indent=2, sort_keys=True).encode("utf-8"),
             "What this archive holds, with SHA-256 of every file"), *files]


__all__ = ["FORMAT", "FORMAT_VERSION", "Gathered", "attachment_name", "build_files", "chart_json", "note_text",
           "provenance"]

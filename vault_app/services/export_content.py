"""What an export's document holds, read from the records: the notes or sessions the gate let
through, their amendments and disputes, a Part 2 consent's copy, the outcome measures.

Apart from services/export.py because it is the reading, not the logging: export.py keeps
the order a disclosure must follow (gate, one ledger entry, then the file), and this module
only gathers what goes into the file. It reads below the note services on purpose: the
disclosure entry is the audit record of this read, so one export stays one ledger entry.
pdf_export (fpdf2, pikepdf, fontTools, Pillow) is imported inside the functions, as in
export.py: the unlock and `vault-app search` should not pay for a PDF they never make.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from vault_app.domain.authorization import Authorization
from vault_app.domain.disclosure import DisclosureRequest, ItemFacts, Verdict
from vault_app.services import attachment_blobs, clients, open_export_disputes, practice, restriction_riders
from vault_app.services.vault import Vault
from vault_app.storage import (
    clinical_amendments,
    clinical_attachments,
    clinical_notes,
    clinical_psychotherapy,
    clinical_sessions,
)
from vault_app.storage import disclosure_authorizations as auth_store
from vault_app.storage import measures as measure_store

if TYPE_CHECKING:
    from vault_app.services.pdf_export import ExportContent


def content(vault: Vault, request: DisclosureRequest, verdict: Verdict, disclosure_id: str,
            description: str) -> ExportContent:
    from vault_app.services.pdf_export import ExportContent, check_progress_fields

    client = clients.get_client(vault, request.client_id)
    ids = verdict.item_ids
    progress: list[Any] = []
    psychotherapy: list[Any] = []
    sessions: list[Any] = []
    fields = tuple(verdict.fields)
    # Read below the note services on purpose: the disclosure entry is the audit
    # record of this read, so one export stays exactly one ledger entry.
    if request.kind == "progress":
        fields = check_progress_fields(request.selection.fields)
        for note_id in ids:
            note = clinical_notes.get(vault.records, note_id)
            if note is not None:
                progress.append((note, clinical_amendments.for_note(vault.records, "progress", note_id)))
    elif request.kind == "psychotherapy":
        for note_id in ids:
            pnote = clinical_psychotherapy.get(vault.psychotherapy, note_id)
            if pnote is not None:
                extra = clinical_amendments.for_note(vault.psychotherapy, "psychotherapy", note_id)
                psychotherapy.append((pnote, extra))
    else:
        for session_id in ids:
            session = clinical_sessions.get(vault.records, session_id)
            if session is not None:
                sessions.append(session)
    # The disputes of the notes this file holds, whichever kind (164.526(d)(4)-(5)): the rule is
    # domain/amendment_disclosure's, applied as the complete open export applies it. A denial without
    # a statement of disagreement goes only at the client's ask (found by a walker: every denied
    # request went); a psychotherapy note's went with nothing (found by the round's brief: only a
    # progress-note export looked for disputes). A billing export holds no note: none go.
    held = [n.note_id for n, _ in progress] + [n.note_id for n, _ in psychotherapy]
    disputes = open_export_disputes.disputes(vault, request.client_id, held) if held else []
    consent, scan = _consent(vault, request, verdict)
    measures = _measures(vault, request, progress) if request.kind == "progress" else []
    restriction_riders.refuse_earlier(vault, request.client_id, request.recipient.name, request.basis.kind,
                                      request.on, measures=measures)
    return ExportContent(
        disclosure_id=disclosure_id, day=request.on, profile=practice.load(vault), client=client, request=request,
        verdict=verdict, description=description, basis_summary=request.basis.summary(), progress=progress,
        psychotherapy=psychotherapy, sessions=sessions, disputes=disputes, consent=consent, consent_scan=scan,
        fields=fields, measures=measures,
    )


def _measures(vault: Vault, request: DisclosureRequest, progress: list[Any]) -> list[Any]:
    """Outcome measures ride with a progress-note export only when "measures" is selected,
    and only those taken within the selection's dates (else the selected notes' dates)."""
    from vault_app.services.pdf_export import MEASURES_FIELD

    sel = request.selection
    if MEASURES_FIELD not in sel.fields or not progress:
        return []
    days = [note.note_date for note, _ in progress]
    first, last = sel.date_from or min(days), sel.date_to or max(days)
    return measure_store.in_range(vault.records, request.client_id, first, last)


def _consent(vault: Vault, request: DisclosureRequest,
             verdict: Verdict) -> tuple[Authorization | None, tuple[str, bytes] | None]:
    """Part 2 disclosures carry a copy of the consent (42 CFR 2.32 as amended in 2024)."""
    if not verdict.part2 or request.basis.kind != "authorization" or not request.basis.authorization_id:
        return None, None
    auth = auth_store.get(vault.records, request.basis.authorization_id)
    if auth is None or not auth.scan_attachment_id:
        return auth, None
    meta = clinical_attachments.get(vault.records, auth.scan_attachment_id)
    data = attachment_blobs.body(vault, auth.scan_attachment_id)
    if meta is None or data is None:
        return auth, None
    ext = {"application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg"}.get(meta.media_type, "bin")
    return auth, (f"consent-{auth.id}.{ext}", data)


def facts(content: ExportContent) -> tuple[ItemFacts, ...]:
    kind = content.request.kind
    if kind == "progress":
        return tuple(ItemFacts(n.note_id, kind, n.note_date) for n, _ in content.progress)
    if kind == "psychotherapy":
        return tuple(ItemFacts(n.note_id, kind, n.note_date) for n, _ in content.psychotherapy)
    return tuple(ItemFacts(s.session_id, kind, s.date) for s in content.sessions)

"""The complete open export of a chart: for the client's electronic copy (45 CFR 164.524(c))
or a transfer to another clinician. Through the disclosure gate and logged like any disclosure.

The archive is ONE password-protected PDF (AES-256, PDF 2.0 security handler R6, the same
stack as every export): its pages are a readable copy of the whole chart, and it carries as
embedded files

    manifest.json                          format version, SHA-256 and size of every other file
    chart.json                             the chart (docs/open-export.schema.json)
    notes/progress/<note id>.txt           each progress note's text, UTF-8
    notes/psychotherapy/<note id>.txt      only when the basis allows psychotherapy notes
    attachments/<attachment id>-<name>     every document, as stored
    letters/closure/<letter id>.txt        each notice of closure sent, its words (format 4)

Format 5 adds `amendment_disputes`: a denied amendment request of a note in the file, with its denial, the
client's statement of disagreement and the practice's rebuttal, as 45 CFR 164.526(d)(4)-(5) sends them with
every later disclosure of the notes (services/open_export_disputes.py).

The rest of the chart (services/open_export_parts.py): the treatment plan with its diagnoses and
goals and the informed-consent dates go with the progress notes; the sessions (dates of service,
CPT and ICD-10 codes) are billing information, a part the gate weighs on its own. What the basis
does not reach, and the unsigned drafts the therapist chose to leave out, are listed in
chart.json's `left_out` and on the PDF's last page.

Format 3 adds `treatment_plan`, `informed_consent`, `sessions` and `left_out`. Format 2 adds
each document's `changes`: its title and date as they were before each
correction, who corrected them and when (storage: attachment_changes), so the copy says what
the chart said of a document at every time, not only today.

chart.json's `measures` are the chart's current outcome measures as FHIR R4 QuestionnaireResponse
resources (services/measures_fhir.py). They travel with the progress notes as test results, by
the same rule as services/export.py: only in the progress-note part the gate allowed, only when
that part holds notes, and only results taken within its dates (here: the whole chart).

Any PDF reader opens it with the password; `qpdf --password=… --show-attachment=chart.json`
or pypdf extracts the files (docs/open-export.md). Psychotherapy notes are asked for as a
separate disclosure with its own basis: the gate decides them on their own (164.508(a)(2)), and when it says
no they are left out and the result says why. Each part is one "disclosure" ledger entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from vault_app.domain.attachment_edits import title_of
from vault_app.domain.clinical import EARLIEST_DATE
from vault_app.domain.clinical_documents import Attachment
from vault_app.domain.disclosure import DisclosureRequest, ItemFacts, Recipient, Selection, Verdict, describe_items
from vault_app.domain.disclosure_basis import LegalBasis
from vault_app.domain.disclosure_wording import description_text
from vault_app.domain.document_dates import disclosure_audience, document_locale
from vault_app.domain.errors import VaultError
from vault_app.domain.export_carried import carried_text
from vault_app.domain.locale_format import on_the_clock
from vault_app.domain.measures import get_instrument
from vault_app.domain.plurals import counted
from vault_app.services import attachment_blobs, clients, disclosure_gate, export, practice, restriction_riders
from vault_app.services import open_export_disputes as disputes
from vault_app.services import open_export_letters as letters
from vault_app.services import open_export_parts as parts
from vault_app.services.access_copy_export_cover import held_record
from vault_app.services.open_export_files import (
    FORMAT,
    FORMAT_VERSION,
    Gathered,
    build_files,
    chart_json,
    note_text,
    provenance,
)
from vault_app.services.open_export_parts import ChartRest, unsigned_drafts
from vault_app.services.vault import Vault
from vault_app.storage import clinical_amendments, clinical_attachments, clinical_notes, clinical_psychotherapy
from vault_app.storage import measures as measure_store

FMT = "open-export-pdf"


@dataclass(frozen=True)
class OpenExportResult:
    path: Path
    sha256: str
    disclosure_ids: tuple[str, ...]
    progress_notes: int
    psychotherapy_notes: int
    attachments: int
    measures: int = 0
    psychotherapy_left_out: str = ""  # why, when psychotherapy notes were asked for and refused
    warnings: tuple[str, ...] = field(default_factory=tuple)
    # The gate's refusal of the psychotherapy notes, its reasons coded: a screen says
    # psychotherapy_left_out (the English the file and the CLI keep) in its own language.
    psychotherapy_verdict: Verdict | None = None
    sessions: int = 0
    # (part, why) of every part left out (open_export_parts: sessions, unsigned drafts, ...), the
    # English chart.json keeps; the gate's refusal of the sessions, coded, for a screen's words.
    left_out: tuple[tuple[str, str], ...] = ()
    sessions_verdict: Verdict | None = None
    drafts_left_out: tuple[date, ...] = ()
    # The client's access request this export gave the last of (granted by it), "" none.
    request_granted: str = ""
    # The purpose the psychotherapy notes went under, when they went ("" none): their authorization
    # is a form of its own (164.508(b)(3)(ii)) and may word its purpose otherwise than the chart's.
    psychotherapy_purpose: str = ""
    # The denied amendment requests that went with the notes (164.526(d)(5): open_export_disputes), by id.
    amendment_disputes: tuple[str, ...] = ()
    # What else it carries, counted as its description counts it (domain/export_carried), for a window's
    # words: the notes' amendments and addenda, the clients' statements of disagreement among the
    # disputes, the notices of closure sent.
    amendments: int = 0
    addenda: int = 0
    disagreements: int = 0
    closure_letters: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path), "sha256": self.sha256, "disclosure_ids": list(self.disclosure_ids),
            "progress_notes": self.progress_notes, "psychotherapy_notes": self.psychotherapy_notes,
            "attachments": self.attachments, "measures": self.measures,
            "psychotherapy_left_out": self.psychotherapy_left_out, "sessions": self.sessions,
            "left_out": [{"part": p, "why": w} for p, w in self.left_out],
            "warnings": list(self.warnings), "request_granted": self.request_granted or None,
            "psychotherapy_purpose": self.psychotherapy_purpose or None,
            "amendment_disputes": list(self.amendment_disputes), "amendments": self.amendments,
            "addenda": self.addenda, "disagreements": self.disagreements, "closure_letters": self.closure_letters,
        }


def _request(client_id: str, kind: str, recipient: Recipient, purpose: str, basis: LegalBasis,
             on: date, note_ids: tuple[str, ...] = (), *, parts_confirmed: bool = False,
             others_reviewed: bool = False, drafts_left_out: bool = False) -> DisclosureRequest:
    # The whole chart: every note from the first to the day of the export (the signed ones
    # only, when the therapist chose to leave the drafts out; none when every note is a draft).
    chosen = (Selection(note_ids=note_ids, date_from=EARLIEST_DATE, date_to=on, whole_chart=True) if note_ids
              or not drafts_left_out else Selection(whole_chart=True))
    return DisclosureRequest(client_id, kind,  # type: ignore[arg-type]
                             chosen,
                             recipient, purpose, basis, on, parts_confirmed=parts_confirmed,
                             others_reviewed=others_reviewed)


def _gather(vault: Vault, client_id: str, progress_ids: tuple[str, ...], psy_ids: tuple[str, ...],
            on: date, documents: list[Attachment]) -> Gathered:
    # Read below the note services on purpose (as services/export.py does): the disclosure
    # entries are the audit record of this read.
    progress = []
    for note_id in progress_ids:
        note = clinical_notes.get(vault.records, note_id)
        if note is not None:
            progress.append((note, clinical_amendments.for_note(vault.records, "progress", note_id)))
    psy = []
    for note_id in psy_ids:
        pnote = clinical_psychotherapy.get(vault.psychotherapy, note_id)
        if pnote is not None:
            psy.append((pnote, clinical_amendments.for_note(vault.psychotherapy, "psychotherapy", note_id)))
    docs = []
    for meta in documents:  # the ones the gate weighed
        data = attachment_blobs.body(vault, meta.attachment_id)
        if data is not None:
            docs.append((meta, data))
    # Measures are test results: they ride with the progress notes the gate allowed (as in
    # services/export.py), never on their own; the whole chart's dates, superseded ones left out.
    measures = measure_store.in_range(vault.records, client_id, EARLIEST_DATE, on) if progress else []
    changes = {meta.attachment_id: clinical_attachments.changes_of(vault.records, meta.attachment_id)
               for meta, _data in docs}
    return Gathered(clients.get_client(vault, client_id), progress, psy, docs, measures, changes)


def _shown_day(day: Callable[[date], str], iso: str) -> str:
    return day(date.fromisoformat(iso)) if iso else "none"


def _day_of(stamp: str) -> date:
    """The day a stored UTC moment was on this computer's calendar: its first ten characters
    were UTC's day, the next day's from a US evening."""
    return on_the_clock(stamp).date()


def _render(vault: Vault, g: Gathered, request: DisclosureRequest, ids: list[str], descriptions: list[str],
            files: list[tuple[str, bytes, str]], password: str, psy_purpose: str = "") -> bytes:
    from vault_app.services.pdf_document import Stamp, StampedPDF, finish

    profile = practice.load(vault)
    # Its reader's days and paper (domain/document_dates: the practice's, a payer's US ones; found:
    # this one wrote ISO days throughout). The attached files keep ISO: they are data.
    locale = document_locale(disclosure_audience(request.basis.kind), practice.printing_locale(vault))
    pdf = StampedPDF(Stamp(request.recipient.name, request.purpose, ", ".join(ids)), "Complete chart export",
                     locale=locale)
    day = pdf.day
    description = "; ".join(description_text(d, pdf.locale, pdf.day) for d in descriptions)
    pdf.add_page()
    pdf.heading("Complete copy of a chart")
    c = g.client
    pdf.fields([
        ("Disclosure", ", ".join(ids)), ("Date", day(request.on)),
        ("From", "\n".join(x for x in (profile.practice_name, profile.performer, profile.phone) if x)),
        ("To", "\n".join(x for x in (request.recipient.name, request.recipient.address) if x)),
        ("Purpose", request.purpose + (f"\npsychotherapy notes: {psy_purpose}" if psy_purpose else "")),
        ("What is disclosed", description),
        ("Client", f"{c.legal_name}, chart {c.chart_number}"
                   + (f", born {day(c.date_of_birth)}" if c.date_of_birth else "")),
    ])
    pdf.para("This PDF also carries the chart as files (manifest.json, chart.json, each note as text, every "
             "document): open your PDF reader's attachments panel, or see the sender's instructions.", 9)
    for note, amendments in g.progress:
        pdf.add_page()
        pdf.heading(f"Progress note, {day(note.note_date)}", 12)
        prov = provenance(vault, note.note_id, "progress")
        signed = f"signed by {note.signature.signed_by} on {day(_day_of(note.signature.signed_at))}" if note.signature \
            else "not signed"
        pdf.para(f"{signed}; note id {note.note_id}" + (f"; {prov['statement']}" if prov else ""), 8.5)
        if disputed := disputes.note_line(g.disputes, note.note_id):
            pdf.para(disputed, 8.5)
        pdf.para(note_text(note))
        for a in amendments:
            pdf.subheading(f"{a.kind.capitalize()} by {a.author}, {day(_day_of(a.created_at))}")
            pdf.para(a.text, 9.5)
    for pnote, amendments in g.psychotherapy:
        pdf.add_page()
        pdf.heading(f"Psychotherapy note, {day(pnote.note_date)}", 12)
        pdf.para(f"note id {pnote.note_id}", 8.5)
        if disputed := disputes.note_line(g.disputes, pnote.note_id):
            pdf.para(disputed, 8.5)
        pdf.para(pnote.body)
        for a in amendments:
            pdf.subheading(f"{a.kind.capitalize()} by {a.author}, {day(_day_of(a.created_at))}")
            pdf.para(a.text, 9.5)
    named = {n.note_id: f"progress note of {day(n.note_date)}" for n, _a in g.progress} | {
        n.note_id: f"psychotherapy note of {day(n.note_date)}" for n, _a in g.psychotherapy}
    disputes.render(pdf, g.disputes, day, lambda note_id: named.get(note_id, ""))
    if g.measures:
        pdf.add_page()
        pdf.heading("Outcome measures", 12)
        pdf.grid(["Measure", "Date", "Total", "Severity"],
                 [[get_instrument(m.instrument).title, day(m.taken_on), str(m.total), m.band]
                  for m in g.measures])
    if g.attachments:
        pdf.add_page()
        pdf.heading("Documents in this chart", 12)
        pdf.grid(["Kind", "Title", "Date", "SHA-256"],
                 [[m.kind.replace("_", " "), title_of(m), day(m.document_date) if m.document_date else "",
                   m.sha256[:16] + "…"] for m, _d in g.attachments])
        corrected = [(m, fix) for m, _d in g.attachments for fix in g.changes.get(m.attachment_id, [])]
        if corrected:
            pdf.subheading("Corrections of a document's title or date")
            for m, fix in corrected:
                what = "title" if fix.field == "title" else "date"
                before, after = ((fix.before, fix.after) if fix.field == "title"
                                 else (_shown_day(day, fix.before), _shown_day(day, fix.after)))
                pdf.para(f"{title_of(m)}: {what} “{before}” changed to “{after}” by "
                         f"{fix.author or 'the therapist'}, {day(_day_of(fix.changed_at))}", 9)
    letters.render(pdf, g.rest.closure_letters, day)
    parts.render(pdf, g.rest, day)
    return finish(pdf, password=password, attachments=files)


def open_export(
    vault: Vault,
    client_id: str,
    *,
    recipient: Recipient,
    purpose: str,
    basis: LegalBasis,
    out: Path,
    password: str,
    psychotherapy_basis: LegalBasis | None = None,
    psychotherapy_purpose: str = "",
    on: date | None = None,
    overwrite: bool = False,
    leave_out_drafts: bool = False,
    parts_confirmed: bool = False,
    others_reviewed: bool = False,
) -> OpenExportResult:
    """Gate, build in memory, log every part, write one file. RefusedByPolicy when the gate refuses
    the record itself (nothing is logged or written). Psychotherapy notes need their own basis
    (a psychotherapy-notes authorization may not be combined with another, 164.508(b)(3)(ii));
    without one they are not included, and when the gate refuses it they are left out, with why.
    The sessions are billing information: the gate weighs them under the same basis, and when it
    says no they are left out, with why. `leave_out_drafts`: the unsigned progress notes stay out
    (listed) instead of refusing the export. `parts_confirmed`: the therapist confirmed that the words of
    an authorization recorded without its kinds describe the progress notes (only those: the sessions'
    dates and codes are left out, with why, unless it records them); `others_reviewed`: they reviewed
    the couple, family or group session notes for what other people said (domain/disclosure_parts.py).
    `psychotherapy_purpose`: the purpose the psychotherapy notes go under, as their own authorization
    states it ("" or blank: the chart's `purpose`)."""
    from vault_app.services.pdf_document import check_password

    check_password(password)
    day = on or date.today()
    rest = ChartRest()
    drafts = unsigned_drafts(vault, client_id) if leave_out_drafts else []
    signed = parts.signed_note_ids(vault, client_id) if drafts else ()
    if drafts:
        rest.left_out.append((parts.DRAFTS, "left out at the therapist's choice, not yet signed: "
                              + ", ".join(d.isoformat() for _i, d in drafts)))
    progress_request = _request(client_id, "progress", recipient, purpose, basis, day, signed,
                                parts_confirmed=parts_confirmed, others_reviewed=others_reviewed,
                                drafts_left_out=bool(drafts))
    # The chart's documents go with the progress notes: the gate weighs them with the notes.
    documents = clinical_attachments.list_for_client(vault.records, client_id)
    progress_verdict = disclosure_gate.check(vault, progress_request, documents=documents)
    progress_verdict.raise_if_refused()
    parts_: list[tuple[DisclosureRequest, Verdict]] = [(progress_request, progress_verdict)]
    left_out = ""
    psy_refused: Verdict | None = None
    if psychotherapy_basis is not None:
        psy_request = _request(client_id, "psychotherapy", recipient, psychotherapy_purpose.strip() or purpose,
                               psychotherapy_basis, day)
        psy_verdict = disclosure_gate.check(vault, psy_request)
        if psy_verdict.allowed:
            parts_.append((psy_request, psy_verdict))
        else:
            left_out, psy_refused = psy_verdict.message, psy_verdict
            rest.left_out.append((parts.PSYCHOTHERAPY, left_out))
    else:
        rest.left_out.append((parts.PSYCHOTHERAPY, "not asked for: they go only under an authorization for "
                                                   "psychotherapy notes alone (45 CFR 164.508(a)(2))"))
    sessions_refused: Verdict | None = None
    sessions = parts.chart_sessions(vault, client_id)
    if sessions:
        billing_request = _request(client_id, "billing", recipient, purpose, basis, day)
        billing_verdict = disclosure_gate.check(vault, billing_request)
        if billing_verdict.allowed:
            parts_.append((billing_request, billing_verdict))
            allowed = set(billing_verdict.item_ids)
            rest.sessions = [s for s in sessions if s.session_id in allowed]
        else:
            sessions_refused = billing_verdict
            rest.left_out.append((parts.SESSIONS, billing_verdict.message))
    psy_ids = next((v.item_ids for r, v in parts_ if r.kind == "psychotherapy"), ())
    documents = parts.with_their_notes(vault, client_id, documents, progress_verdict.item_ids)
    gathered = _gather(vault, client_id, progress_verdict.item_ids, psy_ids, day, documents)
    rest.plan, rest.consent = parts.clinical_rest(vault, gathered.client)
    rest.closure_letters = letters.closure_letters(vault, client_id)  # the record set's, with the notes
    gathered.rest = rest
    gathered.disputes = disputes.disputes(vault, client_id, gathered.held)
    restriction_riders.refuse_earlier(vault, client_id, recipient.name, basis.kind, day, measures=gathered.measures)
    ids = [export.new_disclosure_id() for _ in parts_]
    described: list[tuple[DisclosureRequest, Verdict, str]] = []
    for request, verdict in parts_:
        if request.kind == "billing":
            facts = tuple(ItemFacts(s.session_id, "billing", s.date) for s in rest.sessions)
            described.append((request, verdict, describe_items("billing", facts) + " (complete open export)"))
            continue
        notes = gathered.progress if request.kind == "progress" else gathered.psychotherapy
        text = describe_items(request.kind, tuple(ItemFacts(n.note_id, request.kind, n.note_date) for n, _ in notes))
        if request.kind == "progress" and gathered.attachments:
            text += f"; {counted(len(gathered.attachments), 'document')} of the chart"
        if request.kind == "progress" and rest.plan is not None:
            text += "; the treatment plan"
        # The measures, the amendments and addenda and the disputes of this part's notes, said as every export
        # says them (domain/export_carried; found: the amendments and addenda it carries were not counted).
        beside = disputes.carried(gathered.disputes, (n.note_id for n, _ in notes))
        entries = [a for _n, amendments in notes for a in amendments]
        text += carried_text(replace(beside, measures=len(gathered.measures) if request.kind == "progress" else 0,
                                     amendments=sum(a.kind == "amendment" for a in entries),
                                     addenda=sum(a.kind != "amendment" for a in entries)))
        if request.kind == "progress" and rest.closure_letters:
            text += f"; {counted(len(rest.closure_letters), 'notice of closure', 'notices of closure')} sent"
        described.append((request, verdict, text + " (complete open export)"))
    files = build_files(vault, gathered, ids=ids, on=day, left_out=left_out)
    psy_purpose = next((r.purpose for r, _v in parts_ if r.kind == "psychotherapy"), "")
    data = _render(vault, gathered, progress_request, ids, [d for _r, _v, d in described], files, password,
                   psy_purpose if psy_purpose != purpose else "")
    # Which parts of the chart it held, as they were (an access request counts them as given: found by a walker).
    held = [held_record(rest.plan, [m for m, _d in gathered.attachments]) if r.kind == "progress" else {}
            for r, _v, _d in described]
    results = export.deliver(vault, described, data, out=out, fmt=FMT, overwrite=overwrite, disclosure_ids=ids,
                             extras=held)
    granted = _access_granted(vault, basis, day)
    # Each part says its own; the same words twice (minimum necessary, for the notes and the sessions) once.
    warnings = tuple(dict.fromkeys(w for _r, v, _d in described for w in v.warnings))
    return OpenExportResult(results[0].path, results[0].sha256, tuple(ids), len(gathered.progress),
                            len(gathered.psychotherapy), len(gathered.attachments), len(gathered.measures), left_out,
                            warnings, psy_refused, len(rest.sessions), tuple(rest.left_out), sessions_refused,
                            tuple(d for _i, d in drafts), granted, psy_purpose,
                            tuple(q.id for q in gathered.disputes), *_carried(gathered))


def _carried(gathered: Gathered) -> tuple[int, int, int, int]:
    """The amendments, addenda, statements of disagreement and notices of closure the file carries."""
    entries = [a for _n, amendments in (*gathered.progress, *gathered.psychotherapy) for a in amendments]
    return (sum(a.kind == "amendment" for a in entries), sum(a.kind != "amendment" for a in entries),
            sum(bool(q.disagreement) for q in gathered.disputes), len(gathered.rest.closure_letters))


def _access_granted(vault: Vault, basis: LegalBasis, day: date) -> str:
    """Made under a client's access request: the request granted when this gave every part still to
    give (services/access_copy_paper.grant_if_whole); its id then, else ""."""
    request_id = str(basis.evidence.get("request_id") or "") if basis.kind == "client_access" else ""
    if not request_id:
        return ""
    from vault_app.services import access_copy_paper  # it imports the access copy's services: only when asked

    try:
        return request_id if access_copy_paper.grant_if_whole(vault, request_id, day) is not None else ""
    except VaultError:
        # The file is written and logged: a request that cannot be granted now (gone, decided meanwhile by
        # another window) stays as it is, and its window says what is still to give.
        return ""


__all__ = ["FORMAT", "FORMAT_VERSION", "OpenExportResult", "chart_json", "note_text", "open_export", "unsigned_drafts"]

"""Carrying out an import plan: one chart at a time, each in ONE records transaction.

For every chart: the client row (when new), every progress note with its original file
and provenance, and every document are written in one records.db transaction together
with their import-map rows; then the chart's psychotherapy notes in one psychotherapy.db
transaction; then one ledger entry "import.chart" (ids and counts only). A crash or kill
therefore leaves each chart whole or absent in records.db. A kill after the commit but
before the ledger entry is caught up by the next run (an entry marked "late"). Should it land between the two
commits, the chart is there without its psychotherapy notes, and running the import again
adds exactly those (they are keyed by their source ids in psychotherapy.db).

Cancel is honoured between charts; the source folder is only ever read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from vault_app.domain.clinical import (
    MAX_NAME_LEN,
    Client,
    ContactPreferences,
    NoteProvenance,
    clean_text,
    new_id,
)
from vault_app.domain.errors import InvalidInput
from vault_app.services import attachment_blobs, attachments, clients, notes, psychotherapy_notes
from vault_app.services.clinical_common import audit, now_iso, today
from vault_app.services.importers.plan import ImportPlan, ImportReport, Issue, PlannedChart, PlannedItem
from vault_app.services.vault import Vault
from vault_app.storage import clinical_clients, imports

Progress = Callable[[float, str], None]
LEDGER_EVENT = "import.chart"


@dataclass(frozen=True)
class LoadedItem:
    item: PlannedItem
    data: bytes
    text: str


# Reads an item's bytes and text again at apply time: (data, text) or a reason to skip it.
Loader = Callable[[PlannedItem], "tuple[bytes, str] | str"]


def _new_client(vault: Vault, chart: PlannedChart, retired: frozenset[str]) -> Client:
    name = clean_text(chart.name, "client name", required=True, max_len=MAX_NAME_LEN)
    dob = chart.date_of_birth if chart.date_of_birth and chart.date_of_birth <= today() else None
    contact = ContactPreferences(
        phone=clean_text(chart.phone, "phone", max_len=200), email=clean_text(chart.email, "email", max_len=300),
        address=clean_text(chart.address, "address", max_len=1000),
    )
    stamp = now_iso()
    return Client(
        client_id=new_id(), chart_number=clinical_clients.next_chart_number(vault.records, "C", retired),
        legal_name=name, date_of_birth=dob, last_contact=chart.last_service, contact=contact,
        created_at=stamp, updated_at=stamp,
    )


def _provenance(item: PlannedItem, system: str) -> NoteProvenance:
    return NoteProvenance(
        note_id=new_id(), client_id="", note_kind="progress", source_system=system,
        source_id=item.source_key.split(":", 1)[-1], source_title=item.title, signed_by=item.signed_by,
        signed_on=item.signed_on, original_sha256=item.sha256,
    )


def _write_records(vault: Vault, plan: ImportPlan, chart: PlannedChart, loaded: list[LoadedItem], system: str,
                   retired: frozenset[str]) -> tuple[str, int, int]:
    """The chart's records.db part, in one transaction: (client id, progress notes, documents)."""
    db = vault.records
    stamp = now_iso()
    n_notes = n_docs = 0
    with db.transaction():
        client_id = chart.existing_client_id
        if client_id is None:
            client = _new_client(vault, chart, retired)
            clinical_clients.insert(db, client)
            client_id = client.client_id
            imports.add_mapping(db, plan.source, chart.source_key, "client", client_id, client_id, stamp)
        elif chart.last_service:
            clinical_clients.touch_last_contact(db, client_id, chart.last_service)
        for entry in loaded:
            item = entry.item
            if item.item_kind == "psychotherapy_note":
                continue
            kind = "imported_note" if item.item_kind == "progress_note" else (item.attachment_kind or "other")
            original = attachments.import_attachment(
                vault, client_id, entry.data, kind=kind, filename=Path(item.path).name,
                description=item.title, document_date=item.note_date,
            )
            target = original.attachment_id
            if item.item_kind == "document" and entry.text.strip():
                # A document's text goes into the chart's full-text search (documents/search);
                # a note's original is not indexed twice: the note itself is.
                imports.insert_attachment_text(db, original.attachment_id, client_id, entry.text)
            if item.item_kind == "progress_note" and item.note_date is not None:
                prov = replace(_provenance(item, system), original_attachment_id=original.attachment_id)
                note = notes.import_progress_note(vault, client_id, entry.text, note_date=item.note_date,
                                                  author_name=item.author, provenance=prov,
                                                  signed_at=item.signed_at)
                target = note.note_id
                n_notes += 1
            else:
                n_docs += 1
            imports.add_mapping(db, plan.source, item.source_key, item.item_kind, target, client_id, stamp)
    return client_id, n_notes, n_docs


def _write_psychotherapy(vault: Vault, plan: ImportPlan, client_id: str, loaded: list[LoadedItem],
                         system: str) -> int:
    items = [e for e in loaded if e.item.item_kind == "psychotherapy_note" and e.item.note_date is not None]
    if not items:
        return 0
    db = vault.psychotherapy
    with db.transaction():
        for entry in items:
            item = entry.item
            assert item.note_date is not None
            psychotherapy_notes.import_psychotherapy_note(
                vault, client_id, entry.text, note_date=item.note_date, author_name=item.author,
                provenance=replace(_provenance(item, system), note_kind="psychotherapy"),
                original_name=Path(item.path).name, original=entry.data, signed_at=item.signed_at,
            )
    return len(items)


def _log_unlogged_charts(vault: Vault, source: str) -> None:
    """A crash between a chart's commit and its ledger entry leaves the chart unlogged: log it now,
    marked late, so every imported chart has its import.chart entry."""
    logged = {e.payload.get("client_id") for e in vault.ledger.entries(kinds=(LEDGER_EVENT,))}
    for client_id in imports.mapped_clients(vault.records, source):
        if client_id in logged:
            continue
        counts = imports.count_mapped(vault.records, source, client_id)
        audit(vault, LEDGER_EVENT, client_id=client_id, source=source, created=True,
              progress_notes=counts.get("progress_note", 0), psychotherapy_notes=0,
              documents=counts.get("document", 0), late=True)


def apply_plan(
    vault: Vault,
    plan: ImportPlan,
    load: Loader,
    *,
    system: str,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    chart_done: Callable[[str], None] | None = None,
) -> ImportReport:
    """Import every chart of the plan; what cannot be imported becomes a line of the report."""
    # Documents are written inside each chart's transaction: a chart rolled back, or a kill,
    # leaves blobs no row names, which this marker has the next unlock sweep (issue 21).
    with attachment_blobs.writes_in_transaction(vault):
        return _apply_charts(vault, plan, load, system, progress, cancelled, chart_done)


def _apply_charts(vault: Vault, plan: ImportPlan, load: Loader, system: str, progress: Progress | None,
                  cancelled: Callable[[], bool] | None, chart_done: Callable[[str], None] | None) -> ImportReport:
    report = ImportReport(plan.source, skipped=list(plan.skipped), ambiguous=list(plan.ambiguous),
                          notices=list(plan.notices))
    _log_unlogged_charts(vault, plan.source)
    retired = clients.retired_chart_numbers(vault)
    total = len(plan.charts)
    for index, chart in enumerate(plan.charts):
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        if progress is not None:
            progress(index / max(total, 1), f"Chart {index + 1} of {total}")
        loaded: list[LoadedItem] = []
        for item in chart.items:
            if item.item_kind == "psychotherapy_note" and not vault.psychotherapy_open:
                # Locked after the dry run: the plan had them, the compartment is closed now.
                report.skipped.append(Issue(item.path, "The psychotherapy notes are locked: unlock them and "
                                                       "run the import again to bring in psychotherapy notes."))
                continue
            got = load(item)
            if isinstance(got, str):
                report.skipped.append(Issue(item.path, got))
                continue
            loaded.append(LoadedItem(item, got[0], got[1]))
        if chart.existing_client_id is not None and not loaded:
            continue
        try:
            client_id, n_notes, n_docs = _write_records(vault, plan, chart, loaded, system, retired)
        except InvalidInput as exc:  # one chart's bad data (a name too long...): report it, go on
            report.skipped.append(Issue(chart.source_key, f"Chart not imported: {exc.message}"))
            continue
        try:
            n_psy = _write_psychotherapy(vault, plan, client_id, loaded, system)
        except InvalidInput as exc:
            n_psy = 0
            report.skipped.append(Issue(chart.source_key, f"Psychotherapy notes not imported: {exc.message}"))
        created = chart.existing_client_id is None
        audit(vault, LEDGER_EVENT, client_id=client_id, source=plan.source, created=created,
              progress_notes=n_notes, psychotherapy_notes=n_psy, documents=n_docs)
        report.charts_created += created
        report.charts_updated += not created
        report.progress_notes += n_notes
        report.psychotherapy_notes += n_psy
        report.documents += n_docs
        report.client_ids.append(client_id)
        if chart_done is not None:
            chart_done(client_id)
    if progress is not None and not report.cancelled:
        progress(1.0, f"Imported {len(report.client_ids)} charts")
    return report


__all__ = ["LEDGER_EVENT", "Loader", "apply_plan"]

"""A chart's commit, where the vault is used (services/importers/apply.py tells the whole
import): the client row (when new), its progress notes, documents and import-map rows in one
records.db transaction, its psychotherapy notes in one psychotherapy.db transaction, then its
one ledger entry "import.chart" (ids and counts only). Every import.chart entry is written here
(`audit`, read here only: a fault test patches it on this module), the late ones too.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from vault_app.domain.attachment_edits import file_name_from_import
from vault_app.domain.clinical import MAX_NAME_LEN, Client, ContactPreferences, clean_text, new_id
from vault_app.domain.clinical_documents import NoteProvenance
from vault_app.domain.clinical_notes import PsychotherapyNote
from vault_app.domain.errors import InvalidInput, NotFound
from vault_app.domain.names import check_name
from vault_app.domain.sort_as import from_surname
from vault_app.services import attachment_blobs, attachments, clients, notes, psychotherapy_notes
from vault_app.services.clinical_common import audit, now_iso, today
from vault_app.services.importers import damaged_again
from vault_app.services.importers.chart_files import PSYCHOTHERAPY_LOCKED, LoadedItem, Sealed
from vault_app.services.importers.plan import ImportPlan, Issue, PlannedChart, PlannedItem, reason, refused
from vault_app.services.vault import Vault
from vault_app.storage import blob_store, chart_keys, clinical_clients, imports

LEDGER_EVENT = "import.chart"


@dataclass
class Committed:
    client_id: str | None  # None: the chart was not imported (see issues)
    progress_notes: int = 0
    psychotherapy_notes: int = 0
    documents: int = 0
    issues: list[Issue] = field(default_factory=list)


class _BlobGone(Exception):
    """A sealed document vanished before its chart's transaction (a destruction's sweep)."""


def checked_new_chart(chart: PlannedChart) -> tuple[str, ContactPreferences]:
    """A new chart's name and contact as the core takes them, else InvalidInput: the import's
    check, and the dry run's (the same one, so that the dry run never promises a chart the
    import then refuses). Each with its field: a chart refused is said by the refusal's code
    and field. The rule a typed name passes (domain/names.py): a line break, control character
    or text-direction override in a name from another system refuses the chart, as at the keyboard."""
    name = check_name(chart.name, "legal name", required=True, max_len=MAX_NAME_LEN, field="legal_name")
    contact = ContactPreferences(
        phone=clean_text(chart.phone, "phone", max_len=200, field="phone"),
        email=clean_text(chart.email, "email", max_len=300, field="email"),
        address=clean_text(chart.address, "address", max_len=1000, field="address"),
    )
    return name, contact


def _new_client(vault: Vault, chart: PlannedChart, client_id: str, retired: frozenset[str]) -> Client:
    name, contact = checked_new_chart(chart)
    dob = chart.date_of_birth if chart.date_of_birth and chart.date_of_birth <= today() else None
    stamp = now_iso()
    return Client(
        client_id=client_id, chart_number=clinical_clients.next_chart_number(vault.records, "C", retired),
        legal_name=name, date_of_birth=dob, last_contact=chart.last_service, contact=contact,
        created_at=stamp, updated_at=stamp,
        # The file's own surname, else as a chart typed in: "María García López" under both surnames.
        sort_as=from_surname(chart.surname) or clients.proposed_sort_as(vault, name),
    )


def _provenance(item: PlannedItem, system: str) -> NoteProvenance:
    return NoteProvenance(
        note_id=new_id(), client_id="", note_kind="progress", source_system=system,
        source_id=item.source_key.split(":", 1)[-1], source_title=item.title, signed_by=item.signed_by,
        signed_on=item.signed_on, original_sha256=item.sha256,
    )


def _write_records(vault: Vault, plan: ImportPlan, chart: PlannedChart, loaded: list[LoadedItem], system: str,
                   retired: frozenset[str], sealed: Sealed) -> tuple[str, int, int]:
    """The chart's records.db part, in one transaction: (client id, progress notes, documents)."""
    db = vault.records
    stamp = now_iso()
    n_notes = n_docs = 0
    with db.transaction():
        for blob_id in sealed.blobs.values():
            if not blob_store.exists(vault.folder, blob_id):
                raise _BlobGone
        client_id = chart.existing_client_id
        if client_id is None:
            client = _new_client(vault, chart, sealed.client_id, retired)
            clinical_clients.insert(db, client)
            client_id = client.client_id
            if sealed.new_key is not None:
                chart_keys.insert(db, client_id, sealed.new_key, stamp)
            imports.add_mapping(db, plan.source, chart.source_key, "client", client_id, client_id, stamp)
        elif chart.last_service:
            clinical_clients.touch_last_contact(db, client_id, chart.last_service)
        written: set[str] = set()
        for index, entry in enumerate(loaded):
            item = entry.item
            if item.item_kind == "psychotherapy_note" or item.source_key in written:
                # A key twice in one chart's plan is written once (import_map's primary key): a
                # plan's duplicate never stops the import (the planners list it).
                continue
            written.add(item.source_key)
            kind = "imported_note" if item.item_kind == "progress_note" else (item.attachment_kind or "other")
            original = attachments.import_attachment(
                vault, client_id, entry.data, kind=kind, filename=file_name_from_import(Path(item.path).name),
                description=item.title, document_date=item.note_date,
                sealed=attachment_blobs.SealedBlob(sealed.blobs[index], sealed.generation),
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


def _write_psychotherapy(vault: Vault, client_id: str, loaded: list[LoadedItem], system: str,
                         source: str) -> tuple[int, list[Issue]]:
    """The chart's psychotherapy notes in one transaction: (how many came in, why others did not)."""
    items = [e for e in loaded if e.item.item_kind == "psychotherapy_note" and e.item.note_date is not None]
    if not items:
        return 0, []
    db = vault.psychotherapy
    filled: list[PsychotherapyNote] = []
    issues: list[Issue] = []
    with db.transaction():
        for entry in items:
            item = entry.item
            assert item.note_date is not None
            provenance = replace(_provenance(item, system), note_kind="psychotherapy")
            if item.fills_note_id is None:
                psychotherapy_notes.import_psychotherapy_note(
                    vault, client_id, entry.text, note_date=item.note_date, author_name=item.author,
                    provenance=provenance, original_name=Path(item.path).name, original=entry.data,
                    signed_at=item.signed_at, original_unreadable=item.damaged,
                )
                continue
            done = damaged_again.fill_damaged_note(
                vault, item.fills_note_id, client_id, entry.text, title=item.title, note_date=item.note_date,
                author_name=item.author, provenance=provenance, original_name=Path(item.path).name,
                original=entry.data, signed_at=item.signed_at)
            if isinstance(done, PsychotherapyNote):
                filled.append(done)
            else:
                issues.append(Issue(item.path, done))
    for note in filled:
        damaged_again.log_filled(vault, note, source)
    return len(items) - len(issues), issues


def log_unlogged_charts(vault: Vault, source: str) -> None:
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


def commit(vault: Vault, plan: ImportPlan, chart: PlannedChart, loaded: list[LoadedItem], sealed: Sealed,
            system: str, retired: frozenset[str]) -> Committed:
    """Where the vault is used: the chart's transactions and its ledger entry."""
    try:
        client_id, n_notes, n_docs = _write_records(vault, plan, chart, loaded, system, retired, sealed)
    except InvalidInput as exc:  # one chart's bad data (a name too long...): report it, go on
        return Committed(None, issues=[Issue(chart.source_key, refused("import.chart_refused", "Chart not imported",
                                                                        exc))])
    except NotFound:  # the chart it went into was destroyed meanwhile
        return Committed(None, issues=[Issue(chart.source_key, reason("import.chart_gone",
                                                                       "Chart not imported: its chart is gone."))])
    except _BlobGone:
        return Committed(None, issues=[Issue(chart.source_key, reason(
            "import.documents_removed", "Chart not imported: its documents were removed while it was being "
                                        "imported. Run the import again to bring it in."))])
    done = Committed(client_id, n_notes, 0, n_docs)
    psychotherapy = [e for e in loaded if e.item.item_kind == "psychotherapy_note"]
    if psychotherapy and not vault.psychotherapy_open:  # their 2-minute lock came during the import
        done.issues.extend(Issue(e.item.path, PSYCHOTHERAPY_LOCKED) for e in psychotherapy)
    elif psychotherapy:
        try:
            done.psychotherapy_notes, missed = _write_psychotherapy(vault, client_id, loaded, system, plan.source)
            done.issues.extend(missed)
        except InvalidInput as exc:
            done.issues.append(Issue(chart.source_key, refused("import.psychotherapy_refused",
                                                               "Psychotherapy notes not imported", exc)))
    created = chart.existing_client_id is None
    audit(vault, LEDGER_EVENT, client_id=client_id, source=plan.source, created=created,
          progress_notes=n_notes, psychotherapy_notes=done.psychotherapy_notes, documents=n_docs)
    return done

"""Carrying out an import plan: one chart at a time, each in ONE records transaction.

For every chart: the client row (when new), every progress note with its original file
and provenance, and every document are written in one records.db transaction together
with their import-map rows; then the chart's psychotherapy notes in one psychotherapy.db
transaction; then one ledger entry "import.chart" (ids and counts only). A crash or kill
therefore leaves each chart whole or absent in records.db. A kill after the commit but
before the ledger entry is caught up by the next run (an entry marked "late"). Should it land between the two
commits, the chart is there without its psychotherapy notes, and running the import again
adds exactly those (they are keyed by their source ids in psychotherapy.db).

Beside the therapist's work (services/import_beside.py, issue 21 item 1): what is slow about
a chart -- reading its files and sealing its documents into the blob store, three fsyncs
each, 90% of an import's time -- runs on the caller's thread; only the chart's transactions
and its ledger entry run where the vault is used, through `on_vault` (the GUI's worker),
tens of milliseconds per chart, so an autosave queued meanwhile waits that long at most.
The documents are sealed before their rows exist: the FULL_SWEEP intent committed at the
start has the import's end (or, after a kill or a lock, the next unlock) scrub any the
vault never named, and the chart's transaction refuses a blob that is gone.

Cancel is honoured between charts (and between the files being sealed); the source folder
is only ever read. Should the folder itself go (renamed, moved, its drive unplugged: found in
the real app), the first file that cannot be read because of it stops the import there, whole
charts kept, and the report says so once (`source_gone`), instead of one line per file after
it and "done". An import under way is marked in the vault (services/import_marks.py) from its
start to its end, so the unlock after a kill says it was cut short.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Protocol, TypeVar

from vault_app.crypto import keys
from vault_app.domain.attachment_edits import file_name_from_import
from vault_app.domain.clinical import MAX_NAME_LEN, Client, ContactPreferences, clean_text, new_id
from vault_app.domain.clinical_documents import NoteProvenance
from vault_app.domain.clinical_notes import PsychotherapyNote
from vault_app.domain.errors import InvalidInput, NotFound
from vault_app.domain.names import check_name
from vault_app.domain.sort_as import from_surname
from vault_app.services import attachment_blobs, attachments, clients, import_marks, notes, psychotherapy_notes
from vault_app.services.clinical_common import audit, now_iso, today
from vault_app.services.fault_injection import crash_point
from vault_app.services.importers import damaged_again
from vault_app.services.importers.plan import (
    ImportPlan,
    ImportReport,
    ImportStopped,
    Issue,
    PlannedChart,
    PlannedItem,
    reason,
    refused,
)
from vault_app.services.vault import Vault
from vault_app.storage import blob_intents, blob_store, chart_keys, clinical_clients, imports

Progress = Callable[[float, str], None]
LEDGER_EVENT = "import.chart"
PSYCHOTHERAPY_LOCKED = reason("import.psychotherapy_locked",
                              "The psychotherapy notes are locked: unlock them and run the import again to bring in "
                              "psychotherapy notes.")
T = TypeVar("T")


class OnVault(Protocol):
    """Runs `fn` with the open vault where the vault is used (the GUI's worker, or the caller
    itself) and returns its result; raises ImportStopped once the vault is locking."""

    def __call__(self, fn: Callable[[Vault], T], /) -> T: ...


class _Direct:
    """`OnVault` for a caller that holds the vault itself (the command line, tests)."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def __call__(self, fn: Callable[[Vault], T], /) -> T:
        return fn(self.vault)


@dataclass(frozen=True)
class LoadedItem:
    item: PlannedItem
    data: bytes
    text: str


# Reads an item's bytes and text again at apply time: (data, text) or a reason to skip it.
Loader = Callable[[PlannedItem], "tuple[bytes, str] | str"]


@dataclass(frozen=True)
class _Start:
    folder: Path
    retired: frozenset[str]
    psychotherapy_open: bool


@dataclass
class _Sealed:
    """A chart's documents, sealed into the blob store before its transaction."""

    client_id: str
    new_key: bytes | None  # a new chart's key, inserted with the chart; None: the chart's own
    # The generation of the chart key they were sealed under (a new chart's: 0): what the
    # rows record, even when Replace every key gave the chart a newer key before they are written.
    generation: int = 0
    blobs: dict[int, str] = field(default_factory=dict)  # index in the loaded items -> blob id


@dataclass
class _Committed:
    client_id: str | None  # None: the chart was not imported (see issues)
    progress_notes: int = 0
    psychotherapy_notes: int = 0
    documents: int = 0
    issues: list[Issue] = field(default_factory=list)


class _SourceGone(Exception):
    """The source folder itself can no longer be read: the import stops between charts."""


def source_gone(folder: Path) -> bool:
    """Whether `folder` (an import's source) itself is gone or unreadable, rather than one file
    in it: a file that cannot be read in a folder that still can is that file's own line."""
    try:
        with os.scandir(folder) as entries:
            next(entries, None)
    except OSError:
        return True
    return False


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
                   retired: frozenset[str], sealed: _Sealed) -> tuple[str, int, int]:
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


def _begin(vault: Vault, source: str) -> _Start:
    """Where the vault is used: the FULL_SWEEP intent (committed before the first blob, so a
    kill anywhere later leaves the next unlock a full sweep), the late ledger entries."""
    db = vault.records
    if db.in_transaction:
        raise RuntimeError("an import must begin outside a records transaction")
    blob_intents.add(db, blob_intents.FULL_SWEEP, now_iso())
    import_marks.mark_started(vault, source)
    _log_unlogged_charts(vault, source)
    return _Start(vault.folder, frozenset(clients.retired_chart_numbers(vault)), vault.psychotherapy_open)


def _end(vault: Vault) -> None:
    """The import's end: blobs of charts that were not imported are scrubbed, the intents go."""
    attachment_blobs.sweep_orphans(vault)
    blob_intents.clear_all(vault.records)
    import_marks.mark_ended(vault)


def _load_chart(chart: PlannedChart, load: Loader, psychotherapy_open: bool, report: ImportReport,
                stop: Callable[[], bool], root: Path) -> list[LoadedItem] | None:
    """The chart's files read again (on the caller's thread); None when stopped meanwhile.
    _SourceGone when a file cannot be read because the folder `root` is gone."""
    loaded: list[LoadedItem] = []
    for item in chart.items:
        if stop():
            return None
        if item.item_kind == "psychotherapy_note" and not psychotherapy_open:
            # Locked after the dry run: the plan had them, the compartment is closed now.
            report.skipped.append(Issue(item.path, PSYCHOTHERAPY_LOCKED))
            continue
        try:
            got = load(item)
        except OSError:
            if source_gone(root):
                raise _SourceGone from None
            raise
        if isinstance(got, str) and source_gone(root):
            raise _SourceGone
        if isinstance(got, str):
            report.skipped.append(Issue(item.path, got))
            continue
        loaded.append(LoadedItem(item, got[0], got[1]))
    return loaded


def _seal(on_vault: OnVault, folder: Path, chart: PlannedChart, loaded: list[LoadedItem],
          stop: Callable[[], bool]) -> _Sealed | None:
    """Seal the chart's documents into the blob store under its key (a new chart's is made
    here and inserted with the chart); None when stopped meanwhile."""
    existing = chart.existing_client_id
    if existing is None:
        sealed = _Sealed(new_id(), keys.random_key())
        key = sealed.new_key
    else:
        current = on_vault(lambda v: attachment_blobs.chart_key(v, existing))
        sealed = _Sealed(existing, None, current.generation)
        key = current.key
    assert key is not None
    for index, entry in enumerate(loaded):
        if entry.item.item_kind == "psychotherapy_note":
            continue  # kept inside psychotherapy.db, never in the blob store
        if stop():
            return None
        blob_id = blob_store.new_blob_id()
        blob_store.write(folder, blob_id, sealed.client_id, key, [entry.data])
        sealed.blobs[index] = blob_id
    crash_point("import_chart_sealed")
    return sealed


def _commit(vault: Vault, plan: ImportPlan, chart: PlannedChart, loaded: list[LoadedItem], sealed: _Sealed,
            system: str, retired: frozenset[str]) -> _Committed:
    """Where the vault is used: the chart's transactions and its ledger entry."""
    try:
        client_id, n_notes, n_docs = _write_records(vault, plan, chart, loaded, system, retired, sealed)
    except InvalidInput as exc:  # one chart's bad data (a name too long...): report it, go on
        return _Committed(None, issues=[Issue(chart.source_key, refused("import.chart_refused", "Chart not imported",
                                                                        exc))])
    except NotFound:  # the chart it went into was destroyed meanwhile
        return _Committed(None, issues=[Issue(chart.source_key, reason("import.chart_gone",
                                                                       "Chart not imported: its chart is gone."))])
    except _BlobGone:
        return _Committed(None, issues=[Issue(chart.source_key, reason(
            "import.documents_removed", "Chart not imported: its documents were removed while it was being "
                                        "imported. Run the import again to bring it in."))])
    done = _Committed(client_id, n_notes, 0, n_docs)
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
    return apply_plan_beside(_Direct(vault), plan, load, system=system, progress=progress, cancelled=cancelled,
                             chart_done=chart_done)


def apply_plan_beside(
    on_vault: OnVault,
    plan: ImportPlan,
    load: Loader,
    *,
    system: str,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    chart_done: Callable[[str], None] | None = None,
    report: ImportReport | None = None,
) -> ImportReport:
    """`apply_plan` from a thread of its own: the vault only through `on_vault`. Stopped by a
    lock (ImportStopped from `on_vault`), it returns what was imported, marked interrupted."""
    report = report or ImportReport(plan.source)
    report.skipped.extend(plan.skipped)
    report.ambiguous.extend(plan.ambiguous)
    report.notices.extend(plan.notices)
    stop = cancelled or (lambda: False)
    try:
        start = on_vault(lambda v: _begin(v, plan.source))
        _apply_charts(on_vault, start, plan, load, system, progress, stop, chart_done, report)
        on_vault(_end)
    except ImportStopped:
        report.cancelled = report.interrupted = True
    except _SourceGone:
        # The vault is open: the import ends as a Cancel would (the chart under way had nothing
        # sealed yet; the sweep and the mark's end run), said by `source_gone`.
        report.source_gone = True
        on_vault(_end)
    except Exception:
        # A full disk, a folder in the way, a bug: the charts committed are whole, and the caller
        # says so with how to go on (the wizard's page, the command's message). The documents
        # sealed for the chart that failed hold space (a full disk: the space the therapist now
        # needs): scrubbed at once while the vault is open, and the mark ends, so the next unlock
        # does not also say the import was cut short by a kill. When that fails too, the FULL_SWEEP
        # intent has the next unlock scrub them; the mark is ended on its own.
        with contextlib.suppress(Exception):
            on_vault(_end)
        with contextlib.suppress(Exception):
            on_vault(import_marks.mark_ended)
        raise
    return report


def _apply_charts(on_vault: OnVault, start: _Start, plan: ImportPlan, load: Loader, system: str,
                  progress: Progress | None, stop: Callable[[], bool], chart_done: Callable[[str], None] | None,
                  report: ImportReport) -> None:
    total = len(plan.charts)
    for index, chart in enumerate(plan.charts):
        if stop():
            report.cancelled = True
            break
        if progress is not None:
            progress(index / max(total, 1), reason("import.chart_of", f"Chart {index + 1} of {total}",
                                                   number=index + 1, total=total))
        loaded = _load_chart(chart, load, start.psychotherapy_open, report, stop, plan.root)
        if loaded is not None and chart.existing_client_id is not None and not loaded:
            continue
        sealed = _seal(on_vault, start.folder, chart, loaded, stop) if loaded is not None else None
        if loaded is None or sealed is None:
            report.cancelled = True
            break
        done = on_vault(partial(_commit, plan=plan, chart=chart, loaded=loaded, sealed=sealed, system=system,
                                retired=start.retired))
        report.skipped.extend(done.issues)
        if done.client_id is None:
            continue
        created = chart.existing_client_id is None
        report.charts_created += created
        report.charts_updated += not created
        report.progress_notes += done.progress_notes
        report.psychotherapy_notes += done.psychotherapy_notes
        report.documents += done.documents
        report.client_ids.append(done.client_id)
        if chart_done is not None:
            chart_done(done.client_id)
    if progress is not None and not report.cancelled:
        progress(1.0, reason("import.imported", f"Charts imported: {len(report.client_ids)}",
                             count=len(report.client_ids)))


__all__ = ["LEDGER_EVENT", "PSYCHOTHERAPY_LOCKED", "Loader", "OnVault", "apply_plan", "apply_plan_beside",
           "checked_new_chart", "source_gone"]

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
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from vault_app.services import attachment_blobs, clients, import_marks
from vault_app.services.clinical_common import now_iso
from vault_app.services.importers import chart_commit, chart_files
from vault_app.services.importers.chart_commit import LEDGER_EVENT as LEDGER_EVENT
from vault_app.services.importers.chart_commit import checked_new_chart as checked_new_chart
from vault_app.services.importers.chart_files import PSYCHOTHERAPY_LOCKED as PSYCHOTHERAPY_LOCKED
from vault_app.services.importers.chart_files import Loader as Loader
from vault_app.services.importers.chart_files import SourceGone
from vault_app.services.importers.chart_files import source_gone as source_gone
from vault_app.services.importers.on_vault import Direct
from vault_app.services.importers.on_vault import OnVault as OnVault
from vault_app.services.importers.on_vault import Progress as Progress
from vault_app.services.importers.plan import ImportPlan, ImportReport, ImportStopped, reason
from vault_app.services.vault import Vault
from vault_app.storage import blob_intents


@dataclass(frozen=True)
class _Start:
    folder: Path
    retired: frozenset[str]
    psychotherapy_open: bool


def _begin(vault: Vault, source: str) -> _Start:
    """Where the vault is used: the FULL_SWEEP intent (committed before the first blob, so a
    kill anywhere later leaves the next unlock a full sweep), the late ledger entries."""
    db = vault.records
    if db.in_transaction:
        raise RuntimeError("an import must begin outside a records transaction")
    blob_intents.add(db, blob_intents.FULL_SWEEP, now_iso())
    import_marks.mark_started(vault, source)
    chart_commit.log_unlogged_charts(vault, source)
    return _Start(vault.folder, frozenset(clients.retired_chart_numbers(vault)), vault.psychotherapy_open)


def _end(vault: Vault) -> None:
    """The import's end: blobs of charts that were not imported are scrubbed, the intents go."""
    attachment_blobs.sweep_orphans(vault)
    blob_intents.clear_all(vault.records)
    import_marks.mark_ended(vault)


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
    return apply_plan_beside(Direct(vault), plan, load, system=system, progress=progress, cancelled=cancelled,
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
    except SourceGone:
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
        loaded = chart_files.load_chart(chart, load, start.psychotherapy_open, report, stop, plan.root)
        if loaded is not None and chart.existing_client_id is not None and not loaded:
            continue
        sealed = chart_files.seal(on_vault, start.folder, chart, loaded, stop) if loaded is not None else None
        if loaded is None or sealed is None:
            report.cancelled = True
            break
        done = on_vault(partial(chart_commit.commit, plan=plan, chart=chart, loaded=loaded, sealed=sealed,
                                system=system, retired=start.retired))
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



__all__ = ["LEDGER_EVENT", "PSYCHOTHERAPY_LOCKED", "Loader", "OnVault", "Progress", "apply_plan", "apply_plan_beside",
           "checked_new_chart", "source_gone"]

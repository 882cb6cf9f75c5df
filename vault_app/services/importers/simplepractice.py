"""Import a SimplePractice "Export - Complete" folder: plan (dry run), then apply.

    plan = plan_simplepractice(vault, folder)            # what will be created / ambiguous / skipped
    report = import_simplepractice(vault, folder, plan)  # one records transaction per chart

Keys in the import map: "contact:<id>" for a client, "note:<id>" for a note, and
"doc:<contact id>:<sha256>" for a document; psychotherapy notes are keyed in
psychotherapy.db by their SimplePractice id. A second run therefore adds nothing, but for a
psychotherapy note that came in damaged and is still a draft: a readable copy fills it
(damaged_again.py).
Each file of the export is planned in simplepractice_files.py. Reading the folder never writes to it.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from vault_app.domain.clinical import ClientSummary
from vault_app.domain.errors import EnvironmentProblem, InvalidInput, NotFound
from vault_app.services import clients
from vault_app.services.importers import folder_walk, same_id
from vault_app.services.importers import simplepractice_parse as sp
from vault_app.services.importers.apply import OnVault, Progress, apply_plan, apply_plan_beside, checked_new_chart
from vault_app.services.importers.marked import marked_direct, marked_while_read
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
from vault_app.services.importers.simplepractice_files import (
    LOCKED_REASON,
    Scan,
    files,
    plan_file,
    read_contacts,
)
from vault_app.services.practice import printing_locale
from vault_app.services.vault import Vault
from vault_app.storage import import_destroyed, imports

SOURCE = "simplepractice"
SYSTEM = "SimplePractice"
_TOPS = (sp.MEDICAL, sp.PSYCHOTHERAPY, sp.BILLING, sp.STORED, sp.MESSAGES)


def check_folder(root: Path) -> Path:
    """The export's folder, or why it is not one (a ZIP, a file...): cheap, also the wizard's first page's."""
    root = Path(root)
    if root.is_file() and zipfile.is_zipfile(root):
        # Never opened here: unpacking is the system's job, which refuses entries like "../../x".
        raise InvalidInput("That is the export's ZIP file, not its folder.",
                           hint="Unzip it first (double-click it, or right-click > Extract All), then choose "
                                "the folder it unpacked to.", code="import.export_is_zip")
    if root.exists() and not root.is_dir():
        raise InvalidInput("That is a file, not a folder.",
                           hint="Choose the folder SimplePractice's export unpacked to.", code="import.export_is_file")
    if not root.is_dir():
        raise NotFound("That folder does not exist.", hint="Choose the folder SimplePractice's export unpacked to.",
                       code="import.export_folder_missing")
    if not (root / sp.CONTACTS).is_dir() and not (root / sp.MEDICAL).is_dir():
        raise InvalidInput(
            "That folder does not look like a SimplePractice export.",
            hint="Choose the folder that holds 'Contacts' and 'Medical Records' (unzip the export first).",
            code="import.not_simplepractice",
        )
    return root


def _drop_conflicts(scan: Scan, plan: ImportPlan, charts: dict[str, PlannedChart],
                    people: list[ClientSummary]) -> None:
    """A contact whose id was imported before for a different person: listed, its chart left out."""
    by_id = {p.client_id: p for p in people}
    for sp_id, chart in list(charts.items()):
        person = by_id.get(chart.existing_client_id or "")
        if person is None or same_id.identity_agrees(person, chart.name, chart.date_of_birth):
            continue
        scan.conflicts.add(sp_id)
        del charts[sp_id]
        plan.skipped.append(Issue(scan.contacts[sp_id].path, same_id.contact_taken_reason(person.chart_number)))


def _drop_destroyed(scan: Scan, plan: ImportPlan, charts: dict[str, PlannedChart],
                    destroyed: import_destroyed.Lookup) -> None:
    """A contact whose chart was imported before and destroyed since: listed with the
    destruction's date and certificate, its chart left out (never brought back)."""
    for sp_id, chart in list(charts.items()):
        gone = destroyed.find(SOURCE, chart.source_key) if chart.existing_client_id is None else None
        if gone is None:
            continue
        scan.destroyed.add(sp_id)
        del charts[sp_id]
        plan.skipped.append(Issue(scan.contacts[sp_id].path, same_id.destroyed_reason(gone)))


def _drop_refused(scan: Scan, plan: ImportPlan, charts: dict[str, PlannedChart]) -> None:
    """A new chart the import would refuse (a name with a text-direction override...): listed
    as refused in the dry run already, with the import's reason, and its files with it."""
    for sp_id, chart in list(charts.items()):
        if chart.existing_client_id is not None:
            continue
        try:
            checked_new_chart(chart)
        except InvalidInput as exc:
            scan.refused.add(sp_id)
            del charts[sp_id]
            plan.skipped.append(Issue(scan.contacts[sp_id].path, refused("import.chart_refused", "Chart not imported",
                                                                         exc)))


def plan_simplepractice(vault: Vault, folder: Path, *, assignments: Mapping[str, str] | None = None) -> ImportPlan:
    """The dry run: reads the folder, writes nothing."""
    return _plan(vault, folder, assignments or {})[0]


@dataclass(frozen=True)
class _Known:
    """What the vault knows of this source: all a plan reads of it (one short read)."""

    mapped: dict[str, tuple[str, str]]
    psychotherapy_ids: frozenset[str]
    psychotherapy_open: bool
    people: list[ClientSummary]  # the vault's clients, for a new chart of someone already there
    locale: str  # the practice's: the language of the lines the import adds to notes
    fillable: Mapping[str, str]  # psychotherapy notes that came in damaged, still drafts: id -> note id
    digests: Mapping[str, str]  # note keys imported before ("note:<id>", "psynote:<id>") -> original's SHA-256
    destroyed: import_destroyed.Lookup  # source keys of charts destroyed since they were imported
    psy_clients: Mapping[str, str]  # psychotherapy notes imported before: SimplePractice id -> client id


def _known(vault: Vault) -> _Known:
    open_ = vault.psychotherapy_open
    # One read of the psychotherapy notes imported before: their ids are its keys.
    psy_digests = imports.psychotherapy_source_digests(vault.psychotherapy, SYSTEM) if open_ else {}
    fillable = imports.unreadable_psychotherapy_drafts(vault.psychotherapy, SYSTEM) if open_ else {}
    digests = dict(imports.imported_note_digests(vault.records, SOURCE))
    digests.update({f"psynote:{k}": v for k, v in psy_digests.items()})
    psy_clients = imports.psychotherapy_source_clients(vault.psychotherapy, SYSTEM) if open_ else {}
    return _Known(imports.mapped_keys(vault.records, SOURCE), frozenset(psy_digests), open_,
                  clients.list_clients(vault), printing_locale(vault), fillable, digests,
                  import_destroyed.lookup(vault.records), psy_clients)


def _plan(vault: Vault, folder: Path, assignments: Mapping[str, str]) -> tuple[ImportPlan, Scan]:
    return _plan_from(_known(vault), folder, assignments)


def _plan_from(known: _Known, folder: Path, assignments: Mapping[str, str],
               stop: Callable[[], bool] | None = None,
               progress: Callable[[int, int], None] | None = None) -> tuple[ImportPlan, Scan]:
    """The plan from the folder and what the vault knows: reads files only (any thread).
    `stop` is asked before each file: ImportStopped once the vault is locking (or the
    therapist's Cancel); `progress` hears each file read, of how many (thousands of PDFs take
    half a minute and more)."""
    root = check_folder(folder)
    plan = ImportPlan(SOURCE, root)
    went_to = {key: client_id for key, (_target, client_id) in known.mapped.items()}
    went_to.update({f"psynote:{k}": v for k, v in known.psy_clients.items()})
    scan = Scan(root, known.locale, fillable=known.fillable, mapped=known.mapped, digests=known.digests,
                 went_to=went_to, numbers={p.client_id: p.chart_number for p in known.people})
    read_contacts(scan, plan)
    mapped = known.mapped
    done = set(mapped) | {f"psynote:{i}" for i in known.psychotherapy_ids}
    charts = {
        c.sp_id: PlannedChart(f"contact:{c.sp_id}", c.name, c.date_of_birth, c.email, c.phone, c.address,
                              existing_client_id=mapped.get(f"contact:{c.sp_id}", (None, None))[0],
                              surname=c.surname)
        for c in scan.contacts.values()
    }
    _drop_conflicts(scan, plan, charts, known.people)
    _drop_destroyed(scan, plan, charts, known.destroyed)
    _drop_refused(scan, plan, charts)
    paths = [(top, path) for top in _TOPS for path in files(root / top)]
    # A file downloaded twice ("... (1).pdf") after its original: the one kept bears the plain name.
    paths.sort(key=lambda found: sp.browser_copy(found[1].name))
    for count, (top, path) in enumerate(paths, start=1):
        if stop is not None and stop():
            raise ImportStopped
        plan_file(scan, plan, charts, done, assignments, top, path, known.psychotherapy_open)
        if progress is not None:
            progress(count, len(paths))
    sp.not_read(root, plan)
    for path in files(root, folder_walk.MAX_DEPTH):
        first = path.relative_to(root).parts[0]
        if first not in (*_TOPS, sp.CONTACTS):
            plan.skipped.append(Issue(sp.relative(root, path), reason(
                "import.outside_layout", "Not part of the export layout this importer reads.")))
    for chart in charts.values():
        if chart.existing_client_id is None or chart.items:
            plan.charts.append(chart)
        else:
            plan.already_imported += 1
    plan.charts.sort(key=lambda c: (c.name.casefold(), c.source_key))
    plan.note_second_charts(known.people)
    return plan, scan


def import_simplepractice(
    vault: Vault,
    folder: Path,
    *,
    assignments: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    chart_done: Callable[[str], None] | None = None,
) -> ImportReport:
    """Plan again (the folder may have changed since the dry run) and import every chart."""
    with marked_direct(vault, SOURCE):
        plan, scan = _plan(vault, folder, assignments or {})
    return apply_plan(vault, plan, lambda item: _load(scan, item), system=SYSTEM, progress=progress,
                      cancelled=cancelled, chart_done=chart_done)


def plan_simplepractice_beside(on_vault: OnVault, folder: Path, *, assignments: Mapping[str, str] | None = None,
                               stop: Callable[[], bool] | None = None,
                               progress: Callable[[int, int], None] | None = None) -> ImportPlan:
    """The dry run from a thread of its own (the wizard's review): one short read of the
    vault through `on_vault`, then the folder, which may take seconds for thousands of PDFs."""
    known = on_vault(_known)
    return _plan_from(known, folder, assignments or {}, stop, progress)[0]


class _CancelledWhileRead(Exception):
    """The therapist's Cancel while the export is read again, before any chart: nothing was cut short."""


def import_simplepractice_beside(
    on_vault: OnVault,
    folder: Path,
    *,
    assignments: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    report: ImportReport | None = None,
) -> ImportReport:
    """`import_simplepractice` from a thread of its own (services/import_beside.py): the
    folder is read here, the vault is touched only through `on_vault`."""
    def read(count: int, total: int) -> None:
        if progress is not None:
            progress(0.0, reason("import.reading_export", f"Reading the export: {count} of {total} files",
                                 read=count, total=total))

    def stop() -> bool:
        if cancelled is not None and cancelled():
            raise _CancelledWhileRead
        return False

    try:
        with marked_while_read(on_vault, SOURCE):  # its mark is cleared on the Cancel (nothing cut short)
            plan, scan = _plan_from(on_vault(_known), folder, assignments or {}, stop, read)
    except _CancelledWhileRead:
        # A lock sets the Cancel too: then the vault refuses this call and the import ends as a
        # lock ends it (its mark kept, told at the next unlock).
        on_vault(lambda _v: None)
        report = report or ImportReport(SOURCE)
        report.cancelled = True
        return report
    return apply_plan_beside(on_vault, plan, lambda item: _load(scan, item), system=SYSTEM, progress=progress,
                             cancelled=cancelled, report=report)


def _load(scan: Scan, item: PlannedItem) -> tuple[bytes, str] | str:
    path = scan.root / item.path
    try:
        data = sp.read_file(path)
    except (OSError, EnvironmentProblem):
        return reason("import.file_gone", "The file could no longer be read (moved or deleted since the dry run).")
    if data is None or sp.sha256(data) != item.sha256:
        return reason("import.file_changed", "The file changed since the dry run: run the import again.")
    return data, scan.texts.get(item.path, "")


__all__ = ["LOCKED_REASON", "SOURCE", "SYSTEM", "check_folder", "import_simplepractice", "import_simplepractice_beside",
           "plan_simplepractice", "plan_simplepractice_beside"]

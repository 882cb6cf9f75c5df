"""A folder of PDFs (and PNG/JPEG scans) into one chart, each file a typed attachment.

The document date comes from the file name (2024-03-05, 20240305 or 03-05-2024 anywhere
in it), else from the PDF's own creation date; a file with neither gets none. Files are
keyed by their SHA-256 per chart, so running it again adds nothing.

A PDF's text is read once, at the import, for the chart's search, within the caps a hostile
file needs (simplepractice_parse.pdf_text): a long document past them is searchable only in
part, and the import's report says so (text_cut.searchable_reason) once its chart is in.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pypdf

from vault_app.domain.attachment_edits import title_from_file_name
from vault_app.domain.clinical import choice
from vault_app.domain.clinical_documents import ATTACHMENT_KINDS, sniff_media_type
from vault_app.domain.errors import InvalidInput, NotFound, Problem
from vault_app.services.clinical_common import require_client
from vault_app.services.importers import folder_walk
from vault_app.services.importers import simplepractice_parse as sp
from vault_app.services.importers.apply import Loader, OnVault, Progress, apply_plan, apply_plan_beside
from vault_app.services.importers.image_check import image_well_formed
from vault_app.services.importers.marked import marked_direct, marked_while_read
from vault_app.services.importers.plan import (
    ImportPlan,
    ImportReport,
    ImportStopped,
    Issue,
    PlannedChart,
    PlannedItem,
    reason,
)
from vault_app.services.importers.text_cut import searchable_reason
from vault_app.services.vault import Vault
from vault_app.storage import clinical_clients, imports

SOURCE = "pdf-folder"
_ISO = re.compile(r"(?<!\d)(\d{4})-?(\d{2})-?(\d{2})(?!\d)")
_US = re.compile(r"(?<!\d)(\d{2})[-_.](\d{2})[-_.](\d{4})(?!\d)")


def date_from_name(name: str) -> date | None:
    for pattern, order in ((_ISO, "ymd"), (_US, "mdy")):
        for match in pattern.finditer(name):
            a, b, c = (int(g) for g in match.groups())
            y, m, d = (a, b, c) if order == "ymd" else (c, a, b)
            try:
                found = date(y, m, d)
            except ValueError:
                continue
            if 1900 <= found.year <= date.today().year and found <= date.today():
                return found
    return None


def _pdf_date(data: bytes) -> date | None:
    try:
        meta = pypdf.PdfReader(io.BytesIO(data)).metadata
        created = meta.creation_date if meta is not None else None
    except Exception:  # damaged metadata: the date is a convenience, not a requirement
        return None
    return created.date() if created is not None and created.date() <= date.today() else None


# (files read, of how many): the dry run's count while it reads (a folder of large scans
# took a minute with no word of how far it was; found in the real app).
ReadProgress = Callable[[int, int], None]


@dataclass(frozen=True)
class _Known:
    """What the dry run needs of the vault: read at once, then the folder is read without it."""

    chart_number: str
    done: frozenset[str]


def _known(vault: Vault, client_id: str, kind: str) -> _Known:
    try:
        require_client(vault, client_id)
    except NotFound:
        # The command line names the chart before it gets here; a window's chart list can be
        # older than the chart (destroyed meanwhile), and a window has no `vault-app client list`.
        raise NotFound("That chart is no longer in the vault.", hint="Choose another chart.",
                       code="import.chart_missing") from None
    choice(kind, ATTACHMENT_KINDS, "attachment kind")
    return _Known(clinical_clients.chart_number_of(vault.records, client_id) or "",
                  frozenset(imports.mapped_keys(vault.records, SOURCE)))


def _check_folder(folder: Path) -> Path:
    folder = Path(folder)
    if not folder.is_dir():
        raise NotFound("That folder does not exist.", code="import.folder_missing")
    return folder


def plan_pdf_folder(vault: Vault, folder: Path, client_id: str, *, kind: str = "other",
                    stop: Callable[[], bool] | None = None, progress: ReadProgress | None = None) -> ImportPlan:
    folder = _check_folder(folder)
    return _read_folder(_known(vault, client_id, kind), folder, client_id, kind, stop, progress)


def plan_pdf_folder_beside(on_vault: OnVault, folder: Path, client_id: str, *, kind: str = "other",
                           stop: Callable[[], bool] | None = None,
                           progress: ReadProgress | None = None) -> ImportPlan:
    """The dry run from a thread of its own (the wizard's review): one short read of the vault
    through `on_vault`, then the folder, read where a Cancel or a lock stops it at the next file
    (forty large scans held the app's worker for a minute, and went on after Cancel)."""
    folder = _check_folder(folder)
    known: _Known = on_vault(lambda v: _known(v, client_id, kind))
    return _read_folder(known, folder, client_id, kind, stop, progress)


def _read_folder(known: _Known, folder: Path, client_id: str, kind: str, stop: Callable[[], bool] | None,
                 progress: ReadProgress | None) -> ImportPlan:
    """Reads files only (any thread). `stop` is asked before each file (ImportStopped once it
    says so); `progress` hears each file read, of how many."""
    plan = ImportPlan(SOURCE, folder)
    done = set(known.done)
    firsts: dict[str, str] = {}  # a file's key -> the first file of this folder with its bytes
    chart = PlannedChart(f"chart:{client_id}", known.chart_number, None, existing_client_id=client_id)
    paths = folder_walk.listing(folder).files  # no recursion: a folder a thousand deep is listed, not read
    for count, path in enumerate(paths, start=1):
        if stop is not None and stop():
            raise ImportStopped
        _plan_file(plan, chart, (done, firsts), folder, path, client_id, kind)
        if progress is not None:
            progress(count, len(paths))
    sp.not_read(folder, plan)  # links, pipes and folders too deep: never followed, each listed
    if chart.items:
        plan.charts.append(chart)
    return plan


def _plan_file(plan: ImportPlan, chart: PlannedChart, seen: tuple[set[str], dict[str, str]], folder: Path,
               path: Path, client_id: str, kind: str) -> None:
    done, firsts = seen
    rel = sp.relative(folder, path)
    data = sp.read_file(path)
    if data is None:
        plan.skipped.append(Issue(rel, reason("import.file_too_large", "The file is over the 25 MB limit.")))
        return
    try:
        media_type = sniff_media_type(data)
    except InvalidInput:
        plan.skipped.append(Issue(rel, reason("import.not_pdf_or_image", "Not a PDF, PNG or JPEG file.")))
        return
    if not image_well_formed(media_type, data):
        plan.skipped.append(Issue(rel, reason(
            "import.image_damaged", "The image is damaged (not a well-formed PNG or JPEG): it would never open. "
                                    "Save or scan it again, then import it.")))
        return
    if media_type == "application/pdf" and sp.pdf_is_locked(data):  # the text is read once, at apply
        plan.skipped.append(Issue(rel, reason("import.pdf_password", "The PDF is password-protected: remove the "
                                                                     "password and import again.")))
        return
    digest = sp.sha256(data)
    key = f"doc:{client_id}:{digest}"
    if key in firsts:
        # The same file twice in the folder is kept once, the copy said as one: it was counted as
        # "already imported" (found by a walker: five copies of one PDF, none imported before).
        first = firsts[key]
        plan.skipped.append(Issue(rel, reason("import.same_file_twice",
                                              f"The same file as {first} in this folder: kept once.", first=first)))
        return
    firsts[key] = rel
    if key in done:
        plan.already_imported += 1
        return
    done.add(key)
    day = date_from_name(path.name) or (_pdf_date(data) if media_type == "application/pdf" else None)
    chart.items.append(PlannedItem(rel, "document", key, title_from_file_name(path.stem), digest, len(data),
                                   attachment_kind=kind, note_date=day))


def import_pdf_folder(vault: Vault, folder: Path, client_id: str, *, kind: str = "other",
                      progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> ImportReport:
    with marked_direct(vault, SOURCE):
        plan = plan_pdf_folder(vault, folder, client_id, kind=kind)
    cuts: dict[str, Problem] = {}
    report = apply_plan(vault, plan, _loader(plan, cuts), system="PDF folder", progress=progress,
                        cancelled=cancelled)
    return _with_cuts(plan, report, cuts)


def import_pdf_folder_beside(on_vault: OnVault, folder: Path, client_id: str, *, kind: str = "other",
                             progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                             report: ImportReport | None = None) -> ImportReport:
    """`import_pdf_folder` from a thread of its own (services/import_beside.py)."""
    with marked_while_read(on_vault, SOURCE):
        plan = on_vault(lambda v: plan_pdf_folder(v, folder, client_id, kind=kind))
    cuts: dict[str, Problem] = {}
    done = apply_plan_beside(on_vault, plan, _loader(plan, cuts), system="PDF folder", progress=progress,
                             cancelled=cancelled, report=report)
    return _with_cuts(plan, done, cuts)


def _with_cuts(plan: ImportPlan, report: ImportReport, cuts: dict[str, Problem]) -> ImportReport:
    """The report with a line per document searchable only in part, once its chart is in (a
    chart not imported, cancelled or stopped, took none of them in)."""
    if any(c.existing_client_id in report.client_ids for c in plan.charts):
        report.notices.extend(Issue(path, why) for path, why in cuts.items())
    return report


def _loader(plan: ImportPlan, cuts: dict[str, Problem]) -> Loader:
    """Reads an item again; a PDF's text read only in part goes into `cuts` (path -> the report's line)."""
    def load(item: PlannedItem) -> tuple[bytes, str] | str:
        data = sp.read_file(plan.root / item.path)
        if data is None or sp.sha256(data) != item.sha256:
            return reason("import.file_changed", "The file changed since the dry run: run the import again.")
        if not data.startswith(b"%PDF-"):
            return data, ""
        read = sp.pdf_text(data)
        cut = searchable_reason(item.title, read)
        if cut is not None:
            cuts[item.path] = cut
        return data, read.text or ""  # indexed for the chart's full-text search

    return load


__all__ = ["ReadProgress", "date_from_name", "import_pdf_folder", "import_pdf_folder_beside", "plan_pdf_folder",
           "plan_pdf_folder_beside"]

"""What the import wizard's first page chose (Choice), and the worker-side calls that plan and run
each kind of import with it: a SimplePractice export, a client-list CSV with its column mapping, a
folder of PDFs for one chart. Out of gui/import_source.py, which holds the page itself.

A CSV's mapping as the page shows it is the whole of it (a column set to "(not in the file)" stays
out): the columns are not recognised again by their names on top of it (recognise=False).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault_app.services import clients
from vault_app.services.importers.csv_clients import import_csv_beside, plan_csv
from vault_app.services.importers.pdf_folder import import_pdf_folder_beside, plan_pdf_folder, plan_pdf_folder_beside
from vault_app.services.importers.simplepractice import (
    import_simplepractice_beside,
    plan_simplepractice,
    plan_simplepractice_beside,
)

if TYPE_CHECKING:
    from vault_app.gui.import_running import PlanWork
    from vault_app.services.import_beside import Work
    from vault_app.services.importers.plan import ImportPlan, ImportReport
    from vault_app.services.vault import Vault


@dataclass
class Choice:
    """What the first page chose; the later pages read it."""

    source: str = "simplepractice"
    path: str = ""
    preset: str = "simplepractice"  # a CSV's preset; "": another system's (columns recognised by their names)
    assignments: dict[str, str] = field(default_factory=dict)
    mapping: dict[str, str] = field(default_factory=dict)  # CSV: field -> column, as the therapist set it
    date_order: str = "mdy"
    client_id: str = ""  # a folder of PDFs: the chart it goes into
    kind: str = "stored_document"  # ... and the documents' kind


def list_charts(vault: Vault) -> list[tuple[str, str]]:
    """Worker side: (client id, "Name (chart number)") of every chart, for the folder's target."""

    return [(c.client_id, f"{c.display_name} ({c.chart_number})") for c in clients.list_clients(vault)]


def make_plan(vault: Vault, choice: Choice) -> ImportPlan:
    """Worker side: the dry run for the chosen source."""
    if choice.source == "csv":
        if choice.mapping:  # the mapping screen's choice is complete: nothing on top of it
            return plan_csv(vault, Path(choice.path), mapping=choice.mapping, date_order=choice.date_order,
                            recognise=False)
        return plan_csv(vault, Path(choice.path), preset=choice.preset or None, date_order=choice.date_order)
    if choice.source == "pdf-folder":
        return plan_pdf_folder(vault, Path(choice.path), choice.client_id, kind=choice.kind)

    return plan_simplepractice(vault, Path(choice.path), assignments=choice.assignments)


def plan_work(choice: Choice) -> PlanWork:
    """The dry run for gui/import_running.plan: a SimplePractice export (thousands of PDFs) or
    a folder of PDFs is read on the dry run's thread, where Cancel stops it at the next file; a
    CSV (one file) is read where the vault is used."""

    def work(on_vault: Any, stop: Callable[[], bool], progress: Callable[[int, int], None]) -> ImportPlan:
        if choice.source == "simplepractice":
            return plan_simplepractice_beside(on_vault, Path(choice.path), assignments=choice.assignments, stop=stop,
                                              progress=progress)
        if choice.source == "pdf-folder":
            return plan_pdf_folder_beside(on_vault, Path(choice.path), choice.client_id, kind=choice.kind, stop=stop,
                                          progress=progress)
        plan: ImportPlan = on_vault(lambda v: make_plan(v, choice))
        return plan

    return work


def import_work(choice: Choice) -> Work:
    """The import itself, for services/import_beside.ImportJob: run on the job's thread, it
    touches the vault only through `on_vault` (one chart per transaction; stop between charts)."""

    def work(on_vault: Any, cancelled: Callable[[], bool], progress: Any, report: ImportReport) -> ImportReport:
        path = Path(choice.path)
        if choice.source == "csv":
            if choice.mapping:
                return import_csv_beside(on_vault, path, mapping=choice.mapping, date_order=choice.date_order,
                                         progress=progress, cancelled=cancelled, report=report, recognise=False)
            return import_csv_beside(on_vault, path, preset=choice.preset or None, date_order=choice.date_order,
                                     progress=progress, cancelled=cancelled, report=report)
        if choice.source == "pdf-folder":
            return import_pdf_folder_beside(on_vault, path, choice.client_id, kind=choice.kind, progress=progress,
                                            cancelled=cancelled, report=report)
        return import_simplepractice_beside(on_vault, path, assignments=choice.assignments, progress=progress,
                                            cancelled=cancelled, report=report)

    return work


__all__ = ["Choice", "import_work", "list_charts", "make_plan", "plan_work"]

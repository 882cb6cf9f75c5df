"""import simplepractice|csv|pdf-folder: bring a practice in from another system.

Every form takes --dry-run (show what would be created, what is ambiguous and what would be
skipped, and write nothing) and --json. Progress goes to stderr, the report to stdout, and
the reminder that the source still holds plaintext comes last.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from vault_app.cli import common
from vault_app.domain.errors import InvalidInput
from vault_app.domain.names import neutralise
from vault_app.domain.plurals import counted

CSV_PRESETS = ("simplepractice", "therapynotes", "powerdiary")


def _progress(args: argparse.Namespace) -> Callable[[float, str], None]:
    def report(fraction: float, text: str) -> None:
        if not getattr(args, "quiet", False):
            print(f"  {fraction * 100:5.1f}%  {text}", file=sys.stderr, flush=True)

    return report


def _pairs(values: list[str] | None, what: str, *, empty: bool = False) -> dict[str, str]:
    """KEY=VALUE pairs; `empty`: KEY= too (a column recognised by its name, left out)."""
    found: dict[str, str] = {}
    for value in values or []:
        key, sep, target = value.partition("=")
        if not sep or not key.strip() or not (target.strip() or empty):
            raise InvalidInput(f"Each {what} is KEY=VALUE.", hint=f"For example --{what} 'field=Column header'.")
        found[key.strip()] = target.strip()
    return found


def _plan_text(data: dict[str, Any]) -> str:
    will = data["will_create"]
    lines = [
        f"Dry run of the {data['source']} import (nothing was written):",
        f"  will create {counted(will['charts'], 'chart')}, {counted(will['progress_notes'], 'progress note')}, "
        f"{counted(will['psychotherapy_notes'], 'psychotherapy note')}, {counted(will['documents'], 'document')}",
        f"  already imported (skipped): {data['already_imported']}",
    ]
    for chart in data["charts"]:
        state = "new chart" if chart["new_chart"] else "existing chart"
        lines.append(f"  - {_one_line(chart['name'])} ({state}): {counted(chart['progress_notes'], 'note')}, "
                     f"{counted(chart['psychotherapy_notes'], 'psychotherapy note')}, "
                     f"{counted(chart['documents'], 'document')}")
    lines += _issues("Ambiguous (say which chart with --assign PATH=CONTACT_ID)", data["ambiguous"])
    lines += _issues("Will be skipped", data["skipped"])
    lines += _issues("To know", data["notices"])
    return "\n".join(lines)


def _one_line(text: str) -> str:
    return neutralise(text, keep_line_breaks=False)


def _issues(title: str, issues: list[dict[str, Any]]) -> list[str]:
    if not issues:
        return []
    lines = [f"{title}:"]
    for issue in issues:
        extra = f" [candidates: {', '.join(issue['candidates'])}]" if issue["candidates"] else ""
        # A name's newline or tab escaped as its other control characters are: one line per file.
        lines.append(f"  - {_one_line(issue['path'])}: {issue['reason']}{extra}")
    return lines


def _report_text(data: dict[str, Any]) -> str:
    from vault_app.services.importers.plan import PLAINTEXT_REMINDER

    if data.get("source_gone"):
        # First, not under a thousand lines (round 30: the folder renamed mid-import said "finished").
        head = SOURCE_GONE_HEAD
    elif data["cancelled"]:
        head = "Import cancelled between charts; the charts counted below came in whole. The same command " \
               "again imports the rest."
    else:
        head = f"Import from {data['source']} finished."
    lines = [
        head,
        f"  charts created {data['charts_created']}, updated {data['charts_updated']}; "
        f"progress notes {data['progress_notes']}, psychotherapy notes {data['psychotherapy_notes']}, "
        f"documents {data['documents']}",
    ]
    lines += _issues("Ambiguous (not imported)", data["ambiguous"])
    lines += _issues("Skipped", data["skipped"])
    lines += _issues("To know", data["notices"])
    if data["source"] != "csv":
        lines += ["", PLAINTEXT_REMINDER]
    return "\n".join(lines)


def _finish(args: argparse.Namespace, data: dict[str, Any], dry_run: bool) -> int:
    from vault_app.services.importers.plan import PLAINTEXT_REMINDER

    if not dry_run:
        data["reminder"] = PLAINTEXT_REMINDER
    common.emit(args, data, lambda: _plan_text(data) if dry_run else _report_text(data))
    if data.get("source_gone"):
        return SOURCE_GONE_EXIT
    if data.get("cancelled"):
        if not getattr(args, "json", False):
            print("Stopped by Ctrl-C. The same command again imports the rest: charts already imported are "
                  "skipped.", file=sys.stderr)
        return STOPPED
    return 0


# What a Ctrl-C that stopped the work returns, as the shell's own convention (128 + SIGINT).
STOPPED = 130
# The export folder went mid-import: not "finished" (a script must not take it for done).
SOURCE_GONE_EXIT = 1
SOURCE_GONE_HEAD = ("Import stopped: the export folder can no longer be read (renamed, moved or its drive "
                    "unplugged). Put it back and run the same import again: what came in is kept whole, and only "
                    "what is missing is added.")
BETWEEN_CHARTS = "after the chart under way"
# Said before the error's own words (main.py prints those): an import that met a full disk, a
# folder in the way or a bug ended with that error alone, not what of it was kept nor how to go on.
STOPPED_ON_ERROR = ("The import stopped before its end (why below). The charts that came in are whole; nothing was "
                    "half imported. Once that is put right, the same command again imports the rest: charts already "
                    "imported are skipped.")


class _Run:
    """An import's writing on the command line: its progress lines, and whether its first chart
    began (the importers report progress only per chart, after every check of the source)."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.began = False
        self.chart: tuple[object, object] | None = None  # (number, total) of the chart under way
        self._report = _progress(args)

    def progress(self, fraction: float, text: str) -> None:
        self.began = True
        if getattr(text, "code", "") == "import.chart_of":
            params = getattr(text, "params", {})
            self.chart = (params.get("number"), params.get("total"))
        self._report(fraction, text)


@contextmanager
def _stop_said(args: argparse.Namespace) -> Iterator[_Run]:
    """Around an import's writing: an error that ends it once begun is preceded by
    STOPPED_ON_ERROR on stderr (with --json a notice, "import-stopped", with the chart it stopped at).
    Refused before its first chart (the file missing, no name column), nothing began: the
    refusal alone, not words of charts kept and a run again that would be refused again."""
    run = _Run(args)
    try:
        yield run
    except Exception:
        if run.began:
            # How far it came, also under --quiet: each chart is one transaction, begun after the last.
            # With --json a notice of its own kind before the error (stderr is JSON Lines).
            where = "" if run.chart is None else (f" It stopped at chart {run.chart[0]} of {run.chart[1]}: the charts "
                                                  "before it came in whole, and that one is whole or not there.")
            at = {} if run.chart is None else {"chart": run.chart[0], "of": run.chart[1]}
            common.notice(args, "import-stopped", STOPPED_ON_ERROR + where, **at)
        raise


def cmd_simplepractice(args: argparse.Namespace) -> int:
    from vault_app.services.importers import simplepractice

    assignments = _pairs(args.assign, "assign")
    with common.unlocked(args, psychotherapy=args.psychotherapy) as vault:
        if args.dry_run:
            data = simplepractice.plan_simplepractice(vault, Path(args.folder), assignments=assignments).as_dict()
        else:
            with _stop_said(args) as run:
                data = _simplepractice(args, vault, assignments, run)
    return _finish(args, data, args.dry_run)


def _simplepractice(args: argparse.Namespace, vault: Any, assignments: dict[str, str], run: _Run) -> dict[str, Any]:
    from vault_app.services.importers import simplepractice
    from vault_app.services.importers.apply import source_gone
    from vault_app.services.importers.plan import ImportReport

    folder = Path(args.folder)
    try:
        with common.ctrl_c_stops_between(BETWEEN_CHARTS) as pressed:
            return simplepractice.import_simplepractice(vault, folder, assignments=assignments,
                                                        progress=run.progress, cancelled=pressed.is_set).as_dict()
    except OSError:
        # The folder went while it was read again, before the first chart: said as the stop it is.
        if not source_gone(folder):
            raise
        return ImportReport(simplepractice.SOURCE, source_gone=True).as_dict()


def cmd_csv(args: argparse.Namespace) -> int:
    from vault_app.services.importers import csv_clients

    mapping = _pairs(args.map, "map", empty=True)
    with common.unlocked(args) as vault:
        if args.dry_run:
            preview = csv_clients.preview_csv(Path(args.file), preset=args.preset, mapping=mapping)
            data = csv_clients.plan_csv(vault, Path(args.file), preset=args.preset, mapping=mapping,
                                        date_order=args.date_order).as_dict()
            data["mapping"], data["unused_columns"] = preview.mapping, list(preview.unused)
            # The columns no field takes, said: what stays out of the charts (a notes column...).
            unused = "\nColumns not used: " + ", ".join(_one_line(c) for c in preview.unused) if preview.unused else ""
            common.emit(args, data, lambda: "Columns used: " + ", ".join(
                f"{k} <- {v}" for k, v in sorted(preview.mapping.items())) + unused + "\n" + _plan_text(data))
            return 0
        with _stop_said(args) as run, common.ctrl_c_stops_between(BETWEEN_CHARTS) as pressed:
            data = csv_clients.import_csv(vault, Path(args.file), preset=args.preset, mapping=mapping,
                                          date_order=args.date_order, progress=run.progress,
                                          cancelled=pressed.is_set).as_dict()
    return _finish(args, data, False)


def cmd_pdf_folder(args: argparse.Namespace) -> int:
    from vault_app.services.clinical_common import resolve_client_id
    from vault_app.services.importers import pdf_folder

    with common.unlocked(args) as vault:
        client_id = resolve_client_id(vault, args.client)
        if args.dry_run:
            data = pdf_folder.plan_pdf_folder(vault, Path(args.folder), client_id, kind=args.kind).as_dict()
        else:
            with _stop_said(args) as run, \
                    common.ctrl_c_stops_between("at the next file; nothing of this folder is imported") as pressed:
                data = pdf_folder.import_pdf_folder(vault, Path(args.folder), client_id, kind=args.kind,
                                                    progress=run.progress, cancelled=pressed.is_set).as_dict()
    return _finish(args, data, args.dry_run)


def register(sub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    from vault_app.domain.clinical_documents import ATTACHMENT_KINDS

    p = sub.add_parser("import", parents=[common_parent],
                       help="bring charts in from SimplePractice, a client-list CSV or a folder of PDFs")
    isub = p.add_subparsers(dest="action", required=True)

    sp = isub.add_parser("simplepractice", parents=[common_parent],
                         help="a SimplePractice 'Export - Complete' folder (unzipped)")
    sp.add_argument("folder", metavar="DIR", help="the unzipped export folder")
    sp.add_argument("--dry-run", action="store_true", help="show what would be imported; write nothing")
    sp.add_argument("--psychotherapy", action="store_true",
                    help="unlock the psychotherapy compartment to import psychotherapy notes (else they are skipped)")
    sp.add_argument("--assign", action="append", metavar="PATH=CONTACT_ID",
                    help="file an ambiguous file (path as the dry run shows it) under this SimplePractice contact")
    sp.add_argument("--quiet", action="store_true", help="no progress on stderr")
    sp.set_defaults(handler=cmd_simplepractice)

    cs = isub.add_parser("csv", parents=[common_parent], help="a client list exported as CSV")
    cs.add_argument("file", metavar="FILE", help="the CSV file")
    cs.add_argument("--preset", choices=CSV_PRESETS,
                    help="the system the CSV comes from (column names); without it, columns are recognised by "
                         "their names, in English or Spanish")
    cs.add_argument("--map", action="append", metavar="FIELD=COLUMN",
                    help="use this column for a field (id, name, first_name, last_name, second_last_name, "
                         "date_of_birth, email, phone, address, last_service); FIELD= leaves the field out")
    cs.add_argument("--date-order", choices=("mdy", "dmy"),
                    help="how dates like 03/04/2020 are read (default: the preset's, else mdy)")
    cs.add_argument("--dry-run", action="store_true", help="show the columns used and the charts; write nothing")
    cs.add_argument("--quiet", action="store_true", help="no progress on stderr")
    cs.set_defaults(handler=cmd_csv)

    pf = isub.add_parser("pdf-folder", parents=[common_parent], help="every PDF/PNG/JPEG of a folder into one chart")
    pf.add_argument("folder", metavar="DIR", help="the folder whose files to attach")
    pf.add_argument("--client", required=True, help="client id or chart number")
    # Choices in the help text: in the usage they made a line of 174 columns.
    pf.add_argument("--kind", default="other", choices=ATTACHMENT_KINDS, metavar="KIND",
                    help="attachment kind: %(choices)s (default: other)")
    pf.add_argument("--dry-run", action="store_true", help="show what would be attached; write nothing")
    pf.add_argument("--quiet", action="store_true", help="no progress on stderr")
    pf.set_defaults(handler=cmd_pdf_folder)

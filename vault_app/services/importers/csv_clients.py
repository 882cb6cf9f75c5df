"""Import a client list from a CSV file: presets for the big hosted systems, or a manual mapping.

Each preset names, per field, the column headers it looks for (accents, case and spacing
ignored, first found wins); then each field still without a column takes one its names fit, in
English or Spanish (csv_headers.py), with a preset or without one; docs/import.md lists them.
The columns no field takes are listed (CsvPreview.unused). A manual mapping (field -> column
header, "" for none) overrides all of it; `recognise=False` takes the mapping alone. The last
date of service lands in the chart's last contact date, so the retention clock starts from it,
not from the day of the import.

    preview = preview_csv(path, preset="simplepractice")      # columns, mapping, first rows
    plan = plan_csv(vault, path, preset="simplepractice")     # dry run
    report = import_csv(vault, path, preset="simplepractice") # one chart per row, one transaction each
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from vault_app.domain.clinical_documents import MAX_ATTACHMENT_BYTES
from vault_app.domain.errors import InvalidInput, NotFound, Problem
from vault_app.domain.text_decoding import exported_text
from vault_app.services import clients
from vault_app.services.importers import same_id
from vault_app.services.importers.apply import OnVault, Progress, apply_plan, apply_plan_beside, checked_new_chart
from vault_app.services.importers.csv_headers import loose, recognise
from vault_app.services.importers.plan import (
    ImportPlan,
    ImportReport,
    Issue,
    PlannedChart,
    PlannedItem,
    reason,
    refused,
)
from vault_app.services.vault import Vault
from vault_app.storage import import_destroyed, imports
from vault_app.storage.files import classify_os_error, read_regular

SOURCE = "csv"
FIELDS = ("id", "name", "first_name", "last_name", "second_last_name", "date_of_birth", "email", "phone", "address",
          "last_service")


@dataclass(frozen=True)
class Preset:
    key: str
    title: str
    date_order: str  # "mdy" (US) or "dmy"; ISO dates (YYYY-MM-DD) are always read as such
    columns: Mapping[str, tuple[str, ...]]


# The column headers each system's client export uses, as far as their help pages and sample
# files show; a header that differs in your file is fixed with a manual mapping.
PRESETS: dict[str, Preset] = {p.key: p for p in (
    Preset("simplepractice", "SimplePractice client list", "mdy", {
        "id": ("Client ID", "ID"), "first_name": ("First Name",), "last_name": ("Last Name",),
        "name": ("Client", "Name", "Client Name"), "date_of_birth": ("Date of Birth", "DOB", "Birthdate"),
        "email": ("Email", "Email Address"), "phone": ("Phone", "Mobile Phone", "Phone Number"),
        "address": ("Address", "Street Address"), "last_service": ("Last Appointment", "Last Seen", "Last Session"),
    }),
    Preset("therapynotes", "TherapyNotes patient list", "mdy", {
        "id": ("Patient ID", "Chart Number", "ID"), "first_name": ("First Name", "Patient First Name"),
        "last_name": ("Last Name", "Patient Last Name"), "name": ("Patient", "Patient Name", "Name"),
        "date_of_birth": ("Date of Birth", "DOB"), "email": ("Email", "Email Address"),
        "phone": ("Mobile Phone", "Home Phone", "Phone"), "address": ("Address", "Street"),
        "last_service": ("Last Appointment", "Last Appointment Date", "Last Seen"),
    }),
    Preset("powerdiary", "Power Diary client export", "dmy", {
        "id": ("Client ID", "ID"), "first_name": ("First Name", "Given Name"), "last_name": ("Last Name", "Surname"),
        "name": ("Name", "Client Name", "Full Name"), "date_of_birth": ("DOB", "Date of Birth"),
        "email": ("Email",), "phone": ("Mobile", "Mobile Phone", "Phone"), "address": ("Address", "Street Address"),
        "last_service": ("Last Appointment", "Last Appointment Date", "Last Visit"),
    }),
)}
MAX_CSV_BYTES = MAX_ATTACHMENT_BYTES
# A solo practice's whole client list is a few thousand rows: a file far longer is not one, and
# reading it whole took half a gigabyte and half a minute (290,000 rows) before a word was said.
MAX_CSV_ROWS = 10_000
ORDER_WORDS = {"mdy": "month/day/year", "dmy": "day/month/year"}


@dataclass(frozen=True)
class CsvPreview:
    columns: tuple[str, ...]
    mapping: dict[str, str]  # field -> column
    rows: list[dict[str, str]] = field(default_factory=list)  # the first rows, by field
    raw_rows: list[dict[str, str]] = field(default_factory=list)  # the same rows, by column

    @property
    def unused(self) -> tuple[str, ...]:
        """The file's columns no field takes: what stays out of the charts, said to the therapist."""
        return tuple(c for c in self.columns if c not in self.mapping.values())

    def as_dict(self) -> dict[str, Any]:
        return {"columns": list(self.columns), "mapping": self.mapping, "rows": self.rows,
                "unused_columns": list(self.unused)}


def _norm(header: str) -> str:
    return " ".join(header.replace("_", " ").split()).casefold()


def _dialect(text: str) -> type[csv.Dialect]:
    """Comma, semicolon (a European Excel) or tab (Excel's "Unicode text"): the header row
    decides when one of them is clearly the most common there (a name in a row may hold a
    comma the sniffer counts), else csv's sniffer on the first lines."""
    try:
        sniffed: type[csv.Dialect] = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        sniffed = csv.excel
    counts = sorted(((text.split("\n", 1)[0].count(d), d) for d in ",;\t"), reverse=True)
    if counts[0][0] > counts[1][0] and counts[0][1] != sniffed.delimiter:
        return type("HeaderDialect", (sniffed,), {"delimiter": counts[0][1]})
    return sniffed


# A spreadsheet's own file chosen instead of the CSV saved from it: .xlsx and .ods are ZIPs,
# .xls an OLE compound file.
_WORKBOOK_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")


def _decode(data: bytes) -> str:
    """Excel on Windows saves "CSV" in cp1252, and "Unicode text" as tab-separated UTF-16
    (domain/text_decoding.exported_text); anything else is refused here, not read as a header row."""
    if data.startswith(_WORKBOOK_MAGIC):
        raise InvalidInput("That is a spreadsheet workbook (Excel or LibreOffice), not a CSV file.",
                           hint="Open it in the spreadsheet and save it as CSV UTF-8 (File > Save As), then choose "
                                "that file.", code="import.csv_is_workbook")
    text = exported_text(data)
    if text is not None:
        # Composed accents (NFC), as typed ones are: a Mac writes them decomposed, and a name so
        # kept is not found by "Lucía" typed in the client list.
        text = unicodedata.normalize("NFC", text)
    if text is None:
        raise InvalidInput("The CSV file cannot be read: it is not text in UTF-8, Windows (cp1252) or UTF-16 with "
                           "its byte-order mark.", hint="Save it from the spreadsheet as CSV UTF-8 (or Unicode text) "
                           "and try again.", code="import.csv_not_text")
    return text


def _csv_bytes(path: Path) -> bytes:
    """The file's bytes, opened once and checked as opened (read_regular): a named pipe or a
    device (or a link to one) is never read nor waited on. Found by the attacker's walk:
    `import csv /dev/zero` said "That CSV file does not exist." of a path that exists."""
    try:
        data = read_regular(path, MAX_CSV_BYTES)
    except FileNotFoundError:
        raise NotFound("That CSV file does not exist.", code="import.csv_missing") from None
    except IsADirectoryError:
        raise InvalidInput(f"That is a folder, not a CSV file: {path}.", hint="Choose the CSV file in it.",
                           code="import.csv_is_folder", params={"path": str(path)}) from None
    except OSError as exc:
        raise classify_os_error(exc, "reading the CSV file") from None
    if data is None:
        raise InvalidInput(f"The CSV file given is not a regular file (a pipe or a device): {path}.",
                           hint="Choose the CSV file itself.", code="import.csv_not_a_file",
                           params={"path": str(path)})
    if len(data) > MAX_CSV_BYTES:
        raise InvalidInput("The CSV file is over the 25 MB limit.", code="import.csv_too_large",
                           params={"max_mib": MAX_CSV_BYTES >> 20})
    return data


def _read(path: Path) -> tuple[tuple[str, ...], list[dict[str, str]]]:
    text = _decode(_csv_bytes(Path(path)))
    try:
        reader = csv.DictReader(io.StringIO(text), dialect=_dialect(text))
        columns = tuple(c for c in (reader.fieldnames or ()) if c)
        if not columns:
            raise InvalidInput("The CSV file has no header row.", hint="The first row must name the columns.",
                               code="import.csv_no_header")
        rows: list[dict[str, str]] = []
        for row in reader:
            if len(rows) == MAX_CSV_ROWS:
                raise InvalidInput(f"The CSV file has more than {MAX_CSV_ROWS} rows: more than a client list holds.",
                                   hint="Check that it is the client list; split a longer one into files of "
                                        f"{MAX_CSV_ROWS} rows at most.",
                                   code="import.csv_too_many_rows", params={"max_rows": MAX_CSV_ROWS})
            rows.append({k: (v or "").strip() for k, v in row.items() if k})
        return columns, rows
    except csv.Error:  # a cell over csv's field limit (128 KiB), a stray quote at the end...
        raise InvalidInput("The CSV file cannot be read as CSV (a cell is far too long, or quotes do not match).",
                           hint="Open it in a spreadsheet, check it, save it as CSV UTF-8 and try again.",
                           code="import.csv_unreadable") from None


def match_columns(columns: tuple[str, ...], preset: str | None, *, recognised: bool = True) -> dict[str, str]:
    """field -> column header: for each field, the preset's first header found in the file; then
    (`recognised`) a column a field's names fit (csv_headers.recognise) for each field still without."""
    by_loose: dict[str, str] = {}
    for column in columns:
        by_loose.setdefault(loose(column), column)
    found: dict[str, str] = {}
    if preset:
        if preset not in PRESETS:
            raise InvalidInput("Unknown CSV preset.", hint="Choose one of: " + ", ".join(PRESETS) + ".",
                               code="import.csv_unknown_preset")
        for fld, headers in PRESETS[preset].columns.items():
            hit = next((by_loose[loose(h)] for h in headers if loose(h) in by_loose), None)
            if hit and hit not in found.values():
                found[fld] = hit
    return recognise(columns, found) if recognised else found


def resolve_mapping(columns: tuple[str, ...], preset: str | None, mapping: Mapping[str, str] | None, *,
                    require_name: bool = True, recognise: bool = True) -> dict[str, str]:
    """field -> column header: the preset's first header found and the columns recognised by their
    names (`recognise`), then the manual mapping on top (a field mapped to "": no column)."""
    by_norm = {_norm(c): c for c in columns}
    found = match_columns(columns, preset, recognised=recognise)
    for fld, column in (mapping or {}).items():
        if fld not in FIELDS:
            raise InvalidInput("Unknown field in the column mapping.", hint="Fields: " + ", ".join(FIELDS) + ".",
                               code="import.csv_unknown_field")
        if not column.strip():
            found.pop(fld, None)
            continue
        if _norm(column) not in by_norm:
            raise InvalidInput("A mapped column is not in the CSV file's header row.", code="import.csv_column_missing")
        found[fld] = by_norm[_norm(column)]
    # csv.DictReader keeps the last of two columns of one name: which one the therapist meant is unknown.
    for column in found.values():
        if sum(_norm(c) == _norm(column) for c in columns) > 1:
            raise InvalidInput(f"The header row names the column '{column}' twice.",
                               hint="Rename one of the two columns in the file and try again.",
                               code="import.csv_column_twice", params={"column": column})
    if require_name and "name" not in found and not ("first_name" in found and "last_name" in found):
        raise InvalidInput("No column for the client's name.",
                           hint="Map 'name', or 'first_name' and 'last_name', to columns of the file.",
                           code="import.csv_no_name_column")
    return found


def parse_date_text(text: str, order: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    formats = ["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"]
    formats += ["%m/%d/%Y", "%m/%d/%y", "%m-%d-%Y"] if order == "mdy" else ["%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y"]
    head = text.split(" ")[0] if "T" not in text else text[:19]
    for fmt in formats:
        try:
            return datetime.strptime(head, fmt).date()
        except ValueError:
            continue
    raise ValueError("not a date this import reads")


def _row_dates(value: Mapping[str, str], order: str) -> tuple[date | None, date | None] | None:
    """(date of birth, last service) read in `order`; None when one of them is not a date in it."""
    try:
        return (parse_date_text(value.get("date_of_birth", ""), order),
                parse_date_text(value.get("last_service", ""), order))
    except ValueError:
        return None


def preview_csv(path: Path, *, preset: str | None = None, mapping: Mapping[str, str] | None = None,
                rows: int = 5, require_name: bool = True, recognise: bool = True) -> CsvPreview:
    """The file's columns, which column feeds which field, and the first rows so mapped (the
    review screen's column-mapping preview; require_name=False lets it show a file whose name
    column the therapist has yet to choose)."""
    columns, data = _read(path)
    resolved = resolve_mapping(columns, preset, mapping, require_name=require_name, recognise=recognise)
    return CsvPreview(columns, resolved, [{f: row.get(c, "") for f, c in resolved.items()} for row in data[:rows]],
                      [dict(row) for row in data[:rows]])


def plan_csv(vault: Vault, path: Path, *, preset: str | None = None, mapping: Mapping[str, str] | None = None,
             date_order: str | None = None, recognise: bool = True) -> ImportPlan:
    """The dry run: one chart per row that has a name; every other row is a report line."""
    columns, data = _read(path)
    resolved = resolve_mapping(columns, preset, mapping, recognise=recognise)
    order = date_order or (PRESETS[preset].date_order if preset else "mdy")
    plan = ImportPlan(SOURCE, Path(path))
    mapped = imports.mapped_keys(vault.records, SOURCE)
    destroyed = import_destroyed.lookup(vault.records)
    other = "dmy" if order == "mdy" else "mdy"
    values = [{f: row.get(c, "") for f, c in resolved.items()} for row in data]
    # Rows whose dates read only in the other order (25/12/1980), and none only in this one, say
    # how the file writes dates: then a date that reads both ways (03/04/1980) would go in with day
    # and month swapped. A file with both kinds is mixed: this order stands, the others are refused.
    readings = [(_row_dates(v, order), _row_dates(v, other)) for v in values]
    other_order = (any(mine is None and theirs is not None for mine, theirs in readings)
                   and not any(mine is not None and theirs is None for mine, theirs in readings))
    known = clients.list_clients(vault)
    people = {p.client_id: p for p in known}
    seen: set[str] = set()
    for number, (value, (dates, theirs)) in enumerate(zip(values, readings, strict=True), start=2):  # 1: header
        where = reason("import.row", f"row {number}", number=number)
        surname = " ".join(p for p in (value.get("last_name", ""), value.get("second_last_name", "")) if p)
        name = value.get("name") or " ".join(p for p in (value.get("first_name", ""), surname) if p)
        if not name.strip():
            plan.skipped.append(Issue(where, reason("import.row_no_name", "No name in this row.")))
            continue
        if dates is None:
            plan.skipped.append(Issue(where, _date_reason(order, other, other_order and theirs is not None)))
            continue
        if other_order and theirs is not None and theirs != dates:
            plan.skipped.append(Issue(where, reason(
                "import.rows_date_order_unsure",
                f"A date in this row reads both ways (day and month could be swapped), and other rows write dates "
                f"{ORDER_WORDS[other]}: left out so that it is not read the wrong way round. Run again with "
                f"--date-order {other}.", order=other.upper())))
            continue
        dob, last = dates
        chart = PlannedChart("", " ".join(name.split()), dob, value.get("email", ""), value.get("phone", ""),
                             value.get("address", ""), last_service=last,
                             surname="" if value.get("name") else surname)
        try:  # the import's own check of a new chart, told in the dry run already (apply checks it again)
            checked_new_chart(chart)
        except InvalidInput as exc:
            plan.skipped.append(Issue(where, refused("import.chart_refused", "Chart not imported", exc)))
            continue
        row = value.get("id") or f"{name.casefold()}|{dob or ''}"
        key = f"{preset or 'custom'}:" + row
        if key in seen:
            plan.skipped.append(Issue(where, reason("import.row_twice", "The same client appears twice in the file.")))
            continue
        seen.add(key)
        # The row as imported before under any preset's name or a mapping (the app's column
        # choices go as a mapping, the command line's --preset not): the same list again.
        before = next((k for k in _keys(preset, row) if k in mapped), None)
        if before is not None:
            # An id is not a person: another list may number its clients as the first one did.
            first = people.get(mapped[before][1])
            if first is not None and not same_id.identity_agrees(first, chart.name, dob):
                plan.skipped.append(Issue(where, same_id.row_id_taken_reason(first.chart_number)))
                continue
            plan.already_imported += 1
            continue
        gone = next((g for g in (destroyed.find(SOURCE, k) for k in _keys(preset, row)) if g is not None), None)
        if gone is not None:
            plan.skipped.append(Issue(where, same_id.destroyed_reason(gone)))
            continue
        plan.charts.append(replace(chart, source_key=key))
    plan.note_second_charts(known)
    return plan


def _keys(preset: str | None, row: str) -> list[str]:
    """The import-map keys a row may have been imported under: this run's first."""
    mine = preset or "custom"
    return [f"{p}:{row}" for p in (mine, *(p for p in (*PRESETS, "custom") if p != mine))]


def _date_reason(order: str, other: str, reads_other_way: bool) -> Problem:
    if reads_other_way:
        return reason("import.row_date_other_order",
                      f"A date in this row reads only as {ORDER_WORDS[other]}: the file seems to write dates that "
                      f"way. Run again with --date-order {other}.", order=other.upper())
    return reason("import.row_date", f"A date in this row cannot be read as {ORDER_WORDS[order]} nor as YYYY-MM-DD.",
                  order=order.upper())


def import_csv(vault: Vault, path: Path, *, preset: str | None = None, mapping: Mapping[str, str] | None = None,
               date_order: str | None = None, progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None, recognise: bool = True) -> ImportReport:
    plan = plan_csv(vault, path, preset=preset, mapping=mapping, date_order=date_order, recognise=recognise)
    return apply_plan(vault, plan, _no_files, system="CSV client list", progress=progress, cancelled=cancelled)


def import_csv_beside(on_vault: OnVault, path: Path, *, preset: str | None = None,
                      mapping: Mapping[str, str] | None = None, date_order: str | None = None,
                      progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                      report: ImportReport | None = None, recognise: bool = True) -> ImportReport:
    """`import_csv` from a thread of its own (services/import_beside.py)."""
    plan = on_vault(lambda v: plan_csv(v, path, preset=preset, mapping=mapping, date_order=date_order,
                                       recognise=recognise))
    return apply_plan_beside(on_vault, plan, _no_files, system="CSV client list", progress=progress,
                             cancelled=cancelled, report=report)


def _no_files(item: PlannedItem) -> str:  # a client list has no files; never called
    return reason("import.not_client_list", "Not part of a client list.")


__all__ = ["FIELDS", "PRESETS", "CsvPreview", "import_csv", "import_csv_beside", "match_columns", "plan_csv",
           "preview_csv",
           "resolve_mapping"]

"""Import a SimplePractice "Export - Complete" folder: plan (dry run), then apply.

    plan = plan_simplepractice(vault, folder)            # what will be created / ambiguous / skipped
    report = import_simplepractice(vault, folder, plan)  # one records transaction per chart

Keys in the import map: "contact:<id>" for a client, "note:<id>" for a note, and
"doc:<contact id>:<sha256>" for a document; psychotherapy notes are keyed in
psychotherapy.db by their SimplePractice id. A second run therefore adds nothing, but for a
psychotherapy note that came in damaged and is still a draft: a readable copy fills it
(damaged_again.py).
Reading the folder never writes to it.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from vault_app.domain.clinical import ClientSummary, sniff_imported_media_type
from vault_app.domain.clinical_notes import MAX_NOTE_CHARS
from vault_app.domain.errors import EnvironmentProblem, InvalidInput, NotFound, Problem
from vault_app.domain.locale_format import DEFAULT_LOCALE
from vault_app.domain.note_templates import MAX_SECTION_CHARS
from vault_app.services import clients
from vault_app.services.importers import same_id
from vault_app.services.importers import simplepractice_parse as sp
from vault_app.services.importers.apply import OnVault, Progress, apply_plan, apply_plan_beside, checked_new_chart
from vault_app.services.importers.damaged_again import filled_reason
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
from vault_app.services.importers.text_cut import (
    cut_reason,
    damaged_document_reason,
    damaged_note_text,
    damaged_reason,
    keep_note_text,
    too_large_reason,
)
from vault_app.services.practice import printing_locale
from vault_app.services.vault import Vault
from vault_app.storage import import_destroyed, imports

SOURCE = "simplepractice"
SYSTEM = "SimplePractice"
_TOPS = (sp.MEDICAL, sp.PSYCHOTHERAPY, sp.BILLING, sp.STORED, sp.MESSAGES)
LOCKED_REASON = reason("import.psychotherapy_locked_export",
                       "The psychotherapy notes are locked: unlock them (command line: --psychotherapy) and run the "
                       "import again to bring in psychotherapy notes.")

EMPTY_REASON = reason("import.file_empty",
                      "The file is empty (0 bytes), as a download that did not finish leaves it: download it from "
                      "SimplePractice again and import again.")

# The most text a note holds (a progress note's one free-form section, a psychotherapy note):
# a longer one is cut there with a line saying so, else the core refuses it and the whole chart.
_NOTE_LIMITS = {"progress_note": MAX_SECTION_CHARS, "psychotherapy_note": MAX_NOTE_CHARS}


@dataclass
class _Scan:
    root: Path
    # The practice's locale: the language of the lines the import adds to notes (text_cut.py).
    locale: str = DEFAULT_LOCALE
    contacts: dict[str, sp.Contact] = field(default_factory=dict)
    by_name: dict[str, list[sp.Contact]] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)  # rel path -> text read during the plan
    fillable: Mapping[str, str] = field(default_factory=dict)  # damaged drafts: SimplePractice id -> note id
    # Contacts whose id the vault holds for someone else (same_id.py): their files are listed, not filed.
    conflicts: set[str] = field(default_factory=set)
    mapped: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    # Contacts whose chart was imported before and destroyed since: their files are listed, not filed.
    destroyed: set[str] = field(default_factory=set)
    # Keys planned so far -> (path, SHA-256): a key met twice in one export is planned once.
    planned: dict[str, tuple[str, str]] = field(default_factory=dict)
    refused: set[str] = field(default_factory=set)  # contacts whose new chart the core would refuse
    digests: Mapping[str, str] = field(default_factory=dict)  # note keys imported before -> original's SHA-256
    # Keys imported before -> the client id of the chart they went to; client id -> chart number:
    # a file filed by hand is said as imported there, not as ambiguous again (_filed_before).
    went_to: Mapping[str, str] = field(default_factory=dict)
    numbers: Mapping[str, str] = field(default_factory=dict)


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


def _files(folder: Path) -> list[Path]:
    """The regular files under `folder`; a folder that is a link is not entered (see simplepractice_parse.not_read)."""
    if folder.is_symlink() or not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _read_contacts(scan: _Scan, plan: ImportPlan) -> None:
    for path in _files(scan.root / sp.CONTACTS):
        rel = sp.relative(scan.root, path)
        if path.suffix.lower() != ".vcf":
            plan.skipped.append(Issue(rel, reason("import.not_vcf", "Not a contact card (.vcf).")))
            continue
        data = sp.read_file(path)
        if data is None:
            plan.skipped.append(Issue(rel, reason("import.file_too_large", "The file is over the 25 MB limit.")))
            continue
        try:
            contact = sp.read_contact(scan.root, path, data)
        except ValueError as exc:
            # read_contact's reason is coded (import.contact_*): the sentence is said by its code.
            why = exc.args[0] if exc.args else ""
            plan.skipped.append(Issue(rel, reason(getattr(why, "code", ""), f"Contact not imported: {exc}.")))
            continue
        scan.contacts[contact.sp_id] = contact
        scan.by_name.setdefault(contact.name.casefold(), []).append(contact)


def _owner(scan: _Scan, top: str, path: Path) -> str:
    """The client name a file is filed under (its folder, or a message's file name)."""
    if top == sp.MESSAGES:
        return sp.message_owner(path.name) or ""
    parts = path.relative_to(scan.root / top).parts
    return parts[0] if len(parts) > 1 else ""


def _choose(scan: _Scan, owner: str, found: sp.Headers) -> tuple[sp.Contact | None, str, tuple[str, ...]]:
    """The contact a file belongs to, or (None, reason, candidate ids) when unsure."""
    candidates = scan.by_name.get(owner.casefold(), [])
    ids = tuple(c.sp_id for c in candidates)
    if not candidates:
        return None, reason("import.no_contact", "No contact card matches the client this file is filed under."), ()
    if found.dob is not None:
        matching = [c for c in candidates if c.date_of_birth == found.dob]
        if len(matching) == 1:
            return matching[0], "", ids
        if not matching:
            return None, reason("import.birth_matches_none",
                                "The date of birth in the file matches no contact card of that name."), ids
    if len(candidates) == 1:
        return candidates[0], "", ids
    return None, reason("import.name_shared", f"{len(candidates)} clients share this name and the file does not "
                                              "tell which one (no date of birth that tells them apart).",
                        count=len(candidates)), ids


def _item(scan: _Scan, top: str, path: Path, rel: str, data: bytes, text: str | None, found: sp.Headers,
          contact: sp.Contact) -> PlannedItem:
    digest = sp.sha256(data)
    name = sp.note_name(path.name) if path.suffix.lower() == ".pdf" else None
    if name is not None and top in (sp.MEDICAL, sp.PSYCHOTHERAPY):
        kind = "psychotherapy_note" if top == sp.PSYCHOTHERAPY else "progress_note"
        key = ("psynote:" if kind == "psychotherapy_note" else "note:") + name.sp_id
        if text is None:  # a scan: kept as the original only (progress notes; see _plan_file)
            kind, key = "document", f"doc:{contact.sp_id}:{digest}"
        return PlannedItem(rel, kind, key, name.title, digest, len(data),  # type: ignore[arg-type]
                           attachment_kind="imported_note", note_date=name.day, signed_by=found.signed_by,
                           signed_on=found.signed_on, signed_at=found.signed_at, author=found.provider,
                           text_layer=text is not None)
    attachment_kind, title = sp.document_kind(top, path.name)
    return PlannedItem(rel, "document", f"doc:{contact.sp_id}:{digest}", title, digest, len(data),
                       attachment_kind=attachment_kind, author=found.provider)


def _plan_file(scan: _Scan, plan: ImportPlan, charts: dict[str, PlannedChart], done: set[str],
               assignments: Mapping[str, str], top: str, path: Path, psychotherapy_open: bool) -> None:
    rel = sp.relative(scan.root, path)
    if top == sp.PSYCHOTHERAPY and not psychotherapy_open:
        plan.skipped.append(Issue(rel, LOCKED_REASON))  # not even read: its text belongs to that compartment
        return
    data = sp.read_file(path)
    if data is None:
        plan.skipped.append(Issue(rel, reason("import.file_too_large_split",
                                              "The file is over the 25 MB limit: split it or attach it by hand.")))
        return
    if not data:
        plan.skipped.append(Issue(rel, EMPTY_REASON))  # nothing to keep: the true reason, not "this type"
        return
    try:
        media_type = sniff_imported_media_type(data)
    except InvalidInput:
        media_type = ""
    # Text under a PDF's name is a PDF that cannot be read: kept as it came, like a damaged one.
    text_as_pdf = media_type == "text/plain" and path.suffix.lower() == ".pdf"
    if not media_type or (media_type == "text/plain" and path.suffix.lower() not in (".txt", ".pdf")):
        plan.skipped.append(Issue(rel, reason("import.type_not_kept",
                                              "Not a PDF, PNG, JPEG or text file: the vault cannot keep this type.")))
        return
    text: str | None = None
    read: sp.PdfText | None = None
    if data.startswith(b"%PDF-"):
        read = sp.pdf_text(data)
        if read.problem == "encrypted":
            plan.skipped.append(Issue(rel, reason("import.pdf_password", "The PDF is password-protected: remove the "
                                                                         "password and import again.")))
            return
        text = read.text
    elif text_as_pdf:
        read = sp.PdfText(None, "unreadable")
    elif path.suffix.lower() == ".txt":
        text = data.decode("utf-8")
    damaged = read is not None and read.problem == "unreadable"  # kept as its PDF, said in the report
    found = sp.headers(text) if text else sp.Headers()
    contact: sp.Contact | None
    ids: tuple[str, ...] = ()
    why: str
    if rel in assignments:
        contact = scan.contacts.get(assignments[rel])
        why = reason("import.chosen_contact_missing", "The chosen contact id is not in this export.")
    else:
        contact, why, ids = _choose(scan, _owner(scan, top, path), found)
    if contact is None:
        number = _filed_before(scan, top, path, rel, data, text, found, ids)
        if number is not None:
            plan.already_imported += 1
            plan.notices.append(Issue(rel, same_id.assigned_before_reason(number)))
        else:
            plan.ambiguous.append(Issue(rel, why, ids))
        return
    if contact.sp_id in scan.conflicts:
        plan.skipped.append(Issue(rel, same_id.contact_conflict_file_reason()))
        return
    if contact.sp_id in scan.destroyed:
        plan.skipped.append(Issue(rel, same_id.destroyed_file_reason()))
        return
    if contact.sp_id in scan.refused:
        plan.skipped.append(Issue(rel, reason("import.contact_refused_file", "Not imported: this file belongs to a "
                                              "contact that is not imported (see that contact's line).")))
        return
    name = sp.note_name(path.name) if damaged and top in (sp.MEDICAL, sp.PSYCHOTHERAPY) else None
    if name is not None and top == sp.PSYCHOTHERAPY:
        # Its PDF can be kept only inside the psychotherapy compartment, with a note: one whose
        # text says why it holds none.
        text = damaged_note_text(scan.locale)
    item = _item(scan, top, path, rel, data, text, found, contact)
    if top == sp.PSYCHOTHERAPY and not item.text_layer:
        plan.skipped.append(Issue(rel, reason("import.psychotherapy_scan",
                                              "A psychotherapy note with no text layer (a scan): it cannot be kept "
                                              "outside the psychotherapy compartment; add it there by hand.")))
        return
    # A readable copy of a psychotherapy note that came in damaged, still a draft: it fills that draft.
    psy_id = item.source_key.removeprefix("psynote:") if item.item_kind == "psychotherapy_note" else None
    fills = scan.fillable.get(psy_id) if psy_id is not None and not damaged else None
    if item.source_key in done and fills is None:
        if item.item_kind == "document" or same_id.same_note(
                item.source_key, item.sha256, charts[contact.sp_id].existing_client_id, scan.digests, scan.mapped):
            plan.already_imported += 1
        else:  # the id is another note's: never counted as this one, never filed over it
            plan.skipped.append(Issue(rel, same_id.note_taken_reason()))
        return
    twin = scan.planned.get(item.source_key)
    if twin is not None:
        # The same file twice in one export (a treatment plan copied into Stored documents): one
        # document, said; a key is written once (import_map's primary key).
        if twin[1] == item.sha256:
            plan.notices.append(Issue(rel, same_file_reason(twin[0])))
        else:
            plan.skipped.append(Issue(rel, same_id.note_taken_reason()))
        return
    scan.planned[item.source_key] = (rel, item.sha256)
    day = item.note_date
    if fills is not None and day is not None:
        item = replace(item, fills_note_id=fills)
        plan.notices.append(Issue(rel, filled_reason(item.title, day)))
    if damaged:
        item = replace(item, damaged=True)
        plan.notices.append(Issue(rel, damaged_reason(name.title, name.day, psychotherapy=top == sp.PSYCHOTHERAPY)
                                  if name is not None else damaged_document_reason()))
    elif not item.text_layer:
        cut_on = item.note_date if read is not None and read.cut else None  # text there, but too large to read
        plan.notices.append(Issue(rel, too_large_reason(item.title, cut_on) if cut_on is not None else reason(
            "import.scan_kept", "No text layer (a scan): kept as an attachment only, with no note text.")))
    if text is not None and read is not None and item.item_kind in _NOTE_LIMITS and item.note_date is not None:
        text, cut = keep_note_text(text, read, _NOTE_LIMITS[item.item_kind], scan.locale)
        if cut is not None:
            plan.notices.append(Issue(rel, cut_reason(item.title, item.note_date, cut)))
    if text is not None:
        scan.texts[rel] = text  # notes become notes; documents' text goes into the search index
    chart = charts[contact.sp_id]
    chart.items.append(item)
    if item.note_date and (chart.last_service is None or item.note_date > chart.last_service):
        chart.last_service = item.note_date


def _filed_before(scan: _Scan, top: str, path: Path, rel: str, data: bytes, text: str | None, found: sp.Headers,
                  ids: tuple[str, ...]) -> str | None:
    """The chart number an ambiguous file was filed into by hand on an earlier run (its key is in
    the import map under one of its candidates, and for a note its original is this same file);
    None when it was not (or, never seen, under two of them)."""
    charts = set()
    for sp_id in ids:
        contact = scan.contacts.get(sp_id)
        if contact is None:
            continue
        item = _item(scan, top, path, rel, data, text, found, contact)
        client_id = scan.went_to.get(item.source_key)
        known = scan.digests.get(item.source_key)
        if client_id is not None and (not known or known == item.sha256):
            charts.add(client_id)
    return (scan.numbers.get(charts.pop()) or None) if len(charts) == 1 else None


def same_file_reason(first: str) -> Problem:
    return reason("import.same_file_once", f"The same file as {first}: imported once.", path=first)


def _drop_conflicts(scan: _Scan, plan: ImportPlan, charts: dict[str, PlannedChart],
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


def _drop_destroyed(scan: _Scan, plan: ImportPlan, charts: dict[str, PlannedChart],
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


def _drop_refused(scan: _Scan, plan: ImportPlan, charts: dict[str, PlannedChart]) -> None:
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


def _plan(vault: Vault, folder: Path, assignments: Mapping[str, str]) -> tuple[ImportPlan, _Scan]:
    return _plan_from(_known(vault), folder, assignments)


def _plan_from(known: _Known, folder: Path, assignments: Mapping[str, str],
               stop: Callable[[], bool] | None = None) -> tuple[ImportPlan, _Scan]:
    """The plan from the folder and what the vault knows: reads files only (any thread).
    `stop` is asked before each file: ImportStopped once the vault is locking."""
    root = check_folder(folder)
    plan = ImportPlan(SOURCE, root)
    went_to = {key: client_id for key, (_target, client_id) in known.mapped.items()}
    went_to.update({f"psynote:{k}": v for k, v in known.psy_clients.items()})
    scan = _Scan(root, known.locale, fillable=known.fillable, mapped=known.mapped, digests=known.digests,
                 went_to=went_to, numbers={p.client_id: p.chart_number for p in known.people})
    _read_contacts(scan, plan)
    mapped = known.mapped
    done = set(mapped) | {f"psynote:{i}" for i in known.psychotherapy_ids}
    charts = {
        c.sp_id: PlannedChart(f"contact:{c.sp_id}", c.name, c.date_of_birth, c.email, c.phone, c.address,
                              existing_client_id=mapped.get(f"contact:{c.sp_id}", (None, None))[0])
        for c in scan.contacts.values()
    }
    _drop_conflicts(scan, plan, charts, known.people)
    _drop_destroyed(scan, plan, charts, known.destroyed)
    _drop_refused(scan, plan, charts)
    for top in _TOPS:
        for path in _files(root / top):
            if stop is not None and stop():
                raise ImportStopped
            _plan_file(scan, plan, charts, done, assignments, top, path, known.psychotherapy_open)
    sp.not_read(root, plan)
    for path in _files(root):
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
                               stop: Callable[[], bool] | None = None) -> ImportPlan:
    """The dry run from a thread of its own (the wizard's review): one short read of the
    vault through `on_vault`, then the folder, which may take seconds for thousands of PDFs."""
    known = on_vault(_known)
    return _plan_from(known, folder, assignments or {}, stop)[0]


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
    with marked_while_read(on_vault, SOURCE):
        plan, scan = _plan_from(on_vault(_known), folder, assignments or {})
    return apply_plan_beside(on_vault, plan, lambda item: _load(scan, item), system=SYSTEM, progress=progress,
                             cancelled=cancelled, report=report)


def _load(scan: _Scan, item: PlannedItem) -> tuple[bytes, str] | str:
    path = scan.root / item.path
    try:
        data = sp.read_file(path)
    except (OSError, EnvironmentProblem):
        return reason("import.file_gone", "The file could no longer be read (moved or deleted since the dry run).")
    if data is None or sp.sha256(data) != item.sha256:
        return reason("import.file_changed", "The file changed since the dry run: run the import again.")
    return data, scan.texts.get(item.path, "")


__all__ = ["SOURCE", "SYSTEM", "check_folder", "import_simplepractice", "import_simplepractice_beside",
           "plan_simplepractice",
           "plan_simplepractice_beside"]

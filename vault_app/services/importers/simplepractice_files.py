"""The files of a SimplePractice export planned one by one (simplepractice.py plans the whole
export and applies it): the contact cards read, then for each file whose client it is (by the
folder it is filed under, a date of birth in it, or the user's choice), what it becomes (a
progress or psychotherapy note, a document) and why it is left out, listed as ambiguous or
said in a notice (damaged, cut, a scan, the same file twice, filed by hand before).
Reading a file never writes to it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from vault_app.domain.clinical_documents import sniff_imported_media_type
from vault_app.domain.clinical_notes import MAX_NOTE_CHARS
from vault_app.domain.errors import InvalidInput, Problem
from vault_app.domain.locale_format import DEFAULT_LOCALE
from vault_app.domain.note_templates import MAX_SECTION_CHARS
from vault_app.services.clinical_common import today
from vault_app.services.importers import folder_walk, same_id
from vault_app.services.importers import simplepractice_parse as sp
from vault_app.services.importers.damaged_again import filled_reason
from vault_app.services.importers.plan import ImportPlan, Issue, PlannedChart, PlannedItem, reason
from vault_app.services.importers.text_cut import (
    cut_reason,
    damaged_document_reason,
    damaged_note_text,
    damaged_reason,
    keep_note_text,
    too_large_reason,
)

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
class Scan:
    """One plan's reading of an export: what the vault knows of it, and the files planned so far."""

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


def files(folder: Path, max_depth: int = folder_walk.MAX_DEPTH - 1) -> list[Path]:
    """The regular files under `folder` (by default a folder of the export's top, one below it):
    a folder that is a link, or one too deep below the export, is not entered
    (simplepractice_parse.not_read lists them)."""
    if folder.is_symlink() or not folder.is_dir():
        return []
    return folder_walk.listing(folder, max_depth).files


def read_contacts(scan: Scan, plan: ImportPlan) -> None:
    for path in files(scan.root / sp.CONTACTS):
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
        left_out = birth_date_left_out(contact)
        if left_out is not None:
            # The chart is made without it (as apply.py would): the dry run shows it so, and says why.
            plan.notices.append(Issue(rel, left_out))
            contact = replace(contact, date_of_birth=None)
        scan.contacts[contact.sp_id] = contact
        scan.by_name.setdefault(sp.name_key(contact.name), []).append(contact)


def birth_date_left_out(contact: sp.Contact) -> Problem | None:
    """Why the card's birth date cannot go into the chart, or None (none written, or a good one).
    Found by the attacker's walk: a date in the future or not a date was dropped without a word."""
    if not contact.birth_date_text:
        return None
    if contact.date_of_birth is None:
        return reason("import.birth_date_unreadable", "The birth date in the contact card is not a date: the chart "
                                                      "is made without one. Add it by hand.")
    if contact.date_of_birth > today():
        return reason("import.birth_date_future", "The birth date in the contact card is in the future: the chart "
                                                  "is made without one. Add it by hand.")
    return None


def _owner(scan: Scan, top: str, path: Path) -> str:
    """The client name a file is filed under (its folder, or a message's file name)."""
    if top == sp.MESSAGES:
        return sp.message_owner(path.name) or ""
    parts = path.relative_to(scan.root / top).parts
    return parts[0] if len(parts) > 1 else ""


def _choose(scan: Scan, owner: str, found: sp.Headers) -> tuple[sp.Contact | None, str, tuple[str, ...]]:
    """The contact a file belongs to, or (None, reason, candidate ids) when unsure."""
    candidates = scan.by_name.get(sp.name_key(owner), [])
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


def _item(scan: Scan, top: str, path: Path, rel: str, data: bytes, text: str | None, found: sp.Headers,
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


def plan_file(scan: Scan, plan: ImportPlan, charts: dict[str, PlannedChart], done: set[str],
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


def _filed_before(scan: Scan, top: str, path: Path, rel: str, data: bytes, text: str | None, found: sp.Headers,
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




__all__ = ["EMPTY_REASON", "LOCKED_REASON", "Scan", "files", "plan_file", "read_contacts", "same_file_reason"]

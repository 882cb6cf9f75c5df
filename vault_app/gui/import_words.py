"""The import's own sentences in the screen's language: the reasons of the dry run and the
report, the rows of a client list ("row 12") and the progress line.

The importers (services/importers/) write each in English -- the command line prints it and
`--dry-run --json` keeps it -- and give it a code and params (plan.reason, a domain/errors.Problem).
Here each code has its words, marked for Qt under the "ImportWords" context; es.ts holds the
Spanish. An English screen says these words too, not the core's: the core's may name what only
the command line has ("--psychotherapy"), which a window never does. A code without Spanish words
is said by its English words; a sentence without a code, or whose params its words do not take,
as the core wrote it: one whole sentence in English reads better than half of one translated.

Counts ("99,799 characters", "Chart 1,204 of 3,000") are written as the practice writes numbers,
as the client list's are (99.799 in Spain): dates and money on screen follow the practice too.

A chart the core refused ("import.chart_refused": a name too long...) carries the refusal's own
code, field and params: that refusal is said by gui/refusal_words.py, as a phrase inside the
import's one sentence (not "Chart not imported: The name..." nor, in Spanish, a colon after a
colon).
"""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.domain import locale_format
from vault_app.domain.errors import InvalidInput
from vault_app.gui.client_words import STATUS_WORDS
from vault_app.gui.dates import practice_locale, show_date
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.refusal_words import refusal_words
from vault_app.gui.sentence_words import said_in_words, sentence, translated

CONTEXT = "ImportWords"

# What each code says, with its params as {names}. The progress line's counts read right for
# 1 and many ("Chart 1 of 1", "Charts imported: 1").
SAYS: Mapping[str, str] = {
    # the progress line
    "import.chart_of": QT_TRANSLATE_NOOP("ImportWords", "Chart {number} of {total}"),
    "import.reading_export": QT_TRANSLATE_NOOP("ImportWords", "Reading the export: {read} of {total} files"),
    "import.imported": QT_TRANSLATE_NOOP("ImportWords", "Charts imported: {count}"),
    # a client list (CSV): where, and why a row is left out
    "import.row": QT_TRANSLATE_NOOP("ImportWords", "row {number}"),
    "import.row_no_name": QT_TRANSLATE_NOOP("ImportWords", "No name in this row."),
    "import.row_date": QT_TRANSLATE_NOOP(
        "ImportWords", "A date in this row is not a date written {order} (the order chosen under “Dates written "
                       "as”), nor written year-month-day."),
    "import.row_date_other_order": QT_TRANSLATE_NOOP(
        "ImportWords", "A date in this row reads only as {order}: the file seems to write dates that way. Choose "
                       "{order} under “Dates written as” and run the dry run again."),
    "import.rows_date_order_unsure": QT_TRANSLATE_NOOP(
        "ImportWords", "A date in this row reads both ways (day and month could be swapped), and other rows write "
                       "dates as {order}: left out so that it is not read wrongly. Choose the order under "
                       "“Dates written as” and run the dry run again."),
    "import.row_twice": QT_TRANSLATE_NOOP("ImportWords", "The same client appears twice in the file."),
    "import.row_id_taken": QT_TRANSLATE_NOOP(
        "ImportWords", "This row's id was imported before for a different person (chart {chart_number}: another "
                       "name or birth date): not imported. If this list comes from another practice or system, "
                       "import it again with “(not in the file)” chosen for Id in the old system: its rows are then "
                       "told apart by name and birth date. Or add this client by hand."),
    "import.not_client_list": QT_TRANSLATE_NOOP("ImportWords", "Not part of a client list."),
    # a file left out
    "import.file_too_large": QT_TRANSLATE_NOOP("ImportWords", "The file is over the 25 MB limit."),
    "import.file_too_large_split": QT_TRANSLATE_NOOP(
        "ImportWords", "The file is over the 25 MB limit: split it or attach it by hand."),
    "import.not_pdf_or_image": QT_TRANSLATE_NOOP("ImportWords", "Not a PDF, PNG or JPEG file."),
    "import.same_file_twice": QT_TRANSLATE_NOOP("ImportWords", "The same file as {first} in this folder: kept once."),
    "import.type_not_kept": QT_TRANSLATE_NOOP(
        "ImportWords", "Not a PDF, PNG, JPEG or text file: the vault cannot keep this type."),
    "import.file_empty": QT_TRANSLATE_NOOP(
        "ImportWords", "The file is empty (0 bytes), as a download that did not finish leaves it: download it from "
                       "SimplePractice again and import again."),
    "import.image_damaged": QT_TRANSLATE_NOOP(
        "ImportWords", "The image is damaged (not a well-formed PNG or JPEG): it would never open. Save or scan it "
                       "again, then import it."),
    "import.pdf_password": QT_TRANSLATE_NOOP(
        "ImportWords", "The PDF is password-protected: remove the password and import again."),
    "import.pdf_damaged_kept": QT_TRANSLATE_NOOP(
        "ImportWords", "The PDF is damaged and its text cannot be read: it is attached as it came, and a search does "
                       "not find its text."),
    "import.file_changed": QT_TRANSLATE_NOOP(
        "ImportWords", "The file changed since the dry run: run the import again."),
    "import.file_gone": QT_TRANSLATE_NOOP(
        "ImportWords", "The file could no longer be read (moved or deleted since the dry run)."),
    "import.outside_layout": QT_TRANSLATE_NOOP("ImportWords", "Not part of the export layout this importer reads."),
    "import.link_not_followed": QT_TRANSLATE_NOOP(
        "ImportWords", "A link to a file or folder elsewhere: not imported. Copy what it points to into the export "
                       "folder if it belongs to it."),
    "import.not_a_file": QT_TRANSLATE_NOOP("ImportWords", "Not an ordinary file (a pipe or a device): not imported."),
    "import.birth_date_unreadable": QT_TRANSLATE_NOOP(
        "ImportWords", "The birth date in the contact card is not a date: the chart is made without one. Add it by "
                       "hand."),
    "import.birth_date_future": QT_TRANSLATE_NOOP(
        "ImportWords", "The birth date in the contact card is in the future: the chart is made without one. Add it "
                       "by hand."),
    "import.folder_too_deep": QT_TRANSLATE_NOOP(
        "ImportWords", "A folder nested more than {depth} folders deep: nothing in it is imported. Move what belongs "
                       "to the import nearer the top."),
    "import.psychotherapy_scan": QT_TRANSLATE_NOOP(
        "ImportWords", "A psychotherapy note with no text layer (a scan): it cannot be kept outside the "
                       "psychotherapy compartment; add it there by hand."),
    "import.scan_kept": QT_TRANSLATE_NOOP(
        "ImportWords", "No text layer (a scan): kept as an attachment only, with no note text."),
    # a long note imported with its text cut (services/importers/text_cut.py)
    "import.text_cut_pages": QT_TRANSLATE_NOOP(
        "ImportWords", "{title} of {date}: text cut after {pages} of its {total} pages; the whole PDF is attached."),
    "import.text_cut_size": QT_TRANSLATE_NOOP(
        "ImportWords", "{title} of {date}: text cut: the text of {pages} of its {total} pages was too large to "
                       "read; the whole PDF is attached."),
    "import.text_cut_characters": QT_TRANSLATE_NOOP(
        "ImportWords", "{title} of {date}: text cut after {characters} characters; the whole PDF is attached."),
    "import.text_too_large_kept": QT_TRANSLATE_NOOP(
        "ImportWords", "{title} of {date}: no text could be read (its pages are larger than the import reads); kept "
                       "as the PDF only, with no note text."),
    "import.note_pdf_damaged_kept": QT_TRANSLATE_NOOP(
        "ImportWords", "{title} of {date}: the PDF is damaged and its text cannot be read; the original PDF is "
                       "attached to the chart, with no note text. Download it from SimplePractice again to read it."),
    "import.psychotherapy_pdf_damaged_kept": QT_TRANSLATE_NOOP(
        "ImportWords", "{title} of {date}: the PDF is damaged and its text cannot be read; the note is kept with its "
                       "original PDF and a line saying so. Download it from SimplePractice again to read it."),
    # a readable copy of a psychotherapy note that came in damaged, imported again (damaged_again.py)
    "import.psychotherapy_damaged_filled": QT_TRANSLATE_NOOP(
        "ImportWords", "{title} of {date}: the readable PDF filled the draft kept when the note came in damaged; its "
                       "original PDF is now this one."),
    "import.psychotherapy_damaged_signed": QT_TRANSLATE_NOOP(
        "ImportWords", "{title} of {date}: not filled in, as its draft was signed meanwhile; a signed note is never "
                       "changed."),
    "import.psychotherapy_damaged_gone": QT_TRANSLATE_NOOP(
        "ImportWords", "{title} of {date}: not filled in, as its draft was discarded or filled meanwhile; import "
                       "again to bring it in."),
    "import.psychotherapy_damaged_too_long": QT_TRANSLATE_NOOP(
        "ImportWords", "{title} of {date}: not filled in, as its text and what was typed into its draft are longer "
                       "together than a note holds; copy the words typed elsewhere, delete them, and import again."),
    # a document of a folder of PDFs read only in part: its search finds only that part
    "import.document_cut_pages": QT_TRANSLATE_NOOP(
        "ImportWords", "{title}: only the first {pages} of its {total} pages are searchable; the whole document is "
                       "attached."),
    "import.document_cut_size": QT_TRANSLATE_NOOP(
        "ImportWords", "{title}: the text of {pages} of its {total} pages was too large to read and is not "
                       "searchable; the whole document is attached."),
    "import.document_cut_characters": QT_TRANSLATE_NOOP(
        "ImportWords", "{title}: only its first {characters} characters are searchable; the whole document is "
                       "attached."),
    "import.document_cut_all": QT_TRANSLATE_NOOP(
        "ImportWords", "{title}: its text could not be read (its pages are larger than the import reads), so it is "
                       "not searchable; the whole document is attached."),
    # the psychotherapy compartment locked: unlocked on the wizard's first page (the command
    # line's option, which the core's English names, is no help in a window). In the dry run,
    # Back leads there; in the report, the import is run again (it adds only what is missing).
    "import.psychotherapy_locked": QT_TRANSLATE_NOOP(
        "ImportWords", "The psychotherapy notes were locked before they could be imported: run the import again "
                       "(Vault > Import…) and unlock them on its first page; it adds only what is missing."),
    "import.psychotherapy_locked_export": QT_TRANSLATE_NOOP(
        "ImportWords", "The psychotherapy notes are locked: go Back to the first page and unlock them there to "
                       "bring in psychotherapy notes."),
    # a contact card (SimplePractice)
    "import.not_vcf": QT_TRANSLATE_NOOP("ImportWords", "Not a contact card (.vcf)."),
    "import.contact_file_name": QT_TRANSLATE_NOOP(
        "ImportWords", "Contact not imported: the file name is not '<Name> - <id>.vcf'."),
    "import.contact_not_utf8": QT_TRANSLATE_NOOP(
        "ImportWords", "Contact not imported: the contact card is not text in UTF-8, Windows (cp1252) or UTF-16 "
                       "with its byte-order mark."),
    "import.contact_malformed": QT_TRANSLATE_NOOP(
        "ImportWords", "Contact not imported: the contact card is malformed (not a readable vCard)."),
    "import.contact_no_name": QT_TRANSLATE_NOOP("ImportWords", "Contact not imported: the contact card has no "
                                                               "name (FN)."),
    # which chart a file belongs to
    "import.no_contact": QT_TRANSLATE_NOOP("ImportWords", "No contact card matches the client this file is filed "
                                                          "under."),
    "import.birth_matches_none": QT_TRANSLATE_NOOP(
        "ImportWords", "The date of birth in the file matches no contact card of that name."),
    "import.name_shared": QT_TRANSLATE_NOOP(
        "ImportWords", "{count} clients share this name and the file does not tell which one (no date of birth "
                       "that tells them apart)."),
    "import.chosen_contact_missing": QT_TRANSLATE_NOOP("ImportWords", "The chosen contact id is not in this export."),
    "import.contact_id_taken": QT_TRANSLATE_NOOP(
        "ImportWords", "This contact's SimplePractice id was imported before for a different person (chart "
                       "{chart_number}: another name or birth date): not imported, and none of its files are. If this "
                       "export comes from another SimplePractice account, import it into a vault of its own or add "
                       "its records by hand."),
    "import.contact_id_conflict": QT_TRANSLATE_NOOP(
        "ImportWords", "Not imported: this file belongs to a contact whose SimplePractice id the vault already holds "
                       "for a different person (see that contact's line)."),
    "import.same_file_once": QT_TRANSLATE_NOOP("ImportWords", "The same file as {path}: imported once."),
    "import.assigned_before": QT_TRANSLATE_NOOP(
        "ImportWords", "Imported before into chart {chart_number}, where it was filed by hand: nothing more to do."),
    "import.contact_refused_file": QT_TRANSLATE_NOOP(
        "ImportWords", "Not imported: this file belongs to a contact that is not imported (see that contact's line)."),
    "import.chart_destroyed": QT_TRANSLATE_NOOP(
        "ImportWords", "Not imported: the chart this record was imported into before was destroyed on {date} "
                       "(certificate {certificate}). An import does not bring back a destroyed chart; if this person "
                       "is a client again, add them by hand."),
    "import.chart_destroyed_file": QT_TRANSLATE_NOOP(
        "ImportWords", "Not imported: this file belongs to a contact whose chart was destroyed (see that contact's "
                       "line)."),
    "import.note_id_taken": QT_TRANSLATE_NOOP(
        "ImportWords", "Not imported: a different note with this SimplePractice id is already in the vault (another "
                       "file, or another chart). Compare them and add this one by hand if it belongs here."),
    "import.second_chart": QT_TRANSLATE_NOOP(
        "ImportWords", "A chart with this name and birth date already exists ({chart_number}, {status}). The import "
                       "makes a separate chart: if this is the same person, their records will be split over two "
                       "charts."),
    "import.same_person_in_import": QT_TRANSLATE_NOOP(
        "ImportWords", "This import also makes a chart for {other}, with the same name and birth date: if this is the "
                       "same person (entered twice in the previous system), their records will be split over two "
                       "charts. Merge them in the previous system and export again, or leave one out."),
    # a chart the import could not bring in
    "import.chart_gone": QT_TRANSLATE_NOOP("ImportWords", "Chart not imported: its chart is gone."),
    "import.documents_removed": QT_TRANSLATE_NOOP(
        "ImportWords", "Chart not imported: its documents were removed while it was being imported. Run the "
                       "import again to bring it in."),
    # One sentence: the refusal comes as a phrase, without its full stop (a translation may
    # put it first: "Acorte el nombre legal: ... (expediente no importado).").
    "import.chart_refused": QT_TRANSLATE_NOOP("ImportWords", "Chart not imported: {refusal}."),
    "import.psychotherapy_refused": QT_TRANSLATE_NOOP("ImportWords", "Psychotherapy notes not imported: {refusal}."),
}

# A client list's date order, as the core names it ("MDY"): said so a reader of another order
# knows which one is meant.
_ORDERS: Mapping[str, str] = {
    "MDY": QT_TRANSLATE_NOOP("ImportWords", "month/day/year"),
    "DMY": QT_TRANSLATE_NOOP("ImportWords", "day/month/year"),
}
_TABLES: Mapping[str, tuple[Mapping[str, str], str]] = {
    "order": (_ORDERS, CONTEXT),
    "status": (STATUS_WORDS, "ClientWords"),
}


def _refusal(params: Mapping[str, object], english: str, translating: bool) -> str | None:
    """The core's refusal a reason carries (its code, field and params), in the screen's
    language, as a phrase to go inside the import's sentence (no full stop; in English lower-
    case after the colon). None when a translated screen has no words for it: `english` is
    the refusal's own English, what an untranslated refusal says."""
    rest = {k: v for k, v in params.items() if k not in ("refusal", "field") and isinstance(v, str | int)}
    exc = InvalidInput(english, code=str(params.get("refusal", "")), field=str(params.get("field", "")),
                       params=rest)
    message, _hint = refusal_words(exc)
    if not message or (translating and message == english):
        return None
    phrase = message[:-1] if message.endswith(".") and not message.endswith("..") else message
    # "The client name is..." -> "the client name is...", but "PDF ..." stays as it is.
    return phrase[:1].lower() + phrase[1:] if phrase[1:2].islower() else phrase


def _with_refusal(text: str, source: str, params: Mapping[str, object]) -> str:
    """"Chart not imported: {refusal}." as one sentence in either language (a translation
    places the refusal where its grammar wants it); else the core's English as written."""
    words = translated(CONTEXT, source)
    head = f"{source.split(':', 1)[0]}: "
    english = str(text)[len(head):] if str(text).startswith(head) else ""
    refusal = _refusal(params, english, translating=words is not None)
    if refusal is None:
        return str(text)
    try:
        said = (words or source).format(refusal=refusal)
    except (KeyError, IndexError, ValueError):
        return str(text)
    return said[:1].upper() + said[1:]


# Numbers that are not counts: a row of the file, as the spreadsheet numbers its rows (no
# separators: "row 12345", not "row 12,345").
_NOT_COUNTS = frozenset({("import.row", "number")})


def count_said(n: int) -> str:
    """A count of the import (its summaries' too) as the practice writes numbers."""
    return locale_format.count_text(n, practice_locale())


# A day the core gives as ISO (2024-03-05, what the CLI prints): a SimplePractice note's day.
_DAYS = frozenset({"date"})


def _counts_said(code: str, params: Mapping[str, object]) -> dict[str, object]:
    """`params` with each count written as the practice writes numbers, each day as it writes
    dates (05/03/2024 in Spain, 03/05/2024 in the US)."""
    return {name: count_said(value)
            if isinstance(value, int) and not isinstance(value, bool) and (code, name) not in _NOT_COUNTS
            else show_date(value) if name in _DAYS and isinstance(value, str)
            else value for name, value in params.items()}


def _english(source: str, params: Mapping[str, object], text: str) -> str:
    """The code's own English words (a table's param by its English word), else the core's."""
    said = dict(params)
    for name, (table, _context) in _TABLES.items():
        if name in said:
            word = table.get(str(said[name]))
            if word is None:
                return str(text)
            said[name] = word
    try:
        return source.format(**said)
    except (KeyError, IndexError, ValueError):
        return str(text)


def words_of(text: str) -> str:
    """A reason, a row or a progress line of the import in the screen's language (English by
    its own words), else as the core wrote it."""
    code = str(getattr(text, "code", "") or "")
    source = SAYS.get(code)
    if source is None:
        return str(text)
    params: dict[str, object] = dict(getattr(text, "params", None) or {})
    if "{refusal}" in source:
        return _with_refusal(str(text), source, params)
    params = _counts_said(code, params)
    for name, (table, context) in _TABLES.items():
        if name in params:
            said = said_in_words(source, CONTEXT, params, {name: table}, context,
                                 capital=not source.startswith("{") and source[:1].isupper())
            return said or _english(source, params, text)
    return sentence(source, CONTEXT, params, capital=source[:1].isupper()) or _english(source, params, text)


__all__ = ["CONTEXT", "SAYS", "count_said", "words_of"]

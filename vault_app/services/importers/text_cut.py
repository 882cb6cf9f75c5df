"""A note whose text the import could not bring in whole: said in the report, and at the
note's end (and a note whose PDF it could not read at all, kept as its PDF).

The import reads a PDF's text within caps (simplepractice_parse: pages, content size,
characters) so a hostile file cannot keep it busy for hours, and a note holds at most so many
characters (a progress note's section, a psychotherapy note's text): past that, the whole
chart would be refused. A genuine long note past either keeps the start of its text, the
original PDF keeps everything, and the therapist is told twice: one line of the dry run's and
the import's report per note, and a last line in the note itself, marked as the import's, so
whoever reads the note later knows that it stops early and where the rest is.

The line in the note becomes part of the record, so it is written in the practice's language
(Settings: Dates and money) as the import finds it, whatever language the screen speaks: a
Spanish-speaking practice's notes say it in Spanish (found: an es_ES practice's cut notes ended
in English). Its words are data here, one table per language (English and Spanish); a practice
in another language gets the English, with numbers as the practice writes them.

A note whose PDF cannot be read at all (damaged: cut short, garbage) loses nothing either: a
progress note's PDF is attached to the chart as it came, a psychotherapy note's is kept in its
compartment with a note that says, in the same words, why it holds no text (simplepractice.py).

A document of a folder of PDFs (pdf_folder.py) is read within the same caps, for the chart's
search only: the document itself is attached whole. What was not read is not found by a search,
and the import's report says so, one line per document.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Literal

from vault_app.domain.errors import Problem
from vault_app.domain.locale_format import DEFAULT_LOCALE, count_text
from vault_app.services.importers.plan import reason
from vault_app.services.importers.simplepractice_parse import PdfText

Cap = Literal["pages", "size", "characters"]
# The longest line of any language below (198 characters with counts of a billion) and the blank
# line before it (tests/core/test_import_note_line_language.py checks every language).
_LINE_ROOM = 200

# The import's line at a note's end, per language: {where} says what the note's text lacks.
# "damaged" is a psychotherapy note's whole text when its PDF could not be read.
END_WORDS: Mapping[str, Mapping[str, str]] = {
    "en": {
        "line": "[Added by the import: {where}; the whole note is in its original PDF, kept with it.]",
        "pages": "the text above stops after page {read} of {total}",
        "size": "the text of {unread} of the {total} pages was too large to read and is not above",
        "characters": "the text above stops after {characters} characters",
        "damaged": "the text of this note could not be read, as its PDF is damaged",
    },
    "es": {
        "line": "[Añadido por la importación: {where}; la nota completa está en su PDF original, guardado con ella.]",
        "pages": "el texto de arriba termina tras la página {read} de {total}",
        "size": "el texto de {unread} de las {total} páginas era demasiado grande para leerlo y no está arriba",
        "characters": "el texto de arriba termina tras {characters} caracteres",
        "damaged": "no se pudo leer el texto de esta nota, porque su PDF está dañado",
    },
}


def _words(locale: str) -> Mapping[str, str]:
    return END_WORDS.get(locale.split("_")[0], END_WORDS["en"])


def _said(key: str, locale: str, **counts: int) -> str:
    words = _words(locale)
    where = words[key].format(**{k: count_text(n, locale) for k, n in counts.items()})
    return words["line"].format(where=where)


@dataclass(frozen=True)
class Cut:
    cap: Cap
    pages_read: int  # pages whose text is in the note
    pages: int  # the PDF's pages
    characters: int  # characters of the PDF's text kept (before the import's own line)


def _end_line(cut: Cut, locale: str) -> str:
    if cut.cap == "pages":
        return _said("pages", locale, read=cut.pages_read, total=cut.pages)
    if cut.cap == "size":
        return _said("size", locale, unread=cut.pages - cut.pages_read, total=cut.pages)
    return _said("characters", locale, characters=cut.characters)


def damaged_note_text(locale: str = DEFAULT_LOCALE) -> str:
    """The whole text of a note kept as its original PDF only, whose PDF could not be read."""
    return _said("damaged", locale)


def keep_note_text(text: str, read: PdfText, limit: int, locale: str = DEFAULT_LOCALE) -> tuple[str, Cut | None]:
    """The note's text as it will be imported, at most `limit` characters, and what was cut
    (None: nothing, the text is returned as it is); the line saying so in `locale`'s language."""
    if not read.cut and len(text) <= limit:
        return text, None
    # The note's own limit comes last: where it cuts, that is where the note stops.
    longest = limit - _LINE_ROOM
    over = len(text) > longest
    kept = text[:longest].rstrip() if over else text
    cap: Cap = read.cap if read.cap in ("pages", "size") and not over else "characters"  # type: ignore[assignment]
    cut = Cut(cap, read.pages_read, read.pages, len(kept))
    return f"{kept}\n\n{_end_line(cut, locale)}", cut


def cut_reason(title: str, day: date, cut: Cut) -> Problem:
    """The report's line for the note (its path is the Issue's): coded, so a screen says it in
    its own language (gui/import_words.py)."""
    on = day.isoformat()
    if cut.cap == "pages":
        return reason("import.text_cut_pages",
                      f"{title} of {on}: text cut after {cut.pages_read:,} of its {cut.pages:,} pages; the whole PDF "
                      "is attached.", title=title, date=on, pages=cut.pages_read, total=cut.pages)
    if cut.cap == "size":
        unread = cut.pages - cut.pages_read
        return reason("import.text_cut_size",
                      f"{title} of {on}: text cut: the text of {unread:,} of its {cut.pages:,} pages was too large to "
                      "read; the whole PDF is attached.", title=title, date=on, pages=unread, total=cut.pages)
    return reason("import.text_cut_characters",
                  f"{title} of {on}: text cut after {cut.characters:,} characters; the whole PDF is attached.",
                  title=title, date=on, characters=cut.characters)


def too_large_reason(title: str, day: date) -> Problem:
    """A note none of whose pages was small enough to read: it comes in as its PDF only."""
    on = day.isoformat()
    return reason("import.text_too_large_kept",
                  f"{title} of {on}: no text could be read (its pages are larger than the import reads); kept as the "
                  "PDF only, with no note text.", title=title, date=on)


def damaged_reason(title: str, day: date, *, psychotherapy: bool = False) -> Problem:
    """A note whose PDF cannot be read at all, kept as its PDF: said by its title and date,
    which the report's first column (a long path) cuts off on a screen."""
    on = day.isoformat()
    if psychotherapy:
        return reason("import.psychotherapy_pdf_damaged_kept",
                      f"{title} of {on}: the PDF is damaged and its text cannot be read; the note is kept with its "
                      "original PDF and a line saying so. Download it from SimplePractice again to read it.",
                      title=title, date=on)
    return reason("import.note_pdf_damaged_kept",
                  f"{title} of {on}: the PDF is damaged and its text cannot be read; the original PDF is attached to "
                  "the chart, with no note text. Download it from SimplePractice again to read it.",
                  title=title, date=on)


def damaged_document_reason() -> Problem:
    """A document whose PDF cannot be read: attached as it came, its text not searchable."""
    return reason("import.pdf_damaged_kept", "The PDF is damaged and its text cannot be read: it is attached as it "
                                             "came, and a search does not find its text.")


def searchable_reason(title: str, read: PdfText) -> Problem | None:
    """The report's line for a document whose text was read only in part (None: read whole):
    its search finds only that part; the document is attached whole."""
    if not read.cut:
        return None
    if read.text is None:  # a scan (nothing to search whatever was read), or every page too large
        return None if read.cap != "size" else reason(
            "import.document_cut_all", f"{title}: its text could not be read (its pages are larger than the import "
                                       "reads), so it is not searchable; the whole document is attached.", title=title)
    if read.cap == "pages":
        return reason("import.document_cut_pages",
                      f"{title}: only the first {read.pages_read:,} of its {read.pages:,} pages are searchable; the "
                      "whole document is attached.", title=title, pages=read.pages_read, total=read.pages)
    if read.cap == "characters":
        characters = len(read.text or "")
        return reason("import.document_cut_characters",
                      f"{title}: only its first {characters:,} characters are searchable; the whole document is "
                      "attached.", title=title, characters=characters)
    unread = read.pages - read.pages_read
    return reason("import.document_cut_size",
                  f"{title}: the text of {unread:,} of its {read.pages:,} pages was too large to read and is not "
                  "searchable; the whole document is attached.", title=title, pages=unread, total=read.pages)


__all__ = ["END_WORDS", "Cut", "cut_reason", "damaged_document_reason", "damaged_note_text", "damaged_reason",
           "keep_note_text", "searchable_reason", "too_large_reason"]

"""The names of an export's files, in the client's letter language (domain/letter_language), as the
notices of closure name theirs (letter_words_*.file_name: "aviso-de-cierre-C00002.pdf"): the file
is about that client, and on a Spanish-lettered client's chart a Spanish-speaking therapist saved
"disclosure-2026-12-07.pdf", "chart-export.pdf" and "access-copy-…-progress.pdf" (found by the
round's brief: English names on Spanish screens). ASCII letters only, as the app's other files are
named, so a name survives every disk, archive and mail program. The PDFs' pages stay English
(a disclosure's page is the recipient's: gui/document_language); only the names change.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from vault_app.domain.letter_language import DEFAULT_LETTERS_IN


@dataclass(frozen=True)
class ExportFileNames:
    disclosure: str  # "{day}": the export wizard's offer
    open_export: str  # the complete open export's offer
    access_copy: str  # "{chart}", "{request}", "{kind}": each part of an access copy, written in the folder
    kinds: Mapping[str, str]  # a part's kind (domain/authorization.InfoKind) as the name says it
    # "{request}": a request's letter saved as a PDF from its window (gui/request_letter_save): a
    # Spanish-lettered client's denial was offered as "letter-R-….pdf" (the Spanish day's walker).
    request_letter: str = "letter-{request}.pdf"


NAMES: Mapping[str, ExportFileNames] = {
    "en": ExportFileNames("disclosure-{day}.pdf", "chart-export.pdf", "access-copy-{chart}-{request}-{kind}.pdf",
                          {"progress": "progress", "psychotherapy": "psychotherapy", "billing": "billing"}),
    "es": ExportFileNames("divulgacion-{day}.pdf", "expediente-completo.pdf",
                          "copia-de-acceso-{chart}-{request}-{kind}.pdf",
                          {"progress": "notas-de-evolucion", "psychotherapy": "notas-de-psicoterapia",
                           "billing": "facturacion"},
                          request_letter="carta-{request}.pdf"),
}


def _names(language: str) -> ExportFileNames:
    return NAMES.get(language) or NAMES[DEFAULT_LETTERS_IN]


def disclosure(day: date, language: str = DEFAULT_LETTERS_IN) -> str:
    """disclosure-2026-12-01.pdf, divulgacion-2026-12-01.pdf: ISO days, which sort by date in any folder."""
    return _names(language).disclosure.format(day=day.isoformat())


def open_export(language: str = DEFAULT_LETTERS_IN) -> str:
    return _names(language).open_export


def access_copy(chart_number: str, request_id: str, kind: str, language: str = DEFAULT_LETTERS_IN) -> str:
    """One part of an access copy: the chart number and the request, never the client's name."""
    names = _names(language)
    return names.access_copy.format(chart=chart_number, request=request_id, kind=names.kinds.get(kind, kind))


def request_letter(request_id: str, language: str = DEFAULT_LETTERS_IN) -> str:
    """A request's letter: the request's id, never the client's name."""
    return _names(language).request_letter.format(request=request_id)


__all__ = ["NAMES", "ExportFileNames", "access_copy", "disclosure", "open_export", "request_letter"]

"""Genuine-looking long SimplePractice notes, each past one of the import's caps, and a damaged
one, filed in a client's folder of a generated export (scripts/make_simplepractice_export.py).
Built by the hostile-PDF tests' own builders (raw PDF objects, real xref), read by real pypdf."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tests.core.test_import_hostile_pdfs import _pages_sharing, _raw_pdf, _stream, _text, _text_bomb
from vault_app.services.importers import simplepractice_parse as sp


def pages_each(contents: list[bytes], *, flate: bool = False) -> bytes:
    """One page per content stream, in order (the first page draws the first stream)."""
    n = len(contents)
    kids = " ".join(f"{4 + n + i} 0 R" for i in range(n)).encode()
    pages = [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
             b" /Resources << /Font << /F1 3 0 R >> >> >>" % (4 + i) for i in range(n)]
    return _raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                     b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n,
                     b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                     *(_stream(c, flate=flate) for c in contents), *pages])


def _oversized_page() -> bytes:
    """One page's content over the per-page cap (compressed, the file stays small)."""
    line = b"(" + b"B" * 990 + b") Tj T* "
    return b"BT /F1 12 Tf 14 TL 72 720 Td " + line * ((sp.MAX_PAGE_CONTENT_BYTES // len(line)) + 10) + b"ET"


@dataclass(frozen=True)
class LongNotes:
    pages: Path  # more pages than the import reads
    size: Path  # its second page's content larger than the import reads of a page
    characters: Path  # more text than a progress note holds
    too_large: Path  # no page small enough to read: kept as the PDF only
    damaged: Path  # cut off after 300 bytes
    normal: Path  # an ordinary three-page note


PAGE_CAP_PAGES = sp.MAX_TEXT_PAGES + 5
# 5 pages of 25,000 characters: past a progress note's 100,000 (domain/note_templates).
CHARACTER_PAGES, CHARACTER_PAGE_TEXT = 5, "Word " * 5_000


def add_long_notes(root: Path, client_name: str) -> LongNotes:
    folder = root / "Medical Records" / client_name
    folder.mkdir(parents=True, exist_ok=True)

    def write(name: str, data: bytes) -> Path:
        (folder / name).write_bytes(data)
        return folder / name

    normal = pages_each([_text("Ordinary note, first page"), _text("Second page"), _text("Plan: continue")])
    return LongNotes(
        pages=write("Progress Note 2024-03-05 100000 880001.pdf",
                    _pages_sharing(_text("Session continues"), PAGE_CAP_PAGES)),
        size=write("Progress Note 2024-03-06 100000 880002.pdf",
                   pages_each([_text("Opening page of the note"), _oversized_page(), _text("Closing page")],
                              flate=True)),
        characters=write("Progress Note 2024-03-07 100000 880003.pdf",
                         _pages_sharing(_text(CHARACTER_PAGE_TEXT), CHARACTER_PAGES)),
        too_large=write("Progress Note 2024-03-08 100000 880004.pdf", _text_bomb()),
        damaged=write("Progress Note 2024-03-11 100000 880005.pdf", normal[:300]),
        normal=write("Progress Note 2024-03-12 100000 880006.pdf", normal),
    )


@dataclass(frozen=True)
class LongDocuments:
    """A folder of PDFs (the PDF-folder import) with documents past each of the text caps:
    their search finds only the part read, the documents are attached whole."""

    pages: Path  # more pages than the import reads
    size: Path  # its second page's content larger than the import reads of a page
    characters: Path  # more text than the import reads of a document (2,000,000 characters)
    too_large: Path  # no page small enough to read
    normal: Path


def _past_the_character_cap() -> bytes:
    """Three pages of about 1.1 million characters each (each page's content under the per-page
    cap): the reading stops in the second."""
    line = b"(" + b"Word " * 198 + b") Tj T* "
    pages = (sp.MAX_TEXT_CHARS // (len(line) * 2)) + 100
    return _pages_sharing(b"BT /F1 12 Tf 14 TL 72 720 Td " + line * pages + b"ET", 3, flate=True)


def add_long_documents(folder: Path) -> LongDocuments:
    folder.mkdir(parents=True, exist_ok=True)

    def write(name: str, data: bytes) -> Path:
        (folder / name).write_bytes(data)
        return folder / name

    return LongDocuments(
        pages=write("Hospital records 2023-01-10.pdf", _pages_sharing(_text("Admission continues"), PAGE_CAP_PAGES)),
        size=write("Scanned intake 2023-02-11.pdf",
                   pages_each([_text("Intake, first page"), _oversized_page(), _text("Intake, last page")],
                              flate=True)),
        characters=write("Court transcript 2023-03-12.pdf", _past_the_character_cap()),
        too_large=write("Discharge summary 2023-04-13.pdf", _text_bomb()),
        normal=write("Consent 2023-05-14.pdf",
                     pages_each([_text("Consent to treatment"), _text("Signed by the client")])),
    )

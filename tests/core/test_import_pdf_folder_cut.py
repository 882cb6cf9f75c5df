"""A folder of PDFs: a document whose text the import read only in part (past the caps a
hostile file needs) is attached whole and searchable only in that part, and the import's
report says so, one line per document (services/importers/text_cut.searchable_reason).

Found: a 1,005-page hospital record came in searchable up to page 1,000 and nothing told the
therapist, who would search it for a word on page 1,003 and find nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli_with_a_chart
from tests.core.long_note_pdfs import PAGE_CAP_PAGES, LongDocuments, add_long_documents
from vault_app.services import attachments, clients
from vault_app.services.document_search import search_documents
from vault_app.services.importers import simplepractice_parse as sp
from vault_app.services.importers.pdf_folder import import_pdf_folder
from vault_app.services.vault import Vault

WHOLE = "the whole document is attached."


def _characters_read(path: Path) -> int:
    read = sp.pdf_text(path.read_bytes())
    assert read.cut and read.cap == "characters" and read.text is not None
    return len(read.text)


def _expected(docs: LongDocuments) -> dict[str, tuple[str, str]]:
    """rel path -> (code, the report's English)."""
    characters = _characters_read(docs.characters)
    assert sp.MAX_TEXT_CHARS - 10_000 < characters <= sp.MAX_TEXT_CHARS
    return {
        docs.pages.name: ("import.document_cut_pages",
                          f"Hospital records 2023-01-10: only the first 1,000 of its {PAGE_CAP_PAGES:,} pages are "
                          f"searchable; {WHOLE}"),
        docs.size.name: ("import.document_cut_size",
                         f"Scanned intake 2023-02-11: the text of 1 of its 3 pages was too large to read and is not "
                         f"searchable; {WHOLE}"),
        docs.characters.name: ("import.document_cut_characters",
                               f"Court transcript 2023-03-12: only its first {characters:,} characters are "
                               f"searchable; {WHOLE}"),
        docs.too_large.name: ("import.document_cut_all",
                              "Discharge summary 2023-04-13: its text could not be read (its pages are larger than "
                              f"the import reads), so it is not searchable; {WHOLE}"),
    }


@pytest.fixture
def docs(tmp_path: Path) -> LongDocuments:
    return add_long_documents(tmp_path / "Records from the hospital")


def test_each_document_read_in_part_gets_one_line_and_comes_in_whole(vault: Vault, docs: LongDocuments) -> None:
    client_id = clients.create_client(vault, "Ines Harrow").client_id
    report = import_pdf_folder(vault, docs.normal.parent, client_id, kind="stored_document")
    assert report.documents == 5 and report.skipped == []
    said = {i.path: (getattr(i.reason, "code", ""), str(i.reason)) for i in report.notices}
    assert said == _expected(docs)  # and none for the ordinary one
    # Each document is attached whole: the bytes kept are the file's.
    kept = {a.filename: hashlib.sha256(attachments.read_attachment(vault, a.attachment_id)[1]).hexdigest()
            for a in attachments.list_attachments(vault, client_id)}
    assert kept == {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
                    for p in (docs.pages, docs.size, docs.characters, docs.too_large, docs.normal)}
    # What was read is searchable, what the line says was not read is not.
    assert {h.title for h in search_documents(vault, "Admission")} == {"Hospital records 2023-01-10"}
    assert {h.title for h in search_documents(vault, "Intake")} == {"Scanned intake 2023-02-11"}
    assert {h.title for h in search_documents(vault, "Consent")} == {"Consent 2023-05-14"}
    # Run again: nothing is added, and nothing is said again.
    again = import_pdf_folder(vault, docs.normal.parent, client_id, kind="stored_document")
    assert (again.documents, again.notices) == (0, [])


def test_a_cancelled_import_says_nothing_of_documents_it_did_not_bring_in(vault: Vault, docs: LongDocuments) -> None:
    client_id = clients.create_client(vault, "Ines Harrow").client_id
    report = import_pdf_folder(vault, docs.normal.parent, client_id, cancelled=lambda: True)
    assert report.cancelled and report.documents == 0 and report.notices == []
    assert attachments.list_attachments(vault, client_id) == []


def test_the_command_line_prints_the_lines(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                           tmp_path: Path, docs: LongDocuments) -> None:
    run, chart = cli_with_a_chart(capsys, monkeypatch, tmp_path)
    done = run("import", "pdf-folder", str(docs.normal.parent), "--client", chart)
    assert done.code == 0, done.err
    for _code, line in _expected(docs).values():
        assert line in done.out

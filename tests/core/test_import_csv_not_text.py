"""F10 (the core's part): a CSV the import cannot read names all three encodings it reads (UTF-8,
Windows cp1252, UTF-16 with its byte-order mark), and junk behind a UTF-16 byte-order mark is
"cannot be read", not "No column for the client's name"."""

from __future__ import annotations

from pathlib import Path

import pytest

from vault_app.domain.errors import InvalidInput
from vault_app.services.importers.csv_clients import preview_csv


@pytest.mark.parametrize("data", [
    b"\xfe\xffjunk",  # junk behind a big-endian mark: reads as two CJK letters, no row, no column
    b"\xff\xfe\x00\xd8A\x00",  # a lone surrogate
    b"\xff\xfe" + "Name\tDOB\r\n\u0378\u0379\r\n".encode("utf-16-le"),  # unassigned letters: not text
    b"Name,DOB\nAda\x00,01/20/1979\n",  # a NUL: a binary file
])
def test_unreadable_csv_is_said_as_such(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "clients.csv"
    path.write_bytes(data)
    with pytest.raises(InvalidInput) as caught:
        preview_csv(path, preset="simplepractice")
    assert caught.value.code == "import.csv_not_text"
    said = str(caught.value)
    assert "UTF-8" in said and "cp1252" in said and "UTF-16" in said


@pytest.mark.parametrize("data", [
    "Client ID,First Name,Last Name\n5001,Zoë,Ambervale\n".encode("cp1252"),
    b"\xff\xfe" + "Client ID\tFirst Name\tLast Name\r\n5001\tZo\u00eb\tAmbervale\r\n".encode("utf-16-le"),
    b"\xfe\xff" + "Client ID\tFirst Name\tLast Name\r\n5001\t\u674e\u660e\tAmbervale\r\n".encode("utf-16-be"),
])
def test_readable_csv_still_reads(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "clients.csv"
    path.write_bytes(data)
    preview = preview_csv(path, preset="simplepractice")
    assert preview.rows[0]["id"] == "5001" and preview.rows[0]["last_name"] == "Ambervale"


@pytest.mark.parametrize(("name", "data"), [
    ("clients.xlsx", b"PK\x03\x04\x14\x00\x06\x00" + bytes(40)),  # an Excel workbook (a ZIP inside)
    ("clients.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(40)),  # Excel 97-2003
    ("clients.ods", b"PK\x03\x04\x14\x00\x00\x08" + bytes(40)),  # LibreOffice / OpenOffice
])
def test_a_spreadsheet_workbook_is_said_as_one(tmp_path: Path, name: str, data: bytes) -> None:
    """Found by the import walk: the workbook chosen instead of the CSV saved from it was told
    "not text in UTF-8, Windows (cp1252) or UTF-16 with its byte-order mark" -- words a therapist
    cannot act on. It is a spreadsheet's own file: save it as CSV."""
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InvalidInput) as caught:
        preview_csv(path, preset="simplepractice")
    assert caught.value.code == "import.csv_is_workbook"
    assert "workbook" in str(caught.value) and "CSV UTF-8" in (caught.value.hint or "")

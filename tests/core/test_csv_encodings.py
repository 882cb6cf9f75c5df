"""A client list as spreadsheets really save it: Excel's "Unicode text" (UTF-16 with its
byte-order mark, tab-separated) imported as garbage, since only UTF-8 and cp1252 were read.
Real files of each encoding; the dry run shows the right names; any other file a sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from vault_app.domain.errors import InvalidInput
from vault_app.services.importers.csv_clients import plan_csv, preview_csv
from vault_app.services.vault import Vault

ROWS = [("First Name", "Last Name", "Date of Birth"), ("Zoë", "Nuñez", "03/04/1988"), ("José", "Smith, Jr.", "")]


def _write(path: Path, delimiter: str, encoding: str, *, mark: bytes = b"") -> Path:
    text = "\r\n".join(delimiter.join(f'"{c}"' if delimiter in c or "," in c else c for c in row) for row in ROWS)
    path.write_bytes(mark + (text + "\r\n").encode(encoding))
    return path


CASES = {
    "excel unicode text (utf-16 le, tab)": ("\t", "utf-16-le", b"\xff\xfe"),
    "utf-16 be with its mark, tab": ("\t", "utf-16-be", b"\xfe\xff"),
    "utf-8 with mark, semicolon": (";", "utf-8", b"\xef\xbb\xbf"),
    "cp1252 (excel csv on windows), comma": (",", "cp1252", b""),
    "utf-8, tab": ("\t", "utf-8", b""),
}


@pytest.mark.parametrize("case", CASES)
def test_each_encoding_and_separator_reads_the_names(tmp_path: Path, case: str) -> None:
    delimiter, encoding, mark = CASES[case]
    preview = preview_csv(_write(tmp_path / "clients.txt", delimiter, encoding, mark=mark), preset="simplepractice")

    assert preview.columns == ROWS[0]
    assert [(r["first_name"], r["last_name"]) for r in preview.rows] == [("Zoë", "Nuñez"), ("José", "Smith, Jr.")]


def test_the_dry_run_of_excels_unicode_text_shows_the_right_names(vault: Vault, tmp_path: Path) -> None:
    plan = plan_csv(vault, _write(tmp_path / "clients.txt", "\t", "utf-16-le", mark=b"\xff\xfe"),
                    preset="simplepractice")

    assert sorted(c.name for c in plan.charts) == ["José Smith, Jr.", "Zoë Nuñez"]


@pytest.mark.parametrize("data", [
    "First Name\tLast Name\r\nZoë\tNuñez\r\n".encode("utf-16-le"),  # UTF-16 that lost its mark
    b"First Name,Last Name\r\nZo\x81,N\x8dez\r\n",  # bytes no codepage it could be has letters for
    b"\xff\xfeF\x00\x00\xd8",  # a mark, then a broken UTF-16 pair
])
def test_any_other_file_is_a_sentence_not_garbage(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "clients.csv"
    path.write_bytes(data)

    with pytest.raises(InvalidInput, match="not text in UTF-8") as refused:
        preview_csv(path, preset="simplepractice")
    assert refused.value.hint and "CSV UTF-8" in refused.value.hint

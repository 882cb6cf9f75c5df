"""A SimplePractice contact card saved as Windows text (cp1252) or UTF-16 with its mark is read
as the CSV import reads those (domain/text_decoding.exported_text); bytes that are not text are
still skipped with a reason. Found after the thirty-eighth round: a card re-saved by Notepad or
Excel on Windows was skipped as "not UTF-8 text" while the client list's CSV read both."""

from __future__ import annotations

from pathlib import Path

import pytest

from vault_app.services.importers.simplepractice import plan_simplepractice
from vault_app.services.vault import Vault

CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Renée Núñez\r\nBDAY:1981-02-03\r\nEND:VCARD\r\n"
FILE = "Renée Núñez - 300001.vcf"


def _plan(vault: Vault, tmp_path: Path, data: bytes):  # type: ignore[no-untyped-def]
    contacts = tmp_path / "export" / "Contacts"
    contacts.mkdir(parents=True)
    (contacts / FILE).write_bytes(data)
    return plan_simplepractice(vault, tmp_path / "export")


@pytest.mark.parametrize("data", [
    CARD.encode("utf-8"), b"\xef\xbb\xbf" + CARD.encode("utf-8"), CARD.encode("cp1252"), CARD.encode("utf-16"),
    CARD.encode("utf-16-be").join((b"\xfe\xff", b"")),
], ids=["utf-8", "utf-8 with mark", "cp1252", "utf-16", "utf-16 big-endian"])
def test_a_card_in_windows_or_utf16_text_is_read(vault: Vault, tmp_path: Path, data: bytes) -> None:
    plan = _plan(vault, tmp_path, data)
    assert plan.skipped == []
    assert {c.name: str(c.date_of_birth) for c in plan.charts} == {"Renée Núñez": "1981-02-03"}


@pytest.mark.parametrize("data", [
    b"\xff\xfe" + b"\x00\xd8" * 40,  # a lone surrogate behind a UTF-16 mark
    b"\xff\xfe" + bytes(range(0x80, 0xff)),  # junk behind the mark: a few CJK letters, one line
    CARD.encode("utf-16-le"),  # UTF-16 without its mark: NULs between the letters
    b"BEGIN:VCARD\x81\x8d\x8f\x90\x9d",  # bytes cp1252 has no letter for
], ids=["surrogate", "junk behind a mark", "utf-16 without mark", "not cp1252"])
def test_bytes_that_are_not_text_are_skipped_with_a_reason(vault: Vault, tmp_path: Path, data: bytes) -> None:
    plan = _plan(vault, tmp_path, data)
    assert [(i.path, i.reason.code) for i in plan.skipped] == [  # type: ignore[attr-defined]
        (f"Contacts/{FILE}", "import.contact_not_utf8")]
    assert "not text in UTF-8, Windows (cp1252) or UTF-16" in str(plan.skipped[0].reason)
    assert plan.charts == []

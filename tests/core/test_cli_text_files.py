"""Text files a user hands the command line: UTF-8 with or without Notepad's mark, UTF-16
with its mark (Word's "Unicode text"), and anything else as a sentence (found: a note file
in another encoding ended in "internal error (UnicodeDecodeError …)"; a passphrase file
saved by Notepad kept its mark and never matched)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli
from vault_app.cli.common import decode_text
from vault_app.domain.errors import ExitCode, InvalidInput
from vault_app.services import clients, notes
from vault_app.services.vault import Vault, open_vault

TEXT = "Client reports sleeping better; café at 7 — less rumination."


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
    TEXT.encode("utf-16"),  # with its byte-order mark, as Word writes it
    b"\xfe\xff" + TEXT.encode("utf-16-be"),
])
def test_what_decodes(data: bytes) -> None:
    assert decode_text(data, "text file") == TEXT


@pytest.mark.parametrize("data", [TEXT.encode("cp1252"), TEXT.encode("utf-16-le"), b"\xff\xfe\x00\xd8"])
def test_what_is_a_sentence(data: bytes) -> None:
    with pytest.raises(InvalidInput, match="not text in UTF-8") as refused:
        decode_text(data, "text file")
    assert "Save it as UTF-8 text" in (refused.value.hint or "")


def test_a_note_from_a_file_in_another_encoding(vault: Vault, vault_dir: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    chart = clients.create_client(vault, "Tess Textfile").chart_number
    vault.lock()
    word = tmp_path / "note.txt"
    word.write_bytes(TEXT.encode("utf-16"))
    assert cli(capsys, monkeypatch, "note", "add", chart, "--file", str(word), "--vault", str(vault_dir)).code == 0
    latin = tmp_path / "latin.txt"
    latin.write_bytes(TEXT.encode("cp1252"))
    refused = cli(capsys, monkeypatch, "note", "add", chart, "--file", str(latin), "--vault", str(vault_dir))
    assert refused.code == ExitCode.USAGE and "not text in UTF-8" in refused.err and "internal" not in refused.err
    # A passphrase file saved by Notepad (UTF-8 with its mark) opens the vault.
    secret = tmp_path / "passphrase.txt"
    secret.write_bytes(b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\n")
    monkeypatch.delenv("VAULT_APP_PASSPHRASE")
    listed = cli(capsys, monkeypatch, "note", "list", chart, "--json", "--passphrase-file", str(secret),
                 "--vault", str(vault_dir), passphrase=None)
    assert listed.code == 0, listed.err
    (note,) = listed.json()
    with open_vault(vault_dir, PASSPHRASE) as reopened:
        assert TEXT in notes.get_note(reopened, note["note_id"]).sections.values()

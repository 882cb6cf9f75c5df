"""F8: a file name holding a newline (or any control character) is printed escaped by the import's
dry run, as a right-to-left override already was: one report line per file, never two."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.make_simplepractice_export import _pdf, make_export
from tests.core.cli_helpers import FAST_KDF, cli


def test_control_characters_in_names_are_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "vault"
    assert cli(capsys, monkeypatch, "init", "--vault", str(folder), "--no-keyring", *FAST_KDF).code == 0
    export = make_export(tmp_path / "export", clients=1, notes_per_client=1)
    stored = export.root / "Stored documents" / "Nobody Known"
    stored.mkdir(parents=True)
    (stored / "evil\nname.pdf").write_bytes(_pdf(["x"]))
    (stored / "tab\there\x1b[31m.pdf").write_bytes(_pdf(["x"]))
    dry = cli(capsys, monkeypatch, "import", "simplepractice", str(export.root), "--dry-run", "--vault", str(folder))
    assert dry.code == 0, dry.err
    assert "Stored documents/Nobody Known/evil\\u000aname.pdf: " in dry.out
    assert "tab here\\u001b[31m.pdf" in dry.out  # a tab reads as a space (domain/names.neutralise)
    assert not any(line.startswith("name.pdf") for line in dry.out.splitlines())
    assert "\x1b" not in dry.out

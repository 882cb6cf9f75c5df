"""F1 (the parser's part): a file of the export whose folder vanished (the drive unplugged, the
folder moved) is the machine's problem, said in a sentence: never a bare FileNotFoundError."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from vault_app.domain.errors import EnvironmentProblem
from vault_app.services.importers import simplepractice_parse as sp


def test_a_vanished_folder_is_an_environment_problem(tmp_path: Path) -> None:
    folder = tmp_path / "Medical Records" / "Ada Ambervale"
    folder.mkdir(parents=True)
    note = folder / "Progress Note 2023-01-10 110000 100033.pdf"
    note.write_bytes(b"%PDF-1.4\n")
    assert sp.read_file(note) == b"%PDF-1.4\n"
    shutil.rmtree(tmp_path / "Medical Records")
    with pytest.raises(EnvironmentProblem) as caught:
        sp.read_file(note)
    assert caught.value.code == "import.source_unreadable"
    assert "Ada" not in str(caught.value) and "moved" in str(caught.value)

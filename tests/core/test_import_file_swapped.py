"""A file of an import replaced, after the folder was listed, by a link or a named pipe is not
followed and not waited on. The listing leaves links and pipes out (simplepractice_parse.not_read),
but each file was then opened by its name: a link put in its place in between was followed out of
the export (to any file of the laptop), and a pipe put there held the import, and the wizard with
it, for ever. Found by the attacker's walk (thirty-eighth round), the scenario's "a file swapped
while being imported"."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from vault_app.domain.errors import EnvironmentProblem
from vault_app.services.importers import simplepractice_parse as sp


def test_a_link_in_place_of_a_listed_file_is_not_followed(tmp_path: Path) -> None:
    private = tmp_path / "private-notes.txt"
    private.write_bytes(b"the laptop owner's own file")
    swapped = tmp_path / "export" / "Progress Note 2023-01-17 110000 100031.pdf"
    swapped.parent.mkdir()
    swapped.symlink_to(private)
    with pytest.raises(EnvironmentProblem) as refused:
        sp.read_file(swapped)
    assert refused.value.code == "import.source_unreadable"


@pytest.mark.timeout(120)
def test_a_pipe_in_place_of_a_listed_file_is_not_waited_on(tmp_path: Path) -> None:
    swapped = tmp_path / "Progress Note 2023-01-17 110000 100031.pdf"
    os.mkfifo(swapped)
    with pytest.raises(EnvironmentProblem):
        sp.read_file(swapped)


def test_a_regular_file_is_read_and_one_too_large_is_said_so(tmp_path: Path) -> None:
    note = tmp_path / "note.pdf"
    note.write_bytes(b"%PDF-1.4 a note")
    assert sp.read_file(note) == b"%PDF-1.4 a note"
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as handle:
        handle.truncate(sp.MAX_ATTACHMENT_BYTES + 1)
    assert sp.read_file(huge) is None

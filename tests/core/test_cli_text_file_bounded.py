"""A file named on the command line (a passphrase file, a note's --file, an evidence file) is read
only up to what such a file can hold. Found by the attacker's walk (thirty-eighth round):
`vault-app --passphrase-file /dev/zero unlock-check` said nothing and read without end, its memory
growing until the machine gave out; any huge file named by mistake did the same before a word.
A pipe (`--passphrase-file <(pass show vault)`, '-') is still read to its end."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_in_process, init_vault
from vault_app.cli.text_files import MAX_SECRET_FILE_BYTES, MAX_TEXT_FILE_BYTES


def _sparse(path: Path, size: int) -> Path:
    """A file of `size` bytes that takes no room on the disk (and no time to write)."""
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


def test_a_passphrase_file_larger_than_any_passphrase_is_refused_in_words(tmp_path: Path) -> None:
    init_vault(tmp_path / "vault")
    huge = _sparse(tmp_path / "not-a-passphrase.bin", MAX_SECRET_FILE_BYTES + 1)
    done = cli_in_process("--vault", str(tmp_path / "vault"), "--passphrase-file", str(huge), "unlock-check",
                          passphrase=None)
    assert done.code == 2, done.err
    assert "The passphrase file is too large" in done.err
    assert "Traceback" not in done.err


def test_a_note_file_larger_than_any_note_is_refused_in_words(tmp_path: Path) -> None:
    init_vault(tmp_path / "vault")
    cli_in_process("--vault", str(tmp_path / "vault"), "client", "add", "Ines Harrow")
    huge = _sparse(tmp_path / "video.mp4", MAX_TEXT_FILE_BYTES + 1)
    done = cli_in_process("--vault", str(tmp_path / "vault"), "note", "add", "C00001", "--file", str(huge))
    assert done.code == 2, done.err
    assert "The text file is too large" in done.err


def test_a_passphrase_from_a_pipe_is_still_read(tmp_path: Path) -> None:
    init_vault(tmp_path / "vault")
    pipe = tmp_path / "passphrase.pipe"
    os.mkfifo(pipe)

    def feed() -> None:
        with pipe.open("w") as writer:
            writer.write(PASSPHRASE + "\n")

    feeder = threading.Thread(target=feed)
    feeder.start()
    try:
        done = cli_in_process("--vault", str(tmp_path / "vault"), "--passphrase-file", str(pipe), "unlock-check",
                              passphrase=None)
    finally:
        feeder.join(timeout=60)
    assert done.code == 0, done.err

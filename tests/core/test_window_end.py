"""How the app's window last ended with a vault folder (storage/window_end.py), as the next start
reads it: not quit (its process gone), quit, Quit anyway; not known when the record is another
running window's, missing, or not one the app wrote. Real files, real processes (the run that did
not quit is one killed after noting its start)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from vault_app.storage import window_end


def _killed_after_begin(folder: Path) -> None:
    code = ("import os, signal, sys; from pathlib import Path; from vault_app.storage import window_end; "
            "window_end.begin(Path(sys.argv[1])); os.kill(os.getpid(), signal.SIGKILL)")
    assert subprocess.run([sys.executable, "-c", code, str(folder)], check=False, timeout=60).returncode != 0


@pytest.mark.skipif(os.name != "posix", reason="a gone process is told only on POSIX (else: not known)")
def test_a_run_that_did_not_quit_is_read_as_such_then_this_run_noted(tmp_path: Path) -> None:
    _killed_after_begin(tmp_path)
    assert window_end.begin(tmp_path) == window_end.OPEN
    assert window_end.read(tmp_path) is None  # this run's own record: not a last run's end


@pytest.mark.parametrize("word", [window_end.QUIT, window_end.LOST])
def test_a_quit_is_read_at_the_next_start(tmp_path: Path, word: str) -> None:
    assert window_end.begin(tmp_path) is None  # nothing known before the first run
    assert window_end.end(tmp_path, word)
    assert window_end.begin(tmp_path) == word


def test_another_runs_record_is_left_as_it_is(tmp_path: Path) -> None:
    _killed_after_begin(tmp_path)
    before = (tmp_path / window_end.NAME).read_bytes()
    assert not window_end.end(tmp_path, window_end.QUIT)  # not this process's: never written over
    assert (tmp_path / window_end.NAME).read_bytes() == before


@pytest.mark.parametrize("content", [b"", b"quitting 12\n", b"\xff\xfe", b"open notanumber\n"])
def test_a_record_the_app_did_not_write_is_not_known(tmp_path: Path, content: bytes) -> None:
    (tmp_path / window_end.NAME).write_bytes(content)
    assert window_end.read(tmp_path) is None

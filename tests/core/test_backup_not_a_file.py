"""A named pipe, or a link to a device, given as a backup file is said to be no backup file: it was
"not there ... Is the drive it is on plugged in?" (found by the attacker's walk, thirty-eighth
round), which sent the therapist looking for a drive. Nothing is read from it, nothing waits on it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli_in_process, init_vault


@pytest.mark.timeout(120)
@pytest.mark.parametrize("kind", ["pipe", "link to a device"])
def test_a_pipe_or_a_device_as_a_backup_is_said_as_no_backup_file(tmp_path: Path, kind: str) -> None:
    init_vault(tmp_path / "vault")
    given = tmp_path / "vault-backup-2026-12-06.vaultbackup"
    if kind == "pipe":
        os.mkfifo(given)
    else:
        given.symlink_to("/dev/null")
    done = cli_in_process("--vault", str(tmp_path / "vault"), "backup", "verify", str(given))
    assert done.code != 0
    assert "is not a backup file (a pipe or a device)" in done.err, done.err
    assert "plugged in" not in done.err

"""The tests' listing of a backup folder (tests/backup_folder_files.py) leaves out the folder's
mark and nothing else: a mark's temporary left by a writer killed before its rename, or a
folder under a mark's name, is still listed, so "nothing temporary left" still fails on them.
Real vault, real backup, the product's own mark writer in a real child process."""

from __future__ import annotations

import os
from pathlib import Path

from tests.backup_folder_files import backup_folder_entries, backup_folder_names, is_folder_mark
from tests.core.kill_helpers import fork_child
from vault_app.services import backup
from vault_app.services.backup_folder_mark import PREFIX, SUFFIX, mark, mark_path
from vault_app.services.vault import Vault


def _mark_and_die_before_the_rename(folder: Path, vault_id: str) -> None:
    # The child ends where a kill between the temporary's fsync and its rename would: the
    # temporary written whole, no clean-up run (os._exit skips atomic_write's except clauses).
    os.replace = lambda *_a, **_k: os._exit(0)  # type: ignore[assignment]
    mark(folder, vault_id)


def test_the_mark_is_left_out_and_a_stray_of_it_is_not(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    made = Path(backup.create_backup(vault, folder).path)
    the_mark = mark_path(folder, vault.vault_id)
    assert the_mark.is_file() and is_folder_mark(the_mark)  # the product marked the folder
    assert backup_folder_names(folder) == [made.name]
    assert backup_folder_entries(folder) == [made]

    child = fork_child(_mark_and_die_before_the_rename, (folder, vault.vault_id))
    child.join()
    assert child.exitcode == 0
    [stray] = [n for n in backup_folder_names(folder) if n != made.name]
    assert stray.startswith(f".{the_mark.name}.") and ".partial-" in stray, stray
    assert the_mark.is_file()

    # Only a regular file is a mark: a folder under a mark's name is listed.
    (folder / f"{PREFIX}{'0' * 32}{SUFFIX}").mkdir()
    assert f"{PREFIX}{'0' * 32}{SUFFIX}" in backup_folder_names(folder)
    assert len(backup_folder_names(folder)) == 3

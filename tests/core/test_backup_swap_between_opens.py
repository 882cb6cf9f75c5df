"""A backup file renamed into place between the whole-file checksum's open and the decryption's
is refused, never read as one file (services/backup_archive.beside_checksum).

Found in review (restore2's leftover): the checksum pass and the decrypting pass each opened the
path by itself, so a rename-swap between the two opens (a sync tool, a copy finishing) paired one
file's SHA-256 with another file's contents. Two real backups of one vault; the swap is a real
os.replace made right after the first open of that path (Path.open wrapped only to time it, in
whichever thread opens first), so it falls between the opens every run. Before the fix it failed
either way: the key block read from one file and the body from the other ("failed authentication
... altered"), or no refusal at all, one file's checksum returned with the other's contents."""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from vault_app.domain.errors import EnvironmentProblem
from vault_app.services import backup, clients
from vault_app.services.vault import Vault


def test_a_file_swapped_between_the_two_opens_is_refused(vault: Vault, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    first = Path(backup.create_backup(vault, tmp_path / "a", verify=True).path).resolve()
    clients.create_client(vault, "Only In The Second")
    second = Path(backup.create_backup(vault, tmp_path / "b", verify=True).path).resolve()
    second_sha256 = hashlib.sha256(second.read_bytes()).hexdigest()
    assert first.read_bytes() != second.read_bytes()
    (tmp_path / "work").mkdir()
    real_open = Path.open
    once = threading.Lock()
    swapped: list[bool] = []

    def open_then_swap(self: Path, *args: Any, **kwargs: Any) -> Any:
        handle = real_open(self, *args, **kwargs)
        if self == first and once.acquire(blocking=False):
            os.replace(second, first)  # the other backup renamed into place, after this open
            swapped.append(True)
        return handle

    monkeypatch.setattr(Path, "open", open_then_swap)
    with pytest.raises(EnvironmentProblem) as refused:
        backup.verify_backup(first, passphrase=PASSPHRASE, work_dir=tmp_path / "work")
    assert swapped and refused.value.code == "backup.replaced_while_read", refused.value
    monkeypatch.setattr(Path, "open", real_open)
    # Read again, nothing swapping it: the file now there is whole, and checked as itself.
    said = backup.verify_backup(first, passphrase=PASSPHRASE, work_dir=tmp_path / "work")
    assert said["sha256"] == second_sha256
    assert said["ledger_seq"] > 0

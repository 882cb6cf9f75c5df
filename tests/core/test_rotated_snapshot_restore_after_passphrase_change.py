"""`backup restore` of a snapshot this vault's rotation removed, put back by hand (a sync tool),
with the backup's own (old) passphrase after a passphrase change, says what it is, not "the backup
repository is damaged ... check the disk or drive"; and the day is said in the practice's format.

Found by a walker (wtwo): the verify path said "removed by this vault's rotation ... then put back"
while `backup restore` of the same file, with the passphrase it was made under, blamed the drive.
Real vault, real repository, rotation really run, the real command."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_in_process
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.services import backup, backup_repo, clients
from vault_app.services.vault import Vault, open_vault

NEW = "seven purple otters juggle quietly at dawn"


@pytest.mark.parametrize("change", ["passphrase", "every key"])
def test_restore_of_a_rotated_snapshot_put_back_after_a_passphrase_change(vault: Vault, vault_dir: Path,
                                                                           tmp_path: Path, change: str) -> None:
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target), kind="repo", keep_daily=1, keep_weekly=0, keep_monthly=0)
    clients.create_client(vault, "Some Client")
    first = Path(backup_repo.create_incremental(vault, target, verify=True).path)
    aside = tmp_path / "aside.vrs"
    shutil.copy2(first, aside)
    if change == "passphrase":
        vault.change_passphrase(PASSPHRASE, NEW, OWASP_FLOOR)
    else:
        vault.lock()
        new_file = tmp_path / "new.txt"
        new_file.write_text(NEW + "\n")
        rekeyed = cli_in_process("--vault", str(vault_dir), "rekey", "--new-passphrase-file", str(new_file),
                                 passphrase=PASSPHRASE)
        assert rekeyed.code == 0, rekeyed.out + rekeyed.err
        vault = open_vault(vault_dir, NEW)
    clients.create_client(vault, "Another Client")
    backup_repo.create_incremental(vault, target, verify=True)
    assert not first.exists()
    vault.lock()
    shutil.copy2(aside, first)  # a sync tool puts it back
    done = cli_in_process("--vault", str(vault_dir), "backup", "restore", str(first), "--to",
                          str(tmp_path / "restored"), passphrase=PASSPHRASE)
    said = done.out + done.err
    assert done.code != 0, said
    assert "removed by this vault's rotation" in said, said
    assert "check the disk" not in said and "damaged" not in said, said
    day = said.split("rotation on ")[1][:10]
    assert day == date.today().strftime("%m/%d/%Y"), said  # the practice's format (US by default), not ISO

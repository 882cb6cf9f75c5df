"""A snapshot this vault's own rotation removed is said so, never as another copy's doing; and
one put back by hand afterwards is said as what it is (its parts of the backup folder were swept
with it), not as a damaged disk. Found by a walker: `backup list --all` called every snapshot the
vault's own rotation removed "removed by another copy of this vault ... This vault's ledger has no
record of it", and one put back was listed "verified" while its check said "The backup repository
is damaged ... check the disk or drive", unrecorded. Real vault, real repository, rotation really run."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault_app.domain.errors import VaultError
from vault_app.services import backup, backup_repo, backup_repo_restore, clients
from vault_app.services.vault import Vault


def _rotated_one(vault: Vault, tmp_path: Path) -> tuple[Path, Path]:
    """(the snapshot the rotation removed, a copy of its manifest kept aside)."""
    target = tmp_path / "usb"
    # One backup a day kept: the second snapshot of the day rotates the first out.
    backup.configure(vault, target=str(target), kind="repo", keep_daily=1, keep_weekly=0, keep_monthly=0)
    clients.create_client(vault, "Some Client")
    first = Path(backup_repo.create_incremental(vault, target, verify=True).path)
    aside = tmp_path / "aside.vrs"
    shutil.copy2(first, aside)
    clients.create_client(vault, "Another Client")  # pages only the first snapshot names go with it
    backup_repo.create_incremental(vault, target, verify=True)
    assert not first.exists()
    return first, aside


def _row(vault: Vault, path: Path) -> dict[str, object]:
    (row,) = [b for b in backup.list_backups(vault, include_removed=True) if Path(str(b["path"])) == path]
    return row


def test_a_snapshot_the_rotation_removed_is_said_removed_by_rotation(vault: Vault, tmp_path: Path) -> None:
    first, _ = _rotated_one(vault, tmp_path)
    row = _row(vault, first)
    assert row["state"] == "rotated"
    assert str(row["changed"]).startswith("removed by this vault's rotation on ")
    assert "another copy" not in str(row["changed"])
    # Not listed at all without --all, as before.
    assert all(Path(str(b["path"])) != first for b in backup.list_backups(vault))


def test_a_rotated_snapshot_put_back_is_said_so_and_its_check_says_why_and_is_recorded(
    vault: Vault, tmp_path: Path
) -> None:
    first, aside = _rotated_one(vault, tmp_path)
    shutil.copy2(aside, first)  # put back by hand
    row = _row(vault, first)
    assert row["state"] == "rotated"
    assert "was put back" in str(row["changed"]) and "cannot be restored" in str(row["changed"])
    with pytest.raises(VaultError) as said:
        backup_repo_restore.verify_copy(first, vault=vault)
    assert said.value.code == "backup.snapshot_rotated"
    assert "check the disk" not in f"{said.value.message} {said.value.hint}"
    failed = [e for e in vault.ledger.entries(kinds=("backup.verify_failed",)) if e.payload.get("path") == str(first)]
    assert failed, "the failed check is recorded as any other's"
    with pytest.raises(VaultError) as restored:
        backup_repo_restore.restore_snapshot(first, tmp_path / "restored", passphrase=PASSPHRASE,
                                               known_copies=[vault.folder])
    assert restored.value.code == "backup.snapshot_rotated"

"""A vault restored over itself from a backup made before a destruction is not "the older copy":
the file its destruction's purge rewrote is its own past (services/backup_lineage_restore.py),
while a real second copy writing into the folder still makes it the older one.

Found by a walker: a chart destroyed (its purge rewrote the single-file backup in the folder),
then a hand copy of that file from before the destruction restored over the vault. The next
unlock said "This is the older copy of this vault ... Use that copy (the vault on the other
computer)" and "destruction: started: 1 (chart ?)", and every backup into the folder was
refused. There was no other computer. Real vaults, real files, the restore by the CLI's own
`run` (the console script's: the same report)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_in_process
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import backup, backup_lineage, backup_superseded, clients, destruction
from vault_app.services.vault import Vault, open_vault


def _restore(source: Path, into: Path) -> dict[str, object]:
    done = cli_in_process("--json", "backup", "restore", str(source), "--to", str(into), "--overwrite")
    assert done.code == 0, done.err
    report = json.loads(done.out)
    assert isinstance(report, dict)
    return report


def _destroyed_after_a_hand_copy(vault: Vault, folder: Path, tmp_path: Path) -> Path:
    """The walker's steps: a backup in the folder, copied by hand, then a chart destroyed (its
    purge rewrites the file in the folder). The hand copy's path."""
    backup.configure(vault, target=str(folder), kind="file")
    clients.create_client(vault, "Kept Chart")
    gone = clients.create_client(vault, "Gone Chart").chart_number
    made = Path(backup.create_backup(vault, folder, verify=True).path)
    hand = tmp_path / "handcopy" / made.name
    hand.parent.mkdir()
    shutil.copy2(made, hand)
    destruction.destroy(vault, gone, basis="override", confirm=gone,
                        override_reason="the client asked for the chart to be destroyed")
    assert made.read_bytes() != hand.read_bytes()  # the purge rewrote the folder's file
    vault.lock()
    return hand


def test_a_restore_from_before_a_destruction_is_not_the_older_copy(
    psy_vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    hand = _destroyed_after_a_hand_copy(psy_vault, folder, tmp_path)
    report = _restore(hand, vault_dir)
    assert report["reapplied"]  # the chart stays destroyed

    restored = open_vault(vault_dir, PASSPHRASE)
    try:
        assert backup_superseded.superseded(restored) is None
        assert backup_lineage.problem(restored) is None
        clients.create_client(restored, "After The Restore")
        made = Path(backup.create_backup(restored, folder, verify=True).path)
        assert made.parent == folder.resolve() and made.is_file()
        assert backup_superseded.superseded(restored) is None
    finally:
        restored.lock()


def test_a_second_copy_of_the_restored_vault_backing_up_there_still_makes_it_the_older(
    psy_vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    hand = _destroyed_after_a_hand_copy(psy_vault, folder, tmp_path)
    _restore(hand, vault_dir)
    second = tmp_path / "second"
    shutil.copytree(vault_dir, second)  # cp -a: the same ledger, restore entry and all
    other = open_vault(second, PASSPHRASE)
    try:
        clients.create_client(other, "Only In The Second Copy")
        backup.create_backup(other, folder, verify=True)
        assert backup_superseded.superseded(other) is None
    finally:
        other.lock()

    restored = open_vault(vault_dir, PASSPHRASE)
    try:
        added = clients.create_client(restored, "Only In The First")
        found = backup_superseded.superseded(restored)
        assert found is not None and Path(found.folder) == folder.resolve()
        kinds = {o.kind: o for o in found.only_here}
        assert kinds["client.created"] == backup_superseded.OnlyHere("client.created", 1, (added.chart_number,))
        # The destruction the restore carried in, made after this vault's last backup there: said,
        # by how many charts were destroyed (no number is left to name), never "chart ?".
        assert kinds["destruction.started"] == backup_superseded.OnlyHere("destruction.started", 1, (), 1)
        assert all("?" not in o.charts for o in found.only_here)
        with pytest.raises(RefusedByPolicy) as refused:
            backup.create_backup(restored, folder)
        assert refused.value.code == backup_lineage.ANOTHER_COPY
    finally:
        restored.lock()


def test_restoring_an_older_backup_while_a_newer_copy_goes_on_elsewhere_still_says_so(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    """Decided: the restore does not make this vault the current one. The other copy wrote a
    backup this vault never made nor left behind, and holds records neither the backup restored
    nor this vault has: the warning stands, and backing up there stays refused."""
    folder = tmp_path / "usb"
    backup.configure(vault, target=str(folder), kind="file")
    clients.create_client(vault, "Before Both")
    first = Path(backup.create_backup(vault, folder, verify=True).path)
    vault.lock()
    second = tmp_path / "other-computer"
    shutil.copytree(vault_dir, second)
    other = open_vault(second, PASSPHRASE)
    try:
        clients.create_client(other, "On The Other Computer")
        backup.create_backup(other, folder, verify=True, rotate_old=False)
    finally:
        other.lock()
    hand = tmp_path / "older" / first.name
    hand.parent.mkdir()
    shutil.copy2(first, hand)
    _restore(hand, vault_dir)

    restored = open_vault(vault_dir, PASSPHRASE)
    try:
        found = backup_superseded.superseded(restored)
        assert found is not None and Path(found.folder) == folder.resolve()
        assert found.only_here == ()  # nothing entered here since: the restore itself is no work
        assert backup_lineage.refusal(restored) is not None
    finally:
        restored.lock()

"""A backup made before Replace every key, put back over the rekeyed vault (or beside it),
still re-applies the destructions made since: the rekeyed copy's ledger is read with the master
key the restore's passphrase opens, once that copy shows it keeps the backup's master key among
its retired ones. Found probing with real processes: the copy could not be read ('The vault
header was altered'), the destruction made after the rekey was not re-applied, and the
destroyed chart came back."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import PASSPHRASE, reopen
from tests.core.destruction_helpers import seed_chart
from vault_app.services import backup, backup_restore, clients, destruction
from vault_app.services.vault import Vault
from vault_app.services.vault_passphrase import read_failures
from vault_app.services.vault_rekey_runners import replace_here


def _older_backup_then_rekey_and_destroy(vault: Vault, tmp_path: Path) -> tuple[Path, str, str]:
    target = seed_chart(vault, "T")
    other = seed_chart(vault, "O")
    info = backup.create_backup(vault, tmp_path / "usb")
    offsite = tmp_path / "offsite" / Path(info.path).name
    offsite.parent.mkdir()
    shutil.copy2(info.path, offsite)  # a copy the app never knew about: no purge reaches it
    replace_here(vault, PASSPHRASE)
    destruction.destroy(vault, target.chart_number, basis="retention", confirm=target.chart_number)
    return offsite, target.client_id, other.client_id


def test_a_pre_rekey_backup_over_the_rekeyed_vault_keeps_the_destroyed_chart_destroyed(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    offsite, target, other = _older_backup_then_rekey_and_destroy(psy_vault, tmp_path)
    psy_vault.lock()

    report = backup_restore.restore_backup(offsite, vault_dir, passphrase=PASSPHRASE, overwrite=True)

    assert [r["client_id"] for r in report.reapplied if r["reapplied"]] == [target]
    assert not any("could not be read" in w for w in report.warnings)
    with reopen(vault_dir, psychotherapy=True) as vault:
        assert [c.client_id for c in clients.list_clients(vault)] == [other]


def test_a_pre_rekey_backup_beside_a_rekeyed_copy_reads_that_copy(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    offsite, target, other = _older_backup_then_rekey_and_destroy(psy_vault, tmp_path)
    psy_vault.lock()

    restored = tmp_path / "restored"
    report = backup_restore.restore_backup(offsite, restored, passphrase=PASSPHRASE, known_copies=[vault_dir])

    assert [r["client_id"] for r in report.reapplied if r["reapplied"]] == [target]
    with reopen(restored, psychotherapy=True) as vault:
        assert [c.client_id for c in clients.list_clients(vault)] == [other]


def test_a_copy_under_another_passphrase_is_said_unread(psy_vault: Vault, vault_dir: Path,
                                                       tmp_path: Path) -> None:
    """A new passphrase was set with the rekey: the backup's passphrase does not open the copy,
    so it is said unread (as before), never guessed at or counted as a failed unlock."""
    target = seed_chart(psy_vault, "T")
    info = backup.create_backup(psy_vault, tmp_path / "usb")
    offsite = tmp_path / "offsite" / Path(info.path).name
    offsite.parent.mkdir()
    shutil.copy2(info.path, offsite)
    replace_here(psy_vault, PASSPHRASE, "a wholly different passphrase after the rekey 9")
    destruction.destroy(psy_vault, target.chart_number, basis="retention", confirm=target.chart_number)
    psy_vault.lock()

    restored = tmp_path / "restored"
    report = backup_restore.restore_backup(offsite, restored, passphrase=PASSPHRASE, known_copies=[vault_dir])

    assert report.reapplied == []
    assert [w for w in report.warnings if "could not be read for destructions" in w]
    assert read_failures(vault_dir) == 0

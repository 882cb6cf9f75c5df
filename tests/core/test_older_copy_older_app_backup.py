"""An older copy of the vault put back, then backed up by an OLDER VERSION of the app, still does
not open a chart the newer copy destroyed (services/backup_superseded.py, older_copy_destroyed.py).

Found by a walker (wyears): today's version destroyed a chart (certificate signed; its new backup
made "so that an older copy of the vault put back knows of this destruction"). The old laptop's
disk image put the vault folder from before back in place, and release 0.1.0, still installed
there, made its backup on lock into the same backup folder: an older version has no lineage
check and writes there whatever the folder holds. Today's version then opened that folder: the
destroyed chart was listed, opened and exportable. The older copy's check read the folder's
newest backup only, and the newest was now the older copy's own (made by the older version).
Here the older version's backup is the same container written without the check
(backup_packing.pack_folder, as every version writes it), made by the test. Real vaults, real
destruction, real backup files."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.destruction_helpers import seed_chart
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import backup, backup_keys, clients, destruction, older_copy_destroyed, older_copy_refusal
from vault_app.services.backup import backup_file_name
from vault_app.services.backup_packing import pack_folder
from vault_app.services.vault import Vault, open_vault
from vault_app.storage import backup_snapshot
from vault_app.storage import header as header_io
from vault_app.storage.header import LedgerAnchor
from vault_app.storage.layout import COMPARTMENT_FILES


def _older_version_backup(vault_dir: Path, target: Path, master: bytes, ledger_key: bytes) -> Path:
    """The backup an older version makes of the closed vault in `vault_dir` into `target`."""
    found = backup_snapshot.ledger_head_closed(vault_dir / COMPARTMENT_FILES["ledger"], ledger_key)
    assert found is not None
    seq, mac = found
    dest = backup_file_name(target, date.today().isoformat())
    pack_folder(vault_dir, dest, header_io.read(vault_dir), master, LedgerAnchor(seq, mac.hex()),
                datetime.now(UTC).isoformat(timespec="seconds"))
    return dest


def test_a_chart_destroyed_in_the_newer_copy_stays_shut_after_an_older_versions_backup(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "usb"
    backup.configure(psy_vault, target=str(target), kind="file")
    gone = seed_chart(psy_vault, "G", progress=1, psychotherapy=0)
    kept = seed_chart(psy_vault, "K", progress=1, psychotherapy=0)
    backup.create_backup(psy_vault, target, verify=True)
    psy_vault.lock()
    shutil.copytree(vault_dir, tmp_path / "copy")  # the old laptop's image of the folder
    newer = reopen(vault_dir, psychotherapy=True)
    try:
        master, ledger_key = backup_keys.master_of(newer), newer.compartment_key("ledger")
        destruction.destroy(newer, gone.chart_number, basis="retention", confirm=gone.chart_number)
    finally:
        newer.lock()
    shutil.rmtree(vault_dir)
    shutil.move(tmp_path / "copy", vault_dir)
    _older_version_backup(vault_dir, target, master, ledger_key)  # into the same folder, the newest there now
    old = open_vault(vault_dir, PASSPHRASE)
    try:
        found = older_copy_refusal.older_copy(old)
        assert found is not None, "the older copy was not recognised"
        with pytest.raises(RefusedByPolicy) as refused:
            clients.open_chart(old, gone.client_id)
        assert refused.value.code == older_copy_destroyed.DESTROYED_THERE
        clients.open_chart(old, kept.client_id)  # the other charts open as before
        # And its backups there are refused, as the older copy's message says: two lines, one folder.
        with pytest.raises(RefusedByPolicy) as backing_up:
            backup.create_backup(old, target, verify=True)
        assert backing_up.value.code == "backup.folder_of_another_copy"
    finally:
        old.lock()

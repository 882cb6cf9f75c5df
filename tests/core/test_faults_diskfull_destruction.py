"""A full disk on the backup drive while a destruction purges its registered backups
(single-file and snapshot): the live vault's destruction completes, the certificate says
which backup could not be purged (never "verified" while one still holds the chart), no
half-written copy is left on the drive, and once space is freed the destruction is
finished and verified, with the chart gone from every backup.

Real files on a real small tmpfs (needs root, as in CI's container; skips elsewhere)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.destruction_helpers import seed_chart
from tests.core.test_faults_diskfull import _fill, small_filesystem
from vault_app.domain.destruction import DestructionNotVerified
from vault_app.services import backup, backup_repo, clients, destruction
from vault_app.services.vault import Vault, open_vault


def _charts_in(path: Path, work: Path) -> set[str]:
    """Chart ids inside a backup copy, read through the app's own restore."""
    restored = work / f"restored-{len(list(work.glob('restored-*')))}"
    if path.name.endswith(".vaultbackup"):
        backup.restore_backup(path, restored, passphrase=PASSPHRASE)
    else:
        from vault_app.services import backup_repo_restore

        backup_repo_restore.restore_snapshot(path, restored, passphrase=PASSPHRASE)
    copy = open_vault(restored, PASSPHRASE)
    try:
        return {c.client_id for c in clients.list_clients(copy)}
    finally:
        copy.lock()


def _drive_files(drive: Path) -> list[str]:
    return sorted(str(p.relative_to(drive)) for p in drive.rglob("*") if p.is_file() and p.name != "filler.bin"
                  and "chunks" not in p.parts)


def test_a_full_backup_drive_leaves_the_destruction_failed_then_it_finishes(psy_vault: Vault, tmp_path: Path) -> None:
    vault = psy_vault
    chart = seed_chart(vault, "K")
    other = seed_chart(vault, "L")
    gone, kept = chart.client_id, other.client_id
    with small_filesystem(tmp_path / "usb", "12m") as drive:
        single = Path(backup.create_backup(vault, drive / "files").path)
        snap = Path(backup_repo.create_incremental(vault, drive / "repo", rotate_old=False).path)
        before = _drive_files(drive)
        filler = _fill(drive, 20_000)  # no room for a purged copy of either
        with pytest.raises(DestructionNotVerified, match="still present") as caught:
            destruction.destroy(vault, chart.chart_number, basis="override", confirm=chart.chart_number,
                                override_reason="testing a full backup drive during a destruction")
        assert "The disk is full" in caught.value.message  # what to fix, not only where
        assert {c.client_id for c in clients.list_clients(vault)} == {other.client_id}  # the live vault: done
        assert _drive_files(drive) == before, "a half-written copy was left on the drive"
        assert gone in _charts_in(single, tmp_path) and gone in _charts_in(snap, tmp_path)  # not purged, and said so
        [listed] = destruction.list_destructions(vault)
        assert listed["state"] == "verification failed", listed
        filler.unlink()
        again = destruction.retry_failed(vault, listed["certificate_id"])
        assert again["verification"]["result"] == "passed", again["verification"]
        for path in (single, snap):
            names = _charts_in(path, tmp_path)
            assert gone not in names and kept in names
        assert not [p for p in drive.rglob(".*")], "temporary files left on the drive"
    assert os.path.exists(tmp_path)

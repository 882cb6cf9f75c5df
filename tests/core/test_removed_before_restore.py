"""A snapshot the rotation removed on the old computer after the backup a vault was restored from
was made is that vault's own past, not another copy's doing.

Found by a walker restoring on a new laptop: locking twice on one day wrote a snapshot, then the
rotation removed the day's earlier one; the snapshot restored from had recorded itself before that
rotation ran, so the restored ledger holds no record of it, and the Backups window and `backup list`
said the earlier one was "removed by another copy of this vault" (a security reviewer reads: someone
else has a copy). A removal between the restored backup's making and the restore is said calmly as
the rotation's; one after the restore (the old computer still in use, a copy) keeps the alarm.
Real vaults, a real repository, real rotation."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

from tests.conftest import PASSPHRASE
from vault_app.services import backup, backup_changed, backup_registry, backup_repo, clients
from vault_app.services.backup_repo_restore import restore_snapshot
from vault_app.services.vault import Vault, open_vault


def _rows(vault: Vault) -> dict[Path, dict[str, object]]:
    return {Path(b["path"]): b for b in backup.list_backups(vault)}


def _past(moment: str) -> None:
    """Wait until the clock is past `moment` (the notes are to the second): a removal made now
    is after it."""
    while datetime.now(UTC).replace(microsecond=0) <= datetime.fromisoformat(moment):
        time.sleep(0.05)


def test_the_rotation_after_the_restored_snapshot_is_calm_and_a_later_removal_is_not(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target), kind="repo", keep_daily=1, keep_weekly=0, keep_monthly=0)
    clients.create_client(vault, "First Client")
    first = Path(backup_repo.create_incremental(vault, target, verify=True, rotate_old=False).path)
    clients.create_client(vault, "Second Client")
    # As at the second lock of the day: this snapshot records itself, then its rotation removes the first.
    second = Path(backup_repo.create_incremental(vault, target, verify=True).path)
    assert not first.exists() and second.exists()
    vault.lock()

    new_laptop = tmp_path / "new-laptop"
    restore_snapshot(second, new_laptop, passphrase=PASSPHRASE)  # no vault there: a new computer
    restored = open_vault(new_laptop, PASSPHRASE)
    try:
        (entry,) = restored.ledger.entries(kinds=(backup_registry.RESTORED,))
    finally:
        restored.lock()
    _past(entry.time)

    # The old computer still in use after the restore: its rotation removes the snapshot restored from.
    old = open_vault(vault_dir, PASSPHRASE)
    try:
        clients.create_client(old, "Third Client")
        backup_repo.create_incremental(old, target, verify=True)
    finally:
        old.lock()
    assert not second.exists()

    restored = open_vault(new_laptop, PASSPHRASE)
    try:
        rows = _rows(restored)
        said = str(rows[first]["changed"])
        assert rows[first]["state"] == backup_changed.ROTATED, rows[first]
        assert "another copy" not in said
        assert said.startswith("removed by this vault's rotation on ")
        assert "before it was restored" in said
        # After the restore, nothing of this vault's own past did it: the alarm stays.
        assert rows[second]["state"] == backup_changed.REMOVED
        assert str(rows[second]["changed"]).startswith("removed by another copy of this vault on ")
    finally:
        restored.lock()


def test_a_failed_check_leaves_no_backup_checked_line(vault: Vault, tmp_path: Path) -> None:
    """Check the selected backup on a file not there: the status bar then said "Backup checked on …"
    (the last check that passed, of another file) right under the refusal (found by a walker)."""
    from vault_app.domain.errors import VaultError
    from vault_app.services import reminders
    from vault_app.services.backup_repo_restore import verify_copy

    kept = Path(backup.create_backup(vault, tmp_path / "usb", verify=True).path)
    assert reminders.status_line(vault).backup_here
    gone = Path(backup.create_backup(vault, tmp_path / "other", verify=True).path)
    gone.unlink()
    try:
        verify_copy(gone, vault=vault)
    except VaultError as refused:
        assert refused.code == "backup.file_missing"
    else:
        raise AssertionError("a file not there passed its check")
    line = reminders.status_line(vault)
    assert not line.backup_here and line.backup_checked_at is None
    verify_copy(kept, vault=vault)  # a check that passes says so again
    assert reminders.status_line(vault).backup_here

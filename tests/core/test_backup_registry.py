"""The register of backups in the ledger: states, rotation, settings, automatic
backups, the reminder, and warnings about where backups are kept."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from vault_app.domain.errors import InvalidInput, VaultCorrupt
from vault_app.services import backup, backup_registry, backup_rotation_removed, clients, notes
from vault_app.services.backup_folder_mark import mark_path
from vault_app.services.backup_registry import RegisteredBackup, cloud_service, plan_rotation, target_warnings
from vault_app.services.vault import Vault


def _entry(i: int, when: datetime) -> RegisteredBackup:
    return RegisteredBackup(i, f"/b/{i}", when.isoformat(), "0" * 64, 1, 1)


def test_states_present_verified_missing_failed(vault: Vault, tmp_path: Path) -> None:
    a = backup.create_backup(vault, tmp_path / "b", rotate_old=False)
    b = backup.create_backup(vault, tmp_path / "b", rotate_old=False, verify=True)
    c = backup.create_backup(vault, tmp_path / "b", rotate_old=False)
    d = backup.create_backup(vault, tmp_path / "b", rotate_old=False)
    Path(c.path).unlink()
    data = bytearray(Path(d.path).read_bytes())
    data[100] ^= 1
    Path(d.path).write_bytes(bytes(data))
    states = {x["path"]: x["state"] for x in backup.list_backups(vault)}
    assert states == {a.path: "present", b.path: "verified", c.path: "missing", d.path: "present"}
    assert {x["path"]: x["state"] for x in backup.list_backups(vault, check_hash=True)}[d.path] == "failed"
    with pytest.raises(VaultCorrupt, match="backup file is damaged"):
        backup.verify_backup(Path(d.path), vault=vault)
    assert {x["path"]: x["state"] for x in backup.list_backups(vault)}[d.path] == "failed"
    assert vault.ledger.entries(kinds=("backup.verify_failed",))[-1].payload == {"path": d.path, "error": "corrupt"}


def test_rotation_plan_keeps_daily_weekly_monthly_and_the_newest() -> None:
    start = datetime(2024, 1, 1, 12, tzinfo=UTC)
    # One backup a day for 90 days, two on the last day.
    items = [_entry(i, start + timedelta(days=i)) for i in range(90)]
    items.append(_entry(90, start + timedelta(days=89, hours=3)))
    keep = plan_rotation(items, daily=7, weekly=4, monthly=3)
    days = sorted({(start + timedelta(days=i)).date() for i in range(90)})
    kept_days = sorted({datetime.fromisoformat(b.created).astimezone().date() for b in items if b.backup_id in keep})
    assert 90 in keep and 89 not in keep  # the newest of the last day, not the earlier one
    assert set(days[-7:]) <= set(kept_days)
    assert 7 <= len(keep) <= 7 + 4 + 3
    assert plan_rotation(items, 0, 0, 0) == {90}
    assert plan_rotation([], 3, 3, 3) == set()


def test_rotate_deletes_only_registered_files_and_records_it(vault: Vault, tmp_path: Path) -> None:
    target = tmp_path / "b"
    backup.configure(vault, keep_daily=1, keep_weekly=0, keep_monthly=0)
    first = backup.create_backup(vault, target)
    (target / "my-notes.txt").write_text("not a backup")
    second = backup.create_backup(vault, target)
    assert second.rotated == [first.path]
    # Beside them, the rotation's note of what it removed, for other copies of the vault (backup_rotation_removed).
    assert sorted(p.name for p in target.iterdir()) == sorted([Path(second.path).name, "my-notes.txt",
                                                               backup_rotation_removed.NAME,
                                                               mark_path(target, vault.vault_id).name])
    assert [b["path"] for b in backup.list_backups(vault)] == [second.path]
    assert [b["path"] for b in backup.list_backups(vault, include_removed=True)] == [first.path, second.path]
    assert vault.ledger.entries(kinds=("backup.rotated",))[-1].payload["path"] == first.path


def test_rotation_never_removes_the_newest_verified_backup(vault: Vault, tmp_path: Path) -> None:
    backup.configure(vault, keep_daily=1, keep_weekly=0, keep_monthly=0)
    verified = backup.create_backup(vault, tmp_path / "b", verify=True)
    newer = backup.create_backup(vault, tmp_path / "b")
    assert newer.rotated == [] and Path(verified.path).exists()


def test_settings_are_validated_and_kept_in_the_header(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    conf = backup.configure(vault, target=str(tmp_path / "usb"), keep_daily=3, reminder_days=14, auto=False)
    assert conf["target"] == str((tmp_path / "usb").resolve()) and conf["keep_daily"] == 3
    assert vault.header.settings["backup"] == conf
    assert vault.ledger.entries(kinds=("backup.settings_changed",))[-1].payload == conf
    for bad in ({"keep_daily": -1}, {"keep_weekly": True}, {"reminder_days": 0}, {"colour": "red"},
                {"target": str(vault_dir)}):
        with pytest.raises(InvalidInput):
            backup.configure(vault, **bad)
    assert backup.settings(vault) == conf


@pytest.mark.parametrize("kind", [None, "file", "repo"])  # None: a new vault's own (snapshots)
def test_automatic_backup_only_when_something_changed(vault: Vault, tmp_path: Path, kind: str | None) -> None:
    assert backup.backup_if_changed(vault) is None  # no target yet
    backup.configure(vault, target=str(tmp_path / "usb"), kind=kind)
    first = backup.backup_if_changed(vault)
    assert first is not None and first.verified
    assert first.path.endswith(".vaultbackup" if kind == "file" else ".vrs")
    assert backup.backup_if_changed(vault) is None  # only backup entries since
    vault.lock_psychotherapy()  # session noise is no change either
    assert backup.backup_if_changed(vault) is None
    client = clients.create_client(vault, "Wren Halloway")
    notes.create_progress_note(vault, client.client_id, text="New note")
    second = backup.backup_if_changed(vault)
    assert second is not None and second.path != first.path
    backup.configure(vault, auto=False)
    clients.create_client(vault, "Ash Penhallow")
    assert backup.backup_if_changed(vault) is None


def test_reminder_and_verified_age(vault: Vault, tmp_path: Path) -> None:
    info = backup.status(vault)
    assert info["reminder_due"] and info["verified_backup_age_days"] is None
    assert "no verified backup" in (backup.reminder_text(vault) or "")
    backup.create_backup(vault, tmp_path / "b", verify=True)
    assert not backup.status(vault)["reminder_due"] and backup.reminder_text(vault) is None
    later = datetime.now(UTC) + timedelta(days=9)
    aged = backup.status(vault, now=later)
    assert aged["reminder_due"] and 8.9 < aged["verified_backup_age_days"] < 9.1
    backup.configure(vault, reminder_days=30)
    assert not backup.status(vault, now=later)["reminder_due"]


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("~/Dropbox/backups", "Dropbox"),
        ("/Users/x/Dropbox (Personal)/v", "Dropbox"),
        ("C:/Users/x/OneDrive - Contoso/b", "OneDrive"),
        ("~/OneDrive/b", "OneDrive"),
        ("~/Library/Mobile Documents/com~apple~CloudDocs/b", "iCloud Drive"),
        ("~/iCloud Drive/b", "iCloud Drive"),
        ("~/Library/CloudStorage/GoogleDrive-me@example.org/My Drive/b", "Google Drive"),
        ("~/Google Drive/b", "Google Drive"),
        ("/media/usb/backups", None),
        ("~/Documents/dropboxish", None),
    ],
)
def test_cloud_sync_folders_are_recognised(path: str, service: str | None) -> None:
    assert cloud_service(Path(path)) == service


def test_warnings_for_cloud_and_same_disk(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    warnings = target_warnings(vault_dir, tmp_path / "Dropbox" / "b")
    assert any("Dropbox" in w for w in warnings)
    assert any("same disk" in w for w in warnings)  # tmp_path is on the vault's disk
    info = backup.create_backup(vault, tmp_path / "Dropbox" / "b")
    assert len(info.warnings) == 2


def test_same_disk_check_uses_device_ids(vault_dir: Path, tmp_path: Path) -> None:
    other = Path("/dev/shm")
    if not other.is_dir() or os.stat(other).st_dev == os.stat(tmp_path).st_dev:
        pytest.skip("no second file system to compare with")
    assert not any("same disk" in w for w in target_warnings(vault_dir, other / "b"))


def test_register_survives_in_the_ledger(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    from tests.conftest import reopen

    info = backup.create_backup(vault, tmp_path / "b", verify=True)
    vault.lock()
    with reopen(vault_dir) as again:
        [item] = backup_registry.registered(again)
        assert item.path == info.path and item.sha256 == info.sha256 and item.verified_at

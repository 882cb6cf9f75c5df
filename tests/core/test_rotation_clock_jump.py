"""The rotation after the computer's clock jumped back (found by a walker): a laptop whose clock ran
ahead for a while (a wrong date set by hand, a CMOS battery, a bad time server) made backups dated
in the future; once the clock was set right, every new backup was "written" and then deleted by its
own rotation, because the rotation took the future-dated ones for the newest. The newest backup is
the one that holds the most of the vault's history: the ledger's order, not the wall clock's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from vault_app.services import backup, backup_repo, clients, ledger
from vault_app.services.backup_registry import RegisteredBackup, plan_rotation
from vault_app.services.vault import Vault


def _clock_at(moment: datetime) -> type[datetime]:
    """A `datetime` whose now() is `moment`: the computer's clock as the module reads it."""

    class _Clock(datetime):
        @classmethod
        def now(cls, tz: object = None) -> _Clock:  # type: ignore[override]
            return cls.fromtimestamp(moment.timestamp(), tz=UTC)

    return _Clock


def test_plan_keeps_the_backup_newest_in_the_ledger_whatever_its_clock_says() -> None:
    ahead = datetime(2028, 1, 15, 10, tzinfo=UTC)
    # backup_id / ledger_seq grow in the order the backups were made; the last one's clock is behind.
    made = [RegisteredBackup(10 + i, f"/b/{i}", (ahead + timedelta(days=i)).isoformat(), "0" * 64, 1, 9 + i)
            for i in range(3)]
    behind = RegisteredBackup(20, "/b/behind", datetime(2026, 12, 6, 16, tzinfo=UTC).isoformat(), "0" * 64, 1, 19)
    keep = plan_rotation([*made, behind], daily=1, weekly=0, monthly=0)
    assert keep == {20}
    # Refused side: with the clocks in order, the plan is the clock's as before.
    assert plan_rotation(made, daily=2, weekly=0, monthly=0) == {11, 12}


@pytest.mark.parametrize("kind", ["file", "repo"])
def test_a_backup_made_after_the_clock_was_set_back_is_kept(vault: Vault, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target), keep_daily=2, keep_weekly=0, keep_monthly=0, kind=kind)
    module = backup_repo if kind == "repo" else backup
    ahead = datetime.now(UTC) + timedelta(days=400)
    for day in range(3):
        monkeypatch.setattr(module, "datetime", _clock_at(ahead + timedelta(days=day)))
        clients.create_client(vault, f"Client {day}")
        backup.create_to_target(vault, target)
    monkeypatch.undo()  # the clock set right again
    clients.create_client(vault, "Client seen after the clock was set right")
    newest = backup.create_to_target(vault, target)
    assert Path(newest.path).exists()
    assert newest.path not in newest.rotated
    kept = [b["path"] for b in backup.list_backups(vault) if b["state"] != "missing"]
    assert newest.path in kept


def test_the_last_verified_backup_is_the_newest_made_not_the_latest_dated(
        vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Today's "Last verified backup" and the backup reminder read the newest backup checked: after
    the clock was set right, one checked then was still the one dated a year ahead ("-400 days ago",
    and no reminder for a year), not the one made and checked since."""
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target))
    ahead = datetime.now(UTC) + timedelta(days=400)
    for module in (backup, backup_repo):  # whichever kind the new vault's backups are
        monkeypatch.setattr(module, "datetime", _clock_at(ahead))
    monkeypatch.setattr(ledger, "now_iso", lambda: ahead.isoformat(timespec="microseconds"))
    backup.create_to_target(vault, target)
    monkeypatch.undo()
    clients.create_client(vault, "Client seen after the clock was set right")
    newest = backup.create_to_target(vault, target)
    status = backup.status(vault)
    assert status["last_verified_backup"]["path"] == newest.path
    assert status["last_backup"]["path"] == newest.path
    assert 0 <= status["verified_backup_age_days"] < 1


def test_a_restore_made_while_the_clock_was_behind_keeps_its_grace_period(
        vault: Vault, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The backups a restore in place went back from are kept GRACE_DAYS after it, so a mistaken
    restore can be undone: counted from the restore's clock, a restore made with the clock years
    behind gave them none once the clock was set right (found by a walker reading the grace)."""
    from tests.conftest import PASSPHRASE
    from tests.core.cli_helpers import cli_in_process
    from vault_app.services import backup_left_behind
    from vault_app.services.vault import open_vault

    usb = tmp_path / "usb"
    backup.configure(vault, target=str(usb), kind="file")
    first = Path(backup.create_backup(vault, usb, verify=True).path)
    clients.create_client(vault, "The Mistake")
    backup.create_backup(vault, usb, rotate_old=False)
    vault.lock()
    behind = datetime(2001, 1, 2, 10, tzinfo=UTC)
    monkeypatch.setattr(ledger, "now_iso", lambda: behind.isoformat(timespec="microseconds"))
    done = cli_in_process("backup", "restore", str(first), "--to", str(vault_dir), "--overwrite")
    monkeypatch.undo()
    assert done.code == 0, done.err
    restored = open_vault(vault_dir, PASSPHRASE)
    try:
        (until,) = backup_left_behind.kept_until(restored).values()
    finally:
        restored.lock()
    assert until > datetime.now(UTC) + timedelta(days=backup_left_behind.GRACE_DAYS - 1)

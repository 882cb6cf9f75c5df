"""The backups a restore in place left behind are kept for a grace period, then rotated out
like any other backup (services/backup_left_behind.py GRACE_DAYS, backup_rotation.rotate).

Found reading the rotation after the restore in place went on backing up into the same folder:
it skipped those backups forever, so they stayed on disk and registered for good (every
destruction purged them) until the therapist deleted them by hand, which nothing in the app
did. Real vault, real backup files; the restore, `backup list` and the backups through the real
command line (its own `run` in this process, cli_helpers.cli; as processes each cost a Python
start, ~0.35 CPU-s); the clock the grace period is read on set for the command that backs up, as
a test sets the failure's or the status's "now" (backup.status(now=...))."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import Result, cli
from vault_app.services import backup, backup_left_behind, clients
from vault_app.services.vault import Vault, open_vault

Cli = Callable[..., Result]


@pytest.fixture
def _cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    """`vault-app` as it runs, with the grace period's clock set `days_later` days after the real one."""
    def command(*args: str, days_later: float = 0) -> Result:
        with monkeypatch.context() as clock:
            clock.setattr(backup_left_behind, "now", lambda: datetime.now(UTC) + timedelta(days=days_later))
            return cli(capsys, monkeypatch, *args)

    return command


def _change(folder: Path, name: str) -> None:
    vault = open_vault(folder, PASSPHRASE)
    try:
        clients.create_client(vault, name)
    finally:
        vault.lock()


def _back_up(_cli: Cli, folder: Path, days_later: float = 0) -> dict[str, object]:
    done = _cli("--json", "--vault", str(folder), "backup", "create", days_later=days_later)
    assert done.code == 0, (done.out, done.err)  # the folder's line accepted
    made = json.loads(done.out)
    assert isinstance(made, dict)
    return made


def test_backups_left_behind_are_kept_for_the_grace_period_then_rotated_out_and_recorded(
    vault: Vault, vault_dir: Path, tmp_path: Path, _cli: Cli
) -> None:
    usb = tmp_path / "usb"
    backup.configure(vault, target=str(usb), kind="file")
    first = Path(backup.create_backup(vault, usb, verify=True).path)
    clients.create_client(vault, "The Mistake")
    left = Path(backup.create_backup(vault, usb, rotate_old=False).path)
    vault.lock()

    done = _cli("--json", "backup", "restore", str(first), "--to", str(vault_dir), "--overwrite")
    assert done.code == 0, done.err
    assert json.loads(done.out)["left_behind"] == [str(left)]
    restored = open_vault(vault_dir, PASSPHRASE)
    try:
        (restore,) = restored.ledger.entries(kinds=("backup.restored",))
    finally:
        restored.lock()
    ends = datetime.fromisoformat(restore.time) + timedelta(days=backup_left_behind.GRACE_DAYS)

    # The list says until when: the JSON to the second, the text the day.
    listed = _cli("--json", "--vault", str(vault_dir), "backup", "list")
    assert listed.code == 0, listed.err
    rows = {b["path"]: b for b in json.loads(listed.out)["backups"]}
    assert rows[str(left)]["before_restore"]
    assert datetime.fromisoformat(rows[str(left)]["kept_until"]) == ends.replace(microsecond=0)
    assert rows[str(first)]["kept_until"] is None
    text = _cli("--vault", str(vault_dir), "backup", "list")
    assert text.code == 0, text.err
    (line,) = [x for x in text.out.splitlines() if str(left) in x]
    # A deadline: its month in words, the day on this computer's calendar (a US practice)
    assert line.endswith(f"(from before the restore, kept until {ends.astimezone():%B} {ends.astimezone().day}, "
                         f"{ends.astimezone():%Y})"), line

    # Within the grace period: the folder's newest backup is the one left behind, the backup is
    # made beside it, and the rotation (one a day is kept) leaves it, up to the last day.
    _change(vault_dir, "After Restore")
    assert left.is_file() and str(left) not in _back_up(_cli, vault_dir)["rotated"]  # type: ignore[operator]
    _change(vault_dir, "Month Later")
    last_day = _back_up(_cli, vault_dir, days_later=backup_left_behind.GRACE_DAYS - 0.01)
    assert left.is_file() and str(left) not in last_day["rotated"]  # type: ignore[operator]

    # After it: the next backup rotates it out, said in the ledger as any rotation is.
    _change(vault_dir, "Grace Over")
    after = _back_up(_cli, vault_dir, days_later=backup_left_behind.GRACE_DAYS + 0.01)
    assert str(left) in after["rotated"]  # type: ignore[operator]
    assert not left.exists() and first.exists() is (str(first) not in after["rotated"])  # type: ignore[operator]
    again = open_vault(vault_dir, PASSPHRASE)
    try:
        rotating = [e.payload["path"] for e in again.ledger.entries(kinds=("backup.rotating",))]
        rotated = [e.payload["path"] for e in again.ledger.entries(kinds=("backup.rotated",))]
        assert str(left) in rotating and str(left) in rotated
        rows = {b["path"]: b for b in backup.list_backups(again, include_removed=True)}
        assert rows[str(left)]["removed_at"] and rows[str(left)]["kept_until"] is None
        assert str(left) not in {b["path"] for b in backup.list_backups(again)}
    finally:
        again.lock()

    # Gone, the restore's record of them stays: the folder still takes this vault's backups.
    _change(vault_dir, "Still Going")
    kept = Path(str(_back_up(_cli, vault_dir, days_later=backup_left_behind.GRACE_DAYS + 1)["path"]))
    assert kept.is_file() and kept.parent == usb.resolve()


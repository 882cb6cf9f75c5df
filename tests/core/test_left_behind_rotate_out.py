"""The backups a restore in place left behind are kept for a grace period, then rotated out
like any other backup (services/backup_left_behind.py GRACE_DAYS, backup_rotation.rotate).

Found reading the rotation after the restore in place went on backing up into the same folder:
it skipped those backups forever, so they stayed on disk and registered for good (every
destruction purged them) until the therapist deleted them by hand, which nothing in the app
did. Real vault, real backup files; the restore, `backup list` and the backups in real CLI
processes; the clock the grace period is read on set in the process that backs up, as a test's
process sets the failure's or the status's "now" (backup.status(now=...))."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

from tests.conftest import PASSPHRASE
from vault_app.services import backup, backup_left_behind, clients
from vault_app.services.vault import Vault, open_vault

# `vault-app` as it runs, with the grace period's clock set DAYS days after the real one.
LATER = (
    "import sys\nfrom datetime import UTC, datetime, timedelta\n"
    "from vault_app.services import backup_left_behind\n"
    "days = float(sys.argv[1])\n"
    "backup_left_behind.now = lambda: datetime.now(UTC) + timedelta(days=days)\n"
    "from vault_app.app import main\n"
    "sys.argv = ['vault-app', *sys.argv[2:]]\n"
    "raise SystemExit(main())\n"
)


def _cli(*args: str, days_later: float = 0) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", LATER, str(days_later), *args]
    return subprocess.run(command, env={**os.environ, "VAULT_APP_PASSPHRASE": PASSPHRASE}, capture_output=True,
                          text=True, timeout=300)


def _change(folder: Path, name: str) -> None:
    vault = open_vault(folder, PASSPHRASE)
    try:
        clients.create_client(vault, name)
    finally:
        vault.lock()


def _back_up(folder: Path, days_later: float = 0) -> dict[str, object]:
    done = _cli("--json", "--vault", str(folder), "backup", "create", days_later=days_later)
    assert done.returncode == 0, (done.stdout, done.stderr)  # the folder's line accepted
    made = json.loads(done.stdout)
    assert isinstance(made, dict)
    return made


def test_backups_left_behind_are_kept_for_the_grace_period_then_rotated_out_and_recorded(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    backup.configure(vault, target=str(usb), kind="file")
    first = Path(backup.create_backup(vault, usb, verify=True).path)
    clients.create_client(vault, "The Mistake")
    left = Path(backup.create_backup(vault, usb, rotate_old=False).path)
    vault.lock()

    done = _cli("--json", "backup", "restore", str(first), "--to", str(vault_dir), "--overwrite")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["left_behind"] == [str(left)]
    restored = open_vault(vault_dir, PASSPHRASE)
    try:
        (restore,) = restored.ledger.entries(kinds=("backup.restored",))
    finally:
        restored.lock()
    ends = datetime.fromisoformat(restore.time) + timedelta(days=backup_left_behind.GRACE_DAYS)

    # The list says until when: the JSON to the second, the text the day.
    listed = _cli("--json", "--vault", str(vault_dir), "backup", "list")
    assert listed.returncode == 0, listed.stderr
    rows = {b["path"]: b for b in json.loads(listed.stdout)["backups"]}
    assert rows[str(left)]["before_restore"]
    assert datetime.fromisoformat(rows[str(left)]["kept_until"]) == ends.replace(microsecond=0)
    assert rows[str(first)]["kept_until"] is None
    text = _cli("--vault", str(vault_dir), "backup", "list")
    assert text.returncode == 0, text.stderr
    (line,) = [x for x in text.stdout.splitlines() if str(left) in x]
    assert line.endswith(f"(from before the restore, kept until {ends.astimezone():%m/%d/%Y})"), line  # a US practice

    # Within the grace period: the folder's newest backup is the one left behind, the backup is
    # made beside it, and the rotation (one a day is kept) leaves it, up to the last day.
    _change(vault_dir, "After Restore")
    assert left.is_file() and str(left) not in _back_up(vault_dir)["rotated"]  # type: ignore[operator]
    _change(vault_dir, "Month Later")
    last_day = _back_up(vault_dir, days_later=backup_left_behind.GRACE_DAYS - 0.01)
    assert left.is_file() and str(left) not in last_day["rotated"]  # type: ignore[operator]

    # After it: the next backup rotates it out, said in the ledger as any rotation is.
    _change(vault_dir, "Grace Over")
    after = _back_up(vault_dir, days_later=backup_left_behind.GRACE_DAYS + 0.01)
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
    kept = Path(str(_back_up(vault_dir, days_later=backup_left_behind.GRACE_DAYS + 1)["path"]))
    assert kept.is_file() and kept.parent == usb.resolve()


"""A backup folder copied without its files' times (`cp -r`, `scp`, a download, a sync tool that stamps
the copy's time): every backup in the copy carries the time of the copy, in the order the copy went.
Found by a walker handing a retiring therapist's backups to a records custodian: the restore window
listed "newest first" by those times, so the OLDEST snapshot was first and chosen, each one "written" at
the minute of the copy, and the custodian's vault went on from the oldest backup (the command line said
the opposite rule: "the newest last by name"). The time the app wrote in each backup's name decides."""

from __future__ import annotations

import os
import shutil
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from tests.conftest import PASSPHRASE
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.services import backup, backup_repo, backups_in_folder, clients
from vault_app.services.vault import Vault, create_vault


def _copied_without_times(drive: Path, to: Path, made: list[Path]) -> list[Path]:
    """`drive` copied as `cp -r` copies it; the copy went newest first, so the oldest got the latest time."""
    shutil.copytree(drive, to, copy_function=shutil.copyfile)
    copied = [to / path.relative_to(drive) for path in made]
    now = time.time()
    for i, path in enumerate(copied):
        os.utime(path, (now - i, now - i))
    return copied


def _vault(tmp_path: Path) -> Vault:
    return create_vault(tmp_path / "old-laptop", PASSPHRASE, params=OWASP_FLOOR).vault


def test_a_backup_folder_copied_without_its_times_lists_its_newest_snapshot_first(tmp_path: Path) -> None:
    vault = _vault(tmp_path)
    drive, infos = tmp_path / "usb-drive", []
    for name in ("First Client", "Second Client", "Third Client"):
        clients.create_client(vault, name, date_of_birth="1975-05-05")
        infos.append(backup_repo.create_incremental(vault, drive, rotate_old=False))
    vault.lock()
    made = [Path(info.path) for info in infos]
    assert backups_in_folder.backups_in(drive) == made[::-1]  # the drive itself: its times are the backups'

    copied = _copied_without_times(drive, tmp_path / "custodian-drive", made)
    assert [p.stat().st_mtime for p in copied] == sorted((p.stat().st_mtime for p in copied), reverse=True)
    assert backups_in_folder.backups_in(tmp_path / "custodian-drive") == copied[::-1]
    # Each said as made, not as copied.
    for info, path in zip(infos, copied, strict=True):
        assert datetime.fromisoformat(backups_in_folder.written(path)) == datetime.fromisoformat(info.created)


def test_backup_files_copied_days_later_are_listed_in_the_order_they_were_made(tmp_path: Path) -> None:
    vault = _vault(tmp_path)
    drive = tmp_path / "usb-drive"
    clients.create_client(vault, "First Client", date_of_birth="1975-05-05")
    first = Path(backup.create_backup(vault, drive, rotate_old=False).path)
    clients.create_client(vault, "Second Client", date_of_birth="1980-06-06")
    second = Path(backup.create_backup(vault, drive, rotate_old=False).path)
    vault.lock()
    assert second.name == first.name.replace(".vaultbackup", "-2.vaultbackup")  # the second of its day

    # Made three days before the copy: named for that day, as the app names a backup file.
    day = (date.today() - timedelta(days=3)).isoformat()
    copy = tmp_path / "custodian-drive"
    shutil.copytree(drive, copy, copy_function=shutil.copyfile)
    older, newer = copy / f"vault-backup-{day}.vaultbackup", copy / f"vault-backup-{day}-2.vaultbackup"
    (copy / first.name).rename(older)
    (copy / second.name).rename(newer)
    now = time.time()  # the copy went newest first: the older file has the later time
    os.utime(newer, (now - 1, now - 1))
    os.utime(older, (now, now))
    assert backups_in_folder.backups_in(copy) == [newer, older]
    assert datetime.fromisoformat(backups_in_folder.written(newer)).astimezone().date().isoformat() == day

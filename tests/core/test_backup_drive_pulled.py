"""A backup whose folder goes away while it is written (its drive pulled out), and the staging
folders such a backup, or a killed one, leaves on the drive.

Found in the real app: the drive pulled mid-backup said "A file or folder was not found while
reading a backup part. Check the path you gave: its folder must exist already." (it was writing,
no path had been given), and its staging folder `.vault-backup-PID-xxxx` (15 MB, encrypted) stayed
on the drive after the next backup had succeeded: the pid in its name was the running app's own.

The drive is pulled for real: its folder renamed away (every path into it then fails, as with an
unmounted drive) at the moment the staging copy is complete; put back for the next backup."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import EnvironmentProblem
from vault_app.services import backup, clients, staging_journal
from vault_app.services.vault import Vault, create_vault, open_vault


@pytest.fixture
def vault(tmp_path: Path, kdf_params: KdfParams) -> Iterator[Vault]:
    made = create_vault(tmp_path / "vault", PASSPHRASE, params=kdf_params, use_device_secret=False)
    clients.create_client(made.vault, "Theodora Quillfeather")
    yield made.vault
    made.vault.lock()


def _staging(drive: Path) -> list[str]:
    return sorted(p.name for p in drive.iterdir() if p.name.startswith(".vault-backup-"))


def _pull_the_drive_after_staging(monkeypatch: pytest.MonkeyPatch, drive: Path, away: Path) -> None:
    """The drive goes away once the staging copy is on it (the real copy is made first)."""
    real = backup.snapshot_vault

    def then_pulled(v: Vault, staging: Path) -> object:
        made = real(v, staging)
        drive.rename(away)
        return made

    monkeypatch.setattr(backup, "snapshot_vault", then_pulled)


def test_a_drive_pulled_mid_backup_is_said_as_gone_and_its_staging_is_swept_next(
        tmp_path: Path, vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    drive, away = tmp_path / "usb", tmp_path / "usb-unplugged"
    drive.mkdir()
    monkeypatch.setattr(staging_journal, "_MARGIN_BYTES", 1 << 62)  # no room on the vault's disk: staged on the drive
    _pull_the_drive_after_staging(monkeypatch, drive, away)
    with pytest.raises(EnvironmentProblem) as caught:
        backup.create_backup(vault, drive, verify=True)
    err = caught.value
    assert err.code == "backup.folder_gone", str(err)
    assert err.params == {"folder": str(drive)}
    said = str(err)
    assert f"The backup folder {drive} went away while the backup was being written" in said
    assert "nothing of the vault changed" in said and "back up again" in said
    assert "reading" not in said and "path you gave" not in said and "Theodora" not in said
    monkeypatch.undo()
    # Still journaled (a folder out of sight is not a folder removed): the unlock says where it is.
    assert staging_journal.away(vault.folder) == [drive]

    away.rename(drive)  # the drive connected again
    left = _staging(drive)
    assert left and all(name.startswith(f".vault-backup-{os.getpid()}-") for name in left)
    info = backup.create_backup(vault, drive, verify=True)
    assert Path(info.path).exists()
    assert _staging(drive) == []  # the running app's own leftover, its backup over, is gone
    assert [p.name for p in drive.iterdir() if p.name.startswith(".")] == []


def test_a_folder_still_there_keeps_its_own_words(tmp_path: Path, vault: Vault) -> None:
    """The other side: a refusal with the folder reachable is not said as the folder gone."""
    drive = tmp_path / "usb"
    drive.mkdir()
    info = backup.create_backup(vault, drive)
    assert Path(info.path).exists()
    from vault_app.services.backup_folder_gone import said_as_gone
    from vault_app.storage.files import classify_os_error

    with pytest.raises(EnvironmentProblem) as caught, said_as_gone(drive):
        raise classify_os_error(FileNotFoundError(2, "No such file or directory"), "writing a backup part")
    assert caught.value.code == "disk.not_found"
    unplugged = tmp_path / "unplugged"
    unplugged.mkdir()
    with pytest.raises(EnvironmentProblem) as gone, said_as_gone(unplugged):
        unplugged.rmdir()  # the drive pulled while the backup was written
        raise classify_os_error(FileNotFoundError(2, "No such file or directory"), "writing a backup part")
    assert gone.value.code == "backup.folder_gone"
    # Never there when the backup began (a folder asked below a file): it did not go away.
    with pytest.raises(EnvironmentProblem) as never, said_as_gone(tmp_path / "never-there"):
        raise classify_os_error(FileNotFoundError(2, "No such file or directory"), "writing a backup part")
    assert never.value.code == "disk.not_found"


_WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from vault_app.services import backup, staging_journal
    from vault_app.services.vault import open_vault

    real = backup.snapshot_vault

    def staged_then_wait(v, staging):
        made = real(v, staging)
        print("staged", flush=True)
        time.sleep(3600)  # killed here, mid-backup
        return made

    backup.snapshot_vault = staged_then_wait
    staging_journal._MARGIN_BYTES = 1 << 62  # no room on the vault's disk: staged on the drive
    vault = open_vault(Path(sys.argv[1]), sys.argv[3])
    backup.create_backup(vault, Path(sys.argv[2]))
""")

_HOLDER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from vault_app.services.backup_workdirs import private_tempdir

    with private_tempdir(Path(sys.argv[1]), "backup") as staging:
        (staging / "records.db").write_bytes(b"encrypted")
        print("staged", flush=True)
        sys.stdin.readline()  # writing, until told to end
""")


def _start(script: str, *args: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", script, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "staged"
    return proc


def test_a_killed_backups_staging_is_swept_and_a_live_writers_is_kept(tmp_path: Path, vault: Vault) -> None:
    drive = tmp_path / "usb"
    drive.mkdir()
    folder = vault.folder
    vault.lock()
    killed = _start(_WRITER, str(folder), str(drive), PASSPHRASE)
    killed.send_signal(signal.SIGKILL)
    killed.communicate()
    assert _staging(drive) == [n for n in _staging(drive) if n.startswith(f".vault-backup-{killed.pid}-")] != []
    live = _start(_HOLDER, str(drive))
    try:
        theirs = [n for n in _staging(drive) if n.startswith(f".vault-backup-{live.pid}-")]
        assert len(theirs) == 1
        again = open_vault(folder, PASSPHRASE)
        try:
            backup.create_backup(again, drive, verify=True)
        finally:
            again.lock()
        assert _staging(drive) == theirs  # the killed one's gone, the live writer's kept
        assert (drive / theirs[0] / "records.db").read_bytes() == b"encrypted"
    finally:
        assert live.stdin is not None
        live.communicate("\n")
    assert _staging(drive) == []

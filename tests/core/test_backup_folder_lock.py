"""One writer at a time in a backup folder, across processes (storage/backup_folder_lock.py).

Two vault folders write into one backup folder: the original and a copy restored to look
something up, each with its own rotation and purges. Each test has
the other writer as a real second process holding the folder, or a second copy of the vault
that backed up while this one's backup was being built. Real vaults, real files."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault_app.domain.errors import RefusedByPolicy, VaultBusy
from vault_app.services import (
    backup,
    backup_beside,
    backup_beside_repo,
    backup_repo,
    backup_repo_restore,
    clients,
    destruction_backups,
)
from vault_app.services.vault import Vault, open_vault
from vault_app.storage import backup_folder_lock
from vault_app.storage.chunk_store import Repository

HOLD = (
    "import sys; from pathlib import Path; from vault_app.storage import backup_folder_lock as b\n"
    "with b.held(Path(sys.argv[1]), wait_seconds=0):\n"
    "    print('held', flush=True); sys.stdin.read()\n"
)
# A repository's sweep (what a rotation or a purge ends with), in a process of its own,
# refused at once when busy.
SWEEP = (
    "import sys; from pathlib import Path; from vault_app.storage import backup_folder_lock as b\n"
    "from vault_app.domain.errors import VaultBusy; from vault_app.services import backup_repo\n"
    "b.WAIT_SECONDS = 0\n"
    "try:\n    print(backup_repo.sweep_repository(Path(sys.argv[1])), flush=True)\n"
    "except VaultBusy as e:\n    print('busy:', e.message, flush=True)\n"
)


@pytest.fixture
def other_process() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for proc in started:
        for pipe in (proc.stdin, proc.stdout):
            if pipe is not None:
                pipe.close()
        proc.wait(60)


def _hold(started: list[subprocess.Popen[str]], folder: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(folder)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    started.append(proc)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def _release(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.close()
    proc.stdout.close()
    assert proc.wait(60) == 0


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("kind", ["file", "repo"])
def test_a_backup_while_another_process_holds_the_folder_writes_nothing(
    vault: Vault, tmp_path: Path, kind: str, other_process: list[subprocess.Popen[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "usb"
    backup.configure(vault, target=str(folder), kind=kind)
    backup.create_to_target(vault, folder)
    clients.create_client(vault, "Wren Waiting")
    before, head, listed = _files(folder), vault.ledger.head(), len(backup.list_backups(vault, include_removed=True))
    holder = _hold(other_process, folder)
    monkeypatch.setattr(backup_folder_lock, "WAIT_SECONDS", 0.0)  # refused at once, not after two minutes
    with pytest.raises(VaultBusy, match="writing into the backup folder") as busy:
        backup.create_to_target(vault, folder)  # Back up now, `backup create`, the quit's backup
    assert "Nothing was written" in busy.value.message and "Wren" not in busy.value.message
    assert _files(folder) == before  # no file, no chunk, no manifest, no work folder
    assert vault.ledger.head() == head
    assert len(backup.list_backups(vault, include_removed=True)) == listed
    _release(holder)
    made = backup.create_to_target(vault, folder)  # once the other process is done
    assert Path(made.path).exists()


def test_a_sweep_in_another_process_never_takes_chunks_not_yet_named(
    vault: Vault, tmp_path: Path, other_process: list[subprocess.Popen[str]]
) -> None:
    """A snapshot's chunks are named by no manifest until it is written: another process's
    sweep (a second copy's rotation or purge) took them for orphans."""
    folder = tmp_path / "repo"
    backup.configure(vault, target=str(folder), kind="repo")
    backup.create_to_target(vault, folder)
    repo = Repository(folder)
    with repo.writing():
        written, _size = repo.write_chunks(iter([("ab" * 32, b"not named by any manifest yet")]))
        assert written == 1 and repo.chunk_path("ab" * 32).exists()
        swept = subprocess.run([sys.executable, "-c", SWEEP, str(folder)], capture_output=True, text=True,
                               timeout=120, check=True)
        assert swept.stdout.startswith("busy: Another vault-app window or command is writing"), swept.stdout
        assert repo.chunk_path("ab" * 32).exists()
    swept = subprocess.run([sys.executable, "-c", SWEEP, str(folder)], capture_output=True, text=True,
                           timeout=120, check=True)
    assert "'chunks_removed': 1" in swept.stdout  # unnamed and no writer: an orphan, removed
    assert not repo.chunk_path("ab" * 32).exists()
    assert backup_repo.verify_snapshot(Path(backup.list_backups(vault)[-1]["path"]), vault=vault)["ok"]


@pytest.mark.parametrize("kind", ["file", "repo"])
def test_a_backup_built_beside_is_refused_when_another_copy_wrote_meanwhile(
    vault: Vault, tmp_path: Path, kind: str, runner: backup_beside.BackupRunner
) -> None:
    """Both copies continue the newest backup (a vault restored on a new computer, and the
    old laptop back on): each passed the line's check before either wrote. The one that puts
    its backup in place second is refused, and the first one's backup stays as it was."""
    folder = tmp_path / "usb"
    backup.configure(vault, target=str(folder), kind=kind)
    newest = Path(backup.create_to_target(vault, folder).path)
    if kind == "repo":
        backup_repo_restore.restore_snapshot(newest, tmp_path / "new-computer", passphrase=PASSPHRASE)
    else:
        backup.restore_backup(newest, tmp_path / "new-computer", passphrase=PASSPHRASE)
    moved = open_vault(tmp_path / "new-computer", PASSPHRASE)
    try:
        clients.create_client(moved, "Moved Along")
        snap = backup_beside.take_snapshot(moved)  # the backup on lock of the new computer: checked, held
        assert snap is not None
        build = backup_beside_repo.build if kind == "repo" else backup_beside.build
        built = build(snap, lambda: False, lambda _step: None)  # type: ignore[arg-type]
        clients.create_client(vault, "Old Laptop")
        theirs = Path(backup.create_to_target(vault, folder).path)  # the old laptop's, meanwhile
        partial = str(built.partial.relative_to(folder))
        after = {name: data for name, data in _files(folder).items() if name != partial}
        with pytest.raises(RefusedByPolicy, match="another copy of this vault"):
            backup_beside.register(moved, built)
    finally:
        moved.lock()
    built.partial.unlink(missing_ok=True)  # what register_waiting does with a refused one
    assert _files(folder) == after and theirs.exists()
    assert all(b["state"] != "missing" for b in backup.list_backups(vault))


def test_the_destructions_sweep_leaves_another_live_process_work_in_progress(
    vault: Vault, tmp_path: Path, other_process: list[subprocess.Popen[str]]
) -> None:
    folder = tmp_path / "usb"
    backup.create_backup(vault, folder)
    (tmp_path / "elsewhere").mkdir()
    live = _hold(other_process, tmp_path / "elsewhere")  # any live process of another copy
    theirs = folder / f".vault-backup-{live.pid}-abc123"
    # A pid no process can have (above Linux's PID_MAX_LIMIT, 4,194,304): a real process's pid read
    # after it ended can be reused by another of CI's processes before the check (ci47).
    dead = 4_194_304 + 7
    with pytest.raises(ProcessLookupError):
        os.kill(dead, 0)
    left = folder / f".vault-backup-{dead}-def456"
    for work in (theirs, left):
        work.mkdir()
        (work / "records.db").write_bytes(b"encrypted pages")
    removed = destruction_backups.sweep(vault)
    assert removed == [left.name] and not left.exists()
    assert (theirs / "records.db").exists()  # its backup goes on


def test_a_wait_for_another_process_is_told_once_then_refused(
    vault: Vault, tmp_path: Path, other_process: list[subprocess.Popen[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window and the command say why a backup has not moved: told once when the wait
    begins, from the waiting thread; the refusal after it as before."""
    folder = tmp_path / "usb"
    backup.configure(vault, target=str(folder), kind="file")  # made as it is chosen
    _hold(other_process, folder)
    told: list[Path] = []
    monkeypatch.setattr(backup_folder_lock, "WAIT_SECONDS", 0.5)
    backup_folder_lock.set_waiting_notice(told.append)
    try:
        with pytest.raises(VaultBusy):
            backup.create_to_target(vault, folder)
    finally:
        backup_folder_lock.set_waiting_notice(None)
    assert told == [folder.resolve()]
    assert "waiting for it to finish" in backup_folder_lock.waiting_text(folder)


def test_the_command_line_says_it_waits(
    vault: Vault, tmp_path: Path, other_process: list[subprocess.Popen[str]]
) -> None:
    folder = tmp_path / "usb"
    backup.configure(vault, target=str(folder), kind="file")  # made as it is chosen
    vault.lock()
    holder = _hold(other_process, folder)
    script = (
        "import sys; from vault_app.storage import backup_folder_lock as b; b.WAIT_SECONDS = 0.5\n"
        "from vault_app.cli.main import run; sys.exit(run(sys.argv[1:]))\n"
    )
    done = subprocess.run([sys.executable, "-c", script, "--vault", str(vault.folder), "backup", "create"],
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "VAULT_APP_PASSPHRASE": PASSPHRASE})
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "writing into the backup folder" in done.stderr and "waiting for it to finish" in done.stderr
    assert "Nothing was written" in done.stderr
    _release(holder)

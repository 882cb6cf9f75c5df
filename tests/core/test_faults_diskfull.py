"""A full disk while saving notes and while backing up: a clear DiskFull, nothing
already saved is lost, no half-written backup is left, and the vault still opens.

The real-file-system variants mount a small tmpfs (needs root, as in CI's container);
where that is not possible they skip and the injected variants still run.
"""

from __future__ import annotations

import contextlib
import errno
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import DiskFull, EnvironmentProblem
from vault_app.services import backup, clients, notes
from vault_app.services.vault import Vault, create_vault, open_vault
from vault_app.storage import backup_format


@contextlib.contextmanager
def small_filesystem(path: Path, size: str) -> Iterator[Path]:
    path.mkdir(parents=True, exist_ok=True)
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(path)],
            capture_output=True, timeout=20, check=False,
        )
    except (OSError, subprocess.SubprocessError):
        done = None
    if done is None or done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (not root?); the injected variants cover this")
    try:
        yield path
    finally:
        if subprocess.run(["umount", str(path)], capture_output=True, check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(path)], capture_output=True, check=False)


def _fill(folder: Path, leave: int) -> Path:
    """A filler file that leaves about `leave` bytes free on `folder`'s file system."""
    import os

    stat = os.statvfs(folder)
    free = stat.f_bavail * stat.f_frsize
    filler = folder / "filler.bin"
    with filler.open("wb") as fh:
        fh.write(b"\0" * max(0, free - leave))
    return filler


def _write_until_full(vault: Vault, client_id: str) -> tuple[list[str], DiskFull]:
    saved: list[str] = []
    for i in range(10_000):
        try:
            note = notes.create_progress_note(vault, client_id, text=f"Note {i} {uuid.uuid4().hex} " + "x" * 3000)
        except DiskFull as err:
            return saved, err
        saved.append(note.note_id)
    raise AssertionError("the disk never filled up")


def _assert_intact(folder: Path, saved: list[str]) -> None:
    with open_vault(folder, PASSPHRASE, with_psychotherapy=True) as vault:
        assert vault.check_integrity() == {"records": [], "ledger": [], "psychotherapy": []}
        assert vault.ledger.verify_full(vault.header.ledger_anchor).ok
        present = {r[0] for r in vault.records.query("SELECT note_id FROM progress_notes")}
    assert set(saved) <= present


def _assert_disk_full_message(err: DiskFull) -> None:
    # A backup's says which disk (services/backup_disk_full.py): the backup folder's own, or the
    # one that holds both it and the vault.
    assert err.message.startswith(("The disk is full while", "The disk that holds the folder ",
                                   "The drive of the backup folder ",
                                   "The disk that holds both the vault and the backup folder ")), err.message
    assert "Nothing already saved was lost" in err.hint


# --- saving ---------------------------------------------------------------------------------------
def test_disk_full_while_saving_on_a_real_small_filesystem(tmp_path: Path, kdf_params: KdfParams) -> None:
    with small_filesystem(tmp_path / "small", "8m") as mount:
        folder = mount / "vault"
        made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
        client_id = clients.create_client(made.vault, "Isolde Parrish").client_id
        filler = _fill(mount, leave=1_500_000)
        saved, err = _write_until_full(made.vault, client_id)
        _assert_disk_full_message(err)
        assert len(saved) >= 5
        with contextlib.suppress(DiskFull):
            made.vault.lock()  # the final checkpoint may not fit either; the WAL keeps the data
        # While still full, opening either works or says the disk is full, nothing else.
        with contextlib.suppress(DiskFull):
            open_vault(folder, PASSPHRASE).lock()
        filler.unlink()
        _assert_intact(folder, saved)


def test_disk_full_while_saving_injected_page_limit(vault: Vault, vault_dir: Path) -> None:
    client_id = clients.create_client(vault, "Isolde Parrish").client_id
    pages = vault.records.query_one("PRAGMA page_count")[0]
    vault.records.execute(f"PRAGMA max_page_count = {int(pages) + 12}")
    saved, err = _write_until_full(vault, client_id)
    _assert_disk_full_message(err)
    assert saved
    vault.lock()
    _assert_intact(vault_dir, saved)


# --- backing up ---------------------------------------------------------------------------------
def _no_leftovers(target: Path) -> None:
    assert [p.name for p in target.iterdir() if p.name != "filler.bin"] == []


def _vault_with_notes(vault: Vault, n: int = 60) -> list[str]:
    client_id = clients.create_client(vault, "Tamsin Oakhurst").client_id
    return [notes.create_progress_note(vault, client_id, text=f"Note {i} " + "y" * 2000).note_id for i in range(n)]


def test_disk_full_while_backing_up_on_a_real_small_filesystem(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    saved = _vault_with_notes(vault)
    with small_filesystem(tmp_path / "usb", "256k") as target:
        head = vault.ledger.head().seq
        with pytest.raises(DiskFull) as caught:
            backup.create_backup(vault, target)
        _assert_disk_full_message(caught.value)
        _no_leftovers(target)
    assert vault.ledger.head().seq == head and backup.list_backups(vault) == []
    info = backup.create_backup(vault, tmp_path / "roomy", verify=True)  # the vault itself is unharmed
    assert info.verified
    vault.lock()
    _assert_intact(vault_dir, saved)


@pytest.mark.parametrize("budget", [0, 300, 70_000])
def test_disk_full_while_backing_up_injected_writer(
    vault: Vault, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, budget: int
) -> None:
    saved = _vault_with_notes(vault, 20)
    original = backup_format.ContainerWriter._emit
    written = {"n": 0}

    def emit(self: backup_format.ContainerWriter, data: bytes) -> None:
        written["n"] += len(data)
        if written["n"] > budget:
            raise OSError(errno.ENOSPC, "No space left on device")
        original(self, data)

    monkeypatch.setattr(backup_format.ContainerWriter, "_emit", emit)
    target = tmp_path / "usb"
    with pytest.raises(DiskFull) as caught:
        backup.create_backup(vault, target)
    _assert_disk_full_message(caught.value)
    _no_leftovers(target)
    assert backup.list_backups(vault) == []
    monkeypatch.setattr(backup_format.ContainerWriter, "_emit", original)
    vault.lock()
    _assert_intact(vault_dir, saved)


def test_io_error_while_backing_up_is_an_environment_problem(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def emit(self: backup_format.ContainerWriter, data: bytes) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(backup_format.ContainerWriter, "_emit", emit)
    with pytest.raises(EnvironmentProblem, match="I/O error") as caught:
        backup.create_backup(vault, tmp_path / "usb")
    assert not isinstance(caught.value, DiskFull)
    _no_leftovers(tmp_path / "usb")


def test_disk_full_while_restoring_leaves_the_target_untouched(vault: Vault, tmp_path: Path) -> None:
    _vault_with_notes(vault)
    info = backup.create_backup(vault, tmp_path / "b")
    with small_filesystem(tmp_path / "small", "256k") as mount:
        with pytest.raises(DiskFull):
            backup.restore_backup(Path(info.path), mount / "restored", passphrase=PASSPHRASE)
        assert list(mount.iterdir()) == []
    vault.lock()
    with reopen(vault.folder) as again:
        assert again.verify_ledger().ok

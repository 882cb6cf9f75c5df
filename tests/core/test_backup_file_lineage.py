"""One line of single-file backups per backup folder (services/backup_lineage.py). A vault
whose settings say "kind": "file", restored from an older backup into a folder of its own,
wrote its own file into the vault's backup folder and its rotation removed files the
original had registered too. Real vaults, real backup files, real restores."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import ExitCode, RefusedByPolicy
from vault_app.services import backup, backup_beside, backup_changed, backup_lineage, backup_rotation, clients
from vault_app.services.vault import Vault, create_vault, open_vault
from vault_app.services.vault_rekey_runners import replace_here
from vault_app.storage.backup_format import CHUNK, NONCE_LEN, SLOT_LEN

REFUSAL = "another copy of this vault"


def _file(vault: Vault, folder: Path, *, rotate_old: bool = False) -> Path:
    return Path(backup.create_backup(vault, folder, rotate_old=rotate_old).path)


def _restored(path: Path, to: Path) -> Vault:
    backup.restore_backup(path, to, passphrase=PASSPHRASE)
    return open_vault(to, PASSPHRASE)


def _contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _three_files(vault: Vault, folder: Path) -> list[Path]:
    """The original's backups, kept (no rotation), each after a change of its own."""
    backup.configure(vault, target=str(folder), kind="file")
    made = []
    for name in ("Orla First", "Nessa Second", "Tova Third"):
        clients.create_client(vault, name)
        made.append(_file(vault, folder))
    return made


def test_without_the_check_the_copys_rotation_removes_a_file_of_the_original(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the check prevents, shown with it taken out: the copy restored from the second
    file registers the first two; its backup into the vault's folder rotates both out."""
    folder = tmp_path / "usb"
    first, second, _third = _three_files(vault, folder)
    copy = _restored(second, tmp_path / "looked-up")
    monkeypatch.setattr(backup_lineage, "refuse_file_into", lambda vault, folder: None)
    try:
        clients.create_client(copy, "Cora Copyonly")
        made = backup.create_backup(copy, folder)
    finally:
        copy.lock()
    # (The file restored from counts as checked by the restore, so the rotation keeps it as the
    # newest verified one; the older file of the original goes.)
    assert made.rotated == [str(first)] and not first.exists()
    states = {b["path"]: b["state"] for b in backup.list_backups(vault)}
    # The original's file, rotated out by the copy, whose note in the folder says so
    # (backup_rotation_removed: a folder of single files has it too).
    assert states[str(first)] == backup_changed.REMOVED


def test_a_copy_restored_from_an_older_file_never_writes_into_the_vaults_folder(
    vault: Vault, tmp_path: Path, runner: backup_beside.BackupRunner
) -> None:
    folder = tmp_path / "usb"
    _first, second, _third = _three_files(vault, folder)
    before = _contents(folder)
    copy = _restored(second, tmp_path / "looked-up")
    try:
        clients.create_client(copy, "Cora Copyonly")
        registered = len(backup.list_backups(copy, include_removed=True))
        with pytest.raises(RefusedByPolicy, match=REFUSAL) as refused:
            backup.create_backup(copy, folder)  # `backup create`, Back up now
        assert "Choose another backup folder" in (refused.value.hint or "")
        with pytest.raises(RefusedByPolicy, match=REFUSAL):
            backup.backup_if_changed(copy)  # the quit's backup and `backup auto`
        with pytest.raises(RefusedByPolicy, match=REFUSAL):
            backup_beside.take_snapshot(copy)  # the backup on lock, before it holds anything
        problem = backup_lineage.problem(copy)  # what the Backups screen and `backup status` say
        assert problem is not None and REFUSAL in problem and "Choose another backup folder" in problem
        assert len(backup.list_backups(copy, include_removed=True)) == registered
        _file(copy, tmp_path / "the-copys-own-folder")  # elsewhere it backs up as any vault
        assert not backup_beside.lock_with_backup(copy)  # locks, starts no backup
    finally:
        copy.lock()
    assert _contents(folder) == before  # nothing written, nothing rotated, no work folder left
    assert backup_lineage.problem(vault) is None
    assert _file(vault, folder, rotate_old=True).exists()  # the vault's own line goes on


def test_a_vault_restored_from_the_newest_file_continues_its_line(vault: Vault, tmp_path: Path) -> None:
    """A new computer after a lost one: the restored vault is the vault and backs up there;
    the old one, if it comes back, is then the other copy."""
    folder = tmp_path / "usb"
    *_older, newest = _three_files(vault, folder)
    moved = _restored(newest, tmp_path / "new-computer")
    try:
        clients.create_client(moved, "After The Move")
        assert _file(moved, folder, rotate_old=True).exists()
    finally:
        moved.lock()
    clients.create_client(vault, "On The Lost Laptop")
    with pytest.raises(RefusedByPolicy, match=REFUSAL):
        _file(vault, folder)


def test_replacing_every_key_keeps_the_line(vault: Vault, tmp_path: Path) -> None:
    """The older files are under the retired master key, which the vault keeps: they open,
    and their ledger head is the vault's."""
    folder = tmp_path / "usb"
    _three_files(vault, folder)
    replace_here(vault, PASSPHRASE)
    clients.create_client(vault, "After New Keys")
    _file(vault, folder)
    assert len(list(folder.iterdir())) == 4 + 1  # and the folder's mark (services/backup_folder_mark.py)


def test_a_copy_that_replaced_its_keys_is_another_line(vault: Vault, tmp_path: Path) -> None:
    """The copy went on from the newest file (allowed), then replaced every key: its file
    opens with none of the original's keys, yet its checksum holds, so it is another copy's
    and the original (the lost laptop back) is refused rather than reading past it."""
    folder = tmp_path / "usb"
    *_older, newest = _three_files(vault, folder)
    moved = _restored(newest, tmp_path / "new-computer")
    try:
        replace_here(moved, PASSPHRASE)
        clients.create_client(moved, "After New Keys")
        _file(moved, folder)
        assert backup_lineage.problem(moved) is None
    finally:
        moved.lock()
    clients.create_client(vault, "On The Lost Laptop")
    with pytest.raises(RefusedByPolicy, match=REFUSAL):
        _file(vault, folder)


def test_a_damaged_newest_file_is_skipped(vault: Vault, tmp_path: Path) -> None:
    """A bit flipped in the newest file (its first chunk, its key block) does not stop the
    vault's backups: the next file back decides, as the repository skips a damaged manifest."""
    folder = tmp_path / "usb"
    _first, second, third = _three_files(vault, folder)
    for path, offset in ((third, NONCE_LEN + SLOT_LEN + 100), (second, NONCE_LEN + 200)):
        raw = bytearray(path.read_bytes())
        raw[offset] ^= 0x01
        path.write_bytes(bytes(raw))
    clients.create_client(vault, "After The Damage")
    assert _file(vault, folder).exists()


def test_another_vaults_files_and_a_file_put_back_do_not_count(
    vault: Vault, tmp_path: Path, kdf_params: KdfParams
) -> None:
    """Only this vault's files decide: another vault's newest file is that vault's business;
    an older file of this vault put back under an older day's name is older than the
    newest; a file renamed by hand is read with the newest day's files."""
    folder = tmp_path / "usb"
    first, _second, third = _three_files(vault, folder)
    other = create_vault(tmp_path / "other", PASSPHRASE, params=kdf_params, use_device_secret=False).vault
    try:
        _file(other, folder)
    finally:
        other.lock()
    shutil.copy(first, folder / "vault-backup-2001-01-01.vaultbackup")
    shutil.copy(third, folder / "vault-backup-renamed.vaultbackup")
    (folder / "vault-backup-2099-01-01.vaultbackup").write_bytes(b"\0" * (NONCE_LEN + SLOT_LEN + CHUNK))
    clients.create_client(vault, "Goes On")
    assert _file(vault, folder).exists()


def test_the_rotation_leaves_a_file_of_another_copy_at_a_path_it_registered(vault: Vault, tmp_path: Path) -> None:
    """Defence in depth: a registered name taken again by another copy's file (the first
    rotated out elsewhere, the name reused the same day) is not this vault's to remove."""
    folder = tmp_path / "usb"
    first, second, third = _three_files(vault, folder)
    copy = _restored(third, tmp_path / "looked-up")  # its register: the three files
    try:
        clients.create_client(vault, "Original Only")
        shutil.copy(_file(vault, tmp_path / "elsewhere"), first)  # the original's, after the split
        backup.configure(copy, keep_daily=1, keep_weekly=0, keep_monthly=0)
        # The policy drops the first two; the second, of the common history, goes.
        assert backup_rotation.rotate(copy, folder) == [str(second)]
        assert first.exists() and not second.exists() and third.exists()
    finally:
        copy.lock()


def test_the_cli_refuses_with_its_sentence_and_exit_code(
    vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "usb"
    _first, second, _third = _three_files(vault, folder)
    copy = _restored(second, tmp_path / "looked-up")
    clients.create_client(copy, "Cora Copyonly")
    copy.lock()
    before = _contents(folder)
    made = cli(capsys, monkeypatch, "backup", "create", "--vault", str(tmp_path / "looked-up"))
    assert made.code == ExitCode.REFUSED, made.err
    assert REFUSAL in made.err and "backup settings --target" in made.err and "Traceback" not in made.err
    shown = cli(capsys, monkeypatch, "backup", "list", "--vault", str(tmp_path / "looked-up"))
    assert shown.code == 0 and REFUSAL in shown.out
    assert _contents(folder) == before
    saved = cli(capsys, monkeypatch, "backup", "create", "--vault", str(tmp_path / "looked-up"),
                "--to", str(tmp_path / "own"))
    assert saved.code == 0, saved.err


def test_a_copys_backup_before_an_upgrade_goes_beside_it_not_into_the_vaults_folder(
    vault: Vault, tmp_path: Path
) -> None:
    """The backup a newer version takes before upgrading a vault (services/upgrade_backup.py)
    is written where the copy was staged, the backup folder: for a restored copy whose line
    the folder is not, beside the copy instead, so the original's line there goes on."""
    from vault_app.services import upgrade_backup

    folder = tmp_path / "usb"
    _first, second, _third = _three_files(vault, folder)
    assert upgrade_backup._folder_for(vault, folder) == folder  # the original's own line
    copy = _restored(second, tmp_path / "looked-up")
    try:
        beside = upgrade_backup._folder_for(copy, folder)
    finally:
        copy.lock()
    assert beside == tmp_path / "looked-up-backups" and beside.is_dir()

"""A restore on a new computer from a backup folder mounted at another path: backups go on into
that folder where it is now. Found in the real app: after such a restore, every lock said "The
backup folder /old/usb/vault-backups is not there. … connect the drive" with the drive connected
(the folder just restored from). A settings' folder that is there stays as it was. Real vaults,
real backups, the restore by the CLI's own `run` (the console script's: the same output)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import reopen
from tests.core.cli_helpers import cli_in_process
from vault_app.services import backup, backup_registry
from vault_app.services.vault import Vault


def _restore(backup_path: Path, to_dir: Path) -> dict[str, object]:
    done = cli_in_process("--json", "backup", "restore", str(backup_path), "--to", str(to_dir))
    assert done.code == 0, done.err
    report: dict[str, object] = json.loads(done.out)
    return report


def test_the_command_line_says_where_backups_go_on(vault: Vault, tmp_path: Path) -> None:
    old_folder = tmp_path / "old-mount" / "vault-backups"
    backup_registry.configure(vault, target=str(old_folder), kind="repo")
    made = Path(backup.create_to_target(vault, old_folder).path)
    vault.lock()
    shutil.move(str(tmp_path / "old-mount"), str(tmp_path / "new-mount"))
    done = cli_in_process("backup", "restore", str(tmp_path / "new-mount" / made.relative_to(tmp_path / "old-mount")),
                          "--to", str(tmp_path / "new-laptop-vault"))
    assert done.code == 0, done.err
    assert (f"Backups go on into {(tmp_path / 'new-mount' / 'vault-backups').resolve()}, the folder this backup was "
            f"restored from: the backup folder set before, {old_folder.resolve()}, is not on this computer."
            in " ".join(done.out.split())), done.out


@pytest.mark.parametrize("kind", ["repo", "file"])
@pytest.mark.parametrize("drive_moved", [True, False])
def test_backups_go_on_into_the_folder_restored_from_when_the_old_one_is_not_here(
    vault: Vault, tmp_path: Path, kind: str, drive_moved: bool
) -> None:
    old_folder = tmp_path / "old-mount" / "vault-backups"
    backup_registry.configure(vault, target=str(old_folder), kind=kind)
    made = Path(backup.create_to_target(vault, old_folder).path)
    vault.lock()
    if drive_moved:  # the drive on the new laptop, mounted elsewhere
        shutil.copytree(tmp_path / "old-mount", tmp_path / "new-mount")
        shutil.rmtree(tmp_path / "old-mount")
        restored_from = tmp_path / "new-mount" / made.relative_to(tmp_path / "old-mount")
    else:  # the same drive at the same place: the settings stay
        restored_from = made
    report = _restore(restored_from, tmp_path / "new-laptop-vault")

    restored = reopen(tmp_path / "new-laptop-vault")
    try:
        conf = backup_registry.settings(restored)
        if drive_moved:
            new_folder = (tmp_path / "new-mount" / "vault-backups").resolve()
            assert conf["target"] == str(new_folder) and conf["kind"] == kind
            assert report["backup_folder_followed"] == str(new_folder)
            assert report["backup_folder_before"] == str(old_folder.resolve())
            # And the next backup goes there, not "not there".
            after = Path(backup.create_to_target(restored, backup_registry.configured_target(
                restored, Path(conf["target"]))).path)
            assert new_folder in after.parents
        else:
            assert conf["target"] == str(old_folder.resolve())
            assert report["backup_folder_followed"] is None
    finally:
        restored.lock()


def test_a_restore_into_a_new_folder_says_its_backups_go_on_into_the_same_folder(vault: Vault, tmp_path: Path) -> None:
    """Found by a walker handing a practice to a custodian: the restored copy went on backing up into the
    retired therapist's folder (a drive both reached), thinning her backups and refusing her vault's, and
    the restore said nothing of it. Now it says where, and what to do if the original is still in use."""
    folder = tmp_path / "usb" / "vault-backups"
    backup_registry.configure(vault, target=str(folder), kind="repo")
    made = Path(backup.create_to_target(vault, folder).path)
    vault.lock()
    report = _restore(made, tmp_path / "custodian-vault")
    assert report["backups_go_to"] == str(folder.resolve()) and report["backup_folder_followed"] is None
    said = " ".join(cli_in_process("backup", "restore", str(made), "--to", str(tmp_path / "second")).out.split())
    assert (f"Automatic backups go on into {folder.resolve()}, where this vault's backups were kept. If the vault "
            "restored from is still used on another computer and backs up there too, choose a folder of your own "
            "now (vault-app backup settings --target FOLDER)") in said, said

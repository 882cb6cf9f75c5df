"""After a restore on a new computer from the backup drive mounted at another path, the backups
registered before it are found where the folder is now (the register's backup.moved entry).

Found after the folder was followed (backup_registry_moved): the older backups still held the
old computer's paths, so the Backups list said them "missing", the rotation never removed them
and a destruction listed them beyond its reach instead of purging them. Real vaults, real
backups in tmp_path, the restore by the CLI's own `run` (the console script's).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import reopen
from tests.core.cli_helpers import cli_in_process
from vault_app.services import backup, backup_registry, backup_repo, backup_rotation, clients, destruction
from vault_app.services.vault import Vault


def _restore(backup_path: Path, to_dir: Path, *more: str) -> None:
    done = cli_in_process("--json", "backup", "restore", str(backup_path), "--to", str(to_dir), *more)
    assert done.code == 0, done.err


def _made(vault: Vault, folder: Path, kind: str) -> Path:
    """A backup into `folder` that rotates nothing (the day's backups all stay)."""
    if kind == "repo":
        return Path(backup_repo.create_incremental(vault, folder, verify=True, rotate_old=False).path)
    return Path(backup.create_backup(vault, folder, verify=True, rotate_old=False).path)


def _make(vault: Vault, folder: Path, kind: str, count: int) -> list[Path]:
    backup_registry.configure(vault, target=str(folder), kind=kind)
    made = []
    for n in range(count):
        clients.create_client(vault, f"Moved Client{'abcdefgh'[n]}")  # something to back up
        made.append(_made(vault, folder, kind))
    return made


def _move_drive(tmp_path: Path) -> Path:
    """The drive on the new computer, mounted elsewhere; its folder of backups there."""
    shutil.move(str(tmp_path / "old-mount"), str(tmp_path / "new-mount"))
    return (tmp_path / "new-mount" / "vault-backups").resolve()


def _at_new(made: Path, tmp_path: Path) -> Path:
    return tmp_path / "new-mount" / made.relative_to(tmp_path / "old-mount")


def _paths(vault: Vault) -> list[str]:
    return [b.path for b in backup_registry.registered(vault)]


@pytest.mark.parametrize("kind", ["repo", "file"])
def test_older_backups_are_found_in_the_folder_where_it_is_now(vault: Vault, tmp_path: Path, kind: str) -> None:
    made = _make(vault, tmp_path / "old-mount" / "vault-backups", kind, 3)
    vault.lock()
    new_folder = _move_drive(tmp_path)
    _restore(_at_new(made[-1], tmp_path), tmp_path / "new-laptop")

    with reopen(tmp_path / "new-laptop") as restored:
        listed = backup_registry.registered(restored)
        assert sorted(Path(b.path).name for b in listed) == sorted(m.name for m in made)
        assert all(new_folder in b.file.parents for b in listed), _paths(restored)
        assert [b.state() for b in listed if b.state() == "missing"] == []
        assert backup_registry.last_created(restored, new_folder) is not None
        # The rotation removes the older ones at the new place (one a day kept).
        backup_registry.configure(restored, keep_daily=1, keep_weekly=0, keep_monthly=0)
        removed = backup_rotation.rotate(restored, new_folder / "snapshots" if kind == "repo" else new_folder)
        assert sorted(Path(p).name for p in removed) == sorted(m.name for m in made[:-1])
        assert not any(_at_new(m, tmp_path).exists() for m in made[:-1])
        assert [Path(p).name for p in _paths(restored)] == [made[-1].name]


def test_a_destruction_purges_them_at_the_new_place(vault: Vault, tmp_path: Path) -> None:
    doomed = clients.create_client(vault, "Orla Moveddrive")
    made = _make(vault, tmp_path / "old-mount" / "vault-backups", "file", 2)
    vault.lock()
    _move_drive(tmp_path)
    _restore(_at_new(made[-1], tmp_path), tmp_path / "new-laptop")

    with reopen(tmp_path / "new-laptop", psychotherapy=True) as restored:
        cert = destruction.destroy(restored, doomed.chart_number, basis="override", confirm=doomed.chart_number,
                                   override_reason="a test of backups on a moved drive")
        assert cert["verification"]["backups_not_reachable"] == []
        purged = [b for b in backup_registry.registered(restored) if b.purged_at]
        assert sorted(b.file for b in purged) == sorted(_at_new(m, tmp_path).resolve() for m in made)


def test_an_older_copy_and_the_old_computers_vault_add_no_missing_backup(vault: Vault, tmp_path: Path) -> None:
    """Restored again on the new computer from an older backup (its ledger knows only the old
    path), with the old computer's vault at hand too (--newer-ledger): each backup is listed
    once, at the new place."""
    made = _make(vault, tmp_path / "old-mount" / "vault-backups", "file", 3)
    vault.lock()
    old_computer = vault.folder
    new_folder = _move_drive(tmp_path)
    _restore(_at_new(made[-1], tmp_path), tmp_path / "new-laptop", "--newer-ledger", str(old_computer))
    with reopen(tmp_path / "new-laptop") as restored:
        later = _made(restored, new_folder, "file")
        assert [b.state() for b in backup_registry.registered(restored) if b.state() == "missing"] == []
    _restore(_at_new(made[1], tmp_path), tmp_path / "new-laptop", "--overwrite", "--newer-ledger", str(old_computer))

    with reopen(tmp_path / "new-laptop") as again:
        names = [Path(p).name for p in _paths(again)]
        assert sorted(names) == sorted([m.name for m in made] + [later.name]), _paths(again)
        assert all(new_folder in b.file.parents and b.state() != "missing"
                   for b in backup_registry.registered(again)), _paths(again)


def test_a_copy_that_knows_the_move_carries_the_old_computers_backups_to_the_new_place(
    vault: Vault, tmp_path: Path
) -> None:
    """A backup made after the move (its ledger holds backup.moved) restored over the vault with
    the old computer's vault at hand: the old computer's entries, read after the new ones, name
    the old path; they are carried at the new place, not added again as "missing"."""
    made = _make(vault, tmp_path / "old-mount" / "vault-backups", "file", 2)
    vault.lock()
    old_computer = vault.folder
    new_folder = _move_drive(tmp_path)
    _restore(_at_new(made[-1], tmp_path), tmp_path / "new-laptop", "--newer-ledger", str(old_computer))
    with reopen(tmp_path / "new-laptop") as restored:
        later = _made(restored, new_folder, "file")
    _restore(later, tmp_path / "new-laptop", "--overwrite", "--newer-ledger", str(old_computer))

    with reopen(tmp_path / "new-laptop") as again:
        names = [Path(p).name for p in _paths(again)]
        assert sorted(names) == sorted([m.name for m in made] + [later.name]), _paths(again)
        assert all(new_folder in b.file.parents and b.state() != "missing"
                   for b in backup_registry.registered(again)), _paths(again)

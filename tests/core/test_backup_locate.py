"""Locate… a backup whose file is not where the register says (services/backup_locate.py): the
register follows the file the therapist points at (or the folder it moved to) only when it is that
very backup, by its size and SHA-256; anything else is refused and nothing is recorded.

Found: a backup file moved by hand stayed "missing" in the Backups window for good, with no way to
point at it. Real vault, real backups, real files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from vault_app.domain.errors import VaultError
from vault_app.services import backup, backup_locate, backup_registry, backup_repo, backup_repo_restore, clients
from vault_app.services.vault import Vault


def _row(vault: Vault, name: str) -> dict[str, object]:
    return next(b for b in backup.list_backups(vault) if Path(str(b["path"])).name == name)


@pytest.fixture
def moved(vault: Vault, tmp_path: Path) -> tuple[Path, Path, Path]:
    """Two single-file backups in `usb`; the first moved by hand to `other` (its row "missing").
    (first's old path, its new path, the second's path)"""
    clients.create_client(vault, "First Client")
    first = Path(backup.create_backup(vault, tmp_path / "usb", verify=True, rotate_old=False).path)
    clients.create_client(vault, "Second Client")
    second = Path(backup.create_backup(vault, tmp_path / "usb", verify=True, rotate_old=False).path)
    (tmp_path / "other").mkdir()
    new = tmp_path / "other" / first.name
    first.rename(new)
    assert _row(vault, first.name)["state"] == "missing"
    return first, new, second


@pytest.mark.parametrize("pick", ["the file", "its folder"])
def test_the_very_backup_is_taken_and_its_row_follows_it(
    vault: Vault, moved: tuple[Path, Path, Path], pick: str,
) -> None:
    first, new, _second = moved
    found = backup_locate.locate(vault, first, new if pick == "the file" else new.parent)
    assert found == new.resolve()
    row = _row(vault, first.name)
    assert Path(str(row["path"])) == new.resolve() and row["state"] == "verified"
    assert backup_registry.find(vault, first) is None  # no longer registered at the old path


def _another_backup(_first: Path, new: Path, second: Path) -> None:
    shutil.copyfile(second, new)  # another backup, under the missing one's name


def _damaged(_first: Path, new: Path, _second: Path) -> None:
    data = bytearray(new.read_bytes())
    data[len(data) // 2] ^= 0x01  # same size, other bytes
    new.write_bytes(bytes(data))


def _not_there(_first: Path, new: Path, _second: Path) -> None:
    new.unlink()


def _still_there(first: Path, new: Path, _second: Path) -> None:
    shutil.copyfile(new, first)  # put back where it was: nothing to locate


@pytest.mark.parametrize(("case", "spoil", "code"), [
    ("another backup renamed", _another_backup, backup_locate.NOT_THAT_BACKUP),
    ("a damaged copy", _damaged, backup_locate.NOT_THAT_BACKUP),
    ("no file of its name", _not_there, backup_locate.NOT_FOUND),
    ("its file is where registered", _still_there, backup_locate.NOT_MISSING),
])
def test_anything_but_that_backup_is_refused_and_nothing_recorded(
    vault: Vault, moved: tuple[Path, Path, Path], case: str,
    spoil: object, code: str,
) -> None:
    first, new, second = moved
    spoil(first, new, second)  # type: ignore[operator]
    before = vault.ledger.head().seq
    for chosen in (new, new.parent):
        with pytest.raises(VaultError) as refused:
            backup_locate.locate(vault, first, chosen)
        assert refused.value.code == code, case
    assert vault.ledger.head().seq == before, case
    assert Path(str(_row(vault, first.name)["path"])) == first


def test_a_snapshot_is_found_in_the_backup_folder_it_moved_to(vault: Vault, tmp_path: Path) -> None:
    clients.create_client(vault, "First Client")
    snapshot = Path(backup_repo.create_incremental(vault, tmp_path / "usb" / "vault-backups", verify=True).path)
    moved = tmp_path / "drive2" / "vault-backups"
    moved.parent.mkdir()
    (tmp_path / "usb" / "vault-backups").rename(moved)
    with pytest.raises(VaultError) as refused:  # the small file alone is not the snapshot
        backup_locate.locate(vault, snapshot, moved / "snapshots" / "nowhere")
    assert refused.value.code == backup_locate.NOT_FOUND
    assert backup_locate.locate(vault, snapshot, moved) == (moved / "snapshots" / snapshot.name).resolve()
    row = _row(vault, snapshot.name)
    assert row["state"] == "verified"
    backup_repo_restore.verify_copy(Path(str(row["path"])), vault=vault)  # its parts are in the folder

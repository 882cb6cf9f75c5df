"""A restore is refused inside another vault's folder or a backup folder, before anything is
written (services/restore_place.py), by any path to them; beside them it goes ahead."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import backup
from vault_app.services.vault import Vault


def _tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.parametrize("where", ["vault", "vault blobs", "backups", "backups deeper", "link to vault"])
def test_restore_into_a_vault_or_backup_folder_is_refused_first(vault: Vault, tmp_path: Path, where: str) -> None:
    info = backup.create_backup(vault, tmp_path / "backups")
    (tmp_path / "innocent").symlink_to(vault.folder)
    to_dir = {"vault": vault.folder / "restored", "vault blobs": vault.folder / "blobs" / "x" / "restored",
              "backups": tmp_path / "backups" / "restored", "backups deeper": tmp_path / "backups" / "a" / "b",
              "link to vault": tmp_path / "innocent" / "restored"}[where]
    before = {folder: _tree(folder) for folder in (vault.folder, tmp_path / "backups")}
    with pytest.raises(RefusedByPolicy) as refused:
        backup.restore_backup(Path(info.path), to_dir, passphrase=PASSPHRASE)
    expected = ("restore.inside_backup_folder" if where.startswith("backups")
                else "restore.inside_vault_folder")
    assert refused.value.code == expected and "nothing was restored" in refused.value.message
    assert str(vault.folder.resolve() if expected.endswith("vault_folder") else (tmp_path / "backups").resolve()) \
        in refused.value.message
    assert {folder: _tree(folder) for folder in before} == before  # nothing written, no folder made


def test_restore_beside_the_vault_and_its_backups_goes_ahead(vault: Vault, tmp_path: Path) -> None:
    info = backup.create_backup(vault, tmp_path / "backups")
    report = backup.restore_backup(Path(info.path), tmp_path / "beside", passphrase=PASSPHRASE)
    assert report is not None and os.path.isdir(tmp_path / "beside")

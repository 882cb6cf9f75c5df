"""A backup folder is never in a vault's folder: this vault's, by any path to it, nor another
vault's. Found by the attacker's walk (thirty-eighth round): `backup settings --target
<another vault's folder>/backups` was saved, and each backup then went into that vault's
folder (lost with it, and either able to replace the other's files); the vault's own folder
was told by comparing paths, which a disk that ignores case (macOS, Windows, a USB stick)
answers wrongly."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import cli_in_process, init_vault
from vault_app.domain.errors import InvalidInput
from vault_app.services import backup
from vault_app.services.vault import Vault


def test_another_vaults_folder_is_refused_as_the_backup_folder(tmp_path: Path) -> None:
    mine, other = tmp_path / "vault", tmp_path / "other"
    init_vault(mine)
    init_vault(other)
    for target in (other, other / "backups", other / "blobs" / "backups"):
        done = cli_in_process("--vault", str(mine), "backup", "settings", "--target", str(target))
        assert done.code == 2, done.err
        assert f"Backups cannot be kept inside a vault's folder ({other})" in done.err
    assert not (other / "backups").exists()
    shown = cli_in_process("--vault", str(mine), "--json", "backup", "settings").json()
    assert shown["settings"]["target"] is None


def test_a_single_backup_into_another_vaults_folder_is_refused(vault: Vault, tmp_path: Path) -> None:
    other = tmp_path / "other"
    init_vault(other)
    with pytest.raises(InvalidInput) as refused:
        backup.create_backup(vault, other / "copies")
    assert refused.value.code == "backup.in_a_vault_folder"
    assert not (other / "copies").exists()


def test_a_link_and_dot_dot_into_the_vault_folder_are_refused(vault: Vault, tmp_path: Path) -> None:
    deep = vault.folder / "blobs" / "deep"
    deep.mkdir(parents=True)
    link = tmp_path / "usb-drive"
    link.symlink_to(deep)
    for target in (link, link / ".." / "backups", tmp_path / "usb-drive" / ".." / "usb-drive" / "x"):
        with pytest.raises(InvalidInput) as refused:
            backup.configure(vault, target=str(target))
        assert refused.value.code == "backup.inside_vault"


def test_a_folder_beside_the_vault_is_still_taken(vault: Vault, tmp_path: Path) -> None:
    chosen = tmp_path / "backups"
    assert backup.configure(vault, target=str(chosen))["target"] == str(chosen.resolve())


def _ignores_case(folder: Path) -> bool:
    probe = folder / "case-probe"
    probe.mkdir()
    try:
        return (folder / "CASE-PROBE").exists()
    finally:
        probe.rmdir()


def test_the_vault_folder_in_other_letters_is_refused_where_the_disk_ignores_case(vault: Vault) -> None:
    """Runs where the test's folder is on a disk that ignores case (macOS, Windows); Linux's
    own disks keep case, and a case-blind one (vfat, ext4 casefold) needs a mount."""
    if not _ignores_case(vault.folder.parent):
        pytest.skip("the test's folder is on a disk that keeps case")
    with pytest.raises(InvalidInput) as refused:
        backup.configure(vault, target=str(vault.folder.parent / vault.folder.name.upper() / "backups"))
    assert refused.value.code == "backup.inside_vault"


@pytest.mark.parametrize("part", ["chunks", "snapshots"])
def test_a_backup_folder_inside_a_repositorys_own_folders_is_refused(vault: Vault, tmp_path: Path, part: str) -> None:
    """Another backup repository's chunks or snapshots hold its backups: a backup folder there
    (another vault's backups, or this vault's single backups) could damage them."""
    repo = tmp_path / "repo"
    for name in ("chunks", "snapshots"):
        (repo / name).mkdir(parents=True)
    inside = repo / part / "mine"
    with pytest.raises(InvalidInput) as refused:
        backup.configure(vault, target=str(inside))
    assert refused.value.code == "backup.in_a_repository_part" and str(repo.resolve()) in refused.value.message
    with pytest.raises(InvalidInput):
        backup.create_backup(vault, repo / part)
    assert not inside.exists() and sorted(p.name for p in (repo / "chunks").iterdir()) == []

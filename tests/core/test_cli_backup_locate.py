"""`vault-app backup locate BACKUP WHERE`: Locate… on the command line (found: the Backups window's
Locate… had no command, so a backup moved by hand stayed "missing" in `backup list` for a
therapist, or a script, working there). The register follows the file named (or the folder it was
moved to) only when it is that very backup, by size and SHA-256 (services/backup_locate.py), and
checks it again there, as the window's does; the backup is named by its registered path or by its
file name. Real vault, real backups, the real CLI in process."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli
from vault_app.services import backup, backup_registry, clients
from vault_app.services.vault import Vault


@pytest.fixture
def moved(vault: Vault, vault_dir: Path, tmp_path: Path) -> tuple[Path, Path, Path]:
    """Two single-file backups in `usb`; the first moved by hand to `other`. The vault locked, as
    the command line finds it. (first's old path, its new path, the second's path)"""
    clients.create_client(vault, "First Client")
    first = Path(backup.create_backup(vault, tmp_path / "usb", verify=True, rotate_old=False).path)
    clients.create_client(vault, "Second Client")
    second = Path(backup.create_backup(vault, tmp_path / "usb", verify=True, rotate_old=False).path)
    (tmp_path / "other").mkdir()
    new = tmp_path / "other" / first.name
    first.rename(new)
    vault.lock()
    return first, new, second


def _listed(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, vault_dir: Path) -> dict[str, str]:
    listed = cli(capsys, monkeypatch, "--vault", str(vault_dir), "backup", "list", "--json").json()["backups"]
    return {Path(b["path"]).name: f"{b['state']} {b['path']}" for b in listed}


@pytest.mark.parametrize("named", ["by its path", "by its name"])
@pytest.mark.parametrize("pointed", ["the file", "its folder"])
def test_the_very_backup_is_taken_and_checked_again(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, vault_dir: Path,
        moved: tuple[Path, Path, Path], named: str, pointed: str) -> None:
    first, new, _second = moved
    assert _listed(capsys, monkeypatch, vault_dir)[first.name].startswith("missing ")
    given = str(first) if named == "by its path" else first.name
    where = new if pointed == "the file" else new.parent
    said = cli(capsys, monkeypatch, "--vault", str(vault_dir), "backup", "locate", given, str(where))
    assert said.code == 0, said.err
    assert f"{first.name} found at {new.resolve()}" in said.out
    assert _listed(capsys, monkeypatch, vault_dir)[first.name] == f"verified {new.resolve()}"


def test_json_says_where_and_the_check(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                       vault_dir: Path, moved: tuple[Path, Path, Path]) -> None:
    first, new, _second = moved
    said = cli(capsys, monkeypatch, "--vault", str(vault_dir), "backup", "locate", first.name, str(new), "--json")
    assert said.code == 0, said.err
    data = said.json()
    assert data["registered"] == str(first.resolve()) and data["path"] == str(new.resolve())
    assert data["check"]["file"] == new.name


def test_another_file_of_its_name_is_refused_and_nothing_changes(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, vault_dir: Path,
        moved: tuple[Path, Path, Path]) -> None:
    first, new, second = moved
    shutil.copyfile(second, new)  # another backup, under the missing one's name
    said = cli(capsys, monkeypatch, "--vault", str(vault_dir), "backup", "locate", first.name, str(new))
    assert said.code != 0
    assert "is not the backup" in said.err and "Nothing was changed" in said.err
    assert _listed(capsys, monkeypatch, vault_dir)[first.name] == f"missing {first.resolve()}"


def test_a_name_no_missing_backup_has_is_refused(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, vault_dir: Path,
        moved: tuple[Path, Path, Path]) -> None:
    _first, new, second = moved
    for given in (second.name, "vault-backup-1999-01-01.vaultbackup"):  # one there, one never made
        said = cli(capsys, monkeypatch, "--vault", str(vault_dir), "backup", "locate", given, str(new.parent))
        assert said.code != 0 and "Nothing to locate" in said.err, said.err


def test_a_name_two_missing_backups_share_asks_for_the_path(
        vault: Vault, tmp_path: Path) -> None:
    """Two folders' backups of a day have the same name: the name alone does not say which."""
    from vault_app.services import backup_locate

    made = [Path(backup.create_backup(vault, tmp_path / d, rotate_old=False).path) for d in ("a", "b")]
    assert made[0].name == made[1].name
    for path in made:
        path.unlink()
    with pytest.raises(Exception) as refused:
        backup_locate.registered_path(vault, made[0].name)
    assert str(made[0].resolve()) in str(refused.value) and str(made[1].resolve()) in str(refused.value)
    assert backup_locate.registered_path(vault, str(made[1])) == made[1].resolve()
    assert backup_registry.find(vault, made[1]) is not None

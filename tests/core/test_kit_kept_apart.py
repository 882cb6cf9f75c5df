"""The Emergency Kit is never saved where it would lie beside what it opens: a vault's folder
(at any depth, reached by any path: a link, "..", another case on a disk that ignores case) or
a backup folder (the recovery key opens every backup made under it). Found by the attacker's
walk (thirty-eighth round): every other file was refused in the vault's folder, the kit was
not; and `init --recovery-key-out <the new vault's folder>/kit.txt` made the vault, then
refused the file, leaving the key only printed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import FAST_KDF, cli_in_process, init_vault
from vault_app.domain.errors import InvalidInput
from vault_app.services import backup_folder_mark
from vault_app.services.emergency_kit import save_pdf
from vault_app.services.vault import Vault

KEY = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789-ABCD-EFGH-JKLM-NPQR-ST"


def _save(path: Path, vault: Vault) -> Path:
    return save_pdf(path, recovery_key=KEY, vault_id=vault.vault_id, folder=str(vault.folder))


def _routes(vault: Vault, tmp_path: Path) -> dict[str, Path]:
    """The same folder inside the vault, named four ways."""
    (vault.folder / "blobs").mkdir(exist_ok=True)
    link = tmp_path / "innocent"
    link.symlink_to(vault.folder / "blobs")
    return {
        "the folder": vault.folder / "kit.pdf",
        "a folder in it": vault.folder / "blobs" / "kit.pdf",
        "a link to it": link / "kit.pdf",
        # The link's "..": the vault's folder on the disk, somewhere else by its letters.
        "a link's parent": link / ".." / "kit.pdf",
    }


@pytest.mark.parametrize("route", ["the folder", "a folder in it", "a link to it", "a link's parent"])
def test_the_kit_pdf_is_refused_in_the_vault_folder(vault: Vault, tmp_path: Path, route: str) -> None:
    path = _routes(vault, tmp_path)[route]
    with pytest.raises(InvalidInput) as refused:
        _save(path, vault)
    assert refused.value.code == "kit.inside_vault"
    assert "Emergency Kit" in refused.value.message
    assert not path.exists()


def test_the_kit_pdf_is_refused_in_another_vaults_folder(vault: Vault, tmp_path: Path) -> None:
    other = tmp_path / "other"
    assert init_vault(other).code == 0
    with pytest.raises(InvalidInput) as refused:
        _save(other / "kit", vault)  # made kit.pdf by save_pdf: the name checked is the one written
    assert refused.value.code == "kit.inside_vault"
    assert not (other / "kit.pdf").exists()


def test_the_kit_pdf_is_refused_in_a_backup_folder(vault: Vault, tmp_path: Path) -> None:
    backups = tmp_path / "drive" / "backups"
    backups.mkdir(parents=True)
    backup_folder_mark.mark(backups, vault.vault_id)
    for path in (backups / "kit.pdf", backups / "sub" / ".." / "kit.pdf"):
        with pytest.raises(InvalidInput) as refused:
            _save(path, vault)
        assert refused.value.code == "kit.inside_backups"
    assert not (backups / "kit.pdf").exists()


def test_the_kit_pdf_beside_the_vault_is_saved(vault: Vault, tmp_path: Path) -> None:
    beside = tmp_path / "Documents"
    beside.mkdir()
    assert _save(beside / "kit.pdf", vault).read_bytes().startswith(b"%PDF")


def test_init_refuses_a_kit_in_the_new_vaults_folder_before_making_the_vault(tmp_path: Path) -> None:
    for folder, kit in ((tmp_path / "new", tmp_path / "new" / "kit.txt"),
                        (tmp_path / "empty", tmp_path / "empty" / "kit.txt")):
        if folder.name == "empty":
            folder.mkdir()  # an empty folder chosen for the vault: the kit's folder is there
        done = cli_in_process("init", "--vault", str(folder), "--no-keyring", *FAST_KDF,
                              "--recovery-key-out", str(kit))
        assert done.code == 2, done.err
        assert "Emergency Kit cannot be saved in a vault's folder" in done.err
        assert "nothing was done" in done.err
        assert not (folder / "vault.header").exists()  # no vault made whose key was never kept
        assert not kit.exists()


def test_init_refuses_a_kit_through_a_link_to_the_new_vaults_folder(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    folder.mkdir()
    link = tmp_path / "elsewhere"
    link.symlink_to(folder)
    done = cli_in_process("init", "--vault", str(folder), "--no-keyring", *FAST_KDF,
                          "--recovery-key-out", str(link / "kit.txt"))
    assert done.code == 2, done.err
    assert "Emergency Kit cannot be saved in a vault's folder" in done.err
    assert not (folder / "vault.header").exists()


def test_rekey_refuses_a_kit_in_the_vault_folder_before_replacing_the_keys(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    assert init_vault(folder).code == 0
    header = (folder / "vault.header").read_bytes()
    done = cli_in_process("--vault", str(folder), "rekey", "--recovery-key-out", str(folder / "kit.txt"))
    assert done.code == 2, done.err
    assert "Emergency Kit cannot be saved in a vault's folder" in done.err
    assert (folder / "vault.header").read_bytes() == header  # the old kit still opens it
    assert not (folder / "kit.txt").exists()

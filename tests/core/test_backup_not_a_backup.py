"""What is given to restore or check as a backup and is none (found at the command line: a
folder said "does not exist or is not a file", a text file "The backup file is damaged …
Use another backup", as if a real backup were lost). Real files, the real restore and check."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault_app.domain.errors import VaultCorrupt
from vault_app.services import backup, backup_repo
from vault_app.services.vault import Vault


def _refused(path: Path, tmp_path: Path) -> VaultCorrupt:
    with pytest.raises(VaultCorrupt) as err:
        backup.restore_backup(path, tmp_path / "restored", passphrase=PASSPHRASE)
    assert not (tmp_path / "restored").exists()
    with pytest.raises(VaultCorrupt) as checked:
        backup.verify_backup(path, passphrase=PASSPHRASE)
    assert checked.value.message == err.value.message
    return err.value


def test_a_folder_a_backup_folder_a_text_file_and_nothing(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "Documents"
    folder.mkdir()
    said = _refused(folder, tmp_path)
    assert said.message == "Documents is a folder, not a backup file." and "vault-backup-" in (said.hint or "")
    repo = tmp_path / "usb"
    backup_repo.create_incremental(vault, repo)
    said = _refused(repo, tmp_path)
    assert said.message == "usb is a backup folder, not one backup." and "usb/snapshots" in (said.hint or "")
    notes = tmp_path / "session notes.txt"
    notes.write_text("Not a backup at all.\n")
    said = _refused(notes, tmp_path)
    assert said.message == "session notes.txt is not a backup made by this app (or it is damaged)."
    said = _refused(tmp_path / "vault-backup-2026-12-01.vaultbackup", tmp_path)
    # Not there, with where it was looked for and why it may be (a drive unplugged): not "damaged".
    assert said.message == f"The backup file is not there: {tmp_path / 'vault-backup-2026-12-01.vaultbackup'}."
    assert said.code == "backup.file_missing" and "plugged in" in (said.hint or "")


def test_a_real_backup_cut_short_is_still_a_damaged_backup(vault: Vault, tmp_path: Path) -> None:
    made = Path(backup.create_backup(vault, tmp_path / "usb").path)
    made.write_bytes(made.read_bytes()[:100])
    said = _refused(made, tmp_path)
    assert "damaged" in said.message and "not a backup made by this app" not in said.message


def test_a_pdf_named_as_a_backup_is_no_backup_as_under_any_other_name(vault: Vault, tmp_path: Path) -> None:
    """Found by a walker: a PDF renamed x.vaultbackup was "damaged (its checksum does not match …)
    … check the disk or drive", the same PDF named .vrs or .pdf "not a backup made by this app"."""
    pdf = b"%PDF-1.4\n" + b"1 0 obj << /Type /Catalog >> endobj\n" * 400 + b"%%EOF\n"
    for name in ("letter.pdf", "vault-backup-2026-12-05.vaultbackup"):
        given = tmp_path / name
        given.write_bytes(pdf)
        said = _refused(given, tmp_path)
        assert said.message == f"{name} is not a backup made by this app (or it is damaged).", said.message
        assert said.code == "backup.file_not_a_backup" and "check the disk" not in (said.hint or "")

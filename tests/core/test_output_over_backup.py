"""A file the app writes where the user chose (an export, a statement, a letter, a copy of a
document, a certificate) never replaces a backup nor a backup folder's own files, and never
goes into a vault's folder by a way round (a link, then ".."). Found by the attacker's walk
(thirty-eighth round): `superbill ... --out <backup folder>/vault-backup-....vaultbackup
--overwrite` replaced that backup with a PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import cli_in_process, init_vault
from vault_app.domain.errors import InvalidInput
from vault_app.services import attachments, backup, backup_folder_mark, clients, output_file
from vault_app.services.vault import Vault

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_a_statement_over_a_backup_is_refused_and_the_backup_still_checks(tmp_path: Path) -> None:
    folder, backups = tmp_path / "vault", tmp_path / "drive" / "backups"
    init_vault(folder)
    where = ("--vault", str(folder))
    assert cli_in_process(*where, "client", "add", "Ines Harrow").code == 0
    assert cli_in_process(*where, "note", "add", "C00001", "--new-session", "--minutes", "50",
                          "--text", "Session.", "--sign").code == 0
    assert cli_in_process(*where, "backup", "create", "--to", str(backups)).code == 0
    (made,) = backups.glob("*.vaultbackup")
    before = made.read_bytes()
    done = cli_in_process(*where, "superbill", "C00001", "--kind", "statement", "--from", "2020-01-01",
                          "--to", "2030-12-31", "--out", str(made), "--overwrite",
                          extra_env={"VAULT_APP_PDF_PASSWORD": "statement-pass-42"})
    assert done.code == 2, done.err
    assert "kept for backups" in done.err
    assert made.read_bytes() == before
    assert cli_in_process(*where, "backup", "verify", str(made)).code == 0


@pytest.mark.parametrize("name", ["vault-backup-2026-12-06.vaultbackup", "Vault-Backup-2026-12-06.VAULTBACKUP",
                                  "new.vaultbackup", "vault-app-repository.json"])
def test_a_backup_file_name_is_refused(tmp_path: Path, name: str) -> None:
    """Also a new file of that name: a backup list takes it for a backup (a damaged one), and on
    a disk that ignores case the name in other letters is the backup itself."""
    backups = tmp_path / "backups"
    backups.mkdir()
    (backups / "vault-backup-2026-12-06.vaultbackup").write_bytes(b"backup")
    with pytest.raises(InvalidInput) as refused:
        output_file.checked(backups / name, "export", overwrite=True)
    assert refused.value.code == "file.backup_name"


def test_a_backup_folders_mark_is_refused(vault: Vault, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    backup_folder_mark.mark(backups, vault.vault_id)
    mark = backup_folder_mark.mark_path(backups, vault.vault_id)
    with pytest.raises(InvalidInput) as refused:
        output_file.checked(mark, "export", overwrite=True)
    assert refused.value.code == "file.backup_name"


@pytest.mark.parametrize("inside", ["snapshots/statement.pdf", "chunks/ab/statement.pdf", "SNAPSHOTS/x.pdf"])
def test_a_file_inside_a_backup_repository_is_refused(tmp_path: Path, inside: str) -> None:
    repo = tmp_path / "backups"
    for part in ("snapshots", "chunks/ab", "SNAPSHOTS"):
        (repo / part).mkdir(parents=True)
    with pytest.raises(InvalidInput) as refused:
        output_file.checked(repo / inside, "export")
    assert refused.value.code == "file.inside_backups"


def test_a_copy_of_a_document_over_a_backup_is_refused(vault: Vault, tmp_path: Path) -> None:
    client = clients.create_client(vault, "Kit Larkspur")
    doc = attachments.add_attachment(vault, client.client_id, PDF, kind="consent", filename="consent.pdf")
    backups = tmp_path / "backups"
    made = Path(backup.create_backup(vault, backups).path)
    before = made.read_bytes()
    with pytest.raises(InvalidInput) as refused:
        attachments.save_copy(vault, doc.attachment_id, made)
    assert refused.value.code == "file.backup_name"
    assert made.read_bytes() == before


def test_a_file_beside_the_backups_is_fine(vault: Vault, tmp_path: Path) -> None:
    """A backup drive is also where a therapist keeps other files: a new one there, or one of
    theirs replaced, is no backup's business."""
    backups = tmp_path / "backups"
    backups.mkdir()
    backup_folder_mark.mark(backups, vault.vault_id)
    (backups / "statement.pdf").write_bytes(PDF)
    for name in ("export.pdf", "statement.pdf"):
        assert output_file.checked(backups / name, "export", overwrite=True) == backups / name


def test_a_link_then_dot_dot_into_the_vault_folder_is_refused(vault: Vault, tmp_path: Path) -> None:
    """`<link>/..` is, on the disk, the folder above the link's target: the vault's folder for
    a link to its blobs folder's own subfolder, whatever the letters of the path say."""
    deep = vault.folder / "blobs" / "deep"
    deep.mkdir(parents=True)
    link = tmp_path / "innocent"
    link.symlink_to(deep)
    for out in (link / ".." / ".." / "records.db", link / ".." / "x.pdf"):
        with pytest.raises(InvalidInput) as refused:
            output_file.checked(out, "export", overwrite=True)
        assert refused.value.code == "file.inside_vault"


def test_the_backup_names_are_the_backups_own() -> None:
    """output_file keeps its own copy of two names (it is imported at start, the backup modules
    are not): the same as theirs."""
    from vault_app.services import backup_registry, backup_repo_owner

    assert output_file.BACKUP_SUFFIX == backup_registry.FILE_SUFFIX
    assert output_file.REPOSITORY_MARKER == backup_repo_owner.MARKER

"""A file the app writes where the user chose (an export, a statement, a letter, a copy of a
document) is never written into a vault's own folder. Found by the attacker's walk (thirty-eighth
round): `vault-app superbill C00005 --kind statement ... --out <vault>/vault.header --overwrite` put
a PDF in the place of the vault's header, and with it every wrapped key: the passphrase and the
Emergency Kit no longer opened anything ("The vault header is damaged"), only a backup gave the
records back. A copy of a document replaced any file it was pointed at, records.db included."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import cli_in_process, init_vault
from vault_app.domain.errors import InvalidInput
from vault_app.services import attachments, clients, output_file
from vault_app.services.vault import Vault

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_a_statement_over_the_vault_header_is_refused_and_the_vault_still_opens(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    init_vault(folder)
    where = ("--vault", str(folder))
    assert cli_in_process(*where, "client", "add", "Ines Harrow").code == 0
    assert cli_in_process(*where, "note", "add", "C00001", "--new-session", "--minutes", "50",
                          "--text", "Session.", "--sign").code == 0
    done = cli_in_process(*where, "superbill", "C00001", "--kind", "statement", "--from", "2020-01-01",
                          "--to", "2030-12-31", "--out", str(folder / "vault.header"), "--overwrite",
                          extra_env={"VAULT_APP_PDF_PASSWORD": "statement-pass-42"})
    assert done.code == 2, done.err
    assert "vault's own folder" in done.err
    assert (folder / "vault.header").read_bytes().startswith(b"{")  # the header (the unlock rewrote it), no PDF
    assert cli_in_process(*where, "unlock-check").code == 0


@pytest.mark.parametrize("inside", ["records.db", "vault.header", "blobs/copy.pdf", "new-file.pdf"])
def test_a_copy_of_a_document_into_the_vault_folder_is_refused(vault: Vault, inside: str) -> None:
    client = clients.create_client(vault, "Kit Larkspur")
    doc = attachments.add_attachment(vault, client.client_id, PDF, kind="consent", filename="consent.pdf")
    target = vault.folder / inside
    before = target.read_bytes() if target.is_file() else None
    with pytest.raises(InvalidInput) as refused:
        attachments.save_copy(vault, doc.attachment_id, target)
    assert refused.value.code == "file.inside_vault"
    assert (target.read_bytes() if target.is_file() else None) == before


def test_a_folder_beside_the_vault_is_fine(vault: Vault) -> None:
    beside = vault.folder.parent / "exports"
    beside.mkdir()
    assert output_file.checked(beside / "export.pdf", "export") == (beside / "export.pdf").absolute()
    with pytest.raises(InvalidInput) as refused:
        output_file.checked(vault.folder / "export.pdf", "export")
    assert refused.value.code == "file.inside_vault"


def test_the_public_key_written_over_the_vault_header_is_refused(tmp_path: Path) -> None:
    """`certificate public-key` runs without the passphrase: one --out away from the header."""
    folder = tmp_path / "vault"
    init_vault(folder)
    done = cli_in_process("--vault", str(folder), "certificate", "public-key", "--out", str(folder / "vault.header"))
    assert done.code == 2, done.err
    assert "vault's own folder" in done.err
    assert cli_in_process("--vault", str(folder), "unlock-check").code == 0


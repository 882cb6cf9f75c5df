"""Saving a copy of a scan: owner-only file, logged by id, never silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.clinical_helpers import PDF
from vault_app.domain.errors import InvalidInput, NotFound
from vault_app.services import attachments, clients
from vault_app.services.vault import Vault


def test_save_copy_writes_a_private_file_and_logs_it(vault: Vault, tmp_path: Path) -> None:
    client = clients.create_client(vault, "Ash Fictional", date_of_birth="1980-02-03")
    scan = attachments.add_attachment(vault, client.client_id, PDF, kind="consent", filename="consent.pdf")
    out = attachments.save_copy(vault, scan.attachment_id, tmp_path / "copy.pdf")
    assert out.read_bytes() == PDF
    assert out.stat().st_mode & 0o077 == 0
    entry = vault.ledger.entries()[-1]
    assert entry.kind == "attachment.copied"
    assert entry.payload == {"client_id": client.client_id, "attachment_id": scan.attachment_id}


def test_save_copy_refuses_unknown_ids_and_folders(vault: Vault, tmp_path: Path) -> None:
    client = clients.create_client(vault, "Ash Fictional", date_of_birth="1980-02-03")
    scan = attachments.add_attachment(vault, client.client_id, PDF, kind="consent", filename="consent.pdf")
    head = vault.ledger.head()
    with pytest.raises(NotFound):
        attachments.save_copy(vault, "no-such-id", tmp_path / "x.pdf")
    with pytest.raises(InvalidInput):
        attachments.save_copy(vault, scan.attachment_id, tmp_path)
    assert vault.ledger.head() == head
    assert not (tmp_path / "x.pdf").exists()

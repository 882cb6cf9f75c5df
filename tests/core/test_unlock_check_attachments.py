"""`vault-app unlock-check`, the full check of a vault, checks the attached documents' files
too: a file missing, or put in another document's place, fails the check, naming no document
and writing nothing. Found: with one document's file replaced by another's and a second one
deleted, unlock-check said every page was authenticated and "ok": true."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_in_process
from tests.document_samples import pdf
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import ExitCode
from vault_app.services import attachments, clients
from vault_app.services.vault import create_vault
from vault_app.storage import blob_store, clinical_attachments


def _vault_with_two_documents(tmp_path: Path, kdf_params: KdfParams) -> tuple[Path, list[Path]]:
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    vault = made.vault
    client = clients.create_client(vault, "Peregrine Ashdown-Velde").client_id
    paths = []
    for n in (1, 2):
        added = attachments.add_attachment(vault, client, pdf(n), kind="consent", filename=f"consent-{n}.pdf")
        ref = clinical_attachments.body_ref(vault.records, added.attachment_id)
        assert ref is not None and ref[1] is not None
        paths.append(blob_store.path_for(folder, ref[1]))
    vault.lock()
    return folder, paths


def _state(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.startswith("vault.lock")}


def test_a_healthy_vault_with_documents_passes(tmp_path: Path, kdf_params: KdfParams) -> None:
    folder, _ = _vault_with_two_documents(tmp_path, kdf_params)
    done = cli_in_process("unlock-check", "--vault", str(folder))
    assert done.code == 0, done.err


@pytest.mark.parametrize("how", ["swapped", "missing"])
def test_a_document_file_swapped_or_missing_fails_the_check(tmp_path: Path, kdf_params: KdfParams, how: str) -> None:
    folder, (first, second) = _vault_with_two_documents(tmp_path, kdf_params)
    if how == "swapped":
        shutil.copyfile(second, first)
    else:
        first.unlink()
    before = _state(folder)
    done = cli_in_process("unlock-check", "--vault", str(folder))
    assert done.code == ExitCode.CORRUPT, done
    assert "attached document" in done.err
    assert "Restore" in done.err
    assert "consent" not in done.err  # no document named
    assert _state(folder) == before  # a failed check writes nothing

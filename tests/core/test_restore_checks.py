"""The restore's checks run side by side (storage/backup_snapshot.copies_checked_beside):
every page of every compartment beside the ledger chain, with the same verdicts and the
same precedence as one after another. Real vaults, real SQLCipher files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from vault_app.domain.errors import VaultCorrupt, VaultTampered
from vault_app.services import backup_keys, backup_repo, clients, notes
from vault_app.services.backup_repo_read import Materialized, check_pages, materialize
from vault_app.services.vault import Vault
from vault_app.storage import backup_snapshot
from vault_app.storage.compartment import COMPARTMENT_FILES

PAGE = 4096


def _materialized(vault: Vault, tmp_path: Path) -> Materialized:
    client_id = clients.create_client(vault, "Ottoline Brackenbury").client_id
    for i in range(40):
        notes.create_progress_note(vault, client_id, text=f"Session {i}: " + os.urandom(700).hex())
    info = backup_repo.create_incremental(vault, tmp_path / "repo", rotate_old=False)
    folder = tmp_path / "copy"
    folder.mkdir(mode=0o700)
    return materialize(Path(info.path), backup_keys.vault_source(vault), folder, deep=False)


def _flip(path: Path, page: int) -> None:
    data = bytearray(path.read_bytes())
    data[page * PAGE + 500] ^= 0x01
    path.write_bytes(bytes(data))


def test_side_by_side_checks_name_exactly_the_damaged_copy(vault: Vault, tmp_path: Path) -> None:
    m = _materialized(vault, tmp_path)
    copies = [(name, m.folder / COMPARTMENT_FILES[name], m.keys[name]) for name in ("records", "ledger")]
    with backup_snapshot.copies_checked_beside(copies) as results:
        assert results() == {"records": [], "ledger": []}
    _flip(m.folder / COMPARTMENT_FILES["records"], 2)
    with backup_snapshot.copies_checked_beside(copies) as results:
        found = results()
    assert found["records"] and not found["ledger"]
    assert list(found) == ["records", "ledger"]  # the order given, whichever ended first


def test_a_damaged_page_is_reported_before_a_broken_chain(vault: Vault, tmp_path: Path) -> None:
    m = _materialized(vault, tmp_path)
    check_pages(m)  # intact: passes
    ledger_file = m.folder / COMPARTMENT_FILES["ledger"]
    pages = ledger_file.stat().st_size // PAGE
    _flip(ledger_file, pages - 1)  # the ledger's last page: the chain check fails too
    with pytest.raises(VaultCorrupt, match="ledger compartment is damaged"):
        check_pages(m)
    _flip(m.folder / COMPARTMENT_FILES["records"], 1)
    with pytest.raises(VaultCorrupt, match="records compartment is damaged") as caught:
        check_pages(m)
    assert not isinstance(caught.value, VaultTampered)

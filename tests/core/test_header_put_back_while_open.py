"""An older copy of vault.header put back while the vault is open (found walking the real app: a
sync tool, Time Machine's restore of one file or a plain `cp` wrote yesterday's header over the
open vault's). The window saw it at its next header write ("Vault altered ... the app did not
write over it") or not at all (a note's draft touches no header), then let its own header go at
the lock: the next unlock refused the vault as rolled back, "Restore from your latest verified
backup", and a vault with no backup never opened again, every file of it whole.

What must happen: the vault holds the folder's writer lock, so an older copy of its OWN header
(same vault, lower generation) at that name was put there by someone else: before the next
header write and before the lock lets go, the vault's own header is put back, the file found is
kept beside it (never removed) and each unlock says so. A header of another vault is still
refused and left alone. Real vaults, real files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import reopen
from tests.core.older_header import copied_aside
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import VaultTampered
from vault_app.services import clients, reminders
from vault_app.services.vault import Vault, create_vault

HEADER = "vault.header"


def _names(vault: Vault) -> set[str]:
    return {c.legal_name for c in clients.list_clients(vault)}


def _kept(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith(HEADER + ".replaced-"))


def test_an_older_header_put_back_is_replaced_by_the_vaults_own_at_the_lock(
        vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    older = copied_aside(vault_dir, tmp_path / "older-header")
    # Each recorded change moves the ledger's anchor in the header, and the next entry records the
    # header's generation it saw: two of them put the copy behind what the ledger recorded.
    clients.create_client(vault, "Before Thecopy")
    clients.create_client(vault, "Also Beforethecopy")
    shutil.copyfile(older, vault_dir / HEADER)  # in place, as `cp` or a sync tool's restore
    vault.lock()
    with reopen(vault_dir) as later:  # refused before: "vault.header was rolled back"
        assert "Before Thecopy" in _names(later)
        said = [n for n in reminders.status_line(later).news if n.kind == reminders.FILE_REPLACED]
        (kept,) = _kept(vault_dir)
        assert [n.value for n in said] == [kept.name]
    # The file found is kept, byte for byte, never removed.
    assert kept.read_bytes() == older.read_bytes()


def test_a_write_after_an_older_header_was_put_back_goes_through(
        vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    older = copied_aside(vault_dir, tmp_path / "older-header")
    clients.create_client(vault, "Before Thecopy")
    beside = vault_dir / ".vault.header.sync-tmp"  # renamed over, as a sync tool does
    shutil.copy2(older, beside)
    beside.replace(vault_dir / HEADER)
    clients.create_client(vault, "After Thecopy")  # refused before: "Vault altered", the work half-saved
    vault.lock()
    with reopen(vault_dir) as later:
        assert {"Before Thecopy", "After Thecopy"} <= _names(later)
    assert len(_kept(vault_dir)) == 1


def test_another_vaults_header_is_still_refused_and_left_alone(
        vault: Vault, vault_dir: Path, tmp_path: Path, kdf_params: KdfParams) -> None:
    other = create_vault(tmp_path / "other", "another long passphrase 61", params=kdf_params,
                         use_device_secret=False)
    other.vault.lock()
    foreign = (tmp_path / "other" / HEADER).read_bytes()
    (vault_dir / HEADER).write_bytes(foreign)
    with pytest.raises(VaultTampered):
        clients.create_client(vault, "Never Mixed")
    vault.lock()
    assert (vault_dir / HEADER).read_bytes() == foreign
    assert _kept(vault_dir) == []

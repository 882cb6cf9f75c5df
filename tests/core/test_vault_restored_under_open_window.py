"""A whole vault put in place of the open one by another program: nothing is put back piecemeal.

Found by a walker (wyears): the window of today's version unlocked; release 0.1.0 (which knows no
vault.lock) restored the backup taken before the upgrade over the vault folder, as docs/install.md
says to go back to an older version: vault.header, records.db, ledger.db and psychotherapy.db
moved aside, the older ones put in their place. The window's next writes put back its own
records.db, then its own ledger.db (storage/compartment_own_file.py), beside the older
vault.header: after Lock the vault opened in neither version ("The ledger failed verification:
entry 125 differs from the anchored copy"). A file put back is right when one file was replaced
(a sync tool); when vault.header is not the one the window holds either, another program put a
whole vault there, and mixing the two breaks both. The write is refused, nothing is put back,
and the folder keeps the other program's vault, whole. Real vaults, real files, real renames."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import reopen
from vault_app.domain.errors import EnvironmentProblem, VaultError
from vault_app.services import clients
from vault_app.services.vault import Vault

FILES = ("vault.header", "records.db", "ledger.db", "psychotherapy.db")


def _restore_over(vault_dir: Path, older: Path, aside: Path) -> None:
    """As an older version's `backup restore --to VAULT --overwrite` does: the vault's files moved
    into a safety copy (with their -wal/-shm), the backup's put in their place."""
    aside.mkdir()
    for name in FILES:
        for suffix in ("", "-wal", "-shm"):
            if (vault_dir / f"{name}{suffix}").exists():
                os.rename(vault_dir / f"{name}{suffix}", aside / f"{name}{suffix}")
        shutil.copy2(older / name, vault_dir / name)


def test_a_whole_vault_restored_under_the_open_window_is_left_whole(
        vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    clients.create_client(vault, "Ada Older")
    vault.lock()
    older = tmp_path / "older"
    shutil.copytree(vault_dir, older)  # the vault as a backup holds it
    open_one = reopen(vault_dir)
    try:
        clients.create_client(open_one, "Bea Session")  # this session's work, before the restore
        _restore_over(vault_dir, older, tmp_path / "vault-before-restore")
        with pytest.raises(EnvironmentProblem) as said:
            clients.create_client(open_one, "Cy After")
        assert said.value.code == "compartment.folder_replaced_while_open", said.value
        # Nothing put back, nothing renamed aside: the folder holds the other program's vault.
        assert not list(vault_dir.glob("*.replaced-*"))
        for name in FILES:
            assert (vault_dir / name).read_bytes() == (older / name).read_bytes(), name
        with pytest.raises(EnvironmentProblem):  # and every later write likewise
            clients.create_client(open_one, "Cy After")
    finally:
        # Lock now, as the refusal says; the header write it may try is refused, not mixed in.
        with contextlib.suppress(VaultError):
            open_one.lock()
    # The vault in the folder is the restored one, whole: it opens, without this session's client.
    with reopen(vault_dir) as restored:
        names = {c.legal_name for c in clients.list_clients(restored)}
    assert "Ada Older" in names and "Bea Session" not in names and "Cy After" not in names

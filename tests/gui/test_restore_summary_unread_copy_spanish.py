"""The restore's summary on a screen in Spanish, when a copy of the vault it reads for destructions
could not be read (found: the unlock window's summary ended with "The vault copy in … could not be
read for destructions: …" in English). Real vault, real backup, a real damaged copy, the real
Spanish catalog."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault_app.gui import restore_summary
from vault_app.services import backup
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


def test_a_copy_not_read_is_said_in_spanish(vault: Vault, vault_dir: Path, tmp_path: Path, spanish: None) -> None:
    made = Path(backup.create_backup(vault, tmp_path / "usb").path)
    vault.lock()
    damaged = tmp_path / "damaged-copy"
    shutil.copytree(vault_dir, damaged)
    (damaged / "ledger.db").write_bytes(b"\x00" * 8192)  # not the ledger its header's key opens
    report = backup.restore_backup(made, tmp_path / "restored", passphrase=PASSPHRASE, known_copies=[damaged])
    assert [c["place"] for c in report.copies_unread] == [str(damaged)]
    said, _next = restore_summary.lines(report, None)
    assert not any("could not be read" in line for line in said), said
    [line] = [line for line in said if line.startswith(f"La copia de la bóveda en {damaged} no se pudo leer")]
    assert "Why" not in line and "Motivo:" in line, line

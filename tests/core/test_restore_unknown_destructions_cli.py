"""`backup restore` on a new machine, from an old backup and nothing else, says plainly that the
destructions made after the backup are unknown and a chart destroyed since may be back, with what
to do; given the newer vault (--newer-ledger) it re-applies them and says nothing of the kind.
Found by a walker: a destroyed chart came back with only "Destructions re-applied: 0 (of 0 known;
sources: the backup itself)". Through the real CLI, a real vault and backup."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli
from tests.core.destruction_helpers import seed_chart
from vault_app.services import backup, destruction
from vault_app.services.vault import Vault


@pytest.mark.parametrize("newer", [False, True])
def test_a_restore_from_the_backup_alone_says_destructions_since_are_unknown(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, newer: bool) -> None:
    target = seed_chart(psy_vault, "T")
    seed_chart(psy_vault, "O")
    info = backup.create_backup(psy_vault, tmp_path / "usb")
    copy = tmp_path / "offsite" / Path(info.path).name
    copy.parent.mkdir()
    shutil.copy2(info.path, copy)
    destruction.destroy(psy_vault, target.chart_number, basis="retention", confirm=target.chart_number)
    psy_vault.lock()
    new = tmp_path / "newmachine"
    got = cli(capsys, monkeypatch, "--vault", str(new), "backup", "restore", str(copy), "--to", str(new),
              *(["--newer-ledger", str(vault_dir)] if newer else []))
    assert got.code == 0, got.err
    said = " ".join(got.out.split())
    unknown = "Destructions made after this backup are UNKNOWN here"
    if newer:
        assert unknown not in said and "Destructions re-applied: 1 (of 1 known; sources:" in said, said
    else:
        assert unknown in said and "may be back in this vault" in said and "--newer-ledger" in said, said
        assert "certificates" in said and "the backup itself" not in said, said

"""A destruction in a vault restored into another folder names what it cannot reach: the vault it
was restored beside (or replaced from elsewhere), which still holds every chart it held, and the
backup it was restored from when that is not one of its own registered backups
(services/destruction_app_copies.py, from the restore's entry: services/backup_restore.py).
Found at review: the unlock window's "restore into another folder" opened the copy as the vault in
use, and its destructions named neither. Real vaults, real backups, the command line in process."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.conftest import PASSPHRASE, reopen
from tests.core.cli_helpers import cli_in_process
from tests.core.destruction_helpers import seed_chart
from vault_app.services import backup_restore, destruction, destruction_app_copies
from vault_app.services.backup_registry import RESTORED
from vault_app.services.vault import Vault


def _backed_up(psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> tuple[str, Path]:
    chart = seed_chart(psy_vault, "L").chart_number
    psy_vault.lock()
    made = cli_in_process("--vault", str(vault_dir), "backup", "create", "--to", str(tmp_path / "usb"), "--json")
    assert made.code == 0, made.out + made.err
    (file,) = (tmp_path / "usb").glob("*.vaultbackup")
    return chart, file


def _destroy_in(folder: Path, chart: str, tmp_path: Path) -> tuple[str, dict[str, Any]]:
    cert = tmp_path / "cert.json"
    done = cli_in_process("--vault", str(folder), "destroy", "--client", chart, "--basis", "override",
                          "--override-reason", "Client asked in writing", "--confirm", chart,
                          "--certificate-json", str(cert))
    assert done.code == 0, done.out + done.err
    body: dict[str, Any] = json.loads(cert.read_text())["certificate"]["verification"]
    return done.out, body


def test_the_copys_destruction_names_the_vault_it_was_restored_beside_and_its_backup(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    chart, file = _backed_up(psy_vault, vault_dir, tmp_path)
    beside = tmp_path / "beside"
    restored = cli_in_process("--vault", str(vault_dir), "backup", "restore", "--to", str(beside), str(file))
    assert restored.code == 0, restored.out + restored.err
    said, verification = _destroy_in(beside, chart, tmp_path)
    named = [(c["path"], c["kind"]) for c in verification["app_copies_not_purged"]]
    assert named == [(str(vault_dir.resolve()), destruction_app_copies.COPY_BESIDE),
                     (str(file.resolve()), destruction_app_copies.RESTORED_FROM)]
    (line,) = [x for x in said.splitlines() if f"chart: {vault_dir.resolve()}:" in x]
    assert "destroy the chart there too" in line
    (line,) = [x for x in said.splitlines() if str(file.resolve()) in x]
    assert "the backup this vault was restored from" in line and "not purged" in line
    # Still there, as said: the vault left behind shows the chart.
    assert chart in cli_in_process("--vault", str(vault_dir), "client", "list").out


def test_a_copy_that_replaces_the_original_names_the_vault_left_behind(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    chart, file = _backed_up(psy_vault, vault_dir, tmp_path)
    new = tmp_path / "new-place"
    restored = cli_in_process("--vault", str(vault_dir), "backup", "restore", "--to", str(new), str(file),
                              "--replaces-original")
    assert restored.code == 0, restored.out + restored.err
    _said, verification = _destroy_in(new, chart, tmp_path)
    # Its backups go on, so the backup restored from is its own (purged), not a copy beyond reach.
    assert [(c["path"], c["kind"]) for c in verification["app_copies_not_purged"]] == [
        (str(vault_dir.resolve()), destruction_app_copies.COPY_BESIDE)]


def test_a_restore_on_a_new_computer_records_the_backup_it_came_from(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    chart, file = _backed_up(psy_vault, vault_dir, tmp_path)
    vault_id = psy_vault.vault_id
    new = tmp_path / "new-computer"
    backup_restore.restore_backup(file, new, passphrase=PASSPHRASE)  # no vault known: nothing beside it
    with reopen(new, psychotherapy=True) as vault:
        (entry,) = vault.ledger.entries(kinds=(RESTORED,))
        assert entry.payload[destruction_app_copies.BACKUP_PATH] == str(file.resolve())
        assert entry.payload["vault_id"] == vault_id
        assert destruction_app_copies.ORIGINAL_FOLDER not in entry.payload
        done = destruction.destroy(vault, chart, basis="retention", confirm=chart)
        verification = destruction.completed_entry(vault, str(done["certificate_id"])).payload["certificate"][
            "verification"]
    # The backup restored from is registered here: the destruction purged it rather than naming it.
    assert verification["app_copies_not_purged"] == []
    assert str(file.resolve()) in json.dumps(verification["backups"])

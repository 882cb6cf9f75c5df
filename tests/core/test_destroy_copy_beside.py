"""A copy restored beside the vault is named by a later destruction (services/restore_beside_record.py,
destruction_app_copies). Found by a walker: `backup restore --to R` made R with the charts; `destroy`
in the vault then said "Destroyed and verified", purged the registered backups, and its certificate
named no copy the app had made, while `--vault R client list` still showed the chart. Real vaults,
real backups, the real command line in process."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from tests.conftest import PASSPHRASE, reopen
from tests.core.cli_helpers import cli_in_process
from tests.core.destruction_helpers import seed_chart
from vault_app.services import backup, backup_restore, destruction, restore_beside_record
from vault_app.services.vault import Vault
from vault_app.storage import folder_lock


def _backup_then_restore_beside(psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> tuple[str, Path]:
    chart = seed_chart(psy_vault, "B").chart_number
    psy_vault.lock()
    made = cli_in_process("--vault", str(vault_dir), "backup", "create", "--to", str(tmp_path / "usb"), "--json")
    assert made.code == 0, made.out + made.err
    (file,) = (tmp_path / "usb").glob("*.vaultbackup")
    beside = tmp_path / "beside"
    restored = cli_in_process("--vault", str(vault_dir), "backup", "restore", "--to", str(beside), str(file))
    assert restored.code == 0, restored.out + restored.err
    assert "copy beside the vault" in restored.out
    return chart, beside


def _destroy(vault_dir: Path, chart: str, tmp_path: Path) -> tuple[str, dict[str, Any]]:
    cert = tmp_path / "cert.json"
    done = cli_in_process("--vault", str(vault_dir), "destroy", "--client", chart, "--basis", "override",
                          "--override-reason", "Client asked in writing", "--confirm", chart,
                          "--certificate-json", str(cert))
    assert done.code == 0, done.out + done.err
    body: dict[str, Any] = json.loads(cert.read_text())
    return done.out, body


def test_the_walkers_steps_the_copy_beside_is_named_on_the_certificate_and_said(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    chart, beside = _backup_then_restore_beside(psy_vault, vault_dir, tmp_path)
    said, body = _destroy(vault_dir, chart, tmp_path)
    verification = body["certificate"]["verification"]
    named = verification["app_copies_not_purged"]
    assert [(c["path"], c["kind"]) for c in named] == [(str(beside.resolve()), "copy restored beside")]
    (line,) = [x for x in said.splitlines() if str(beside.resolve()) in x]
    assert "may still hold the chart" in line and "restore made beside it" in line and "destroy" in line
    assert "did not create or register" in " ".join(body["certificate"]["copies_beyond_reach"]["statement"])
    # It is still there (not reached): the certificate said so rather than implying otherwise.
    listed = cli_in_process("--vault", str(beside), "client", "list")
    assert chart in listed.out


def test_a_copy_beside_deleted_since_is_said_not_failed(psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    chart, beside = _backup_then_restore_beside(psy_vault, vault_dir, tmp_path)
    shutil.rmtree(beside)
    said, body = _destroy(vault_dir, chart, tmp_path)
    assert f"was not found in {beside.resolve()} (moved or deleted since)" in said
    verification = body["certificate"]["verification"]
    assert verification["result"] == "passed"
    assert verification["app_copies_not_purged"] == []
    assert verification["app_copies_not_found"] == [str(beside.resolve())]


def test_the_open_vaults_restore_beside_is_recorded_in_its_ledger(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    target = seed_chart(psy_vault, "W")
    info = backup.create_backup(psy_vault, tmp_path / "usb")
    beside = tmp_path / "beside"
    report = backup_restore.restore_backup(Path(info.path), beside, passphrase=PASSPHRASE, current=psy_vault)
    assert report.copy_beside == str(vault_dir.resolve()) and not report.warnings
    (entry,) = psy_vault.ledger.entries(kinds=(restore_beside_record.COPIED_BESIDE,))
    assert entry.payload == {"path": str(beside.resolve()), "vault_id": psy_vault.vault_id}
    psy_vault.lock()
    with reopen(vault_dir, psychotherapy=True) as vault:
        done = destruction.destroy(vault, target.chart_number, basis="retention", confirm=target.chart_number)
        body = destruction.completed_entry(vault, str(done["certificate_id"])).payload["certificate"]
    assert [c["path"] for c in body["verification"]["app_copies_not_purged"]] == [str(beside.resolve())]


def test_a_copy_restored_from_the_copy_is_named_by_the_first_vaults_destruction(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    chart, beside = _backup_then_restore_beside(psy_vault, vault_dir, tmp_path)
    # The copy beside backed up by hand, and that backup restored beside it.
    made = cli_in_process("--vault", str(beside), "backup", "create", "--to", str(tmp_path / "usb2"), "--json")
    assert made.code == 0, made.out + made.err
    (file,) = (tmp_path / "usb2").glob("*.vaultbackup")
    second = tmp_path / "second"
    restored = cli_in_process("--vault", str(beside), "backup", "restore", "--to", str(second), str(file))
    assert restored.code == 0, restored.out + restored.err
    _said, body = _destroy(vault_dir, chart, tmp_path)
    named = {c["path"] for c in body["certificate"]["verification"]["app_copies_not_purged"]}
    assert named == {str(beside.resolve()), str(second.resolve())}


def test_a_restore_beside_that_cannot_tell_the_vault_says_so(psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    seed_chart(psy_vault, "N")
    info = backup.create_backup(psy_vault, tmp_path / "usb")
    psy_vault.lock()
    held = folder_lock.acquire(vault_dir)  # the vault open in another window
    try:
        report = backup_restore.restore_backup(Path(info.path), tmp_path / "beside", passphrase=PASSPHRASE,
                                               known_copies=[vault_dir])
    finally:
        held.release()
    assert report.copy_beside == str(vault_dir.resolve())
    assert report.copy_beside_not_told == [str(vault_dir.resolve()), restore_beside_record.BUSY]
    said = restore_beside_record.not_told_words(report.copy_beside_not_told)
    assert said.startswith(f"The vault in {vault_dir.resolve()} could not be told of this copy (it is open in")

"""Backup files checked when they are made (services/backup_checked.py): a verified backup
records, inside its authenticated table of contents, that its pages and ledger chain were
checked before packing; its restore and verify rely on that and say so; backups without
the record, and `full=True`, get every check. Real vaults, real SQLCipher files."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from tests.conftest import PASSPHRASE, reopen
from tests.core.cli_helpers import FAST_KDF, cli
from tests.core.destruction_helpers import seed_chart
from vault_app.domain.errors import VaultCorrupt, VaultError, VaultTampered
from vault_app.services import backup, backup_checked, backup_keys, backup_restore, clients, destruction, notes
from vault_app.services.backup_archive import (
    check_before_packing,
    pack_folder,
    private_tempdir,
    read_back,
)
from vault_app.services.backup_registry import RESTORED, VERIFIED
from vault_app.services.vault import Vault
from vault_app.storage.compartment import COMPARTMENT_FILES, key_pragma

PAGE = 4096


def _fill(vault: Vault, name: str = "Ottoline Brackenbury", n: int = 30) -> str:
    client_id = clients.create_client(vault, name).client_id
    for i in range(n):
        notes.create_progress_note(vault, client_id, text=f"Session {i}: " + os.urandom(600).hex())
    return client_id


def _manifest(path: Path, vault: Vault) -> dict[str, object]:
    return read_back(path, backup_keys.master_of(vault))


def test_a_verified_backup_records_its_check_and_restores_on_it(vault: Vault, tmp_path: Path) -> None:
    _fill(vault)
    info = backup.create_backup(vault, tmp_path / "usb", verify=True)
    manifest = _manifest(Path(info.path), vault)
    # A key older readers ignore: the version stays what the vault's header needs (2 for format 3 headers,
    # with or without attachments: tests/core/test_backup_container_version.py).
    assert manifest["format_version"] == 2
    record = manifest[backup_checked.KEY]
    assert isinstance(record, dict)
    assert record["pages"] == ["ledger", "records"]  # psychotherapy is locked: its key is not at hand
    assert record["ledger_head"] == {"seq": info.ledger_seq, "mac": _head_mac(vault, info.ledger_seq)}
    verified = [e for e in vault.ledger.entries(kinds=(VERIFIED,)) if e.payload["path"] == info.path]
    assert [e.payload["check"] for e in verified] == [backup_checked.RECORDED]

    summary = backup.verify_backup(Path(info.path), passphrase=PASSPHRASE)
    assert summary["check"] == backup_checked.RECORDED
    assert any("checked when the backup was made" in line for line in summary["checked"])
    # The passphrase reaches the psychotherapy key: those pages, not covered by the record, are checked now.
    assert "every page of psychotherapy checked now" in summary["checked"]
    assert summary["psychotherapy_pages_checked"] is True

    report = backup_restore.restore_backup(Path(info.path), tmp_path / "restored", passphrase=PASSPHRASE)
    assert report.check == backup_checked.RECORDED
    with reopen(tmp_path / "restored") as restored:
        entry = restored.ledger.entries(kinds=(RESTORED,))[-1]
        assert entry.payload["check"] == backup_checked.RECORDED
        assert len(clients.list_clients(restored)) == 1


def _head_mac(vault: Vault, seq: int) -> str:
    entry = vault.ledger.get(seq)
    assert entry is not None
    return entry.mac_hex


def test_a_backup_without_the_record_gets_the_full_check(vault: Vault, tmp_path: Path) -> None:
    _fill(vault)
    plain = backup.create_backup(vault, tmp_path / "usb")  # not verified: made as before, nothing recorded
    assert backup_checked.KEY not in _manifest(Path(plain.path), vault)
    assert backup.verify_backup(Path(plain.path), vault=vault)["check"] == backup_checked.FULL
    report = backup_restore.restore_backup(Path(plain.path), tmp_path / "restored", current=vault)
    assert report.check == backup_checked.FULL

    # A record of a version this app does not know is never trusted: the full check runs.
    with private_tempdir(tmp_path, "backup") as staging:
        header, head = backup.snapshot_vault(vault, staging)
        future = backup_checked.record(["ledger", "records"], head) | {"version": backup_checked.VERSION + 1}
        dest = tmp_path / "future.vaultbackup"
        pack_folder(staging, dest, header, backup_keys.master_of(vault), head, "2030-01-01T00:00:00+00:00",
                    checked=future)
    assert backup.verify_backup(dest, vault=vault)["check"] == backup_checked.FULL


def test_full_runs_every_check_on_a_recorded_backup(vault: Vault, tmp_path: Path) -> None:
    _fill(vault)
    info = backup.create_backup(vault, tmp_path / "usb", verify=True)
    summary = backup.verify_backup(Path(info.path), vault=vault, full=True)
    assert summary["check"] == backup_checked.FULL
    assert "ledger chain" in summary["checked"]
    report = backup_restore.restore_backup(Path(info.path), tmp_path / "restored", current=vault, full=True)
    assert report.check == backup_checked.FULL


def test_a_byte_flipped_anywhere_is_refused_in_both_paths(vault: Vault, tmp_path: Path) -> None:
    _fill(vault, n=10)
    info = backup.create_backup(vault, tmp_path / "usb", verify=True)
    original = Path(info.path).read_bytes()
    bad = tmp_path / "bad.vaultbackup"
    size = len(original)
    # The first and last bytes, the key block and table of contents near the start, and
    # positions spread over every part (each part is a whole number of 4 KiB pages).
    positions = sorted({0, 1, 40, 100, 200, 300, 500, 800, 1200, size - 1, size - 20, size - 40,
                        *range(2048, size - 64, max(1, size // 37))})
    for pos in positions:
        data = bytearray(original)
        data[pos] ^= 0x10
        bad.write_bytes(bytes(data))
        for full in (False, True):
            with pytest.raises((VaultCorrupt, VaultTampered)):
                backup.verify_backup(bad, vault=vault, full=full)
    bad.write_bytes(original)
    assert backup.verify_backup(bad, vault=vault)["check"] == backup_checked.RECORDED  # the harness flips for real


def test_a_damaged_staging_copy_is_never_packed_with_the_record(vault: Vault, tmp_path: Path) -> None:
    _fill(vault)
    master = backup_keys.master_of(vault)
    with private_tempdir(tmp_path, "backup") as staging:
        header, head = backup.snapshot_vault(vault, staging)
        keys = backup_keys.unwrap_header(header, master)
        records = staging / COMPARTMENT_FILES["records"]
        data = bytearray(records.read_bytes())
        data[3 * PAGE + 700] ^= 0x01  # one page of the copy, after the snapshot
        records.write_bytes(bytes(data))
        with pytest.raises(VaultCorrupt, match="records compartment made for the backup is damaged"):
            check_before_packing(staging, keys, header.ledger_anchor, head)
        checked, problem = backup.check_staging(staging, header, master, head)
        assert checked is None and problem is not None and "checked in full instead" in problem


def test_a_broken_chain_is_not_recorded_and_the_verified_backup_fails(vault: Vault, vault_dir: Path,
                                                                      tmp_path: Path) -> None:
    _fill(vault)
    # An old ledger entry changed outside the app (as an attacker with the key would).
    conn = sqlcipher.connect(str(vault_dir / COMPARTMENT_FILES["ledger"]), isolation_level=None)
    try:
        conn.execute(key_pragma(vault.compartment_key("ledger")))
        conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute("DROP TRIGGER IF EXISTS ledger_no_update")
        conn.execute("UPDATE ledger SET payload = ? WHERE seq = 3", (json.dumps({"forged": 1}).encode(),))
    finally:
        conn.close()
    with pytest.raises(VaultTampered):
        backup.create_backup(vault, tmp_path / "usb", verify=True)
    written = sorted((tmp_path / "usb").glob("*.vaultbackup"))
    assert len(written) == 1  # written (a copy of what is left is better than none), never with the record
    assert backup_checked.KEY not in _manifest(written[0], vault)
    with pytest.raises(VaultTampered):
        backup.verify_backup(written[0], vault=vault)


def test_a_recorded_backup_still_reapplies_destructions(psy_vault: Vault, tmp_path: Path) -> None:
    target = seed_chart(psy_vault, "T")
    other = seed_chart(psy_vault, "O")
    info = backup.create_backup(psy_vault, tmp_path / "usb", verify=True)
    assert _manifest(Path(info.path), psy_vault)[backup_checked.KEY]["pages"] == [  # type: ignore[index]
        "ledger", "psychotherapy", "records"]
    # A copy the app never knew about (a registered one is purged, i.e. repacked, by the
    # destruction, and checked again then: tests/core/test_restore_checked_purge_file.py).
    offsite = tmp_path / "offsite.vaultbackup"
    shutil.copy2(info.path, offsite)
    destruction.destroy(psy_vault, target.chart_number, basis="retention", confirm=target.chart_number)
    assert Path(info.path).read_bytes() != offsite.read_bytes()
    report = backup_restore.restore_backup(offsite, tmp_path / "restored", passphrase=PASSPHRASE,
                                           current=psy_vault)
    assert report.check == backup_checked.RECORDED
    assert [r["client_id"] for r in report.reapplied if r["reapplied"]] == [target.client_id]
    with reopen(tmp_path / "restored") as vault:
        assert [c.client_id for c in clients.list_clients(vault)] == [other.client_id]


def test_a_recorded_backup_whose_ledger_copy_does_not_end_at_the_record(vault: Vault, tmp_path: Path) -> None:
    """Even with the record, the ledger copy's head is read and compared (one read): a copy
    packed under the master key with an older ledger is refused."""
    _fill(vault)
    master = backup_keys.master_of(vault)
    with private_tempdir(tmp_path, "backup") as staging:
        header, head = backup.snapshot_vault(vault, staging)
        older = vault.ledger.get(head.seq - 1)
        assert older is not None
        wrong = backup_checked.record(["ledger", "records"], type(head)(older.seq, older.mac_hex))
        dest = tmp_path / "wrong.vaultbackup"
        manifest_head = type(head)(older.seq, older.mac_hex)
        pack_folder(staging, dest, header, master, manifest_head, "2030-01-01T00:00:00+00:00", checked=wrong)
    with pytest.raises(VaultError, match="does not end where"):
        backup.verify_backup(dest, vault=vault)


def test_the_cli_says_which_check_ran_and_full_forces_every_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VAULT_APP_DIR", str(tmp_path / "vault"))
    assert cli(capsys, monkeypatch, "init", "--no-keyring", "--recovery-key-out", str(tmp_path / "kit.txt"),
               *FAST_KDF).code == 0
    made = cli(capsys, monkeypatch, "backup", "create", "--to", str(tmp_path / "usb"), "--verify", "--json")
    assert made.code == 0, made.err
    path = made.json()["path"]
    fast = cli(capsys, monkeypatch, "backup", "verify", path)
    assert fast.code == 0 and f"check: {backup_checked.RECORDED}" in fast.out
    assert "checked when the backup was made" in fast.out
    full = cli(capsys, monkeypatch, "backup", "verify", path, "--full", "--json")
    assert full.code == 0 and full.json()["check"] == backup_checked.FULL and "ledger chain" in full.json()["checked"]
    restored = cli(capsys, monkeypatch, "backup", "restore", path, "--to", str(tmp_path / "r1"), "--json")
    assert restored.code == 0 and restored.json()["check"] == backup_checked.RECORDED
    forced = cli(capsys, monkeypatch, "backup", "restore", path, "--to", str(tmp_path / "r2"), "--full")
    assert forced.code == 0 and f"check: {backup_checked.FULL}" in forced.out

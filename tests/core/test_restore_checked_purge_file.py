"""A purged single-file backup earns a new "checked" record (backup_copies.check_purged_copy):
the destruction's purge runs every check the record stands for on the purged copy, hashes
its parts before that check, packs it with the record and reads the file back before it
replaces the old one. A restore after a destruction then relies on the record again, and
still refuses a flipped byte, a swapped block and a copy changed after its check. Real
vaults, real SQLCipher files, the destruction's own purge."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.backup_folder_files import backup_folder_names
from tests.conftest import PASSPHRASE, reopen
from tests.core.destruction_helpers import SeededChart, seed_chart
from vault_app.domain.errors import VaultCorrupt, VaultTampered
from vault_app.services import (
    attachments,
    backup,
    backup_checked,
    backup_copies,
    backup_keys,
    backup_restore,
    clients,
    destruction,
)
from vault_app.services.backup_archive import read_back
from vault_app.services.backup_registry import PURGED
from vault_app.services.vault import Vault
from vault_app.storage import backup_format
from vault_app.storage.compartment import COMPARTMENT_FILES

SEALED = backup_format.CHUNK + backup_format.TAG_LEN  # one AES-GCM chunk of the body on disk
BODY = backup_format.NONCE_LEN + backup_format.SLOT_LEN


def _manifest(path: Path, vault: Vault) -> dict[str, Any]:
    return read_back(path, backup_keys.master_of(vault))


def _destroy(vault: Vault, chart: SeededChart) -> dict[str, Any]:
    cert = destruction.destroy(vault, chart.chart_number, basis="override", confirm=chart.chart_number,
                               override_reason="the client asked for the records to be destroyed")
    assert cert["verification"]["result"] == "passed", cert["verification"]
    return cert


def _with_trailer(data: bytes) -> bytes:
    """The file with its unkeyed trailer recomputed, as anyone can: only the keyed checks remain."""
    body = data[: -backup_format.TRAILER_LEN]
    return body + hashlib.sha256(body).digest()


@pytest.mark.parametrize("verified_at_creation", [True, False])
def test_a_purged_backup_file_earns_a_record_and_restores_on_it(psy_vault: Vault, tmp_path: Path,
                                                                 verified_at_creation: bool) -> None:
    chart = seed_chart(psy_vault, "T")
    other = seed_chart(psy_vault, "O")
    path = Path(backup.create_backup(psy_vault, tmp_path / "usb", verify=verified_at_creation).path)
    old_manifest = _manifest(path, psy_vault)
    assert (backup_checked.KEY in old_manifest) is verified_at_creation

    _destroy(psy_vault, chart)
    manifest = _manifest(path, psy_vault)
    record = manifest[backup_checked.KEY]
    assert record["pages"] == ["ledger", "psychotherapy", "records"]
    # The purge appended to the copy's ledger: the record names the new head, checked anew.
    assert record["ledger_head"] == manifest["ledger_head"]
    [purged] = [e for e in psy_vault.ledger.entries(kinds=(PURGED,)) if e.payload["path"] == str(path)]
    assert purged.payload["check"] == backup_checked.RECORDED
    assert purged.payload["sha256"] == backup_format.file_sha256(path)

    # With an old record the chain is walked from its head (the rest was walked at creation).
    walked_from = record[backup_checked.REWRITTEN_BY_PURGE]["chain_walked_from"]
    assert walked_from == (old_manifest["ledger_head"]["seq"] if verified_at_creation else 1)
    summary = backup.verify_backup(path, vault=psy_vault)
    assert summary["check"] == backup_checked.RECORDED
    assert any("checked when a destruction's purge rewrote the backup" in line for line in summary["checked"])
    assert backup.verify_backup(path, vault=psy_vault, full=True)["check"] == backup_checked.FULL
    report = backup_restore.restore_backup(path, tmp_path / "restored", passphrase=PASSPHRASE)
    assert report.check == backup_checked.RECORDED
    with reopen(tmp_path / "restored") as copy:
        names = {c.client_id for c in clients.list_clients(copy)}
    assert other.client_id in names and chart.client_id not in names


def test_a_byte_flipped_in_a_purged_file_is_refused_on_the_record(psy_vault: Vault, tmp_path: Path) -> None:
    chart = seed_chart(psy_vault, "T")
    seed_chart(psy_vault, "O")
    path = Path(backup.create_backup(psy_vault, tmp_path / "usb", verify=True).path)
    _destroy(psy_vault, chart)
    assert backup_checked.KEY in _manifest(path, psy_vault)
    original = path.read_bytes()
    bad = tmp_path / "bad.vaultbackup"
    size = len(original)
    positions = sorted({0, 40, 300, 800, size - 1, size - 40, *range(2048, size - 64, max(1, size // 29))})
    for pos in positions:
        data = bytearray(original)
        data[pos] ^= 0x04
        for trailer_fixed in (False, True):
            bad.write_bytes(_with_trailer(bytes(data)) if trailer_fixed and pos < size - backup_format.TRAILER_LEN
                            else bytes(data))
            for full in (False, True):
                with pytest.raises((VaultCorrupt, VaultTampered)):
                    backup.verify_backup(bad, vault=psy_vault, full=full)
    bad.write_bytes(original)
    assert backup.verify_backup(bad, vault=psy_vault)["check"] == backup_checked.RECORDED  # the harness flips for real


def test_a_block_swapped_in_a_purged_file_is_refused_on_the_record(psy_vault: Vault, tmp_path: Path) -> None:
    """Blocks of the purged file swapped among themselves, and one taken from the same place
    of the file before the purge (a part put back from the older copy): each refused, with
    the unkeyed trailer made to match, by the stream's authentication."""
    chart = seed_chart(psy_vault, "T")
    other = seed_chart(psy_vault, "O")
    # Enough bytes for several AES-GCM chunks, in the chart that stays.
    attachments.add_attachment(psy_vault, other.client_id, b"%PDF-1.4\n" + os.urandom(3 * backup_format.CHUNK),
                               kind="consent", filename="scan.pdf")
    path = Path(backup.create_backup(psy_vault, tmp_path / "usb", verify=True).path)
    before = path.read_bytes()
    _destroy(psy_vault, chart)
    after = path.read_bytes()
    assert backup_checked.KEY in _manifest(path, psy_vault)
    assert len(after) > BODY + 3 * SEALED

    def chunk(data: bytes, i: int) -> slice:
        return slice(BODY + i * SEALED, BODY + (i + 1) * SEALED)

    swapped = bytearray(after)
    swapped[chunk(after, 1)], swapped[chunk(after, 2)] = after[chunk(after, 2)], after[chunk(after, 1)]
    older = bytearray(after)
    older[chunk(after, 1)] = before[chunk(before, 1)]
    older_ledger_part = bytearray(after)
    older_ledger_part[chunk(after, 0)] = before[chunk(before, 0)]  # the table of contents and first parts
    bad = tmp_path / "bad.vaultbackup"
    for forged in (swapped, older, older_ledger_part):
        bad.write_bytes(_with_trailer(bytes(forged)))
        for full in (False, True):
            with pytest.raises(VaultTampered):
                backup.verify_backup(bad, vault=psy_vault, full=full)
        with pytest.raises(VaultTampered):
            backup_restore.restore_backup(bad, tmp_path / "restored", passphrase=PASSPHRASE)
        assert not (tmp_path / "restored").exists() or not any((tmp_path / "restored").iterdir())


def test_a_copy_changed_after_its_check_is_never_packed_with_the_record(
        psy_vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The parts are hashed before the check and the file is read back against those
    hashes: a purged copy whose bytes change after the check (here one page of records.db,
    changed on disk between the check and the packing) fails the read-back, the purge of
    that backup fails, and the old file stays as it was."""
    chart = seed_chart(psy_vault, "T")
    seed_chart(psy_vault, "O")
    path = Path(backup.create_backup(psy_vault, tmp_path / "usb", verify=True).path)
    original = path.read_bytes()
    real_check = backup_copies.check_before_packing

    def check_then_change(folder: Path, *args: Any, **kwargs: Any) -> dict[str, Any]:
        record = real_check(folder, *args, **kwargs)
        records = folder / COMPARTMENT_FILES["records"]
        data = bytearray(records.read_bytes())
        data[2 * 4096 + 100] ^= 0x01
        records.write_bytes(bytes(data))
        return record

    monkeypatch.setattr(backup_copies, "check_before_packing", check_then_change)
    with pytest.raises(destruction.DestructionNotVerified):
        destruction.destroy(psy_vault, chart.chart_number, basis="override", confirm=chart.chart_number,
                            override_reason="the client asked for the records to be destroyed")
    assert path.read_bytes() == original
    assert backup_folder_names(path.parent) == [path.name]  # nothing temporary left
    monkeypatch.setattr(backup_copies, "check_before_packing", real_check)
    [listed] = destruction.list_destructions(psy_vault)
    again = destruction.retry_failed(psy_vault, listed["certificate_id"])
    assert again["verification"]["result"] == "passed", again["verification"]
    assert backup.verify_backup(path, vault=psy_vault)["check"] == backup_checked.RECORDED


def test_a_damaged_purged_copy_is_packed_without_a_record(psy_vault: Vault, tmp_path: Path) -> None:
    """check_purged_copy gives no record for a copy that fails a check: the purge packs it
    as before, and a restore checks it in full (and refuses the damage)."""
    seed_chart(psy_vault, "T")
    path = Path(backup.create_backup(psy_vault, tmp_path / "usb", verify=True).path)
    work = tmp_path / "copy"
    master = backup_keys.master_of(psy_vault)
    from vault_app.services.backup_archive import unpack
    from vault_app.storage import header as header_io

    work.mkdir(mode=0o700)
    u = unpack(path, backup_keys.vault_source(psy_vault), work, deep=False)
    header = header_io.read(work)
    assert backup_copies.check_purged_copy(work, header, master, u.psychotherapy_wraps, u.ledger_head) is not None
    # The chain walked from the old record's head only while that entry's MAC still matches.
    old = u.checked_record
    assert old is not None
    carried = backup_copies.check_purged_copy(work, header, master, u.psychotherapy_wraps, u.ledger_head, old)
    assert carried is not None
    assert carried[backup_checked.REWRITTEN_BY_PURGE]["chain_walked_from"] == u.ledger_head.seq
    wrong = {**old, "ledger_head": {"seq": old["ledger_head"]["seq"], "mac": "00" * 32}}
    assert backup_copies.check_purged_copy(work, header, master, u.psychotherapy_wraps, u.ledger_head, wrong) is None
    beyond = {**old, "ledger_head": {"seq": old["ledger_head"]["seq"] + 5, "mac": old["ledger_head"]["mac"]}}
    assert backup_copies.check_purged_copy(work, header, master, u.psychotherapy_wraps, u.ledger_head, beyond) is None
    records = work / COMPARTMENT_FILES["records"]
    data = bytearray(records.read_bytes())
    data[3 * 4096 + 700] ^= 0x01
    records.write_bytes(bytes(data))
    assert backup_copies.check_purged_copy(work, header, master, u.psychotherapy_wraps, u.ledger_head) is None
    shutil.rmtree(work)


def test_a_full_backup_drive_during_the_purge_keeps_the_old_file_and_its_record(
        psy_vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A real small tmpfs filled so that the purge runs out of room at different steps
    (unpacking, rekeying the copy, checking it, packing it): each time the old file stays
    byte for byte, still restores on its own record, and nothing temporary is left; once
    there is room the purge finishes with a new record. The first attempt fills the drive
    just as the purged copy starts being packed: where the sweep below meets the packing
    depends on how much room the rekey before it took, which varies with the copy's -wal
    (a band a 24th of the file wide, or none, on a busy machine)."""
    from tests.core.test_faults_diskfull import _fill, small_filesystem
    from vault_app.services import backup_packing

    chart = seed_chart(psy_vault, "T")
    other = seed_chart(psy_vault, "O")
    with small_filesystem(tmp_path / "usb", "16m") as drive:
        path = Path(backup.create_backup(psy_vault, drive / "files", verify=True).path)
        original = path.read_bytes()
        size = len(original)
        failures: list[str] = []
        certificate = None
        pack = backup_packing.write_raw_container

        def pack_on_a_full_drive(dest: Path, *args: Any, **kwargs: Any) -> tuple[str, int]:
            filler = _fill(drive, 64 << 10)
            try:
                return pack(dest, *args, **kwargs)
            finally:
                filler.unlink()

        # First full as the copy is packed; then from no room for the unpacked copy, in steps
        # of a 24th of the file, up to room for the copy, its rekey and the packed file (the
        # last step passes).
        for leave in (None, size // 2, *range(size + size // 4, 3 * size, size // 24)):
            if leave is None:
                monkeypatch.setattr(backup_packing, "write_raw_container", pack_on_a_full_drive)
                filler = drive / "no-filler"
            else:
                monkeypatch.setattr(backup_packing, "write_raw_container", pack)
                filler = _fill(drive, leave)
            try:
                if certificate is None:
                    destruction.destroy(psy_vault, chart.chart_number, basis="override", confirm=chart.chart_number,
                                        override_reason="testing a full backup drive during the purge")
                else:
                    destruction.retry_failed(psy_vault, certificate)
            except destruction.DestructionNotVerified as err:
                failures.append(err.message)
            finally:
                filler.unlink(missing_ok=True)
            if certificate is None:
                certificate = destruction.list_destructions(psy_vault)[0]["certificate_id"]
            if path.read_bytes() != original:
                break  # there was room after all: the new file is checked below
            assert backup_folder_names(path.parent) == [path.name], "temporary files left"
            assert backup.verify_backup(path, passphrase=PASSPHRASE)["check"] == backup_checked.RECORDED
        # Out of room while unpacking, rekeying the copy (whatever the step calls it) and packing:
        # the check itself writes next to nothing, after the rekey has given its room back.
        assert any("disk is full while unpacking" in m for m in failures), failures
        assert "disk is full while writing the backup file" in failures[0], failures
        if path.read_bytes() == original:
            again = destruction.retry_failed(psy_vault, certificate)
            assert again["verification"]["result"] == "passed", again["verification"]
        # The purged file and the one the finished destruction made after it (destruction_new_backup); no temporary.
        names = backup_folder_names(path.parent)
        assert path.name in names and len(names) == 2 and all(n.endswith(".vaultbackup") for n in names), names
        assert backup_checked.KEY in _manifest(path, psy_vault)
        report = backup_restore.restore_backup(path, tmp_path / "restored", passphrase=PASSPHRASE)
        assert report.check == backup_checked.RECORDED
        with reopen(tmp_path / "restored") as copy:
            names = {c.client_id for c in clients.list_clients(copy)}
        assert other.client_id in names and chart.client_id not in names

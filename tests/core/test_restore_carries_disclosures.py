"""A backup put back over a vault whose ledger is newer: the disclosures recorded since the backup
(their accounting is kept six years, 45 CFR 164.528, 164.530(j)) are carried into the restored
vault, and the report says what else that ledger held beyond the backup. Found by a walker: a
court-order disclosure recorded after the last backup, then an older records.db put back; the
restore the unlock advised dropped the disclosure from the accounting without a word.

Carried only from a ledger whose chain verifies under this vault's key, and never from another
vault's files."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import PASSPHRASE, reopen
from tests.core import disclosure_fixtures as fx
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.disclosure import Recipient
from vault_app.services import backup, backup_restore, export, notes, sessions
from vault_app.services.restore_carried import CARRIED
from vault_app.services.vault import Vault, create_vault
from vault_app.storage.compartment import Compartment


def _court_order(vault: Vault, client_id: str) -> str:
    record, _verdict = export.record_manual(vault, fx.request(
        client_id, basis="required_by_law", manual=True, recipient=Recipient("County Court", "1 Court Sq"),
        purpose="court order", evidence={"law_kind": "court_order", "order": "No. 26-114"}),
        description="progress notes of May", channel="mail")
    return record.disclosure_id


def _records_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith("records.db")]


def _walker_path(vault: Vault, vault_dir: Path, tmp_path: Path) -> tuple[fx.Chart, Path, str]:
    """Backup; a court-order disclosure and a signed note after it; the older records.db put back."""
    chart = fx.make_chart(vault, n=1)
    info = backup.create_backup(vault, tmp_path / "usb")
    vault.lock()
    older = tmp_path / "older-records"
    older.mkdir()
    for f in _records_files(vault_dir):
        shutil.copy2(f, older / f.name)
    with reopen(vault_dir) as again:
        disclosure_id = _court_order(again, chart.client_id)
        s = sessions.add_session(again, chart.client_id, date=fx.days_ago(1), duration_minutes=53)
        note = notes.create_progress_note(again, chart.client_id, template="soap", session_id=s.session_id,
                                          sections={"subjective": "Seen after the order."})
        notes.sign_note(again, note.note_id)
    for f in _records_files(vault_dir):
        f.unlink()
    for f in older.iterdir():
        shutil.copy2(f, vault_dir / f.name)
    return chart, Path(info.path), disclosure_id


def test_the_disclosure_recorded_after_the_backup_is_carried_and_said(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    chart, path, disclosure_id = _walker_path(vault, vault_dir, tmp_path)
    report = backup_restore.restore_backup(path, vault_dir, passphrase=PASSPHRASE, overwrite=True)

    with reopen(vault_dir) as again:
        found = export.disclosures(again, chart.client_id)
        assert [d.disclosure_id for d in found] == [disclosure_id]
        assert found[0].recipient.name == "County Court" and found[0].purpose == "court order"
        entry = again.ledger.entries(kinds=("disclosure",))[-1]
        assert entry.payload[CARRIED]["safety_copy"] == report.safety_copy
        # The signed note's text was in the records.db that is gone: not carried, only counted.
        assert not [n for n in notes.list_notes(again, chart.client_id) if n.note_date == fx.days_ago(1)]
    said = report.replaced_ledger
    assert said is not None and said["read"] is True
    assert said["disclosures_carried"] == 1
    assert said["beyond"]["disclosures"] == 1 and said["beyond"]["signed_notes"] == 1
    assert said["safety_copy"] == report.safety_copy

    # Restored again over the restored vault: the disclosure is in its ledger, carried once only.
    again_report = backup_restore.restore_backup(path, vault_dir, passphrase=PASSPHRASE, overwrite=True)
    assert again_report.replaced_ledger is not None
    assert again_report.replaced_ledger["disclosures_carried"] == 1
    with reopen(vault_dir) as again:
        assert [d.disclosure_id for d in export.disclosures(again, chart.client_id)] == [disclosure_id]


def test_nothing_beyond_the_backup_carries_nothing(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    _court_order(vault, chart.client_id)  # before the backup: the backup holds it
    info = backup.create_backup(vault, tmp_path / "usb")
    vault.lock()
    report = backup_restore.restore_backup(Path(info.path), vault_dir, passphrase=PASSPHRASE, overwrite=True)
    assert report.replaced_ledger is not None and report.replaced_ledger["disclosures_carried"] == 0
    assert "disclosures" not in report.replaced_ledger["beyond"]
    with reopen(vault_dir) as again:
        assert len(export.disclosures(again, chart.client_id)) == 1


def test_a_tampered_replaced_ledger_adds_no_record(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    key = bytes.fromhex(vault.reveal_key("ledger"))  # an attacker who has the ledger's key
    chart, path, _disclosure_id = _walker_path(vault, vault_dir, tmp_path)
    comp = Compartment.open("ledger", vault_dir / "ledger.db", key)
    comp.execute("DROP TRIGGER IF EXISTS ledger_no_update")
    seq = comp.query_one("SELECT max(seq) FROM ledger WHERE kind = 'disclosure'")[0]
    row = comp.query_one("SELECT payload FROM ledger WHERE seq = ?", (seq,))
    forged = bytes(row[0]).replace(b"County Court", b"Forged Agent")
    comp.execute("UPDATE ledger SET payload = ? WHERE seq = ?", (forged, seq))
    comp.close()

    report = backup_restore.restore_backup(path, vault_dir, passphrase=PASSPHRASE, overwrite=True)
    said = report.replaced_ledger
    assert said is not None and said["read"] is False and said["disclosures_carried"] == 0
    assert f"entry {seq}" in said["problem"]
    with reopen(vault_dir) as again:
        assert export.disclosures(again, chart.client_id) == []


def test_another_vaults_files_carry_nothing(vault: Vault, tmp_path: Path, kdf_params: KdfParams) -> None:
    """Another vault in the folder (replaced with other_vault=True): its disclosures are its own."""
    chart = fx.make_chart(vault, n=1)
    info = backup.create_backup(vault, tmp_path / "usb")
    vault.lock()
    # A vault of its own id (same passphrase), a disclosure recorded in it after the backup.
    fresh = tmp_path / "fresh"
    made = create_vault(fresh, PASSPHRASE, params=kdf_params, use_device_secret=False).vault
    other = fx.make_chart(made, n=1)
    _court_order(made, other.client_id)
    made.lock()
    report = backup_restore.restore_backup(Path(info.path), fresh, passphrase=PASSPHRASE, overwrite=True,
                                           other_vault=True)
    said = report.replaced_ledger
    assert said is not None and said["read"] is False and said["disclosures_carried"] == 0
    with reopen(fresh) as again:
        assert export.disclosures(again, other.client_id) == []
        assert export.disclosures(again, chart.client_id) == []

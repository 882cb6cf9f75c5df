"""An unsealed ledger is sealed after unlock, only when intact (issue 21, verification at
disk speed, item 1). Segments are 16 entries here (4096 in the app)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.destruction_helpers import seed_chart
from vault_app.services import destruction, ledger_seals
from vault_app.services.ledger import Ledger
from vault_app.services.ledger_sealing import seal_unsealed
from vault_app.services.vault import Vault
from vault_app.storage.compartment import Compartment

SEG = 16


@pytest.fixture(autouse=True)
def small_segments(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Ledger, "segment_size", SEG)


def _unsealed(vault: Vault, entries: int = 5 * SEG + 3) -> Path:
    """A vault as one made before this step: entries, no seals (it was never unlocked since)."""
    for i in range(entries):
        vault.ledger.append("test.filler", {"i": i, "pad": "q" * 40})
    assert vault.ledger.store.seals() == []
    folder = vault.folder
    vault.lock()
    return folder


def _started(vault: Vault) -> int:
    return len(vault.ledger.entries(kinds=(ledger_seals.SEALING_STARTED,)))


def test_an_unsealed_vault_is_sealed_at_unlock(vault: Vault) -> None:
    folder = _unsealed(vault)
    with reopen(folder) as again:
        seals = again.ledger.store.seals()
        # Seal 0 ("sealing started") and one per full segment of the entries there were.
        head_before = 5 * SEG + 3
        assert len(seals) - 1 >= head_before // SEG
        assert [(s.first_seq, s.last_seq) for s in seals[1:3]] == [(1, SEG), (SEG + 1, 2 * SEG)]
        assert _started(again) == 1
        report = again.ledger.verify_full(again.header.ledger_anchor, check_index=True)
        assert report.ok, report.problems
        assert report.entries_checked == again.ledger.head().seq


def test_sealing_at_unlock_is_idempotent(vault: Vault) -> None:
    folder = _unsealed(vault)
    with reopen(folder) as again:
        seals = again.ledger.store.seals()
    with reopen(folder) as again:
        assert again.ledger.store.seals()[: len(seals)] == seals
        assert _started(again) == 1
        head = again.ledger.head().seq
        assert seal_unsealed(again) is False  # sealed already: nothing to do, nothing appended
        assert again.ledger.head().seq == head
        assert _started(again) == 1


def _tamper(folder: Path, seq: int) -> None:
    with reopen(folder) as again:
        key = bytes.fromhex(again.reveal_key("ledger"))
        if again.ledger.store.seals():
            raise AssertionError("the vault was sealed before it was tampered with")
    comp = Compartment.open("ledger", folder / "ledger.db", key)
    comp.execute("DROP TRIGGER IF EXISTS ledger_no_update")
    comp.execute("UPDATE ledger SET payload = ? WHERE seq = ?", (b'{"i":-1}', seq))
    comp.close()


def test_a_tampered_unsealed_vault_is_not_sealed_and_the_audit_names_the_entry(
        vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _unsealed(vault)
    # Open it once without the step, to read its key while it is still unsealed.
    monkeypatch.setattr("vault_app.services.unlock_hooks.AFTER_UNLOCK", [])
    _tamper(folder, SEG + 5)
    monkeypatch.undo()
    monkeypatch.setattr(Ledger, "segment_size", SEG)
    with reopen(folder) as again:  # the unlock checks from the anchor: it opens
        assert again.ledger.store.seals() == []
        assert _started(again) == 0
        assert seal_unsealed(again) is False
        report = again.verify_ledger()  # the therapist's audit, entry by entry
        assert not report.ok
        assert any(f"entry {SEG + 5} " in p for p in report.problems), report.problems
        assert again.ledger.store.seals() == []


def test_a_destruction_seals_an_unsealed_live_ledger(psy_vault: Vault) -> None:
    chart = seed_chart(psy_vault, "S")
    for i in range(3 * SEG):
        psy_vault.ledger.append("test.filler", {"i": i})
    assert psy_vault.ledger.store.seals() == []  # created, never unlocked since: unsealed
    cert = destruction.destroy(psy_vault, chart.chart_number, basis="retention", confirm=chart.chart_number)
    assert cert["verification"]["result"] == "passed"
    assert cert["verification"]["structural"]["ledger_verified"] is True
    assert len(psy_vault.ledger.store.seals()) > 1
    assert _started(psy_vault) == 1
    report = psy_vault.ledger.verify_full(psy_vault.header.ledger_anchor, check_index=True)
    assert report.ok, report.problems


def test_checks_of_copies_never_seal_them(vault: Vault, tmp_path: Path) -> None:
    """Backup verify and restore check a copy's ledger (with its seals when it has some)
    but never write seals into it; only an unlock of the restored vault would."""
    from vault_app.services import backup, backup_keys
    from vault_app.services.vault import open_copy_with_master

    for i in range(3 * SEG):
        vault.ledger.append("test.filler", {"i": i})
    info = backup.create_backup(vault, tmp_path / "usb", verify=True)
    master = backup_keys.master_of(vault)
    assert vault.ledger.store.seals() == []  # the live vault, never unlocked since creation
    summary = backup.verify_backup(Path(info.path), passphrase=PASSPHRASE)
    assert summary["ok"]
    vault.lock()
    restored = tmp_path / "restored"
    backup.restore_backup(Path(info.path), restored, passphrase=PASSPHRASE)
    copy = open_copy_with_master(restored, master)
    try:
        assert copy.ledger.store.seals() == []
        assert _started(copy) == 0
    finally:
        copy.close_without_logging()


def test_a_failed_sealing_does_not_refuse_the_unlock(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    from vault_app.domain.errors import DiskFull
    from vault_app.storage.ledger_store import LedgerStore, SealRow

    folder = _unsealed(vault)
    insert = LedgerStore.insert_seal

    def disk_full(store: LedgerStore, row: SealRow) -> None:
        if row.segment == 3:  # part-way through the seals' transaction
            raise DiskFull("The disk is full.")
        insert(store, row)

    monkeypatch.setattr(LedgerStore, "insert_seal", disk_full)
    with reopen(folder) as again:  # opens; nothing sealed, nothing half-written
        assert again.ledger.store.seals() == [] and _started(again) == 0
    monkeypatch.undo()
    monkeypatch.setattr(Ledger, "segment_size", SEG)
    with reopen(folder) as again:  # the next unlock seals it
        assert len(again.ledger.store.seals()) > 1 and _started(again) == 1

"""A first sealing stopped at a segment boundary (the command line's, when its command ends
first): what was sealed stays sealed and is used, the rest is checked entry by entry, and
the next sealing (the app's job, a plain unlock, the audit, a destruction's check) goes on
from the last seal. Segments are 16 entries here (4096 in the app)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.destruction_helpers import seed_chart
from tests.core.test_ledger_sealing import SEG, _unsealed
from vault_app.domain.errors import DiskFull
from vault_app.services import destruction, ledger_sealing, ledger_seals
from vault_app.services.beside_job import SerialWorker
from vault_app.services.ledger import Ledger
from vault_app.services.ledger_sealing import sealing_left_to_caller
from vault_app.services.ledger_sealing_beside import SealJob
from vault_app.services.ledger_sealing_command import SealingBesideCommand
from vault_app.services.vault import Vault, open_vault
from vault_app.storage.compartment import Compartment
from vault_app.storage.ledger_store import LedgerStore, SealRow

ENTRIES = 10 * SEG + 3


@pytest.fixture(autouse=True)
def small_segments(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Ledger, "segment_size", SEG)


def _open(folder: Path, *, psychotherapy: bool = False) -> Vault:
    with sealing_left_to_caller():  # as the app's and the command line's unlocks
        return open_vault(folder, PASSPHRASE, with_psychotherapy=psychotherapy)


def _plan(vault: Vault, segments: int) -> ledger_sealing.SealPlan:
    """The scan of `segments` segments, then stopped (as the command's end stops it)."""
    done = [0]

    def step() -> None:
        done[0] += 1

    plan = ledger_sealing.scan(vault.ledger.store, ledger_sealing.keys_of(vault), vault.header.ledger_anchor, SEG,
                               step, pin=False, enough=lambda: done[0] > segments)
    assert plan is not None and not plan.complete
    return plan


def _partly_sealed(vault: Vault, segments: int = 3) -> list[SealRow]:
    assert ledger_sealing.commit(vault, _plan(vault, segments))
    seals = vault.ledger.store.seals()
    assert [s.last_seq for s in seals] == [0, *(SEG * i for i in range(1, segments + 1))]
    assert _started(vault) == 0
    return seals


def _started(vault: Vault) -> int:
    return len(vault.ledger.entries(kinds=(ledger_seals.SEALING_STARTED,)))


def _audit(vault: Vault) -> list[str]:
    report = vault.ledger.verify_full(vault.header.ledger_anchor, check_index=True, seal=False)
    assert report.entries_checked == report.head_seq or not report.ok
    return report.problems


def _tamper(vault: Vault, seq: int) -> Path:
    """The payload of entry `seq` changed in the file (outside the app), the vault locked."""
    key = bytes.fromhex(vault.reveal_key("ledger"))
    folder = vault.folder
    vault.lock()
    comp = Compartment.open("ledger", folder / "ledger.db", key)
    comp.execute("DROP TRIGGER IF EXISTS ledger_no_update")
    comp.execute("UPDATE ledger SET payload = ? WHERE seq = ?", (b'{"i":-1}', seq))
    comp.close()
    return folder


def test_what_was_sealed_stays_sealed_and_the_rest_is_checked_entry_by_entry(vault: Vault) -> None:
    with _open(_unsealed(vault, ENTRIES)) as again:
        _partly_sealed(again)
        assert _audit(again) == []  # a long unsealed rest before the sealing is done: no "removed seals"
        assert ledger_sealing.entries_left(again.ledger.store) == again.ledger.head().seq - 3 * SEG


@pytest.mark.parametrize("where", ["last sealed", "rest"])
def test_a_change_where_the_sealing_goes_on_is_named_and_nothing_more_is_sealed(vault: Vault, where: str) -> None:
    with _open(_unsealed(vault, ENTRIES)) as again:
        _partly_sealed(again)
        seq = 2 * SEG + 5 if where == "last sealed" else 6 * SEG + 2
        folder = _tamper(again, seq)
    with _open(folder) as again:
        problems = _audit(again)
        assert any(f"entry {seq}" in p for p in problems), problems
        assert ledger_sealing.seal_unsealed(again) is False
        again.verify_ledger()  # the therapist's audit seals nothing more of a broken ledger
        assert len(again.ledger.store.seals()) == 4 and _started(again) == 0


def test_a_change_in_an_earlier_sealed_segment_is_still_named_after_the_sealing_went_on(vault: Vault) -> None:
    """Going on checks the last seal only (a thousand seals would take longer than a quick
    command): the seals it adds cover only entries it checked, and the changed segment's own
    seal still fails, so nothing is hidden."""
    with _open(_unsealed(vault, ENTRIES)) as again:
        _partly_sealed(again)
        folder = _tamper(again, SEG + 5)
    with reopen(folder) as again:  # a script's unlock goes on from the last seal
        assert len(again.ledger.store.seals()) > 4 and _started(again) == 1
        problems = _audit(again)
        assert any(f"entry {SEG + 5}" in p for p in problems), problems


def test_the_apps_job_goes_on_from_the_last_seal(vault: Vault) -> None:
    with _open(_unsealed(vault, ENTRIES)) as first:
        before = _partly_sealed(first)
    again = _open(first.folder)
    worker = SerialWorker(again)
    try:
        assert again.ledger.store.seals() == before  # the unlock left the rest to the job
        job = worker.call(lambda v: SealJob.prepare(v, worker.submit))
        assert job is not None
        job.start()
        assert job.wait(60) and job.outcome == "sealed", job.error
        seals = worker.call(lambda v: v.ledger.store.seals())
        assert seals[:4] == before and len(seals) == 1 + again.ledger.head().seq // SEG
        assert worker.call(_started) == 1
        assert worker.call(_audit) == []
    finally:
        worker.close()
        again.lock()


def test_a_plain_unlock_goes_on_from_the_last_seal(vault: Vault) -> None:
    with _open(_unsealed(vault, ENTRIES)) as first:
        before = _partly_sealed(first)
    with reopen(first.folder) as again:  # a script's unlock: seals in the unlock, as before
        seals = again.ledger.store.seals()
        assert seals[:4] == before and len(seals) > 4 and _started(again) == 1
        assert _audit(again) == []


def test_the_audit_finishes_a_partly_sealed_ledger(vault: Vault) -> None:
    with _open(_unsealed(vault, ENTRIES)) as again:
        before = _partly_sealed(again)
        assert again.verify_ledger().ok
        seals = again.ledger.store.seals()
        assert seals[:4] == before and seals[-1].last_seq == again.ledger.head().seq // SEG * SEG
        assert _started(again) == 1
        assert _audit(again) == []


def test_seals_removed_once_the_sealing_is_done_are_still_reported(vault: Vault) -> None:
    with _open(_unsealed(vault, ENTRIES)) as again:
        _partly_sealed(again)
        assert again.verify_ledger().ok  # done: the marker is written
        key = bytes.fromhex(again.reveal_key("ledger"))
        folder = again.folder
    comp = Compartment.open("ledger", folder / "ledger.db", key)
    comp.execute("DROP TRIGGER IF EXISTS ledger_seal_no_delete")
    comp.execute("DELETE FROM ledger_seal WHERE segment >= 5")
    comp.close()
    with _open(folder) as again:
        assert any("seals were removed" in p for p in _audit(again))


def test_a_stale_plan_writes_nothing(vault: Vault) -> None:
    """Another sealing went on meanwhile (the audit, a destruction's check): the plan of the
    segments it checked from the older seal is not written over it."""
    with _open(_unsealed(vault, ENTRIES)) as again:
        _partly_sealed(again, 2)
        stale = _plan(again, 3)
        _partly_sealed_more = _plan(again, 1)
        assert ledger_sealing.commit(again, _partly_sealed_more)
        seals = again.ledger.store.seals()
        assert ledger_sealing.commit(again, stale) is False
        assert again.ledger.store.seals() == seals and len(seals) == 4
        assert _audit(again) == []


def test_a_destruction_on_a_partly_sealed_vault_verifies_and_finishes_the_sealing(psy_vault: Vault) -> None:
    chart = seed_chart(psy_vault, "S")
    folder = _unsealed(psy_vault, ENTRIES)
    with _open(folder, psychotherapy=True) as again:
        before = _partly_sealed(again)
        cert = destruction.destroy(again, chart.chart_number, basis="retention", confirm=chart.chart_number)
        assert cert["verification"]["result"] == "passed"
        assert cert["verification"]["structural"]["ledger_verified"] is True
        assert again.ledger.store.seals()[:4] == before and _started(again) == 1
        assert _audit(again) == []


class Held:
    """SealingBesideCommand's thread stops itself before segment `at` (as the command's end
    would stop it there), and says so."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, at: int) -> None:
        self.reached = threading.Event()
        steps = [0]

        def step(job: SealingBesideCommand) -> None:
            steps[0] += 1
            if steps[0] == at:
                job._stop.set()
                self.reached.set()

        monkeypatch.setattr(SealingBesideCommand, "_step", step)


def test_the_command_lines_job_writes_what_it_checked_or_nothing(vault: Vault,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _unsealed(vault, ENTRIES)
    held = Held(monkeypatch, 4)
    with _open(folder) as again:
        job = SealingBesideCommand.start(again)
        assert job is not None and job.entries == again.ledger.head().seq
        assert held.reached.wait(60)
        job.abandon()  # Ctrl-C: nothing written
        assert again.ledger.store.seals() == []
    held = Held(monkeypatch, 4)
    with _open(folder) as again:
        job = SealingBesideCommand.start(again)
        assert job is not None and held.reached.wait(60)
        assert job.finish(again) == 3 * SEG
        assert len(again.ledger.store.seals()) == 4 and _started(again) == 0
        assert _audit(again) == []


def test_a_full_disk_at_the_commands_write_leaves_the_command_alone(vault: Vault,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _unsealed(vault, ENTRIES)
    held = Held(monkeypatch, 5)
    insert = LedgerStore.insert_seal

    def disk_full(store: LedgerStore, row: SealRow) -> None:
        if row.segment == 3:  # part-way through the seals' transaction
            raise DiskFull("The disk is full.")
        insert(store, row)

    with _open(folder) as again:
        job = SealingBesideCommand.start(again)
        assert job is not None and held.reached.wait(60)
        monkeypatch.setattr(LedgerStore, "insert_seal", disk_full)
        assert job.finish(again) == 0  # no exception: the command's result stands
        assert isinstance(job.error, DiskFull)
        assert again.ledger.store.seals() == []  # the transaction rolled back whole
        monkeypatch.setattr(LedgerStore, "insert_seal", insert)
        assert _audit(again) == []
    with reopen(folder) as again:  # the next sealing does it
        assert _started(again) == 1 and _audit(again) == []

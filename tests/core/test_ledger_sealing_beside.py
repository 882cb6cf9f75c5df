"""The first sealing of an unsealed ledger runs beside the work, not in the unlock (issue 21,
item 1). Segments are 16 entries here (4096 in the app).

A SerialWorker stands for the GUI's worker (one thread, calls in order); the job's thread
reads the ledger on a connection of its own and hands the write back to it. The job is held
at a named step by an Event (its checkpoint, on its thread), never by sleeping."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.test_ledger_sealing import SEG, _unsealed
from vault_app.domain.errors import DiskFull
from vault_app.services import clients, ledger_seals, notes
from vault_app.services.beside_job import SerialWorker
from vault_app.services.fault_injection import CRASH_ENV
from vault_app.services.ledger import Ledger
from vault_app.services.ledger_sealing import sealing_left_to_caller
from vault_app.services.ledger_sealing_beside import SealJob
from vault_app.services.vault import Vault, open_vault
from vault_app.storage.compartment import Compartment
from vault_app.storage.ledger_store import LedgerStore, SealRow


@pytest.fixture(autouse=True)
def small_segments(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Ledger, "segment_size", SEG)


class Gate:
    """Holds the job's thread the `at`-th time it reaches `step`, until released."""

    def __init__(self, step: str, at: int = 1) -> None:
        self.step, self.at, self.count = step, at, 0
        self.reached = threading.Event()
        self.release = threading.Event()

    def __call__(self, name: str) -> None:
        if name != self.step:
            return
        self.count += 1
        if self.count == self.at:
            self.reached.set()
            assert self.release.wait(60), "the test never released the sealing"


def _open_unsealed(folder: Path) -> Vault:
    with sealing_left_to_caller():  # as the app's unlock
        return open_vault(folder, PASSPHRASE)


@pytest.fixture
def opened(vault: Vault) -> Iterator[tuple[Vault, SerialWorker]]:
    again = _open_unsealed(_unsealed(vault))
    worker = SerialWorker(again)
    try:
        yield again, worker
    finally:
        worker.close()
        if again.is_open:
            again.lock()


def _job(worker: SerialWorker, gate: Gate | None = None) -> SealJob:
    job = worker.call(lambda v: SealJob.prepare(v, worker.submit))
    assert job is not None
    if gate is not None:
        job.checkpoint = gate
    job.start()
    return job


def _started(vault: Vault) -> int:
    return len(vault.ledger.entries(kinds=(ledger_seals.SEALING_STARTED,)))


def _audit_ok(vault: Vault) -> None:
    report = vault.ledger.verify_full(vault.header.ledger_anchor, check_index=True)
    assert report.ok, report.problems
    assert report.entries_checked == report.head_seq


def test_the_app_unlock_leaves_the_sealing_to_the_job_which_seals(opened: tuple[Vault, SerialWorker]) -> None:
    vault, worker = opened
    assert vault.ledger.store.seals() == [] and _started(vault) == 0  # the unlock did not seal
    # Until the job is done, the audit checks the unsealed ledger entry by entry, and passes.
    assert worker.call(lambda v: v.ledger.verify_full(v.header.ledger_anchor)).ok
    job = _job(worker)
    assert job.wait(60) and job.outcome == "sealed", job.error
    seals = worker.call(lambda v: v.ledger.store.seals())
    head = worker.call(lambda v: v.ledger.head().seq)
    assert [(s.first_seq, s.last_seq) for s in seals[:3]] == [(1, 0), (1, SEG), (SEG + 1, 2 * SEG)]
    assert seals[-1].last_seq > head - SEG  # every full segment, the marker's included
    assert worker.call(_started) == 1
    worker.call(_audit_ok)
    # Sealed: the next job has nothing to do.
    assert worker.call(lambda v: SealJob.prepare(v, worker.submit)) is None


def test_work_goes_on_while_the_job_scans_and_what_it_appends_is_sealed_too(
        opened: tuple[Vault, SerialWorker]) -> None:
    _vault, worker = opened
    client_id = worker.call(lambda v: clients.create_client(v, "Wren Halloway").client_id)
    note_id = worker.call(lambda v: notes.create_progress_note(v, client_id, text="Draft.").note_id)
    gate = Gate("segment", at=3)
    job = _job(worker, gate)
    assert gate.reached.wait(60)
    # Held mid-scan: an autosave lands, and entries are appended past two segment bounds
    # (in a ledger not sealed yet no segment is sealed as it closes).
    worker.call(lambda v: notes.save_draft(v, note_id, {"subjective": "Typed while sealing."}))
    for i in range(2 * SEG + 5):
        worker.call(lambda v, i=i: v.ledger.append("test.meanwhile", {"i": i}))
    assert worker.call(lambda v: v.ledger.store.seals()) == []
    gate.release.set()
    assert job.wait(60) and job.outcome == "sealed", job.error
    head = worker.call(lambda v: v.ledger.head().seq)
    last = worker.call(lambda v: v.ledger.store.last_seal())
    assert last is not None and head - last.last_seq < SEG  # no open run longer than a segment
    worker.call(_audit_ok)
    assert worker.call(lambda v: notes.get_note(v, note_id).sections["subjective"]) == "Typed while sealing."


def _raw_ledger(vault: Vault) -> Compartment:
    """A second, writing connection to the live ledger.db: someone else changing the file."""
    key = bytes.fromhex(vault.reveal_key("ledger"))
    comp = Compartment.open("ledger", vault.folder / "ledger.db", key)
    comp.execute("DROP TRIGGER IF EXISTS ledger_no_update")
    return comp


def test_a_prefix_changed_after_the_scan_is_not_sealed(opened: tuple[Vault, SerialWorker]) -> None:
    _vault, worker = opened
    gate = Gate("scanned")
    job = _job(worker, gate)
    assert gate.reached.wait(60)
    other = worker.call(_raw_ledger)
    other.execute("UPDATE ledger SET mac = zeroblob(32) WHERE seq = ?", (2 * SEG,))  # a sealed segment's end
    other.close()
    gate.release.set()
    assert job.wait(60) and job.outcome == "nothing"
    assert worker.call(lambda v: v.ledger.store.seals()) == [] and worker.call(_started) == 0
    report = worker.call(lambda v: v.ledger.verify_full(v.header.ledger_anchor))
    assert not report.ok and any(f"entry {2 * SEG}" in p for p in report.problems), report.problems


def test_a_seal_covers_the_bytes_it_checked_so_a_later_change_is_named(opened: tuple[Vault, SerialWorker]) -> None:
    """A payload changed between the scan and the write (its MAC left alone): the seals hold
    the checked bytes, so the audit fails that seal and names the entry; nothing is blessed."""
    _vault, worker = opened
    gate = Gate("scanned")
    job = _job(worker, gate)
    assert gate.reached.wait(60)
    other = worker.call(_raw_ledger)
    other.execute("UPDATE ledger SET payload = ? WHERE seq = ?", (b'{"i":-1}', SEG + 3))
    other.close()
    gate.release.set()
    assert job.wait(60)
    report = worker.call(lambda v: v.ledger.verify_full(v.header.ledger_anchor, check_index=True))
    assert not report.ok and any(f"entry {SEG + 3} " in p for p in report.problems), report.problems


def test_a_tampered_ledger_is_never_sealed(vault: Vault) -> None:
    folder = _unsealed(vault)
    again = _open_unsealed(folder)
    other = _raw_ledger(again)
    other.execute("UPDATE ledger SET payload = ? WHERE seq = ?", (b'{"i":-1}', SEG + 5))
    other.close()
    worker = SerialWorker(again)
    try:
        job = _job(worker)
        assert job.wait(60) and job.outcome == "nothing"
        assert worker.call(lambda v: v.ledger.store.seals()) == [] and worker.call(_started) == 0
        report = worker.call(lambda v: v.verify_ledger())  # the therapist's audit names it
        assert not report.ok and any(f"entry {SEG + 5} " in p for p in report.problems)
        assert worker.call(lambda v: v.ledger.store.seals()) == []
    finally:
        worker.close()
        again.lock()


def test_a_lock_mid_scan_stops_it_at_once_and_the_next_unlock_starts_again(
        opened: tuple[Vault, SerialWorker]) -> None:
    vault, worker = opened
    gate = Gate("segment", at=2)
    job = _job(worker, gate)
    assert gate.reached.wait(60)
    job.stop()  # the lock, on the GUI thread
    gate.release.set()
    assert job.wait(10) and job.outcome == "stopped"
    # Its connection is closed: nothing holds a read of the ledger (the checkpoint completes).
    assert worker.call(lambda v: v.ledger.db.checkpoint())
    assert worker.call(lambda v: v.ledger.store.seals()) == [] and worker.call(_started) == 0
    folder = vault.folder
    worker.call(lambda v: v.lock())
    again = _open_unsealed(folder)
    serving = SerialWorker(again)
    try:
        assert again.ledger.store.seals() == []
        job = _job(serving)
        assert job.wait(60) and job.outcome == "sealed"
        serving.call(_audit_ok)
    finally:
        serving.close()
        again.lock()


def test_a_lock_after_the_scan_hands_nothing_over(opened: tuple[Vault, SerialWorker]) -> None:
    _vault, worker = opened
    gate = Gate("scanned")
    job = _job(worker, gate)
    assert gate.reached.wait(60)
    job.stop()
    gate.release.set()
    assert job.wait(10) and job.outcome == "stopped"
    assert worker.call(lambda v: v.ledger.store.seals()) == []


def test_a_full_disk_at_the_write_leaves_nothing_and_the_next_job_seals(
        opened: tuple[Vault, SerialWorker], monkeypatch: pytest.MonkeyPatch) -> None:
    _vault, worker = opened
    insert = LedgerStore.insert_seal

    def disk_full(store: LedgerStore, row: SealRow) -> None:
        if row.segment == 3:  # part-way through the seals' one transaction
            raise DiskFull("The disk is full.")
        insert(store, row)

    monkeypatch.setattr(LedgerStore, "insert_seal", disk_full)
    job = _job(worker)
    assert job.wait(60) and job.outcome == "failed" and isinstance(job.error, DiskFull)
    assert worker.call(lambda v: v.ledger.store.seals()) == [] and worker.call(_started) == 0
    monkeypatch.setattr(LedgerStore, "insert_seal", insert)
    job = _job(worker)
    assert job.wait(60) and job.outcome == "sealed"
    worker.call(_audit_ok)


KILLED = """
import sys
from vault_app.services.beside_job import SerialWorker
from vault_app.services.ledger import Ledger
from vault_app.services.ledger_sealing import sealing_left_to_caller
from vault_app.services.ledger_sealing_beside import SealJob
from vault_app.services.vault import open_vault
Ledger.segment_size = 16
with sealing_left_to_caller():
    vault = open_vault(__import__("pathlib").Path(sys.argv[1]), "correct horse battery staple")
worker = SerialWorker(vault)
job = worker.call(lambda v: SealJob.prepare(v, worker.submit))
job.start()
job.wait(None)
print("not killed", job.outcome, job.error)
"""


@pytest.mark.slow
@pytest.mark.parametrize("point", ["ledger_seals_inserted", "ledger_seals_committed"])
def test_a_kill_at_the_write_leaves_the_ledger_whole(vault: Vault, point: str) -> None:
    """SIGKILL inside the seals' transaction (nothing of it stays), and between its commit and
    the `ledger.sealing_started` entry (the seals whole; the audit uses them)."""
    folder = _unsealed(vault)
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", **{CRASH_ENV: point})
    done = subprocess.run([sys.executable, "-c", KILLED, str(folder)], env=env, capture_output=True, timeout=300,
                          check=False)
    assert done.returncode == -9, (done.stdout + done.stderr).decode()[-800:]
    again = _open_unsealed(folder)
    try:
        assert again.check_integrity()["ledger"] == []
        seals = again.ledger.store.seals()
        # Without the entry that says it is done, the sealing goes on from the last seal
        # beside the work (a job's, or the audit below), never in the app's unlock.
        assert _started(again) == 0
        if point == "ledger_seals_inserted":
            assert seals == []
        else:
            assert len(seals) > 1 and seals[-1].last_seq > again.ledger.head().seq - 2 * SEG
        _audit_ok(again)
    finally:
        again.lock()


def test_a_lock_that_bypasses_the_job_stops_it_too(opened: tuple[Vault, SerialWorker]) -> None:
    """A restore replacing the live vault closes it on the worker before the app's lock is
    told: the scan sees the vault closed at its next segment and lets go of its connection."""
    vault, worker = opened
    gate = Gate("segment", at=2)
    job = _job(worker, gate)
    assert gate.reached.wait(60)
    worker.call(lambda v: v.lock())
    gate.release.set()
    assert job.wait(10) and job.outcome == "stopped"
    assert not job.stopping  # nobody told it
    with sealing_left_to_caller(), open_vault(vault.folder, PASSPHRASE) as again:
        assert again.ledger.store.seals() == []


def test_a_ledger_of_one_segment_is_sealed_in_the_app_unlock_and_no_job_starts(vault: Vault) -> None:
    folder = _unsealed(vault, entries=SEG - 6)  # with the unlock's own entries: under a segment
    again = _open_unsealed(folder)
    worker = SerialWorker(again)
    try:
        assert len(again.ledger.store.seals()) == 1 and _started(again) == 1  # seal 0: sealed in place
        assert worker.call(lambda v: SealJob.prepare(v, worker.submit)) is None
    finally:
        worker.close()
        again.lock()

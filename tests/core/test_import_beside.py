"""Issue 21 item 1: the practice import runs beside the therapist's work.

A real SimplePractice export (scripts/make_simplepractice_export.py) imported into a real
vault by an ImportJob on its own thread, while a SerialWorker (the GUI worker's stand-in:
one thread, calls in order) is where the vault is used. The import is held between two
charts on an Event (its progress call, on its own thread), never by sleeping.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from scripts.make_simplepractice_export import FakeExport, make_export
from tests.conftest import PASSPHRASE
from vault_app.services import clients, notes
from vault_app.services.beside_job import SerialWorker
from vault_app.services.import_beside import ImportJob
from vault_app.services.importers.plan import ImportReport
from vault_app.services.importers.simplepractice import (
    SOURCE,
    import_simplepractice,
    import_simplepractice_beside,
    plan_simplepractice,
)
from vault_app.services.vault import Vault, open_vault
from vault_app.storage import blob_intents, blob_store, clinical_attachments, imports


@pytest.fixture
def export(tmp_path: Path) -> FakeExport:
    return make_export(tmp_path / "SimplePractice Export", clients=4, notes_per_client=3)


@pytest.fixture
def worker(psy_vault: Vault) -> Iterator[SerialWorker]:
    serving = SerialWorker(psy_vault)
    yield serving
    serving.close()


class Gate:
    """Holds the import's thread when it reaches chart `at` (its progress call) until released."""

    def __init__(self, at: int) -> None:
        self.at = at
        self.reached = threading.Event()
        self.release = threading.Event()

    def progress(self, fraction: float, text: str) -> None:
        if text.startswith(f"Chart {self.at} of "):
            self.reached.set()
            assert self.release.wait(30), "the test never released the import"


def _job(worker: SerialWorker, folder: Path, gate: Gate, on_end: Callable[..., None] | None = None) -> ImportJob:
    def work(on_vault: Any, cancelled: Callable[[], bool], progress: Any, report: ImportReport) -> ImportReport:
        return import_simplepractice_beside(on_vault, folder, progress=progress, cancelled=cancelled, report=report)

    return ImportJob(work, worker.submit, SOURCE, progress=gate.progress, on_end=on_end)


def _whole(vault: Vault, others: int = 0) -> dict[str, int]:
    """Every imported chart has all of its progress notes and documents: chart -> notes.
    `others`: charts the test made by hand."""
    charts = {k: v[1] for k, v in imports.mapped_keys(vault.records, SOURCE).items() if k.startswith("contact:")}
    assert int(vault.records.scalar("SELECT count(*) FROM clients")) == len(charts) + others
    found = {}
    for key, client_id in charts.items():
        mapped = imports.count_mapped(vault.records, SOURCE, client_id)
        n_notes = len(notes.list_notes(vault, client_id))
        assert n_notes == mapped.get("progress_note", 0), key
        found[key] = n_notes
    # Every blob on disk is named by a row (the import's leftovers were scrubbed) and the reverse.
    assert set(blob_store.stored_ids(vault.folder)) == clinical_attachments.blob_ids(vault.records)
    return found


def test_an_autosave_lands_while_the_import_is_still_running(psy_vault: Vault, worker: SerialWorker,
                                                             export: FakeExport) -> None:
    client = clients.create_client(psy_vault, "Tamsin Oakhurst")
    note = notes.create_progress_note(psy_vault, client.client_id, text="Draft before the import.")
    gate = Gate(at=3)
    job = _job(worker, export.root, gate)
    job.start()
    assert gate.reached.wait(60)
    # The import is past two charts and holds the third: the worker is free, so the autosave
    # (and a chart opening) run now, not after the import.
    assert job.running()
    worker.call(lambda v: notes.save_draft(v, note.note_id, {"subjective": "Typed during the import."}))
    assert worker.call(lambda v: notes.get_note(v, note.note_id)).sections["subjective"] == "Typed during the import."
    assert worker.call(lambda v: clients.read_chart(v, client.client_id)).client.legal_name == "Tamsin Oakhurst"
    landed = worker.call(lambda v: len(imports.mapped_clients(v.records, SOURCE)))
    assert landed == 2  # two charts are in, whole, while the import still runs
    gate.release.set()
    assert job.wait(120) and job.error is None
    report = job.report
    assert report.charts_created == len(export.clients) and not report.cancelled
    assert worker.call(lambda v: notes.get_note(v, note.note_id)).sections["subjective"] == "Typed during the import."
    worker.call(lambda v: _whole(v, others=1))
    assert worker.call(lambda v: blob_intents.leftover(v.records)) == []  # the end's sweep ran


def test_a_lock_mid_import_stops_between_charts_and_a_rerun_continues(
        psy_vault: Vault, worker: SerialWorker, export: FakeExport, vault_dir: Path) -> None:
    expected = {c.source_key: c.count("progress_note") for c in plan_simplepractice(psy_vault, export.root).charts}
    ended: list[ImportReport] = []
    gate = Gate(at=3)
    job = _job(worker, export.root, gate, on_end=lambda report, error: ended.append(report))
    job.start()
    assert gate.reached.wait(60)
    # The lock: stop first (nothing more is handed to the vault), then the vault closes.
    job.stop()
    gate.release.set()
    assert job.wait(60)
    worker.call(lambda v: v.lock())
    report = ended[0]
    assert report.interrupted and report.cancelled and report.charts_created == 2
    assert job.error is None

    with open_vault(vault_dir, PASSPHRASE, with_psychotherapy=True) as vault:
        assert vault.check_integrity() == {"records": [], "ledger": [], "psychotherapy": []}
        # The unlock's sweep followed the import's FULL_SWEEP intent: nothing unnamed is left.
        got = _whole(vault)
        assert len(got) == 2 and all(got[k] == expected[k] for k in got)
        assert blob_intents.leftover(vault.records) == []
        again = import_simplepractice(vault, export.root)  # the same import, run again
        assert again.charts_created == len(export.clients) - 2 and not again.cancelled
        assert _whole(vault) == expected
        entries = vault.ledger.entries(kinds=("import.chart",))
        assert sorted(e.payload["client_id"] for e in entries) == sorted(
            v[1] for k, v in imports.mapped_keys(vault.records, SOURCE).items() if k.startswith("contact:"))


def test_cancel_ends_normally_and_scrubs_what_it_sealed(psy_vault: Vault, worker: SerialWorker,
                                                       export: FakeExport) -> None:
    gate = Gate(at=2)
    job = _job(worker, export.root, gate)
    job.start()
    assert gate.reached.wait(60)
    job.cancel()
    gate.release.set()
    assert job.wait(60) and job.error is None
    assert job.report.cancelled and not job.report.interrupted and job.report.charts_created == 1
    assert len(worker.call(_whole)) == 1
    assert worker.call(lambda v: blob_intents.leftover(v.records)) == []


def test_a_document_swept_before_its_chart_commits_fails_only_that_chart(
        psy_vault: Vault, worker: SerialWorker, export: FakeExport) -> None:
    """A destruction's sweep of unnamed blobs (the worker's) may run while a chart is sealed but
    not committed: that chart is refused whole, reported, and the next run brings it in."""
    from vault_app.services import attachment_blobs

    swept: list[int] = []

    def sweep_then_commit(fn: Any, ok: Any, fail: Any) -> None:
        if getattr(fn, "func", None) is not None and not swept:  # the first chart's commit (a partial)
            swept.append(len(worker.call(attachment_blobs.sweep_orphans)))
        worker.submit(fn, ok, fail)

    def work(on_vault: Any, cancelled: Callable[[], bool], progress: Any, report: ImportReport) -> ImportReport:
        return import_simplepractice_beside(on_vault, export.root, progress=progress, cancelled=cancelled,
                                            report=report)

    job = ImportJob(work, sweep_then_commit, SOURCE)
    job.start()
    assert job.wait(120) and job.error is None
    assert swept and swept[0] > 0
    report = job.report
    assert report.charts_created == len(export.clients) - 1
    assert any("documents were removed" in i.reason for i in report.skipped)
    worker.call(_whole)
    again = worker.call(lambda v: import_simplepractice(v, export.root))
    assert again.charts_created == 1
    assert len(worker.call(_whole)) == len(export.clients)


BESIDE_KILLED = """
import os, sys
from pathlib import Path
from vault_app.services.beside_job import SerialWorker
from vault_app.services.import_beside import ImportJob
from vault_app.services.importers.simplepractice import SOURCE, import_simplepractice_beside
from vault_app.services.vault import open_vault
vault = open_vault(Path(sys.argv[1]), os.environ["VAULT_APP_PASSPHRASE"], with_psychotherapy=True)
worker = SerialWorker(vault)
job = ImportJob(lambda on_vault, cancelled, progress, report: import_simplepractice_beside(
    on_vault, Path(sys.argv[2]), progress=progress, cancelled=cancelled, report=report), worker.submit, SOURCE)
job.start()
job.wait(None)
"""


def test_a_kill_after_a_chart_is_sealed_and_before_it_commits_leaves_it_absent(
        psy_vault: Vault, vault_dir: Path, export: FakeExport) -> None:
    """The window the beside import opens: a chart's documents sealed into the blob store on the
    import's thread, its rows not committed. A kill there leaves blobs no row names, which the
    import's FULL_SWEEP intent has the next unlock scrub; the chart is absent, the rest whole."""
    import os
    import subprocess
    import sys

    from vault_app.services.fault_injection import CRASH_ENV

    psy_vault.lock()
    env = dict(os.environ, VAULT_APP_PASSPHRASE=PASSPHRASE, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
               **{CRASH_ENV: "import_chart_sealed"})
    done = subprocess.run([sys.executable, "-c", BESIDE_KILLED, str(vault_dir), str(export.root)], env=env,
                          capture_output=True, timeout=300, check=False)
    assert done.returncode == -9, done.stderr.decode()[-500:]
    assert blob_store.stored_ids(vault_dir)  # the sealed chart's documents, named by no row yet
    with open_vault(vault_dir, PASSPHRASE, with_psychotherapy=True) as vault:
        assert vault.check_integrity() == {"records": [], "ledger": [], "psychotherapy": []}
        assert _whole(vault) == {}  # killed before the first chart's commit: no chart, no blob
        assert blob_store.stale_temp_files(vault_dir) == []
        report = import_simplepractice(vault, export.root)
        assert report.charts_created == len(export.clients)
        assert len(_whole(vault)) == len(export.clients)


def test_disk_full_while_sealing_a_chart_keeps_whole_charts_and_frees_the_space(
        psy_vault: Vault, worker: SerialWorker, export: FakeExport, monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills while the import's thread seals a chart's documents (injected ENOSPC, as
    test_blob_faults.py): the import stops with DiskFull, the charts before are whole, what it
    sealed for the chart that did not fit is scrubbed at once, and the next run finishes."""
    import errno

    from vault_app.domain.errors import DiskFull

    original = blob_store._write_all
    writes = {"n": 0}

    def write_all(fd: int, data: bytes) -> None:
        writes["n"] += 1
        if writes["n"] > 30:  # past the first chart or two
            raise OSError(errno.ENOSPC, "No space left on device")
        original(fd, data)

    monkeypatch.setattr(blob_store, "_write_all", write_all)
    job = _job(worker, export.root, Gate(at=0))
    job.start()
    assert job.wait(120)
    assert isinstance(job.error, DiskFull)
    monkeypatch.setattr(blob_store, "_write_all", original)
    got = worker.call(_whole)  # no blob left that no row names, every chart whole
    assert 0 < len(got) < len(export.clients)
    assert worker.call(lambda v: blob_intents.leftover(v.records)) == []
    assert blob_store.stale_temp_files(psy_vault.folder) == []
    again = worker.call(lambda v: import_simplepractice(v, export.root))
    assert again.charts_created == len(export.clients) - len(got)
    assert len(worker.call(_whole)) == len(export.clients)


def test_the_psychotherapy_lock_during_an_import_leaves_those_notes_for_the_next_run(
        psy_vault: Vault, worker: SerialWorker, export: FakeExport) -> None:
    """The psychotherapy notes' own 2-minute lock comes while the import runs: the charts go on
    coming in whole, their psychotherapy notes are listed as skipped (locked), and a run after
    unlocking them adds exactly those."""
    from vault_app.services.importers.apply import PSYCHOTHERAPY_LOCKED

    gate = Gate(at=2)
    job = _job(worker, export.root, gate)
    job.start()
    assert gate.reached.wait(60)
    worker.call(lambda v: v.lock_psychotherapy())
    gate.release.set()
    assert job.wait(120) and job.error is None
    report = job.report
    assert report.charts_created == len(export.clients) and not report.cancelled
    locked = [i for i in report.skipped if i.reason == PSYCHOTHERAPY_LOCKED]
    assert locked and report.psychotherapy_notes > 0  # the first chart's came in before the lock
    worker.call(lambda v: v.unlock_psychotherapy(PASSPHRASE))
    again = worker.call(lambda v: import_simplepractice(v, export.root))
    assert (again.charts_created, again.progress_notes, again.documents) == (0, 0, 0)
    assert again.psychotherapy_notes == len(locked)

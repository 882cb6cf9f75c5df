"""The live vault's content search beside the worker (services/destruction_image.py): the
worker is free once the erase and the structural checks are done; the search reads the
image the erase left, held by reads of its own, so a note written meanwhile is not taken
for a residue, a residue present at that moment is found even if its file changes before
the search reads it, and a kill during the search is finished at the next unlock."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.destruction_helpers import seed_chart
from vault_app.domain.destruction import DestructionNotVerified
from vault_app.domain.errors import VaultCorrupt
from vault_app.services import destruction, destruction_beside, destruction_image, notes
from vault_app.services import destruction_verify as verify
from vault_app.services.beside_job import SerialWorker
from vault_app.services.destruction_steps import CRASH_ENV
from vault_app.services.vault import Vault
from vault_app.storage.compartment import COMPARTMENT_FILES
from vault_app.storage.destruction_hold import HeldRead


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _begin(worker: SerialWorker, chart: str) -> tuple[destruction.Carrying, destruction_beside.LiveView]:
    begun: tuple[destruction.Carrying, destruction_beside.LiveView] = worker.call(
        lambda v: destruction_beside.begin(v, chart, worker.submit, basis="retention", confirm=chart))
    # The deletion in slices and the rest of the live part (the image), as the job does first.
    destruction_beside.delete_part(begun[0], worker.submit)
    return begun


def _search_and_finish(worker: SerialWorker, begun: tuple[destruction.Carrying, destruction_beside.LiveView],
                       ) -> dict[str, object]:
    carrying, live = begun
    job = destruction_beside.PurgeJob(carrying, live)
    job.start()
    job.wait()
    if job.error is not None:
        raise job.error
    result: dict[str, object] = worker.call(lambda v: destruction_beside.finish(v, carrying))
    return result


def test_a_note_written_during_the_search_is_not_a_residue(psy_vault: Vault, vault_dir: Path) -> None:
    target = seed_chart(psy_vault, "B")
    other = seed_chart(psy_vault, "O")
    draft = notes.create_progress_note(psy_vault, other.client_id, text="Draft before.", template="free")
    worker = SerialWorker(psy_vault)
    try:
        begun = _begin(worker, target.chart_number)
        carrying = begun[0]
        assert carrying.image is not None, "the image could not be fixed: the search ran on the worker"
        # The chain is not checked yet (a failure until it is), and is checked as of the image.
        assert carrying.struct["ledger_verified"] is False and carrying.struct["rows_remaining"] == 0
        head_at_image = worker.call(lambda v: v.ledger.head().seq)
        files = [vault_dir / name for name in COMPARTMENT_FILES.values()]
        before = [_digest(p) for p in files]
        # The worker is free: the therapist pastes the destroyed chart's words into another
        # chart's draft, then types over them. The first version's pages stay in the -wal.
        worker.call(lambda v: notes.save_draft(v, draft.note_id, {"text": "Quoted: " + target.progress_texts[0]}))
        worker.call(lambda v: notes.save_draft(v, draft.note_id, {"text": "Typed over."}))
        worker.call(lambda v: notes.create_progress_note(v, other.client_id, text="Later note.", template="free"))
        assert worker.call(lambda v: v.ledger.head().seq) > head_at_image
        tried = worker.call(lambda v: tuple(v.records.raw_connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
                                            .fetchone()))
        assert Path(str(files[0]) + "-wal").stat().st_size > 0
        # No checkpoint could copy a frame into the files while the image is held.
        assert [_digest(p) for p in files] == before, tried
        # The control: searched in place now, those frames (decrypted with the file's pages,
        # one place) would be taken for a residue: the files alone hold none (below).
        control = verify.ContentScan(carrying.scan.needles)
        worker.call(lambda v: verify.scan_vault(v, control))
        assert "records.db (decrypted with the vault's key)" in set().union(*control.hits.values())
        cert = _search_and_finish(worker, begun)
    finally:
        worker.close()
    verification = cert["verification"]
    assert isinstance(verification, dict)
    assert verification["result"] == "passed", verification
    structure = verification["structural"]
    assert structure["ledger_verified"] is True and structure["ledger_entries_checked"] == head_at_image
    search = verification["content_search"]
    assert search["found"] == [] and search["files_searched_raw"] > 6 and search["pages_decrypted"] > 0
    assert notes.get_note(psy_vault, draft.note_id).sections["text"] == "Typed over."
    # No read of the image outlives the job: every -wal folds back into its file.
    assert all(comp.checkpoint() for comp in psy_vault.open_compartments())
    assert destruction.verify_destruction(psy_vault, str(cert["certificate_id"]))["ok"]


def test_a_residue_present_at_the_image_is_found_though_its_file_changes_after(psy_vault: Vault,
                                                                                vault_dir: Path) -> None:
    target = seed_chart(psy_vault, "R")
    stray = vault_dir / "stray-export.txt"
    stray.write_text(f"left by a tool: {target.names[0]}")
    worker = SerialWorker(psy_vault)
    try:
        begun = _begin(worker, target.chart_number)
        assert begun[0].image is not None
        stray.write_text("rewritten since")  # after the image: its bytes then are what counts
        with pytest.raises(DestructionNotVerified):
            _search_and_finish(worker, begun)
    finally:
        worker.close()
    [failed] = psy_vault.ledger.entries(kinds=(destruction.FAILED,))
    assert failed.payload["found_in"] == ["stray-export.txt (raw bytes)"]


def test_a_compartment_file_put_back_during_the_search_is_refused(psy_vault: Vault, vault_dir: Path) -> None:
    """The search reads the files by path; the held reads keep the ones the erase left. An
    older copy put in a file's place meanwhile is not vouched for: the job stops, no
    certificate, and the destruction stays to be finished at the next unlock."""
    target = seed_chart(psy_vault, "M")
    worker = SerialWorker(psy_vault)
    records = vault_dir / COMPARTMENT_FILES["records"]
    try:
        begun = _begin(worker, target.chart_number)
        assert begun[0].image is not None
        copy = vault_dir.parent / "records-older.db"
        shutil.copyfile(records, copy)
        os.replace(copy, records)  # the same bytes, another file
        with pytest.raises(VaultCorrupt, match=r"records\.db was replaced"):
            _search_and_finish(worker, begun)
    finally:
        worker.close()
    assert not psy_vault.ledger.entries(kinds=(destruction.COMPLETED,))
    assert [d["state"] for d in destruction.list_destructions(psy_vault)] == [
        "interrupted (finishes at the next unlock)"]


def test_a_reader_in_the_way_leaves_the_search_on_the_worker(psy_vault: Vault, vault_dir: Path) -> None:
    """Another connection reading the ledger mid-journal: its -wal cannot be emptied, so no
    image is fixed and the search runs in place, as before; the certificate is the same."""
    target = seed_chart(psy_vault, "W")
    ledger = vault_dir / COMPARTMENT_FILES["ledger"]
    assert Path(str(ledger) + "-wal").stat().st_size > 0
    outside = HeldRead.begin("ledger", ledger, psy_vault.compartment_key("ledger"))
    worker = SerialWorker(psy_vault)
    try:
        # SQLITE_BUSY at the hold's checkpoint at once rather than after the connection's 5 s
        # busy timeout: the same answer from SQLite, the same path in the app, without the wait.
        worker.call(lambda v: [comp.raw_connection.execute("PRAGMA busy_timeout = 0")
                               for comp in v.open_compartments()])
        begun = _begin(worker, target.chart_number)
        assert begun[0].image is None
        outside.close()
        cert = _search_and_finish(worker, begun)
    finally:
        outside.close()
        worker.close()
    verification = cert["verification"]
    assert isinstance(verification, dict) and verification["result"] == "passed"


def test_small_files_beyond_the_limit_leave_the_search_on_the_worker(psy_vault: Vault,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    target = seed_chart(psy_vault, "L")
    monkeypatch.setattr(destruction_image, "MEMORY_LIMIT", 16)
    worker = SerialWorker(psy_vault)
    try:
        begun = _begin(worker, target.chart_number)
        assert begun[0].image is None
        # The holder let go: the -wal files fold back into their files.
        assert worker.call(lambda v: all(comp.checkpoint() for comp in v.open_compartments()))
        cert = _search_and_finish(worker, begun)
    finally:
        worker.close()
    verification = cert["verification"]
    assert isinstance(verification, dict) and verification["result"] == "passed"


# The app's destruction with the search (and the rekey) beside, in a process the crash
# point kills: argv folder, chart, draft note, the phase at whose beginning the autosave
# lands on the job's thread (the image held), and the text it saves.
CHILD = """
import os, sys, threading
from pathlib import Path
from vault_app.services import destruction_beside, notes
from vault_app.services.beside_job import SerialWorker
from vault_app.services.vault import open_vault
folder, chart, draft, phase, text = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
vault = open_vault(folder, os.environ["VAULT_APP_PASSPHRASE"], with_psychotherapy=True)
worker = SerialWorker(vault)

def autosave_on_the_job(step):
    # On the job's thread, the image held: an autosave lands, then the crash point kills.
    if step.phase == phase and threading.current_thread().name == "vault-destruction-purge":
        worker.call(lambda v: notes.save_draft(v, draft, {"text": text}))
        print("saved", flush=True)

destruction_beside.destroy_beside(worker.call, worker.submit, chart, basis="override", confirm=chart,
                                  override_reason="fault-injection test of an interrupted destruction",
                                  progress=autosave_on_the_job)
"""


def killed_at(point: str, vault_dir: Path, chart_number: str, draft_id: str, phase: str, text: str) -> None:
    """CHILD run until the crash point `point` kills it, having saved `text` first."""
    env = dict(os.environ, VAULT_APP_PASSPHRASE=PASSPHRASE, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env[CRASH_ENV] = point
    done = subprocess.run([sys.executable, "-c", CHILD, str(vault_dir), chart_number, draft_id, phase, text],
                          env=env, capture_output=True, timeout=300, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode(errors="replace")[-2000:]
    assert done.stdout.decode().split() == ["saved"]


def finished_after_the_kill(vault: Vault, draft_id: str, text: str) -> None:
    """The unlock's hook finished the one destruction, verified, marked resumed; the draft
    saved before the kill says `text`."""
    [row] = destruction.list_destructions(vault)
    assert row["state"] == "completed", row
    cert = destruction.completed_entry(vault, row["certificate_id"]).payload["certificate"]
    assert cert["method"]["resumed_after_interruption"] is True
    assert cert["verification"]["result"] == "passed"
    assert destruction.verify_destruction(vault, row["certificate_id"])["ok"]
    assert notes.get_note(vault, draft_id).sections["text"] == text


@pytest.mark.slow
def test_a_kill_during_the_search_beside_is_finished_at_the_next_unlock(psy_vault: Vault, vault_dir: Path) -> None:
    target = seed_chart(psy_vault, "K")
    other = seed_chart(psy_vault, "P")
    draft = notes.create_progress_note(psy_vault, other.client_id, text="Draft before.", template="free")
    psy_vault.lock()
    killed_at("searching", vault_dir, target.chart_number, draft.note_id, "search", "Typed during the search.")
    with reopen(vault_dir, psychotherapy=True) as vault:  # the unlock's hook resumes and finishes
        # The autosave made during the search was committed before the kill and is kept.
        finished_after_the_kill(vault, draft.note_id, "Typed during the search.")

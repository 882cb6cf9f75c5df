"""The live vault's deletion in slices beside the worker (eleventh round): the chart's rows
deleted a slice at a time, each slice one short operation on the vault's worker handed over
from the destruction's own thread; other work runs between slices; a write into the chart
being destroyed is refused meanwhile (never a row the deletion already passed); a kill
between slices is finished at the next unlock and leaves no trace of the chart."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.destruction_helpers import (
    SeededChart,
    assert_finished_at_reopen,
    decrypted_hits,
    raw_hits,
    seed_chart,
    vault_keys,
)
from tests.core.test_destruction_search_beside import finished_after_the_kill
from tests.core.test_faults_diskfull import _fill, small_filesystem
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import DiskFull, NotFound, RefusedByPolicy, VaultError
from vault_app.services import (
    clients,
    destruction,
    destruction_beside,
    destruction_steps,
    notes,
    psychotherapy_notes,
)
from vault_app.services.beside_job import SerialWorker
from vault_app.services.destruction_steps import CRASH_ENV
from vault_app.services.vault import Vault, create_vault
from vault_app.storage import destruction_delete

Between = Callable[[Vault, int], None]


def _one_row_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every slice one row: many slices even for a small chart (no clock involved)."""
    monkeypatch.setattr(destruction_steps, "FIRST_BATCH", 1)
    monkeypatch.setattr(destruction_steps, "MAX_BATCH", 1)


def _destroy(vault: Vault, chart: SeededChart, between: Between, monkeypatch: pytest.MonkeyPatch,
             **options: Any) -> tuple[dict[str, Any], list[str]]:
    """The app's way (destruction_beside), `between(vault, k)` run on the worker as its own
    operation after slice k (submitted from inside the slice, so it is queued ahead of the
    next slice, which the job's thread hands over only once this one has returned)."""
    worker = SerialWorker(vault)
    order: list[str] = []
    real = destruction_steps.delete_next

    def slice_then_queue(s: destruction_steps.Slicing, log: destruction_steps.StepLog) -> bool:
        more = real(s, log)
        k = len([o for o in order if o == "slice"])
        order.append("slice")

        def other_work(v: Vault) -> None:
            order.append("between")
            between(v, k)

        worker.submit(other_work, lambda _r: None, lambda exc: order.append(f"failed {type(exc).__name__}"))
        return more

    monkeypatch.setattr(destruction_steps, "delete_next", slice_then_queue)
    try:
        cert: dict[str, Any] = destruction_beside.destroy_beside(
            worker.call, worker.submit, chart.chart_number, basis="override", confirm=chart.chart_number,
            override_reason="test of the deletion in slices", **options)
    finally:
        worker.close()
    return cert, order


def _deleted_steps(cert: dict[str, Any]) -> list[dict[str, Any]]:
    return [s for s in cert["method"]["steps"] if s["step"] == "delete"]


def test_other_work_runs_between_the_slices_and_nothing_of_the_chart_is_left(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _one_row_slices(monkeypatch)
    target = seed_chart(psy_vault, "S", progress=4, psychotherapy=3)
    other = seed_chart(psy_vault, "O")
    draft = notes.create_progress_note(psy_vault, other.client_id, text="Draft before.", template="free")

    def autosave(v: Vault, k: int) -> None:
        notes.save_draft(v, draft.note_id, {"text": f"Typed after slice {k}."})

    cert, order = _destroy(psy_vault, target, autosave, monkeypatch)
    assert cert["verification"]["result"] == "passed"
    slices = order.count("slice")
    # One row per slice: every row of the chart (sessions, notes, their index rows, ...) its own.
    assert slices > 20
    # Every slice but the last was followed by the other work before the next slice ran.
    assert order[: 2 * (slices - 1)] == ["slice", "between"] * (slices - 1)
    assert not [o for o in order if o.startswith("failed")]
    done = _deleted_steps(cert)
    assert [s["compartment"] for s in done] == ["records", "psychotherapy"]
    assert all(re.search(r"in \d+ short transactions? beside the vault's work", s["detail"]) for s in done)
    assert notes.get_note(psy_vault, draft.note_id).sections["text"] == f"Typed after slice {slices - 1}."
    assert destruction.verify_destruction(psy_vault, cert["certificate_id"])["ok"]
    keys = vault_keys(psy_vault)
    psy_vault.lock()
    assert raw_hits(vault_dir, target.needles()) == []
    assert decrypted_hits(vault_dir, keys, target.needles(), tmp_path / "w") == []


def test_a_write_into_the_chart_between_slices_is_refused(psy_vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    _one_row_slices(monkeypatch)
    target = seed_chart(psy_vault, "W", progress=3, psychotherapy=2)
    other = seed_chart(psy_vault, "X")
    [first, *_] = notes.list_notes(psy_vault, target.client_id)
    outcomes: dict[str, str] = {}

    def attempt(name: str, write: Callable[[], object]) -> None:
        try:
            write()
            outcomes[name] = "written"
        except RefusedByPolicy as err:
            assert "being destroyed" in err.message
            outcomes[name] = "refused"
        except NotFound:  # the row this write needed is gone already: impossible, as good
            outcomes[name] = "gone"

    def writes(v: Vault, k: int) -> None:
        if k != 2:
            return
        attempt("new note", lambda: notes.create_progress_note(v, target.client_id, text="Late note.",
                                                              template="free"))
        attempt("draft", lambda: notes.save_draft(v, first.note_id, {"text": "Late draft."}))
        attempt("psychotherapy", lambda: psychotherapy_notes.create_psychotherapy_note(
            v, target.client_id, "Late process note."))
        attempt("other chart", lambda: notes.create_progress_note(v, other.client_id, text="Elsewhere.",
                                                                 template="free"))
        attempt("open", lambda: clients.read_chart(v, target.client_id))
        attempt("open other", lambda: clients.read_chart(v, other.client_id))

    cert, _order = _destroy(psy_vault, target, writes, monkeypatch)
    assert outcomes["new note"] == "refused" and outcomes["psychotherapy"] == "refused"
    assert outcomes["draft"] in ("refused", "gone")
    assert outcomes["other chart"] == "written"
    # Never shown half deleted: the chart's screen clears as it does once the chart is gone.
    assert outcomes["open"] == "gone" and outcomes["open other"] == "written"
    assert cert["verification"]["result"] == "passed"
    assert cert["verification"]["structural"]["rows_remaining"] == 0
    assert "Elsewhere." in {notes.get_note(psy_vault, n.note_id).sections["text"]
                            for n in notes.list_notes(psy_vault, other.client_id)}


def test_selected_psychotherapy_notes_in_slices_close_only_those_notes(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _one_row_slices(monkeypatch)
    chart = seed_chart(psy_vault, "N", psychotherapy=3)
    doomed, kept = chart.psychotherapy_note_ids[:2], chart.psychotherapy_note_ids[2]
    outcomes: dict[str, str] = {}

    def writes(v: Vault, k: int) -> None:
        if k != 0:
            return
        for name, note_id in (("doomed", doomed[1]), ("kept", kept)):
            try:
                psychotherapy_notes.save_psychotherapy_draft(v, note_id, f"Typed into the {name} note.")
                outcomes[name] = "written"
            except VaultError as err:
                outcomes[name] = type(err).__name__

    cert, order = _destroy(psy_vault, chart, writes, monkeypatch, note_ids=doomed)
    assert outcomes == {"doomed": "RefusedByPolicy", "kept": "written"}
    assert order.count("slice") >= 2
    assert cert["verification"]["result"] == "passed"
    assert [s["compartment"] for s in _deleted_steps(cert)] == ["psychotherapy"]
    keys = vault_keys(psy_vault)
    psy_vault.lock()
    gone = {k: v for k, v in chart.needles().items() if k.startswith(("psychotherapy0", "psychotherapy1"))}
    assert decrypted_hits(vault_dir, keys, gone, tmp_path / "w") == []
    with reopen(vault_dir, psychotherapy=True) as vault:
        assert psychotherapy_notes.get_psychotherapy_note(vault, kept).body == "Typed into the kept note."


def test_the_command_line_deletes_with_the_same_function_in_one_go(psy_vault: Vault,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """No worker there: one slice per table (limit None), the same statements."""
    chart = seed_chart(psy_vault, "C", progress=3)
    limits: list[int | None] = []
    real = destruction_delete.delete_slice

    def counted(comp: Any, d: destruction_delete.Deletion, limit: int | None = None) -> int:
        limits.append(limit)
        return real(comp, d, limit)

    monkeypatch.setattr(destruction_delete, "delete_slice", counted)
    cert = destruction.destroy(psy_vault, chart.chart_number, basis="retention", confirm=chart.chart_number)
    assert cert["verification"]["result"] == "passed"
    assert limits and set(limits) == {None}


# The app's destruction beside, in a process the crash point kills between two slices: argv
# folder, chart, draft note, text. One row per slice; the draft is saved first.
CHILD = """
import os, sys
from pathlib import Path
from vault_app.services import destruction_beside, destruction_steps, notes
from vault_app.services.beside_job import SerialWorker
from vault_app.services.vault import open_vault
folder, chart, draft, text = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
destruction_steps.FIRST_BATCH = destruction_steps.MAX_BATCH = 1
vault = open_vault(folder, os.environ["VAULT_APP_PASSPHRASE"], with_psychotherapy=True)
worker = SerialWorker(vault)
worker.call(lambda v: notes.save_draft(v, draft, {"text": text}))
print("saved", flush=True)
destruction_beside.destroy_beside(worker.call, worker.submit, chart, basis="override", confirm=chart,
                                  override_reason="fault-injection test of an interrupted destruction")
"""


@pytest.mark.slow
@pytest.mark.parametrize("point", ["sliced:records:1", "sliced:records:9", "deleted:records",
                                   "sliced:psychotherapy:2"])
def test_a_kill_between_slices_is_finished_at_the_next_unlock(point: str, psy_vault: Vault, vault_dir: Path,
                                                              tmp_path: Path) -> None:
    target = seed_chart(psy_vault, "K", progress=3, psychotherapy=3)
    other = seed_chart(psy_vault, "P")
    draft = notes.create_progress_note(psy_vault, other.client_id, text="Draft before.", template="free")
    psy_vault.lock()
    env = dict(os.environ, VAULT_APP_PASSPHRASE=PASSPHRASE, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env[CRASH_ENV] = point
    done = subprocess.run([sys.executable, "-c", CHILD, str(vault_dir), target.chart_number, draft.note_id,
                           "Typed before the kill."], env=env, capture_output=True, timeout=300, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode(errors="replace")[-2000:]
    assert done.stdout.decode().split() == ["saved"]
    with reopen(vault_dir, psychotherapy=True) as vault:  # the unlock's hook resumes and finishes
        finished_after_the_kill(vault, draft.note_id, "Typed before the kill.")
        keys = vault_keys(vault)
    assert raw_hits(vault_dir, target.needles()) == []
    assert decrypted_hits(vault_dir, keys, target.needles(), tmp_path / "w") == []


def test_the_search_file_follows_the_slices(psy_vault: Vault) -> None:
    """The full-text index is in the search file (storage/search_index.py), kept by the
    connection's triggers: the slices delete the rows, and each deletion takes the row's words
    out of the index in the same transaction."""
    target = seed_chart(psy_vault, "R")
    other = seed_chart(psy_vault, "Q")
    for i in range(3 * destruction_delete.RANGE_PER_ROW):
        notes.create_progress_note(psy_vault, other.client_id, text=f"Note {i} of another chart.", template="free")
    d = destruction_delete.Deletion(target.client_id)
    tables: list[str] = []
    while not d.done:
        before = d.index
        destruction_delete.delete_slice(psy_vault.records, d, 1)
        assert d.parts is not None
        tables.append(d.parts[before].table)
    assert not [t for t in tables if t.endswith("_fts")]
    assert tables.count("progress_notes") == 3  # two rows, then the slice that finds none
    left = psy_vault.records.scalar("SELECT count(*) FROM search.progress_notes_fts WHERE client_id = ?",
                                    (target.client_id,))
    assert left == 0
    assert psy_vault.records.scalar("SELECT count(*) FROM search.progress_notes_fts") == 2 + 3 * (
        destruction_delete.RANGE_PER_ROW)
    assert destruction_delete.count_references(psy_vault.records, target.client_id) == {}
    assert len(notes.list_notes(psy_vault, other.client_id)) == 2 + 3 * destruction_delete.RANGE_PER_ROW


def test_a_disk_filled_between_slices_leaves_the_destruction_to_the_next_unlock(
        tmp_path: Path, kdf_params: KdfParams, monkeypatch: pytest.MonkeyPatch) -> None:
    """A real small tmpfs filled after the second slice: the next slice's commit fails with
    DiskFull, the job stops, the vault keeps every save,
    and once space is freed the next unlock finishes it: no trace of the chart."""
    _one_row_slices(monkeypatch)
    with small_filesystem(tmp_path / "disk", "24m") as disk:
        folder = disk / "vault"
        vault = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False).vault
        vault.unlock_psychotherapy(PASSPHRASE)
        target = seed_chart(vault, "F", progress=3, psychotherapy=2)
        other = seed_chart(vault, "G")
        for i in range(150):
            notes.create_progress_note(vault, other.client_id, text=f"Filler {i}. " + "Some words. " * 250,
                                       template="free")
        draft = notes.create_progress_note(vault, other.client_id, text="Draft before.", template="free")
        filler: list[Path] = []

        def fill_the_disk(v: Vault, k: int) -> None:
            if k == 1:
                notes.save_draft(v, draft.note_id, {"text": "Typed before the disk filled."})
                filler.append(_fill(disk, 4 * 1024))

        with pytest.raises(DiskFull):
            _destroy(vault, target, fill_the_disk, monkeypatch)
        filler[0].unlink()
        vault.lock()
        assert_finished_at_reopen(folder, target, draft.note_id, "Typed before the disk filled.")


def test_every_chart_table_is_deleted_before_the_tables_it_references(psy_vault: Vault) -> None:
    """Each table's slices commit on their own, with the references checked at each COMMIT:
    that holds only while the chart's tables reference each other without a cycle and a
    child's rows go before its parent's. A schema change that adds a cycle fails here, not
    in a therapist's destruction."""
    with psy_vault.psychotherapy_for_maintenance("test: the deletion's table order") as psy:
        for comp in (psy_vault.records, psy):
            order = [t.name for t in destruction_delete.chart_tables(comp) if not t.virtual]
            assert order, "no chart table found"
            position = {name: i for i, name in enumerate(order)}
            edges = 0
            for child in order:
                for fk in comp.query(f'PRAGMA main.foreign_key_list("{child}")'):
                    parent = str(fk["table"])
                    if parent in position and parent != child:
                        edges += 1
                        assert position[child] < position[parent], (child, parent)
            assert comp is psy or edges > 0, "the records compartment's chart tables reference each other"

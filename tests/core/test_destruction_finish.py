"""The destruction's finish off the worker (issue 21 item 1, twelfth round): the search's hits
are explained beside, against the image the search read (destruction_image.LiveImage.explain,
destruction_beside.explain_rest), so the finish on the vault's worker reads no other chart's
rows, the ledger's payloads nor the compliance records. A string other charts share is still
explained; a residue present at the image still fails, even when the therapist types the
same string into another chart before the finish (the live rows would hide it)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.core.destruction_helpers import seed_chart
from vault_app.domain.destruction import DestructionNotVerified
from vault_app.services import clients, destruction, destruction_beside, notes
from vault_app.services import destruction_explain as explaining
from vault_app.services import destruction_verify as verify
from vault_app.services.beside_job import SerialWorker
from vault_app.services.vault import Vault
from vault_app.storage import compliance_store
from vault_app.storage import destruction_delete as deletion
from vault_app.storage.compartment import Compartment
from vault_app.storage.ledger_store import LedgerStore


class Reads:
    """Every read that explains hits (the other charts' rows, the compliance records, the
    ledger's payloads), by the thread it ran on."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.threads: list[tuple[str, int]] = []
        rows, kept, runs = deletion.chart_contents, compliance_store.contents, LedgerStore.payload_runs

        def chart_contents(comp: Compartment, *, generated: bool = False) -> Iterator[bytes]:
            self.threads.append(("rows", threading.get_ident()))
            return rows(comp, generated=generated)

        def contents(db: Compartment) -> Iterator[bytes]:
            self.threads.append(("compliance", threading.get_ident()))
            return kept(db)

        def payload_runs(store: LedgerStore, first: int = 1, rows: int = 4096,
                         through: int | None = None) -> Iterator[bytes]:
            self.threads.append(("ledger", threading.get_ident()))
            return runs(store, first, rows, through)

        monkeypatch.setattr(deletion, "chart_contents", chart_contents)
        monkeypatch.setattr(compliance_store, "contents", contents)
        monkeypatch.setattr(LedgerStore, "payload_runs", payload_runs)

    def on(self, ident: int) -> list[str]:
        return [what for what, thread in self.threads if thread == ident]


def _begin(worker: SerialWorker, chart: str, **options: Any) -> tuple[destruction.Carrying,
                                                                     destruction_beside.LiveView]:
    begun: tuple[destruction.Carrying, destruction_beside.LiveView] = worker.call(
        lambda v: destruction_beside.begin(v, chart, worker.submit, basis="retention", confirm=chart, **options))
    destruction_beside.delete_part(begun[0], worker.submit)  # the job's first part: the image is taken
    assert begun[0].image is not None, "no image: the search ran on the worker"
    return begun


def _job(begun: tuple[destruction.Carrying, destruction_beside.LiveView]) -> None:
    job = destruction_beside.PurgeJob(*begun)
    job.start()
    job.wait()
    if job.error is not None:
        raise job.error


def _purged(worker: SerialWorker, chart: str, **options: Any) -> destruction.Carrying:
    """The destruction begun and its job (search, backups, explanation) run to its end:
    what the finish on the worker is handed."""
    begun = _begin(worker, chart, **options)
    _job(begun)
    return begun[0]


def _shared_address(vault: Vault, *client_ids: str) -> str:
    address = "31 Alder Lane, Ogdenville"
    for client_id in client_ids:
        clients.update_client(vault, client_id, contact={"safe_address": address})
    return address


def test_the_finish_on_the_worker_reads_no_other_chart(psy_vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    target = seed_chart(psy_vault, "F")
    twin = seed_chart(psy_vault, "T")
    address = _shared_address(psy_vault, target.client_id, twin.client_id)
    reads = Reads(monkeypatch)
    worker = SerialWorker(psy_vault)
    try:
        on_worker = worker.call(lambda _v: threading.get_ident())
        carrying = _purged(worker, target.chart_number)
        explained = carrying.explained
        assert explained is not None and explained.looked_at == set(carrying.scan.hits)
        before_finish = len(reads.threads)
        cert = worker.call(lambda v: destruction_beside.finish(v, carrying))
    finally:
        worker.close()
    # No read that explains a hit ran on the worker, in the finish or before it; the rows
    # were read once, beside (on the image's own thread).
    assert reads.on(on_worker) == []
    assert len(reads.threads) == before_finish
    assert "rows" in [what for what, _thread in reads.threads]
    verification = cert["verification"]
    assert verification["result"] == "passed", verification
    content = verification["content_search"]
    # The shared address was a hit, explained by the other chart's rows: no failure.
    index = next(i for i, n in enumerate(carrying.scan.needles.needles) if n.data == address.encode())
    assert index in carrying.scan.hits and index in explained.shared
    assert content["found"] == [] and content["strings_also_in_other_charts"] >= 1
    assert clients.get_client(psy_vault, twin.client_id).contact.safe_address == address


def test_the_same_verdict_as_when_the_finish_explains_the_hits(psy_vault: Vault) -> None:
    """Beside or at the finish (the way before), the counts and the verdict are the same."""
    results = []
    for beside in (True, False):
        target = seed_chart(psy_vault, "S" if beside else "W")
        twin = seed_chart(psy_vault, "U" if beside else "V")
        _shared_address(psy_vault, target.client_id, twin.client_id)
        worker = SerialWorker(psy_vault)
        try:
            begun = _begin(worker, target.chart_number, explain_beside=beside)
            _job(begun)
            assert (begun[0].explained is not None) is beside
            cert = worker.call(lambda v, c=begun[0]: destruction_beside.finish(v, c))
        finally:
            worker.close()
        content = dict(cert["verification"]["content_search"])
        results.append({k: v for k, v in content.items() if k in (
            "found", "strings_also_in_other_charts", "short_values_kept_in_ledger_entries",
            "values_kept_in_compliance_records")})
    assert results[0] == results[1] and results[0]["found"] == []
    assert results[0]["strings_also_in_other_charts"] >= 1


def _stray_residue(vault: Vault, text: str) -> None:
    """A residue the deletion did not reach: the chart's name in a table of no chart."""
    conn = vault.records.raw_connection
    conn.execute("CREATE TABLE stray_import (line TEXT)")
    conn.execute("INSERT INTO stray_import VALUES (?)", (f"imported: {text}",))
    conn.commit()


def test_a_residue_is_not_hidden_by_the_same_string_typed_into_another_chart_after(
        psy_vault: Vault, vault_dir: Path) -> None:
    target = seed_chart(psy_vault, "R")
    other = seed_chart(psy_vault, "O")
    name = target.names[0]
    _stray_residue(psy_vault, name)
    worker = SerialWorker(psy_vault)
    try:
        begun = _begin(worker, target.chart_number)
        # After the image, before the finish: the therapist types the name into another chart.
        worker.call(lambda v: notes.create_progress_note(v, other.client_id, text=f"Referred by {name}.",
                                                         template="free"))
        _job(begun)
        carrying = begun[0]
        index = next(i for i, n in enumerate(carrying.scan.needles.needles) if n.data == name.encode())
        assert "records.db (decrypted with the vault's key)" in carrying.scan.hits[index]
        # The control: explained in the live rows, as the finish did, the name typed since would hide it.
        control = worker.call(lambda v: verify.content_result(v, carrying.scan, captured_all=True))
        assert control["found"] == []
        with pytest.raises(DestructionNotVerified) as caught:
            worker.call(lambda v: destruction_beside.finish(v, carrying))
    finally:
        worker.close()
    # Said on the Destructions window by its code (refusal_words_files), in the screen's language.
    assert caught.value.code == "destruction.not_verified"
    [failed] = psy_vault.ledger.entries(kinds=(destruction.FAILED,))
    assert failed.payload["found_in"] == ["records.db (decrypted with the vault's key)"]


def test_a_string_typed_into_another_chart_after_the_image_does_not_fail(psy_vault: Vault) -> None:
    target = seed_chart(psy_vault, "N")
    other = seed_chart(psy_vault, "P")
    worker = SerialWorker(psy_vault)
    try:
        begun = _begin(worker, target.chart_number)
        worker.call(lambda v: notes.create_progress_note(v, other.client_id, text=target.progress_texts[0],
                                                         template="free"))
        _job(begun)
        cert = worker.call(lambda v: destruction_beside.finish(v, begun[0]))
    finally:
        worker.close()
    assert cert["verification"]["result"] == "passed"
    assert cert["verification"]["content_search"]["found"] == []


def test_a_later_hit_is_explained_by_the_rows_of_the_image_and_the_ledger_on_the_worker(
        psy_vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    """A hit only a backup holds (set here by hand: the purge leaves none) is explained after
    the purge with what the image's rows held; only a short value in none of them is looked
    for in the ledger, handed to the worker. A name the therapist typed into another chart
    since does not explain it."""
    target = seed_chart(psy_vault, "L")
    other = seed_chart(psy_vault, "K")
    short_value = "9 Quince Court, Capital City"  # a whole short text: one the ledger could keep
    clients.update_client(psy_vault, target.client_id, contact={"safe_address": short_value})
    worker = SerialWorker(psy_vault)
    try:
        on_worker = worker.call(lambda _v: threading.get_ident())
        carrying = _purged(worker, target.chart_number)
        assert carrying.explained is not None
        needles = carrying.scan.needles.needles
        name = target.names[0]
        worker.call(lambda v: notes.create_progress_note(v, other.client_id, text=f"Met {name}.", template="free"))
        missed = next(i for i, n in enumerate(needles) if n.data == name.encode())
        short = next(i for i, n in enumerate(needles) if n.data == short_value.encode())
        assert needles[short].whole and needles[short].kind == "text"
        assert missed not in carrying.scan.hits and short not in carrying.scan.hits
        for index in (missed, short):
            carrying.scan.hits[index] = {"backup b1 records.db (decrypted with the vault's key)"}
        reads = Reads(monkeypatch)
        destruction_beside.explain_rest(carrying, worker.submit)
        assert reads.on(on_worker) == ["ledger"]
        assert {missed, short} <= carrying.explained.looked_at
        assert not carrying.explained.explains(missed) and not carrying.explained.explains(short)
        with pytest.raises(DestructionNotVerified):
            worker.call(lambda v: destruction_beside.finish(v, carrying))
        assert reads.on(on_worker) == ["ledger"]
    finally:
        worker.close()
    [failed] = psy_vault.ledger.entries(kinds=(destruction.FAILED,))
    assert failed.payload["found_in"] == ["backup b1 records.db (decrypted with the vault's key)"]


def test_a_ledger_entry_appended_after_the_image_does_not_explain_a_backup_only_hit(psy_vault: Vault) -> None:
    """A short value only a backup still holds is looked for in the ledger's entries up to
    the image's last one: an entry appended during the purge that names the same value (a
    disclosure recorded meanwhile, say) is not in what the backup's residue could come from,
    and must not hide it."""
    target = seed_chart(psy_vault, "L")
    short_value = "14 Medlar Row, Shelbyville"
    clients.update_client(psy_vault, target.client_id, contact={"safe_address": short_value})
    worker = SerialWorker(psy_vault)
    try:
        carrying = _purged(worker, target.chart_number)
        assert carrying.explained is not None and carrying.explained.ledger_through is not None
        needles = carrying.scan.needles
        short = next(i for i, n in enumerate(needles.needles) if n.data == short_value.encode())
        assert short not in carrying.scan.hits
        carrying.scan.hits[short] = {"backup b1 records.db (decrypted with the vault's key)"}
        worker.call(lambda v: v.ledger.append("test.later_entry", {"recipient": short_value}))
        # The control: the live ledger as it is now holds the value, the image's entries do not.
        through = carrying.explained.ledger_through
        assert short in worker.call(lambda v: explaining.in_ledger(v, needles))
        assert short not in worker.call(lambda v: explaining.in_ledger(v, needles, through))
        destruction_beside.explain_rest(carrying, worker.submit)
        assert short in carrying.explained.looked_at and not carrying.explained.explains(short)
        with pytest.raises(DestructionNotVerified):
            worker.call(lambda v: destruction_beside.finish(v, carrying))
    finally:
        worker.close()
    [failed] = psy_vault.ledger.entries(kinds=(destruction.FAILED,))
    assert failed.payload["found_in"] == ["backup b1 records.db (decrypted with the vault's key)"]

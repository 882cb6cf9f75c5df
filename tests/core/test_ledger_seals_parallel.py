"""The seals checked side by side (issue 21, item 5): with a second thread on a connection
of its own, the full audit gives exactly the report of the one-thread check, on an honest
ledger and on every kind of tampering; and a seal is never failed by the cheap read in
the table's order alone, only by the canonical (ordered) frame."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import reopen
from tests.core.test_ledger_seals import SEG, _raw, small_segments  # noqa: F401 (fixture)
from vault_app.services.ledger import VerifyReport
from vault_app.services.vault import Vault
from vault_app.storage.compartment import Compartment
from vault_app.storage.ledger_store import LedgerStore, SegmentBytes

ENTRIES = 9 * SEG + 5  # 9 sealed segments and a tail


def _sealed_vault(vault: Vault) -> Path:
    """Entries naming charts (so the chart-history index has rows in every segment), then
    the first audit, which seals them."""
    for i in range(ENTRIES):
        vault.ledger.append("test.filler", {"client_id": f"chart-{i % 3}", "i": i})
    assert vault.verify_ledger().ok
    assert len(vault.ledger.store.seals()) == 10
    folder = vault.folder
    vault.lock()
    return folder


def _report(vault: Vault, threads: int) -> VerifyReport:
    vault.ledger.seal_threads = threads
    return vault.ledger.verify_full(vault.header.ledger_anchor, check_index=True, seal=False)


def _same_both_ways(folder: Path, monkeypatch: pytest.MonkeyPatch) -> VerifyReport:
    opened: list[Compartment] = []
    real_reader = Compartment.reader

    def counting(self: Compartment) -> Compartment | None:
        made = real_reader(self)
        if made is not None:
            opened.append(made)
        return made

    monkeypatch.setattr(Compartment, "reader", counting)
    with reopen(folder) as vault:  # both checks on the same open vault: nothing appended between
        serial = _report(vault, threads=1)
        assert opened == []
        parallel = _report(vault, threads=2)
    assert len(opened) == 1  # the second thread read through a connection of its own
    assert (parallel.ok, parallel.problems, parallel.entries_checked, parallel.head_seq) == (
        serial.ok, serial.problems, serial.entries_checked, serial.head_seq)
    return parallel


def test_an_honest_ledger_gives_the_same_report(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _sealed_vault(vault)
    report = _same_both_ways(folder, monkeypatch)
    assert report.ok and report.entries_checked == report.head_seq


@pytest.mark.parametrize("change", [
    "entry_payload", "two_entries_in_both_shares", "entry_deleted", "seal_altered", "seal_deleted",
    "seals_swapped", "index_row_deleted", "index_row_repointed",
])
def test_a_tampered_ledger_gives_the_same_report(vault: Vault, monkeypatch: pytest.MonkeyPatch,
                                                 change: str) -> None:
    folder = _sealed_vault(vault)
    comp = _raw(folder)
    if change == "entry_payload":
        comp.execute("UPDATE ledger SET payload = ? WHERE seq = ?", (b'{"i":999}', 3 * SEG + 2))
    elif change == "two_entries_in_both_shares":  # segments 2 and 3: one in each thread's share
        comp.execute("UPDATE ledger SET payload = ? WHERE seq = ?", (b'{"i":998}', SEG + 4))
        comp.execute("UPDATE ledger SET payload = ? WHERE seq = ?", (b'{"i":997}', 2 * SEG + 7))
    elif change == "entry_deleted":
        comp.execute("DELETE FROM ledger WHERE seq = ?", (5 * SEG + 1,))
    elif change == "seal_altered":
        comp.execute("UPDATE ledger_seal SET seal = ? WHERE segment = 4", (b"\x03" * 32,))
    elif change == "seal_deleted":
        comp.execute("DELETE FROM ledger_seal WHERE segment = 6")
    elif change == "seals_swapped":
        a = comp.query_one("SELECT seal FROM ledger_seal WHERE segment = 2")[0]
        b = comp.query_one("SELECT seal FROM ledger_seal WHERE segment = 5")[0]
        comp.execute("UPDATE ledger_seal SET seal = ? WHERE segment = 2", (b,))
        comp.execute("UPDATE ledger_seal SET seal = ? WHERE segment = 5", (a,))
    elif change == "index_row_deleted":
        comp.execute("DROP TRIGGER IF EXISTS ledger_subject_no_delete")
        comp.execute("DELETE FROM ledger_subject WHERE seq = (SELECT min(seq) FROM ledger_subject WHERE seq > ?)",
                     (2 * SEG,))
    else:
        comp.execute("INSERT INTO ledger_client (client_id) VALUES ('someone-else')")
        comp.execute("DROP TRIGGER IF EXISTS ledger_subject_no_update")
        comp.execute("UPDATE ledger_subject SET client = (SELECT max(id) FROM ledger_client)"
                     " WHERE seq = (SELECT min(seq) FROM ledger_subject WHERE seq > ?)", (4 * SEG,))
    comp.close()
    report = _same_both_ways(folder, monkeypatch)
    assert not report.ok and report.problems


def test_a_frame_read_out_of_order_never_fails_an_honest_seal(vault: Vault,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """SQL does not promise the table's order without ORDER BY: if the cheap read ever came
    back in another order, the seal is checked again against the ordered frame."""
    folder = _sealed_vault(vault)
    real = LedgerStore.segment_frame
    cheap_reads: list[int] = []

    def reordered(self: LedgerStore, first: int, last: int, *, scan_order: bool = False) -> SegmentBytes:
        frame = real(self, first, last, scan_order=scan_order)
        if not scan_order:
            return frame
        cheap_reads.append(first)
        # The same entries in another order: payload fields reversed.
        payloads = frame.columns[2].split(b"\x00")
        columns = (*frame.columns[:2], b"\x00".join(reversed(payloads)), *frame.columns[3:])
        return SegmentBytes(frame.count, frame.complete, columns)

    monkeypatch.setattr(LedgerStore, "segment_frame", reordered)
    with reopen(folder) as again:
        report = _report(again, threads=2)
    assert cheap_reads  # the cheap read was tried, and failed every seal
    assert report.ok, report.problems


def test_inside_a_write_transaction_the_check_reads_alone(vault: Vault,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Seals and entries written in a transaction not yet committed are invisible to another
    connection: the check must not ask one (it would report honest seals as broken)."""
    folder = _sealed_vault(vault)
    opened: list[Compartment] = []
    real_reader = Compartment.reader
    monkeypatch.setattr(Compartment, "reader", lambda self: opened.append(self) or real_reader(self))
    with reopen(folder) as again:
        again.ledger.seal_threads = 2
        before = len(again.ledger.store.seals())
        with again.ledger.db.transaction():
            for i in range(2 * SEG):
                again.ledger.append("test.filler", {"client_id": "chart-9", "i": i})
            assert len(again.ledger.store.seals()) == before + 2  # sealed, not committed yet
            report = again.ledger.verify_full(again.header.ledger_anchor)
        assert opened == []
        assert report.ok, report.problems
        assert again.ledger.verify_full(again.header.ledger_anchor).ok
        assert len(opened) == 1  # committed: the second thread reads again

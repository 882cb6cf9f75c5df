"""Sealed ledger segments (issue 21, item 5): the full audit checks a sealed segment with
one keyed hash; every alteration the per-entry chain catches is still caught, and so is
any change to the seals themselves. Segments are 16 entries here (4096 in the app)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from vault_app.crypto import chain
from vault_app.services import backup, ledger_seals
from vault_app.services.ledger import Ledger
from vault_app.services.vault import Vault
from vault_app.storage.compartment import Compartment

SEG = 16


@pytest.fixture(autouse=True)
def small_segments(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Ledger, "segment_size", SEG)


@pytest.fixture
def per_entry(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """How many entries the per-entry (Python) chain loop checked."""
    counted: list[int] = []
    original = chain.ChainMac.check_run

    def counting(self: chain.ChainMac, rows: object, run: chain.ChainRun, *, max_problems: int) -> chain.ChainRun:
        before = run.checked
        out = original(self, rows, run, max_problems=max_problems)  # type: ignore[arg-type]
        counted.append(out.checked - before)
        return out

    monkeypatch.setattr(chain.ChainMac, "check_run", counting)
    yield counted


def _fill(vault: Vault, n: int) -> None:
    for i in range(n):
        vault.ledger.append("test.filler", {"i": i, "pad": "q" * 40})


def _sealed_vault(vault: Vault, entries: int = 5 * SEG) -> Path:
    """A vault made before seals (no audit yet), then audited once: that seals it."""
    _fill(vault, entries)
    assert vault.ledger.store.seals() == []
    assert vault.verify_ledger().ok
    assert len(vault.ledger.store.seals()) > 1
    folder = vault.folder
    vault.lock()
    return folder


def _raw(folder: Path) -> Compartment:
    with reopen(folder) as vault:
        key = bytes.fromhex(vault.reveal_key("ledger"))
    comp = Compartment.open("ledger", folder / "ledger.db", key)
    for trigger in ("ledger_no_update", "ledger_no_delete", "ledger_seal_no_update", "ledger_seal_no_delete"):
        comp.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    return comp


def _audit(folder: Path) -> list[str]:
    """The full check (the unlock checks the ledger from its anchor only)."""
    with reopen(folder) as again:
        return again.ledger.verify_full(again.header.ledger_anchor).problems


def test_an_old_ledger_verifies_entry_by_entry_then_gets_sealed(vault: Vault, per_entry: list[int]) -> None:
    _fill(vault, 5 * SEG + 3)
    report = vault.ledger.verify_full(vault.header.ledger_anchor)  # a check of a copy seals nothing
    assert report.ok and vault.ledger.store.seals() == []
    assert vault.verify_ledger().ok  # the therapist's audit: checks, then seals
    seals = vault.ledger.store.seals()
    assert [(s.segment, s.first_seq) for s in seals[:3]] == [(0, 1), (1, 1), (2, SEG + 1)]
    assert all(s.last_seq - s.first_seq + 1 == SEG for s in seals[1:])
    assert vault.ledger.entries(kinds=(ledger_seals.SEALING_STARTED,))
    per_entry.clear()
    report = vault.ledger.verify_full(vault.header.ledger_anchor)
    assert report.ok and report.entries_checked == report.head_seq
    assert sum(per_entry) < SEG  # only the unsealed tail, entry by entry


def test_appends_seal_each_segment_as_it_closes(vault: Vault, per_entry: list[int]) -> None:
    folder = _sealed_vault(vault)
    with reopen(folder) as again:
        before = len(again.ledger.store.seals())
        _fill(again, 3 * SEG)
        assert len(again.ledger.store.seals()) == before + 3
        per_entry.clear()
        report = again.verify_ledger()
        assert report.ok and sum(per_entry) < SEG


def test_a_segment_that_fails_its_check_is_not_sealed(vault: Vault) -> None:
    folder = _sealed_vault(vault)
    with reopen(folder) as again:
        tail_start = again.ledger.store.last_seal().last_seq + 1  # type: ignore[union-attr]
    comp = _raw(folder)
    comp.execute("UPDATE ledger SET payload = ? WHERE seq = ?", (b'{"i":-1}', tail_start))
    comp.close()
    with reopen(folder) as again:  # the unlock checks from the anchor, after the altered entry
        sealed = len(again.ledger.store.seals())
        _fill(again, 2 * SEG)
        assert len(again.ledger.store.seals()) == sealed  # never blesses the altered entry
        problems = again.ledger.verify_full(again.header.ledger_anchor).problems
    assert any(f"entry {tail_start} " in p for p in problems)


@pytest.mark.parametrize("change", ["payload", "mac", "state", "delete", "swap", "shift_mac", "shift_payload"])
def test_an_entry_altered_inside_a_sealed_segment_is_caught(vault: Vault, change: str) -> None:
    folder = _sealed_vault(vault)
    comp = _raw(folder)
    seq = SEG + 5  # inside segment 2
    if change == "payload":
        comp.execute("UPDATE ledger SET payload = ? WHERE seq = ?", (b'{"i":999}', seq))
    elif change == "mac":
        comp.execute("UPDATE ledger SET mac = ? WHERE seq = ?", (b"\x01" * 32, seq))
    elif change == "state":
        comp.execute("UPDATE ledger SET state = ? WHERE seq = ?", (b'{"x":1}', seq))
    elif change == "delete":
        comp.execute("DELETE FROM ledger WHERE seq = ?", (seq,))
    elif change.startswith("shift"):  # move one byte from an entry's field to the next entry's
        col = change.split("_")[1]
        a = bytes(comp.query_one(f"SELECT {col} FROM ledger WHERE seq = ?", (seq,))[0])
        b = bytes(comp.query_one(f"SELECT {col} FROM ledger WHERE seq = ?", (seq + 1,))[0])
        comp.execute(f"UPDATE ledger SET {col} = ? WHERE seq = ?", (a[:-1], seq))
        comp.execute(f"UPDATE ledger SET {col} = ? WHERE seq = ?", (a[-1:] + b, seq + 1))
    else:
        a = comp.query_one("SELECT time, kind, payload, mac, state FROM ledger WHERE seq = ?", (seq,))
        b = comp.query_one("SELECT time, kind, payload, mac, state FROM ledger WHERE seq = ?", (seq + 1,))
        comp.execute("UPDATE ledger SET time=?, kind=?, payload=?, mac=?, state=? WHERE seq = ?", (*b, seq))
        comp.execute("UPDATE ledger SET time=?, kind=?, payload=?, mac=?, state=? WHERE seq = ?", (*a, seq + 1))
    comp.close()
    problems = _audit(folder)
    assert problems
    assert any(f"entry {seq}" in p for p in problems), problems


@pytest.mark.parametrize("change", ["alter", "delete_middle", "delete_last", "empty", "swap", "rebound"])
def test_a_seal_table_changed_outside_the_app_is_caught(vault: Vault, change: str) -> None:
    folder = _sealed_vault(vault, entries=6 * SEG)
    comp = _raw(folder)
    last = int(comp.query_one("SELECT max(segment) FROM ledger_seal")[0])
    if change == "alter":
        comp.execute("UPDATE ledger_seal SET seal = ? WHERE segment = 2", (b"\x02" * 32,))
    elif change == "delete_middle":
        comp.execute("DELETE FROM ledger_seal WHERE segment = 2")
    elif change == "delete_last":  # as if the table were rolled back to an older copy
        comp.execute("DELETE FROM ledger_seal WHERE segment >= ?", (last - 1,))
    elif change == "empty":
        comp.execute("DELETE FROM ledger_seal")
    elif change == "swap":
        a = comp.query_one("SELECT seal FROM ledger_seal WHERE segment = 2")[0]
        b = comp.query_one("SELECT seal FROM ledger_seal WHERE segment = 3")[0]
        comp.execute("UPDATE ledger_seal SET seal = ? WHERE segment = 2", (b,))
        comp.execute("UPDATE ledger_seal SET seal = ? WHERE segment = 3", (a,))
    else:  # move a boundary: the seal covers its bounds
        comp.execute("UPDATE ledger_seal SET last_seq = last_seq - 1 WHERE segment = 2")
        comp.execute("UPDATE ledger_seal SET first_seq = first_seq - 1 WHERE segment = 3")
    comp.close()
    problems = _audit(folder)
    assert problems, change
    assert any("seal" in p for p in problems), problems


def test_a_rolled_back_seal_table_is_caught(vault: Vault) -> None:
    folder = _sealed_vault(vault)
    comp = _raw(folder)
    old = [tuple(r) for r in comp.query("SELECT segment, first_seq, last_seq, seal FROM ledger_seal")]
    comp.close()
    with reopen(folder) as again:
        _fill(again, 2 * SEG)  # two more seals
    comp = _raw(folder)
    comp.execute("DELETE FROM ledger_seal")
    comp.executemany("INSERT INTO ledger_seal VALUES (?, ?, ?, ?)", old)
    comp.close()
    problems = _audit(folder)
    assert any("rolled back" in p for p in problems), problems


def test_the_existing_anchor_and_truncation_checks_still_hold(vault: Vault) -> None:
    folder = _sealed_vault(vault)
    comp = _raw(folder)
    comp.execute("DELETE FROM ledger WHERE seq > (SELECT max(seq) - 3 FROM ledger)")
    comp.close()
    with pytest.raises(Exception, match="rolled back"):
        reopen(folder)


def test_a_sealed_vault_backs_up_verifies_and_restores(vault: Vault, tmp_path: Path) -> None:
    folder = _sealed_vault(vault)
    with reopen(folder) as again:
        info = backup.create_backup(again, tmp_path / "usb", verify=True)
    restored = tmp_path / "restored"
    backup.restore_backup(Path(info.path), restored, passphrase=PASSPHRASE)
    with reopen(restored) as copy:
        assert copy.ledger.store.seals() and copy.verify_ledger().ok


@pytest.mark.parametrize("change", ["drop", "forge", "repoint", "rename"])
def test_the_chart_index_of_a_sealed_segment_is_sealed_with_it(vault: Vault, change: str) -> None:
    for i in range(4 * SEG):
        vault.ledger.append("test.chart", {"client_id": f"chart-{i % 3}", "i": i})
    folder = _sealed_vault(vault, entries=0)
    seq = SEG + 7  # inside a sealed segment
    comp = _raw(folder)
    assert comp.query_one("SELECT count(*) FROM ledger_subject WHERE seq = ?", (seq,))[0] == 1
    if change == "drop":
        comp.execute("DELETE FROM ledger_subject WHERE seq = ?", (seq,))
    elif change == "forge":  # an entry that names no chart shown under one
        before = comp.query_one("SELECT count(*) FROM ledger_subject")[0]
        comp.execute("INSERT INTO ledger_subject (seq, client) SELECT seq, 1 FROM ledger"
                     " WHERE seq <= ? AND kind != 'test.chart' LIMIT 1", (SEG,))  # the vault's first entries
        assert comp.query_one("SELECT count(*) FROM ledger_subject")[0] == before + 1
    elif change == "repoint":
        comp.execute("UPDATE ledger_subject SET client = (client % 3) + 1 WHERE seq = ?", (seq,))
    else:  # the chart number now names another chart id
        comp.execute("UPDATE ledger_client SET client_id = 'someone-else' WHERE id = 1")
    comp.close()
    problems = _audit(folder)
    assert any("chart-history index" in p for p in problems), problems

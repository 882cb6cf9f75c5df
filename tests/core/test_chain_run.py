"""The ledger's one-loop chain check (crypto/chain.py `check_run`) agrees with the per-entry
MAC (`ChainMac.__call__`) on honest chains and on every kind of break, table-driven."""

from __future__ import annotations

import secrets
from typing import Any

import pytest

from vault_app.crypto import chain


def _chain(key: bytes, n: int) -> list[tuple[Any, ...]]:
    mac = chain.ChainMac(key)
    rows: list[tuple[Any, ...]] = []
    prev = chain.GENESIS_MAC
    for seq in range(1, n + 1):
        time, kind, payload = f"2026-01-01T00:00:{seq:02d}", "note.viewed", chain.canonical({"n": seq})
        state = chain.canonical({"h": 1, "r": seq}) if seq % 2 else b""  # format-1 and format-2 entries mixed
        m = mac(seq, prev, time, kind, payload, state)
        rows.append((seq, time, kind, payload, m, state or None))
        prev = m
    return rows


def _check(key: bytes, rows: list[tuple[Any, ...]], watch: int = 0) -> chain.ChainRun:
    run = chain.ChainRun(1, chain.GENESIS_MAC, watch=watch)
    return chain.ChainMac(key).check_run(rows, run, max_problems=20)


def _alter(rows: list[tuple[Any, ...]], i: int, field: int, value: Any) -> list[tuple[Any, ...]]:
    out = list(rows)
    row = list(out[i])
    row[field] = value
    out[i] = tuple(row)
    return out


def test_an_honest_chain_passes_and_reports_the_watched_mac() -> None:
    key = secrets.token_bytes(32)
    rows = _chain(key, 30)
    run = _check(key, rows, watch=17)
    assert run.problems == [] and run.checked == 30 and run.next_seq == 31
    assert run.prev == rows[-1][4] and run.watched_mac == rows[16][4]


@pytest.mark.parametrize(("change", "expected"), [
    (lambda r: _alter(r, 9, 3, r[9][3].replace(b"10", b"11")), ["entry 10 was altered"]),
    (lambda r: _alter(r, 9, 1, "2026-01-01T00:00:99"), ["entry 10 was altered"]),
    (lambda r: _alter(r, 9, 2, "note.signed"), ["entry 10 was altered"]),
    (lambda r: _alter(r, 10, 5, None), ["entry 11 was altered"]),  # a format-2 entry stripped of its state
    (lambda r: _alter(r, 9, 5, b'{"h":9}'), ["entry 10 was altered"]),  # a state added to a format-1 entry
    (lambda r: r[:9] + r[10:], ["entry 10 is missing (next is 11)"]),
    (lambda r: _alter(r, 0, 4, bytes(32)), ["entry 1 was altered", "entry 2 was altered"]),  # and the next link
])
def test_every_break_is_found_where_it_is(change: Any, expected: list[str]) -> None:
    key = secrets.token_bytes(32)
    rows = change(_chain(key, 20))
    found = _check(key, rows).problems
    assert [p.split(" or ")[0] for p in found] == expected


def test_another_key_fails_at_the_first_entry_and_the_problem_cap_holds() -> None:
    rows = _chain(secrets.token_bytes(32), 50)
    run = chain.ChainMac(secrets.token_bytes(32)).check_run(rows, chain.ChainRun(1, chain.GENESIS_MAC),
                                                           max_problems=5)
    assert len(run.problems) == 5 and run.problems[0].startswith("entry 1 was altered") and run.checked == 5

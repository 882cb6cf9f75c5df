"""Rows of the ledger compartment. The chain logic lives in services/ledger.py."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from vault_app.storage.compartment import Compartment


@dataclass(frozen=True)
class LedgerRow:
    seq: int
    time: str
    kind: str
    payload: bytes
    mac: bytes
    state: bytes = b""  # format 2: see storage/integrity_stamp.py


_COLUMNS = "seq, time, kind, payload, mac, state"


def _row(r: Any) -> LedgerRow:
    return LedgerRow(int(r[0]), str(r[1]), str(r[2]), bytes(r[3]), bytes(r[4]), bytes(r[5]) if r[5] else b"")


class LedgerStore:
    def __init__(self, compartment: Compartment) -> None:
        self.db = compartment

    def last(self) -> LedgerRow | None:
        r = self.db.query_one(f"SELECT {_COLUMNS} FROM ledger ORDER BY seq DESC LIMIT 1")
        return _row(r) if r else None

    def get(self, seq: int) -> LedgerRow | None:
        r = self.db.query_one(f"SELECT {_COLUMNS} FROM ledger WHERE seq = ?", (seq,))
        return _row(r) if r else None

    def insert(self, row: LedgerRow) -> None:
        self.db.execute(
            "INSERT INTO ledger (seq, time, kind, payload, mac, state) VALUES (?, ?, ?, ?, ?, ?)",
            (row.seq, row.time, row.kind, row.payload, row.mac, row.state or None),
        )

    def iter_from(self, seq: int, batch: int = 5000) -> Iterator[LedgerRow]:
        """Rows with seq >= `seq` in order, fetched in batches to bound memory."""
        cursor = seq
        while True:
            rows = self.db.query(
                f"SELECT {_COLUMNS} FROM ledger WHERE seq >= ? ORDER BY seq LIMIT ?",
                (cursor, batch),
            )
            if not rows:
                return
            for r in rows:
                yield _row(r)
            cursor = int(rows[-1][0]) + 1

    def by_kind(self, kinds: tuple[str, ...]) -> list[LedgerRow]:
        marks = ",".join("?" for _ in kinds)
        return [
            _row(r)
            for r in self.db.query(
                f"SELECT {_COLUMNS} FROM ledger WHERE kind IN ({marks}) ORDER BY seq", kinds
            )
        ]

    def last_with_state(self, contains: bytes = b"") -> LedgerRow | None:
        """The newest entry that recorded a state (holding `contains`, when given)."""
        r = self.db.query_one(
            f"SELECT {_COLUMNS} FROM ledger WHERE state IS NOT NULL AND instr(state, ?) > 0 ORDER BY seq DESC LIMIT 1",
            (contains,),
        )
        return _row(r) if r else None

    def count(self) -> int:
        return int(self.db.query_one("SELECT count(*) FROM ledger")[0])

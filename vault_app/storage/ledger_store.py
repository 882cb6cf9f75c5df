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

# One segment of entries as a few byte strings built inside SQLite, one per column (a
# sealed segment is then checked with one keyed hash in C, not a Python step per entry).
# Within a column the entries are joined by a NUL byte, which no honest field holds
# (canonical JSON, ISO times, kind names: `segment_has_nul` is checked before sealing),
# so the split of a column into fields is unique; every entry gives exactly one field
# per column (coalesce: group_concat skips NULLs); MACs are joined without a separator
# and must all be 32 bytes; count and bounds say every seq of the segment is there.
SEGMENT_FRAME = (
    "SELECT count(*) AS n, min(seq) AS first_seq, max(seq) AS last_seq,"
    " min(octet_length(mac)) = 32 AND max(octet_length(mac)) = 32 AS macs_whole,"
    " CAST(group_concat(coalesce(time, ''), char(0) ORDER BY seq) AS BLOB) AS times,"
    " CAST(group_concat(coalesce(kind, ''), char(0) ORDER BY seq) AS BLOB) AS kinds,"
    " CAST(group_concat(coalesce(payload, x''), char(0) ORDER BY seq) AS BLOB) AS payloads,"
    " CAST(group_concat(coalesce(mac, x''), '' ORDER BY seq) AS BLOB) AS macs,"
    " CAST(group_concat(coalesce(state, x''), char(0) ORDER BY seq) AS BLOB) AS states"
    " FROM ledger WHERE seq BETWEEN ? AND ?"
)
_FRAME_COLUMNS = ("times", "kinds", "payloads", "macs", "states")  # in the order the seal hashes them
# The same bytes, read in the table's own order: entries are visited by their rowid (seq),
# ascending, so the result is the ordered frame in practice, without the five sorts the
# ORDER BY inside each aggregate costs (about 40% of checking a seal). SQL does not promise
# that order, so a seal that does not match this frame is checked again against the
# ordered one (services/ledger_seals.py): a seal is only ever reported broken by the
# canonical frame, and seals are only ever made from it.
SEGMENT_FRAME_SCAN_ORDER = SEGMENT_FRAME.replace(" ORDER BY seq", "")
_SUBJECT_FRAME = (
    "SELECT CAST(group_concat(s.seq || ',' || coalesce(c.client_id, '?'), char(0) ORDER BY s.seq) AS BLOB) AS subjects"
    " FROM ledger_subject s LEFT JOIN ledger_client c ON c.id = s.client WHERE s.seq BETWEEN ? AND ?"
)
_PAYLOAD_RUN = (
    "SELECT CAST(group_concat(coalesce(payload, x''), char(0) ORDER BY seq) AS BLOB) AS payloads"
    " FROM ledger WHERE seq BETWEEN ? AND ?"
)
_HAS_NUL = (
    "SELECT count(*) FROM ledger WHERE seq BETWEEN ? AND ? AND (instr(CAST(time AS BLOB), x'00') > 0"
    " OR instr(CAST(kind AS BLOB), x'00') > 0 OR instr(payload, x'00') > 0 OR instr(coalesce(state, x''), x'00') > 0)"
)


@dataclass(frozen=True)
class SegmentBytes:
    """A segment as SQLite framed it; `complete` when every entry first..last is there
    and well formed (else its seal cannot hold)."""

    count: int
    complete: bool
    columns: tuple[bytes, ...]


@dataclass(frozen=True)
class SealRow:
    segment: int
    first_seq: int
    last_seq: int
    seal: bytes


def _row(r: Any) -> LedgerRow:
    return LedgerRow(int(r["seq"]), str(r["time"]), str(r["kind"]), bytes(r["payload"]), bytes(r["mac"]),
                     bytes(r["state"]) if r["state"] else b"")


def _seal(r: Any) -> SealRow:
    return SealRow(int(r["segment"]), int(r["first_seq"]), int(r["last_seq"]), bytes(r["seal"]))


class LedgerStore:
    def __init__(self, compartment: Compartment) -> None:
        self.db = compartment

    def last(self) -> LedgerRow | None:
        r = self.db.query_one(f"SELECT {_COLUMNS} FROM ledger ORDER BY seq DESC LIMIT 1")
        return _row(r) if r else None

    def get(self, seq: int) -> LedgerRow | None:
        r = self.db.query_one(f"SELECT {_COLUMNS} FROM ledger WHERE seq = ?", (seq,))
        return _row(r) if r else None

    def insert(self, row: LedgerRow, client_id: str | None = None) -> None:
        """Inside the caller's transaction: the entry and its chart index row commit together."""
        self.db.execute(
            "INSERT INTO ledger (seq, time, kind, payload, mac, state) VALUES (?, ?, ?, ?, ?, ?)",
            (row.seq, row.time, row.kind, row.payload, row.mac, row.state or None),
        )
        if client_id is not None:
            self.db.execute("INSERT OR IGNORE INTO ledger_client (client_id) VALUES (?)", (client_id,))
            self.db.execute(
                "INSERT INTO ledger_subject (seq, client) SELECT ?, id FROM ledger_client WHERE client_id = ?",
                (row.seq, client_id),
            )

    def for_client(self, client_id: str, limit: int, before_seq: int | None = None) -> list[LedgerRow]:
        """The chart's entries, newest first, `limit` at a time (a range of the index)."""
        cols = ", ".join(f"l.{c.strip()}" for c in _COLUMNS.split(","))
        rows = self.db.query(
            f"SELECT {cols} FROM ledger_client c JOIN ledger_subject s ON s.client = c.id "
            "JOIN ledger l ON l.seq = s.seq WHERE c.client_id = ? AND s.seq < ? ORDER BY s.seq DESC LIMIT ?",
            (client_id, before_seq if before_seq is not None else 2**62, limit),
        )
        return [_row(r) for r in rows]

    def for_client_of_kinds(self, client_id: str, kinds: tuple[str, ...]) -> list[LedgerRow]:
        """The chart's entries of `kinds`, oldest first (the chart's range of the index, only
        those entries read)."""
        cols = ", ".join(f"l.{c.strip()}" for c in _COLUMNS.split(","))
        # Bounded: `kinds` are the code's own ledger kinds (a fixed vocabulary), never a chart's list.
        marks = ",".join("?" for _ in kinds)
        rows = self.db.query(
            f"SELECT {cols} FROM ledger_client c JOIN ledger_subject s ON s.client = c.id "
            f"JOIN ledger l ON l.seq = s.seq WHERE c.client_id = ? AND l.kind IN ({marks}) ORDER BY s.seq",
            (client_id, *kinds),
        )
        return [_row(r) for r in rows]

    def subject_index_problems(self, limit: int = 20, first: int = 1, last: int = 2**62) -> list[int]:
        """Entries where the chart index and the entry's own payload disagree (missing,
        extra or pointing at another chart), among seq first..last (the sealed segments'
        index is covered by their seals). One pass in SQLite beside the ledger."""
        rows = self.db.query(
            "SELECT l.seq FROM ledger l LEFT JOIN ledger_subject s ON s.seq = l.seq"
            " LEFT JOIN ledger_client c ON c.id = s.client"
            " WHERE l.seq BETWEEN ? AND ?"
            "  AND (CASE WHEN instr(l.payload, CAST('\"client_id\":' AS BLOB)) > 0"
            "        THEN CAST(l.payload AS TEXT) -> '$.client_id' END)"
            "   IS NOT (CASE WHEN s.seq IS NOT NULL THEN coalesce(json_quote(c.client_id), 'no chart') END)"
            "  AND NOT (s.seq IS NULL AND json_type(CAST(l.payload AS TEXT), '$.client_id') IS NOT 'text')"
            " UNION ALL"
            " SELECT s.seq FROM ledger_subject s WHERE s.seq BETWEEN ? AND ?"
            "  AND NOT EXISTS (SELECT 1 FROM ledger l WHERE l.seq = s.seq)"
            " LIMIT ?",
            (first, last, first, last, limit),
        )
        return sorted(int(r["seq"]) for r in rows)

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
            cursor = int(rows[-1]["seq"]) + 1

    def iter_raw_from(self, seq: int, batch: int = 20000) -> Iterator[tuple[Any, ...]]:
        """`iter_from` as plain tuples (seq, time, kind, payload, mac, state) for the chain
        check, which touches every entry and so avoids building an object per row."""
        cursor = seq
        while True:
            rows = self.db.query(f"SELECT {_COLUMNS} FROM ledger WHERE seq >= ? ORDER BY seq LIMIT ?", (cursor, batch))
            if not rows:
                return
            yield from rows
            cursor = int(rows[-1]["seq"]) + 1

    def iter_raw_between(self, first: int, last: int) -> list[tuple[Any, ...]]:
        """Rows first..last as plain tuples (one sealed segment, checked entry by entry)."""
        sql = f"SELECT {_COLUMNS} FROM ledger WHERE seq BETWEEN ? AND ? ORDER BY seq"
        return list(self.db.query(sql, (first, last)))

    def payload_runs(self, first: int = 1, rows: int = 4096, through: int | None = None) -> Iterator[bytes]:
        """The payloads of entries `first`..`through` (default: the last) in order, each
        followed by a NUL byte, joined inside SQLite a run of `rows` entries at a time: the
        same bytes as every payload + NUL in turn, without a Python step per entry (content
        searches over the ledger). `through` bounds the read to the entries of an earlier
        moment: the ledger is append-only, so those are the entries it had then."""
        last = self.last()
        if last is None:
            return
        end = last.seq if through is None else min(through, last.seq)
        for low in range(first, end + 1, rows):
            r = self.db.query_one(_PAYLOAD_RUN, (low, min(low + rows - 1, end)))
            if r is not None and r["payloads"] is not None:
                yield bytes(r["payloads"]) + b"\x00"

    def by_kind(self, kinds: tuple[str, ...], since_seq: int = 1) -> list[LedgerRow]:
        # Bounded: `kinds` are the code's own ledger kinds (a fixed vocabulary), never a chart's list.
        marks = ",".join("?" for _ in kinds)
        return [
            _row(r)
            for r in self.db.query(
                f"SELECT {_COLUMNS} FROM ledger WHERE kind IN ({marks}) AND seq >= ? ORDER BY seq",
                (*kinds, since_seq),
            )
        ]

    def last_with_state(self, contains: bytes = b"") -> LedgerRow | None:
        """The newest entry that recorded a state (holding `contains`, when given)."""
        r = self.db.query_one(
            f"SELECT {_COLUMNS} FROM ledger WHERE state IS NOT NULL AND instr(state, ?) > 0 ORDER BY seq DESC LIMIT 1",
            (contains,),
        )
        return _row(r) if r else None

    # --- sealed segments (migration 0003) ----------------------------------------------
    def segment_frame(self, first_seq: int, last_seq: int, *, scan_order: bool = False) -> SegmentBytes:
        """Entries first_seq..last_seq framed for their seal (see SEGMENT_FRAME); `scan_order`:
        the cheaper read of SEGMENT_FRAME_SCAN_ORDER, for a first check only."""
        r = self.db.query_one(SEGMENT_FRAME_SCAN_ORDER if scan_order else SEGMENT_FRAME, (first_seq, last_seq))
        count = int(r["n"]) if r else 0
        complete = bool(r and count == last_seq - first_seq + 1 and r["first_seq"] == first_seq
                        and r["last_seq"] == last_seq and r["macs_whole"])
        columns = tuple(b"" if r[c] is None else bytes(r[c]) for c in _FRAME_COLUMNS) if r else ()
        # The chart-history index of these entries is sealed with them (its check then
        # covers the unsealed tail only): seq and chart of each index row, in order.
        index = self.db.query_one(_SUBJECT_FRAME.replace(" ORDER BY s.seq", "") if scan_order else _SUBJECT_FRAME,
                                  (first_seq, last_seq))
        columns += (bytes(index["subjects"]) if index and index["subjects"] is not None else b"",)
        return SegmentBytes(count, complete or count == 0 == last_seq - first_seq + 1, columns)

    def segment_has_nul(self, first_seq: int, last_seq: int) -> bool:
        """True when a field of these entries holds a NUL byte (never sealed: see SEGMENT_FRAME)."""
        return int(self.db.scalar(_HAS_NUL, (first_seq, last_seq))) > 0

    def seals(self) -> list[SealRow]:
        return [_seal(r)
                for r in self.db.query("SELECT segment, first_seq, last_seq, seal FROM ledger_seal ORDER BY segment")]

    def last_seal(self) -> SealRow | None:
        r = self.db.query_one(
            "SELECT segment, first_seq, last_seq, seal FROM ledger_seal ORDER BY segment DESC LIMIT 1")
        return _seal(r) if r else None

    def insert_seal(self, row: SealRow) -> None:
        """Inside the caller's transaction (with the entry that closes the segment)."""
        self.db.execute("INSERT INTO ledger_seal (segment, first_seq, last_seq, seal) VALUES (?, ?, ?, ?)",
                        (row.segment, row.first_seq, row.last_seq, row.seal))

    def last_kind_among(self, kinds: tuple[str, ...]) -> str | None:
        """The kind of the newest entry of any of `kinds` (found through the kind index)."""
        # Bounded: `kinds` are the code's own ledger kinds (a fixed vocabulary), never a chart's list.
        marks = ",".join("?" for _ in kinds)
        r = self.db.query_one(f"SELECT kind FROM ledger WHERE kind IN ({marks}) ORDER BY seq DESC LIMIT 1", kinds)
        return str(r["kind"]) if r else None

    def count_of_kind(self, kind: str, since_seq: int, at_most: int) -> int:
        """How many entries of `kind` from `since_seq` on, counting no further than `at_most`
        (through the kind index; nothing decoded)."""
        return int(self.db.scalar(
            "SELECT count(*) FROM (SELECT 1 FROM ledger WHERE kind = ? AND seq >= ? LIMIT ?)",
            (kind, since_seq, at_most)))

    def first_seq_of_kind(self, kind: str) -> int | None:
        """The first entry of `kind` (one scan in SQLite, stopping at the first match)."""
        r = self.db.query_one("SELECT seq FROM ledger WHERE kind = ? LIMIT 1", (kind,))
        return int(r["seq"]) if r else None

    def count(self) -> int:
        return int(self.db.scalar("SELECT count(*) FROM ledger"))

    def latest_time(self) -> str | None:
        """The latest time any entry was written with, whatever its place in the chain (a clock set back
        writes earlier times after it). By the moment, not the text: an entry's time carries its zone.
        One scan (about 0.1 s for 100,000 entries): for a decision, not for every screen."""
        found = self.db.scalar("SELECT time FROM ledger ORDER BY julianday(time) DESC LIMIT 1")
        return str(found) if found is not None else None

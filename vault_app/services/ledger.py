"""The tamper-evident ledger: append, incremental verification on unlock, full audit.

Entries carry ids and metadata, never note text or client names.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from vault_app.crypto import chain
from vault_app.crypto.keys import macs_equal
from vault_app.domain.errors import LedgerRollback, VaultTampered
from vault_app.services import ledger_seals
from vault_app.storage.compartment import Compartment
from vault_app.storage.header import LedgerAnchor
from vault_app.storage.ledger_store import LedgerRow, LedgerStore, SealRow


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class LedgerEntry:
    seq: int
    time: str
    kind: str
    payload: dict[str, Any]
    mac_hex: str


@dataclass
class VerifyReport:
    ok: bool
    entries_checked: int
    head_seq: int
    head_mac: str
    anchor_seq: int
    problems: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "entries_checked": self.entries_checked,
            "head_seq": self.head_seq,
            "head_mac": self.head_mac,
            "anchor_seq": self.anchor_seq,
            "problems": self.problems,
        }


def _decode(row: LedgerRow) -> LedgerEntry:
    return LedgerEntry(row.seq, row.time, row.kind, json.loads(row.payload), row.mac.hex())


class Ledger:
    """Appends go to ledger.db first; `on_append` then moves the anchor in the header.

    Every `segment_size` entries are sealed as they close (services/ledger_seals.py), once
    the vault's first full audit has started sealing."""

    segment_size = ledger_seals.SEGMENT
    # Threads (each with a connection of its own) that check seals side by side: the full
    # audit of 2M entries is SQLite framing segments, one core per thread (issue 21).
    seal_threads = min(2, os.cpu_count() or 1)

    def __init__(
        self,
        compartment: Compartment,
        mac_key: bytes,
        on_append: Callable[[LedgerAnchor], None] | None = None,
        state: Callable[[], dict[str, int]] | None = None,
        observer: Callable[[str, dict[str, Any]], None] | None = None,
    ) -> None:
        self.db = compartment
        self.store = LedgerStore(compartment)
        self._mac = chain.ChainMac(mac_key)
        self._sealer = chain.SegmentSeal(mac_key)
        self._mac_key = mac_key  # for `reading`
        self._on_append = on_append
        # What the other files are at the moment of each entry (storage/integrity_stamp.py).
        self._state = state
        self._deferred = 0
        self._pending_anchor: LedgerAnchor | None = None
        # Told of every committed entry: the vault's change log (services/changes.py).
        self._observer = observer
        # Entries appended through this object, by kind: a session's cache of the entries of a kind
        # (services/older_copy_known.py) knows by it that it is out of date, reading nothing.
        self.appended: Counter[str] = Counter()

    def keyed_checks(self) -> tuple[chain.ChainMac, chain.SegmentSeal]:
        """The chain's MAC and the segments' seal, for a check of this ledger on another
        connection (the first sealing beside the work): the objects, not a copy of the key."""
        return self._mac, self._sealer

    def reading(self, compartment: Compartment) -> Ledger:
        """The same chain read through another connection to ledger.db (a destruction checks
        it on a read held at one moment: services/destruction_image.py). Only for reading."""
        return Ledger(compartment, self._mac_key)

    # --- writing ------------------------------------------------------------------
    def append(self, kind: str, payload: dict[str, Any] | None = None) -> LedgerEntry:
        body = chain.canonical(payload or {})
        state = chain.canonical(self._state()) if self._state else b""
        with self.db.transaction():
            last = self.store.last()
            seq = last.seq + 1 if last else 1
            prev = last.mac if last else chain.GENESIS_MAC
            time = now_iso()
            mac = self._mac(seq, prev, time, kind, body, state)
            subject = (payload or {}).get("client_id")
            self.store.insert(LedgerRow(seq, time, kind, body, mac, state),
                              client_id=subject if isinstance(subject, str) else None)
            # Same transaction: the entry that closes a segment commits with its seal.
            ledger_seals.seal_if_due(self.store, self._mac, self._sealer, seq, self.segment_size)
        self.appended[kind] += 1
        anchor = LedgerAnchor(seq, mac.hex())
        if self._deferred:
            self._pending_anchor = anchor
        elif self._on_append:
            self._on_append(anchor)
        if self._observer is not None:
            self._observer(kind, payload or {})
        return LedgerEntry(seq, time, kind, payload or {}, mac.hex())

    def defer_anchor(self) -> _Deferred:
        """Within the block, the header anchor is moved once at the end (bulk imports)."""
        return _Deferred(self)

    # --- reading ------------------------------------------------------------------
    def head(self) -> LedgerAnchor:
        last = self.store.last()
        return LedgerAnchor(last.seq, last.mac.hex()) if last else LedgerAnchor(0, chain.GENESIS_MAC.hex())

    def entries(self, kinds: tuple[str, ...] | None = None, since_seq: int = 1) -> list[LedgerEntry]:
        if kinds:
            return [_decode(r) for r in self.store.by_kind(kinds, since_seq)]
        return [_decode(r) for r in self.store.iter_from(since_seq)]

    def for_client(self, client_id: str, limit: int = 200, before_seq: int | None = None) -> list[LedgerEntry]:
        """One chart's entries, newest first; pass the last page's smallest seq as
        `before_seq` for the next page. Reads and decodes only that chart's entries."""
        if limit < 1:
            raise ValueError("limit must be at least 1")
        return [_decode(r) for r in self.store.for_client(client_id, limit, before_seq)]

    def client_entries(self, client_id: str, kinds: tuple[str, ...]) -> list[LedgerEntry]:
        """One chart's entries of `kinds`, oldest first, read and decoded alone through the
        chart index (written with each entry, filled from the payloads for older vaults)."""
        return [_decode(r) for r in self.store.for_client_of_kinds(client_id, kinds)]

    def count_of_kind(self, kind: str, since_seq: int = 1, at_most: int = 2) -> int:
        """Entries of `kind` from `since_seq` on, counted up to `at_most` without decoding any."""
        return self.store.count_of_kind(kind, since_seq, at_most)

    def latest_time(self) -> str | None:
        """The latest time of any entry (ISO 8601): the vault has certainly reached that moment."""
        return self.store.latest_time()

    def get(self, seq: int) -> LedgerEntry | None:
        row = self.store.get(seq)
        return _decode(row) if row else None

    def holds(self, seq: int, mac_hex: str) -> bool:
        """Whether entry `seq` is here with MAC `mac_hex`: this vault is the one that wrote it,
        continued (the ledger only grows; a restore or an older copy brings another)."""
        entry = self.get(seq)
        return entry is not None and entry.mac_hex == mac_hex

    def last_state(self, key: str = "") -> dict[str, int]:
        """The state recorded by the newest entry that has one (and holds `key`, when given)."""
        row = self.store.last_with_state(f'"{key}":'.encode() if key else b"")
        if row is None:
            return {}
        data = json.loads(row.state)
        return {str(k): int(v) for k, v in data.items()} if isinstance(data, dict) else {}

    # --- verifying ----------------------------------------------------------------
    def verify_from(self, anchor: LedgerAnchor) -> VerifyReport:
        """Check the anchored entry and every entry after it (fast unlock path)."""
        if anchor.seq == 0:
            return self.verify_full(anchor)
        head = self.head()
        if head.seq < anchor.seq:
            raise LedgerRollback(
                "The vault's audit record (ledger.db) is an older or cut-short copy: the last changes the vault "
                f"recorded are missing from it (in detail: it was rolled back to entry {head.seq}; the vault had "
                f"recorded entry {anchor.seq}).",
                hint="Restore from your latest verified backup and run 'vault-app audit verify'.",
                code="ledger.rolled_back", params={"ends": head.seq, "recorded": anchor.seq},
            )
        before = self.store.get(anchor.seq - 1)
        run = chain.ChainRun(anchor.seq, before.mac if before else chain.GENESIS_MAC, watch=anchor.seq)
        self._mac.check_run(self.store.iter_raw_from(anchor.seq), run, max_problems=1)
        problems = run.problems
        if not problems and not self._anchored(run, anchor):
            problems.append(f"entry {anchor.seq} differs from the anchored copy")
        checked = run.checked
        report = VerifyReport(not problems, checked, head.seq, head.mac_hex, anchor.seq, problems)
        if problems:
            raise VaultTampered(
                "The ledger failed verification: " + "; ".join(problems) + ".",
                hint="Run 'vault-app audit verify' and restore from your latest verified backup.",
                code="ledger.failed_verification",
            )
        return report

    def _check_seals(self, seals: list[SealRow], limit: int) -> ledger_seals.SealedPart:
        readers: list[Compartment] = []
        try:
            # Below 4 seals, opening a connection costs more than it saves; inside a write
            # transaction, another connection would not see what this one wrote.
            if len(seals) >= 4 and not self.db.in_transaction:
                for _ in range(self.seal_threads - 1):
                    reader = self.db.reader()
                    if reader is not None:
                        readers.append(reader)
            return ledger_seals.check_seals(self.store, self._mac, self._sealer, seals, limit,
                                            readers=[LedgerStore(r) for r in readers])
        finally:
            for reader in readers:
                reader.close_reader()

    @staticmethod
    def _anchored(run: chain.ChainRun, anchor: LedgerAnchor) -> bool:
        return run.watched_mac is not None and macs_equal(run.watched_mac, bytes.fromhex(anchor.mac_hex))

    def verify_full(self, anchor: LedgerAnchor, *, check_index: bool = False, seal: bool | None = None) -> VerifyReport:
        """Walk the whole chain; never raises for a break, reports every problem found.

        Sealed segments are checked with one keyed hash each, the entries after them one by
        one (services/ledger_seals.py). `check_index` also compares the per-chart index with
        the entries (the audit the therapist runs); checks of copies (backups, destruction)
        need only the chain. `seal` (by default: with `check_index`, i.e. the therapist's
        audit, never a check of a copy) seals a vault that has no seals yet, or goes on
        from the last seal of a first sealing stopped part-way, once it verified intact."""
        limit = 20
        seals = self.store.seals()
        sealed = self._check_seals(seals, limit) if seals else None
        problems: list[str] = list(sealed.problems) if sealed else []
        if sealed is None or sealed.broken:
            start, prev, checked = 1, chain.GENESIS_MAC, 0
        else:
            start, prev, checked = sealed.next_seq, sealed.prev_mac, sealed.checked
        marked = self.store.first_seq_of_kind(ledger_seals.SEALING_STARTED) is not None
        if not seals and marked:
            problems.append("the ledger's seals were removed (its seal table was emptied)")
        run = chain.ChainRun(start, prev, watch=anchor.seq if anchor.seq >= start else 0)
        self._mac.check_run(self.store.iter_raw_from(start), run, max_problems=max(1, limit - len(problems)))
        problems.extend(run.problems)
        checked += run.checked
        # Before the first sealing is done (no `ledger.sealing_started` entry: the command
        # line stopped it at a segment boundary, the next unlock goes on), a long unsealed
        # tail is where it goes on, not removed seals; it is checked entry by entry here.
        if marked and seals and sealed is not None and not sealed.broken:
            tail = ledger_seals.tail_problem(run.checked, self.segment_size, seals[-1])
            if tail:
                problems.append(tail)
        watched = run.watched_mac
        if anchor.seq and anchor.seq < start:
            row = self.store.get(anchor.seq)  # inside the sealed part: its row is proven by the seal
            watched = row.mac if row else None
        if len(problems) >= limit:
            problems.append("(further problems not listed)")
        elif anchor.seq and watched is not None and not macs_equal(watched, bytes.fromhex(anchor.mac_hex)):
            problems.append(f"entry {anchor.seq} differs from the anchored copy")
        if check_index and len(problems) < limit:
            # The sealed segments' index rows are covered by their seals (services/ledger_seals.py).
            problems.extend(
                f"the chart-history index disagrees with entry {seq} (changed outside the app)"
                for seq in self.store.subject_index_problems(first=start)
            )
        head = self.head()
        if head.seq < anchor.seq:
            problems.append(
                f"the ledger ends at entry {head.seq} but the vault anchor records entry {anchor.seq} "
                "(rolled back or truncated)"
            )
        if (check_index if seal is None else seal) and not problems and not marked \
                and (check_index or not self.store.subject_index_problems(1, first=start)):
            if seals:
                self._finish_sealing(head.seq, seals[-1])
            else:
                self._start_sealing(head.seq)
        return VerifyReport(not problems, checked, head.seq, head.mac_hex, anchor.seq, problems)

    def _start_sealing(self, head_seq: int) -> None:
        """Seal the full segments of a ledger just found intact, and record (under the
        chain) that this ledger is sealed from now on."""
        with self.db.transaction():
            if self.store.last_seal() is not None:
                return
            sealed = ledger_seals.seal_all(self.store, self._sealer, head_seq, self.segment_size)
        self.append(ledger_seals.SEALING_STARTED, {"segment": self.segment_size, "sealed_through": sealed})

    def _finish_sealing(self, head_seq: int, last: SealRow) -> None:
        """Go on from the last seal of a first sealing stopped at a segment boundary: its
        tail was just checked entry by entry. Then record that the sealing is done."""
        with self.db.transaction():
            if self.store.last_seal() != last:
                return
            sealed = ledger_seals.seal_on(self.store, self._sealer, last, head_seq, self.segment_size)
        self.append(ledger_seals.SEALING_STARTED, {"segment": self.segment_size, "sealed_through": sealed})


class _Deferred:
    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger

    def __enter__(self) -> None:
        self.ledger._deferred += 1

    def __exit__(self, *exc: object) -> None:
        self.ledger._deferred -= 1
        anchor = self.ledger._pending_anchor
        if not self.ledger._deferred and anchor and self.ledger._on_append:
            self.ledger._pending_anchor = None
            self.ledger._on_append(anchor)

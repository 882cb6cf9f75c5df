"""The ledger's HMAC chain: mac = HMAC-SHA256(key, seq || prev_mac || canonical payload [|| state]).

`state` (format 2) binds the entry to the other files of the vault: the header's
generation and each open compartment's commit counter at the time of the entry.
Entries written before format 2 have none and keep verifying as they were."""

from __future__ import annotations

import hashlib
import hmac
import json
import struct
from collections.abc import Iterable, Sequence
from typing import Any

GENESIS_MAC = b"\x00" * 32
_SEQ = struct.Struct(">Q")
_LEN = struct.Struct(">I")


def canonical(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


class ChainMac:
    """`entry_mac` for one key, with the key's HMAC state set up once: verifying a
    30-year ledger (hundreds of thousands of entries) is dominated by per-entry cost."""

    def __init__(self, key: bytes) -> None:
        self._keyed = hmac.new(key, digestmod=hashlib.sha256)

    def __call__(self, seq: int, prev_mac: bytes, time: str, kind: str, payload: bytes, state: bytes = b"") -> bytes:
        # Lengths are framed so no two different entries serialise to the same bytes.
        t, k = time.encode(), kind.encode()
        h = self._keyed.copy()
        h.update(b"".join((_SEQ.pack(seq), prev_mac, _LEN.pack(len(t)), t, _LEN.pack(len(k)), k,
                           _LEN.pack(len(payload)), payload)))
        if state:
            # Only appended when present, so a format-1 entry's MAC is unchanged; stripping
            # the state from a format-2 entry changes the input and breaks its MAC.
            h.update(b"state" + _LEN.pack(len(state)) + state)
        return h.digest()


    def check_run(self, rows: Iterable[Sequence[Any]], run: ChainRun, *, max_problems: int) -> ChainRun:
        """Check consecutive entries (seq, time, kind, payload, mac, state) against the chain.

        The same computation as `__call__`, in one loop over plain tuples: a full audit of
        millions of entries is bound by this loop, so nothing per entry is done twice."""
        keyed = self._keyed.copy
        seq_pack, len_pack, join, equal = _SEQ.pack, _LEN.pack, b"".join, hmac.compare_digest
        expected_seq, prev = run.next_seq, run.prev
        checked = 0
        for seq, time, kind, payload, mac, state in rows:
            if seq != expected_seq:
                run.problems.append(f"entry {expected_seq} is missing (next is {seq})")
            else:
                t, k = time.encode(), kind.encode()
                h = keyed()
                h.update(join((seq_pack(seq), prev, len_pack(len(t)), t, len_pack(len(k)), k,
                               len_pack(len(payload)), payload)))
                if state:
                    h.update(b"state" + len_pack(len(state)) + state)
                if not equal(h.digest(), mac):
                    run.problems.append(f"entry {seq} was altered or the chain is broken there")
            checked += 1
            if run.watch == seq:
                run.watched_mac = bytes(mac)
            prev = bytes(mac)
            expected_seq = seq + 1
            if len(run.problems) >= max_problems:
                break
        run.checked += checked
        run.next_seq, run.prev = expected_seq, prev
        return run


class ChainRun:
    """Where a chain check stands: the next expected entry, the MAC before it, what was found."""

    def __init__(self, next_seq: int, prev: bytes, watch: int = 0) -> None:
        self.next_seq = next_seq
        self.prev = prev
        self.checked = 0
        self.problems: list[str] = []
        self.watch = watch  # an entry whose stored MAC the caller wants back (the anchor)
        self.watched_mac: bytes | None = None


SEAL_GENESIS = b"\x00" * 32
_SEAL_KEY_LABEL = b"vault-app ledger segment seal v1"


class SegmentSeal:
    """seal = HMAC-SHA256(seal key, "seal" || segment || first || last || previous seal || frame).

    The seal key is derived from the ledger MAC key (its own label, so a seal can never be
    taken for an entry MAC). `columns` are the segment's entries framed by storage
    (LedgerStore.segment_frame), one byte string per column: the stored MACs and every
    field of every entry, so changing any byte of the segment, or of its seal, breaks the seal. Seals are
    chained through `previous seal`, so they cannot be reordered or swapped either."""

    def __init__(self, mac_key: bytes) -> None:
        seal_key = hmac.new(mac_key, _SEAL_KEY_LABEL, hashlib.sha256).digest()
        self._keyed = hmac.new(seal_key, digestmod=hashlib.sha256)

    def __call__(self, segment: int, first_seq: int, last_seq: int, prev_seal: bytes,
                 columns: Sequence[bytes]) -> bytes:
        h = self._keyed.copy()
        h.update(b"seal" + _SEQ.pack(segment) + _SEQ.pack(first_seq) + _SEQ.pack(last_seq) + prev_seal
                 + _SEQ.pack(len(columns)))
        for column in columns:  # one update per column of the whole segment: C speed
            h.update(_SEQ.pack(len(column)))
            h.update(column)
        return h.digest()


def entry_mac(key: bytes, seq: int, prev_mac: bytes, time: str, kind: str, payload: bytes, state: bytes = b"") -> bytes:
    return ChainMac(key)(seq, prev_mac, time, kind, payload, state)

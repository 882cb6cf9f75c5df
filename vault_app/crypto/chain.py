"""The ledger's HMAC chain: mac = HMAC-SHA256(key, seq || prev_mac || canonical payload [|| state]).

`state` (format 2) binds the entry to the other files of the vault: the header's
generation and each open compartment's commit counter at the time of the entry.
Entries written before format 2 have none and keep verifying as they were."""

from __future__ import annotations

import hashlib
import hmac
import json
import struct
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


def entry_mac(key: bytes, seq: int, prev_mac: bytes, time: str, kind: str, payload: bytes, state: bytes = b"") -> bytes:
    return ChainMac(key)(seq, prev_mac, time, kind, payload, state)

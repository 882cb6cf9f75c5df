"""The ledger's HMAC chain: mac = HMAC-SHA256(key, seq || prev_mac || canonical payload)."""

from __future__ import annotations

import json
import struct
from typing import Any

from vault_app.crypto.keys import mac

GENESIS_MAC = b"\x00" * 32


def canonical(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def entry_mac(key: bytes, seq: int, prev_mac: bytes, time: str, kind: str, payload: bytes) -> bytes:
    # Lengths are framed so no two different entries serialise to the same bytes.
    parts = [time.encode(), kind.encode(), payload]
    framed = b"".join(struct.pack(">I", len(p)) + p for p in parts)
    return mac(key, struct.pack(">Q", seq) + prev_mac + framed)

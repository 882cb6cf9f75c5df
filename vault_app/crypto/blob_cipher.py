"""Segmented AES-256-GCM for attachment blobs (storage/blob_store.py).

A blob is cut into 1 MiB segments, each sealed on its own so a reader holds one
segment at a time. Per blob, the key is HKDF(chart key, blob id): a blob file moved
under another name, or to another chart, opens under no key. Each segment's nonce is
its index and a flag saying "this is the last one" (the STREAM construction of Hoang,
Reyhanitabar, Rogaway and Vizár): segments cannot be reordered, dropped, or the file
cut at a segment boundary without the reader noticing. The associated data names the
blob and its chart.
"""

from __future__ import annotations

import struct

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vault_app.crypto import keys

SEGMENT = 1 << 20
TAG = 16
SEALED_SEGMENT = SEGMENT + TAG
MAGIC = b"VAB1"


class SegmentRejected(Exception):
    """A segment failed its authentication (wrong key, altered, moved, reordered, cut)."""


def blob_key(chart_key: bytes, blob_id: str) -> bytes:
    return keys.hkdf(chart_key, info="attachment-blob\x00" + blob_id, salt=MAGIC)


def _nonce(index: int, final: bool) -> bytes:
    # 8-byte index, 1-byte final flag, 3 zero bytes: a 96-bit GCM nonce never reused
    # under one blob key (each blob id gets its own key, and ids are never reused).
    return struct.pack(">QB3x", index, 1 if final else 0)


def _aad(blob_id: str, client_id: str) -> bytes:
    return MAGIC + b"\x00" + blob_id.encode() + b"\x00" + client_id.encode()


class Sealer:
    """Seals the segments of one blob in order."""

    def __init__(self, chart_key: bytes, blob_id: str, client_id: str) -> None:
        self._aead = AESGCM(blob_key(chart_key, blob_id))
        self._aad = _aad(blob_id, client_id)
        self._index = 0

    def seal(self, plain: bytes, *, final: bool) -> bytes:
        if len(plain) > SEGMENT:
            raise ValueError("segment too large")
        out = self._aead.encrypt(_nonce(self._index, final), plain, self._aad)
        self._index += 1
        return out


class Opener:
    """Opens the segments of one blob in order."""

    def __init__(self, chart_key: bytes, blob_id: str, client_id: str) -> None:
        self._aead = AESGCM(blob_key(chart_key, blob_id))
        self._aad = _aad(blob_id, client_id)
        self._index = 0

    def open(self, sealed: bytes, *, final: bool) -> bytes:
        try:
            out = self._aead.decrypt(_nonce(self._index, final), sealed, self._aad)
        except InvalidTag:
            raise SegmentRejected(self._index) from None
        self._index += 1
        return out

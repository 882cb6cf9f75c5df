"""The backup file: one encrypted, authenticated container that reveals only its size.

Layout (version 1)::

    file_nonce   32 random bytes
    slot block   SLOT_LEN bytes, XOR-masked with HKDF(file_nonce): format tag,
                 KDF settings, vault id, KDF salt and three AES-GCM-wrapped keys
                 (master key under the unlock key, master key under the recovery
                 key, this file's content key under the master key)
    body         the plaintext stream in CHUNK-sized AES-256-GCM chunks; the nonce
                 is the chunk counter plus a "last chunk" flag (reordering,
                 dropping and truncation are all detected); every chunk's
                 associated data is a hash of the nonce and the unmasked slot
                 block, so none of it can be swapped or edited
    trailer      SHA-256 of everything before it

The mask is not secrecy (its key is in the file): it keeps the vault id, the KDF
settings and the wrapped keys from showing up to generic tools or repeating from
one backup file to the next, so every byte looks random; anyone who knows this
format can undo it (none of those values is secret). Secrecy comes from AES-GCM under
keys that only the passphrase (+ device secret) or the Emergency Kit reach.
The unkeyed trailer lets a damaged file be told apart from a wrong passphrase
before any slow key derivation.

The plaintext stream is ``u32 manifest length | manifest JSON | parts...``.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import struct
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vault_app.domain.errors import VaultCorrupt, VaultTampered

FORMAT_TAG = b"VAB1"
NONCE_LEN = 32
SLOT_LEN = 256
TRAILER_LEN = 32
TAG_LEN = 16
CHUNK = 1 << 20
WRAPPED_LEN = 60  # 12-byte nonce + 32-byte key + 16-byte tag (crypto/keys.wrap)
KEY_LEN = 32
MAX_MANIFEST = 1 << 20
_SLOT = struct.Struct(f">4sBIII16s16s{WRAPPED_LEN}s{WRAPPED_LEN}s{WRAPPED_LEN}s")
_FLAG_DEVICE_SECRET = 0x01
HASH_BLOCK = 1 << 20


def damaged(detail: str) -> VaultCorrupt:
    return VaultCorrupt(
        f"The backup file is damaged ({detail}).",
        hint="Use another backup; check the disk or drive it is stored on.", code="backup.damaged",
    )


def repo_damaged(detail: str) -> VaultCorrupt:
    """The same for a backup repository (storage/chunk_store.py, storage/snapshot_manifest.py)."""
    return VaultCorrupt(
        f"The backup repository is damaged ({detail}).",
        hint="Use another snapshot or another backup; check the disk or drive it is stored on.",
        code="backup.repository_damaged",
    )


@dataclass(frozen=True)
class Slots:
    """The outer, pre-decryption part of a backup (all of it masked on disk)."""

    uses_device_secret: bool
    kdf_memory_kib: int
    kdf_iterations: int
    kdf_parallelism: int
    vault_id: bytes
    kdf_salt: bytes
    master_by_unlock: bytes
    master_by_recovery: bytes
    content_key_by_master: bytes

    def encode(self) -> bytes:
        for blob in (self.master_by_unlock, self.master_by_recovery, self.content_key_by_master):
            if len(blob) != WRAPPED_LEN:
                raise ValueError("wrapped key of unexpected length")
        if len(self.vault_id) != 16 or len(self.kdf_salt) != 16:
            raise ValueError("vault id and salt must be 16 bytes")
        packed = _SLOT.pack(
            FORMAT_TAG,
            _FLAG_DEVICE_SECRET if self.uses_device_secret else 0,
            self.kdf_memory_kib,
            self.kdf_iterations,
            self.kdf_parallelism,
            self.vault_id,
            self.kdf_salt,
            self.master_by_unlock,
            self.master_by_recovery,
            self.content_key_by_master,
        )
        return packed + b"\x00" * (SLOT_LEN - len(packed))

    @classmethod
    def decode(cls, plain: bytes) -> Slots:
        if len(plain) != SLOT_LEN:
            raise damaged("its key block has the wrong size")
        tag, flags, m, t, p, vid, salt, by_unlock, by_recovery, ck = _SLOT.unpack_from(plain)
        if tag != FORMAT_TAG:
            if tag[:3] == FORMAT_TAG[:3] and tag[3] > FORMAT_TAG[3]:
                raise VaultCorrupt(
                    "This backup was made by a newer version of the app.",
                    hint="Install the newest version to restore it.", code="backup.newer_version",
                )
            raise VaultCorrupt(
                "This file is not a backup made by this app, or it is damaged.",
                hint="Choose a backup file made with 'vault-app backup create'.", code="backup.not_a_backup",
            )
        if flags & ~_FLAG_DEVICE_SECRET or any(plain[_SLOT.size :]):
            raise damaged("its key block holds unknown fields")
        return cls(bool(flags & _FLAG_DEVICE_SECRET), m, t, p, vid, salt, by_unlock, by_recovery, ck)


def _mask(file_nonce: bytes) -> bytes:
    return HKDF(hashes.SHA256(), SLOT_LEN, salt=None, info=b"vault-app/backup/v1/mask").derive(file_nonce)


def _xor(a: bytes, b: bytes) -> bytes:
    return (int.from_bytes(a, "big") ^ int.from_bytes(b, "big")).to_bytes(len(a), "big")


def _stream_key(content_key: bytes, file_nonce: bytes) -> bytes:
    return HKDF(hashes.SHA256(), KEY_LEN, salt=file_nonce, info=b"vault-app/backup/v1/stream").derive(content_key)


def _chunk_nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _binding(file_nonce: bytes, slot_plain: bytes) -> bytes:
    return hashlib.sha256(b"vault-app/backup/v1/aad" + file_nonce + slot_plain).digest()


# --- writing ----------------------------------------------------------------------------
class ContainerWriter:
    """Streams the plaintext into an open binary file; `finish` writes the last chunk and trailer."""

    def __init__(self, out: BinaryIO, slots: Slots, content_key: bytes) -> None:
        self._out = out
        self._hash = hashlib.sha256()
        file_nonce = secrets.token_bytes(NONCE_LEN)
        slot_plain = slots.encode()
        self._aead = AESGCM(_stream_key(content_key, file_nonce))
        self._aad = _binding(file_nonce, slot_plain)
        self._buffer = bytearray()
        self._index = 0
        self._emit(file_nonce + _xor(slot_plain, _mask(file_nonce)))

    def _emit(self, data: bytes) -> None:
        self._hash.update(data)
        self._out.write(data)

    def _seal(self, plain: bytes, last: bool) -> None:
        self._emit(self._aead.encrypt(_chunk_nonce(self._index, last), plain, self._aad))
        self._index += 1

    def write(self, data: bytes) -> None:
        self._buffer += data
        # Strictly more than a chunk: the final chunk is only known at `finish`.
        while len(self._buffer) > CHUNK:
            self._seal(bytes(self._buffer[:CHUNK]), last=False)
            del self._buffer[:CHUNK]

    def finish(self) -> str:
        self._seal(bytes(self._buffer), last=True)
        self._buffer.clear()
        digest = self._hash.digest()
        self._out.write(digest)
        self._hash.update(digest)
        return self._hash.hexdigest()


# --- reading ----------------------------------------------------------------------------
def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(HASH_BLOCK):
            digest.update(block)
    return digest.hexdigest()


def check_trailer(path: Path) -> tuple[int, str]:
    """Checks the whole-file checksum; returns the size and the file's SHA-256. No key needed."""
    with path.open("rb") as fh:
        return check_trailer_in(fh, os.fstat(fh.fileno()).st_size)


def check_trailer_in(fh: BinaryIO, size: int) -> tuple[int, str]:
    """check_trailer over `fh`, positioned at the start of a file of `size` bytes."""
    if size < NONCE_LEN + SLOT_LEN + TAG_LEN + TRAILER_LEN:
        raise damaged("it is truncated or empty")
    digest = hashlib.sha256()
    remaining = size - TRAILER_LEN
    while remaining:
        block = fh.read(min(HASH_BLOCK, remaining))
        if not block:
            raise damaged("it is truncated")
        digest.update(block)
        remaining -= len(block)
    trailer = fh.read(TRAILER_LEN)
    if not secrets.compare_digest(digest.digest(), trailer):
        raise damaged("its checksum does not match: it was altered, truncated or only partly copied")
    digest.update(trailer)
    return size, digest.hexdigest()


def read_slots(path: Path) -> Slots:
    with path.open("rb") as fh:
        return slots_of(fh.read(NONCE_LEN + SLOT_LEN))


def read_slots_in(fh: BinaryIO) -> Slots:
    """read_slots over `fh` (at its start), put back at the start for iter_plaintext_in."""
    slots = slots_of(fh.read(NONCE_LEN + SLOT_LEN))
    fh.seek(0)
    return slots


def slots_of(head: bytes) -> Slots:
    """The key block of a file whose first bytes are `head` (bytes already read, so that what is
    hashed and what is read are the same bytes: services/restore_ask.read)."""
    if len(head) < NONCE_LEN + SLOT_LEN:
        raise damaged("it is truncated")
    return Slots.decode(_xor(head[NONCE_LEN:NONCE_LEN + SLOT_LEN], _mask(head[:NONCE_LEN])))


def iter_plaintext(path: Path, content_key: bytes) -> Generator[bytes]:
    """Decrypted chunks in order. Raises VaultTampered if any chunk fails authentication."""
    size = path.stat().st_size
    with path.open("rb") as fh:
        yield from iter_plaintext_in(fh, size, content_key)


def iter_plaintext_in(fh: BinaryIO, size: int, content_key: bytes) -> Generator[bytes]:
    """iter_plaintext over `fh`, positioned at the start of a file of `size` bytes (the file
    itself, or its first bytes already read, as services/restore_ask.read keeps them)."""
    body = size - NONCE_LEN - SLOT_LEN - TRAILER_LEN
    full = CHUNK + TAG_LEN
    rest = body % full
    if body < TAG_LEN or 0 < rest < TAG_LEN:
        raise damaged("its encrypted body has an impossible length")
    count = body // full + (1 if rest else 0)
    head = fh.read(NONCE_LEN + SLOT_LEN)
    file_nonce = head[:NONCE_LEN]
    slot_plain = _xor(head[NONCE_LEN:], _mask(file_nonce))
    aead = AESGCM(_stream_key(content_key, file_nonce))
    aad = _binding(file_nonce, slot_plain)
    for index in range(count):
        last = index == count - 1
        sealed = fh.read(full if not last or not rest else rest)
        try:
            yield aead.decrypt(_chunk_nonce(index, last), sealed, aad)
        except InvalidTag:
            raise VaultTampered(
                f"The backup file failed authentication at block {index + 1}: it was altered.",
                hint="Use another backup.", code="backup.altered",
            ) from None


class PlainReader:
    """Exact-size reads over the decrypted chunk stream."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = bytearray()

    def read_exact(self, n: int) -> bytes:
        while len(self._buffer) < n:
            nxt = next(self._chunks, None)
            if nxt is None:
                raise damaged("its contents end early")
            self._buffer += nxt
        out = bytes(self._buffer[:n])
        del self._buffer[:n]
        return out

    def read_blocks(self, n: int) -> Iterator[bytes]:
        """`n` bytes as a sequence of blocks (bounded memory for large parts)."""
        left = n
        while left:
            if not self._buffer:
                nxt = next(self._chunks, None)
                if nxt is None:
                    raise damaged("its contents end early")
                if len(nxt) <= left:
                    # A whole decrypted chunk inside the part: handed on as it is, not copied
                    # through the buffer twice (most of a large part goes this way).
                    left -= len(nxt)
                    yield nxt
                    continue
                self._buffer += nxt
                continue
            take = min(left, len(self._buffer))
            out = bytes(self._buffer[:take])
            del self._buffer[:take]
            left -= take
            yield out

    def at_end(self) -> bool:
        if self._buffer:
            return False
        for nxt in self._chunks:
            if nxt:
                self._buffer += nxt
                return False
        return True


def encode_manifest_length(n: int) -> bytes:
    return struct.pack(">I", n)


def decode_manifest_length(raw: bytes) -> int:
    (n,) = struct.unpack(">I", raw)
    if not 0 < n <= MAX_MANIFEST:
        raise damaged("its table of contents has an impossible size")
    return int(n)


def fsync_file(fh: BinaryIO) -> None:
    fh.flush()
    os.fsync(fh.fileno())

"""Read every page of a SQLCipher 4 file (and its WAL) as plaintext, in memory.

Verification after a destruction must look below SQL: free pages, slack space
and stale WAL frames never show up in a SELECT. This decodes the on-disk format
directly (SQLCipher 4 defaults, which every compartment pins): 4096-byte pages,
each `AES-256-CBC(data) || IV(16) || HMAC-SHA512(64)`; page 1 starts with the
16-byte file salt; the HMAC key is PBKDF2-HMAC-SHA512(key, salt ^ 0x3a, 2 rounds).

A page whose HMAC does not verify under the key given is not readable with the
vault's keys (written under an erased key, or never a page at all) and is
counted, not returned. Nothing decrypted is ever written to disk.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from vault_app.domain.errors import VaultCorrupt
from vault_app.storage.files import os_errors

PAGE_SIZE = 4096
SALT_LEN = 16
IV_LEN = 16
HMAC_LEN = 64
RESERVE = IV_LEN + HMAC_LEN
WAL_HEADER_LEN = 32
WAL_FRAME_HEADER_LEN = 24
_HMAC_SALT_MASK = 0x3A
_FAST_KDF_ITERATIONS = 2


@dataclass
class PageStats:
    pages: int = 0
    authenticated: int = 0
    unreadable: int = 0
    bytes_decrypted: int = 0

    def add(self, other: PageStats) -> None:
        self.pages += other.pages
        self.authenticated += other.authenticated
        self.unreadable += other.unreadable
        self.bytes_decrypted += other.bytes_decrypted


class _PageCipher:
    def __init__(self, key: bytes, salt: bytes) -> None:
        self._key = key
        self._hmac_key = hashlib.pbkdf2_hmac(
            "sha512", key, bytes(b ^ _HMAC_SALT_MASK for b in salt), _FAST_KDF_ITERATIONS, 32
        )

    def decrypt(self, page: bytes, pgno: int) -> bytes | None:
        if len(page) != PAGE_SIZE:
            return None
        start = SALT_LEN if pgno == 1 else 0
        data = page[start : PAGE_SIZE - RESERVE]
        iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + IV_LEN]
        tag = page[PAGE_SIZE - RESERVE + IV_LEN :]
        expected = hmac.new(self._hmac_key, data + iv + pgno.to_bytes(4, "little"), hashlib.sha512).digest()
        if not hmac.compare_digest(expected, tag):
            return None
        decryptor = Cipher(algorithms.AES(self._key), modes.CBC(iv)).decryptor()
        return decryptor.update(data) + decryptor.finalize()


def _read_exact(handle: BinaryIO, size: int) -> bytes:
    return handle.read(size)


def file_salt(db_path: Path, wal_path: Path | None = None) -> bytes | None:
    """The salt lives in the first 16 bytes of page 1 (in the file or, for a new
    database never checkpointed, in a WAL frame for page 1)."""
    with os_errors("reading a compartment for verification"):
        if db_path.exists() and db_path.stat().st_size >= PAGE_SIZE:
            with db_path.open("rb") as handle:
                return handle.read(SALT_LEN)
        if wal_path is not None and wal_path.exists():
            with wal_path.open("rb") as handle:
                handle.seek(WAL_HEADER_LEN)
                while True:
                    frame_header = handle.read(WAL_FRAME_HEADER_LEN)
                    page = handle.read(PAGE_SIZE)
                    if len(frame_header) < WAL_FRAME_HEADER_LEN or len(page) < PAGE_SIZE:
                        return None
                    if int.from_bytes(frame_header[:4], "big") == 1:
                        return page[:SALT_LEN]
    return None


def plaintext_pages(db_path: Path, key: bytes, stats: PageStats) -> Iterator[bytes]:
    """Every page of the database file and of its -wal, decrypted, in file order."""
    wal_path = Path(str(db_path) + "-wal")
    salt = file_salt(db_path, wal_path)
    if salt is None:
        return
    cipher = _PageCipher(key, salt)
    with os_errors("reading a compartment for verification"):
        if db_path.exists():
            with db_path.open("rb") as handle:
                pgno = 0
                while True:
                    page = _read_exact(handle, PAGE_SIZE)
                    if not page:
                        break
                    pgno += 1
                    yield from _counted(cipher.decrypt(page, pgno), stats)
                    if pgno == 1:
                        _check_page_one(cipher, page, db_path)
        if wal_path.exists():
            with wal_path.open("rb") as handle:
                handle.seek(WAL_HEADER_LEN)
                while True:
                    frame_header = _read_exact(handle, WAL_FRAME_HEADER_LEN)
                    page = _read_exact(handle, PAGE_SIZE)
                    if len(frame_header) < WAL_FRAME_HEADER_LEN or len(page) < PAGE_SIZE:
                        break
                    yield from _counted(cipher.decrypt(page, int.from_bytes(frame_header[:4], "big")), stats)


def _counted(plain: bytes | None, stats: PageStats) -> Iterator[bytes]:
    stats.pages += 1
    if plain is None:
        stats.unreadable += 1
        return
    stats.authenticated += 1
    stats.bytes_decrypted += len(plain)
    yield plain


def _check_page_one(cipher: _PageCipher, page: bytes, path: Path) -> None:
    plain = cipher.decrypt(page, 1)
    if plain is None:
        return
    # Bytes 16-17 of the SQLite header (here the first two plaintext bytes) hold the page size.
    if int.from_bytes(plain[:2], "big") != PAGE_SIZE or plain[4] != RESERVE:
        raise VaultCorrupt(
            f"{path.name} does not use the page layout this app writes, so it cannot be verified.",
        )

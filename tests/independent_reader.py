"""An independent SQLCipher 4 reader: decrypts a database file from its documented
format with nothing but the raw key, then hands plain SQLite to the stdlib.

It shares no code with the app (no sqlcipher3): if the app ever wrote a file that
standard SQLCipher 4 could not read, this would fail.

SQLCipher 4 defaults: 4096-byte pages; per page AES-256-CBC over the data, a
16-byte IV and a 64-byte HMAC-SHA512 in the reserved tail; page 1 starts with the
16-byte salt instead of the SQLite magic. With a raw key the encryption key is the
key itself and the HMAC key is PBKDF2-HMAC-SHA512(key, salt ^ 0x3a, 2, 32).
"""

from __future__ import annotations

import hashlib
import hmac
import sqlite3
import struct
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
SALT_LEN = 16
IV_LEN = 16
HMAC_LEN = 64
RESERVE = IV_LEN + HMAC_LEN
SQLITE_MAGIC = b"SQLite format 3\x00"


class HmacMismatch(Exception):
    pass


def decrypt_file(src: Path, key_hex: str, dst: Path) -> None:
    key = bytes.fromhex(key_hex)
    data = src.read_bytes()
    salt = data[:SALT_LEN]
    hmac_salt = bytes(b ^ 0x3A for b in salt)
    hmac_key = hashlib.pbkdf2_hmac("sha512", key, hmac_salt, 2, 32)
    out = bytearray()
    for index in range(len(data) // PAGE_SIZE):
        page = data[index * PAGE_SIZE : (index + 1) * PAGE_SIZE]
        pgno = index + 1
        start = SALT_LEN if pgno == 1 else 0
        body = page[start : PAGE_SIZE - RESERVE]
        iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + IV_LEN]
        tag = page[PAGE_SIZE - HMAC_LEN :]
        expected = hmac.new(hmac_key, body + iv + struct.pack("<I", pgno), hashlib.sha512).digest()
        if not hmac.compare_digest(expected, tag):
            raise HmacMismatch(f"page {pgno}")
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        plain = decryptor.update(body) + decryptor.finalize()
        if pgno == 1:
            out += SQLITE_MAGIC
        out += plain + b"\x00" * RESERVE
    # Pages are complete; mark the file as rollback-journal so sqlite3 needs no -wal.
    out[18] = 1
    out[19] = 1
    dst.write_bytes(bytes(out))


def open_plain(src: Path, key_hex: str, workdir: Path) -> sqlite3.Connection:
    dst = workdir / (src.name + ".plain")
    decrypt_file(src, key_hex, dst)
    return sqlite3.connect(dst)

"""Read every page of a SQLCipher 4 file (and its WAL) as plaintext, in memory.

Verification after a destruction must look below SQL: free pages, slack space
and stale WAL frames never show up in a SELECT. This decodes the on-disk format
directly (SQLCipher 4 defaults, which every compartment pins): 4096-byte pages,
each `AES-256-CBC(data) || IV(16) || HMAC-SHA512(64)`; page 1 starts with the
16-byte file salt; the HMAC key is PBKDF2-HMAC-SHA512(key, salt ^ 0x3a, 2 rounds).

A page whose HMAC does not verify under the key given is not readable with the
vault's keys (written under an erased key, or never a page at all) and is
counted, not returned. Nothing decrypted is ever written to disk.

Pages are read, checked and decrypted in runs (`PageRange`, BATCH_PAGES at a time), so
the Python cost is a few steps per page and the bytes go through OpenSSL in large
calls; runs are independent, so callers can share them out between threads
(services/destruction_verify.py). The plaintext of a file is the concatenation of its
readable pages in file order, whatever the runs.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

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


class PageCipher:
    """Checks and decrypts runs of pages with one HMAC key object (copied per page) and
    one AES-CBC pass per run, instead of a new HMAC and a new cipher object per page."""

    def __init__(self, key: bytes, salt: bytes) -> None:
        self._key = key
        hmac_key = hashlib.pbkdf2_hmac(
            "sha512", key, bytes(b ^ _HMAC_SALT_MASK for b in salt), _FAST_KDF_ITERATIONS, 32
        )
        self._mac = hmac.new(hmac_key, digestmod=hashlib.sha512)

    def authentic(self, page: memoryview, pgno: int) -> bool:
        """The page's HMAC-SHA512 over its data, its IV and its number (SQLCipher 4)."""
        if len(page) != PAGE_SIZE:
            return False
        return hmac.compare_digest(self.mac_for(page, pgno), page[PAGE_SIZE - HMAC_LEN :])

    def mac_for(self, page: memoryview, pgno: int) -> bytes:
        """The HMAC page `pgno` carries, over its data and IV (`page` may end before the HMAC)."""
        mac = self._mac.copy()
        mac.update(page[SALT_LEN if pgno == 1 else 0 : PAGE_SIZE - HMAC_LEN])  # data, then IV: contiguous
        mac.update(pgno.to_bytes(4, "little"))
        return mac.digest()

    def decrypt_run(self, pages: list[tuple[memoryview, int]]) -> bytes:
        """The plaintexts of authenticated pages, concatenated in order.

        One CBC pass over `IV1 | data1 | IV2 | data2 | ...`: in CBC each block is
        D(block) XOR the block before it, so every page's data decrypts against its own
        IV and only the IVs' own blocks come out as garbage, which is dropped."""
        stream: list[memoryview] = []
        for page, pgno in pages:
            stream.append(page[PAGE_SIZE - RESERVE : PAGE_SIZE - HMAC_LEN])
            stream.append(page[SALT_LEN if pgno == 1 else 0 : PAGE_SIZE - RESERVE])
        decryptor = Cipher(algorithms.AES(self._key), modes.CBC(bytes(IV_LEN))).decryptor()
        plain = memoryview(decryptor.update(b"".join(stream)))
        decryptor.finalize()  # whole blocks: nothing is left in it
        out: list[memoryview] = []
        offset = 0
        for _page, pgno in pages:
            size = PAGE_SIZE - RESERVE - (SALT_LEN if pgno == 1 else 0)
            out.append(plain[offset + IV_LEN : offset + IV_LEN + size])
            offset += IV_LEN + size
        return b"".join(out)


@dataclass(frozen=True)
class Loose:
    """A region of a file that does not authenticate: `length` bytes from `start`, and its
    `context` (those bytes with up to the sink's margin of the file on either side)."""

    start: int
    length: int
    context: bytes


class LooseSink(Protocol):
    """Where a run's regions that do not authenticate go (storage/destruction_loose.py,
    which this module does not import: the unlock loads it without the search)."""

    @property
    def margin(self) -> int: ...

    def take(self, regions: list[Loose]) -> None: ...


def merged(regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(offset, length) regions in order, neighbours joined into one."""
    out: list[tuple[int, int]] = []
    for offset, length in regions:
        if out and out[-1][0] + out[-1][1] == offset:
            out[-1] = (out[-1][0], out[-1][1] + length)
        else:
            out.append((offset, length))
    return out


BATCH_PAGES = 256  # pages read, checked and decrypted together: 1 MiB


@dataclass(frozen=True)
class PageRange:
    """A run of pages of a compartment file, or of frames of its -wal, in file order."""

    path: Path
    wal: bool
    first: int  # 0-based index of the first page (or frame)
    count: int


@dataclass(frozen=True)
class PagedFile:
    """A compartment file cut into runs; `salt` None: nothing readable to decrypt. `loose`:
    the (path, start, length) byte ranges in no run (a -wal's header, the bytes after its
    last whole frame; with no salt, both files whole), fixed with the sizes."""

    salt: bytes | None
    ranges: list[PageRange]
    loose: list[tuple[Path, int, int]] = field(default_factory=list)


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


def _runs(path: Path, wal: bool, units: int, per_range: int) -> list[PageRange]:
    return [PageRange(path, wal, first, min(per_range, units - first)) for first in range(0, units, per_range)]


def paged_file(db_path: Path, pages_per_range: int) -> PagedFile:
    """The file (every page, a trailing partial page included: it counts as unreadable)
    and its -wal (every whole frame), cut into runs of at most `pages_per_range`."""
    wal_path = Path(str(db_path) + "-wal")
    salt = file_salt(db_path, wal_path)
    with os_errors("reading a compartment for verification"):
        size = db_path.stat().st_size if db_path.exists() else 0
        wal_size = wal_path.stat().st_size if wal_path.exists() else 0
    if salt is None:
        whole = [(db_path, 0, size), (wal_path, 0, wal_size)]
        return PagedFile(None, [], [(path, 0, n) for path, _, n in whole if n > 0])
    frames = max(0, wal_size - WAL_HEADER_LEN) // (WAL_FRAME_HEADER_LEN + PAGE_SIZE)
    frames_end = WAL_HEADER_LEN + frames * (WAL_FRAME_HEADER_LEN + PAGE_SIZE)
    loose = [(wal_path, 0, min(wal_size, WAL_HEADER_LEN))] if wal_size else []
    if wal_size > frames_end:
        loose.append((wal_path, frames_end, wal_size - frames_end))
    return PagedFile(salt, _runs(db_path, False, -(-size // PAGE_SIZE), pages_per_range)
                     + _runs(wal_path, True, frames, pages_per_range), loose)


def decrypt_range(key: bytes, salt: bytes, run: PageRange, stats: PageStats,
                  loose: LooseSink | None = None) -> Iterator[bytes]:
    """The plaintext of the run's readable pages, concatenated, in batches of BATCH_PAGES.
    With `loose`, the run's bytes that do not authenticate (pages that do not verify, page
    1's salt, frame headers) go to it from the same read, with their context
    (storage/destruction_loose.py)."""
    cipher = PageCipher(key, salt)
    step = WAL_FRAME_HEADER_LEN + PAGE_SIZE if run.wal else PAGE_SIZE
    base = WAL_HEADER_LEN if run.wal else 0
    margin = loose.margin if loose is not None else 0
    with os_errors("reading a compartment for verification"), run.path.open("rb") as handle:
        done = 0
        while done < run.count:
            n = min(BATCH_PAGES, run.count - done)
            at = base + (run.first + done) * step
            lead = min(at, margin)  # the context before the batch, read with it
            handle.seek(at - lead)
            read = memoryview(handle.read(lead + n * step + margin))
            block = read[lead : lead + n * step]
            pages: list[tuple[memoryview, int]] = []
            regions: list[tuple[int, int]] = []  # (offset in block, length) that do not authenticate
            for k in range(n):
                if run.wal:
                    frame = block[k * step : (k + 1) * step]
                    if len(frame) < step:
                        break
                    page, pgno = frame[WAL_FRAME_HEADER_LEN:], int.from_bytes(frame[:4], "big")
                    offset = k * step + WAL_FRAME_HEADER_LEN
                    regions.append((k * step, WAL_FRAME_HEADER_LEN))
                else:
                    page, pgno = block[k * step : (k + 1) * step], run.first + done + k + 1
                    offset = k * step
                    if not page:
                        break
                stats.pages += 1
                if cipher.authentic(page, pgno):
                    pages.append((page, pgno))
                    if pgno == 1:
                        regions.append((offset, SALT_LEN))  # outside the HMAC
                else:
                    stats.unreadable += 1
                    regions.append((offset, len(page)))
            done += n
            if loose is not None and regions:
                loose.take([Loose(at + offset, length, bytes(read[max(0, lead + offset - margin)
                                                                   : lead + offset + length + margin]))
                            for offset, length in merged(regions)])
            if not pages:
                continue
            plain = cipher.decrypt_run(pages)
            stats.authenticated += len(pages)
            stats.bytes_decrypted += len(plain)
            if not run.wal and pages[0][1] == 1:
                check_page_one(plain, run.path)
            yield plain


def plaintext_pages(db_path: Path, key: bytes, stats: PageStats) -> Iterator[bytes]:
    """Every readable page of the database file and of its -wal, decrypted, in file
    order, concatenated into batches (one thread; see PageRange to share them out)."""
    paged = paged_file(db_path, BATCH_PAGES)
    if paged.salt is None:
        return
    for run in paged.ranges:
        yield from decrypt_range(key, paged.salt, run, stats)


def check_page_one(plain: bytes, path: Path) -> None:
    # Bytes 16-17 of the SQLite header (here the first two plaintext bytes) hold the page size.
    if int.from_bytes(plain[:2], "big") != PAGE_SIZE or plain[4] != RESERVE:
        raise VaultCorrupt(
            f"{path.name} does not use the page layout this app writes, so it cannot be verified.",
            code="destruction.page_layout", params={"file": path.name},
        )


def unreadable_pages(key: bytes, salt: bytes, data: bytes, first_pgno: int) -> list[int]:
    """Numbers of the pages of `data` (whole pages of a compartment file, the first being
    page `first_pgno`) whose HMAC does not verify under `key`: a purge checks the pages it
    wrote anew this way, without reading the pages it left as they were."""
    cipher = PageCipher(key, salt)
    view = memoryview(data)
    return [first_pgno + k for k in range(-(-len(data) // PAGE_SIZE))
            if not cipher.authentic(view[k * PAGE_SIZE : (k + 1) * PAGE_SIZE], first_pgno + k)]

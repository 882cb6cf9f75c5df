"""What a compartment file will hold once its -wal is folded in, worked out from the two files' bytes
alone (no key: the pages stay encrypted; SQLite's checkpoint copies each frame's page as it is).

Found: the psychotherapy notes locked while another process's backup (the app's window, beside its
lock) read them: the closing checkpoint waited for that reader (the busy timeout, 5 s), then gave up
all the same, and that reader, the last connection, folded the -wal in as it closed. The file had
then changed under the fingerprint this process took at its close, and the next backup of the locked
notes refused it as "an older copy put back". The close no longer waits; it keeps, beside the
fingerprint, the SHA-256 the file has once folded, computed here (services/vault_psychotherapy_file.py).

SQLite's WAL format (https://www.sqlite.org/fileformat2.html#walformat): a 32-byte header (magic, whose
low bit says the checksums' byte order, version, page size, checkpoint sequence, two salts, a
checksum), then frames of a 24-byte header (page number, the database's size in pages for a commit
frame, the salts, a cumulative checksum) and a page. Frames count up to the last valid commit frame;
the checkpoint writes each page's last such frame into the file and sets the file's size to the last
commit's page count."""

from __future__ import annotations

import hashlib
import struct
from pathlib import Path

_MAGIC = (0x377F0682, 0x377F0683)
_HEADER, _FRAME_HEADER = 32, 24
_MASK = 0xFFFFFFFF


def _checksum(data: bytes, big_endian: bool, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack((">" if big_endian else "<") + f"{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & _MASK
        s1 = (s1 + words[i + 1] + s0) & _MASK
    return s0, s1


def folded_digest(db: Path, wal: Path) -> str | None:
    """The SHA-256 `db` will have once `wal`'s committed frames are checkpointed into it; None when
    `wal` holds no committed frame (or is not a WAL: nothing to say of it). The -wal is read first:
    a fold by another process meanwhile (the file written, the -wal removed) gives the same result,
    each frame's page being written again where it already is."""
    try:
        log = wal.read_bytes()
    except FileNotFoundError:
        return None
    if len(log) < _HEADER:
        return None
    magic, _version, page_size, _seq, salt1, salt2, ck1, ck2 = struct.unpack(">8I", log[:_HEADER])
    if magic not in _MAGIC:
        return None
    big_endian = bool(magic & 1)
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1) or _checksum(log[:24], big_endian, 0, 0) != (ck1, ck2):
        return None
    s0, s1 = ck1, ck2
    pages: dict[int, int] = {}  # page number -> offset of its last committed frame's page
    pending: dict[int, int] = {}
    size_in_pages = 0
    offset = _HEADER
    while offset + _FRAME_HEADER + page_size <= len(log):
        pgno, commit, f_salt1, f_salt2, f_ck1, f_ck2 = struct.unpack(">6I", log[offset:offset + _FRAME_HEADER])
        if (f_salt1, f_salt2) != (salt1, salt2) or pgno == 0:
            break
        page_at = offset + _FRAME_HEADER
        s0, s1 = _checksum(log[offset:offset + 8], big_endian, s0, s1)
        s0, s1 = _checksum(log[page_at:page_at + page_size], big_endian, s0, s1)
        if (s0, s1) != (f_ck1, f_ck2):
            break
        pending[pgno] = page_at
        if commit:
            pages.update(pending)
            pending.clear()
            size_in_pages = commit
        offset = page_at + page_size
    if not size_in_pages:
        return None
    image = bytearray(db.read_bytes())
    size = size_in_pages * page_size
    if len(image) < size:
        image.extend(bytes(size - len(image)))
    for pgno, page_at in pages.items():
        if pgno <= size_in_pages:
            start = (pgno - 1) * page_size
            image[start:start + page_size] = log[page_at:page_at + page_size]
    del image[size:]
    return hashlib.sha256(image).hexdigest()


__all__ = ["folded_digest"]

"""The raw search of a compartment file's bytes that do not authenticate (issue 21,
eleventh round; docs/scaling.md, "the raw search of what does not authenticate").

The destruction's content search used to read each compartment file (records.db,
psychotherapy.db, ledger.db) and its -wal twice: every byte raw, then every page decrypted
with the current key. Now it reads them once: each page is checked and decrypted as
before (storage/destruction_pages.py decrypt_range), and in the same read the bytes that
do not authenticate are handed here and searched raw. Why nothing the whole raw search
would find as a residue is missed, and why the decrypted search is unchanged:

1. **What is searched raw (the loose bytes L of a file).** A SQLCipher 4 page is
   `data || IV(16) || HMAC-SHA512(64)`; the HMAC covers the data, the IV and the page
   number (page 1: from byte 16 on). L is every byte of the file outside the whole pages
   whose HMAC verifies under the current key at their page number, and page 1's salt:
   - page 1's first 16 bytes (the file salt, also in a -wal frame for page 1): outside
     the HMAC, so in L (they are random; searching them costs nothing);
   - every page that does not verify: under an older key, written at another number,
     torn, or never a page at all;
   - a partial last page of the file;
   - in the -wal: its 32-byte header, every frame's 24-byte header, every frame whose
     page does not verify, and the bytes after the last whole frame;
   - a file whose salt cannot be read (shorter than a page, and no frame for page 1 in
     its -wal): every byte of it and of its -wal.
   The complement A (the authenticated bytes) is exactly the union of the pages that
   verify, salt excepted.
2. **A needle wholly inside A is not the chart's content in the file.** A page that
   verifies under the current key was written by a holder of that key (the HMAC key is
   derived from it and the salt). Two writers hold it, and both encrypt, then MAC:
   SQLCipher's codec and the app's own page re-encryption (storage/rekey_copy.py,
   `tests/core/test_rekey_copy.py`: every page of a copy, free pages included, decrypts
   under the new key to what it held under the old one). So such a page is
   `AES-256-CBC(key, IV, plaintext) || IV || HMAC`, and its plaintext, whatever it holds
   (an older image of the page included), is searched in the decrypted pass below (every
   verified page, as before). Its raw bytes are the cipher's output and a keyed hash: a
   needle appears there only by chance (about 2^-40 per position for the shortest, 5-byte
   needles), never as a copy of the content; the old whole-file search could only turn
   such a chance into a false failure. (A writer that put a MAC on unencrypted bytes would
   defeat this search and the decrypted one alike: no such writer exists, and a new one
   must keep the property that test checks.)
3. **Every occurrence that touches L is found.** A needle is at most `max_len` bytes, so an
   occurrence that overlaps a loose region [a, b) lies within [a - (max_len - 1),
   b + (max_len - 1)). Each region is searched on exactly those bytes of the file (its
   `context`: the region and up to max_len - 1 bytes of its neighbours on each side,
   authenticated or not), read in the same read as the pages around it. So a needle
   crossing from a torn or old-key page into a good one, or from a frame header into its
   page, is found, as the whole-file search found it. Regions may be cut anywhere (at a
   batch of pages, at a piece of the threads): each part is searched with its own
   context, and an occurrence overlapping a part lies in that part's context.
4. **Several regions searched in one call find no more than each alone.** The contexts
   of one batch are joined and searched once (a call per page would cost more than the
   search); a needle found in the joined bytes is confirmed in each context alone, so a
   needle made up across the join of two contexts is never reported.
5. **The decrypted search is unchanged.** The same pages verify, are decrypted and are
   joined in the same order (the only change to the read is up to max_len - 1 bytes more
   on each side of a batch, which are only used as context).

So the raw hits are those of the whole-file search that touch a byte the current keys do
not vouch for, which are all its hits that could be a residue; everything else of the
vault folder (the header, the -shm files, blobs, stray files, the app's folders) is still
searched raw in whole. The bytes counted as searched raw here are |L| (contexts are not
counted): `tests/core/test_destruction_loose.py` checks that figure against its own
page reader, and plants needles in an old key's page, a stale frame, a torn tail and
across the seam of a loose page and a good one.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from vault_app.storage.destruction_pages import Loose
from vault_app.storage.destruction_scan import CHUNK, Matcher, NeedleSet
from vault_app.storage.files import os_errors


@dataclass
class LooseSearch:
    """The raw search of every loose region handed in, shared by the scan's threads."""

    needles: NeedleSet
    found: dict[str, set[int]] = field(default_factory=dict)
    bytes_searched: int = 0
    regions: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _matcher: Matcher | None = None

    @property
    def margin(self) -> int:
        return max(0, self.needles.max_len - 1)

    def sink(self, where: str) -> LooseSink:
        return LooseSink(self, where)

    def take(self, where: str, regions: list[Loose]) -> None:
        if not regions:
            return
        hits: set[int] = set()
        if len(self.needles):
            matcher = self._all()
            joined = regions[0].context if len(regions) == 1 else b"".join(r.context for r in regions)
            hits = matcher.find(joined)
            if hits and len(regions) > 1:  # confirmed in each context alone (point 4)
                confirm = Matcher(self.needles.needles, sorted(hits))
                hits = set().union(*(confirm.find(r.context) for r in regions))
        with self._lock:
            self.bytes_searched += sum(r.length for r in regions)
            self.regions += len(regions)
            if hits:
                self.found.setdefault(where, set()).update(hits)

    def _all(self) -> Matcher:
        with self._lock:
            if self._matcher is None:
                self._matcher = Matcher(self.needles.needles, list(range(len(self.needles))))
            return self._matcher


@dataclass(frozen=True)
class LooseSink:
    """One file's loose regions go to `search`, recorded at `where`."""

    search: LooseSearch
    where: str

    @property
    def margin(self) -> int:
        return self.search.margin

    def take(self, regions: list[Loose]) -> None:
        self.search.take(self.where, regions)


def loose_range(path: Path, start: int, length: int, sink: LooseSink) -> Iterator[bytes]:
    """Bytes of a file that belong to no page or frame (a -wal's header, the tail after its
    last whole frame, a file without a readable salt), handed to `sink` CHUNK at a time with
    their context. Yields nothing: there is nothing to decrypt in them."""
    margin = sink.margin
    with os_errors("reading a compartment for verification"), path.open("rb") as handle:
        at = start
        while at < start + length:
            size = min(CHUNK, start + length - at)
            lo = max(0, at - margin)
            handle.seek(lo)
            context = handle.read(at - lo + size + margin)
            got = min(size, max(0, len(context) - (at - lo)))
            if got <= 0:
                return  # the file is shorter than it was: nothing more there
            sink.take([Loose(at, got, context)])
            at += got
    yield from ()


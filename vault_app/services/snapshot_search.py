"""The destruction's content search of purged snapshots, each distinct page once.

The snapshots of one repository (and of every repository of the vault) share almost
every chunk: a day's work changes a few pages. Searching every page of every purged
snapshot decrypts and searches the same bytes N times. Here the search of one destruction
remembers, for each chunk of a compartment file it searched, the needles found in it, and
searches again only what it has not seen.

Why the result is the set a search of every page would give (ContentScan.compartment_places
searches the concatenation of the file's readable pages, its plaintext P):

- A **unit** is one chunk of the purged file as store_parts cut it: whole pages, starting
  at a page boundary. Its key is (the compartment key and the file's salt, as a digest;
  the file name; its byte offset; its chunk id). A paged chunk's id is the keyed hash of
  its pages' trailers (IV and HMAC-SHA512 of each page, chunk_store.ChunkKeys.chunk_id),
  so under the same key and salt, at the same page numbers, an equal id means equal
  pages as long as the pages are authentic (an HMAC-SHA512 collision aside). A unit is
  remembered only when every one of its pages verified, so a page that does not verify
  is always searched again (and counted unreadable again, as the full search counts it).
  The same pages decrypt to the same plaintext, so its needles are the ones found before.
- A needle is at most `max_len` bytes. Every remembered unit has at least one page of
  plaintext (4,016 bytes or more), longer than a needle, so an occurrence in P lies
  inside one unit or crosses exactly one **seam** between two neighbouring units, within
  the last max_len - 1 bytes of the left one and the first max_len - 1 of the right one.
  Each seam is searched on exactly those bytes (kept in memory for each unit, never
  written) and remembered by (key digest, file, offset, left id, right id): two units
  that were never neighbours before are searched at their seam, though each was seen.
- A unit with less plaintext than a needle (pages that do not verify), a salt that cannot
  be read, or a -wal with frames: the file is searched whole, as before.

Each piece searched is a contiguous part of P, so nothing is found that the full search
would not find; and every occurrence is in a unit or a seam searched now or before on the
same bytes: nothing it would find is missed. A needle found in a remembered unit is
recorded at this snapshot's file: the bytes are there. The tests plant a needle across
the seam of a shared and a new page and check it is found.
"""

from __future__ import annotations

import hashlib
import itertools
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from vault_app.services.destruction_verify import ContentScan
from vault_app.storage.compartment import COMPARTMENT_FILES

# The page reader of the destruction's own search (its cipher and its check of page 1),
# so that a unit's pages are checked and decrypted exactly as a whole file's are.
from vault_app.storage.destruction_pages import PAGE_SIZE, PageCipher, PageStats, check_page_one, file_salt
from vault_app.storage.destruction_scan import Matcher
from vault_app.storage.files import os_errors

# A run of units read and searched by one job of the threads (about 8 MiB).
_UNITS_PER_JOB = 256

UnitKey = tuple[bytes, str, int, str]
SeamKey = tuple[bytes, str, int, str, str]


@dataclass(frozen=True)
class _Seen:
    found: frozenset[int]
    head: bytes  # the unit's first max_len - 1 plaintext bytes
    tail: bytes  # its last max_len - 1


@dataclass
class _Unit:
    offset: int
    size: int
    chunk_id: str
    seen: _Seen | None = None
    fresh: bool = False  # searched in this call, not remembered from before
    plain_len: int = 0
    stats: PageStats = field(default_factory=PageStats)


@dataclass
class SharedPageSearch:
    """One destruction's search of its purged snapshots (see the module docstring)."""

    scan: ContentScan
    units: dict[UnitKey, _Seen] = field(default_factory=dict)
    seams: dict[SeamKey, frozenset[int]] = field(default_factory=dict)
    pages_searched: int = 0
    pages_known: int = 0
    seams_searched: int = 0
    files_whole: int = 0
    _matcher: Matcher | None = None

    def _find(self, haystack: bytes) -> frozenset[int]:
        """Every needle in `haystack`. Not NeedleSet.search: it drops a needle once found
        (rebuilding its automaton each time), which a unit's complete set cannot do."""
        if self._matcher is None:
            needles = self.scan.needles.needles
            self._matcher = Matcher(needles, list(range(len(needles))))
        return frozenset(self._matcher.find(haystack)) if haystack else frozenset()

    def search_compartments(self, folder: Path, keys: dict[str, bytes], layout: dict[str, list[tuple[int, str]]],
                            label: str) -> None:
        """Search the compartment files of one purged snapshot copy in `folder`: those in
        `layout` (file name -> its chunks' (size, id), as store_parts cut them) unit by
        unit, any other of `keys` (the ledger of a snapshot off the live chain) whole."""
        whole: dict[str, bytes] = {}
        for name, key in keys.items():
            filename = COMPARTMENT_FILES[name]
            if filename not in layout or not self._search_file(folder / filename, key, layout[filename], label):
                whole[name] = key
        if whole:
            self.files_whole += len(whole)
            self.scan.search_places(self.scan.compartment_places(folder, whole, label))

    def _search_file(self, path: Path, key: bytes, chunks: list[tuple[int, str]], label: str) -> bool:
        """False when the file must be searched whole (nothing recorded then)."""
        needles = self.scan.needles
        keep = needles.max_len - 1
        wal = Path(str(path) + "-wal")
        with os_errors("reading a compartment for verification"):
            if wal.exists() and wal.stat().st_size > 0:
                return False
            size = path.stat().st_size
        salt = file_salt(path)
        if salt is None or not chunks or sum(s for s, _ in chunks) != size or len(needles) == 0:
            return False
        digest = hashlib.sha256(b"vault-app/snapshot-search/v1" + key + salt).digest()
        name = path.name
        units: list[_Unit] = []
        offset = 0
        for chunk_size, chunk_id in chunks:
            if offset % PAGE_SIZE:
                return False  # chunk_store cuts at pages: anything else is searched whole
            unit = _Unit(offset, chunk_size, chunk_id, self.units.get((digest, name, offset, chunk_id)))
            units.append(unit)
            offset += chunk_size
        self._find(b"")  # the automaton built once, before the threads share it
        new = [u for u in units if u.seen is None]
        for unit in new:
            unit.fresh = True
        jobs = [new[i : i + _UNITS_PER_JOB] for i in range(0, len(new), _UNITS_PER_JOB)]
        threads = self.scan.threads
        if threads > 1 and len(jobs) > 1:
            with ThreadPoolExecutor(max_workers=threads, thread_name_prefix="snapshot-search") as pool:
                done = list(pool.map(lambda job: self._search_units(path, key, salt, job, keep), jobs))
        else:
            done = [self._search_units(path, key, salt, job, keep) for job in jobs]
        fresh = [seen for job in done for seen in job]
        for unit, seen in zip(new, fresh, strict=True):
            unit.seen = seen
        if any(u.plain_len < keep for u in new):
            return False  # a unit shorter than a needle: a needle could span three
        found: set[int] = set()
        for unit in units:
            assert unit.seen is not None
            found |= unit.seen.found
            if unit.fresh:
                self.scan.pages.add(unit.stats)
                self.pages_searched += unit.stats.pages
                if unit.stats.unreadable == 0:
                    self.units[(digest, name, unit.offset, unit.chunk_id)] = unit.seen
            else:
                self.pages_known += -(-unit.size // PAGE_SIZE)
        for left, right in itertools.pairwise(units):
            assert left.seen is not None and right.seen is not None
            seam: SeamKey = (digest, name, right.offset, left.chunk_id, right.chunk_id)
            hits = self.seams.get(seam)
            if hits is None:
                self.seams_searched += 1
                hits = self._find(left.seen.tail + right.seen.head)
                if left.stats.unreadable == 0 and right.stats.unreadable == 0:
                    self.seams[seam] = hits
            found |= hits
        self.scan.places += 1
        where = f"{label}{name} (decrypted with the vault's key)"
        for index in found:
            self.scan.hits.setdefault(index, set()).add(where)
        return True

    def _search_units(self, path: Path, key: bytes, salt: bytes, units: list[_Unit], keep: int) -> list[_Seen]:
        """Decrypt and search each unit on its own (its pages, in order, concatenated)."""
        cipher = PageCipher(key, salt)
        out: list[_Seen] = []
        first, last = units[0].offset, units[-1].offset + units[-1].size
        with os_errors("reading a compartment for verification"), path.open("rb") as handle:
            handle.seek(first)
            block = memoryview(handle.read(last - first))
        for unit in units:
            view = block[unit.offset - first : unit.offset - first + unit.size]
            plain = _plain_pages(cipher, view, unit.offset // PAGE_SIZE + 1, unit.stats, path)
            unit.plain_len = len(plain)
            out.append(_Seen(self._find(plain), plain[:keep], plain[-keep:] if keep else b""))
        return out


def _plain_pages(cipher: PageCipher, view: memoryview, first_pgno: int, stats: PageStats, path: Path) -> bytes:
    """The plaintext of the unit's pages that verify, concatenated (destruction_pages.decrypt_range)."""
    good: list[tuple[memoryview, int]] = []
    for k in range(-(-len(view) // PAGE_SIZE)):
        page, pgno = view[k * PAGE_SIZE : (k + 1) * PAGE_SIZE], first_pgno + k
        stats.pages += 1
        if cipher.authentic(page, pgno):
            good.append((page, pgno))
        else:
            stats.unreadable += 1
    if not good:
        return b""
    plain = cipher.decrypt_run(good)
    stats.authenticated += len(good)
    stats.bytes_decrypted += len(plain)
    if good[0][1] == 1:
        check_page_one(plain, path)
    return plain

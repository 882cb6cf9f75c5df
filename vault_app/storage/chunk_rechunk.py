"""The chunking of a changed compartment file, from its old chunking and the pages that
changed (chunk_store cuts at page boundaries decided by each page's own trailer, within
MIN_PAGES and MAX_PAGES): a purge re-cuts only the regions around what it wrote."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import BinaryIO

from vault_app.storage.chunk_store import AVG_MASK, MAX_PAGES, MIN_PAGES, PAGE, _pages_into_chunks

_RECHUNK_BLOCK = 2 * MAX_PAGES * PAGE  # a region is a few chunks: no 4 MiB reads


def rechunk(fh: BinaryIO, old_sizes: list[int], changed: Iterable[int], new_size: int) -> list[int | bytes]:
    """`split_file` of the file `fh` (`new_size` bytes now) that was cut into `old_sizes`,
    reading only the regions that can cut differently: every page not in `changed`
    (0-based page numbers) must hold the bytes it held then. Returns the new chunks in
    order, each either an old chunk's index (the same bytes at the same offset) or the
    bytes of a chunk cut anew.

    A boundary is decided by the page before it and by the count of pages since the last
    boundary, and the count restarts at every boundary. So up to the last old boundary at
    or before a changed page, the chunking is the old one; from there it is cut anew,
    until it cuts at an old boundary with no changed page before it left unread: from
    there on, the pages and the count are those of the old chunking, so are its
    boundaries, up to the next changed page. The old file's end is no boundary to restart
    or resynchronise at (a file cut short by its end cuts there whatever its last page
    says), and a file that grew or shrank is cut anew from its old end or new end."""
    old_size = sum(old_sizes)
    if old_size % PAGE or new_size % PAGE or not old_size or not new_size:
        fh.seek(0)
        return list(_pages_into_chunks(fh))
    total = new_size // PAGE
    dirty = set(changed)
    if new_size != old_size:
        dirty.add(min(old_size, new_size) // PAGE - 1)  # the old last chunk's end was the file's
        dirty.add(total - 1)
    todo = sorted(p for p in dirty if 0 <= p < total)
    starts: list[int] = []  # the old chunks' first pages
    at = 0
    for size in old_sizes:
        starts.append(at)
        at += size // PAGE
    out: list[int | bytes] = []
    chunk = 0  # the next old chunk not yet passed (its first page: starts[chunk])
    t = 0
    while t < len(todo):
        # Keep the old chunks that end at or before the next changed page (not the last:
        # its end is the old file's end).
        while chunk + 1 < len(old_sizes) and starts[chunk + 1] <= todo[t]:
            out.append(chunk)
            chunk += 1
        page_no = starts[chunk]
        fh.seek(page_no * PAGE)
        pending = bytearray()
        pages = 0
        synced = False
        while page_no < total and not synced:
            block = fh.read(min(_RECHUNK_BLOCK, (total - page_no) * PAGE))
            if not block:
                break
            view = memoryview(block)
            for offset in range(0, len(view), PAGE):
                page = view[offset : offset + PAGE]
                pending += page
                pages += 1
                page_no += 1
                while t < len(todo) and todo[t] < page_no:
                    t += 1
                if pages >= MIN_PAGES and (pages >= MAX_PAGES or int.from_bytes(page[-8:], "little") & AVG_MASK == 0):
                    out.append(bytes(pending))
                    pending.clear()
                    pages = 0
                    # Resynchronised: an old (not last) chunk starts here, no changed page
                    # is left unread before it, and one is left after it or the file kept
                    # its size (a file that changed size is cut anew to its end).
                    index = bisect.bisect_left(starts, page_no)
                    if (0 < index < len(old_sizes) and starts[index] == page_no
                            and (t < len(todo) or new_size == old_size)):
                        chunk = index
                        synced = True
                        break
        if not synced:
            if pending:
                out.append(bytes(pending))
            return out
    out.extend(range(chunk, len(old_sizes)))
    return out

"""One working copy of records.db and psychotherapy.db per repository, brought from one
snapshot's content to the next by writing only the chunks that differ (patch, don't
rebuild).

The snapshots of a repository share almost every chunk. Rebuilding each snapshot's
compartments whole decrypts and writes the whole vault once per snapshot; here the
working copy left by the previous snapshot's purge (that snapshot's PURGED content,
exactly the chunks its new manifest names, at the offsets store_parts cut them) gets only
the chunks of the next snapshot that are not already at the same offset, and is cut to
the next snapshot's size. Then it is proven to be exactly the next snapshot's content:
chunked again, its chunk ids (keyed hashes) and size must be the next manifest's list,
in order, or it is rebuilt whole. Only the regions around the pages the patch wrote are
cut again (storage/chunk_rechunk.py: equal to cutting the whole file); every other page
is as the previous purge's store_parts cut and hashed it (see `_proven`).

Why a chunk left in place holds the right bytes: a paged chunk's id is the keyed hash of
its pages' trailers (IV and HMAC of each page; its length too), the chunk at that offset
of the working copy was hashed to that id from the copy's own bytes by the previous
purge, and its pages were either written from the repository's chunk of that id (AES-GCM
checked) or HMAC-checked by check_purged; SQLCipher writes every page it changes with a
fresh IV, so a page SQLite wrote never keeps its trailer. The proof is over trailers, so
a page whose data changed behind it with its trailer kept (not authentic any more) would
pass it; it cannot reach the purged snapshot: SQLite reads such a page only through its
HMAC check (the purge fails and the working copy is dropped), a chunk of the same id is
already in the repository and is never written again (the manifest names the repository's
bytes, which the earlier purge searched), and a page SQLite rewrites gets a new trailer,
a new chunk, and check_purged's HMAC check (`test_the_working_copy_is_patched_...`). A
trailer changed behind the patch's back in a chunk left in place is not re-cut by the
proof either: store_parts cuts the purged copy whole, the changed trailer makes a chunk
id the repository lacks, and check_purged HMAC-checks every page of it, so the purge
fails and the old snapshot stays.

How far a change moves chunk boundaries (chunk_store: a boundary after a page whose own
last 8 bytes say so, at least MIN_PAGES and at most MAX_PAGES pages a chunk): a changed
page can end the chunk it is in or stop doing so, so the boundaries move from the chunk
before the change up to the first boundary after it that is decided by an unchanged page
with at least MIN_PAGES pages before it; every later boundary falls where it fell. A chunk
whose pages shifted to another offset is written again (it is keyed by offset), which is
a few chunks per change.

Crash, full disk, another process: the working folder is a private folder of this
process (backup_workdirs: swept as stale once the process is gone), written before the
manifest's rename as the per-snapshot folder was; an error during one snapshot's purge
discards the working copy (`reset`), so the next snapshot is rebuilt whole.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vault_app.domain.errors import VaultTampered
from vault_app.services.backup_repo_read import PAGED_PARTS, _write_part
from vault_app.storage import chunk_rechunk, chunk_store
from vault_app.storage.chunk_store import PAGE, ChunkKeys, Repository
from vault_app.storage.files import os_errors

# The benchmark sets it to measure the patched copy's proof by chunking the whole file again.
FULL_PROOF = False


@dataclass
class PurgeWork:
    """The working folder of one repository's group purge and what its files hold:
    file name -> [(offset, size, chunk id)], as the last purge's store_parts cut them."""

    folder: Path
    layouts: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    chunks_written: int = 0
    chunks_kept: int = 0

    def reset(self) -> None:
        """Forget the working copy (after an error: its state is not known)."""
        self.layouts.clear()
        for path in self.folder.iterdir():
            if path.is_file():
                path.unlink(missing_ok=True)

    def remember(self, name: str, sizes: list[int], ids: list[str]) -> None:
        offset, layout = 0, []
        for size, chunk_id in zip(sizes, ids, strict=True):
            layout.append((offset, size, chunk_id))
            offset += size
        self.layouts[name] = layout

    def bring(self, repo: Repository, ck: ChunkKeys, part: dict[str, Any]) -> None:
        """Make `folder/part["name"]` exactly the part: patched when a layout of it is
        remembered, rebuilt whole otherwise (or when the patch does not prove out)."""
        name = part["name"]
        dest = self.folder / name
        for suffix in ("-wal", "-shm"):  # the last purge closed it cleanly (checked then)
            Path(str(dest) + suffix).unlink(missing_ok=True)
        layout = self.layouts.pop(name, None)
        if layout is not None and dest.is_file() and name in PAGED_PARTS:
            written = self._patch(repo, ck, part, dest, layout)
            if self._proven(ck, part, dest, layout, written):
                return
        dest.unlink(missing_ok=True)
        _write_part(repo, ck, part, dest)
        self.chunks_written += len(part["chunks"])

    def _patch(self, repo: Repository, ck: ChunkKeys, part: dict[str, Any], dest: Path,
               layout: list[tuple[int, int, str]]) -> set[int]:
        """Write the part's chunks that are not at their offset already; the pages written."""
        written: set[int] = set()
        here = {(offset, chunk_id) for offset, _size, chunk_id in layout}
        sizes = {chunk_id: size for _offset, size, chunk_id in layout}
        offset = 0
        with os_errors("unpacking the backup snapshot"), dest.open("r+b") as out:
            for chunk_id in part["chunks"]:
                if (offset, chunk_id) in here:
                    offset += sizes[chunk_id]
                    self.chunks_kept += 1
                    continue
                plain = chunk_store.decrypt_chunk(ck.key_for(chunk_id), chunk_id, repo.read_chunk(chunk_id))
                if ck.chunk_id(plain, paged=True) != chunk_id:
                    raise VaultTampered("A chunk of the backup repository holds content other than its name says.",
                                code="backup.chunk_altered")
                out.seek(offset)
                out.write(plain)
                written.update(range(offset // PAGE, -(-(offset + len(plain)) // PAGE)))
                offset += len(plain)
                self.chunks_written += 1
            out.truncate(offset)
            out.flush()
            os.fsync(out.fileno())
        return written

    @staticmethod
    def _proven(ck: ChunkKeys, part: dict[str, Any], dest: Path, layout: list[tuple[int, int, str]],
                written: set[int]) -> bool:
        """The patched file, chunked again, names exactly the part's chunks and size.

        Only the region the patch wrote is cut and hashed again (chunk_store.rechunk): every
        other page holds the bytes the previous purge's store_parts cut and hashed into
        `layout` (this process's private folder; nothing but the patch wrote it since),
        so their chunks are those of the layout. Equal to chunking the whole file again
        (tests/core/test_chunk_rechunk.py); FULL_PROOF does that (the benchmark compares)."""
        if FULL_PROOF:
            size = 0
            ids: list[str] = []
            for plain in chunk_store.split_file(dest):
                size += len(plain)
                ids.append(ck.chunk_id(plain, paged=True))
            return bool(size == part["size"] and ids == part["chunks"])
        old_sizes = [size for _offset, size, _id in layout]
        old_ids = [chunk_id for _offset, _size, chunk_id in layout]
        with os_errors("unpacking the backup snapshot"), dest.open("rb") as fh:
            now = os.fstat(fh.fileno()).st_size
            cut = chunk_rechunk.rechunk(fh, old_sizes, written, now)
        ids = [old_ids[c] if isinstance(c, int) else ck.chunk_id(c, paged=True) for c in cut]
        total = sum(old_sizes[c] if isinstance(c, int) else len(c) for c in cut)
        return bool(now == total == part["size"] and ids == part["chunks"])

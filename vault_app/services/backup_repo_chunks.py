"""A snapshot's parts: the vault's files held still while they are read (still_files), cut
into content-defined chunks, and the chunks the repository does not hold yet written
(store_parts). Split from services/backup_repo.py, which makes the snapshot's manifest of them;
the purge (snapshot_purge.py) and the backup on lock (backup_beside_repo.py) store theirs here too.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from vault_app.domain.errors import InvalidInput, VaultBusy
from vault_app.services import attachment_blobs, snapshot_blobs
from vault_app.services.backup_archive import HEADER_PART, PARTS, BackupAbandoned
from vault_app.services.backup_repo_read import PAGED_PARTS
from vault_app.services.vault import Vault
from vault_app.storage import backup_readers, backup_snapshot, blob_store, chunk_store
from vault_app.storage import header as header_io
from vault_app.storage.chunk_store import ChunkKeys, Repository
from vault_app.storage.compartment import COMPARTMENT_FILES
from vault_app.storage.files import os_errors
from vault_app.storage.header import Header, LedgerAnchor

__all__ = ["Source", "still_files", "store_parts"]


def _wal_empty(path: Path) -> bool:
    wal = Path(str(path) + "-wal")
    return not wal.exists() or wal.stat().st_size == 0


@contextlib.contextmanager
def still_files(vault: Vault) -> Iterator[tuple[Header, LedgerAnchor, list[tuple[str, Path | bytes]]]]:
    """Each compartment's main file holding its whole state, and nothing writing it.

    The WAL is folded into the file (checkpoint TRUNCATE); then read transactions on the
    vault's own connections (the only ones that write: this process holds the folder's
    writer lock, and the caller is the vault's one worker) keep it so. The files are read
    in place: unchanged pages are byte-identical to the last snapshot's, which is what
    makes the chunks dedupe (a copy through SQLite's backup API re-encrypts every page
    with a fresh IV, and nothing would)."""
    compartments = vault.own_files()
    busy = VaultBusy("A background backup is still reading the vault; nothing was written.",
                     hint="Try again in a minute.", code="backup.busy")
    for comp in compartments:
        if not comp.checkpoint():
            raise busy
    with backup_snapshot.read_snapshot(compartments):
        if not all(_wal_empty(c.path) for c in compartments):
            raise busy
        head = vault.ledger.head()
        header = vault.header
        by_name = {COMPARTMENT_FILES[c.name]: c.path for c in compartments}
        psy = COMPARTMENT_FILES["psychotherapy"]
        if psy not in by_name:
            # Locked notes: their file as it is on disk (nobody writes it: the writer lock).
            locked = vault.folder / psy
            # Only the file checked against the ledger in this session (services/vault_psychotherapy_file.py).
            vault.refuse_unchecked_psychotherapy_file()
            if backup_snapshot.leftover_journal(locked):
                raise backup_readers.journal_left(locked)
            by_name[psy] = locked
        sources: list[tuple[str, Path | bytes]] = [(HEADER_PART, header_io.encode(header))]
        sources += [(name, by_name[name]) for name in PARTS[1:]]
        # The blobs records.db names in this snapshot: files never changed once written, so an
        # unchanged attachment is the same bytes, hence the same chunks, in every snapshot.
        sources += [(blob_store.relative_name(b), blob_store.path_for(vault.folder, b))
                    for b in attachment_blobs.referenced(vault)]
        yield header, head, sources
        if not all(_wal_empty(c.path) for c in compartments):
            raise InvalidInput("The vault changed while the snapshot was read; nothing was kept. Try again.",
                               code="backup.changed_while_read")


Source = Path | bytes | BinaryIO  # a file, the header's bytes, or a file held open


def _chunks_of(source: Source) -> Iterator[bytes]:
    if isinstance(source, bytes):
        yield source
    else:
        yield from chunk_store.split_file(source)


def store_parts(repo: Repository, ck: ChunkKeys, sources: Sequence[tuple[str, Source]],
                stop: Callable[[], bool] | None = None, *, reuse: bool = False,
                sizes: dict[str, list[int]] | None = None) -> tuple[list[dict[str, Any]], int, int]:
    """Chunk every part, write the chunks the repository lacks. (parts, written, bytes).
    `stop` (the background backup on lock) is asked between chunks; when it says so,
    BackupAbandoned is raised and nothing of this call stays in the repository.
    With `reuse` (the live vault's own files), an attachment blob whose file is the one
    the newest snapshot read takes that snapshot's chunk list unread, and every blob read
    records its file's identity for the next one (services/snapshot_blobs.py).
    `sizes`, when given, receives each part's chunk sizes in order (where each chunk lies in
    the file: the destruction's search of snapshots keys pages by it, snapshot_search.py)."""
    parts: list[dict[str, Any]] = []
    # No sweep of this process while the listing is taken, reused and written against (the
    # backup on lock holds this on until its manifest exists; every other sweep runs on the
    # vault's worker, the thread that runs create_incremental through to its manifest).
    with repo.writing():
        present = repo.chunk_ids()  # one listing, not a stat per chunk
        previous = snapshot_blobs.previous_parts(repo, ck.master, ck.vault_id) if reuse else {}

        def new_chunks() -> Iterator[tuple[str, bytes]]:
            for name, source in sources:
                if stop is not None and stop():
                    raise BackupAbandoned
                if reuse and isinstance(source, Path) and snapshot_blobs.is_blob_part(name):
                    kept = snapshot_blobs.reusable(previous, name, source, present)
                    if kept is not None:
                        parts.append(kept)
                        continue
                    with os_errors("reading a vault file for the backup"):
                        held = source.open("rb")
                    with held:
                        ident = snapshot_blobs.identity(os.fstat(held.fileno()))  # of the bytes read
                        yield from _part_chunks(name, held, ident)
                else:
                    yield from _part_chunks(name, source, None)

        def _part_chunks(name: str, source: Source, ident: list[int] | None) -> Iterator[tuple[str, bytes]]:
            # No whole-part SHA-256: every chunk is checked against its keyed hash when the
            # part is rebuilt, and the chunk list is authenticated; a second pass over every
            # byte would check nothing more (and cost as much as the keyed hashes).
            size = 0
            ids: list[str] = []
            for plain in _chunks_of(source):
                if stop is not None and stop():
                    raise BackupAbandoned
                size += len(plain)
                chunk_id = ck.chunk_id(plain, paged=name in PAGED_PARTS)
                ids.append(chunk_id)
                if sizes is not None:
                    sizes.setdefault(name, []).append(len(plain))
                if chunk_id not in present:
                    present.add(chunk_id)
                    yield chunk_id, chunk_store.encrypt_chunk(ck.key_for(chunk_id), chunk_id, plain)
            part: dict[str, Any] = {"name": name, "size": size, "chunks": ids}
            if ident is not None and ident[0] == size:  # a file that grew while read is read again next time
                part[snapshot_blobs.FILE_KEY] = ident
            parts.append(part)

        written, size = repo.write_chunks(new_chunks())
    return parts, written, size

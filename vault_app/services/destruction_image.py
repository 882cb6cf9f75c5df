"""The live vault's content search beside the worker, on the image the erase left
(issue 21, item 1; docs/scaling.md, "The destruction's live search beside the worker").

The search must prove that no byte the erase left in the vault folder (and the app's
folders) holds the destroyed chart, raw or decrypted, while the therapist goes on writing:
a note written meanwhile is not the erase's work and must not be taken for a residue, and
nothing the erase left may escape. `take` runs on the vault's worker, at the end of the
live part, and fixes the bytes to search; `LiveImage.search` then runs on another thread:

- records.db, psychotherapy.db, ledger.db: each -wal is checkpointed into its file and
  truncated to zero bytes, then a read transaction of our own is begun on each file
  (storage/destruction_hold.py) and its -wal found still empty. From then on no checkpoint
  can copy a frame into the file, so each file keeps, to the end of the search, the bytes
  it had at that moment, searched with the keys of that moment (the sizes are taken then
  too): every page decrypted, and in the same read the bytes that do not authenticate
  searched raw (storage/destruction_loose.py).
- each -wal: zero bytes at that moment, so none of its frames belongs to the erase. The
  frames the therapist's autosaves append later are not searched (nor could they hold a
  residue: the erase's work was all in the files).
- the files under the blob store: written once (temporary file, rename) and only ever
  scrubbed and removed; each one present at that moment is searched from its path. One
  removed meanwhile is another chart's attachment the therapist deleted (the structural
  checks, just before, found no file without its row and no key of the chart): its bytes
  are then nowhere in the folder.
- every other file of the vault folder and of the app's folders (the header, the -shm
  files, settings, logs: kilobytes): read into memory at that moment, searched from there.
  (The header is rewritten and the -shm moves with every commit.)

The ledger's chain is checked on the same image (`LiveImage.check_chain`: through the held
read of ledger.db, against the header's anchor of that moment), and the search's hits are
explained on it (`LiveImage.explain`: the other charts' rows, the ledger, the compliance
records of that moment), so the finish on the worker reads none of them.

If a -wal cannot be emptied (another program reads the vault) or those small files are
larger than MEMORY_LIMIT, `take` returns None and the search runs on the worker as before.
The read transactions are opened and closed on a thread of their own (`Holder`), never on
a connection the vault uses. A kill meanwhile releases them with the process.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from vault_app.domain.errors import VaultCorrupt
from vault_app.services import destruction_explain as explaining
from vault_app.services import destruction_verify as verify
from vault_app.services.ledger import Ledger
from vault_app.services.vault import Vault
from vault_app.storage import blob_store
from vault_app.storage.destruction_hold import HeldRead, wal_bytes
from vault_app.storage.destruction_scan import file_chunks, files_under
from vault_app.storage.files import os_errors
from vault_app.storage.header import LedgerAnchor
from vault_app.storage.layout import DATABASE_FILES

T = TypeVar("T")

# The small files read into memory at the moment of the image: beyond this, the search
# stays on the worker (a log folder that grew without bound, say).
MEMORY_LIMIT = 64 * 1024 * 1024


class Holder:
    """The read transactions of the image, begun, read through (`call`) and ended on a thread
    of their own: each connection is only ever used by that thread."""

    def __init__(self, files: dict[str, tuple[Path, bytes]]) -> None:
        self._files = files
        self._ready = threading.Event()
        self._calls: queue.Queue[tuple[Callable[[dict[str, HeldRead]], Any], Future[Any]] | None] = queue.Queue()
        self.fixed = False
        self.error: BaseException | None = None
        # A daemon: a quit never waits for it (the job releases it in any case).
        self._thread = threading.Thread(target=self._run, name="vault-image", daemon=True)

    def hold(self) -> bool:
        """Begin every read; True when each -wal is empty with the reads held."""
        self._thread.start()
        self._ready.wait()
        return self.error is None and self.fixed

    def call(self, fn: Callable[[dict[str, HeldRead]], T]) -> T:
        """`fn(the held reads)` on the holder's thread; its result, or its error raised here."""
        reply: Future[T] = Future()
        self._calls.put((fn, reply))
        return reply.result()

    def release(self) -> None:
        self._calls.put(None)
        self._thread.join()

    def _run(self) -> None:
        held: dict[str, HeldRead] = {}
        try:
            for name, (path, key) in self._files.items():
                held[name] = HeldRead.begin(name, path, key)
            self.fixed = all(wal_bytes(path) == 0 for path, _key in self._files.values())
        except BaseException as exc:  # handed to the worker, which searches in place instead
            self.error = exc
        finally:
            self._ready.set()
        while (got := self._calls.get()) is not None:
            fn, reply = got
            try:
                reply.set_result(fn(held))
            except BaseException as exc:  # raised on the caller's thread
                reply.set_exception(exc)
        for read in held.values():
            read.close()


def _memory_piece(data: bytes, start: int, length: int) -> Iterator[bytes]:
    yield data[start : start + length]


def _file_piece(path: Path, start: int, length: int) -> Iterator[bytes]:
    yield from file_chunks(path, start, length)


def _blob_piece(path: Path, start: int, length: int) -> Iterator[bytes]:
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        return  # removed since the image (module docstring)
    with os_errors("reading a file for verification"), handle:
        handle.seek(start)
        yield handle.read(length)


@dataclass
class LiveImage:
    """The places to search, fixed on the worker, and the reads that keep them so; the
    ledger and its anchor at that moment, for the chain's check on the held read."""

    places: list[verify.SearchPlace]
    holder: Holder
    ledger: Ledger
    anchor: LedgerAnchor
    # Each compartment file's identity (device, inode) at the moment: the reads hold that
    # file, the search reads the path. A file put in its place meanwhile (an older copy
    # put back) would be searched instead of the one the erase left: refused after.
    identities: dict[Path, tuple[int, int]]
    # Each compartment file's size at the moment (the rekey beside re-encrypts that much).
    sizes: dict[Path, int]

    def search(self, scan: verify.ContentScan) -> None:
        scan.search_places(self.places)
        with os_errors("reading a compartment for verification"):
            moved = [p.name for p, ident in self.identities.items() if _identity(p) != ident]
        if moved:
            raise VaultCorrupt(
                f"{', '.join(moved)} was replaced while the destruction searched it, so the search "
                "cannot vouch for the file the deletion left.",
                hint="Restore nothing into the vault folder while the app has it open.",
                code="destruction.file_replaced", params={"files": ", ".join(moved)},
            )

    def check_chain(self) -> dict[str, Any]:
        """The whole ledger chain as of the image, read on the holder's thread. Not sealed
        here (a write): an unsealed vault is sealed at its next unlock, as any is."""
        return self.holder.call(lambda held: verify.ledger_chain(
            self.ledger.reading(held["ledger"].compartment()), self.anchor, seal=False))

    def explain(self, scan: verify.ContentScan) -> explaining.Explained:
        """The search's hits explained against the image it read (destruction_explain.explain): the other
        charts' rows, the ledger and the compliance records as they were at that moment, read
        on the holder's thread. A string typed into another chart since is in none of the
        bytes searched, so it neither needs an explanation nor gives one."""
        def run(held: dict[str, HeldRead]) -> explaining.Explained:
            records, psychotherapy = held["records"].compartment(), held["psychotherapy"].compartment()
            ledger = self.ledger.reading(held["ledger"].compartment())
            needles = scan.needles
            # Every needle, not only the hits so far: one pass over the rows either way (the
            # hits are most of the needles), and a backup's hit is then explained by the rows
            # of this moment too. The compliance records are a few rows.
            others = frozenset(needles.needles[i].data
                               for i in explaining.other_charts(records, psychotherapy, needles))
            kept = frozenset(needles.needles[i].data for i in explaining.compliance_holds(records, needles))
            done = explaining.explain(needles, scan.hits, explaining.Readers(
                explaining.known(others), lambda ns: explaining.ledger_holds(ledger, ns), explaining.known(kept)))
            done.other_charts, done.compliance = others, kept
            done.ledger_through = ledger.head().seq
            return done
        return self.holder.call(run)

    def release(self) -> None:
        self.holder.release()


def _identity(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_dev, st.st_ino


def _sorted_files(vault: Vault, names: list[str]) -> tuple[list[Path], list[Path], list[tuple[Path, str]]]:
    """The vault's compartment files (and search files), the blob files, and the rest (with
    its label); the compartments' -wal files are searched with their compartment."""
    databases = [vault.folder / DATABASE_FILES[n] for n in names]
    wals = [Path(str(p) + "-wal") for p in databases]
    blobs = blob_store.root(vault.folder)
    blob_files: list[Path] = []
    rest: list[tuple[Path, str]] = []
    for path in files_under(vault.folder):
        if path in databases or path in wals:
            continue
        if blobs in path.parents:
            blob_files.append(path)
        else:
            rest.append((path, str(path.relative_to(vault.folder))))
    for folder in verify.app_folders():
        if folder.exists() and folder.resolve() != vault.folder.resolve():
            rest += [(p, f"app files: {folder.name}/{p.relative_to(folder)}")
                     for p in files_under(folder) if vault.folder not in p.parents]
    return databases, blob_files, rest


def hold(vault: Vault, keys: dict[str, bytes], what: str = "saving") -> Holder | None:
    """On the worker: every open compartment's -wal checkpointed (on the vault's own
    connections, here, where they live), then a read held on each file of `keys` with its
    -wal found empty (module docstring: no checkpoint can change those files until
    `release`). None when a -wal could not be emptied (another program reads the vault)."""
    for comp in vault.own_files():
        if not comp.checkpoint(what):
            return None
    holder = Holder({n: (vault.folder / DATABASE_FILES[n], key) for n, key in keys.items()})
    if not holder.hold():
        holder.release()
        return None
    return holder


def take(vault: Vault, scan: verify.ContentScan) -> LiveImage | None:
    """On the worker, at the end of the erase: the image to search beside, or None (search
    in place)."""
    keys = verify.live_keys(vault)
    holder = hold(vault, keys)
    if holder is None:
        return None
    try:
        databases, blob_files, rest = _sorted_files(vault, list(keys))
        small: list[tuple[str, bytes]] = []
        total = 0
        with os_errors("reading a file for verification"):
            for path, label in rest:
                data = path.read_bytes()
                total += len(data)
                if total > MEMORY_LIMIT:
                    holder.release()
                    return None
                small.append((label, data))
            sizes = {p: p.stat().st_size for p in databases + blob_files}
            identities = {p: _identity(p) for p in databases}
    except BaseException:
        holder.release()
        raise
    # The compartment files and their -wal: every page decrypted and the bytes that do not
    # authenticate searched raw, in one read, at the sizes of this moment (paged_file).
    places = scan.compartment_places(vault.folder, keys, "", loose=True)
    places += [scan.fixed_place(str(p.relative_to(vault.folder)), sizes[p], partial(_blob_piece, p))
               for p in blob_files]
    places += [scan.fixed_place(label, len(data), partial(_memory_piece, data)) for label, data in small]
    return LiveImage(places, holder, vault.ledger, vault.header.ledger_anchor, identities,
                     {p: sizes[p] for p in databases})


__all__ = ["MEMORY_LIMIT", "Holder", "LiveImage", "hold", "take"]

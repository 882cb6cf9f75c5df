"""A backup repository: encrypted, deduplicated chunks and small authenticated snapshots.

Layout (every folder 0700, every file 0600)::

    REPO/chunks/ab/ab12...ef       one chunk: "VRC1" | 12-byte nonce | AES-256-GCM(plaintext)
    REPO/snapshots/snap-....vrs    one snapshot manifest (storage/snapshot_manifest.py)

A chunk is named by HMAC-SHA256, under a key derived from the vault's master key, of its
plaintext (or, for SQLCipher pages, of the pages' IV+HMAC trailers: `ChunkKeys.chunk_id`),
so equal content is stored once and the name says nothing without the key; it is
encrypted under a key derived from the master key and that name (AAD = the name).

Chunking is content-defined at page granularity: the parts are SQLCipher files whose
4096-byte pages are either unchanged (byte-identical on disk: SQLCipher rewrites only the
pages a transaction touches) or entirely new (fresh IV and MAC). A chunk boundary falls
after any page whose last 8 bytes (the tail of its per-page HMAC, uniformly random) match
a mask, within a minimum and a maximum length; so boundaries depend only on content, a
changed page changes one chunk, and pages appended at the end leave the earlier chunks
as they were. A byte-wise rolling hash would find no better boundaries in encrypted
data and would cost a Python loop per byte.

Crash safety: chunks are written under temporary names, flushed to disk, then renamed
(`write_chunks`); the manifest is written last (temporary name, fsync, atomic rename). A
crash leaves at most unreferenced chunks and temporary files, which `sweep` removes.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import hmac
import os
import re
import secrets
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vault_app.crypto import keys
from vault_app.domain.errors import VaultTampered
from vault_app.storage import backup_folder_lock
from vault_app.storage.backup_format import repo_damaged
from vault_app.storage.files import (
    PRIVATE_DIR,
    PRIVATE_FILE,
    fsync_dir,
    open_to_overwrite,
    os_errors,
    process_alive,
    read_regular,
)
from vault_app.storage.snapshot_manifest import MAX_CLEAR, read_clear

PAGE = 4096
TRAILER = 80  # SQLCipher 4's per-page reserve: 16-byte IV + 64-byte HMAC-SHA512
MIN_PAGES = 2
AVG_MASK = 7  # a boundary after one page in 8 on average: 32 KiB chunks
MAX_PAGES = 32
READ_BLOCK = 4 << 20
CHUNK_MAGIC = b"VRC1"
MANIFEST_SUFFIX = ".vrs"
NONCE_LEN = 12
_ID = re.compile(r"^[0-9a-f]{64}$")
_TEMP = re.compile(r"^\.tmp-(\d+)-[0-9a-f]+(\.vrs)?$")
_SCRUB_BLOCK = 1 << 20
# A chunk holds at most MAX_PAGES pages; the bound leaves a wide margin over that.
_MAX_CHUNK_FILE = READ_BLOCK
_FSYNC_THREADS = 8


def is_snapshot_path(path: Path) -> bool:
    """A snapshot of a backup repository (REPO/snapshots/*.vrs), not a single backup file."""
    return path.suffix == MANIFEST_SUFFIX and path.parent.name == "snapshots"


def _find_syncfs() -> Callable[[Path], None] | None:
    """Linux's syncfs(2): flush one file system, all files at once (None elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        call = libc.syncfs
    except (OSError, AttributeError):
        return None

    def syncfs(folder: Path) -> None:
        fd = os.open(folder, os.O_RDONLY)
        try:
            if call(fd) != 0:
                err = ctypes.get_errno()
                raise OSError(err, os.strerror(err))
        finally:
            os.close(fd)

    return syncfs


_syncfs = _find_syncfs()


# --- keys ------------------------------------------------------------------------------------
class ChunkKeys:
    """Keys of one vault's chunks, all derived from its master key (HKDF, salt = vault id)."""

    def __init__(self, master: bytes, vault_id: bytes) -> None:
        self._id_key = keys.hkdf(master, info="vault-app/repo/v1/chunk-id", salt=vault_id)
        self._master = master
        self._vault_id = vault_id

    def chunk_id(self, plain: bytes, *, paged: bool = False) -> str:
        """HMAC-SHA256 of the chunk under the id key. For a chunk of SQLCipher pages
        (`paged`), of the pages' trailers only: each page ends in its random IV and the
        HMAC-SHA512 of its content (TRAILER bytes), so the trailers identify the pages as
        surely as their bytes, for 2% of the hashing. (Every byte is still authenticated
        by the chunk's AES-GCM, and the compartment pages by SQLCipher when checked.)"""
        if paged and plain and len(plain) % PAGE == 0:
            view = memoryview(plain)
            trailers = b"".join(view[end - TRAILER : end] for end in range(PAGE, len(plain) + 1, PAGE))
            material = b"P" + len(plain).to_bytes(8, "big") + trailers
        else:
            material = b"F" + plain
        return hmac.new(self._id_key, material, hashlib.sha256).hexdigest()

    @property
    def master(self) -> bytes:
        return self._master

    @property
    def vault_id(self) -> bytes:
        return self._vault_id

    def key_for(self, chunk_id: str) -> bytes:
        return keys.hkdf(self._master, info="vault-app/repo/v1/chunk/" + chunk_id, salt=self._vault_id)


# --- chunking --------------------------------------------------------------------------------
def split_file(source: Path | BinaryIO) -> Iterator[bytes]:
    """The chunks of a file (see the module docstring), read 4 MiB at a time. An open
    file (the backup on lock keeps the compartments' files open from the lock on, so a
    file replaced meanwhile is not read) is read from its start."""
    if isinstance(source, Path):
        with os_errors("reading a vault file for the backup"), source.open("rb") as fh:
            yield from _pages_into_chunks(fh)
    else:
        with os_errors("reading a vault file for the backup"):
            source.seek(0)
            yield from _pages_into_chunks(source)


def _pages_into_chunks(fh: BinaryIO) -> Iterator[bytes]:
    pending = bytearray()
    pages = 0
    empty = True
    while block := fh.read(READ_BLOCK):
        empty = False
        view = memoryview(block)
        for offset in range(0, len(view), PAGE):
            page = view[offset : offset + PAGE]
            pending += page
            pages += 1
            if len(page) == PAGE and pages >= MIN_PAGES and (
                pages >= MAX_PAGES or int.from_bytes(page[-8:], "little") & AVG_MASK == 0
            ):
                yield bytes(pending)
                pending.clear()
                pages = 0
    if pending or empty:
        yield bytes(pending)


# --- chunk files -----------------------------------------------------------------------------
def encrypt_chunk(key: bytes, chunk_id: str, plain: bytes) -> bytes:
    nonce = secrets.token_bytes(NONCE_LEN)
    return CHUNK_MAGIC + nonce + AESGCM(key).encrypt(nonce, plain, CHUNK_MAGIC + chunk_id.encode())


def decrypt_chunk(key: bytes, chunk_id: str, blob: bytes) -> bytes:
    if blob[:4] != CHUNK_MAGIC or len(blob) < 4 + NONCE_LEN + 16:
        raise VaultTampered(f"The backup repository's chunk {chunk_id[:12]}… is not a chunk (altered or damaged).",
                            code="backup.chunk_altered")
    try:
        return AESGCM(key).decrypt(blob[4 : 4 + NONCE_LEN], blob[4 + NONCE_LEN :], CHUNK_MAGIC + chunk_id.encode())
    except InvalidTag:
        raise VaultTampered(
            f"The backup repository's chunk {chunk_id[:12]}… failed its authentication check (altered or damaged).",
            hint="Use another snapshot or another backup.", code="backup.chunk_altered",
        ) from None


def _write_new(path: Path, data: bytes) -> int:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), PRIVATE_FILE)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    return fd


def _fsync_close(fd: int) -> None:
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _snapshot_order(path: Path) -> tuple[str, int]:
    """snap-<stamp>[-<n>].vrs -> (stamp, n), the first of a second being n = 1."""
    stem = path.name[: -len(MANIFEST_SUFFIX)]
    base, _, n = stem.rpartition("-")
    return (base, int(n)) if base and n.isdigit() and len(n) < 6 else (stem, 1)


@dataclass
class Repository:
    root: Path

    @property
    def chunks_dir(self) -> Path:
        return self.root / "chunks"

    @property
    def snapshots_dir(self) -> Path:
        return self.root / "snapshots"

    def ensure(self) -> None:
        with os_errors("preparing the backup repository"):
            for folder in (self.root, self.chunks_dir, self.snapshots_dir):
                folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)

    def is_repository(self) -> bool:
        return self.chunks_dir.is_dir() and self.snapshots_dir.is_dir()

    def chunk_path(self, chunk_id: str) -> Path:
        if not _ID.match(chunk_id):
            raise repo_damaged("a chunk name is malformed")
        return self.chunks_dir / chunk_id[:2] / chunk_id

    def has(self, chunk_id: str) -> bool:
        return self.chunk_path(chunk_id).is_file()

    def chunk_ids(self) -> set[str]:
        found: set[str] = set()
        with contextlib.suppress(OSError):
            for sub in os.scandir(self.chunks_dir):
                if sub.is_dir(follow_symlinks=False):
                    found.update(n for n in os.listdir(sub.path) if _ID.match(n))
        return found

    def write_chunks(self, items: Iterable[tuple[str, bytes]]) -> tuple[int, int]:
        """Store each (id, encrypted blob); the caller leaves out what `chunk_ids` has.

        Every chunk is written under a temporary name first, and renamed to its id only
        once its bytes are on disk, so a chunk with a final name is always whole (a later
        snapshot trusts a name it finds). Where Linux's syncfs is available that is two
        syncfs calls per snapshot (before the renames, and after them for the folders),
        instead of an fsync per chunk and per folder. Returns (chunks written, bytes)."""
        seen: set[str] = set()
        pending: list[tuple[str, str]] = []
        folders: set[str] = set()
        size = 0
        try:
            with os_errors("writing the backup"):
                for chunk_id, blob in items:
                    if chunk_id in seen:
                        continue
                    seen.add(chunk_id)
                    folder = os.path.join(self.chunks_dir, chunk_id[:2])
                    if folder not in folders:
                        # Only the chunk's own folder: chunks/ gone means its drive went away, and
                        # making it again left chunks/5b on the disk under an empty mount point.
                        with contextlib.suppress(FileExistsError):
                            os.mkdir(folder, PRIVATE_DIR)
                        folders.add(folder)
                    tmp = os.path.join(folder, f".tmp-{os.getpid()}-{secrets.token_hex(6)}")
                    fd = _write_new(Path(tmp), blob)
                    pending.append((tmp, os.path.join(folder, chunk_id)))
                    size += len(blob)
                    if _syncfs is None:
                        _fsync_close(fd)
                    else:
                        os.close(fd)
                if pending and _syncfs is not None:
                    _syncfs(self.chunks_dir)
        except BaseException:
            for tmp, _ in pending:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
            raise
        with os_errors("writing the backup"):
            for tmp, final in pending:
                os.replace(tmp, final)
            if not pending:
                return 0, 0
            if _syncfs is not None:
                _syncfs(self.chunks_dir)
            else:
                with ThreadPoolExecutor(_FSYNC_THREADS) as pool:
                    list(pool.map(fsync_dir, [Path(f) for f in folders]))
                fsync_dir(self.chunks_dir)
        return len(pending), size

    def read_chunk(self, chunk_id: str) -> bytes:
        path = self.chunk_path(chunk_id)
        try:
            read = read_regular(path, _MAX_CHUNK_FILE)  # a pipe planted there is not waited on for ever
            if read is None:
                raise repo_damaged(f"chunk {chunk_id[:12]}… is not a file")
            raw = read
            if len(raw) > _MAX_CHUNK_FILE:  # a file of gigabytes planted there is never read whole
                raise repo_damaged(f"chunk {chunk_id[:12]}… is impossibly large")
            return raw
        except FileNotFoundError:
            raise repo_damaged(f"chunk {chunk_id[:12]}… is missing") from None
        except OSError as exc:
            with os_errors("reading the backup repository"):
                raise exc from None
            raise  # pragma: no cover - os_errors always raises

    def remove_chunk(self, chunk_id: str) -> None:
        """Overwrite the chunk's blocks once, then unlink it (see services/backup.py on what
        overwriting does and does not reach on SSDs and copy-on-write file systems)."""
        path = self.chunk_path(chunk_id)
        with contextlib.suppress(FileNotFoundError), os_errors("removing an unused backup chunk"):
            # A link planted under a chunk's name (pointing out of the backup folder) loses
            # its name only: the file it points at is not the repository's to overwrite.
            opened = open_to_overwrite(path)
            if opened is not None:
                with opened as fh:
                    size = os.fstat(fh.fileno()).st_size
                    for offset in range(0, size, _SCRUB_BLOCK):
                        fh.write(b"\x00" * min(_SCRUB_BLOCK, size - offset))
                    fh.flush()
                    os.fsync(fh.fileno())
            path.unlink()

    # --- snapshots ---------------------------------------------------------------------------
    def snapshot_paths(self) -> list[Path]:
        """Oldest first. Two snapshots of the same second are snap-T and snap-T-2 (see
        new_snapshot_path): by name alone "-" sorts before ".", so the later came first."""
        with contextlib.suppress(OSError):
            return sorted((p for p in self.snapshots_dir.iterdir() if p.name.endswith(MANIFEST_SUFFIX)
                           and not p.name.startswith(".")), key=_snapshot_order)
        return []

    def new_snapshot_path(self, stamp: str) -> Path:
        """A name after every name of its second still there: a free name between them (snap-T,
        once a rotation removed it while snap-T-2 stayed) sorted the newest snapshot before an
        older one, and "the newest" (the lineage check, restore, verify) was the older."""
        base = f"snap-{stamp}"
        taken = [_snapshot_order(p)[1] for p in self.snapshots_dir.glob(f"{base}*{MANIFEST_SUFFIX}")
                 if _snapshot_order(p)[0] == base]
        n = max(taken) + 1 if taken else 1
        candidate = self.snapshots_dir / (f"{base}{MANIFEST_SUFFIX}" if n == 1 else f"{base}-{n}{MANIFEST_SUFFIX}")
        while candidate.exists():  # a name of another shape, or another writer's meanwhile
            n += 1
            candidate = self.snapshots_dir / f"{base}-{n}{MANIFEST_SUFFIX}"
        return candidate

    def temporary_manifest(self) -> Path:
        """A hidden name in snapshots/ (never listed, swept if left) for a manifest to check."""
        return self.snapshots_dir / f".tmp-{os.getpid()}-{secrets.token_hex(6)}{MANIFEST_SUFFIX}"

    def write_manifest(self, dest: Path, data: bytes) -> None:
        """Put a manifest at `dest` atomically (a new one, or the replacement after a purge)."""
        tmp = dest.parent / f".tmp-{os.getpid()}-{secrets.token_hex(6)}"
        try:
            with os_errors("writing the backup snapshot"):
                _fsync_close(_write_new(tmp, data))
                os.replace(tmp, dest)
                fsync_dir(dest.parent)
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Hold off every sweep of this repository, of this process or another (a second copy
        of the vault rotating or purging its snapshots), while chunks are written or reused and until a
        manifest (a temporary one is enough: see `referenced`) names them; the lock is
        backup_folder_lock's, re-entrant in one thread."""
        with backup_folder_lock.held(self.root):
            yield

    def _checked_manifests(self) -> list[Path]:
        """Manifests of snapshots in progress (a temporary name of a live process): their
        chunks are checked, then the manifest is renamed into place (backup on lock)."""
        found: list[Path] = []
        with contextlib.suppress(OSError):
            for child in self.snapshots_dir.iterdir():
                match = _TEMP.match(child.name)
                if match and match.group(2) and process_alive(int(match.group(1))):
                    found.append(child)
        return found

    def referenced(self) -> set[str]:
        """Every chunk id any snapshot of the repository names (read without keys),
        snapshots in progress included."""
        used: set[str] = set()
        for path in [*self.snapshot_paths(), *self._checked_manifests()]:
            with os_errors("reading the backup repository"):
                try:
                    # No snapshot is larger (a restore refuses one that is): a planted
                    # file of gigabytes is refused, never read whole. Found: a named pipe by a
                    # snapshot's name held `backup create` (and the backup on lock) for ever.
                    read = read_regular(path, MAX_CLEAR)
                except FileNotFoundError:
                    continue  # a manifest in progress that was renamed or removed meanwhile
                if read is None:
                    raise repo_damaged("a snapshot file is not a file")
                raw = read
                if len(raw) > MAX_CLEAR:
                    raise repo_damaged("a snapshot file is impossibly large")
                used.update(read_clear(raw)["chunks"])
        return used

    def sweep_temporary(self) -> int:
        """Remove temporary files that a killed process (a dead pid) left."""
        removed = 0
        for folder in (self.snapshots_dir, *_subdirs(self.chunks_dir)):
            with contextlib.suppress(OSError), os.scandir(folder) as entries:
                # Every snapshot lists every chunk folder: a name test before the regex and
                # no Path per entry (about 60,000 chunks for 2 GiB of attachments).
                for entry in entries:
                    found = _TEMP.match(entry.name) if entry.name.startswith(".tmp-") else None
                    if found and not process_alive(int(found.group(1))):
                        with contextlib.suppress(OSError):
                            os.unlink(entry.path)
                            removed += 1
        return removed

    def sweep(self, *, scrub: bool = True) -> dict[str, int]:
        """Remove what a killed process left and every chunk no snapshot names (scrubbed
        first). One vault per repository: another vault's snapshot in progress would lose
        its chunks, so a vault's writes, purges and sweeps claim the repository first
        (services/backup_repo_owner.py); and one writer at a time, so a second copy's
        snapshot in progress keeps them too (`writing`). Returns counts."""
        with backup_folder_lock.held(self.root):
            temps = self.sweep_temporary()
            orphans = self.chunk_ids() - self.referenced()
            for chunk_id in orphans:
                if scrub:
                    self.remove_chunk(chunk_id)
                else:
                    with contextlib.suppress(FileNotFoundError):
                        self.chunk_path(chunk_id).unlink()
        return {"temporary_files": temps, "chunks_removed": len(orphans)}


def _subdirs(folder: Path) -> list[Path]:
    with contextlib.suppress(OSError):
        return [p for p in folder.iterdir() if p.is_dir() and not p.is_symlink()]
    return []

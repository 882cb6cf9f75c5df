"""A compartment file re-encrypted under a fresh key into a copy beside it, page by page,
then put in its place (docs/scaling.md, "Tenth round: the rekey beside the worker").

SQLCipher 4 pages are independent (storage/destruction_pages.py: each page is
`AES-256-CBC(data) || IV || HMAC-SHA512(data, IV, page number)`, page 1 after the file's
salt), so a page read from the file, authenticated and decrypted under the old key, is
written at the same offset of `<name>.db.rekeyed` under the new key with a fresh random IV.
The salt (page 1's first 16 bytes) is kept: with a raw key it only salts the HMAC key.

- `write_copy` (beside the vault's worker) re-encrypts the file as a fixed image held it
  (services/destruction_image.py: no checkpoint can change the file meanwhile).
- `wal_pages` (on the worker, the image still held) names every page a frame of the -wal
  wrote since the image: the autosaves of those seconds. After the worker's checkpoint has
  folded them into the file, `apply_changes` re-encrypts exactly those pages into the copy
  (and cuts or checks its length), so the copy is the file as it is then, page for page.
- `put_in_place` (on the worker, the vault's connection closed): -wal and -shm removed
  first (a stale -wal replayed onto the new file would corrupt it), then the rename, then
  the folder's flush. Until the rename the file under the old key is whole and current
  (checkpointed, its -wal empty), so a copy found at the next unlock is never needed:
  `scrub_strays` overwrites and removes it, and the compartment opens with its key.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from vault_app.domain.errors import VaultCorrupt
from vault_app.storage.destruction_pages import (
    BATCH_PAGES,
    HMAC_LEN,
    IV_LEN,
    PAGE_SIZE,
    RESERVE,
    SALT_LEN,
    WAL_FRAME_HEADER_LEN,
    WAL_HEADER_LEN,
    PageCipher,
    check_page_one,
)
from vault_app.storage.files import (
    PRIVATE_FILE,
    classify_os_error,
    fsync_dir,
    os_errors,
    scrub_file,
)
from vault_app.storage.layout import COMPARTMENT_FILES

SUFFIX = ".rekeyed"
# SQLite never writes the page holding the locking bytes (offset 1 GiB), nor reads it, and
# SQLCipher never encrypts it (PRAGMA rekey skips it too): in a file that large it is a hole
# no key authenticates, so the copy keeps its bytes as they are (`_Recipher.pages`).
_LOCK_PAGE = (1 << 30) // PAGE_SIZE + 1


class NotUsable(Exception):
    """A copy that cannot be brought up to date; the caller scrubs it and rekeys in place."""


class Stopped(Exception):
    """The copy was stopped part-way (its caller's `stop()`: a lock); it is scrubbed."""


SYNC_EVERY = 16 * 1024 * 1024  # a multiple of the 1 MiB blocks write_copy writes


def copy_path(path: Path) -> Path:
    return path.with_name(path.name + SUFFIX)


def fits(size: int) -> bool:
    """Whether a file of `size` bytes can be re-encrypted page by page here: whole pages.
    (Until the fourteenth round also at most 1 GiB: the locking page was not passed over.)"""
    return size % PAGE_SIZE == 0


class _Recipher:
    """Pages authenticated and decrypted under the old key, encrypted under the new one."""

    def __init__(self, old_key: bytes, new_key: bytes, salt: bytes, name: str) -> None:
        self._old = PageCipher(old_key, salt)
        self._new = PageCipher(new_key, salt)
        self._key = new_key
        self._salt = salt
        self._name = name

    def pages(self, block: memoryview, first_pgno: int) -> bytes:
        """The whole pages of `block` (page `first_pgno` first) under the new key; the
        locking page, in a file past 1 GiB, as it is."""
        count = len(block) // PAGE_SIZE
        if not count:
            return b""
        lock = _LOCK_PAGE - first_pgno
        if 0 <= lock < count:
            start, end = lock * PAGE_SIZE, (lock + 1) * PAGE_SIZE
            after = self.pages(block[end:], _LOCK_PAGE + 1)
            return self.pages(block[:start], first_pgno) + bytes(block[start:end]) + after
        run = [(block[k * PAGE_SIZE : (k + 1) * PAGE_SIZE], first_pgno + k) for k in range(count)]
        for page, pgno in run:
            if not self._old.authentic(page, pgno):
                raise VaultCorrupt(
                    f"A page of the {self._name} compartment does not authenticate under its key, so it was "
                    "not re-encrypted.", hint="Restore the vault from your latest verified backup.",
                    code="rekey.page_not_authentic", params={"compartment": self._name})
        plain = memoryview(self._old.decrypt_run(run))
        if first_pgno == 1:
            check_page_one(bytes(plain[:8]), Path(COMPARTMENT_FILES.get(self._name, self._name)))
        out: list[bytes] = []
        offset = 0
        for _page, pgno in run:
            size = PAGE_SIZE - RESERVE - (SALT_LEN if pgno == 1 else 0)
            out.append(self._page(plain[offset : offset + size], pgno))
            offset += size
        return b"".join(out)

    def _page(self, data: memoryview, pgno: int) -> bytes:
        iv = os.urandom(IV_LEN)
        encryptor = Cipher(algorithms.AES(self._key), modes.CBC(iv)).encryptor()
        body = (self._salt if pgno == 1 else b"") + encryptor.update(data) + encryptor.finalize() + iv
        mac = self._new.mac_for(memoryview(body), pgno)
        page = body + mac
        assert len(page) == PAGE_SIZE and len(mac) == HMAC_LEN
        return page


def _salt(path: Path) -> bytes:
    with path.open("rb") as handle:
        salt = handle.read(SALT_LEN)
    if len(salt) != SALT_LEN:
        raise VaultCorrupt(f"{path.name} is too short to be a compartment.", code="rekey.file_too_short",
                           params={"file": path.name})
    return salt


def write_copy(path: Path, size: int, old_key: bytes, new_key: bytes, name: str,
               stop: Callable[[], bool] | None = None, written: Callable[[int], None] | None = None) -> Path:
    """The first `size` bytes of `path` (whole pages: see `fits`), every page re-encrypted
    under `new_key`, into its copy, flushed to disk. Any copy left from before is scrubbed
    first. On any failure (a full disk, a page that does not authenticate, `stop()` true
    between blocks: Stopped) the copy is scrubbed and the error raised; the file itself is
    only ever read. `written(bytes)` follows each block (a progress bar)."""
    copy = copy_path(path)
    scrub_strays_of(path)
    try:
        with os_errors(f"re-encrypting the {name} compartment"):
            recipher = _Recipher(old_key, new_key, _salt(path), name)
            fd = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), PRIVATE_FILE)
            with os.fdopen(fd, "wb") as out, path.open("rb") as src:
                done = 0
                while done < size:
                    if stop is not None and stop():
                        raise Stopped(f"the copy of the {name} compartment was stopped")
                    block = memoryview(src.read(min(BATCH_PAGES * PAGE_SIZE, size - done)))
                    if len(block) % PAGE_SIZE or not block:
                        raise VaultCorrupt(f"{path.name} ended before the size it had.", code="rekey.file_shrank",
                                           params={"file": path.name})
                    out.write(recipher.pages(block, done // PAGE_SIZE + 1))
                    done += len(block)
                    if written is not None:
                        written(len(block))
                    if done % SYNC_EVERY == 0:
                        # Bounded dirty pages: the autosaves' own flushes (synchronous FULL)
                        # need not wait behind hundreds of MiB of the copy's writeback.
                        out.flush()
                        os.fdatasync(out.fileno())
                out.flush()
                os.fsync(out.fileno())
    except BaseException:
        with contextlib.suppress(Exception):
            scrub_strays_of(path)
        raise
    return copy


def wal_pages(path: Path) -> set[int]:
    """The number of every page a frame of the file's -wal holds (committed or not: a
    superset does no harm, each is re-read from the file after the checkpoint)."""
    wal = Path(str(path) + "-wal")
    found: set[int] = set()
    with os_errors("reading a compartment's journal"):
        try:
            handle = wal.open("rb")
        except FileNotFoundError:
            return found
        with handle:
            header = handle.read(WAL_HEADER_LEN)
            if len(header) < WAL_HEADER_LEN:
                return found
            if int.from_bytes(header[8:12], "big") != PAGE_SIZE:
                raise VaultCorrupt(f"{wal.name} does not use the page size this app writes.",
                                   code="rekey.page_size", params={"file": wal.name})
            step = WAL_FRAME_HEADER_LEN + PAGE_SIZE
            while len(frame := handle.read(step)) == step:
                found.add(int.from_bytes(frame[:4], "big"))
    return found


def apply_changes(path: Path, copy: Path, pages: Iterable[int], old_key: bytes, new_key: bytes, name: str,
                  image_size: int) -> None:
    """After the checkpoint that folded the -wal into `path`: re-encrypt `pages` (wal_pages,
    taken before it) from the file into the copy at their offsets, give the copy the file's
    length, flush it. Every page beyond the image's end must be among `pages` (a page the
    copy never had cannot be guessed): otherwise VaultCorrupt, and the copy is not used."""
    with os_errors(f"re-encrypting the {name} compartment"):
        size = path.stat().st_size
        if size % PAGE_SIZE:
            raise VaultCorrupt(f"{path.name} does not end on a page boundary.", code="rekey.page_boundary",
                               params={"file": path.name})
        count = size // PAGE_SIZE
        wanted = sorted(p for p in set(pages) if 1 <= p <= count)
        # The locking page is never in a -wal (SQLite never writes it): a file grown past it
        # since the image has a hole there, and so has the copy (written around it).
        missing = set(range(image_size // PAGE_SIZE + 1, count + 1)) - set(wanted) - {_LOCK_PAGE}
        if missing or not fits(size):
            raise NotUsable(f"the {name} compartment grew by pages its journal did not name")
        recipher = _Recipher(old_key, new_key, _salt(path), name)
        with path.open("rb") as src, copy.open("r+b") as out:
            for pgno in wanted:
                src.seek((pgno - 1) * PAGE_SIZE)
                page = memoryview(src.read(PAGE_SIZE))
                out.seek((pgno - 1) * PAGE_SIZE)
                out.write(recipher.pages(page, pgno))
            out.truncate(size)
            out.flush()
            os.fsync(out.fileno())


def put_in_place(copy: Path, path: Path, before_rename: Callable[[], None] | None = None) -> None:
    """The copy over the file, whose connections are all closed and whose -wal is empty:
    -wal and -shm removed, then the rename, then the folder flushed. Raises before the
    rename if the -wal still holds a frame (the file then stays as it is, whole).
    `before_rename` runs between the removals and the rename (a caller's crash point)."""
    wal, shm = Path(str(path) + "-wal"), Path(str(path) + "-shm")
    try:
        if wal.exists() and wal.stat().st_size > 0:
            raise VaultCorrupt(f"{wal.name} still held changes, so the re-encrypted copy was not put in place.",
                               code="rekey.journal_not_empty", params={"file": wal.name})
        wal.unlink(missing_ok=True)
        shm.unlink(missing_ok=True)
        if before_rename is not None:
            before_rename()
        os.replace(copy, path)
        fsync_dir(path.parent)
    except OSError as exc:
        raise classify_os_error(exc, "putting a re-encrypted compartment in place") from None


def strays(folder: Path) -> list[Path]:
    """Copies left in a vault folder (a process killed before the rename, or put back)."""
    found = []
    for name in COMPARTMENT_FILES.values():
        copy = copy_path(folder / name)
        if any(Path(str(copy) + suffix).exists() for suffix in ("", "-wal", "-shm")):
            found.append(copy)
    return found


def scrub_strays_of(path: Path) -> None:
    """The copy of one compartment file (and a -wal or -shm someone's tool opened it with)."""
    copy = copy_path(path)
    for suffix in ("", "-wal", "-shm"):
        scrub_file(Path(str(copy) + suffix), "removing a re-encrypted copy of a compartment")


def scrub_strays(folder: Path) -> list[str]:
    """At unlock, before any compartment opens: every copy scrubbed (module docstring: the
    file it was made from is whole and current until the rename, so none is ever needed)."""
    found = strays(folder)
    for copy in found:
        scrub_strays_of(copy.with_name(copy.name[: -len(SUFFIX)]))
    return [copy.name for copy in found]


__all__ = ["SUFFIX", "NotUsable", "Stopped", "apply_changes", "copy_path", "fits", "put_in_place", "scrub_strays",
           "scrub_strays_of", "strays", "wal_pages", "write_copy"]

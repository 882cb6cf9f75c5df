"""Attachment bodies as encrypted files beside the compartments: <vault>/blobs/<2 hex>/<blob id>.

Why files and not BLOBs in records.db: an import brings one PDF per note, and every
page operation on records.db (rekey, VACUUM, a destruction's page search, a backup)
would carry gigabytes of scans. Here each body is sealed under a key derived from its
chart's key (crypto/blob_cipher.py), so deleting the chart key (storage/chart_keys.py)
makes every copy of the body unreadable, wherever it went (crypto-erase).

File: MAGIC, then the sealed segments (1 MiB of plaintext + 16-byte tag each; the last
one may be shorter, an empty blob is one empty final segment). Folders are 0700, files
0600 from their creation; a write goes to a temporary name carrying the pid, is
flushed, renamed and the folder flushed, so a crash leaves either no blob or a whole one.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

from vault_app.crypto import blob_cipher
from vault_app.crypto.blob_cipher import MAGIC, SEALED_SEGMENT, SEGMENT, SegmentRejected
from vault_app.domain.errors import VaultCorrupt
from vault_app.storage.files import (
    PRIVATE_FILE,
    classify_os_error,
    ensure_private_dir,
    fsync_dir,
    os_errors,
    scrub_file,
)

BLOBS_DIR = "blobs"
WRITE_STEP = SEGMENT  # what callers hand to `write` at a time (one segment: bounded memory)
_ID = re.compile(r"^[0-9a-f]{32}$")
_TEMP = re.compile(r"^\.([0-9a-f]{32})\.tmp-(\d+)$")
SCRUB_BLOCK = 1 << 20


def new_blob_id() -> str:
    return secrets.token_hex(16)


def is_blob_id(value: object) -> bool:
    return isinstance(value, str) and _ID.fullmatch(value) is not None


def root(folder: Path) -> Path:
    return folder / BLOBS_DIR


def path_for(folder: Path, blob_id: str) -> Path:
    if not is_blob_id(blob_id):
        raise VaultCorrupt("An attachment names a stored file that is not valid.", code="attachment.blob_id_invalid")
    return root(folder) / blob_id[:2] / blob_id


def relative_name(blob_id: str) -> str:
    """The blob's name inside a vault folder or a backup ("blobs/ab/<id>")."""
    return f"{BLOBS_DIR}/{blob_id[:2]}/{blob_id}"


def blob_id_of_name(name: str) -> str | None:
    """The blob id of a relative name made by `relative_name`, None for anything else."""
    parts = name.split("/")
    if len(parts) == 3 and parts[0] == BLOBS_DIR and is_blob_id(parts[2]) and parts[1] == parts[2][:2]:
        return parts[2]
    return None


def _segments(chunks: Iterable[bytes]) -> Iterator[tuple[bytes, bool]]:
    """Rebuffer arbitrary chunks into (segment, is_last); always at least one segment."""
    pending = bytearray()
    held: bytes | None = None
    for chunk in chunks:
        pending += chunk
        while len(pending) >= SEGMENT:
            if held is not None:
                yield held, False
            held = bytes(pending[:SEGMENT])
            del pending[:SEGMENT]
    if pending:
        if held is not None:
            yield held, False
        yield bytes(pending), True
    else:
        yield (held if held is not None else b""), True


def write(folder: Path, blob_id: str, client_id: str, chart_key: bytes, chunks: Iterable[bytes]) -> int:
    """Seal `chunks` into a new blob file. Returns the bytes of plaintext written.

    The caller records the blob in records.db only after this returns: a row never
    points at a blob that is not whole on disk."""
    final = path_for(folder, blob_id)
    what = "saving an attachment"
    with os_errors(what):
        ensure_private_dir(root(folder))
        ensure_private_dir(final.parent)
    tmp = final.with_name(f".{blob_id}.tmp-{os.getpid()}")
    sealer = blob_cipher.Sealer(chart_key, blob_id, client_id)
    total = 0
    try:
        # Owner-only before the first byte; O_EXCL + O_NOFOLLOW: never through a planted link.
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()  # our own leftover (same pid reused after a crash)
        fd = os.open(tmp, flags, PRIVATE_FILE)
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, PRIVATE_FILE)
            _write_all(fd, MAGIC)
            for plain, last in _segments(chunks):
                total += len(plain)
                _write_all(fd, sealer.seal(plain, final=last))
            os.fsync(fd)
        finally:
            os.close(fd)
        if final.exists():
            raise FileExistsError(final.name)  # ids are random: never overwrite a blob
        os.replace(tmp, final)
        fsync_dir(final.parent)
        fsync_dir(root(folder))
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise classify_os_error(exc, what) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return total


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _damaged() -> VaultCorrupt:
    # Never the key, the chart or the contents: only what the user can act on.
    return VaultCorrupt(
        "An attachment's stored file is damaged or does not belong to this chart.",
        hint="Restore the vault from a backup to get the attachment back (vault-app backup restore).",
        code="attachment.file_damaged",
    )


def read(folder: Path, blob_id: str, client_id: str, chart_key: bytes) -> Iterator[bytes]:
    """The blob's plaintext, one segment (at most 1 MiB) at a time, each authenticated
    before it is given out. A missing, cut, extended, renamed, moved or altered blob
    raises VaultCorrupt; a caller that writes the bytes somewhere must discard what it
    got before the error."""
    path = path_for(folder, blob_id)
    opener = blob_cipher.Opener(chart_key, blob_id, client_id)
    try:
        fh = path.open("rb")
    except FileNotFoundError:
        raise VaultCorrupt(
            "An attachment's stored file is missing from the vault folder.",
            hint="Restore the vault from a backup to get the attachment back (vault-app backup restore).",
            code="attachment.file_missing",
        ) from None
    except OSError as exc:
        raise classify_os_error(exc, "reading an attachment") from None
    with fh:
        try:
            if fh.read(len(MAGIC)) != MAGIC:
                raise _damaged()
            current = fh.read(SEALED_SEGMENT)
            if not current:
                raise _damaged()
            while True:
                following = fh.read(SEALED_SEGMENT)
                try:
                    plain = opener.open(current, final=not following)
                except SegmentRejected:
                    raise _damaged() from None
                yield plain
                if not following:
                    return
                current = following
        except OSError as exc:
            raise classify_os_error(exc, "reading an attachment") from None


def read_all(folder: Path, blob_id: str, client_id: str, chart_key: bytes) -> bytes:
    return b"".join(read(folder, blob_id, client_id, chart_key))


def check(folder: Path, blob_id: str, client_id: str, chart_key: bytes) -> int:
    """Authenticate every segment (nothing kept); returns the plaintext size."""
    return sum(len(s) for s in read(folder, blob_id, client_id, chart_key))


def exists(folder: Path, blob_id: str) -> bool:
    return path_for(folder, blob_id).is_file()


def _scan(folder: Path) -> tuple[list[str], list[Path]]:
    """(ids of whole blob files, temporary files of other processes) in one pass of
    os.scandir (an unlock runs it: 20,000 blobs in milliseconds, not a Path per file)."""
    base = root(folder)
    ids: list[str] = []
    temps: list[Path] = []
    me = os.getpid()
    try:
        subs = [e for e in os.scandir(base) if e.is_dir(follow_symlinks=False) and len(e.name) == 2]
    except FileNotFoundError:
        return ids, temps
    except OSError as exc:
        raise classify_os_error(exc, "listing the vault's attachment files") from None
    for sub in subs:
        with os_errors("listing the vault's attachment files"), os.scandir(sub.path) as entries:
            for entry in entries:
                name = entry.name
                if name.startswith("."):
                    m = _TEMP.match(name)
                    if m is not None and int(m.group(2)) != me:
                        temps.append(Path(entry.path))
                elif name[:2] == sub.name and _ID.match(name) is not None:
                    ids.append(name)
    return sorted(ids), sorted(temps)


def temp_files_of(folder: Path, blob_id: str) -> list[Path]:
    """Temporary files of one blob (a write of it killed before its rename): one listing of
    its 2-hex folder, about 1/256 of the store, not a walk of every folder."""
    sub = path_for(folder, blob_id).parent
    prefix = f".{blob_id}.tmp-"
    try:
        with os.scandir(sub) as entries:
            return sorted(Path(e.path) for e in entries if e.name.startswith(prefix) and _TEMP.match(e.name))
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise classify_os_error(exc, "listing the vault's attachment files") from None


def stored_ids(folder: Path) -> list[str]:
    """Ids of every whole blob file in the folder (temporary files left out)."""
    return _scan(folder)[0]


def stale_temp_files(folder: Path) -> list[Path]:
    """Temporary blob files left by a process that died while writing one (the caller
    holds the vault folder's writer lock, so no other live process writes here)."""
    return _scan(folder)[1]


def scan(folder: Path) -> tuple[list[str], list[Path]]:
    """`stored_ids` and `stale_temp_files` in one pass."""
    return _scan(folder)


def scrub(path: Path) -> None:
    """Overwrite the file with zeros, flush, unlink, flush its folder. The bytes were
    ciphertext under a key already deleted; the overwrite keeps them out of free blocks
    on disks that overwrite in place (SSDs may remap: the crypto-erase is what counts)."""
    scrub_file(path, "removing an attachment file")


def scrub_blob(folder: Path, blob_id: str) -> None:
    scrub(path_for(folder, blob_id))


def files(folder: Path) -> list[Path]:
    """Every file under the blobs folder (for raw searches and backups)."""
    base = root(folder)
    if not base.is_dir():
        return []
    return sorted(p for p in base.rglob("*") if p.is_file() and not p.is_symlink())


def copy_file(source: Path, dest: Path, blob_id: str) -> None:
    """The blob file as it is (ciphertext) into another vault folder (a backup's work
    folder), owner-only; flushed by the caller's container or folder sync."""
    src, out = path_for(source, blob_id), path_for(dest, blob_id)
    with os_errors("copying an attachment file for the backup"):
        ensure_private_dir(root(dest))
        ensure_private_dir(out.parent)
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), PRIVATE_FILE)
        with os.fdopen(fd, "wb") as fh, src.open("rb") as inp:
            while block := inp.read(SCRUB_BLOCK):
                fh.write(block)


def keep_in_safety_copy(folder: Path, dest: Path) -> None:
    """The attachment files of `folder` in the safety copy `dest` too, as hard links where the
    file system allows (no second copy of the bytes), else copied: a safety copy is the whole
    vault from the moment it exists (found: one made before a restore's renames, which used to
    bring the files, opened without its documents when the restore was killed or refused)."""
    for path in files(folder):
        rel = path.relative_to(folder)
        target = dest / rel
        ensure_private_dir(target.parent.parent)
        ensure_private_dir(target.parent)
        try:
            os.link(path, target)
        except OSError:
            shutil.copy2(path, target)
            os.chmod(target, PRIVATE_FILE)


def replace_folder(staging: Path, to_dir: Path, keep_old_in: Path | None) -> None:
    """Put staging/blobs at to_dir/blobs. An existing to_dir/blobs moves into
    `keep_old_in` (a safety copy folder) or, without one, is scrubbed. A safety copy that
    already holds them (keep_in_safety_copy) keeps its own: the folder's names are removed
    (a file with another link is only unlinked, never overwritten: storage/files.py)."""
    old, new = root(to_dir), root(staging)
    with os_errors("putting the restored attachment files in place"):
        if old.exists():
            if keep_old_in is not None and root(keep_old_in).exists():
                for path in files(to_dir):
                    scrub(path)
                shutil.rmtree(old, ignore_errors=True)
            elif keep_old_in is not None:
                try:
                    os.replace(old, root(keep_old_in))
                except OSError:  # another file system: copy, then scrub the original
                    shutil.copytree(old, root(keep_old_in))
                    for path in files(to_dir):
                        scrub(path)
                    shutil.rmtree(old, ignore_errors=True)
            else:
                for path in files(to_dir):
                    scrub(path)
                shutil.rmtree(old, ignore_errors=True)
        if new.exists():
            os.replace(new, old)
        fsync_dir(to_dir)

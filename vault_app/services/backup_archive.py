"""Unpacking + checking a backup container (packing one: services/backup_packing.py, whose
names are re-exported here).

Parts are the header and the three compartments, each still SQLCipher-encrypted
with its own key, then one part per attachment blob ("blobs/ab/<id>", sealed under its
chart's key; format version 2); the container encrypts them again as a whole. A backup
without blob parts (version 1, or a vault without blob attachments) reads as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from vault_app.domain.errors import EnvironmentProblem, VaultCorrupt, VaultError, VaultTampered
from vault_app.services import backup_checked, backup_keys

# Re-exported: callers keep importing the full check from backup_archive.
from vault_app.services.backup_full_check import BEFORE_PACKING as BEFORE_PACKING
from vault_app.services.backup_full_check import CheckWords as CheckWords
from vault_app.services.backup_full_check import check_before_packing as check_before_packing
from vault_app.services.backup_full_check import check_blob_parts as check_blob_parts
from vault_app.services.backup_full_check import check_fully as check_fully
from vault_app.services.backup_full_check import pages_beside_chain as pages_beside_chain
from vault_app.services.backup_packing import FORMAT_NAME, FORMAT_VERSION, StopCheck, check_stop

# The writing half (services/backup_packing.py), re-exported: callers import these from here.
from vault_app.services.backup_packing import HEADER_PART as HEADER_PART
from vault_app.services.backup_packing import PARTS as PARTS
from vault_app.services.backup_packing import BackupAbandoned as BackupAbandoned
from vault_app.services.backup_packing import Part as Part
from vault_app.services.backup_packing import blob_part_names as blob_part_names
from vault_app.services.backup_packing import describe_folder as describe_folder
from vault_app.services.backup_packing import describe_part as describe_part
from vault_app.services.backup_packing import manifest_for as manifest_for
from vault_app.services.backup_packing import pack_folder as pack_folder
from vault_app.services.backup_packing import replace_file as replace_file
from vault_app.services.backup_packing import write_container as write_container
from vault_app.services.backup_packing import write_raw_container as write_raw_container

# Re-exported: callers keep importing these from backup_archive.
from vault_app.services.backup_workdirs import STALE_SECONDS as STALE_SECONDS
from vault_app.services.backup_workdirs import partial_path as partial_path
from vault_app.services.backup_workdirs import private_tempdir as private_tempdir
from vault_app.services.backup_workdirs import sweep_stale as sweep_stale
from vault_app.services.backup_workdirs import work_pid as work_pid
from vault_app.services.ledger import Ledger, VerifyReport
from vault_app.storage import backup_format, blob_store
from vault_app.storage import header as header_io
from vault_app.storage.backup_format import Slots, damaged
from vault_app.storage.backup_snapshot import copy_locked_compartment as copy_locked_compartment  # re-exported
from vault_app.storage.compartment import COMPARTMENT_FILES, Compartment
from vault_app.storage.files import PRIVATE_FILE, ensure_private_dir, os_errors
from vault_app.storage.header import Header, LedgerAnchor

PART_COMPARTMENT = {filename: name for name, filename in COMPARTMENT_FILES.items()}
MAX_PART = 1 << 42
_HEX = re.compile(r"[0-9a-f]+")

MasterSource = Callable[[Slots], bytes]  # a backup_keys.KeySource also reaches the psychotherapy key


# --- reading ---------------------------------------------------------------------------------
@dataclass
class Unpacked:
    folder: Path
    manifest: dict[str, Any]
    slots: Slots
    header: Header
    master: bytes
    keys: dict[str, bytes]
    sha256: str
    size: int
    # What opens the psychotherapy key of `header` (empty: the key source does not reach
    # it, e.g. a vault whose psychotherapy notes are locked; that part is then checked by
    # the container's authentication only, not page by page).
    psychotherapy_wraps: tuple[bytes, ...] = ()
    # Which check ran: backup_checked.FULL (pages and chain now) or RECORDED (they ran
    # when the backup was made; see services/backup_checked.py); "" when not deep.
    check: str = ""

    @property
    def ledger_head(self) -> LedgerAnchor:
        head = self.manifest["ledger_head"]
        return LedgerAnchor(int(head["seq"]), str(head["mac"]))

    @property
    def checked_record(self) -> dict[str, Any] | None:
        return backup_checked.parse(self.manifest, damaged("its table of contents is malformed"))


def _is_hex(value: object, length: int) -> bool:
    return isinstance(value, str) and len(value) == length and _HEX.fullmatch(value) is not None


def _parse_manifest(raw: bytes, slots: Slots) -> dict[str, Any]:
    """Only reachable with authenticated content, yet parsed as if hostile."""
    bad = damaged("its table of contents is malformed")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise bad from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME or type(data.get("format_version")) is not int:
        raise bad
    if data["format_version"] > FORMAT_VERSION:
        raise VaultCorrupt(
            "This backup was made by a newer version of the app.",
            hint="Install the newest version to restore it.", code="backup.newer_version",
        )
    if not _is_hex(data.get("vault_id"), 32) or not isinstance(data.get("created"), str):
        raise bad
    if data["vault_id"] != slots.vault_id.hex():
        raise damaged("its table of contents names a different vault")
    head = data.get("ledger_head")
    if not isinstance(head, dict) or type(head.get("seq")) is not int or head["seq"] < 0:
        raise bad
    if not _is_hex(head.get("mac"), 64):
        raise bad
    parts = data.get("parts")
    if not isinstance(parts, list) or len(parts) < len(PARTS):
        raise bad
    if data["format_version"] < 2 and len(parts) != len(PARTS):
        raise bad
    blobs = [blob_store.blob_id_of_name(str(p["name"])) if isinstance(p, dict) and isinstance(p.get("name"), str)
             else None for p in parts[len(PARTS):]]
    if None in blobs or len(set(blobs)) != len(blobs):
        raise bad  # only well-formed, distinct blob names: a part name is a path in the work folder
    for part, name in zip(parts, (*PARTS, *(p["name"] for p in parts[len(PARTS):])), strict=True):
        if not isinstance(part, dict) or part.get("name") != name:
            raise bad
        size = part.get("size")
        if type(size) is not int or not 0 <= size <= MAX_PART or not _is_hex(part.get("sha256"), 64):
            raise bad
    backup_checked.parse(data, bad)
    return data


def _hash_part(reader: backup_format.PlainReader, name: str, size: int, expected: str,
               stop: StopCheck | None = None) -> None:
    """A part read and hashed, not written (the read-back of a container just written)."""
    digest = hashlib.sha256()
    for block in reader.read_blocks(size):
        check_stop(stop)
        digest.update(block)
    if digest.hexdigest() != expected:
        raise VaultTampered(f"The backup's copy of {Path(name).name} does not match its recorded hash.",
                            code="backup.copy_altered", params={"file": Path(name).name})


def _write_part(
    reader: backup_format.PlainReader, dest: Path, size: int, expected: str | None, stop: StopCheck | None = None,
    hasher: ThreadPoolExecutor | None = None,
) -> None:
    """One part written into `dest` and, unless `expected` is None, hashed and compared."""
    digest = hashlib.sha256()
    with os_errors("unpacking the backup"):
        if dest.parent.name != "" and not dest.parent.exists():
            ensure_private_dir(dest.parent)  # blobs/ab/ of a blob part
        fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        with os.fdopen(fd, "wb") as out:
            # With `hasher`, each block is hashed on its thread while this one writes it and
            # decrypts the next (hashlib and file writes release the GIL): hashing cost about
            # as much as writing.
            pending: Future[None] | None = None
            for block in reader.read_blocks(size):
                check_stop(stop)
                if expected is not None and hasher is None:
                    digest.update(block)
                elif expected is not None and hasher is not None:
                    if pending is not None:
                        pending.result()  # in order: one block at a time in flight
                    pending = hasher.submit(digest.update, block)
                out.write(block)
            if pending is not None:
                pending.result()
            backup_format.fsync_file(out)
    if expected is not None and digest.hexdigest() != expected:
        raise VaultTampered(f"The backup's copy of {dest.name} does not match its recorded hash.",
                            code="backup.copy_altered", params={"file": dest.name})


def _read_manifest(reader: backup_format.PlainReader, slots: Slots) -> dict[str, Any]:
    return _parse_manifest(reader.read_exact(backup_format.decode_manifest_length(reader.read_exact(4))), slots)


def read_manifest(path: Path, slots: Slots, content_key: bytes) -> dict[str, Any]:
    """The authenticated table of contents at the start of a backup file, its parts left
    unread: one or two chunks decrypted whatever the file's size (services/backup_lineage.py
    reads the newest backups of a folder this way before each backup into it)."""
    chunks = backup_format.iter_plaintext(path, content_key)
    try:
        with os_errors("reading the backup file"):
            return _read_manifest(backup_format.PlainReader(chunks), slots)
    finally:
        chunks.close()  # the generator holds the file open until it is closed


def read_manifest_in(head: bytes, size: int, slots: Slots, content_key: bytes) -> dict[str, Any]:
    """read_manifest of the first bytes of a backup file of `size` bytes, already read
    (services/restore_ask.read: the table of contents read from the very bytes it hashed). The
    table of contents fits in the first two chunks (backup_format.MAX_MANIFEST), which `head`
    must hold."""
    import io

    chunks = backup_format.iter_plaintext_in(io.BytesIO(head), size, content_key)
    try:
        return _read_manifest(backup_format.PlainReader(chunks), slots)
    finally:
        chunks.close()


def read_back(path: Path, master: bytes, stop: StopCheck | None = None) -> dict[str, Any]:
    """A container this process just wrote, read back without writing anything: the
    checksum, the key slots, AES-GCM over every byte and each part's SHA-256 against the
    authenticated table of contents (returned). With parts hashed from a copy checked
    before packing, this proves the file holds exactly the checked bytes."""
    def decrypt(fh: BinaryIO, size: int) -> dict[str, Any]:
        with os_errors("reading the backup file"):
            slots = backup_format.read_slots_in(fh)
            reader = backup_format.PlainReader(
                backup_format.iter_plaintext_in(fh, size, backup_keys.content_key(slots, master)))
            manifest = _read_manifest(reader, slots)
            for part in manifest["parts"]:
                _hash_part(reader, part["name"], part["size"], part["sha256"], stop)
            if not reader.at_end():
                raise damaged("it holds data after its last part")
        return manifest

    return beside_checksum(path, decrypt)[1]


_T = TypeVar("_T")
NOT_THIS_APPS = "backup.not_a_backup"  # storage/backup_format.Slots.decode: a key block of no format of this app
_NAMES = ("A backup file is named vault-backup-DATE.vaultbackup; a snapshot is a snap-….vrs file in a backup "
          "folder's snapshots folder.")


def not_a_backup_file(path: Path) -> VaultCorrupt:
    """A path that is no file: a folder (a backup folder, given for one of its backups) or nothing."""
    if path.is_dir() and (path / "snapshots").is_dir():
        return VaultCorrupt(f"{path.name} is a backup folder, not one backup.",
                            hint=f"Choose one of its snapshots (in {path.name}/snapshots, the newest last by name).",
                            code="backup.folder_not_one_backup", params={"name": path.name})
    if path.is_dir():
        return VaultCorrupt(f"{path.name} is a folder, not a backup file.", hint=_NAMES, code="backup.is_folder")
    if path.exists():
        # A pipe or a device (or a link to one): never read or waited on. It was "not there ...
        # Is the drive plugged in?" (found by the attacker's walk).
        return VaultCorrupt(f"{path.name} is not a backup file (a pipe or a device).", hint=_NAMES,
                            code="backup.not_a_file", params={"name": path.name})
    # Not there is not damaged: a registered backup checked with its drive unplugged or mounted
    # elsewhere was titled "Vault damaged" (found by a walker on a new laptop). Its own code, so the
    # screen titles and words it as that (gui/background.py, refusal_words_system.py).
    return VaultCorrupt(f"The backup file is not there: {path}.",
                        hint="Is the drive it is on plugged in? If it is, the file was moved or deleted, or its name "
                             "or folder is mistyped.",
                        code="backup.file_missing", params={"path": str(path)})


def _named_as_no_backup(path: Path, err: VaultCorrupt) -> VaultCorrupt:
    """A file that fails as a backup and is not named as one (a note, a PDF, an export given
    by mistake) is said to be no backup of this app, not a damaged backup to replace."""
    if path.name.endswith(".vaultbackup") and err.code != NOT_THIS_APPS:
        return err
    return VaultCorrupt(f"{path.name} is not a backup made by this app (or it is damaged).", hint=_NAMES,
                        code="backup.file_not_a_backup")


def _open_read(path: Path) -> BinaryIO:
    """One open of the backup file for reading (a function of its own: the tests swap the file
    between beside_checksum's two opens through it)."""
    return path.open("rb")


def beside_checksum(path: Path, decrypt: Callable[[BinaryIO, int], _T]) -> tuple[tuple[int, str], _T]:
    """((size, SHA-256), decrypt(fh, size)) of a backup file, the whole-file checksum computed on a
    thread of its own while `decrypt` reads, decrypts and hashes the parts: hashlib
    releases the GIL, so the two passes overlap instead of adding up (one of them was a
    third of a fast restore). A file that fails its checksum is reported as such whatever
    failed first, as when the checksum came first.

    The two passes read two opens of the path made first, one after the other, and refused when
    they are not the same file (device and inode): each pass used to open the path by itself, so a
    file renamed into its place between the opens (a sync tool, a copy finishing) paired one file's
    checksum with another's contents. `decrypt` reads only the handle it is given, at its start."""
    with contextlib.ExitStack() as files:
        with os_errors("reading the backup file"):
            hashed = files.enter_context(_open_read(path))
            read = files.enter_context(_open_read(path))
            first, second = os.fstat(hashed.fileno()), os.fstat(read.fileno())
        if (first.st_dev, first.st_ino) != (second.st_dev, second.st_ino):
            raise EnvironmentProblem(
                f"The backup file {path.name} was replaced by another file while it was being read; nothing was "
                "done with it.", hint="Choose it again once nothing is writing into its folder.",
                code="backup.replaced_while_read", params={"file": path.name})
        pool = ThreadPoolExecutor(1, thread_name_prefix="vault-backup-checksum")
        try:
            trailer = pool.submit(backup_format.check_trailer_in, hashed, first.st_size)
            try:
                result = decrypt(read, first.st_size)
            except BaseException as err:
                failed = trailer.exception()
                # A key block that is not this app's format is no backup of it (a PDF renamed
                # .vaultbackup), whatever its checksum says: found said "damaged ... check the disk".
                if isinstance(failed, VaultError) and getattr(err, "code", "") != NOT_THIS_APPS:
                    raise failed from None
                raise
            with os_errors("reading the backup file"):
                return trailer.result(), result
        finally:
            pool.shutdown(wait=True)


def unpack(
    path: Path, master_source: MasterSource, dest: Path, *, deep: bool = True, full: bool = False,
    stop: StopCheck | None = None,
) -> Unpacked:
    """Check the file, decrypt it into `dest` (an empty private folder) and check every part.

    Order: checksum (no key), key slots, then authenticated decryption, per-part
    hashes, the embedded header's MAC, every compartment page, the ledger chain.

    A backup whose table of contents records that those page and chain checks ran when
    it was made (services/backup_checked.py) gets, instead of them, the ledger's head
    read from the copy and compared with the recorded one, and the pages of compartments
    the record does not cover; `full=True` ignores the record and runs every check.

    `deep=False` (purging a chart from a backup) stops after the header MAC and checks
    the ledger from its anchor only: the authenticated encryption already proves the
    file is exactly what was packed, and the destruction run on the copy decrypts and
    authenticates every page again. Verify and restore always check deeply.
    """
    if not path.is_file():
        raise not_a_backup_file(path)

    def decrypt(fh: BinaryIO, size: int) -> tuple[Slots, bytes, dict[str, Any]]:
        with os_errors("reading the backup file"):
            slots = backup_format.read_slots_in(fh)
        master = master_source(slots)
        content_key = backup_keys.content_key(slots, master)
        with os_errors("reading the backup file"):
            reader = backup_format.PlainReader(backup_format.iter_plaintext_in(fh, size, content_key))
            manifest = _read_manifest(reader, slots)
            # A recorded backup was read back, part hashes and all, before it got its name;
            # AES-GCM over the stream (index and last flag in each nonce) now proves these
            # are the same bytes, so hashing the parts again would prove nothing more.
            recorded = backup_checked.parse(manifest, damaged("its table of contents is malformed")) is not None
            hashed = not (deep and not full and recorded)
            with ThreadPoolExecutor(1, thread_name_prefix="vault-part-hash") as hasher:
                for part in manifest["parts"]:
                    _write_part(reader, dest / part["name"], part["size"], part["sha256"] if hashed else None,
                                stop, hasher)
            if not reader.at_end():
                raise damaged("it holds data after its last part")
        return slots, master, manifest

    try:
        (size, sha256), (slots, master, manifest) = beside_checksum(path, decrypt)
    except VaultCorrupt as err:
        raise _named_as_no_backup(path, err) from None
    with os_errors("unpacking the backup"):
        raw_header = (dest / HEADER_PART).read_bytes()
    try:
        header = header_io.decode(raw_header)
    except VaultCorrupt:
        raise damaged("the vault header inside it is malformed") from None
    wraps = (master_source.psychotherapy_wraps(header, master)
             if isinstance(master_source, backup_keys.KeySource) else ())
    keys = backup_keys.check_embedded_header(header, slots, master, wraps)
    unpacked = Unpacked(dest, manifest, slots, header, master, keys, sha256, size, wraps)
    check_stop(stop)
    record = unpacked.checked_record
    if deep and record is not None and not full:
        backup_checked.check_recorded(dest, keys, record, unpacked.ledger_head, "backup")
        unpacked.check = backup_checked.RECORDED
    elif deep:
        _check_compartments(unpacked)
        unpacked.check = backup_checked.FULL
    else:
        _check_ledger(unpacked, full=False)
    return unpacked


def _check_compartments(u: Unpacked) -> None:
    damaged_one, chain = pages_beside_chain(u.folder, u.keys, u.header.ledger_anchor)
    if damaged_one:
        raise VaultCorrupt(f"The backup's copy of the {damaged_one} compartment is damaged.",
                           hint="Use another backup.", code="backup.compartment_damaged",
                           params={"compartment": damaged_one})
    if isinstance(chain, VaultError):
        raise chain
    _judge_chain(u, *chain)
    check_blobs(u)
    backup_checked.check_binding(u.folder, u.keys)  # as the unlock, and the restore opening the notes


def check_blobs(u: Unpacked) -> None:
    """Every attachment blob the backup's records name is in it, and every segment of
    each opens under its chart's key (in the backup's own records.db)."""
    if check_blob_parts(u.folder, u.keys["records"]):
        raise VaultCorrupt("The backup's copy of an attachment is missing or damaged.", hint="Use another backup.",
                           code="backup.attachment_damaged")


def _check_ledger(u: Unpacked, *, full: bool) -> None:
    comp = Compartment.open("ledger", u.folder / COMPARTMENT_FILES["ledger"], u.keys["ledger"])
    try:
        ledger = Ledger(comp, u.keys["ledger_mac"])
        report = ledger.verify_full(u.header.ledger_anchor) if full else ledger.verify_from(u.header.ledger_anchor)
        head = ledger.head()
    finally:
        comp.close()
    _judge_chain(u, report, head)


def _judge_chain(u: Unpacked, report: VerifyReport, head: LedgerAnchor) -> None:
    if not report.ok:
        raise VaultTampered("The ledger inside the backup failed verification: " + "; ".join(report.problems[:3]) + ".",
                            code="backup.ledger_failed")
    if head != u.ledger_head:
        raise VaultTampered("The ledger inside the backup does not end where the backup's table of contents says.",
                            code="backup.ledger_end")


def unpack_or_clean(path: Path, master_source: MasterSource, dest: Path) -> Unpacked:
    """`unpack`, removing whatever it wrote into `dest` if anything fails."""
    try:
        return unpack(path, master_source, dest)
    except BaseException:
        for child in dest.iterdir():
            with contextlib.suppress(OSError):
                child.unlink()
        raise


def file_hash(path: Path) -> str:
    with os_errors("reading the backup file"):
        return backup_format.file_sha256(path)

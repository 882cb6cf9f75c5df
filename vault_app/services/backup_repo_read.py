"""Reading a snapshot of a backup repository back into vault files, with every check.

Order (as for a single-file backup, services/backup_archive.unpack): the manifest's
authentication (key block, then AES-GCM over the whole manifest), every chunk's
authentication and keyed hash (its name), every part's size, the embedded header's
MAC, then (deep) every compartment page and the whole ledger chain.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vault_app.domain.errors import VaultCorrupt, VaultTampered
from vault_app.services import backup_checked, backup_keys
from vault_app.services.backup_archive import (
    HEADER_PART,
    PARTS,
    BackupAbandoned,
    CheckWords,
    check_fully,
)
from vault_app.storage import blob_store, chunk_store, snapshot_manifest
from vault_app.storage import header as header_io
from vault_app.storage.backup_format import Slots, repo_damaged
from vault_app.storage.chunk_store import ChunkKeys, Repository
from vault_app.storage.files import PRIVATE_FILE, ensure_private_dir, os_errors
from vault_app.storage.header import Header, LedgerAnchor

BODY_FORMAT = "vault-app-repo-snapshot"
BODY_VERSION = 2  # 2: attachment blob parts ("blobs/ab/<id>") may follow the four fixed parts
PAGED_PARTS = frozenset(PARTS[1:])  # SQLCipher files: chunks named by their pages' trailers
MAX_MANIFEST = 64 << 20
_HEX = re.compile(r"^[0-9a-f]+$")


@dataclass
class Materialized:
    """A snapshot's parts written into a private folder and checked."""

    folder: Path
    body: dict[str, Any]
    slots: Slots
    header: Header
    master: bytes
    keys: dict[str, bytes]
    sha256: str  # of the manifest file
    size: int
    psychotherapy_wraps: tuple[bytes, ...] = ()
    check: str = ""  # backup_checked.FULL or RECORDED when deep; "" otherwise

    @property
    def ledger_head(self) -> LedgerAnchor:
        head = self.body["ledger_head"]
        return LedgerAnchor(int(head["seq"]), str(head["mac"]))

    @property
    def checked_record(self) -> dict[str, Any] | None:
        return backup_checked.parse(self.body, repo_damaged("a snapshot's table of contents is malformed"))


def repository_of(snapshot: Path) -> Repository:
    """The repository a manifest belongs to (REPO/snapshots/NAME.vrs)."""
    if snapshot.parent.name != "snapshots" or not snapshot.name.endswith(chunk_store.MANIFEST_SUFFIX):
        raise VaultCorrupt(f"{snapshot.name} is not a snapshot of a backup repository.",
                           hint="Give a file from the repository's snapshots/ folder.", code="backup.not_a_snapshot")
    return Repository(snapshot.parent.parent)


def read_manifest_file(path: Path) -> bytes:
    if not path.is_file():
        raise VaultCorrupt(f"The snapshot {path.name} does not exist or is not a file.", code="backup.snapshot_missing")
    with os_errors("reading the backup snapshot"):
        if path.stat().st_size > MAX_MANIFEST:
            raise repo_damaged("a snapshot file is impossibly large")
        return path.read_bytes()


def _is_hex(value: object, length: int) -> bool:
    return isinstance(value, str) and len(value) == length and _HEX.match(value) is not None


def check_body(body: dict[str, Any], slots: Slots, clear_ids: list[str]) -> None:
    """Only reachable with authenticated content, yet checked as if hostile."""
    bad = repo_damaged("a snapshot's table of contents is malformed")
    if body.get("format") != BODY_FORMAT or type(body.get("format_version")) is not int:
        raise bad
    if body["format_version"] > BODY_VERSION:
        raise VaultCorrupt("This snapshot was made by a newer version of the app.",
                           hint="Install the newest version to restore it.", code="backup.snapshot_newer_version")
    if body.get("vault_id") != slots.vault_id.hex() or not isinstance(body.get("created"), str):
        raise bad
    head = body.get("ledger_head")
    if not isinstance(head, dict) or type(head.get("seq")) is not int or not _is_hex(head.get("mac"), 64):
        raise bad
    parts = body.get("parts")
    names = [p.get("name") if isinstance(p, dict) else None for p in parts] if isinstance(parts, list) else []
    if not isinstance(parts, list) or names[: len(PARTS)] != list(PARTS):
        raise bad
    blobs = [blob_store.blob_id_of_name(n) if isinstance(n, str) else None for n in names[len(PARTS):]]
    if (blobs and body["format_version"] < 2) or None in blobs or len(set(blobs)) != len(blobs):
        raise bad  # only well-formed, distinct blob names: a part name is a path in the work folder
    named: set[str] = set()
    for part in parts:
        chunks = part.get("chunks")
        if type(part.get("size")) is not int or part["size"] < 0:
            raise bad
        if not isinstance(chunks, list) or not all(type(c) is str for c in chunks):
            raise bad
        named.update(chunks)
    if named != set(clear_ids):
        # The clear list's ids were checked (snapshot_manifest.open_manifest), so when the sets
        # agree every part's ids are well formed; only a disagreement needs to know which.
        if not snapshot_manifest.are_ids(list(named)):
            raise bad
        raise VaultTampered("The snapshot's chunk list does not match its table of contents.",
                            code="backup.snapshot_chunks_mismatch")
    backup_checked.parse(body, bad)


def open_snapshot(raw: bytes, source: backup_keys.KeySource | Any) -> tuple[Slots, bytes, dict[str, Any]]:
    """(slots, master key, authenticated body) of a manifest."""
    slots = snapshot_manifest.read_slots(raw)
    master: bytes = source(slots)
    content_key = backup_keys.content_key(slots, master)
    body, clear_ids = snapshot_manifest.open_manifest(raw, content_key)
    check_body(body, slots, clear_ids)
    return slots, master, body


def _write_part(repo: Repository, ck: ChunkKeys, part: dict[str, Any], dest: Path,
                stop: Callable[[], bool] | None = None) -> None:
    size = 0
    with os_errors("unpacking the backup snapshot"):
        if not dest.parent.exists():
            ensure_private_dir(dest.parent)  # blobs/ab/ of a blob part
        fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), PRIVATE_FILE)
        with os.fdopen(fd, "wb") as out:
            for chunk_id in part["chunks"]:
                if stop is not None and stop():
                    raise BackupAbandoned
                plain = chunk_store.decrypt_chunk(ck.key_for(chunk_id), chunk_id, repo.read_chunk(chunk_id))
                if ck.chunk_id(plain, paged=part["name"] in PAGED_PARTS) != chunk_id:
                    raise VaultTampered("A chunk of the backup repository holds content other than its name says.",
                                        code="backup.chunk_altered")
                size += len(plain)
                out.write(plain)
            out.flush()
            os.fsync(out.fileno())
    if size != part["size"]:
        raise VaultTampered(f"The snapshot's copy of {dest.name} does not have its recorded size.",
                            code="backup.copy_altered", params={"file": dest.name})


def materialize(
    snapshot: Path, source: backup_keys.KeySource | Any, dest: Path, *, deep: bool = True, full: bool = False,
    stop: Callable[[], bool] | None = None,
) -> Materialized:
    """Rebuild every part of `snapshot` in `dest` (an empty private folder) and check it.

    A snapshot whose table of contents records that its pages and chain were checked when
    it was made (services/backup_checked.py) relies on that and on every chunk's
    authentication and keyed hash: the ledger's head is read and compared, and only the
    compartments the record does not cover are checked page by page. `full=True` ignores
    the record.

    `deep=False` (a purge) stops after the chunks' authentication, the parts' sizes and
    the header's MAC. `stop` (the background backup on lock, when the app quits) is asked
    between chunks and before the page checks: BackupAbandoned when it says so."""
    repo = repository_of(snapshot)
    raw = read_manifest_file(snapshot)
    slots, master, body = open_snapshot(raw, source)
    ck = ChunkKeys(master, slots.vault_id)
    for part in body["parts"]:
        _write_part(repo, ck, part, dest / part["name"], stop)
    with os_errors("unpacking the backup snapshot"):
        raw_header = (dest / HEADER_PART).read_bytes()
    try:
        header = header_io.decode(raw_header)
    except VaultCorrupt:
        raise repo_damaged("the vault header inside a snapshot is malformed") from None
    wraps = source.psychotherapy_wraps(header, master) if isinstance(source, backup_keys.KeySource) else ()
    keys = backup_keys.check_embedded_header(header, slots, master, wraps)
    found = Materialized(dest, body, slots, header, master, keys, hashlib.sha256(raw).hexdigest(), len(raw), wraps)
    if deep:
        if stop is not None and stop():
            raise BackupAbandoned
        record = found.checked_record
        if record is not None and not full:
            backup_checked.check_recorded(dest, keys, record, found.ledger_head, "snapshot")
            found.check = backup_checked.RECORDED
        else:
            check_pages(found)
            found.check = backup_checked.FULL
    return found


SNAPSHOT_CHECK_CODE = {"page": "backup.snapshot_copy.page", "chain": "backup.snapshot_copy.chain",
                       "head": "backup.snapshot_copy.head", "blob": "backup.snapshot_copy.blob"}
_SNAPSHOT_WORDS = CheckWords(
    page="The snapshot's copy of the {0} compartment is damaged.",
    page_hint="Use another snapshot or another backup.",
    chain="The ledger inside the snapshot failed verification: ",
    head="The ledger inside the snapshot does not end where its table of contents says.",
    blob="The snapshot's copy of an attachment is missing or damaged.",
    blob_hint="Use another snapshot or another backup.",
    codes=SNAPSHOT_CHECK_CODE,
)


def check_pages(m: Materialized) -> None:
    """Every page of every compartment whose key is at hand, then the whole ledger chain
    and its head against the manifest (what a verified restore checks)."""
    check_fully(m.folder, m.keys, m.header.ledger_anchor, m.ledger_head, _SNAPSHOT_WORDS)

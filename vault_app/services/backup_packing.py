"""Packing a vault's files into a backup container: the parts, their table of contents
(the manifest) and the container written around them.

The writing half of services/backup_archive.py, which reads and checks what this writes and
re-exports these names (the callers import them from there). Apart because the two together
passed one file's worth; the format's names live here, the writer's side, and the reader
imports them.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vault_app import __version__
from vault_app.services import backup_checked, backup_keys
from vault_app.storage import backup_format, blob_store
from vault_app.storage import header as header_io
from vault_app.storage.backup_format import Slots
from vault_app.storage.compartment import COMPARTMENT_FILES
from vault_app.storage.files import PRIVATE_FILE, fsync_dir, os_errors
from vault_app.storage.header import Header, LedgerAnchor

FORMAT_NAME = "vault-app-backup"
FORMAT_VERSION = 2  # 2: attachment blob parts may follow the four fixed parts
HEADER_PART = header_io.HEADER_NAME
PARTS = (HEADER_PART, COMPARTMENT_FILES["records"], COMPARTMENT_FILES["psychotherapy"], COMPARTMENT_FILES["ledger"])
COPY_BLOCK = 1 << 20
StopCheck = Callable[[], bool]  # true when a background backup is abandoned (see backup_beside.py)


class BackupAbandoned(Exception):
    """Raised inside a background backup that was told to stop (the app is quitting)."""


@dataclass(frozen=True)
class Part:
    name: str
    path: Path
    size: int
    sha256: str


def describe_part(name: str, path: Path) -> Part:
    digest = hashlib.sha256()
    size = 0
    # Only the writers describe parts (a staging copy's files, packed next): said as writing.
    with os_errors("writing a backup part"), path.open("rb") as fh:
        while block := fh.read(COPY_BLOCK):
            digest.update(block)
            size += len(block)
    return Part(name, path, size, digest.hexdigest())


# --- writing ---------------------------------------------------------------------------------
def write_container(
    dest: Path, slots: Slots, content_key: bytes, manifest: dict[str, Any], parts: list[Part],
    stop: StopCheck | None = None,
) -> tuple[str, int]:
    """Write a new container at `dest` (must not exist). Returns (sha256, size)."""
    body = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
    return write_raw_container(dest, slots, content_key, body, parts, stop)


def check_stop(stop: StopCheck | None) -> None:
    if stop is not None and stop():
        raise BackupAbandoned


def write_raw_container(
    dest: Path, slots: Slots, content_key: bytes, manifest_bytes: bytes, parts: list[Part],
    stop: StopCheck | None = None,
) -> tuple[str, int]:
    """`write_container` with the manifest already encoded (tests feed it malformed ones)."""
    with os_errors("writing the backup file"):
        fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        with os.fdopen(fd, "wb") as out:
            writer = backup_format.ContainerWriter(out, slots, content_key)
            writer.write(backup_format.encode_manifest_length(len(manifest_bytes)))
            writer.write(manifest_bytes)
            for part in parts:
                with part.path.open("rb") as fh:
                    while block := fh.read(COPY_BLOCK):
                        check_stop(stop)  # once a MiB: a quit abandons the file within milliseconds
                        writer.write(block)
            digest = writer.finish()
            backup_format.fsync_file(out)
            size = out.tell()
    return digest, size


def manifest_for(header: Header, head: LedgerAnchor, created: str, parts: list[Part],
                 checked: dict[str, Any] | None = None) -> dict[str, Any]:
    manifest = {
        "format": FORMAT_NAME,
        # Version 1 only for what the versions before the blob store can restore: no blob parts and a
        # vault header of their format 1. A newer header in a version-1 container read there as
        # "damaged ... check the disk" (found by a walker: 0.1.0 on backups a destruction had purged);
        # version 2 makes them say "made by a newer version".
        "format_version": 1 if len(parts) == len(PARTS) and header.format_version <= 1 else FORMAT_VERSION,
        "app_version": __version__,
        "vault_id": header.vault_id,
        "created": created,
        "ledger_head": {"seq": head.seq, "mac": head.mac_hex},
        "parts": [{"name": p.name, "size": p.size, "sha256": p.sha256} for p in parts],
    }
    if checked is not None:
        # A key older readers ignore: the format version stays, so they still read the file.
        manifest[backup_checked.KEY] = checked
    return manifest


def pack_folder(
    folder: Path, dest: Path, header: Header, master: bytes, head: LedgerAnchor, created: str,
    stop: StopCheck | None = None, *, checked: dict[str, Any] | None = None, parts: list[Part] | None = None,
) -> tuple[str, int]:
    """Pack closed vault files (header + compartments in `folder`) into a new container.
    `checked`: the record of `check_before_packing` on this very folder, if it ran.
    `parts`: describe_folder(folder) taken before that check, so that the read-back
    proves the packed bytes are those hashed before it (not only those seen at packing)."""
    parts = describe_folder(folder) if parts is None else parts
    content_key = secrets.token_bytes(backup_format.KEY_LEN)
    slots = backup_keys.slots_for(header, master, content_key)
    return write_container(dest, slots, content_key, manifest_for(header, head, created, parts, checked), parts,
                           stop)


def describe_folder(folder: Path) -> list[Part]:
    return [describe_part(name, folder / name) for name in (*PARTS, *blob_part_names(folder))]


def blob_part_names(folder: Path) -> list[str]:
    """The blob files of a closed vault copy in `folder`, as part names."""
    return [blob_store.relative_name(b) for b in blob_store.stored_ids(folder)]


def replace_file(tmp: Path, dest: Path) -> None:
    with os_errors("saving the backup file"):
        os.replace(tmp, dest)
        fsync_dir(dest.parent)

"""A snapshot manifest of a backup repository (storage/chunk_store.py keeps the files):
its encoding, and its decoding with every check a reader makes before trusting it.

Layout::

    "VRS1" | u32 n | clear JSON (n bytes) | slot block (256) | nonce (12) | AES-256-GCM(body)

The clear JSON lists the chunk ids the snapshot uses (keyed hashes: they say nothing
without the key, and they let a sweep run without the passphrase); the body (format,
vault id, time, ledger head, parts and their chunk lists) is encrypted. The clear part
and the slot block are the GCM's associated data: neither can be changed unnoticed.
"""

from __future__ import annotations

import json
import re
import secrets
import struct
from collections.abc import Callable, Iterable
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vault_app.crypto import keys
from vault_app.domain.errors import VaultCorrupt, VaultTampered
from vault_app.storage.backup_format import SLOT_LEN, Slots, repo_damaged

MANIFEST_MAGIC = b"VRS1"
NONCE_LEN = 12
MAX_CLEAR = 64 << 20
_IDS = re.compile(r"[0-9a-f]*")
_LEN = struct.Struct(">I")


def encode_manifest(slots: Slots, content_key: bytes, body: dict[str, Any], chunk_ids: Iterable[str]) -> bytes:
    clear = json.dumps({"chunks": sorted(set(chunk_ids))}, separators=(",", ":")).encode()
    slot = slots.encode()
    nonce = secrets.token_bytes(NONCE_LEN)
    head = MANIFEST_MAGIC + _LEN.pack(len(clear)) + clear + slot
    sealed = AESGCM(_manifest_key(content_key)).encrypt(
        nonce, json.dumps(body, sort_keys=True, separators=(",", ":")).encode(), head
    )
    return head + nonce + sealed


def _manifest_key(content_key: bytes) -> bytes:
    return keys.hkdf(content_key, info="vault-app/repo/v1/manifest", salt=b"")


def _frame(raw: bytes) -> int:
    """The clear list's length, after the checks every reader of a manifest makes."""
    if raw[:4] != MANIFEST_MAGIC or len(raw) < 8:
        if raw[:3] == MANIFEST_MAGIC[:3] and raw[3:4] > MANIFEST_MAGIC[3:4]:
            raise VaultCorrupt("This snapshot was made by a newer version of the app.",
                               hint="Install the newest version to restore it.", code="backup.snapshot_newer_version")
        raise repo_damaged("a snapshot file is not a snapshot")
    (n,) = _LEN.unpack_from(raw, 4)
    if n > MAX_CLEAR or len(raw) < 8 + n + SLOT_LEN + NONCE_LEN + 16:
        raise repo_damaged("a snapshot file is truncated")
    return int(n)


def _split(raw: bytes) -> tuple[dict[str, Any], bytes, bytes, bytes]:
    n = _frame(raw)
    try:
        clear = json.loads(raw[8 : 8 + n].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise repo_damaged("a snapshot's chunk list is malformed") from None
    chunks = clear.get("chunks") if isinstance(clear, dict) else None
    if not isinstance(chunks, list) or not are_ids(chunks):
        raise repo_damaged("a snapshot's chunk list is malformed")
    end = 8 + n + SLOT_LEN
    return clear, raw[:end], raw[8 + n : end], raw[end:]


def read_clear(raw: bytes) -> dict[str, Any]:
    """The unauthenticated chunk list (for the sweep; verify checks it against the body)."""
    return _split(raw)[0]


def read_slots(raw: bytes) -> Slots:
    """The key slots alone: the clear list is not parsed here (open_manifest parses and
    checks it, and the GCM authenticates it with the slots)."""
    end = 8 + _frame(raw) + SLOT_LEN
    return Slots.decode(raw[end - SLOT_LEN : end])


def are_ids(values: list[Any]) -> bool:
    """Every value a chunk id (64 lowercase hex digits): one regex over the joined ids, not
    one per id (a 4x snapshot names about 26,000 chunks, read twice per purged snapshot)."""
    return all(type(v) is str and len(v) == 64 for v in values) and _IDS.fullmatch("".join(values)) is not None


def _open_body(head: bytes, rest: bytes, content_key: bytes) -> dict[str, Any]:
    try:
        plain = AESGCM(_manifest_key(content_key)).decrypt(rest[:NONCE_LEN], rest[NONCE_LEN:], head)
    except InvalidTag:
        raise VaultTampered("The backup snapshot failed its authentication check (altered or damaged).",
                            hint="Use another snapshot or another backup.", code="backup.snapshot_altered") from None
    try:
        body = json.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise repo_damaged("a snapshot's table of contents is malformed") from None
    if not isinstance(body, dict):
        raise repo_damaged("a snapshot's table of contents is malformed")
    return body


def open_manifest(raw: bytes, content_key: bytes) -> tuple[dict[str, Any], list[str]]:
    """(body, clear chunk list) of an authenticated manifest."""
    clear, head, _, rest = _split(raw)
    return _open_body(head, rest, content_key), list(clear["chunks"])


def open_body(raw: bytes, content_key_of: Callable[[Slots], bytes]) -> tuple[Slots, dict[str, Any]]:
    """(slots, authenticated body) without parsing the clear chunk list (the GCM's associated
    data: authenticated all the same), for a reader that needs the body alone (a snapshot
    reusing the newest one's blob chunk lists): checking the clear list costs a regex per
    chunk id, twice."""
    end = 8 + _frame(raw) + SLOT_LEN
    slots = Slots.decode(raw[end - SLOT_LEN : end])
    return slots, _open_body(raw[:end], raw[end:], content_key_of(slots))

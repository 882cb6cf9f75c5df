"""vault.header: the small file that holds KDF settings and wrapped keys.

The header is JSON with an unkeyed SHA-256 checksum (catches torn writes and
flipped bits before any slow key derivation) and a keyed MAC computed by the
vault service under a key derived from the master key (catches deliberate edits).
No secret is stored here in the clear.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import asdict, dataclass, field, fields, is_dataclass, replace
from pathlib import Path
from typing import Any

from vault_app.domain.errors import VaultCorrupt, VaultNotFound
from vault_app.storage.files import PRIVATE_FILE, atomic_write, os_errors, read_regular
from vault_app.storage.layout import HEADER_NAME as HEADER_NAME  # re-exported: callers say header.HEADER_NAME

FORMAT_NAME = "vault-app-header"
FORMAT_VERSION = 3
# Format 2 added `generation`: every write bumps it, so a writer can see that the file
# changed under it, and the ledger records it, so an older header is recognised.
GENERATION_FORMAT = 2
_ADDED_IN_2 = ("generation",)
# Format 3 added no field: the psychotherapy key is wrapped under its own key, not the
# master key (services/vault_psychotherapy_key.py); older headers are upgraded at the next
# unlock with the passphrase.
MAX_HEADER_BYTES = 64 * 1024


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode(), validate=True)


@dataclass(frozen=True)
class LedgerAnchor:
    seq: int
    mac_hex: str


@dataclass(frozen=True)
class Header:
    vault_id: str  # hex
    created: str
    kdf_salt: str  # b64
    kdf_memory_kib: int
    kdf_iterations: int
    kdf_parallelism: int
    uses_device_secret: bool
    wrapped: dict[str, str]  # slot -> b64 blob
    signing_public_key: str  # b64
    ledger_anchor: LedgerAnchor
    format_version: int = FORMAT_VERSION
    settings: dict[str, Any] = field(default_factory=dict)
    generation: int = 0
    mac: str = ""  # hex HMAC over everything else; empty only while building

    @property
    def vault_id_bytes(self) -> bytes:
        return bytes.fromhex(self.vault_id)

    def body(self) -> dict[str, Any]:
        """Every field but the MAC, as `dataclasses.asdict` gave them (the MAC's input must stay
        byte for byte what it was). Built field by field: asdict deep-copied `settings` and
        `wrapped` at every ledger append's header write, twice (its MAC and its file), for a
        dict that is only serialized. Nested values are the header's own: never change them."""
        data = {name: getattr(self, name) for name in _BODY_FIELDS[self.format_version >= 2]}
        data["ledger_anchor"] = {"seq": self.ledger_anchor.seq, "mac_hex": self.ledger_anchor.mac_hex}
        data["format"] = FORMAT_NAME
        return data

    def mac_input(self) -> bytes:
        return json.dumps(self.body(), sort_keys=True, separators=(",", ":"), default=_as_plain).encode()

    def with_changes(self, **changes: Any) -> Header:
        return replace(self, **changes)


# The fields body() holds, by "format 2 or later": a format-1 header's MAC covers only the
# fields format 1 had.
_BODY_FIELDS = {
    later: tuple(f.name for f in fields(Header) if f.name != "mac" and (later or f.name not in _ADDED_IN_2))
    for later in (False, True)
}


def _as_plain(value: object) -> Any:
    """A dataclass in a setting serialized as asdict did it (none is put there today)."""
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    raise TypeError(f"{type(value).__name__} is not serializable in a vault header")


def encode(header: Header) -> bytes:
    body = header.body()
    body["mac"] = header.mac
    text = json.dumps(body, sort_keys=True, indent=1, default=_as_plain)
    checksum = hashlib.sha256(text.encode()).hexdigest()
    return (text + "\n" + "checksum " + checksum + "\n").encode()


def _damaged(detail: str) -> VaultCorrupt:
    return VaultCorrupt(
        f"The vault header is damaged ({detail}).",
        hint="Restore the vault from your latest verified backup.", code="header.damaged",
    )


def decode(raw: bytes) -> Header:
    if len(raw) > MAX_HEADER_BYTES:
        raise _damaged("it is too large")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _damaged("it is not text") from None
    body_text, sep, trailer = text.rstrip("\n").rpartition("\n")
    if not sep or not trailer.startswith("checksum "):
        raise _damaged("it is truncated")
    if hashlib.sha256(body_text.encode()).hexdigest() != trailer[len("checksum ") :]:
        raise _damaged("its checksum does not match")
    try:
        data = json.loads(body_text)
        if data.pop("format") != FORMAT_NAME:
            raise _damaged("it is not a vault header")
        version = int(data["format_version"])
        if version > FORMAT_VERSION:
            raise VaultCorrupt(
                "This vault was made by a newer version of the app.",
                hint="Install the newest version to open it.", code="header.newer_version",
            )
        anchor = data.pop("ledger_anchor")
        header = Header(ledger_anchor=LedgerAnchor(anchor["seq"], anchor["mac_hex"]), **data)
        if not _well_typed(header):
            raise _damaged("a field has the wrong type")
        for blob in header.wrapped.values():
            unb64(blob)
        unb64(header.kdf_salt)
    except VaultCorrupt:
        raise
    except (KeyError, TypeError, ValueError, AttributeError):
        raise _damaged("a field is missing or malformed") from None
    return header


def _hex(value: str, length: int) -> bool:
    return len(value) == length and all(c in "0123456789abcdef" for c in value)


def _well_typed(header: Header) -> bool:
    """Types and shapes, so nothing downstream meets a list where it expects hex."""
    ints = (
        header.kdf_memory_kib,
        header.kdf_iterations,
        header.kdf_parallelism,
        header.format_version,
        header.ledger_anchor.seq,
        header.generation,
    )
    strings = (
        header.vault_id,
        header.created,
        header.kdf_salt,
        header.signing_public_key,
        header.mac,
        header.ledger_anchor.mac_hex,
    )
    return (
        all(type(v) is int for v in ints)
        and all(isinstance(v, str) for v in strings)
        and _hex(header.vault_id, 32)
        and _hex(header.mac, 64)
        and _hex(header.ledger_anchor.mac_hex, 64)
        and 0 <= header.ledger_anchor.seq < 1 << 62
        and 0 <= header.generation < 1 << 62
        and (header.format_version >= 2 or header.generation == 0)
        and isinstance(header.uses_device_secret, bool)
        and isinstance(header.settings, dict)
        and isinstance(header.wrapped, dict)
        and all(isinstance(k, str) and isinstance(v, str) for k, v in header.wrapped.items())
    )


def read(folder: Path) -> Header:
    return decode(read_bytes(folder))


def read_bytes(folder: Path) -> bytes:
    """The header file's bytes, with read()'s refusals of a missing, irregular or oversized one
    (decode refuses the last); read() decodes them."""
    path = folder / HEADER_NAME
    if not path.exists():
        if folder.exists() and any(folder.glob("*.db")):
            raise VaultCorrupt(
                "The vault header (vault.header) is missing.",
                hint="Restore the vault from your latest verified backup.", code="header.missing",
            )
        raise VaultNotFound(f"No vault was found in {folder}.",
                            hint="Create one first (vault-app init), or restore a backup "
                            "(vault-app backup restore FILE --to DIR).",
                            code="vault.not_found", params={"folder": str(folder)})
    with os_errors("reading the vault header"):
        # One byte past the limit is enough to refuse it: a planted or damaged file of
        # gigabytes is never read whole.
        raw = read_regular(path, MAX_HEADER_BYTES)
    if raw is None:
        raise _damaged("it is not a file")
    return raw


def write(folder: Path, header: Header) -> bytes:
    """Replace the header file by `header`; the bytes written (a writer compares the file with
    them before its next write: services/vault_session.py)."""
    data = encode(header)
    atomic_write(folder / HEADER_NAME, data, what="saving the vault header")
    return data


def write_copy(folder: Path, header: Header) -> None:
    """The header beside compartment copies (a backup's or an upgrade's work folder): a new
    owner-only file, never one that is already there."""
    with os_errors("writing a copy of the vault header"):
        fd = os.open(folder / HEADER_NAME, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        with os.fdopen(fd, "wb") as out:
            out.write(encode(header))

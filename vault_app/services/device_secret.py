"""The optional device secret and ledger anchor kept in the OS keyring.

The keyring is a convenience and a second factor, never the only copy of
anything: a missing or broken keyring falls back to passphrase + Emergency Kit.
"""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Protocol

SERVICE = "vault-app"


class SecretStore(Protocol):
    def available(self) -> bool: ...
    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str) -> bool: ...
    def delete(self, name: str) -> None: ...


class KeyringSecretStore:
    """SecretStore over the `keyring` package; every keyring failure becomes 'unavailable'."""

    def available(self) -> bool:
        try:
            import keyring
            from keyring.backends import fail

            backend = keyring.get_keyring()
        except Exception:
            return False
        if isinstance(backend, fail.Keyring):
            return False
        # Plaintext or "null" backends would defeat the point of a second secret.
        name = type(backend).__module__ + "." + type(backend).__name__
        if any(word in name.lower() for word in ("plaintext", "null", "fail")):
            return False
        try:
            return float(getattr(backend, "priority", 1)) > 0
        except Exception:
            return False

    def get(self, name: str) -> str | None:
        try:
            import keyring

            return keyring.get_password(SERVICE, name)
        except Exception:
            return None

    def set(self, name: str, value: str) -> bool:
        try:
            import keyring

            keyring.set_password(SERVICE, name, value)
        except Exception:
            return False
        return True

    def delete(self, name: str) -> None:
        try:
            import keyring

            keyring.delete_password(SERVICE, name)
        except Exception:
            return


def device_secret_name(vault_id: str) -> str:
    return f"{vault_id}/device-secret"


def anchor_name(vault_id: str) -> str:
    return f"{vault_id}/ledger-anchor"


def encode_secret(secret: bytes) -> str:
    return base64.b64encode(secret).decode()


def decode_secret(text: str) -> bytes | None:
    try:
        raw = base64.b64decode(text.encode(), validate=True)
    except ValueError:
        return None
    return raw if len(raw) == 32 else None


# --- the ledger anchor -----------------------------------------------------------------
# One anchor per folder holding this vault: a copy restored elsewhere (same vault id)
# must not move the live folder's anchor, or the live vault would look rewritten.
# The value is JSON {folder tag: "seq:mac"}; the older plain "seq:mac" applies to any folder.
_ANY_FOLDER = "*"
_MAX_FOLDERS = 8


def folder_tag(folder: Path) -> str:
    return hashlib.sha256(str(folder.expanduser().resolve()).encode()).hexdigest()[:16]


def _anchor_map(text: str | None) -> dict[str, str]:
    if not text:
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        return {_ANY_FOLDER: text}
    if isinstance(data, int):  # a bare number is valid JSON too
        return {_ANY_FOLDER: text}
    if not isinstance(data, dict):
        return {}
    return {str(k): str(v) for k, v in data.items()}


def read_anchor(store: SecretStore, vault_id: str, folder: Path) -> tuple[int, bytes] | None:
    """The (entry number, entry MAC) last recorded for this folder, if any."""
    found = _anchor_map(store.get(anchor_name(vault_id)) if store.available() else None)
    text = found.get(folder_tag(folder)) or found.get(_ANY_FOLDER)
    if not text:
        return None
    seq_text, _, mac_hex = text.partition(":")
    try:
        return int(seq_text), bytes.fromhex(mac_hex)
    except ValueError:
        return None


def write_anchor(store: SecretStore, vault_id: str, folder: Path, seq: int, mac_hex: str) -> None:
    found = _anchor_map(store.get(anchor_name(vault_id)))
    found.pop(_ANY_FOLDER, None)
    tag = folder_tag(folder)
    found.pop(tag, None)
    found[tag] = f"{seq}:{mac_hex}"
    # Dicts keep insertion order: the least recently written folders go first.
    while len(found) > _MAX_FOLDERS:
        found.pop(next(iter(found)))
    store.set(anchor_name(vault_id), json.dumps(found))

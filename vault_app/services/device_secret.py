"""The optional device secret and ledger anchor kept in the OS keyring.

The keyring is a convenience and a second factor, never the only copy of
anything: a missing or broken keyring falls back to passphrase + Emergency Kit.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Protocol

SERVICE = "vault-app"


class SecretStore(Protocol):
    def available(self) -> bool: ...
    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str) -> bool: ...
    def delete(self, name: str) -> None: ...


def json_record(store: SecretStore, name: str) -> dict[str, object]:
    """A keyring record written as a JSON object ({} without a keyring, a record, or one that is
    not such an object): the records kept beside the vault's anchor read alike
    (signing_keys_keyring, restore_safety_copy_back)."""
    text = store.get(name) if store.available() else None
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


class NoSecretStore:
    """A SecretStore that is never available: for work that must neither read nor leave anything
    in the keyring (the Emergency Kit's check, whose way in never needs the device secret; the
    benchmarks' copies of one template vault)."""

    def available(self) -> bool:
        return False

    def get(self, name: str) -> str | None:
        return None

    def set(self, name: str, value: str) -> bool:
        return False

    def delete(self, name: str) -> None:
        return None


# keyring's own way to turn the keyring off (its "fail" backend refuses every call). Said here
# too so that a process told so never imports the package: `import keyring` costs a command-line
# process about 0.08 CPU-seconds (its helpers pull in urllib, http.client and ssl), which is a
# quarter of a short command's whole cost and is paid for nothing when every call would fail.
_TURNED_OFF = "keyring.backends.fail.Keyring"


def _turned_off() -> bool:
    # Only while the package is not loaded: once it is, a backend set in the process
    # (keyring.set_keyring) overrides the variable, and keyring is asked as ever.
    return "keyring" not in sys.modules and os.environ.get("PYTHON_KEYRING_BACKEND", "").strip() == _TURNED_OFF


def _keyring() -> ModuleType:
    """The keyring package. Off macOS, without its macOS backend's native half: keyring loads
    every backend to choose one, and that module looks for the Security framework with
    `ctypes.util.find_library`, which runs ldconfig (about 0.035 CPU-seconds in every process
    that asks the keyring). Off macOS that backend refuses before using it (its priority says
    "macOS required"), and a backend whose native half fails to load is what keyring already
    expects (`except Exception` around that import): the choice is the same."""
    if sys.platform != "darwin":
        sys.modules.setdefault("keyring.backends.macOS.api", None)  # type: ignore[arg-type]
    import keyring

    return keyring


class KeyringSecretStore:
    """SecretStore over the `keyring` package; every keyring failure becomes 'unavailable'."""

    def available(self) -> bool:
        if _turned_off():
            return False
        try:
            keyring = _keyring()
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
        if _turned_off():
            return None
        try:
            text: str | None = _keyring().get_password(SERVICE, name)
            return text
        except Exception:
            return None

    def set(self, name: str, value: str) -> bool:
        if _turned_off():
            return False
        try:
            _keyring().set_password(SERVICE, name, value)
        except Exception:
            return False
        return True

    def delete(self, name: str) -> None:
        if _turned_off():
            return
        try:
            _keyring().delete_password(SERVICE, name)
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


def read_anchors(store: SecretStore, vault_id: str, folder: Path) -> list[tuple[int, bytes]]:
    """The (entry number, entry MAC) recorded for this folder: the head at its last lock; or
    two while a restore puts its files in place, the replaced vault's and the restored one's
    (`widen_anchor`): a kill may leave either whole. [] without one, or for a value no
    version wrote."""
    found = _anchor_map(store.get(anchor_name(vault_id)) if store.available() else None)
    text = found.get(folder_tag(folder)) or found.get(_ANY_FOLDER)
    out: list[tuple[int, bytes]] = []
    for part in (text or "").split():
        seq_text, _, mac_hex = part.partition(":")
        try:
            out.append((int(seq_text), bytes.fromhex(mac_hex)))
        except ValueError:
            return []
    return out


def widen_anchor(store: SecretStore, vault_id: str, folder: Path, seq: int, mac_hex: str) -> None:
    """Before a restore puts its files in place: the restored head is accepted beside what
    the folder's anchor holds, so the next open accepts the vault a kill leaves whole (the old
    one, or the restored one the roll-forward completes) without the open ever writing the
    anchor itself: an anchor moved by what lies in the folder would let an older copy put
    there with a journal pass as current. The next lock writes one head again."""
    found = _anchor_map(store.get(anchor_name(vault_id)))
    tag = folder_tag(folder)
    parts = (found.get(tag) or found.get(_ANY_FOLDER) or "").split()
    _write(store, vault_id, found, tag, " ".join([*parts, f"{seq}:{mac_hex}"]))


def write_anchor(store: SecretStore, vault_id: str, folder: Path, seq: int, mac_hex: str) -> None:
    found = _anchor_map(store.get(anchor_name(vault_id)))
    _write(store, vault_id, found, folder_tag(folder), f"{seq}:{mac_hex}")


def _write(store: SecretStore, vault_id: str, found: dict[str, str], tag: str, value: str) -> None:
    found.pop(_ANY_FOLDER, None)
    found.pop(tag, None)
    found[tag] = value
    # Dicts keep insertion order: the least recently written folders go first.
    while len(found) > _MAX_FOLDERS:
        found.pop(next(iter(found)))
    store.set(anchor_name(vault_id), json.dumps(found))

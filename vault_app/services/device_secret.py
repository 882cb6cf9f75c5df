"""The optional device secret and ledger anchor kept in the OS keyring.

The keyring is a convenience and a second factor, never the only copy of
anything: a missing or broken keyring falls back to passphrase + Emergency Kit.
"""

from __future__ import annotations

import base64
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

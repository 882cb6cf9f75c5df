"""The key hierarchy: unlock key, key wrapping, recovery key encoding.

Every wrapped key is AES-256-GCM with associated data naming its purpose and the
vault id, so a wrapped key cannot be moved to another slot or another vault.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_LEN = 32
NONCE_LEN = 12
_AAD_PREFIX = b"vault-app/v1/"


class UnwrapFailed(Exception):
    """The wrapping key is wrong or the wrapped blob was altered."""


def random_key() -> bytes:
    return secrets.token_bytes(KEY_LEN)


def hkdf(key_material: bytes, *, info: str, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_LEN, salt=salt, info=info.encode()).derive(key_material)


def unlock_key(argon_output: bytes, device_secret: bytes | None, vault_id: bytes) -> bytes:
    """Mix the passphrase-derived key with the optional device secret (two-secret design)."""
    material = argon_output + (device_secret or b"")
    info = "unlock-key+device" if device_secret else "unlock-key"
    return hkdf(material, info=info, salt=vault_id)


def _aad(purpose: str, vault_id: bytes) -> bytes:
    return _AAD_PREFIX + purpose.encode() + b"/" + vault_id


def wrap(kek: bytes, key: bytes, *, purpose: str, vault_id: bytes) -> bytes:
    nonce = secrets.token_bytes(NONCE_LEN)
    return nonce + AESGCM(kek).encrypt(nonce, key, _aad(purpose, vault_id))


def unwrap(kek: bytes, blob: bytes, *, purpose: str, vault_id: bytes) -> bytes:
    if len(blob) < NONCE_LEN + 16:
        raise UnwrapFailed(purpose)
    try:
        return AESGCM(kek).decrypt(blob[:NONCE_LEN], blob[NONCE_LEN:], _aad(purpose, vault_id))
    except InvalidTag as exc:
        raise UnwrapFailed(purpose) from exc


def mac(key: bytes, data: bytes) -> bytes:
    return hmac.new(key, data, hashlib.sha256).digest()


def macs_equal(a: bytes, b: bytes) -> bool:
    return hmac.compare_digest(a, b)


# --- Emergency Kit recovery key -------------------------------------------------
# 32 random bytes + 2 checksum bytes, base32 in groups of four: a typo is caught
# before any decryption is attempted.
_RECOVERY_GROUP = 4


class MalformedRecoveryKey(ValueError):
    """`reason` says which ("characters", "length", "checksum"), for words in another language."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


# Groups a kit never prints: a therapist's Emergency Kit goes into a professional will, to an
# executor or a records custodian, and a random key spelled "...-FUCK-..." (walker wround2 #2).
# Drawn again instead: a group falls on one of these about once in 3,400 keys, so the key loses
# under a thousandth of a bit of its 256.
UNSEEMLY_GROUPS = frozenset({
    "FUCK", "SHIT", "CUNT", "COCK", "DICK", "PISS", "TWAT", "SLUT", "WANK", "CRAP", "ARSE", "TITS",
    "RAPE", "KILL", "NAZI", "DEAD", "HATE", "PUTA", "PUTO", "CULO", "JODE", "CAGA", "MEAR", "PENE",
})


def seemly(text: str) -> bool:
    """Whether a formatted recovery key prints no group of UNSEEMLY_GROUPS."""
    return not any(group in UNSEEMLY_GROUPS for group in text.split("-"))


def new_recovery_secret() -> bytes:
    while True:
        secret = secrets.token_bytes(KEY_LEN)
        if seemly(format_recovery_key(secret)):
            return secret


def format_recovery_key(secret: bytes) -> str:
    check = hashlib.sha256(secret).digest()[:2]
    text = base64.b32encode(secret + check).decode().rstrip("=")
    return "-".join(text[i : i + _RECOVERY_GROUP] for i in range(0, len(text), _RECOVERY_GROUP))


def parse_recovery_key(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    padded = cleaned + "=" * (-len(cleaned) % 8)
    try:
        raw = base64.b32decode(padded)
    except ValueError as exc:
        raise MalformedRecoveryKey("The recovery key contains characters that do not belong in it.",
                                   "characters") from exc
    if len(raw) != KEY_LEN + 2:
        raise MalformedRecoveryKey("The recovery key has the wrong length.", "length")
    secret, check = raw[:KEY_LEN], raw[KEY_LEN:]
    if hashlib.sha256(secret).digest()[:2] != check:
        raise MalformedRecoveryKey("The recovery key has a typo (its checksum does not match).",
                                   "checksum")
    return secret


def recovery_kek(secret: bytes, vault_id: bytes) -> bytes:
    return hkdf(secret, info="recovery-key", salt=vault_id)

"""The header's keys under the master key: its keyed MAC, the unwrapping of every slot the
master key wraps, the passphrase wrap of the master key, and what the keyring remembers of
the KDF settings. services/vault_keys.py (VaultKeys) builds on these."""

from __future__ import annotations

import hashlib
import secrets
from pathlib import Path

from vault_app.crypto import kdf, keys
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import VaultTampered
from vault_app.services import vault_psychotherapy_key as apart
from vault_app.services.device_secret import SecretStore, folder_tag
from vault_app.storage.header import Header, b64, unb64

# The keys the master key wraps; the psychotherapy ones have their own wrapping
# (services/vault_psychotherapy_key.py).
HELD_SLOTS = ("records", "ledger", "ledger_mac", "signing")
STAGED_SUFFIX = ".staged"


def header_mac(master: bytes, header: Header) -> str:
    key = keys.hkdf(master, info="header-mac", salt=header.vault_id_bytes)
    return keys.mac(key, header.mac_input()).hex()


def kdf_settings_name(vault_id: str, folder: Path) -> str:
    # Per folder: a copy of this vault restored elsewhere has its own settings.
    return f"{vault_id}/kdf-settings/{folder_tag(folder)}"


def kdf_settings_fingerprint(header: Header) -> str:
    """What the keyring remembers of the header's Argon2id salt and settings: nothing
    authenticates them before the key is derived, so an edit would otherwise read as a
    wrong passphrase."""
    text = f"{header.kdf_salt}|{header.kdf_memory_kib}|{header.kdf_iterations}|{header.kdf_parallelism}"
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def remember_kdf_settings(store: SecretStore, header: Header, folder: Path) -> None:
    if store.available():
        store.set(kdf_settings_name(header.vault_id, folder), kdf_settings_fingerprint(header))


def with_new_unlock_wrap(
    header: Header, master: bytes, passphrase: str, params: KdfParams, device: bytes | None,
    salt: bytes | None = None,
) -> tuple[Header, bytes]:
    """(header with the master key under a new passphrase, the new unlock key). `salt` is
    fresh unless given (one a derivation ahead was made with: kdf.Ahead)."""
    salt = salt or secrets.token_bytes(kdf.SALT_LEN)
    derived = kdf.derive(passphrase, salt, params)
    unlock_key = keys.unlock_key(derived, device, header.vault_id_bytes)
    wrapped = dict(header.wrapped)
    wrapped["master_by_unlock"] = b64(keys.wrap(unlock_key, master, purpose="master", vault_id=header.vault_id_bytes))
    changed = header.with_changes(
        kdf_salt=b64(salt),
        kdf_memory_kib=params.memory_kib,
        kdf_iterations=params.iterations,
        kdf_parallelism=params.parallelism,
        uses_device_secret=device is not None,
        wrapped=wrapped,
    )
    return changed, unlock_key


def checkheader_mac(header: Header, master: bytes) -> None:
    if not keys.macs_equal(bytes.fromhex(header_mac(master, header)), bytes.fromhex(header.mac or "00")):
        raise VaultTampered(
            "The vault header was altered: its authentication code does not match.",
            hint="Restore the vault from your latest verified backup.", code="header.altered",
        )


def unwrap_held_keys(header: Header, master: bytes) -> dict[str, bytes]:
    """Check the header's keyed MAC with the master key, then unwrap every slot the master
    key wraps (never the psychotherapy key of a format-3 header)."""
    checkheader_mac(header, master)
    out: dict[str, bytes] = {}
    for slot in HELD_SLOTS:
        try:
            out[slot] = keys.unwrap(master, unb64(header.wrapped[slot]), purpose=slot, vault_id=header.vault_id_bytes)
        except (KeyError, keys.UnwrapFailed):
            raise VaultTampered(f"The wrapped {slot} key in the vault header is damaged or was altered.",
                                    code="header.key_altered") from None
    for slot in ("records", "ledger"):
        staged = slot + STAGED_SUFFIX
        if staged in header.wrapped:
            try:
                out[staged] = keys.unwrap(
                    master, unb64(header.wrapped[staged]), purpose=staged, vault_id=header.vault_id_bytes
                )
            except keys.UnwrapFailed:
                raise VaultTampered(f"The staged {slot} key in the vault header was altered.",
                                        code="header.key_altered") from None
    return out


def unwrap_header_keys(header: Header, master: bytes, candidates: tuple[bytes, ...] = ()) -> dict[str, bytes]:
    """Check the header's keyed MAC with the master key, then unwrap every slot it reaches:
    the psychotherapy ones only in a format 1/2 header, an upgraded one not yet rekeyed, or
    with a psychotherapy wrapping key among `candidates` (the live vault's, for a copy)."""
    out = unwrap_held_keys(header, master)
    pwk = apart.pwk_from(header, master=master, candidates=candidates)
    if pwk is not None:
        out.update(apart.psychotherapy_keys(header, pwk))
    return out

"""Key handling shared by the vault lifecycle: the header's keyed MAC, the KDF settings,
the device secret, unwrapping the master key and every key slot, and the failed-unlock
counter. Nothing here needs an open Vault."""

from __future__ import annotations

import contextlib
import hashlib
import json
import secrets
import time
from datetime import UTC, datetime
from pathlib import Path

from vault_app.crypto import kdf, keys
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import (
    InvalidInput,
    KeyringProblem,
    VaultError,
    VaultTampered,
    WrongPassphrase,
)
from vault_app.services.device_secret import SecretStore, decode_secret, device_secret_name, folder_tag
from vault_app.storage.files import atomic_write
from vault_app.storage.header import Header, b64, unb64

MIN_PASSPHRASE_LEN = 8
FAILURES_FILE = "vault.failures"
COMPARTMENT_SLOTS = ("records", "psychotherapy", "ledger")
KEY_SLOTS = (*COMPARTMENT_SLOTS, "ledger_mac", "signing")
STAGED_SUFFIX = ".staged"
RETIRED_PREFIX = "retired_master."  # older master keys, wrapped under the current one (vault_rekey.py)


# zxcvbn scores 0-4; below the floor a passphrase falls to an offline guesser quickly
# (common words, keyboard walks, "password1"); at WARN_BELOW it is accepted with a warning.
STRENGTH_FLOOR = 2
WARN_BELOW = 3
# zxcvbn's matching grows fast with length; a passphrase this long is judged on its start.
_STRENGTH_SAMPLE = 100


def passphrase_strength(passphrase: str) -> tuple[int, str]:
    """(zxcvbn score 0-4, advice) for a new passphrase."""
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:_STRENGTH_SAMPLE])
    feedback = result.get("feedback") or {}
    advice = " ".join(x for x in [feedback.get("warning") or "", *(feedback.get("suggestions") or [])] if x)
    return int(result["score"]), advice or "Add another word or two. Uncommon words are better."


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LEN:
        raise InvalidInput(f"The passphrase must be at least {MIN_PASSPHRASE_LEN} characters long.")
    if passphrase != passphrase.strip():
        raise InvalidInput("The passphrase must not start or end with spaces.")
    score, advice = passphrase_strength(passphrase)
    if score < STRENGTH_FLOOR:
        raise InvalidInput("That passphrase is too easy to guess.", hint=advice)


def _header_mac(master: bytes, header: Header) -> str:
    key = keys.hkdf(master, info="header-mac", salt=header.vault_id_bytes)
    return keys.mac(key, header.mac_input()).hex()


def _kdf_params(header: Header) -> KdfParams:
    return KdfParams(header.kdf_memory_kib, header.kdf_iterations, header.kdf_parallelism)


def _kdf_or_refuse(params: KdfParams) -> None:
    try:
        kdf.check_params(params)
    except kdf.KdfTooWeak as exc:
        raise InvalidInput(str(exc)) from None


# --- failed-unlock counter ------------------------------------------------------
# A failed unlock cannot write to the encrypted ledger (no key), so the count is
# kept in a small plaintext file with no sensitive content and moved into the
# ledger on the next successful unlock.
def _read_failures(folder: Path) -> int:
    try:
        return int(json.loads((folder / FAILURES_FILE).read_text())["count"])
    except (OSError, ValueError, KeyError, TypeError):
        return 0


def _note_failure(folder: Path) -> None:
    count = _read_failures(folder) + 1
    payload = json.dumps({"count": count, "last": datetime.now(UTC).isoformat(timespec="seconds")})
    # The counter is informative only; never hide the real error behind it.
    with contextlib.suppress(VaultError):
        atomic_write(folder / FAILURES_FILE, payload.encode(), what="counting a failed unlock")


def failed_attempts(folder: Path) -> int:
    return _read_failures(folder)


# Someone at the desk trying passphrases: the first few tries are free, then each waits
# twice as long as the one before, up to half a minute. (A copy of the folder is guessed
# offline without this; there Argon2id's cost is what counts.)
FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 30.0
_sleep = time.sleep  # replaced by tests that record the delays instead of waiting


def unlock_delay(failures: int) -> float:
    """Seconds to wait before the next passphrase try, after `failures` failed unlocks."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(2.0 ** (failures - FREE_ATTEMPTS), MAX_DELAY_SECONDS)


# --- helpers shared by create / unlock / recover ------------------------------------
def _device_secret(header: Header, store: SecretStore) -> bytes:
    if not store.available():
        raise KeyringProblem(
            "This vault is protected by a device secret kept in the system keyring, and no keyring is available.",
            hint="Use your Emergency Kit to recover access (vault-app recover).",
        )
    text = store.get(device_secret_name(header.vault_id))
    secret = decode_secret(text) if text else None
    if secret is None:
        raise KeyringProblem(
            "This vault's device secret is missing from the system keyring.",
            hint="Use your Emergency Kit to recover access (vault-app recover).",
        )
    return secret


def _unwrap_master_with_passphrase(folder: Path, header: Header, passphrase: str, store: SecretStore) -> bytes:
    delay = unlock_delay(_read_failures(folder))
    if delay:
        _sleep(delay)
    device = _device_secret(header, store) if header.uses_device_secret else None
    try:
        derived = kdf.derive(passphrase, unb64(header.kdf_salt), _kdf_params(header))
    except kdf.KdfTooWeak:
        raise VaultTampered(
            "The vault header asks for key-derivation settings below the safe minimum or above the supported "
            "maximum: it was altered."
        ) from None
    unlock_key = keys.unlock_key(derived, device, header.vault_id_bytes)
    try:
        return keys.unwrap(
            unlock_key, unb64(header.wrapped["master_by_unlock"]), purpose="master", vault_id=header.vault_id_bytes
        )
    except keys.UnwrapFailed:
        _note_failure(folder)
        remembered = store.get(kdf_settings_name(header.vault_id, folder)) if store.available() else None
        if remembered and remembered != kdf_settings_fingerprint(header):
            raise VaultTampered(
                "The vault header's key-derivation settings are not the ones this computer last unlocked it "
                "with, and the passphrase does not fit them.",
                hint="If the passphrase was changed on another computer, use the new one. Otherwise someone "
                "altered vault.header: restore it from your latest verified backup.",
            ) from None
        raise WrongPassphrase(
            "That passphrase does not unlock this vault.",
            hint="Check Caps Lock and the keyboard layout, or use your Emergency Kit.",
        ) from None


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


def _with_new_unlock_wrap(
    header: Header, master: bytes, passphrase: str, params: KdfParams, device: bytes | None
) -> Header:
    salt = secrets.token_bytes(kdf.SALT_LEN)
    derived = kdf.derive(passphrase, salt, params)
    unlock_key = keys.unlock_key(derived, device, header.vault_id_bytes)
    wrapped = dict(header.wrapped)
    wrapped["master_by_unlock"] = b64(keys.wrap(unlock_key, master, purpose="master", vault_id=header.vault_id_bytes))
    return header.with_changes(
        kdf_salt=b64(salt),
        kdf_memory_kib=params.memory_kib,
        kdf_iterations=params.iterations,
        kdf_parallelism=params.parallelism,
        uses_device_secret=device is not None,
        wrapped=wrapped,
    )


def unwrap_header_keys(header: Header, master: bytes) -> dict[str, bytes]:
    """Check the header's keyed MAC with the master key, then unwrap every key slot."""
    if not keys.macs_equal(bytes.fromhex(_header_mac(master, header)), bytes.fromhex(header.mac or "00")):
        raise VaultTampered(
            "The vault header was altered: its authentication code does not match.",
            hint="Restore the vault from your latest verified backup.",
        )
    out: dict[str, bytes] = {}
    for slot in KEY_SLOTS:
        try:
            out[slot] = keys.unwrap(master, unb64(header.wrapped[slot]), purpose=slot, vault_id=header.vault_id_bytes)
        except (KeyError, keys.UnwrapFailed):
            raise VaultTampered(f"The wrapped {slot} key in the vault header is damaged or was altered.") from None
    for slot in COMPARTMENT_SLOTS:
        staged = slot + STAGED_SUFFIX
        if staged in header.wrapped:
            try:
                out[staged] = keys.unwrap(
                    master, unb64(header.wrapped[staged]), purpose=staged, vault_id=header.vault_id_bytes
                )
            except keys.UnwrapFailed:
                raise VaultTampered(f"The staged {slot} key in the vault header was altered.") from None
    return out

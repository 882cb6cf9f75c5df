"""The master key from the passphrase (and the keyring's device secret): the Argon2id
settings a header names and the floor they must meet, the back-off after failed unlocks,
and the unwrap itself. services/vault_keys.py (VaultKeys) builds on these."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

from vault_app.crypto import kdf, keys
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import InvalidInput, KeyringProblem, VaultTampered, WrongPassphrase
from vault_app.services.device_secret import SecretStore, decode_secret, device_secret_name, read_anchors
from vault_app.services.vault_header_keys import kdf_settings_fingerprint, kdf_settings_name
from vault_app.services.vault_passphrase import note_failure, read_failures
from vault_app.storage.header import Header, unb64

# The header's setting with the moment (UTC, ISO) the passphrase was last changed: a passphrase
# change or a rekey with a new one, at a terminal while the app's window waited locked, left the
# window saying only "That passphrase is not right." to the old one. A moment, no secret.
PASSPHRASE_CHANGED_SETTING = "passphrase_changed_at"  # noqa: S105 (a setting's name)


def passphrase_changed_at(header: Header) -> datetime | None:
    """When the header says its passphrase was last changed (aware, UTC), or None: never
    recorded (a vault from before, or never changed), or not a moment."""
    value = header.settings.get(PASSPHRASE_CHANGED_SETTING)
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
        if moment is None or moment.tzinfo is None:
            return None
        # The header is read before any key proves it: a moment no local clock can show (edited,
        # damaged) made the refusal of a wrong passphrase an internal error, where it is said.
        moment.astimezone()
    except (ValueError, OverflowError):
        return None
    return moment


def kdf_params_of(header: Header) -> KdfParams:
    """The Argon2id settings the header's passphrase wrap was made with."""
    return KdfParams(header.kdf_memory_kib, header.kdf_iterations, header.kdf_parallelism)


def require_safe_kdf(params: KdfParams) -> None:
    """InvalidInput for Argon2id settings below the floor (or above the supported ceiling)."""
    try:
        kdf.check_params(params)
    except kdf.KdfTooWeak as exc:
        raise InvalidInput(str(exc)) from None


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
    # The exponent capped: past about a thousand failures 2.0 ** n overflows a float.
    return min(2.0 ** min(failures - FREE_ATTEMPTS, 16), MAX_DELAY_SECONDS)


def keyring_device_secret(header: Header, store: SecretStore) -> bytes:
    """The device secret a header asks for, from the keyring (KeyringProblem if it is gone)."""
    if not store.available():
        raise KeyringProblem(
            "This vault is protected by a device secret kept in the system keyring, and no keyring is available.",
            hint="Use your Emergency Kit to recover access (vault-app recover).", code="keyring.unavailable",
        )
    text = store.get(device_secret_name(header.vault_id))
    secret = decode_secret(text) if text else None
    if secret is None:
        raise KeyringProblem(
            "This vault's device secret is missing from the system keyring.",
            hint="Use your Emergency Kit to recover access (vault-app recover).", code="keyring.secret_missing",
        )
    return secret


def unwrap_master(folder: Path, header: Header, passphrase: str, store: SecretStore) -> bytes:
    """The master key from the passphrase (and the device secret); WrongPassphrase, counted
    in the failed-unlock file, when it does not fit."""
    return unwrap_master_and_unlock_key(folder, header, passphrase, store)[0]


def unwrap_master_and_unlock_key(
    folder: Path, header: Header, passphrase: str, store: SecretStore, *, reasked: int | None = None
) -> tuple[bytes, bytes]:
    """(master key, unlock key): the unlock key also reaches the psychotherapy wrapping key.

    `reasked` is for a passphrase asked again inside an unlocked vault (the psychotherapy
    notes, a rekey, the destruction wizard): the refusals of this session so far. Such a
    typo is not a failed unlock: it is neither counted in vault.failures (which the unlock
    window shows and the next unlock logs as failed unlocks) nor slowed by them. Found in
    the real app: a typo in the destruction wizard counted toward the vault's unlock
    back-off and showed at the next unlock as a failed unlock. Guessing in an open vault is
    still slowed, by the session's own count."""
    delay = unlock_delay(read_failures(folder, header.vault_id) if reasked is None else reasked)
    if delay:
        _sleep(delay)
    device = keyring_device_secret(header, store) if header.uses_device_secret else None
    try:
        return _unwrap_by_any_form(header, passphrase, device)
    except keys.UnwrapFailed:
        if reasked is not None:
            raise WrongPassphrase("That passphrase does not unlock this vault.",
                                  hint="Check Caps Lock and the keyboard layout.", code="passphrase.wrong_again",
                                  field="passphrase") from None
        note_failure(folder, header.vault_id)
        remembered = store.get(kdf_settings_name(header.vault_id, folder)) if store.available() else None
        if remembered and remembered != kdf_settings_fingerprint(header):
            if device is not None and _keyring_behind(store, header, folder):
                raise _older_keyring() from None
            raise VaultTampered(
                "The vault header's key-derivation settings are not the ones this computer last unlocked it "
                "with, and the passphrase does not fit them.",
                hint="If the passphrase was changed on another computer, use the new one. Otherwise someone "
                "altered vault.header: restore it from your latest verified backup.", code="header.kdf_changed",
            ) from None
        changed = passphrase_changed_at(header)
        # Not the day (found by a walker): said to anyone typing a wrong passphrase, it told whoever
        # holds an old one that it changed and when. That it changed helps the owner who forgot.
        # A window says it in its own words (`changed_at`).
        said_changed = " The passphrase has been changed: use the newest one." if changed else ""
        raise WrongPassphrase(
            f"That passphrase does not unlock this vault.{said_changed}",
            hint="Check Caps Lock and the keyboard layout, or use your Emergency Kit.",
            code="passphrase.wrong", field="passphrase",
            params={"changed_at": changed.isoformat()} if changed else None,
        ) from None


def _keyring_behind(store: SecretStore, header: Header, folder: Path) -> bool:
    """The keyring's record of this folder (the ledger's head at its last lock) is behind the
    header's: the keyring is older than the vault (put back from an older copy of the profile),
    or the vault went on without this keyring. Read before any key proves the header: it only
    chooses which words a refusal says, never lets anything in."""
    anchors = read_anchors(store, header.vault_id, folder)
    return bool(anchors) and all(seq < header.ledger_anchor.seq for seq, _mac in anchors)


def _older_keyring() -> KeyringProblem:
    """Found by a walker: an older keyring put back after a recovery with the Emergency Kit (its
    device secret the one the recovery replaced) was refused with "someone altered vault.header:
    restore it from your latest verified backup", a restore that drops everything since that
    backup, where the kit opens the vault and changes nothing in it. An edited header with the
    keyring current still reads as tampering (header.kdf_changed); an edited header that also
    claims a later ledger head is sent to the kit, which refuses an altered header in turn."""
    return KeyringProblem(
        "The passphrase does not open this vault with what this computer's keyring holds, and the keyring is "
        "older than the vault (put back from an older copy, or the vault was used without it since).",
        hint="If the passphrase was changed since, type the newest one. Otherwise use your Emergency Kit to "
        "recover access (vault-app recover): it sets a new passphrase and device secret, and nothing in the vault "
        "changes.", code="keyring.older_than_vault",
    )


def _unwrap_by_any_form(header: Header, passphrase: str, device: bytes | None) -> tuple[bytes, bytes]:
    """(master key, unlock key) from the passphrase as typed or its other Unicode form
    (kdf.passphrase_forms); keys.UnwrapFailed when none unwraps it."""
    for form in kdf.passphrase_forms(passphrase):
        try:
            derived = kdf.derive(form, unb64(header.kdf_salt), kdf_params_of(header))
        except kdf.KdfTooWeak:
            raise VaultTampered(
                "The vault header asks for key-derivation settings below the safe minimum or above the supported "
                "maximum: it was altered.", code="header.kdf_out_of_range",
            ) from None
        unlock_key = keys.unlock_key(derived, device, header.vault_id_bytes)
        try:
            master = keys.unwrap(unlock_key, unb64(header.wrapped["master_by_unlock"]), purpose="master",
                                 vault_id=header.vault_id_bytes)
        except keys.UnwrapFailed:
            continue
        return master, unlock_key
    raise keys.UnwrapFailed()

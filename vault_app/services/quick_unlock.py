"""Quick unlock: after a full unlock in this run of the app, a short PIN reopens the vault
after an idle lock (docs/SECURITY.md, "Quick unlock", says exactly what it weakens).

How it holds up (no Qt here; the GUI arms, offers and disarms it):
- At a full unlock, when the therapist chose a PIN, the passphrase just typed is
  encrypted (AES-256-GCM) under a key derived from the PIN by Argon2id at the OWASP floor
  and then HKDF with a random 32-byte *pepper* made for this arming. Only the ciphertext,
  the salt and the pepper are kept, in this process's memory; nothing reaches the disk.
- So the PIN alone is useless: without the pepper (which never leaves memory) it derives
  no key, and after the app quits, the computer restarts or sleeps, or the screen is locked
  by the OS, the blob is dropped and only the passphrase opens the vault.
- Three wrong PINs drop the blob too: then only the passphrase opens the vault.
- What stays: someone who dumps this process's memory while the vault is locked gets the
  blob and the pepper and can try every PIN offline at Argon2id-floor speed (minutes for
  4 digits, longer for 6 or a word): the PIN then yields the passphrase. The keyring's
  device secret (if the vault uses one) is still needed to open a copy of the folder.
- The PIN itself is kept in the records compartment (encrypted with it), because arming
  at the next full unlock needs it; anyone who can read that compartment already reads
  every record, and the PIN opens nothing without a running app's pepper.
"""

from __future__ import annotations

import hashlib
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from vault_app.domain.errors import InvalidInput, WrongPassphrase

if TYPE_CHECKING:
    from vault_app.services.vault import Vault
    from vault_app.storage.header import Header

MIN_PIN = 4
MAX_PIN = 32
MAX_TRIES = 3
PEPPER_LEN = 32
SALT_LEN = 16
_PURPOSE = "quick-unlock"
_SETTING = "quick_unlock"
# The unlock material is wrapped under this fixed context: the blob never leaves memory,
# so no vault id is needed to keep blobs of two vaults apart (there is one per process).
_CONTEXT = b"vault-app quick unlock"


class WrongPin(WrongPassphrase):
    kind = "wrong-pin"


class QuickUnlockUnavailable(WrongPassphrase):
    kind = "quick-unlock-unavailable"


def check_pin(pin: str) -> str:
    """The PIN as it is used (NFC, no surrounding spaces), or InvalidInput."""
    pin = unicodedata.normalize("NFC", pin.strip())
    if not MIN_PIN <= len(pin) <= MAX_PIN:
        raise InvalidInput(f"A PIN has {MIN_PIN} to {MAX_PIN} characters.", code="quick_unlock.pin_length", field="pin",
                           params={"min": MIN_PIN, "max": MAX_PIN})
    return pin


@dataclass
class Sealed:
    """The sealed passphrase of one full unlock, kept only in the running app's memory.
    Plain data: the GUI keeps a reference and drops it to disarm; the functions below (run
    on the worker) do the cryptography and count the tries."""

    blob: bytes
    salt: bytes
    pepper: bytes
    tries_left: int = MAX_TRIES
    # The header's Argon2id salt and settings (their fingerprint) at the unlock this seal was
    # made from: a passphrase change always brings a fresh salt, so a different one says the
    # sealed passphrase may be an old one (another window or the command line changed it).
    # Then, after a colon, which master key the header holds (`kdf_settings_of`): a Replace
    # every key done elsewhere spends the seal as a passphrase change does (docs/SECURITY.md).
    kdf_settings: str = ""

    @property
    def spent(self) -> bool:
        return self.tries_left <= 0


def seal(passphrase: str, pin: str, *, kdf_settings: str = "") -> Sealed:
    """Seal `passphrase` under `pin` + a fresh in-memory pepper. `kdf_settings`: the open
    vault's (`kdf_settings_of`), so that a passphrase changed since is told apart."""
    from vault_app.crypto import keys

    pin = check_pin(pin)
    salt, pepper = secrets.token_bytes(SALT_LEN), secrets.token_bytes(PEPPER_LEN)
    blob = keys.wrap(_pin_key(pin, salt, pepper), passphrase.encode("utf-8"), purpose=_PURPOSE, vault_id=_CONTEXT)
    return Sealed(blob, salt, pepper, kdf_settings=kdf_settings)


def kdf_settings_of(vault: Vault) -> str:
    return _keys_mark(vault.header)


def _keys_mark(header: Header) -> str:
    """The Argon2id settings' fingerprint and the master key's mark: the hash of its Emergency
    Kit wrap, new at every Replace every key and kept by a passphrase change or a recovery. No
    secret: both are in vault.header as it lies on disk. Found by a walker: a `vault-app rekey`
    in a terminal while the window was PIN-locked (same passphrase) left the PIN opening the
    vault, though replacing every key drops it."""
    from vault_app.services.vault_header_keys import kdf_settings_fingerprint

    kit = hashlib.sha256(header.wrapped.get("master_by_recovery", "").encode()).hexdigest()[:32]
    return f"{kdf_settings_fingerprint(header)}:{kit}"


def _keys_replaced(sealed: Sealed, mark: str) -> bool:
    """Whether the master key changed since `sealed` was made (a seal without the mark: unknown)."""
    _, has_kit, kit = sealed.kdf_settings.partition(":")
    return bool(has_kit) and kit != mark.partition(":")[2]


def unseal(sealed: Sealed | None, pin: str) -> str:
    """The sealed passphrase for the right PIN. WrongPin (with the tries left) for a wrong
    one; the third wrong one spends the seal: its blob and pepper are dropped."""
    from vault_app.crypto import keys

    if sealed is None or sealed.spent:
        raise QuickUnlockUnavailable("Quick unlock is not available now.", hint="Type your passphrase.",
                                     code="quick_unlock.unavailable")
    try:
        key = _pin_key(check_pin(pin), sealed.salt, sealed.pepper)
        phrase = keys.unwrap(key, sealed.blob, purpose=_PURPOSE, vault_id=_CONTEXT).decode("utf-8")
    except (keys.UnwrapFailed, InvalidInput):
        sealed.tries_left -= 1
        left = sealed.tries_left
        if left <= 0:
            sealed.blob = sealed.pepper = b""
            raise WrongPin(f"That PIN is not right. After {MAX_TRIES} wrong PINs only the passphrase "
                           "opens the vault.", hint="Type your passphrase.", code="quick_unlock.pin_wrong_last",
                           params={"max": MAX_TRIES}) from None
        raise WrongPin("That PIN is not right.",
                       hint=f"{left} {'try' if left == 1 else 'tries'} left before the passphrase is needed.",
                       code="quick_unlock.pin_wrong", params={"left": left}) from None
    sealed.tries_left = MAX_TRIES
    return phrase


def open_with_pin(folder: Path, sealed: Sealed | None, pin: str) -> Vault:
    """Unlock the vault in `folder` with the PIN (every check of a full unlock runs).

    The passphrase sealed is the one that opened the vault in this window. Another program
    can change it while the window is locked (`vault-app passphrase change` in a terminal):
    found, the right PIN then said "That passphrase does not unlock this vault. Check Caps
    Lock", counted a failed unlock (the back-off, and the unlock window's "failed unlock
    attempts") at every try, for ever. Now the seal is spent and the refusal says why; when
    the header's settings say the passphrase changed, it is checked first without counting
    (the PIN was right: nobody guessed a passphrase)."""
    from vault_app.services.vault import open_vault

    phrase = unseal(sealed, pin)
    assert sealed is not None  # unseal refuses None
    if sealed.kdf_settings and not _still_opens(folder, sealed, phrase):
        raise _restored(sealed, folder) or _changed(sealed)
    try:
        return open_vault(folder, phrase)
    except WrongPassphrase as exc:
        if exc.code != "passphrase.wrong":
            raise
        raise _restored(sealed, folder) or _changed(sealed) from None


def _still_opens(folder: Path, sealed: Sealed, phrase: str) -> bool:
    """Whether the sealed passphrase still opens the vault: at once when the header's
    Argon2id settings are still those of the seal; else one derivation, not counted as a
    failed unlock (`reasked`), before the unlock that is."""
    from vault_app.services.device_secret import KeyringSecretStore
    from vault_app.services.vault_master_key import unwrap_master_and_unlock_key
    from vault_app.storage import header as header_io

    header = header_io.read(folder)
    mark = _keys_mark(header)
    if mark == sealed.kdf_settings:
        return True
    if _keys_replaced(sealed, mark):
        return False  # every key replaced: the PIN is dropped even when the passphrase was kept
    try:
        unwrap_master_and_unlock_key(folder, header, phrase, KeyringSecretStore(), reasked=0)
    except WrongPassphrase as exc:
        if exc.code != "passphrase.wrong_again":
            raise
        return False
    return True


def _restored(sealed: Sealed, folder: Path) -> QuickUnlockUnavailable | None:
    """The refusal when a backup was restored over the vault since this window's lock (found by
    a walker: said as "passphrase changed ... or its keys were replaced"; the passphrase that
    opens it now is the backup's, or the one the restore set): by the safety copy an --overwrite
    keeps beside the folder, else by the vault header's ledger anchor (any restore of an older
    copy: lock_anchor.replaced_since_lock)."""
    from vault_app.services import lock_anchor

    safety = lock_anchor.restored_since_lock(folder)
    if safety is None and not lock_anchor.replaced_since_lock(folder):
        return None
    _changed(sealed)  # the seal spent as for any change
    if safety is None:  # no safety copy beside it (restored into the folder moved aside, or the copy gone since)
        return QuickUnlockUnavailable(
            "This vault was restored from a backup, or replaced by an older copy, by another program while this "
            "window was locked, so the PIN cannot open it.", hint=_RESTORED_HINT,
            code="quick_unlock.replaced_meanwhile")
    return QuickUnlockUnavailable(
        "This vault was restored from a backup by another program while this window was locked, so the PIN "
        f"cannot open it. The vault it replaced is kept in {safety}.",
        hint=_RESTORED_HINT, code="quick_unlock.restored_meanwhile", params={"folder": str(safety)})


_RESTORED_HINT = ("Type the passphrase of the restored vault: the one its backup was made under, or the one the "
                  "restore set.")


def _changed(sealed: Sealed) -> QuickUnlockUnavailable:
    sealed.tries_left = 0
    sealed.blob = sealed.pepper = b""
    return QuickUnlockUnavailable(
        "The vault's passphrase was changed after it was unlocked in this window, or its keys were replaced (in "
        "another window or with the command line), so the PIN cannot open it.", hint="Type the vault's passphrase.",
        code="quick_unlock.passphrase_changed")


def unlock_psychotherapy_with_pin(vault: Vault, sealed: Sealed | None, pin: str) -> None:
    """Reopen the psychotherapy compartment after its 2-minute lock with the PIN. `sealed` is
    the seal made at this login session's full passphrase unlock of that compartment (the
    controller drops it whenever the vault's own seal is dropped); the passphrase it yields
    goes through the compartment's ordinary unlock, every check included.

    The vault's passphrase may have been changed by another program while the window was
    locked, and the window then unlocked with the new one typed ("Use my passphrase
    instead"): this seal still held the old one, and the right PIN said "That passphrase does
    not unlock this vault." and was counted as a wrong passphrase typed inside the open vault
    (someone guessing, to the unlock window). As for the vault's own PIN, a seal made under
    other Argon2id settings is checked first without counting, and spent when it no longer
    opens the vault, or when every key was replaced meanwhile (`_keys_mark`)."""
    phrase = unseal(sealed, pin)
    assert sealed is not None  # unseal refuses None
    if sealed.kdf_settings and sealed.kdf_settings != kdf_settings_of(vault):
        if not _still_opens(vault.folder, sealed, phrase):
            raise _changed(sealed)
        sealed.kdf_settings = kdf_settings_of(vault)  # new settings, the same passphrase: checked once
    vault.unlock_psychotherapy(phrase)


def _pin_key(pin: str, salt: bytes, pepper: bytes) -> bytes:
    # Argon2id at the floor keeps one guess costly; the pepper makes a guess impossible
    # without this process's memory. (Imported here: the GUI imports this module on the
    # way to the unlock window, which should not wait for the crypto stack.)
    from vault_app.crypto import kdf, keys

    return keys.hkdf(kdf.derive(pin, salt, kdf.OWASP_FLOOR), info=_PURPOSE, salt=pepper)


# --- the therapist's choice, kept in the records compartment ---------------------------
def load_pin(vault: Vault) -> str | None:
    from vault_app.storage import settings_store

    stored = settings_store.read(vault.records, _SETTING) or {}
    pin = stored.get("pin")
    return pin if isinstance(pin, str) and pin else None


def set_pin(vault: Vault, pin: str | None) -> None:
    """Turn quick unlock on with `pin`, or off with None. Logged without the PIN."""
    from vault_app.storage import settings_store

    value = {"pin": check_pin(pin)} if pin is not None else {}
    settings_store.write(vault.records, _SETTING, value)
    vault.ledger.append("settings.quick_unlock", {"enabled": pin is not None})




def enable(vault: Vault, passphrase: str, pin: str) -> None:
    """Settings > Quick unlock on: the passphrase is asked again (the PIN stands in for it)."""
    pin = check_pin(pin)
    vault.require_passphrase(passphrase)
    set_pin(vault, pin)


def disable(vault: Vault) -> None:
    set_pin(vault, None)


__all__ = ["MAX_TRIES", "QuickUnlockUnavailable", "Sealed", "WrongPin", "check_pin", "disable", "enable",
           "kdf_settings_of", "load_pin", "open_with_pin", "seal", "set_pin", "unlock_psychotherapy_with_pin",
           "unseal"]

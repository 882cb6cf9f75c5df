"""Keys of a backup file: who can open it, and how.

A backup carries a copy of the header's two wraps of the master key (under the
unlock key, under the Emergency Kit's recovery key) and a fresh per-file
content key wrapped under the master key. So the passphrase (+ device secret,
when the vault uses one) or the Emergency Kit opens a backup on any machine,
and the backup is exactly as strong as the vault: the same Argon2id settings,
the same second factor.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from vault_app.crypto import kdf, keys
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import (
    InvalidInput,
    KeyringProblem,
    VaultCorrupt,
    VaultTampered,
    WrongPassphrase,
    WrongRecoveryKey,
)
from vault_app.services import vault as vault_service
from vault_app.services.device_secret import (
    KeyringSecretStore,
    SecretStore,
    anchor_name,
    decode_secret,
    device_secret_name,
)
from vault_app.services.vault import Vault
from vault_app.storage.backup_format import Slots, damaged
from vault_app.storage.header import Header, LedgerAnchor, unb64

CONTENT_PURPOSE = "backup-content"


def master_of(vault: Vault) -> bytes:
    # Vault keeps the master key private; backups wrap their content key under it,
    # like the compartment keys, so that both the passphrase and the Emergency Kit
    # open a backup. (A public Vault.wrap_for_backup would be the tidier door.)
    master: bytes = vault._master
    if not master:
        raise InvalidInput("The vault is locked.")
    return master


def _hex(value: str, length: int) -> bool:
    return len(value) == length and all(c in "0123456789abcdef" for c in value)


def _well_typed(header: Header) -> bool:
    # storage/header.decode checks the checksum and that fields exist, not their types;
    # a header that arrives inside a backup is checked here before any key is touched.
    ints = (header.kdf_memory_kib, header.kdf_iterations, header.kdf_parallelism, header.format_version,
            header.ledger_anchor.seq)
    strings = (header.vault_id, header.created, header.kdf_salt, header.signing_public_key, header.mac,
               header.ledger_anchor.mac_hex)
    return (
        all(type(v) is int for v in ints)
        and all(isinstance(v, str) for v in strings)
        and _hex(header.vault_id, 32)
        and _hex(header.mac, 64)
        and _hex(header.ledger_anchor.mac_hex, 64)
        and 0 <= header.ledger_anchor.seq < 1 << 62
        and isinstance(header.uses_device_secret, bool)
        and isinstance(header.settings, dict)
        and isinstance(header.wrapped, dict)
        and all(isinstance(k, str) and isinstance(v, str) for k, v in header.wrapped.items())
    )


def unwrap_header(header: Header, master: bytes) -> dict[str, bytes]:
    """Check the header's MAC with the master key and unwrap every key slot."""
    if not _well_typed(header):
        raise VaultCorrupt(
            "The vault header is damaged (a field has the wrong type).",
            hint="Restore the vault from your latest verified backup.",
        )
    try:
        return vault_service._unwrap_all(header, master)
    except ValueError:  # a MAC field that is not hex
        raise VaultTampered("The vault header was altered: its authentication code is malformed.") from None


class AnchorlessStore:
    """A SecretStore that never moves the keyring's ledger anchor.

    Copies of a vault (a backup being checked, purged or restored) share the live
    vault's id; their older ledger must not overwrite the anchor that detects a
    rollback of the live vault.
    """

    def __init__(self, inner: SecretStore) -> None:
        self._inner = inner

    def available(self) -> bool:
        return self._inner.available()

    def get(self, name: str) -> str | None:
        return self._inner.get(name)

    def set(self, name: str, value: str) -> bool:
        if name.endswith("/ledger-anchor"):
            return True
        return self._inner.set(name, value)

    def delete(self, name: str) -> None:
        if not name.endswith("/ledger-anchor"):
            self._inner.delete(name)


def open_with_master(folder: Path, master: bytes, store: SecretStore | None = None) -> Vault:
    """Open a vault copy with a master key already known (no passphrase, no unlock hooks).

    Like `Vault.open_copy`, but the copy never writes the keyring's ledger anchor
    (locking a copy made by open_copy would put the copy's older head there)."""
    from vault_app.storage import header as header_io

    header = header_io.read(folder)
    unwrapped = unwrap_header(header, master)
    return Vault(folder, header, master, unwrapped, AnchorlessStore(store or KeyringSecretStore()))


def close_copy(copy: Vault) -> None:
    """Lock a vault copy. Copies opened with `open_with_master` never touch the keyring."""
    copy.lock()


def set_keyring_anchor(store: SecretStore, vault_id: str, head: LedgerAnchor, uses_device_secret: bool) -> None:
    """What Vault.lock does for the live vault, for a vault restored in its place."""
    if uses_device_secret or store.available():
        store.set(anchor_name(vault_id), f"{head.seq}:{head.mac_hex}")


# --- building the slots of a new backup ------------------------------------------------
def slots_for(header: Header, master: bytes, content_key: bytes) -> Slots:
    vid = header.vault_id_bytes
    return Slots(
        uses_device_secret=header.uses_device_secret,
        kdf_memory_kib=header.kdf_memory_kib,
        kdf_iterations=header.kdf_iterations,
        kdf_parallelism=header.kdf_parallelism,
        vault_id=vid,
        kdf_salt=unb64(header.kdf_salt),
        master_by_unlock=unb64(header.wrapped["master_by_unlock"]),
        master_by_recovery=unb64(header.wrapped["master_by_recovery"]),
        content_key_by_master=keys.wrap(master, content_key, purpose=CONTENT_PURPOSE, vault_id=vid),
    )


# --- opening an existing backup -----------------------------------------------------------
def _device_secret(slots: Slots, store: SecretStore) -> bytes:
    text = store.get(device_secret_name(slots.vault_id.hex())) if store.available() else None
    secret = decode_secret(text) if text else None
    if secret is None:
        raise KeyringProblem(
            "This backup is protected by the passphrase AND the device secret kept in the original "
            "computer's system keyring, which is not available here.",
            hint="Use your Emergency Kit recovery key instead (--recovery-key-file).",
        )
    return secret


def master_from_passphrase(slots: Slots, passphrase: str, store: SecretStore | None = None) -> bytes:
    store = store or KeyringSecretStore()
    device = _device_secret(slots, store) if slots.uses_device_secret else None
    params = KdfParams(slots.kdf_memory_kib, slots.kdf_iterations, slots.kdf_parallelism)
    try:
        derived = kdf.derive(passphrase, slots.kdf_salt, params)
    except kdf.KdfTooWeak:
        raise VaultTampered("The backup asks for key-derivation settings outside the safe range.") from None
    unlock = keys.unlock_key(derived, device, slots.vault_id)
    try:
        return keys.unwrap(unlock, slots.master_by_unlock, purpose="master", vault_id=slots.vault_id)
    except keys.UnwrapFailed:
        raise WrongPassphrase(
            "That passphrase does not open this backup.",
            hint="A backup opens with the passphrase the vault had when the backup was made, "
            "or with your Emergency Kit recovery key.",
        ) from None


def master_from_recovery(slots: Slots, recovery_key: str) -> bytes:
    try:
        secret = keys.parse_recovery_key(recovery_key)
    except keys.MalformedRecoveryKey as exc:
        raise WrongRecoveryKey(str(exc)) from None
    kek = keys.recovery_kek(secret, slots.vault_id)
    try:
        return keys.unwrap(kek, slots.master_by_recovery, purpose="master-recovery", vault_id=slots.vault_id)
    except keys.UnwrapFailed:
        raise WrongRecoveryKey(
            "That recovery key does not open this backup.",
            hint="Check the Emergency Kit printed when this vault was created.",
        ) from None


def master_from_vault(slots: Slots, vault: Vault) -> bytes:
    if slots.vault_id.hex() != vault.vault_id:
        raise InvalidInput(
            "This backup belongs to a different vault.",
            hint="Give its passphrase or recovery key to check it.",
        )
    return master_of(vault)


def content_key(slots: Slots, master: bytes) -> bytes:
    try:
        return keys.unwrap(master, slots.content_key_by_master, purpose=CONTENT_PURPOSE, vault_id=slots.vault_id)
    except keys.UnwrapFailed:
        # The checksum passed and the master key is right, so the key block was forged.
        raise VaultTampered("The backup's content key does not belong to this vault: the file was altered.") from None


def check_embedded_header(header: Header, slots: Slots, master: bytes) -> dict[str, bytes]:
    if header.vault_id != slots.vault_id.hex():
        raise damaged("its vault header belongs to a different vault")
    try:
        return unwrap_header(header, master)
    except VaultCorrupt:
        raise
    except VaultTampered as err:
        raise VaultTampered(f"The vault header inside the backup failed its check: {err.message}") from None


def master_source(
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    vault: Vault | None = None,
    secrets_store: SecretStore | None = None,
) -> Callable[[Slots], bytes]:
    """How a backup's master key is reached: the Emergency Kit, the passphrase, or an open vault."""
    if recovery_key is not None:
        return lambda slots: master_from_recovery(slots, recovery_key)
    if passphrase is not None:
        store = secrets_store or KeyringSecretStore()
        return lambda slots: master_from_passphrase(slots, passphrase, store)
    if vault is not None:
        return lambda slots: master_from_vault(slots, vault)
    raise InvalidInput("Give the passphrase or the recovery key to open the backup.")

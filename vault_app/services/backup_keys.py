"""Keys of a backup file: who can open it, and how.

A backup carries a copy of the header's two wraps of the master key (under the
unlock key, under the Emergency Kit's recovery key) and a fresh per-file
content key wrapped under the master key. So the passphrase (+ device secret,
when the vault uses one) or the Emergency Kit opens a backup on any machine,
and the backup is exactly as strong as the vault: the same Argon2id settings,
the same second factor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
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
from vault_app.services import vault_keys
from vault_app.services import vault_psychotherapy_key as apart
from vault_app.services.device_secret import (
    KeyringSecretStore,
    SecretStore,
    decode_secret,
    device_secret_name,
)
from vault_app.services.vault import Vault
from vault_app.services.vault_binding import KEYS_REPLACED_SETTING
from vault_app.storage.backup_format import Slots, damaged
from vault_app.storage.header import Header, unb64

CONTENT_PURPOSE = "backup-content"


def master_of(vault: Vault) -> bytes:
    return vault.master_key()


def unwrap_header(header: Header, master: bytes, candidates: tuple[bytes, ...] = ()) -> dict[str, bytes]:
    """Check the header's MAC with the master key and unwrap every key slot it reaches
    (the psychotherapy key only with its wrapping key among `candidates`, or in a format
    1/2 header).

    `storage.header.decode` has already checked every field's type, so a forged
    header inside a backup reaches this point only well formed."""
    return vault_keys.unwrap_header_keys(header, master, candidates)


def open_with_master(
    folder: Path, master: bytes, store: SecretStore | None = None, *, psychotherapy_wraps: tuple[bytes, ...] = ()
) -> Vault:
    """Open a vault copy with a master key already known; it never moves the keyring anchor."""
    return vault_service.open_copy_with_master(folder, master, store, psychotherapy_wraps=psychotherapy_wraps)


def close_copy(copy: Vault) -> None:
    copy.lock()


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
            code="backup.needs_device_secret",
        )
    return secret


def master_from_passphrase(slots: Slots, passphrase: str, store: SecretStore | None = None) -> bytes:
    return master_and_unlock_key(slots, passphrase, store)[0]


def master_and_unlock_key(slots: Slots, passphrase: str, store: SecretStore | None = None) -> tuple[bytes, bytes]:
    store = store or KeyringSecretStore()
    device = _device_secret(slots, store) if slots.uses_device_secret else None
    params = KdfParams(slots.kdf_memory_kib, slots.kdf_iterations, slots.kdf_parallelism)
    # The passphrase as typed, then its other Unicode form ("cañón" composed or decomposed).
    for form in kdf.passphrase_forms(passphrase):
        try:
            derived = kdf.derive(form, slots.kdf_salt, params)
        except kdf.KdfTooWeak:
            raise VaultTampered("The backup asks for key-derivation settings outside the safe range.",
                                code="backup.kdf_out_of_range") from None
        unlock = keys.unlock_key(derived, device, slots.vault_id)
        try:
            return keys.unwrap(unlock, slots.master_by_unlock, purpose="master", vault_id=slots.vault_id), unlock
        except keys.UnwrapFailed:
            continue
    if device is not None:
        # Found by a walker: after a recovery with the Emergency Kit (a new device secret in the
        # keyring), a backup from before it refused the passphrase of its day as wrong. Which of
        # the two does not fit cannot be told: both are said, and the kit that opens it.
        raise WrongPassphrase(
            "That passphrase does not open this backup with the device secret this computer's keyring holds now.",
            hint="A backup opens with the passphrase the vault had when the backup was made, together with the "
            "device secret the keyring held then; a recovery with the Emergency Kit, or a new keyring, replaces "
            "that secret. Check the passphrase, or open the backup with your Emergency Kit recovery key.",
            code="backup.passphrase_wrong_device_secret",
        )
    raise WrongPassphrase(
        "That passphrase does not open this backup.",
        hint="A backup opens with the passphrase the vault had when the backup was made, "
        "or with your Emergency Kit recovery key.",
        code="backup.passphrase_wrong",
    )


def master_from_recovery(slots: Slots, recovery_key: str, vault: Vault | None = None) -> bytes:
    """`vault`: the open vault, when there is one; what it knows of its key replacements makes
    the refusal of a kit that does not open the backup say which kit does."""
    try:
        secret = keys.parse_recovery_key(recovery_key)
    except keys.MalformedRecoveryKey as exc:
        raise WrongRecoveryKey(str(exc), code=vault_keys.MALFORMED_CODE[exc.reason]) from None
    kek = keys.recovery_kek(secret, slots.vault_id)
    try:
        return keys.unwrap(kek, slots.master_by_recovery, purpose="master-recovery", vault_id=slots.vault_id)
    except keys.UnwrapFailed:
        raise kit_refused(slots, vault) from None


def kit_refused(slots: Slots, vault: Vault | None) -> WrongRecoveryKey:
    """The Emergency Kit given does not open this backup. A backup keeps the wraps of the day it
    was made, so after Replace every key only the kit from before then opens it (found by a
    walker: the new kit was refused with "the kit printed when this vault was created", and the
    app had told the therapist to destroy the old one). The backup's key block records no date;
    the open vault of the same id knows when its keys were last replaced, and whether this backup
    is under one of its retired master keys (then it is certainly older than that replacement)."""
    vid = slots.vault_id.hex()
    replaced_on = _replaced_on(vault, vid)
    message = "That recovery key does not open this backup."
    if replaced_on and _under_retired_master(slots, vault):
        return WrongRecoveryKey(
            message,
            hint=f"This backup was made before every key of this vault was replaced on {replaced_on}: it opens "
            "with the Emergency Kit from before that day, or with the passphrase the vault had when the backup "
            "was made.", code="backup.recovery_key_before_rekey", params={"day": replaced_on},
        )
    return WrongRecoveryKey(
        message,
        hint="A backup opens only with the Emergency Kit that was current when it was made. If this backup may be "
        "older than a Replace every key, an earlier kit opens it, or the passphrase the vault had then. Check too "
        f"that the kit names this backup's vault id, {vid}.",
        code="backup.recovery_key_wrong", params={"vault_id": vid},
    )


def _replaced_on(vault: Vault | None, vault_id: str) -> str:
    if vault is None or vault.vault_id != vault_id:
        return ""
    return str(vault.header.settings.get(KEYS_REPLACED_SETTING) or "")


def _master_that_opens(slots: Slots, masters: Iterable[bytes]) -> bytes | None:
    """The first of `masters` that unwraps the backup's content key, None if none does."""
    for master in masters:
        try:
            keys.unwrap(master, slots.content_key_by_master, purpose=CONTENT_PURPOSE, vault_id=slots.vault_id)
        except keys.UnwrapFailed:
            continue
        return master
    return None


def _under_retired_master(slots: Slots, vault: Vault | None) -> bool:
    return vault is not None and _master_that_opens(slots, vault.retired_masters()) is not None


def master_from_vault(slots: Slots, vault: Vault) -> bytes:
    if slots.vault_id.hex() != vault.vault_id:
        raise InvalidInput(
            "This backup belongs to a different vault.",
            hint="Give its passphrase or recovery key to check it.",
            code="backup.other_vault",
        )
    # A backup made before a rekey is wrapped under an older master key the vault keeps.
    return _master_that_opens(slots, (master_of(vault), *vault.retired_masters())) or master_of(vault)


def content_key(slots: Slots, master: bytes) -> bytes:
    try:
        return keys.unwrap(master, slots.content_key_by_master, purpose=CONTENT_PURPOSE, vault_id=slots.vault_id)
    except keys.UnwrapFailed:
        # The checksum passed and the master key is right, so the key block was forged.
        raise VaultTampered("The backup's content key does not belong to this vault: the file was altered.",
                            code="backup.content_key_altered") from None


def check_embedded_header(
    header: Header, slots: Slots, master: bytes, candidates: tuple[bytes, ...] = ()
) -> dict[str, bytes]:
    if header.vault_id != slots.vault_id.hex():
        raise damaged("its vault header belongs to a different vault")
    try:
        return unwrap_header(header, master, candidates)
    except VaultCorrupt:
        raise
    except VaultTampered as err:
        raise VaultTampered(f"The vault header inside the backup failed its check: {err.message}",
                            code="backup.header_altered") from None


class KeySource:
    """How a backup's keys are reached. Called with the backup's slots it gives the master
    key; psychotherapy_wraps(header, master) then gives what opens the psychotherapy key
    of the backup's header (format 3 wraps it apart from the master key)."""

    def __init__(self, master: Callable[[Slots], tuple[bytes, WaysIn]]) -> None:
        self._master = master
        self._ways: WaysIn | None = None
        self.opened: tuple[str, bytes] | None = None

    def __call__(self, slots: Slots) -> bytes:
        master, self._ways = self._master(slots)
        # (vault id, master key) of the backup opened last: a restore refused after the key was
        # reached (a snapshot's parts missing) reads the vault's copies with it to say why.
        self.opened = (slots.vault_id.hex(), master)
        return master

    def psychotherapy_wraps(self, header: Header, master: bytes) -> tuple[bytes, ...]:
        ways = self._ways or WaysIn()
        vid = header.vault_id_bytes
        pwk = apart.pwk_from(
            header,
            master=master,
            by_unlock=apart.unlock_kek(ways.unlock_key, vid) if ways.unlock_key else None,
            by_recovery=apart.recovery_kek(ways.recovery_secret, vid) if ways.recovery_secret else None,
            candidates=ways.candidates,
        )
        return (pwk,) if pwk is not None else ()


@dataclass(frozen=True)
class WaysIn:
    """The secrets besides the master key a KeySource was given (none are kept longer)."""

    unlock_key: bytes | None = None
    recovery_secret: bytes | None = None
    candidates: tuple[bytes, ...] = ()


def _by_recovery(slots: Slots, recovery_key: str, vault: Vault | None = None) -> tuple[bytes, WaysIn]:
    master = master_from_recovery(slots, recovery_key, vault)
    return master, WaysIn(recovery_secret=keys.parse_recovery_key(recovery_key))


def _by_passphrase(slots: Slots, passphrase: str, store: SecretStore) -> tuple[bytes, WaysIn]:
    master, unlock = master_and_unlock_key(slots, passphrase, store)
    return master, WaysIn(unlock_key=unlock)


def _by_vault(slots: Slots, vault: Vault) -> tuple[bytes, WaysIn]:
    return master_from_vault(slots, vault), WaysIn(candidates=vault.psychotherapy_wraps())


def _by_passphrase_or_vault(slots: Slots, passphrase: str, store: SecretStore, vault: Vault) -> tuple[bytes, WaysIn]:
    """Found by a walker: after `passphrase change`, `backup verify` of that morning's backup, the
    vault opened with today's passphrase, said "That passphrase does not open this backup" and
    recorded the sound backup as failed."""
    try:
        return _by_passphrase(slots, passphrase, store)
    except WrongPassphrase:
        if not (vault.is_open and slots.vault_id.hex() == vault.vault_id and _opens_with_vault(slots, vault)):
            raise
    return _by_vault(slots, vault)


def _opens_with_vault(slots: Slots, vault: Vault) -> bool:
    return _master_that_opens(slots, (master_of(vault), *vault.retired_masters())) is not None


def master_source(
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    vault: Vault | None = None,
    secrets_store: SecretStore | None = None,
    vault_if_refused: bool = False,
) -> KeySource:
    """How a backup's master key is reached: the Emergency Kit, the passphrase, or an open
    vault (whose psychotherapy wrapping keys count only while that compartment is open).
    `vault_if_refused` (a check, never a restore): a passphrase that does not open the backup
    gives way to the open `vault`'s keys when they open it (a backup of this vault made before
    its passphrase was changed); a restore keeps the backup's own passphrase, so it is not offered."""
    if recovery_key is not None:
        return KeySource(lambda slots: _by_recovery(slots, recovery_key, vault))
    if passphrase is not None:
        store = secrets_store or KeyringSecretStore()
        if vault_if_refused and vault is not None:
            return KeySource(lambda slots: _by_passphrase_or_vault(slots, passphrase, store, vault))
        return KeySource(lambda slots: _by_passphrase(slots, passphrase, store))
    if vault is not None:
        return KeySource(lambda slots: _by_vault(slots, vault))
    raise InvalidInput("Give the passphrase or the recovery key to open the backup.", code="backup.secret_missing")


def fixed_master(master: bytes) -> Callable[[Slots], bytes]:
    """A key source for a backup known to be under `master` (one this process just wrote)."""
    return lambda slots: master


def vault_source(vault: Vault) -> KeySource:
    """An open vault as a backup's key source (its own backups, older ones included)."""
    return KeySource(lambda slots: _by_vault(slots, vault))

"""Vault lifecycle: create, unlock (with every integrity check), recover. The unlocked
vault itself (lock, change passphrase, reveal a key...) is services/vault_session.py.

Key hierarchy (DESIGN.md): Argon2id(passphrase) [+ device secret via HKDF] ->
unlock key -> wraps master key; the recovery key also wraps the master key; the
master key wraps the compartment keys, the ledger MAC key and the signing key.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from vault_app.crypto import kdf, keys, signing
from vault_app.crypto.kdf import KdfChange, KdfParams
from vault_app.domain.errors import (
    EnvironmentProblem,
    InvalidInput,
    VaultCorrupt,
    VaultError,
)
from vault_app.services import backup_kinds, restore_rollforward, upgrade_stage, vault_binding
from vault_app.services import vault_psychotherapy_key as apart
from vault_app.services.device_secret import (
    KeyringSecretStore,
    SecretStore,
    device_secret_name,
    encode_secret,
)
from vault_app.services.vault_keys import (  # re-exported: callers use vault.failed_attempts etc.
    COMPARTMENT_SLOTS,
    VaultKeys,
    check_new_passphrase,
    failed_attempts,
    unwrap_header_keys,
)
from vault_app.services.vault_master_key import kdf_params_of, require_safe_kdf
from vault_app.services.vault_session import Vault
from vault_app.storage import blob_checks, folder_lock, rekey_copy
from vault_app.storage import header as header_io
from vault_app.storage.compartment import COMPARTMENT_FILES, Compartment
from vault_app.storage.files import ensure_private_dir, os_errors
from vault_app.storage.header import Header, LedgerAnchor, b64


@dataclass(frozen=True)
class CreatedVault:
    vault: Vault
    recovery_key: str
    device_secret_used: bool
    keyring_message: str


# --- public entry points --------------------------------------------------------------
# How long an open queues behind another holder before it is refused (storage/folder_lock.py).
LOCK_WAIT_SECONDS = folder_lock.WAIT_SECONDS


@contextlib.contextmanager
def _writer_lock(folder: Path, wait_seconds: float = LOCK_WAIT_SECONDS) -> Iterator[folder_lock.FolderLock]:
    """The folder's writer lock, handed to the Vault on success, released on any failure."""
    held = folder_lock.acquire(folder, wait_seconds=wait_seconds)
    try:
        yield held
    except BaseException:
        held.release()
        raise


# What to do instead: the refusal said only what it would not do (found in a walk of the CLI).
_VAULT_EXISTS_HINT = ("Nothing in it was changed. To use that vault, give its folder with --vault; for a new vault, "
                      "choose an empty folder.")


def create_vault(
    folder: Path,
    passphrase: str,
    *,
    params: KdfParams | KdfChange | None = None,
    use_device_secret: bool = True,
    secrets_store: SecretStore | None = None,
    first_settings: Mapping[str, str] | None = None,
) -> CreatedVault:
    """`first_settings`: in the header from its first write (kit_kept.SHOWN_LATER: the Emergency Kit
    not kept until the caller has shown the recovery key and marks it kept; a kill in between is
    said at every unlock)."""
    check_new_passphrase(passphrase)
    store = secrets_store or KeyringSecretStore()
    try:
        params = kdf.for_new_vault(params)
    except kdf.KdfTooWeak as exc:  # lanes asked for out of range, found while calibrating
        raise InvalidInput(str(exc)) from None
    require_safe_kdf(params)
    if (folder / header_io.HEADER_NAME).exists() or any(
        (folder / name).exists() for name in COMPARTMENT_FILES.values()
    ):
        raise EnvironmentProblem(f"A vault already exists in {folder}; refusing to overwrite it.",
                                 hint=_VAULT_EXISTS_HINT, code="vault.exists", params={"folder": str(folder)})
    with os_errors("creating the vault folder"):
        ensure_private_dir(folder)
    with _writer_lock(folder) as held:
        return _create_locked(folder, passphrase, params, use_device_secret, store, held, first_settings or {})


def _create_locked(
    folder: Path,
    passphrase: str,
    params: KdfParams,
    use_device_secret: bool,
    store: SecretStore,
    held: folder_lock.FolderLock,
    first_settings: Mapping[str, str],
) -> CreatedVault:
    if (folder / header_io.HEADER_NAME).exists():
        raise EnvironmentProblem(f"A vault already exists in {folder}; refusing to overwrite it.",
                                 hint=_VAULT_EXISTS_HINT, code="vault.exists", params={"folder": str(folder)})
    vault_id = secrets.token_bytes(16)
    master = keys.random_key()
    recovery_secret = keys.new_recovery_secret()
    key_material = {slot: keys.random_key() for slot in (*COMPARTMENT_SLOTS, "ledger_mac")}
    key_material["signing"] = signing.new_signing_key()

    device: bytes | None = None
    keyring_message = "The vault is protected by your passphrase (no system keyring is used)."
    if use_device_secret:
        if store.available():
            candidate = keys.random_key()
            if store.set(device_secret_name(vault_id.hex()), encode_secret(candidate)):
                device = candidate
                keyring_message = "A device secret is stored in the system keyring as a second factor."
        if device is None:
            keyring_message = (
                "No usable system keyring was found, so the vault is protected by your passphrase alone. "
                "Choose a strong passphrase and keep your Emergency Kit safe."
            )

    pwk = keys.random_key()
    wrapped = {
        slot: b64(keys.wrap(master, material, purpose=slot, vault_id=vault_id))
        for slot, material in key_material.items()
        if slot != "psychotherapy"
    }
    # The psychotherapy key under its own wrapping key, which only the passphrase (added
    # with it below) and the Emergency Kit unwrap.
    wrapped.update(apart.new_vault_slots(vault_id, pwk, key_material["psychotherapy"], recovery_secret))
    wrapped["master_by_recovery"] = b64(
        keys.wrap(keys.recovery_kek(recovery_secret, vault_id), master, purpose="master-recovery", vault_id=vault_id)
    )
    header = Header(
        vault_id=vault_id.hex(),
        created=datetime.now(UTC).isoformat(timespec="seconds"),
        kdf_salt="",
        kdf_memory_kib=0,
        kdf_iterations=0,
        kdf_parallelism=0,
        uses_device_secret=False,
        wrapped=wrapped,
        signing_public_key=b64(signing.public_key(key_material["signing"])),
        ledger_anchor=LedgerAnchor(0, "00" * 32),
        # New vaults back up as snapshots into a backup repository; said in the header from
        # the start, since a vault that says nothing is an older one (single files).
        settings={backup_kinds.SETTINGS_KEY: backup_kinds.settings_for_new_vault(),
                  **first_settings},
    )
    keyring = VaultKeys(master, dict(key_material), store, passphrase_proven=True, psychotherapy_wrap=pwk)
    header = keyring.seal(keyring.with_passphrase(header, passphrase, params, device))

    created: list[Path] = []
    try:
        for name in COMPARTMENT_SLOTS:
            path = folder / COMPARTMENT_FILES[name]
            created.append(path)
            Compartment.open(name, path, key_material[name], create=True).close()
        created.append(folder / header_io.HEADER_NAME)
        header_io.write(folder, header)
        vault = Vault(folder, header, keyring, writer_lock=held)
        vault.ledger.append(
            "vault.created",
            {"kdf": params.describe(), "device_secret": device is not None, "format": header.format_version,
             "backup_kind": backup_kinds.NEW_VAULT_KIND},
        )
        vault.open_psychotherapy_after_unlock()
    except BaseException:
        for path in created:
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
        if device is not None:
            store.delete(device_secret_name(vault_id.hex()))
        raise
    vault.lock_psychotherapy()
    return CreatedVault(vault, keys.format_recovery_key(recovery_secret), device is not None, keyring_message)


def open_vault(
    folder: Path,
    passphrase: str,
    *,
    with_psychotherapy: bool = False,
    check_every_page: bool = False,
    secrets_store: SecretStore | None = None,
    wait_seconds: float = LOCK_WAIT_SECONDS,
) -> Vault:
    """Unlock. `with_psychotherapy` counts as the explicit psychotherapy unlock.

    `check_every_page` reads and authenticates every page of every opened
    compartment before anything is written (slower; used by unlock-check)."""
    store = secrets_store or KeyringSecretStore()
    if not restore_rollforward.waiting(folder):
        header_io.read(folder)  # a missing or damaged vault is reported before any lock file is made
    with _writer_lock(folder, wait_seconds) as held:
        # Asked again with the lock held: a restore killed since the look above left one.
        said = restore_rollforward.finish_interrupted(folder, held)
        with _told_on_failure(said):
            vault = _open_locked(folder, passphrase, with_psychotherapy, check_every_page, store, held)
    if said:
        vault.opening_notes.append(said)
    return vault


@contextlib.contextmanager
def _told_on_failure(said: str | None) -> Iterator[None]:
    """What the open finished (an interrupted restore) is said with a refusal that follows it
    (a mistyped passphrase): the restore is done either way, and the next open has nothing
    left to say (found: the sentence was lost with the refusal)."""
    try:
        yield
    except VaultError as err:
        if said:
            err.hint = " ".join(t for t in (err.hint, said) if t)
        raise


def _stage_upgrade(folder: Path, header: Header, keys: VaultKeys, held: folder_lock.FolderLock,
                   psychotherapy: bool) -> upgrade_stage.Staged | None:
    """The upgrade's copy of the vault as it is (upgrade_stage.before_open). A compartment the
    header's key does not open refuses that copy: the vault's own open then names why (an older
    vault.header put back after a destruction: "vault.header was rolled back"), where the copy said
    "records.db is damaged" (found by a walker putting release 0.1.0's header back)."""
    try:
        return upgrade_stage.before_open(folder, header, keys, psychotherapy=psychotherapy)
    except VaultCorrupt:
        # Raises the named refusal; opened after all, it is closed unwritten and the copy's stands.
        Vault(folder, header, keys, writer_lock=held).close_without_logging()
        raise


def _open_locked(
    folder: Path,
    passphrase: str,
    with_psychotherapy: bool,
    check_every_page: bool,
    store: SecretStore,
    held: folder_lock.FolderLock,
) -> Vault:
    header = header_io.read(folder)
    keys = VaultKeys.from_passphrase(folder, header, passphrase, store)
    _scrub_rekey_copies(folder)
    staged = _stage_upgrade(folder, header, keys, held, with_psychotherapy)
    try:
        vault = Vault(folder, header, keys, writer_lock=held)
    except BaseException:
        upgrade_stage.discard(staged)
        raise
    if with_psychotherapy:
        # Opened before anything is logged, so a damaged compartment fails the
        # unlock without a single byte written.
        try:
            try:
                vault.open_psychotherapy_after_unlock(log=False)
            except VaultCorrupt:
                # The header's key refused: an older header put back after a destruction gave
                # the notes a fresh key is named as what it is, not as damaged notes.
                vault_binding.check_header(vault.ledger, vault.header, vault.folder)
                raise
        except BaseException:
            vault.close_without_logging()
            raise
    if check_every_page:
        damaged = sorted(name for name, problems in vault.check_integrity().items() if problems)
        if damaged:
            vault.close_without_logging()
            raise VaultCorrupt(
                "Integrity check failed: the "
                + " and ".join(damaged)
                + " compartment"
                + ("s are" if len(damaged) > 1 else " is")
                + " damaged or was altered.",
                hint="Restore the vault from your latest verified backup.", code="integrity.compartments_damaged",
            )
        # The attached documents' files too (found: one replaced by another's and one deleted
        # passed the full check). Before anything is written, as the pages.
        lost = blob_checks.check_all(vault.folder, vault.records)
        if lost:
            vault.close_without_logging()
            raise VaultCorrupt(
                f"Integrity check failed: {len(lost)} attached document"
                + (" is" if len(lost) == 1 else "s are")
                + " missing, damaged or not in their place (" + "; ".join(p.rstrip(".") for p in lost) + ").",
                hint="Restore the vault from your latest verified backup to get them back.",
                code="integrity.attachments_lost", params={"count": len(lost)},
            )
    try:
        vault.finish_unlock()  # its after-unlock steps pack the staged copy into a backup
    except BaseException:
        upgrade_stage.discard(staged)
        raise
    if with_psychotherapy:
        vault.open_psychotherapy_after_unlock()
    return vault


def _scrub_rekey_copies(folder: Path) -> None:
    """A compartment's re-encrypted copy left by a destruction killed before its rename
    (services/destruction_rekey.py), or put back: never needed, since the file it was made
    from stays whole and current under its key until the rename. Scrubbed before any
    compartment opens; the interrupted destruction is then finished in place by the
    after-unlock hook. Only with the writer lock held and the passphrase proven."""
    rekey_copy.scrub_strays(folder)


def recover_vault(
    folder: Path,
    recovery_key: str,
    new_passphrase: str,
    *,
    params: KdfParams | KdfChange | None = None,
    use_device_secret: bool = True,
    secrets_store: SecretStore | None = None,
) -> Vault:
    """Emergency Kit: unwrap the master key with the recovery key and set a new passphrase."""
    store = secrets_store or KeyringSecretStore()
    check_new_passphrase(new_passphrase)
    if not restore_rollforward.waiting(folder):
        header_io.read(folder)
    with _writer_lock(folder) as held:
        # Asked again with the lock held: a restore killed since the look above left one.
        said = restore_rollforward.finish_interrupted(folder, held)
        with _told_on_failure(said):
            vault = _recover_locked(folder, recovery_key, new_passphrase, params, use_device_secret, store, held)
    if said:
        vault.opening_notes.append(said)
    return vault


def _recover_locked(
    folder: Path,
    recovery_key: str,
    new_passphrase: str,
    asked: KdfParams | KdfChange | None,
    use_device_secret: bool,
    store: SecretStore,
    held: folder_lock.FolderLock,
) -> Vault:
    header = header_io.read(folder)
    keyring = VaultKeys.from_recovery_key(header, recovery_key, store)
    _scrub_rekey_copies(folder)
    # Nothing asked: recalibrated on this computer, never below the vault's own (kdf.for_change).
    params = kdf.for_change(asked, kdf_params_of(header))
    require_safe_kdf(params)
    staged = upgrade_stage.before_open(folder, header, keyring)
    try:
        vault = Vault(folder, header, keyring, writer_lock=held)
    except BaseException:
        upgrade_stage.discard(staged)
        raise
    # Every check (ledger, rollback, compartments) before anything of the old setup is
    # replaced: a refused recovery (an older copy) must leave the keyring's secret alone.
    # The psychotherapy wrapping key the Emergency Kit reached is kept for the new
    # passphrase's wrap (set_new_passphrase drops it).
    try:
        vault.finish_unlock(keep_psychotherapy_key=True)
    except BaseException:
        upgrade_stage.discard(staged)
        raise
    device_used = vault.set_new_passphrase(new_passphrase, params, use_device_secret=use_device_secret)
    vault.ledger.append("vault.recovered", {"device_secret": device_used})
    return vault


def open_copy_with_master(
    folder: Path,
    master: bytes,
    secrets_store: SecretStore | None = None,
    *,
    psychotherapy_wraps: tuple[bytes, ...] = (),
) -> Vault:
    """Open a copy of a vault (unpacked from a backup) with a master key already known:
    no passphrase, no unlock hooks, and it never writes the keyring's ledger anchor. Its
    psychotherapy compartment opens (for maintenance) only if one of `psychotherapy_wraps`
    (the live vault's Vault.psychotherapy_wraps(), or the backup's own from its passphrase
    or Emergency Kit) wraps its key, or the copy is older than format 3."""
    header = header_io.read(folder)
    keyring = VaultKeys.from_master(header, master, secrets_store or KeyringSecretStore(),
                                    candidates=psychotherapy_wraps)
    return Vault(folder, header, keyring, anchor_in_keyring=False)


__all__ = [
    "CreatedVault",
    "Vault",
    "VaultCorrupt",
    "create_vault",
    "failed_attempts",
    "open_copy_with_master",
    "open_vault",
    "recover_vault",
    "unwrap_header_keys",
]

"""What can be known or done about a vault folder without unlocking it: whether a vault
is there, its non-secret facts (vault-app info), and saving the Emergency Kit text."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault_app.storage.layout import (
    BACKUP_FAILED_NAME,
    COMPARTMENT_FILES,
    FAILURES_NAME,
    HEADER_NAME,
    REASKED_NAME,
    RESTORE_JOURNAL_NAME,
    RESTORE_UNSAID_NAME,
    WINDOW_END_NAME,
)

# The rest is imported by the functions that need it: vault_exists runs on the desktop
# app's way to its first window, where the keyring, crypto and SQLCipher are not needed yet.


def vault_exists(folder: Path) -> bool:
    """Whether `folder` holds a vault (or what is left of one, such as the journal of a restore
    into it that was killed before its first file was in place): never offer to create one there."""
    # The header first: on the app's way to its first window only this function may run
    # (tests/gui/test_responsiveness.py), and a generator's frame is one more.
    return ((folder / HEADER_NAME).exists() or (folder / RESTORE_JOURNAL_NAME).exists()
            or any((folder / n).exists() for n in COMPARTMENT_FILES.values()))


# What a vault folder keeps once its vault files are gone: the writer lock's files, the
# attachment store's folder, the failed-unlock counter (storage/folder_lock.py, blob_store.py).
_LEFT_BY_A_VAULT = frozenset({"vault.lock", "vault.lock.owner", "blobs", FAILURES_NAME, REASKED_NAME,
                              BACKUP_FAILED_NAME, WINDOW_END_NAME, RESTORE_UNSAID_NAME})


def holds_other_files(folder: Path) -> bool:
    """Whether `folder` holds files that are neither a vault nor what one leaves (hidden ones,
    like a file manager's, aside): no place for a new vault (the CLI's init, demo, restore)."""
    if not folder.is_dir() or vault_exists(folder):
        return False
    names = {entry.name for entry in folder.iterdir() if not entry.name.startswith(".")}
    return bool(names - _LEFT_BY_A_VAULT)


def wait_until_free(folder: Path) -> None:
    """Return once no other window or command holds the vault of `folder`, else raise its
    refusal (VaultBusy, naming the holder) after the wait an open itself allows: a command
    asks for secrets only after this (storage/folder_lock.py)."""
    from vault_app.storage import folder_lock

    folder_lock.wait_free(folder, folder_lock.WAIT_SECONDS)


def failed_attempts(folder: Path) -> int:
    """Failed unlocks since the last successful one, read without loading the crypto or
    SQLCipher: the unlock window shows it as it first appears (same answer as
    vault_keys.failed_attempts, which also counts them: the larger of the folder's count and
    the one kept outside it, under the header's vault id)."""
    return _counted(folder, FAILURES_NAME, "count")


def _header_vault_id(folder: Path) -> str:
    """The vault id vault.header names ("" when it names none: the unlock says why)."""
    from vault_app.domain.errors import VaultError
    from vault_app.storage import header as header_io

    try:
        return header_io.read(folder).vault_id
    except (VaultError, OSError):
        return ""


def refused_reasks(folder: Path) -> int:
    """Wrong passphrases typed inside the open vault since it was last unlocked (the unlock
    window names them beside the failed unlocks); as light as failed_attempts, and as it the
    larger of the folder's count and the one kept outside it."""
    return _counted(folder, REASKED_NAME, "unseen")


def _counted(folder: Path, name: str, key: str) -> int:
    """As services/vault_passphrase.read_counted (not imported on the way to the first window)."""
    from vault_app.services.paths import counter_outside

    vault_id = _header_vault_id(folder)
    outside = counter_outside(vault_id, name) if vault_id else None
    return max(_count(folder / name, key), _count(outside, key) if outside else 0)


def _count(path: Path, key: str) -> int:
    """One count of a counter file, as services/vault_passphrase.read_counts reads it (that
    module is not imported on the way to the first window)."""
    import json  # ~2 ms, on the worker thread rather than on the way to the first window
    import os
    import stat

    try:
        # Not waiting on a named pipe put there; bounded: the file is plain text anyone could replace.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        try:
            raw = os.read(fd, 4096) if stat.S_ISREG(os.fstat(fd).st_mode) else b""
        finally:
            os.close(fd)
        data = json.loads(raw)
    except (OSError, ValueError):
        return 0
    value = data.get(key) if isinstance(data, dict) else None
    return min(max(value, 0), 1_000_000) if type(value) is int else 0


if TYPE_CHECKING:  # argon2 is loaded with the vault code, not by whoever reads a folder's files
    from vault_app.crypto.kdf import KdfParams


def kdf_settings(folder: Path) -> KdfParams:
    """The vault's key-derivation settings as its header says them (a recovery says what it changed)."""
    from vault_app.services.vault_master_key import kdf_params_of
    from vault_app.storage import header as header_io

    return kdf_params_of(header_io.read(folder))


def read_info(folder: Path) -> dict[str, Any]:
    """What can be said about a vault without unlocking it. No secrets."""
    from vault_app.services.device_secret import KeyringSecretStore
    from vault_app.services.rekey_mark import unfinished_in_header
    from vault_app.services.vault_keys import failed_attempts
    from vault_app.services.vault_psychotherapy_key import is_apart
    from vault_app.storage import folder_lock
    from vault_app.storage import header as header_io

    header = header_io.read(folder)
    store = KeyringSecretStore()
    compartments = {}
    for name, filename in COMPARTMENT_FILES.items():
        path = folder / filename
        compartments[name] = {
            "file": filename,
            "present": path.exists(),
            "bytes": path.stat().st_size if path.exists() else 0,
        }
    return {
        "folder": str(folder),
        "format_version": header.format_version,
        "vault_id": header.vault_id,
        "created": header.created,
        "kdf": {
            "algorithm": "argon2id",
            "memory_mib": header.kdf_memory_kib // 1024,
            "iterations": header.kdf_iterations,
            "parallelism": header.kdf_parallelism,
        },
        "device_secret_in_keyring": header.uses_device_secret,
        # False for a vault upgraded from format 2 until its next rekey (docs/SECURITY.md).
        "psychotherapy_key_apart": is_apart(header),
        # A "Replace every key" started and not finished (its header mark: rekey_mark.UNFINISHED_SETTING).
        "rekey_unfinished": unfinished_in_header(header.settings),
        "keyring_available": store.available(),
        "ledger_anchor_seq": header.ledger_anchor.seq,
        "failed_unlocks_since_last_unlock": failed_attempts(folder, header.vault_id),
        # Whether a window or command has the vault open for writing now (None: nobody).
        "open_by": folder_lock.holder(folder),
        "compartments": compartments,
        "cipher": "SQLCipher 4 (AES-256-CBC, HMAC-SHA512), raw 256-bit keys",
    }


def save_recovery_key_text(path: Path, recovery_key: str) -> None:
    """Write the recovery key to a private file (owner-only), for printing or a safe."""
    from vault_app.services.output_file import refuse_kit_places
    from vault_app.storage.files import atomic_write

    refuse_kit_places(Path(path))
    atomic_write(path, (recovery_key + "\n").encode(), what="saving the Emergency Kit")

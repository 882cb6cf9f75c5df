"""Vault > Check the Emergency Kit…: does the recovery key on the paper still open this vault?

The same unwrapping a recovery does (VaultKeys.from_recovery_key, on the header as it is on disk
now), and nothing else: no passphrase is set, nothing is written, nothing is logged. A therapist
who keeps a vault for years (a closed practice's retention period) can learn that her kit still
works without recovering with it; the command line's way is `backup verify --recovery-key-file`.
"""

from __future__ import annotations

from pathlib import Path

from vault_app.domain.errors import WrongRecoveryKey
from vault_app.services.device_secret import NoSecretStore
from vault_app.services.vault_keys import VaultKeys
from vault_app.storage import header as header_io


def kit_opens(folder: Path, recovery_key: str) -> bool:
    """True when `recovery_key` opens the vault in `folder` with its current keys; False when it
    is a well-formed key of another vault or of this vault before a Replace every key (which
    opens only the backups made before it). WrongRecoveryKey (recovery_key.characters, .length,
    .checksum) when what was typed is no recovery key at all."""
    header = header_io.read(folder)
    try:
        VaultKeys.from_recovery_key(header, recovery_key, NoSecretStore())
    except WrongRecoveryKey as exc:
        if exc.code == "recovery_key.other_vault":
            return False
        raise
    return True


__all__ = ["kit_opens"]

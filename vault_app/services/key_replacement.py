"""Vault > Replace every key…, as one use case: rotate every key and hand back what the new
Emergency Kit must hold. The GUI replaces them beside its worker (services/vault_rekey_beside.py:
`begin_replacing`, then `finish_with_kit` once the copies are written) and shows the kit;
the command line's `vault-app rekey` runs the same parts on its one thread
(vault_rekey_runners.replace_here) and prints the recovery key."""

from __future__ import annotations

from dataclasses import dataclass

from vault_app.crypto.kdf import Ahead
from vault_app.crypto.signing import fingerprint as public_key_fingerprint
from vault_app.services import vault_rekey_beside
from vault_app.services.vault import Vault


@dataclass(frozen=True)
class NewKit:
    """What a new Emergency Kit holds (services/emergency_kit.py)."""

    recovery_key: str
    vault_id: str
    folder: str
    key_fingerprint: str
    # Whether the vault keeps a device secret in this computer's keyring: the kit names the
    # keyring only then (its PDF and window named one for a vault made without).
    keyring: bool = True
    practice: str = ""  # whose records, printed on the kit with the program's name (emergency_kit.practice_of)


def kit_for(vault: Vault, recovery_key: str) -> NewKit:
    from vault_app.services.emergency_kit import practice_of

    return NewKit(recovery_key, vault.vault_id, str(vault.folder), public_key_fingerprint(vault.public_key),
                  keyring=vault.header.uses_device_secret, practice=practice_of(vault))


def begin_replacing(vault: Vault, ahead: Ahead, passphrase: str,
                    new_passphrase: str | None) -> vault_rekey_beside.Replacing:
    """On the worker: the start of the replacement beside (vault_rekey_beside.begin), the
    passphrase's derivation made ahead on the job's thread."""
    return vault_rekey_beside.begin(vault, passphrase, new_passphrase, ahead=ahead)


def finish_with_kit(vault: Vault, replacing: vault_rekey_beside.Replacing) -> NewKit:
    """On the worker: the swap and the new master key (vault_rekey_beside.finish), and the kit. The
    vault says its kit is not kept until the kit's window is done with (kit_kept.kept): a kill while
    the new key is on screen, not yet saved, left no reminder (found by a walker)."""
    return kit_for(vault, vault_rekey_beside.finish(vault, replacing, kit_shown_later=True).recovery_key)


__all__ = ["NewKit", "begin_replacing", "finish_with_kit", "kit_for"]

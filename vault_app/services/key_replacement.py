"""Vault > Replace every key…, as one use case: rotate every key (services/vault_rekey.py)
and hand back what the new Emergency Kit must hold. The GUI shows the kit; the CLI's
`vault-app rekey` prints the recovery key from the same rekey."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from vault_app.services import vault_rekey
from vault_app.services.certificates import public_key_fingerprint
from vault_app.services.vault import Vault

REKEY_STEPS = 4  # records, ledger, psychotherapy, the new master key (vault_rekey.rekey_vault)


@dataclass(frozen=True)
class NewKit:
    """What a new Emergency Kit holds (services/emergency_kit.py)."""

    recovery_key: str
    vault_id: str
    folder: str
    key_fingerprint: str


def kit_for(vault: Vault, recovery_key: str) -> NewKit:
    return NewKit(recovery_key, vault.vault_id, str(vault.folder), public_key_fingerprint(vault.public_key))


def replace_every_key(vault: Vault, passphrase: str, new_passphrase: str | None,
                      progress: Callable[[float, str], None]) -> NewKit:
    """Rekey with `progress(fraction, text)` after each step, 1.0 at the end."""
    done = [0]

    def step(text: str) -> None:
        progress(done[0] / REKEY_STEPS, text + "…")
        done[0] += 1

    result = vault_rekey.rekey_vault(vault, passphrase, new_passphrase=new_passphrase, progress=step)
    progress(1.0, "Done")
    return kit_for(vault, result.recovery_key)


__all__ = ["REKEY_STEPS", "NewKit", "kit_for", "replace_every_key"]

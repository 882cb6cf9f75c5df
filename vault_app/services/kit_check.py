"""Vault > Check the Emergency Kit…: does the recovery key on the paper still open this vault?

The same unwrapping a recovery does (VaultKeys.from_recovery_key, on the header as it is on disk
now): no passphrase is set, no key changes. A therapist who keeps a vault for years (a closed
practice's retention period) can learn that her kit still works without recovering with it; the
command line's way is `backup verify --recovery-key-file`.

A check that found the kit opens the vault is written in the ledger (CHECKED, no key nor any
part of it), so the window can say when the kit was last checked: the docs ask for a check once a
year, which nobody can keep without the date. A recovery with the kit proved it as well; Replace
every key makes a new kit, unchecked until checked (`checks`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from vault_app.domain.errors import WrongRecoveryKey
from vault_app.services.device_secret import NoSecretStore
from vault_app.services.vault_keys import VaultKeys
from vault_app.storage import header as header_io

if TYPE_CHECKING:
    from vault_app.services.vault import Vault

CHECKED = "kit.checked"  # the ledger entry of a check that found the kit opens the vault
# The kit proven by use: a recovery with it (services/vault.py). It stays the kit after.
_USED = "vault.recovered"
# A new kit: the vault made, or Replace every key (services/vault_rekey.REKEYED; not imported: weight).
_MADE = ("vault.created", "vault.rekeyed")


@dataclass(frozen=True)
class KitChecks:
    made_at: str  # when the vault's current kit was made (UTC, the ledger's); "" unknown
    checked_at: str  # when a check (or a recovery) last found it opens the vault; "" not since it was made


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


def check_kit(vault: Vault, recovery_key: str) -> bool:
    """kit_opens for the open vault, the check written in its ledger when the kit opens it."""
    opens = kit_opens(vault.folder, recovery_key)
    if opens:
        vault.ledger.append(CHECKED, {})
    return opens


def checks(vault: Vault) -> KitChecks:
    """When the vault's current kit was made and last found to open it."""
    made = checked = ""
    for entry in vault.ledger.entries(kinds=(CHECKED, _USED, *_MADE)):
        if entry.kind in _MADE:
            made, checked = entry.time, ""
        else:
            checked = entry.time
    return KitChecks(made, checked)


__all__ = ["CHECKED", "KitChecks", "check_kit", "checks", "kit_opens"]

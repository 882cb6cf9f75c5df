"""Where an import reaches the vault: `OnVault` runs a function with the open vault where the
vault is used (the GUI's worker, or the caller itself), and `Progress` hears how far it is."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from vault_app.services.vault import Vault

Progress = Callable[[float, str], None]
T = TypeVar("T")


class OnVault(Protocol):
    """Runs `fn` with the open vault where the vault is used (the GUI's worker, or the caller
    itself) and returns its result; raises ImportStopped once the vault is locking."""

    def __call__(self, fn: Callable[[Vault], T], /) -> T: ...


class Direct:
    """`OnVault` for a caller that holds the vault itself (the command line, tests)."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def __call__(self, fn: Callable[[Vault], T], /) -> T:
        return fn(self.vault)


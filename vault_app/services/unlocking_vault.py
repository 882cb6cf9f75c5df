"""The vault being unlocked, as the checks of one older file put back alone read it
(ledger_alone_older.py, compartment_alone_older.py): a Protocol, not the Vault class, because
vault_session imports those checks and the Vault class imports vault_session."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from vault_app.services.ledger import Ledger
    from vault_app.storage.compartment import Compartment
    from vault_app.storage.header import Header


class UnlockingVault(Protocol):
    """What those checks read of the vault being unlocked."""

    @property
    def ledger(self) -> Ledger: ...
    @property
    def header(self) -> Header: ...
    @property
    def records(self) -> Compartment: ...
    @property
    def folder(self) -> Path: ...
    def compartment_key(self, name: str) -> bytes: ...


__all__ = ["UnlockingVault"]

"""Read-side helpers run on the worker thread: each gathers what one screen shows.

They only call services (never storage) and return plain objects. Functions whose
service has not been installed return None so the screen can say so honestly.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vault_app.services.vault import Vault


def service(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(f"vault_app.services.{name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"vault_app.services.{name}":
            return None
        raise


def list_clients(vault: Vault, status: str, query: str) -> list[Any]:
    clients = service("clients")
    if clients is None:
        return []
    return list(clients.list_clients(vault, status=None if status == "all" else status, query=query or None))


def ledger_state(vault: Vault) -> dict[str, Any]:
    head = vault.ledger.head()
    return {"entries": head.seq, "anchor": vault.header.ledger_anchor.seq}

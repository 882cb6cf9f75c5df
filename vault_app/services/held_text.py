"""Unfinished dialog text across a lock: held in the compartment it belongs to, taken back
(and removed) on unlock. Not part of the record and never in the ledger: it is what the
therapist was typing, kept so that a lock does not throw it away."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from vault_app.domain.errors import InvalidInput
from vault_app.storage import held_text

if TYPE_CHECKING:
    from vault_app.services.vault import Vault
    from vault_app.storage.compartment import Compartment

Where = Literal["records", "psychotherapy"]
MAX_ENTRIES = 20  # a handful of open dialogs at most; a bound keeps a bug from growing the row forever


def _db(vault: Vault, where: Where) -> Compartment:
    if where == "records":
        return vault.records
    if where == "psychotherapy":
        return vault.psychotherapy  # CompartmentLocked when it is not open
    raise InvalidInput("Unknown compartment for held text.")


def hold(vault: Vault, where: Where, entry: dict[str, Any]) -> None:
    db = _db(vault, where)
    entries = held_text.load(db)
    # One entry per dialog and context: holding again replaces the earlier text.
    key = (entry.get("dialog"), entry.get("context"))
    entries = [e for e in entries if (e.get("dialog"), e.get("context")) != key]
    entries.append(entry)
    held_text.store(db, entries[-MAX_ENTRIES:])


def take(vault: Vault, where: Where) -> list[dict[str, Any]]:
    db = _db(vault, where)
    entries = held_text.load(db)
    if entries:
        held_text.store(db, [])
    return entries


__all__ = ["hold", "take"]

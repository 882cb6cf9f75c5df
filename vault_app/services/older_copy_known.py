"""Which charts this copy knows a newer copy of the vault destroyed: the ledger entries
services/older_copy_destroyed.py writes. Apart from it so that the client list
(clients_page) can mark their rows without loading the backup readers (nor making an
import circle through backup_superseded, which names charts through clients_page)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vault_app.services.vault import Vault

KNOWN = "destruction.known_from_newer_copy"  # the ledger entry: a chart destroyed in the newer copy
# The ledger entry: psychotherapy notes destroyed there (a destruction that kept the chart), one per
# destruction. Its own kind: an app reading KNOWN before it took every entry for a whole chart.
KNOWN_NOTES = "destruction.notes_known_from_newer_copy"


def known(vault: Vault) -> dict[str, str]:
    """{client id: when destroyed there} of the charts this copy knows were destroyed in a newer copy."""
    return {str(e.payload.get("client_id")): str(e.payload.get("destroyed_at", ""))
            for e in vault.ledger.entries(kinds=(KNOWN,))}


def known_notes(vault: Vault) -> dict[str, str]:
    """{note id: when destroyed there} of the psychotherapy notes this copy knows a newer copy destroyed."""
    return {str(n): str(e.payload.get("destroyed_at", ""))
            for e in vault.ledger.entries(kinds=(KNOWN_NOTES,)) for n in e.payload.get("note_ids") or ()}


__all__ = ["KNOWN", "KNOWN_NOTES", "known", "known_notes"]

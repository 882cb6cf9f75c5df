"""The language a request's letters are written in: its client's letter language (domain/letter_language),
read for a window where a letter is made, so the therapist knows before she types into it."""

from __future__ import annotations

from vault_app.services import clients, requests
from vault_app.services.vault import Vault


def for_request(vault: Vault, request_id: str) -> str:
    """The letter language's code of the client whose request `request_id` is."""
    return clients.get_client(vault, requests.get_request(vault, request_id).client_id).letters_in


__all__ = ["for_request"]

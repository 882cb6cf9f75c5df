"""The therapist's personal dictionary, kept only in the records compartment's encrypted
settings: it fills with client names, so never in a plaintext file. The checker itself is
domain/spelling.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vault_app.domain.spelling import check_personal_word
from vault_app.storage import settings_store

if TYPE_CHECKING:
    from vault_app.services.vault_session import Vault

PERSONAL_KEY = "spelling.personal"


def personal_words(vault: Vault) -> list[str]:
    stored = settings_store.read(vault.records, PERSONAL_KEY) or {}
    words = stored.get("words", [])
    return sorted(str(w) for w in words) if isinstance(words, list) else []


def add_personal_word(vault: Vault, word: str) -> list[str]:
    """Add a word to the personal dictionary (stored encrypted); returns the whole list."""
    cleaned = check_personal_word(word).casefold()
    words = set(personal_words(vault))
    words.add(cleaned)
    settings_store.write(vault.records, PERSONAL_KEY, {"words": sorted(words)})
    return sorted(words)


def remove_personal_word(vault: Vault, word: str) -> list[str]:
    words = set(personal_words(vault))
    words.discard((word or "").strip().casefold())
    settings_store.write(vault.records, PERSONAL_KEY, {"words": sorted(words)})
    return sorted(words)


__all__ = ["PERSONAL_KEY", "add_personal_word", "personal_words", "remove_personal_word"]

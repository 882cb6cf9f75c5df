"""What the therapist should do next, said once after each unlock (the status bar)."""

from __future__ import annotations

from vault_app.services import backup
from vault_app.services.vault import Vault

KEY_APART_REMINDER = (
    "This vault was made by an earlier version: its psychotherapy notes' key can still be reached from the "
    "master key. Replace every key (Vault > Replace every key…) to finish separating it."
)


def after_unlock(vault: Vault) -> str | None:
    """The most important reminder, or None: first an unfinished key separation (a security
    gap the user can close), then a missing or old verified backup."""
    if not vault.psychotherapy_key_apart:
        return KEY_APART_REMINDER
    return backup.reminder_text(vault)


__all__ = ["KEY_APART_REMINDER", "after_unlock"]

"""What the therapist should do next, said once after each unlock (the status bar)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vault_app.services.vault import Vault

# The backup modules are imported in the functions, on the worker after the unlock: the
# main window imports this module before the unlock, while the KDF's 256 MiB are still to
# come (tests/gui/test_unlock_memory_imports.py).

KEY_APART_REMINDER = (
    "This vault was made by an earlier version: its psychotherapy notes' key can still be reached from the "
    "master key. Replace every key (Vault > Replace every key…) to finish separating it."
)


REKEY_UNFINISHED_REMINDER = (
    "Replacing every key did not finish (the app or the computer stopped during it), so some keys may still be "
    "the old ones and your Emergency Kit may no longer work. Choose Vault > Replace every key… again now: it "
    "replaces them all and gives you a new kit."
)

# Asked right after the unlock: the unlock's own entries are among the last few.
_RECENT = 50


def upgrade_note(vault: Vault) -> str | None:
    """Said once, after the unlock that upgraded the vault: where the copy from before is."""
    from vault_app.services import upgrade_backup

    since = max(1, vault.ledger.head().seq - _RECENT)
    recent = vault.ledger.entries(kinds=("vault.unlocked", upgrade_backup.UPGRADED), since_seq=since)
    unlocks = [e.seq for e in recent if e.kind == "vault.unlocked"]
    made = [e for e in recent if e.kind == upgrade_backup.UPGRADED and unlocks and e.seq > unlocks[-1]]
    if not made:
        return None
    name = Path(str(made[-1].payload.get("path", ""))).name
    return f"Upgraded for this version. The vault as it was is kept in the verified backup {name} (Backups)."


def after_unlock(vault: Vault) -> str | None:
    """The most important reminder, or None: an upgrade just made (said once), then an
    interrupted replacement of every key or an unfinished key separation (security gaps the
    user can close), then a missing or old verified backup."""
    from vault_app.services import backup, vault_rekey

    said = [text for text in (upgrade_note(vault),) if text]
    if vault_rekey.unfinished(vault):
        return " ".join([*said, REKEY_UNFINISHED_REMINDER])
    if not vault.psychotherapy_key_apart:
        return " ".join([*said, KEY_APART_REMINDER])
    return " ".join(said) if said else backup.reminder_text(vault)


__all__ = ["KEY_APART_REMINDER", "REKEY_UNFINISHED_REMINDER", "after_unlock", "upgrade_note"]

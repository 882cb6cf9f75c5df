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


# Short enough for the status bar's width: the action first (docs/gui.md says why).
REKEY_UNFINISHED_REMINDER = (
    "Replacing every key did not finish: choose Vault > Replace every key… again now (your Emergency Kit may "
    "not work until then)."
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


def standing(vault: Vault) -> str | None:
    """A security gap the therapist can close, said until it is: an interrupted replacement
    of every key, an Emergency Kit never kept, then an unfinished key separation."""
    from vault_app.services import kit_kept, vault_rekey

    if vault_rekey.unfinished(vault):
        return REKEY_UNFINISHED_REMINDER
    if kit_kept.missing(vault):
        return kit_kept.REMINDER
    if not vault.psychotherapy_key_apart:
        return KEY_APART_REMINDER
    return None


def after_unlock(vault: Vault) -> str | None:
    """The most important reminder, or None: why the last automatic backup was not made
    (said once), what the open finished first (an interrupted restore: said until the lock),
    an upgrade just made (said once), then a standing security gap, then a
    missing or old verified backup."""
    from vault_app.services import backup, backup_beside_control

    failed = backup_beside_control.take_last_failure()
    said = [*vault.opening_notes, *[text for text in (upgrade_note(vault),) if text]]
    if failed:
        said.insert(0, f"The automatic backup at the last lock was not made: {failed}")
    gap = standing(vault)
    if gap:
        return " ".join([*said, gap])
    return " ".join(said) if said else backup.reminder_text(vault)


def backups_line(vault: Vault) -> str | None:
    """The status bar's line when backups may have changed (any vault-wide change notice):
    what the open finished, then a standing security gap, keep their place over the backups'
    reminder."""
    from vault_app.services import backup

    # What the open finished (an interrupted restore) stays said until the lock: the first
    # vault-wide notice after the unlock replaced it at once (found in the real app).
    line = standing(vault) or backup.reminder_text(vault)
    return " ".join([*vault.opening_notes, *([line] if line else [])]) or None


__all__ = ["KEY_APART_REMINDER", "REKEY_UNFINISHED_REMINDER", "after_unlock", "backups_line", "standing",
           "upgrade_note"]

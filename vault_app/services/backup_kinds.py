"""The kinds of backup and what a new vault stores at its creation.

Apart from services/backup_registry.py because the vault's creation (services/vault.py)
needs them, and backup_registry needs the Vault type: one module of constants keeps the
two out of an import circle.
"""

from __future__ import annotations

from typing import Any

SETTINGS_KEY = "backup"
# "file": a single-file backup each time; "repo": a snapshot into a backup repository
# (services/backup_repo.py).
BACKUP_KINDS = ("file", "repo")
NEW_VAULT_KIND = "repo"


def settings_for_new_vault() -> dict[str, Any]:
    """What a new vault stores under SETTINGS_KEY at creation (services/vault.py): only the
    kind, explicitly, so that the default of an older vault (no "kind": single files) and
    of a new one (snapshots) are both read from what the header says."""
    return {"kind": NEW_VAULT_KIND}

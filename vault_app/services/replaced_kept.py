"""Files another program put in place of one of the vault's while it was open, kept beside the vault's
own when that was put back (storage/compartment_own_file.py): said at each unlock until removed
(services/reminders.py)."""

from __future__ import annotations

from pathlib import Path

from vault_app.storage.compartment_own_file import KEPT_MARK
from vault_app.storage.header import HEADER_NAME
from vault_app.storage.layout import COMPARTMENT_FILES


def names(folder: Path) -> list[str]:
    """The kept files' names in `folder`, sorted; none when the folder cannot be read."""
    try:
        found = sorted(p.name for p in folder.iterdir())
    except OSError:
        return []
    # vault.header too: an older copy of it put back while open (storage/header_own_file.py).
    kinds = (*COMPARTMENT_FILES.values(), HEADER_NAME)
    return [n for n in found if any(n.startswith(f + KEPT_MARK) for f in kinds)]


__all__ = ["names"]

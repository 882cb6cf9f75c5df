"""The older copy (services/older_copy_refusal.py) of a vault a copy replaced (`backup restore
--replaces-original` left this folder behind): once that copy has backed up into the folder they share,
this vault is older than the folder's newest backup. The way on is the copy, not a restore over this vault
nor another backup folder to keep it (work on a vault nobody should work in): the app says so as
`vault-app unlock-check` does (cli/unlock_check_replaced.py). Found in round 45: the unlock's message offered
"Restore the newest backup…" as its default button, and the Today card and status bar said "restore it
here"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from vault_app.services import older_copy_refusal, restore_beside_record

if TYPE_CHECKING:
    from vault_app.services.backup_superseded import Superseded
    from vault_app.services.vault import Vault


@dataclass(frozen=True)
class OlderSeen:
    found: Superseded
    replaced_by: str = ""  # the folder of the copy that replaced this vault ("": none did)
    replaced_on: str = ""  # when (a stored UTC moment)


def older_copy_seen(vault: Vault) -> OlderSeen | None:
    """This vault as the older copy, with the copy that replaced it when one did; None when it is not the
    older copy (or was kept: older_copy_refusal.older_copy)."""
    found = older_copy_refusal.older_copy(vault)
    if found is None:
        return None
    by = restore_beside_record.replaced_news(vault)
    return OlderSeen(found) if by is None else OlderSeen(found, by[0], by[1])


def replaced_by_copy(vault: Vault) -> str | None:
    """The folder of the copy that replaced this vault, once that copy has backed up into the folder they
    share (this vault the older copy); None otherwise. For the Backups window (gui/backups_list.py): it says
    to work in that copy, and offers no restore over this vault (round 46)."""
    seen = older_copy_seen(vault)
    return seen.replaced_by if seen is not None and seen.replaced_by else None


__all__ = ["OlderSeen", "older_copy_seen", "replaced_by_copy"]

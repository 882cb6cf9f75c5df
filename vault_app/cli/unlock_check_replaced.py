"""What `vault-app unlock-check` says of a vault a copy replaced (`backup restore --replaces-original` left
this folder behind): which copy and when, from the record the app's status line reads
(services/restore_beside_record.replaced_news) in the status line's own sentence
(reminders.REPLACED_BY_COPY_TEXT); and, where the copy's newer backups make this vault the older copy,
not the advice to restore over it or keep it, which is work on a vault nobody should work in.

Found (round 45): unlock-check on such a vault said "BUT This vault has no Emergency Kit kept… Run
'vault-app rekey…'" and never that it was replaced; once the copy had backed up into the folder they
share, it advised restoring that backup over this folder or choosing another backup folder "to keep
this copy". The standing reminders are left out as reminders.standing_gap leaves them out for the app."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from vault_app.domain import locale_format
from vault_app.services import reminders, restore_beside_record

if TYPE_CHECKING:
    from vault_app.services.vault import Vault

# In place of the older copy's advice (restore over it, or another backup folder to keep it).
OLDER_THAN_ITS_COPY = ("BUT this vault is older than the newest backup in {folder}: that backup holds records this "
                       "vault does not have. Work in the copy that replaced it; exports and disclosures are refused "
                       "here. Exit code 5.")


@dataclass(frozen=True)
class Replaced:
    folder: str  # the folder of the copy that replaced this vault
    when: str  # a stored UTC moment


def replaced(vault: Vault) -> Replaced | None:
    """The copy that replaced this vault, or None (read while the vault is open)."""
    by = restore_beside_record.replaced_news(vault)
    return None if by is None else Replaced(by[0], by[1])


def said(found: Replaced, tag: str) -> str:
    """The status line's sentence, its moment in the practice's format on this computer's clock."""
    return reminders.REPLACED_BY_COPY_TEXT.format(when=locale_format.moment_text(found.when, tag),
                                                  folder=found.folder)


__all__ = ["OLDER_THAN_ITS_COPY", "Replaced", "replaced", "said"]

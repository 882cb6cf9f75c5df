"""Whether the vault a window unlocks is the one it locked, continued, or one a restore put in
its place meanwhile (a terminal's `vault-app backup restore --overwrite` while the window was
locked: the folder's lock is let go then, so commands may run).

Found on Xvfb: the unlock after such a restore said only "Unlocked.": the chart open at the lock
was silently gone, and the form left open on it (held in the vault that was replaced), and
nothing said the vault was now the backup's. The ledger only grows, so the entry that was its
last at the lock is still there, unchanged, in the same vault continued by any command; a
restore brings the backup's ledger, which has no such entry or another one at that place.

Kept in this process's memory only, by folder: a sequence number and a MAC, no record."""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vault_app.services.vault import Vault
    from vault_app.storage.header import LedgerAnchor

_AT_LOCK: dict[Path, LedgerAnchor] = {}
# The unlocked Vaults found replaced at their unlock (each unlock opens a new Vault): said until the lock.
_REPLACED: weakref.WeakKeyDictionary[object, bool] = weakref.WeakKeyDictionary()


def remember(vault: Vault) -> None:
    """At the lock (on the worker, the vault still open): its ledger's last entry."""
    _AT_LOCK[vault.folder.expanduser().resolve()] = vault.ledger.head()


def check_after_unlock(vault: Vault) -> bool:
    """At the unlock that follows (on the worker): True when the vault was replaced meanwhile."""
    anchor = _AT_LOCK.pop(vault.folder.expanduser().resolve(), None)
    if anchor is None or anchor.seq <= 0:
        return False
    entry = vault.ledger.get(anchor.seq)
    replaced = entry is None or entry.mac_hex != anchor.mac_hex
    if replaced:
        _REPLACED[vault] = True
    return replaced


def forget(folder: Path) -> None:
    """The app's own restore into `folder` (its unlock window's Restore from a backup…): not
    another program's, and said by that window."""
    _AT_LOCK.pop(folder.expanduser().resolve(), None)


def replaced_at_unlock(vault: object) -> bool:
    """Whether this unlocked vault was found replaced by a restore at its unlock."""
    return _REPLACED.get(vault, False)


__all__ = ["check_after_unlock", "forget", "remember", "replaced_at_unlock"]

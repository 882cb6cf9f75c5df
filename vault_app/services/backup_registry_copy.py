"""A copy restored beside the live vault, and the backups it may not touch.

Found by a walker in the real app: "restore this snapshot into a new folder" (Backups window,
`backup restore --to` while the vault exists) made a copy with the same vault id, the
original's backup folder and backups on lock on. Opened and locked, it wrote its snapshot into
the original's repository and its rotation deleted the very snapshot it was restored from; the
"another vault's folder" guard could not stop it (same id).

So such a copy starts with backups off, no backup folder, and a register of its own: its
restore's entry says whose copy it is (COPY_BESIDE), and the register begins after it (the
backups its ledger names from before are the original's: never rotated, purged nor counted
here). A restore with no vault of that id elsewhere (a new computer, the first-run wizard) or
one the therapist says replaces the original goes on with the series as before
(services/backup_restore.py decides which).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault_app.services.backup_kinds import SETTINGS_KEY

if TYPE_CHECKING:
    from collections.abc import Sequence

    from vault_app.services.vault import Vault

RESTORED = "backup.restored"
UNLOCKED = "vault.unlocked"
# In the restore's ledger entry: the folder of the vault this is a copy of.
COPY_BESIDE = "copy_beside"

COPY_BESIDE_TEXT = ("This is a copy of the vault in {folder}: its automatic backups are off, so that vault's backups "
                    "stay untouched. To back it up, open Vault > Backups… and choose a folder.")


def register_start(vault: Vault) -> int:
    """The first ledger entry the register reads: just after the newest restore that made this
    vault a copy beside another (1: the whole ledger)."""
    marked = [e.seq for e in vault.ledger.entries(kinds=(RESTORED,)) if e.payload.get(COPY_BESIDE)]
    return max(marked) + 1 if marked else 1


def folder_turns_backups_on(vault: Vault, current: dict[str, Any], changes: dict[str, Any]) -> bool:
    """Whether choosing a backup folder also turns the backups on lock on: in a copy beside its
    original, whose restore (not the therapist) turned them off with its folder, until a folder
    is chosen (the Backups window's Save sends no "auto": the copy stayed without backups)."""
    return (bool(changes.get("target")) and changes.get("auto") is None and not current["target"]
            and not current["auto"] and register_start(vault) > 1)


def original_elsewhere(vault_id: str, to_dir: Path, current: Vault | None, known: Sequence[Path]) -> Path | None:
    """The folder, other than `to_dir`, that holds a vault with this id: the open vault's or a
    known copy's (the configured vault). None: no original here (a new computer)."""
    from vault_app.services.restore_other_vault import vault_id_in

    to_dir = to_dir.resolve()
    places = [current.folder] if current is not None and current.vault_id == vault_id else []
    places += [Path(p).expanduser() for p in known]
    for folder in places:
        where = folder.resolve()
        if where != to_dir and vault_id_in(where) == vault_id:
            return where
    return None


def copy_beside_news(vault: Vault) -> tuple[str, str] | None:
    """(the original's folder, the sentence) said at the first unlock of a copy restored beside its
    original (its restore's entry, then one unlock), while its backups are still off. Decodes only
    the restore entries (a handful in a vault's life) and counts the unlocks since the newest, up to
    two, through the ledger's kind index (found: it decoded every unlock entry since the restore at
    every unlock, years of them in a copy kept). Nothing is written: an unlock stays a read."""
    stored = vault.header.settings.get(SETTINGS_KEY)
    if isinstance(stored, dict) and stored.get("target"):
        return None
    marked = [e for e in vault.ledger.entries(kinds=(RESTORED,)) if e.payload.get(COPY_BESIDE)]
    if not marked or vault.ledger.count_of_kind(UNLOCKED, since_seq=marked[-1].seq, at_most=2) > 1:
        return None
    folder = str(marked[-1].payload[COPY_BESIDE])
    return folder, COPY_BESIDE_TEXT.format(folder=folder)


__all__ = ["COPY_BESIDE", "COPY_BESIDE_TEXT", "copy_beside_news", "folder_turns_backups_on",
           "original_elsewhere", "register_start"]

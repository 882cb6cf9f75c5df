"""An older folder of the vault put back at ANOTHER path than the one whose key was retired: refused
at the unlock too, where the keyring's record and the folder's own ledger can tell it from a copy the
therapist made (services/signing_keys_keyring.py keeps the record; this module decides).

The record says in which folders each key was retired (Replace every key, a restore that retired
it). A folder elsewhere that still signs with such a key is either an older copy of the vault that
retired it, put in a new place (a Time Machine snapshot restored "to another location", a sync
tool's copy, a folder copied by hand before the replacement and never opened here), or a copy that
has its own right to the key, made before the key was retired: those must go on opening.

Let through (`legitimate`), by what each of them holds or what this computer recorded of them:
- a copy restored beside the vault that retired the key (its restore's ledger entry names that
  vault's folder as the one it is a copy of, `copy_beside`, or as the one it replaces,
  `original_folder`: restored from that vault's backup before the replacement, a vault of its own
  since, wherever it was moved);
- a restore's safety copy of that vault (recorded by the restore with its path,
  restore_safety_copy_back; or named `<that folder>-before-restore-…` beside it, as every
  restore names it: one an earlier version made);
- a folder this vault was unlocked and locked in, or restored into, on this computer (the keyring
  holds a ledger anchor for it, or one for any folder, as versions before the per-folder anchor
  wrote it): a copy that was in use here, not a stale folder arriving;
- a vault of none of the retiring folders' lineages: the record keeps, for each folder a key was
  retired in, its newest restore's ledger entry from before the retirement ("" if it had none:
  the vault as made there; signing_keys_keyring.lineage_mark). An older folder of it holds that
  entry (or, for "", holds no restore at all); a vault that does not went its own way, as the
  original does when a copy restored beside it replaced its keys apart, and may be moved anywhere.
  Where a mark is not known yet (recorded by a restore, or by an earlier version: the next unlock in
  that folder records it) this rule lets nothing through.

Refused: none of these (code signing_key.keyring_retired_elsewhere). What it cannot tell: an older
copy of a copy restored beside (it names the same original) opens, as that copy would; a folder
named to look like a safety copy passes (the record protects against stale copies put back, not
against someone using the account: SECURITY.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from vault_app.services.device_secret import SecretStore, folder_tag, read_anchors

if TYPE_CHECKING:
    from vault_app.services.ledger import Ledger

RESTORED = "backup.restored"  # services/backup_registry.RESTORED
# In a restore's entry: the original a copy was restored beside (backup_registry_copy.COPY_BESIDE), and
# the folder of the vault a copy restored with --replaces-original replaced (destruction_app_copies).
_NAMED_FOLDERS = ("copy_beside", "original_folder")
SAFETY_COPY_MARK = "-before-restore-"  # services/restore_safety_copy.safety_copy_path


def _copy_of_a_retiring_folder(ledger: Ledger, tags: set[str]) -> bool:
    for entry in reversed(ledger.entries(kinds=(RESTORED,))):
        for key in _NAMED_FOLDERS:
            named = entry.payload.get(key)
            if isinstance(named, str) and named and folder_tag(Path(named)) in tags:
                return True
    return False


def _safety_copy_of_a_retiring_folder(store: SecretStore, vault_id: str, folder: Path, tags: set[str]) -> bool:
    from vault_app.services import restore_safety_copy_back

    if restore_safety_copy_back.recorded_path(store, vault_id, folder, tags):
        return True
    name, mark, _stamp = folder.name.partition(SAFETY_COPY_MARK)
    return bool(mark and name) and folder_tag(folder.parent / name) in tags


def _of_no_retiring_lineage(ledger: Ledger, marks: dict[str, str] | None) -> bool:
    """Whether the keyring knows the lineage of every folder that retired the key (`marks`:
    signing_keys_keyring.marks_for) and this ledger is of none: it is then not an older folder of any
    of them, but a vault of this id that went its own way (the original a copy restored beside it
    replaced its keys apart from, moved since)."""
    if not marks:
        return False
    restores = ledger.entries(kinds=(RESTORED,))
    for mark in marks.values():
        if not mark:  # that folder had never been restored into: its older folders hold no restore
            if not restores:
                return False
            continue
        seq_text, _, mac_hex = mark.partition(":")
        if seq_text.isdigit() and ledger.holds(int(seq_text), mac_hex):
            return False
    return True


def legitimate(store: SecretStore, vault_id: str, folder: Path, ledger: Ledger, tags: set[str],
               marks: dict[str, str] | None) -> bool:
    """Whether the vault in `folder` (not among `tags`, the folders its key in use was retired in, whose
    lineage `marks` the keyring gives) may go on signing with that key (module docstring)."""
    return (_copy_of_a_retiring_folder(ledger, tags)
            or _safety_copy_of_a_retiring_folder(store, vault_id, folder, tags)
            or bool(read_anchors(store, vault_id, folder))
            or _of_no_retiring_lineage(ledger, marks))


__all__ = ["SAFETY_COPY_MARK", "legitimate"]

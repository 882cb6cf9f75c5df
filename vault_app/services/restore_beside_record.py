"""A copy restored beside the live vault, recorded in the live vault's ledger.

Found by a walker: `backup restore --to R` made R, a copy with the same vault id and the same
charts, and a later destruction in the live vault said "Destroyed and verified" while R still
showed the chart; the certificate named no copy the app had made. The live vault's ledger never
heard of R: only R's own ledger names the original (backup_registry_copy.COPY_BESIDE).

So the restore writes COPIED_BESIDE (the copy's folder and the vault id, nothing of the charts)
into the original's ledger: through the open vault when it is the original (the window's
restore), otherwise by opening the original's folder with the backup's master key under its
folder lock (the command line's, the vault closed), moving its keyring's anchor as a lock would
(closed_vault_ledger). The destruction names each such copy still
there (destruction_app_copies). When the original cannot be told (another window has it open,
its keys were replaced since the backup), the restore says so: the therapist is the only record.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from vault_app.domain.errors import VaultError
from vault_app.storage import folder_lock

if TYPE_CHECKING:
    from vault_app.services.device_secret import SecretStore
    from vault_app.services.vault import Vault

COPIED_BESIDE = "backup.copied_beside"  # "backup.": not a change a backup would hold (backup_registry)

# Why a vault could not be told (RestoreReport.copy_beside_not_told), said by the command line here
# and by the window in its words (gui/restore_summary.py). ROLLED_BACK: its ledger is not the one this
# computer last saw (closed_vault_ledger.as_last_seen): written into, an older copy put back would
# become current.
BUSY, KEYS, ROLLED_BACK = "busy", "keys", "rolled_back"
WHY = {BUSY: "it is open in another window or command", KEYS: "its keys are not the backup's any more",
       ROLLED_BACK: "its record is not the one this computer last opened: an older copy may have been put back "
                    "there; it was not written into"}
NOT_TOLD = ("The vault in {original} could not be told of this copy ({why}): a chart destroyed there later is "
            "not destroyed in this copy, nor named on its certificate. Destroy it here too, or delete this copy.")


def not_told_words(not_told: list[str]) -> str:
    folder, why = not_told
    return NOT_TOLD.format(original=folder, why=WHY.get(why, why))


def payload(copy_folder: Path, vault_id: str) -> dict[str, str]:
    return {"path": str(copy_folder), "vault_id": vault_id}


def record(original: Path, copy_folder: Path, vault_id: str, master: bytes, store: SecretStore,
           current: Vault | None) -> list[str] | None:
    """Append COPIED_BESIDE to the original's ledger, and to the ledger of the vault the original is
    itself a copy beside (a copy restored from the copy: the first vault's destruction names it
    too), up the chain. None when done, else [the folder not told, why (BUSY, KEYS)]."""
    from vault_app.services.restore_other_vault import vault_id_in

    entry = payload(copy_folder.resolve(), vault_id)
    seen = {copy_folder.resolve()}
    place: Path | None = original.resolve()
    for _ in range(_CHAIN):
        if place is None or place in seen or vault_id_in(place) != vault_id:
            break
        seen.add(place)
        not_told, place = _tell(place, entry, master, store, current)
        if not_told:
            return not_told
    return None


_CHAIN = 8  # copies of copies of copies: far more than a practice makes; a loop stops at `seen`


def _tell(folder: Path, entry: dict[str, str], master: bytes, store: SecretStore,
          current: Vault | None) -> tuple[list[str] | None, Path | None]:
    """(why not, or None; the folder this vault is a copy beside, or None)."""
    if current is not None and current.is_open and current.folder.resolve() == folder:
        current.ledger.append(COPIED_BESIDE, entry)
        return None, _copy_of(current)
    from vault_app.services import backup_keys, closed_vault_ledger

    try:
        held = folder_lock.acquire(folder)
    except VaultError:
        return [str(folder), BUSY], None
    try:
        try:
            vault = backup_keys.open_with_master(folder, master, store)
        except VaultError:
            return [str(folder), KEYS], None
        try:
            # Both anchors move, the keyring's too (found: the header's alone let the entry be dropped).
            if not closed_vault_ledger.append(vault, store, COPIED_BESIDE, entry):
                return [str(folder), ROLLED_BACK], None
            return None, _copy_of(vault)
        finally:
            with contextlib.suppress(VaultError):
                backup_keys.close_copy(vault)
    finally:
        held.release()


def _copy_of(vault: Vault) -> Path | None:
    from vault_app.services.backup_registry_copy import COPY_BESIDE, RESTORED

    marked = [e for e in vault.ledger.entries(kinds=(RESTORED,)) if e.payload.get(COPY_BESIDE)]
    return Path(str(marked[-1].payload[COPY_BESIDE])).resolve() if marked else None


__all__ = ["BUSY", "COPIED_BESIDE", "KEYS", "NOT_TOLD", "ROLLED_BACK", "WHY", "not_told_words", "payload", "record"]

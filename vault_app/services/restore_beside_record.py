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

The other way round, `--replaces-original` (the copy is the vault from now on): the vault left in
the original folder was not told either, and opened later it looked like the vault still (found:
last round's leftovers). So that restore writes REPLACED_BY (the copy's folder, the vault id, the
time) into the original's ledger the same way, and turns its automatic backups off (it would write
into the series the copy goes on with, and the copy's next backup would be refused); each unlock
of it then says which copy replaced it and when (reminders: REPLACED_BY_COPY).
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
# In the vault a copy restored with --replaces-original replaced: where that copy is, and since when.
REPLACED_BY = "backup.replaced_by"

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


NOT_TOLD_REPLACED = ("The vault in {original} could not be told it was replaced by this copy ({why}): opened, it will "
                     "not say so, and its automatic backups are still on. Stop using it, or turn its backups off.")
REPLACED_TOLD = ("The vault in {original} now says, when opened, that this copy replaced it; its automatic backups "
                 "are off.")


def replaced_not_told_words(not_told: list[str]) -> str:
    folder, why = not_told
    return NOT_TOLD_REPLACED.format(original=folder, why=WHY.get(why, why))


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


def record_replaced(original: Path, copy_folder: Path, vault_id: str, master: bytes, store: SecretStore,
                    current: Vault | None) -> list[str] | None:
    """After `backup restore --to COPY --replaces-original`: REPLACED_BY appended to the ledger of the
    vault left in `original` (the copy's folder, the vault id, when), and that vault's automatic
    backups turned off (it would write into, and thin, the series the copy goes on with). Opened
    later, it says so (`replaced_news`). None when done, else [the folder not told, why]."""
    from datetime import UTC, datetime

    from vault_app.services.restore_other_vault import vault_id_in

    place = original.resolve()
    if place == copy_folder.resolve() or vault_id_in(place) != vault_id:
        return None
    entry = payload(copy_folder.resolve(), vault_id) | {"at": datetime.now(UTC).isoformat(timespec="seconds")}
    not_told, _copy = _tell(place, entry, master, store, current, REPLACED_BY)
    return not_told


def replaced_news(vault: Vault) -> tuple[str, str] | None:
    """(the folder of the copy that replaced this vault, when) after `--replaces-original`, for the
    unlock's news; None when no restore replaced it (its newest REPLACED_BY entry, read by kind)."""
    told = vault.ledger.entries(kinds=(REPLACED_BY,))
    if not told:
        return None
    return str(told[-1].payload.get("path", "")), str(told[-1].payload.get("at", told[-1].time))


def _tell(folder: Path, entry: dict[str, str], master: bytes, store: SecretStore,
          current: Vault | None, kind: str = COPIED_BESIDE) -> tuple[list[str] | None, Path | None]:
    """(why not, or None; the folder this vault is a copy beside, or None)."""
    if current is not None and current.is_open and current.folder.resolve() == folder:
        current.ledger.append(kind, entry)
        if kind == REPLACED_BY:
            _backups_off(current)
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
            if not closed_vault_ledger.append(vault, store, kind, entry):
                return [str(folder), ROLLED_BACK], None
            if kind == REPLACED_BY:
                _backups_off(vault)
            return None, _copy_of(vault)
        finally:
            with contextlib.suppress(VaultError):
                backup_keys.close_copy(vault)
    finally:
        held.release()


def _backups_off(vault: Vault) -> None:
    """The vault left behind writes no more backups into the folder the copy goes on with."""
    from vault_app.services import backup_registry

    conf = backup_registry.settings(vault)
    if conf["auto"]:
        vault.update_settings(**{backup_registry.SETTINGS_KEY: conf | {"auto": False}})


def _copy_of(vault: Vault) -> Path | None:
    from vault_app.services.backup_registry_copy import COPY_BESIDE, RESTORED

    marked = [e for e in vault.ledger.entries(kinds=(RESTORED,)) if e.payload.get(COPY_BESIDE)]
    return Path(str(marked[-1].payload[COPY_BESIDE])).resolve() if marked else None


__all__ = [
    "BUSY",
    "COPIED_BESIDE",
    "KEYS",
    "NOT_TOLD",
    "NOT_TOLD_REPLACED",
    "REPLACED_BY",
    "REPLACED_TOLD",
    "ROLLED_BACK",
    "WHY",
    "not_told_words",
    "payload",
    "record",
    "record_replaced",
    "replaced_news",
    "replaced_not_told_words",
]

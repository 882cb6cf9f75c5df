"""The safety copy of a restore moved back by hand over the vault it was made of: accepted, once.

A restore over a vault keeps the vault it replaces as `<vault>-before-restore-<date and time>`
(restore_safety_copy), so that a restore made by mistake can be undone. Moved back into the vault's
folder, that copy is an older folder put back there: the keyring anchor (the restored vault's
ledger head, once it was locked) refuses it, and where the restore retired the key it signs with
(signing_keys_keyring), so does the record of retired keys. The therapist undoing her own restore
was refused as a stale snapshot would be.

So the restore, once its files are in place, records in the system keyring, under
"<vault id>/safety-copies", for the folder it restored into: the replaced vault's ledger head (the
last entry's number and MAC: what its safety copy holds) and the restored vault's. At the unlock of
that folder, a vault whose ledger holds the replaced head, and not the restored one, is that safety
copy (or the same vault grown since, in its own folder: opened there to look, then moved back) and
is let past the anchor and the retired-key check (`is_back`). Once it is unlocked there, the record
is spent (`after_unlock`): the key it signs with is no longer recorded as retired in that folder,
the next lock anchors its ledger, and from then on the folder is guarded as any other.

Why a security reviewer can accept it: the MAC is the ledger's own (keyed under the vault's ledger
MAC key), so no folder can claim to be the safety copy without being it; the safety copy opens at
its own path anyway (nothing here lets it do more than it could there); an older copy of the vault
(a snapshot from before the restore, or from before the replaced vault's last entry) does not hold
the replaced head and is refused as before; the restored vault's lineage holds its own head and is
never taken for the copy. What it does not do: a safety copy whose vault the restore could not read
(its keys replaced since the backup) has no head recorded, and is refused as an older folder;
without a keyring there is no anchor and no retired-key record to pass, and nothing is recorded.
Public numbers and MACs only, nothing secret.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from vault_app.crypto import keys
from vault_app.services.device_secret import SecretStore, folder_tag, json_record

if TYPE_CHECKING:
    from vault_app.services.ledger import Ledger

_KEEP = 8  # restores remembered per folder (the oldest go first)


def record_name(vault_id: str) -> str:
    return f"{vault_id}/safety-copies"


def _read(store: SecretStore, vault_id: str) -> dict[str, list[dict[str, object]]]:
    data = json_record(store, record_name(vault_id))
    out: dict[str, list[dict[str, object]]] = {}
    for tag, items in data.items():
        if isinstance(items, list):
            out[str(tag)] = [i for i in items if isinstance(i, dict) and _heads(i) is not None]
    return out


def _heads(item: dict[str, object]) -> tuple[tuple[int, bytes], tuple[int, bytes]] | None:
    try:
        replaced = (int(str(item["seq"])), bytes.fromhex(str(item["mac"])))
        restored = (int(str(item["restored_seq"])), bytes.fromhex(str(item["restored_mac"])))
    except (KeyError, ValueError):
        return None
    return replaced, restored


def remember(store: SecretStore, vault_id: str, folder: Path, safety: Path, replaced: tuple[int, str],
             restored: tuple[int, str]) -> bool:
    """Record that the safety copy `safety` of `folder` holds the ledger head `replaced`, and the
    restored vault now there the head `restored` ((number, MAC hex) each). False without a keyring
    or when its write failed (the copy moved back is then refused as any older folder)."""
    if not store.available():
        return False
    found, tag = _read(store, vault_id), folder_tag(folder)
    items = [*found.pop(tag, []), {"seq": replaced[0], "mac": replaced[1], "restored_seq": restored[0],
                                   "restored_mac": restored[1], "path": str(safety),
                                   "at": datetime.now(UTC).isoformat(timespec="seconds")}]
    found[tag] = items[-_KEEP:]
    return store.set(record_name(vault_id), json.dumps(found))


def recorded_path(store: SecretStore, vault_id: str, folder: Path, tags: set[str]) -> bool:
    """Whether `folder` is the safety copy a restore into one of the folders `tags` recorded
    (signing_keys_elsewhere: a safety copy opened where it was made)."""
    here = folder.expanduser().resolve()
    return any(Path(str(item.get("path", ""))).expanduser().resolve() == here
               for tag, items in _read(store, vault_id).items() if tag in tags for item in items
               if item.get("path"))


def _holds(ledger: Ledger, seq: int, mac: bytes) -> bool:
    row = ledger.store.get(seq) if seq else None
    return row is not None and keys.macs_equal(row.mac, mac)


def _matching(store: SecretStore, vault_id: str, folder: Path, ledger: Ledger) -> list[dict[str, object]]:
    out = []
    for item in _read(store, vault_id).get(folder_tag(folder), []):
        heads = _heads(item)
        assert heads is not None
        (seq, mac), (restored_seq, restored_mac) = heads
        if _holds(ledger, seq, mac) and not _holds(ledger, restored_seq, restored_mac):
            out.append(item)
    return out


def any_for(store: SecretStore, vault_id: str, folder: Path) -> bool:
    """Whether a restore into `folder` recorded its safety copy (the unlock hook's question)."""
    return bool(_read(store, vault_id).get(folder_tag(folder)))


def is_back(store: SecretStore, vault_id: str, folder: Path, ledger: Ledger) -> bool:
    """Whether the vault whose `ledger` is in `folder` is the safety copy of a restore into that
    folder, moved back (module docstring)."""
    return bool(_matching(store, vault_id, folder, ledger))


def spend(store: SecretStore, vault_id: str, folder: Path, ledger: Ledger) -> bool:
    """After the safety copy moved back was unlocked: forget it (every record of this folder it
    matches). True when there was one."""
    matched = _matching(store, vault_id, folder, ledger)
    if not matched:
        return False
    found, tag = _read(store, vault_id), folder_tag(folder)
    left = [i for i in found.get(tag, []) if i not in matched]
    if left:
        found[tag] = left
    else:
        found.pop(tag, None)
    store.set(record_name(vault_id), json.dumps(found))
    return True


__all__ = ["any_for", "is_back", "record_name", "recorded_path", "remember", "spend"]

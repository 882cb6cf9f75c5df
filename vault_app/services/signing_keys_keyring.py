"""The retired signing keys of each vault, remembered outside its folder: in the system keyring,
beside the ledger anchor (services/device_secret.py), under "<vault id>/retired-signing-keys".

What no folder can tell (services/restore_signing.py): the WHOLE older folder put back (a Time
Machine snapshot taken before "Replace every key": header, every compartment and ledger of one
time, consistent with each other), then a backup from before the replacement restored over it.
Nothing in that folder says the key was replaced, and the backup names it in use. This record
does: written at Replace every key and at each restore that retires a key, read by the restore's
decision (a key it names is retired, from the date it gives) and by the unlock (a vault whose key
in use this folder retired is an older folder put back: refused, as the anchor refuses an older
ledger).

Public fingerprints and dates only: nothing secret. JSON {fingerprint: {"at": when retired,
"in": [folder tags where]}} (device_secret.folder_tag). The restore believes every entry, whatever
the folder (a new key pair it did not strictly need refuses more, never less). The unlock refuses
only in a folder the key was retired in: a copy restored beside the vault (same vault id) that
replaced its own keys apart must not lock the therapist out of the vault she works in.

Written after what it records is on disk (the rekey's header write; the restore's files put in
place), never before: a machine stopping first leaves the old key in use with no record saying it
is retired, never a record refusing the vault it left. That gap (and a keyring write that failed)
is closed at the next unlock, which records the retired keys the unlocked header lists
(`after_unlock`). Without a keyring (`--no-keyring`, no keyring service, a keyring that refuses)
there is no record: the protection is then what the folder and the Emergency Kit's fingerprint
give. Whoever can use the therapist's account can also write or delete this record: it protects
against stale copies put back, not against an attacker holding the account (SECURITY.md).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from vault_app.crypto import signing
from vault_app.domain.errors import LedgerRollback
from vault_app.services import restore_safety_copy_back, signing_keys, signing_keys_elsewhere
from vault_app.services.device_secret import SecretStore, folder_tag, json_record
from vault_app.services.signing_keys import RetiredKey
from vault_app.storage.header import Header, unb64

if TYPE_CHECKING:
    from vault_app.services.ledger import Ledger


class Unlocked(Protocol):
    """The unlocked Vault, as the unlock hook reads it (not imported: vault_keys imports this module)."""

    @property
    def header(self) -> Header: ...
    @property
    def vault_id(self) -> str: ...
    @property
    def folder(self) -> Path: ...
    @property
    def keyring_store(self) -> SecretStore: ...
    @property
    def ledger(self) -> Ledger: ...


def record_name(vault_id: str) -> str:
    return f"{vault_id}/retired-signing-keys"


def _moment(text: str) -> datetime:
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return datetime.max.replace(tzinfo=UTC)
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def _read(store: SecretStore, vault_id: str) -> dict[str, dict[str, object]]:
    """The record, its entries that read as this module writes them; {} without a keyring or a record."""
    data = json_record(store, record_name(vault_id))
    out: dict[str, dict[str, object]] = {}
    for fp, entry in data.items():
        if isinstance(entry, dict) and isinstance(entry.get("at"), str) and isinstance(entry.get("in"), list):
            out[str(fp)] = {"at": entry["at"], "in": [str(t) for t in entry["in"]]}
            marks = entry.get("marks")
            if isinstance(marks, dict):
                out[str(fp)]["marks"] = {str(t): str(m) for t, m in marks.items()}
    return out


def lineage_mark(ledger: Ledger, retired_at: str) -> str:
    """What tells the older folders of the vault that retired a key from other vaults of its id
    (signing_keys_elsewhere): its newest restore's ledger entry (number and MAC) from before the key
    was retired, "" when it had none (the vault as made in its folder)."""
    until = _moment(retired_at)
    before = [e for e in ledger.entries(kinds=(signing_keys_elsewhere.RESTORED,)) if _moment(e.time) <= until]
    return f"{before[-1].seq}:{before[-1].mac_hex}" if before else ""


def marks_for(store: SecretStore, vault_id: str, fp: str) -> dict[str, str] | None:
    """The lineage mark of each folder `fp` was retired in; None where any is not known (recorded
    by a version before the marks, or by a restore: the next unlock there records it)."""
    entry = _read(store, vault_id).get(fp)
    if entry is None:
        return None
    marks = entry.get("marks")
    marks = marks if isinstance(marks, dict) else {}
    places = [str(t) for t in entry["in"]]  # type: ignore[attr-defined]
    return {t: str(marks[t]) for t in places} if all(t in marks for t in places) else None


def remembered(store: SecretStore, vault_id: str) -> list[tuple[str, str]]:
    """(fingerprint, when retired) of every signing key of this vault the keyring records as retired."""
    return [(fp, str(entry["at"])) for fp, entry in _read(store, vault_id).items()]


def retired_elsewhere(store: SecretStore, vault_id: str, folder: Path) -> list[str]:
    """The fingerprints the keyring records as retired only in folders other than `folder`: a copy of the
    vault elsewhere (one restored beside it) replaced its keys, this folder never did (restore_signing's
    REMEMBERED_ELSEWHERE says so)."""
    tag = folder_tag(folder)
    return [fp for fp, entry in _read(store, vault_id).items() if tag not in entry["in"]]  # type: ignore[operator]


def remember(store: SecretStore, vault_id: str, folder: Path, keys: Iterable[RetiredKey],
             ledger: Ledger | None = None) -> bool:
    """Record `keys` as retired in `folder` (the earlier date where two are known), with the folder's
    lineage mark when its `ledger` is given (`lineage_mark`; the first one recorded stays). True when
    the keyring holds them afterwards; False without a keyring or when its write failed (said by the
    caller where it matters; the next unlock tries again)."""
    if not store.available():
        return False
    found, tag, changed = _read(store, vault_id), folder_tag(folder), False
    for key in keys:
        entry = found.setdefault(key.fingerprint, {"at": key.retired_at, "in": []})
        places = entry["in"]
        assert isinstance(places, list)
        if _moment(key.retired_at) < _moment(str(entry["at"])):
            entry["at"], changed = key.retired_at, True
        if tag not in places:
            places.append(tag)
            changed = True
        marks = entry.setdefault("marks", {})
        assert isinstance(marks, dict)
        if ledger is not None and tag not in marks:
            marks[tag], changed = lineage_mark(ledger, key.retired_at), True
    return store.set(record_name(vault_id), json.dumps(found, sort_keys=True)) if changed else True


def check_in_use(store: SecretStore, vault_id: str, folder: Path, signing_private_key: bytes | None,
                 ledger: Ledger | None = None) -> None:
    """LedgerRollback when the key this folder's vault signs with was retired here, or retired in
    another folder and this one is not a copy with its own right to it (signing_keys_elsewhere:
    read from its `ledger`; module docstring)."""
    if signing_private_key is None:
        return
    fp = signing.fingerprint(signing.public_key(signing_private_key))
    entry = _read(store, vault_id).get(fp)
    if entry is None:
        return
    tags = {str(t) for t in entry["in"]}  # type: ignore[attr-defined]
    if folder_tag(folder) not in tags:
        if tags and ledger is not None and not signing_keys_elsewhere.legitimate(store, vault_id, folder, ledger,
                                                                                  tags, marks_for(store, vault_id, fp)):
            raise LedgerRollback(
                f"The system keyring recorded that this vault's signing key (fingerprint {fp}) was replaced on "
                f"{str(entry['at'])[:10]} (Replace every key) in another folder, but the vault here still signs "
                "with it, and it is neither a copy the app made of that vault nor a folder this vault was used in on "
                "this computer: it is an older copy of the vault put in a new place.",
                hint="Someone may have put an older copy of the whole vault folder here (a Time Machine snapshot "
                     "restored elsewhere, a sync tool). Open your vault in its own folder, or restore your newest "
                     "backup into this one; nothing was changed.",
                code="signing_key.keyring_retired_elsewhere",
                params={"fingerprint": fp, "retired": str(entry["at"])[:10]})
        return
    raise LedgerRollback(
        f"The system keyring recorded that this vault's signing key (fingerprint {fp}) was replaced on "
        f"{str(entry['at'])[:10]} (Replace every key), but the vault here still signs with it: it is an older copy.",
        hint="Someone may have put back an older copy of the whole vault folder (a Time Machine snapshot, a sync "
             "tool). Restore your newest backup over it; nothing was changed.",
        code="signing_key.keyring_retired", params={"fingerprint": fp, "retired": str(entry["at"])[:10]})


def forget_here(store: SecretStore, vault_id: str, folder: Path, fp: str) -> None:
    """The key `fp` no longer recorded as retired in `folder` (the restore that retired it there was
    undone: its safety copy moved back, restore_safety_copy_back). Kept for the restores' decisions
    while another folder retired it; gone once none did."""
    found = _read(store, vault_id)
    entry = found.get(fp)
    if entry is None:
        return
    places = [t for t in entry["in"] if t != folder_tag(folder)]  # type: ignore[attr-defined]
    if places:
        entry["in"] = places
        marks = entry.get("marks")
        if isinstance(marks, dict):
            marks.pop(folder_tag(folder), None)
    else:
        found.pop(fp)
    store.set(record_name(vault_id), json.dumps(found, sort_keys=True))


def after_unlock(vault: Unlocked) -> None:
    """Records the retired keys the unlocked (checked) header lists: what a rekey or restore stopped
    before its own keyring write, or whose write failed, is recorded now (module docstring). The
    safety copy of a restore moved back and unlocked here: that restore's record of it is spent, and
    the key it signs with is no longer retired in this folder (restore_safety_copy_back)."""
    store = vault.keyring_store
    if restore_safety_copy_back.spend(store, vault.vault_id, vault.folder, vault.ledger):
        in_use = signing.fingerprint(unb64(vault.header.signing_public_key))
        forget_here(store, vault.vault_id, vault.folder, in_use)
    remember(store, vault.vault_id, vault.folder, signing_keys.retired(vault.header), vault.ledger)


__all__ = ["after_unlock", "check_in_use", "forget_here", "lineage_mark", "marks_for", "record_name", "remember",
           "remembered"]

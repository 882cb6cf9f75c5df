"""What a rotation removed from a backup repository, written into the repository itself.

Found by a walker in the real app: a copy of the vault (same vault id) backed up into the
original's repository and its rotation deleted snapshots the original still registers; the
original's Backups window then listed them as "missing" with no reason, as if a drive were
unplugged. The copy's ledger, which recorded the deletion, is not the original's to read. So a
rotation also leaves, before it deletes a snapshot, a line in REPO/vault-app-removed.json (the
snapshot's name, the vault id, the moment): a registered snapshot found gone, named there under
this vault's id while this vault's ledger has no record of rotating it, was removed by another
copy of this vault (backup_changed.explain_missing). A folder of single files gets the same note
beside its files (found by a walker: a `cp -a` copy's `backup create --to` rotated the original's
file of the same day out, and the original listed it "missing", its Today card "connect its
drive", with the folder there: the note was written only into repositories).

Each line carries an HMAC-SHA256 under a key derived from the vault's master key as the
repository's chunk keys are (HKDF, salt = vault id, a label of its own), over the snapshot's
name, the vault id and the moment: anyone can write to the drive, and an unauthenticated note
let them make a snapshot deleted by hand read as "removed by another copy", or change when. A
line that does not verify is ignored (logged without the name, the id or the moment) and kept
when the file is rewritten: it may be a copy's under keys of its own (after Replace every key).
An older copy of the file put back only loses lines: those snapshots read "missing" again.
Written atomically under the repository's lock the rotation holds; a damaged or foreign file is
read as empty.
"""

from __future__ import annotations

import contextlib
import json
import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vault_app.crypto import keys
from vault_app.domain.errors import VaultError
from vault_app.services import backup_keys
from vault_app.services.backup_registry import folder_of
from vault_app.services.vault import Vault
from vault_app.storage.files import atomic_write, read_regular

log = logging.getLogger(__name__)

NAME = "vault-app-removed.json"
FORMAT = "vault-app-removed"
_KEEP = 2000  # names kept, newest last: a rotation a day for years, a few dozen KiB
_MAX_BYTES = 1024 * 1024


def _read(repo_root: Path) -> dict[str, dict[str, Any]]:
    try:
        raw = read_regular(repo_root / NAME, _MAX_BYTES)
        data = json.loads(raw) if raw is not None and len(raw) <= _MAX_BYTES else None
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("removed"), dict):
        return {}
    return {str(k): v for k, v in data["removed"].items() if isinstance(v, dict)}


def _key(vault: Vault) -> bytes:
    """The note's MAC key: of the repository's key family (storage/chunk_store.ChunkKeys)."""
    return keys.hkdf(backup_keys.master_of(vault), info="vault-app/repo/v1/removed-note",
                     salt=bytes.fromhex(vault.vault_id))


def _mac(key: bytes, name: str, vault_id: str, time: str, sha256: str = "") -> str:
    # A line written before lines named the file's checksum has none, and is MAC'ed without it.
    said = json.dumps([FORMAT, name, vault_id, time, *([sha256] if sha256 else [])], separators=(",", ":")).encode()
    return keys.mac(key, said).hex()


def record(snapshot: Path, vault: Vault, sha256: str = "") -> None:
    """Said before `snapshot` (REPO/snapshots/NAME.vrs, or a single file) is deleted by this vault's
    rotation. Best effort: a drive that refuses the write refuses the deletion next (rotation is
    housekeeping). `sha256`: the registered backup's, which tells it from a later file of its name."""
    root = folder_of(snapshot)
    removed = _read(root)
    removed.pop(snapshot.name, None)
    time = datetime.now(UTC).isoformat(timespec="seconds")
    removed[snapshot.name] = {"vault_id": vault.vault_id, "time": time, "sha256": sha256,
                              "mac": _mac(_key(vault), snapshot.name, vault.vault_id, time, sha256)}
    kept = dict(list(removed.items())[-_KEEP:])
    # A full or read-only drive is said as a VaultError (classify_os_error); the deletion that
    # follows then meets it too, and rotation is housekeeping.
    with contextlib.suppress(OSError, VaultError):
        atomic_write(root / NAME, json.dumps({"format": FORMAT, "removed": kept}, indent=1).encode(),
                     what="noting a rotation in the backup folder")


def removed_by(snapshot: Path, vault: Vault, sha256: str = "") -> str | None:
    """When the rotation of a copy of this vault removed `snapshot`, or None when no rotation
    says so with a line that verifies (a drive unplugged, a file deleted by hand). `sha256`: the
    registered backup's; a line naming another file's is of an earlier file of that name (a day's
    single-file name is taken again once the first is rotated out)."""
    said = _read(folder_of(snapshot)).get(snapshot.name)
    if said is None or said.get("vault_id") != vault.vault_id:
        return None
    time, mac, named = said.get("time"), said.get("mac"), said.get("sha256", "")
    if not (isinstance(time, str) and time and isinstance(mac, str) and isinstance(named, str)
            and keys.macs_equal(mac.encode(), _mac(_key(vault), snapshot.name, vault.vault_id, time,
                                                   named).encode())):
        log.warning("A line of the backup folder's note of removals does not verify under this vault's keys: "
                    "ignored (written by hand, changed, or by a copy under keys of its own).")
        return None
    if named and sha256 and named != sha256:
        return None  # another file of that name, made after that one was removed
    return time


def names_this_file(snapshot: Path, vault_id: str, sha256: str) -> str | None:
    """When a line of the note names `snapshot` of `vault_id` by this very file's checksum, its
    moment, MAC unchecked: for the words of a restore refused anyway (parts of the backup folder
    it names are gone) when no copy of the vault the restore can read says so, e.g. with the
    backup's own passphrase after Replace every key (found by a walker: said "damaged ... check
    the disk or drive"). Never a backup's state: a line written by hand cannot make a refused
    restore succeed, only word its refusal."""
    said = _read(folder_of(snapshot)).get(snapshot.name)
    if said is None or said.get("vault_id") != vault_id or not sha256 or said.get("sha256") != sha256:
        return None
    time = said.get("time")
    return time if isinstance(time, str) and time else None


__all__ = ["NAME", "names_this_file", "record", "removed_by"]

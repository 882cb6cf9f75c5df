"""What a rotation removed from a backup repository, written into the repository itself.

Found by a walker in the real app: a copy of the vault (same vault id) backed up into the
original's repository and its rotation deleted snapshots the original still registers; the
original's Backups window then listed them as "missing" with no reason, as if a drive were
unplugged. The copy's ledger, which recorded the deletion, is not the original's to read. So a
rotation also leaves, before it deletes a snapshot, a line in REPO/vault-app-removed.json (the
snapshot's name, the vault id, the moment): a registered snapshot found gone, named there under
this vault's id while this vault's ledger has no record of rotating it, was removed by another
copy of this vault (backup_changed.explain_missing).

Like the owner's marker (backup_repo_owner), the file is not authenticated and says nothing the
folder does not already show (names, the vault id in the clear); it only tells what happened,
and someone who can write to the drive can delete the snapshots anyway. Written atomically
under the repository's lock the rotation holds; a damaged or foreign file is read as empty.
"""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vault_app.domain.errors import VaultError
from vault_app.storage.files import atomic_write, read_regular

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


def record(snapshot: Path, vault_id: str) -> None:
    """Said before `snapshot` (REPO/snapshots/NAME.vrs) is deleted by this vault's rotation.
    Best effort: a drive that refuses the write refuses the deletion next (rotation is housekeeping)."""
    root = snapshot.parent.parent
    removed = _read(root)
    removed.pop(snapshot.name, None)
    removed[snapshot.name] = {"vault_id": vault_id, "time": datetime.now(UTC).isoformat(timespec="seconds")}
    kept = dict(list(removed.items())[-_KEEP:])
    # A full or read-only drive is said as a VaultError (classify_os_error); the deletion that
    # follows then meets it too, and rotation is housekeeping.
    with contextlib.suppress(OSError, VaultError):
        atomic_write(root / NAME, json.dumps({"format": FORMAT, "removed": kept}, indent=1).encode(),
                     what="noting a rotation in the backup folder")


def removed_by(snapshot: Path, vault_id: str) -> str | None:
    """When the rotation of a vault with this id removed `snapshot`, or None when no rotation
    says so (a drive unplugged, a file deleted by hand)."""
    if snapshot.parent.name != "snapshots":
        return None
    said = _read(snapshot.parent.parent).get(snapshot.name)
    if said is None or said.get("vault_id") != vault_id:
        return None
    return str(said.get("time") or "") or None


__all__ = ["NAME", "record", "removed_by"]

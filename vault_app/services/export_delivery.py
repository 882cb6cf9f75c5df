"""Settling an export's delivery: the file found whole, or the disclosure marked not delivered.

An export logs its disclosure before it writes the file (services/export.py); what a crash
between the two left 'pending' is settled here, after every unlock (services/unlock_hooks.py)
and before each export, accounting and dashboard. Kept apart from export.py so that the unlock
hook does not import the export's own machinery.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path

from vault_app.services import request_records
from vault_app.services.clinical_common import now_iso
from vault_app.services.vault import Vault
from vault_app.storage import disclosure_records as records

STALE_AFTER = timedelta(hours=1)
DISCLOSURE = "disclosure"
NOT_DELIVERED = "disclosure.not_delivered"


def not_delivered(vault: Vault, disclosure_id: str, seq: int, reason: str) -> None:
    vault.ledger.append(NOT_DELIVERED, {"disclosure_id": disclosure_id, "disclosure_seq": seq, "reason": reason})
    with vault.records.transaction():
        records.update_delivery(vault.records, disclosure_id, status="not_delivered", updated_at=now_iso(),
                                ledger_seq=seq, reason=reason)


def _sha_of(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _remove_temp_files(path: Path) -> None:
    with contextlib.suppress(OSError):
        for stale in path.parent.glob(f".{path.name}.tmp-*"):
            stale.unlink()


def owner() -> str:
    return f"{os.getpid()}@{socket.gethostname()}"


def _may_be_running(row: records.DeliveryRow) -> bool:
    """Whether the export that left this row pending could still be writing its file."""
    try:
        age = datetime.now(UTC) - datetime.fromisoformat(row.created_at)
    except ValueError:
        return False
    if age > STALE_AFTER:
        return False
    pid_text, _, host = row.owner.partition("@")
    if not pid_text.isdigit() or host != socket.gethostname():
        return age < timedelta(minutes=15)  # another machine (a synced folder): give it time
    pid = int(pid_text)
    if pid == os.getpid():
        return True  # an export running on another thread of this process
    if os.name != "posix":
        return age < timedelta(minutes=15)  # os.kill(pid, 0) would terminate the process on Windows
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def settle(vault: Vault, disclosure_id: str, seq: int, path: Path, sha: str | None, reason: str,
            answered: request_records.Answered | None = None) -> None:
    if sha is not None and _sha_of(path) == sha:
        if answered is not None:
            request_records.settle(vault, answered)
        with vault.records.transaction():
            records.update_delivery(vault.records, disclosure_id, status="delivered", updated_at=now_iso(),
                                    ledger_seq=seq)
    else:
        not_delivered(vault, disclosure_id, seq, reason)
    _remove_temp_files(path)


def settle_unwritten(vault: Vault, disclosure_id: str, seq: int, path: Path, sha: str, reason: str) -> None:
    """A logged disclosure whose file could not be written (a superbill's): settled now."""
    settle(vault, disclosure_id, seq, path, sha, reason)


def reconcile_pending(vault: Vault) -> list[str]:
    """Settle deliveries a crash left 'pending'. Idempotent; returns the ids it settled.

    Registered to run after every unlock, and called before each export, accounting and
    dashboard. A row whose exporting process may still be running is left alone.
    """
    pending = [r for r in records.deliveries(vault.records, status="pending") if not _may_be_running(r)]
    if not pending:
        return []
    logged = {str(e.payload.get("disclosure_id")): e for e in vault.ledger.entries(kinds=(DISCLOSURE,))}
    settled = []
    for row in pending:
        entry = logged.get(row.disclosure_id)
        path = Path(row.out_path)
        if entry is None:
            # Died before the ledger commit: nothing was disclosed and nothing was logged.
            with vault.records.transaction():
                records.delete_delivery(vault.records, row.disclosure_id)
            _remove_temp_files(path)
        else:
            settle(vault, row.disclosure_id, entry.seq, path, entry.payload.get("sha256"),
                    "the export was interrupted before the file was written",
                    request_records.answered(entry.payload.get("extra"), row.client_id, row.disclosure_id))
        settled.append(row.disclosure_id)
    return settled


__all__ = ["DISCLOSURE", "NOT_DELIVERED", "not_delivered", "owner", "reconcile_pending", "settle",
           "settle_unwritten"]

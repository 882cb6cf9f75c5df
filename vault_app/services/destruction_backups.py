"""A destruction in the registered backups: purge each one present, search the purged
copy, and say plainly which registered backups could not be reached (a drive not
plugged in): those still hold the chart until `destruction purge-backups` runs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vault_app.services import backup, backup_registry
from vault_app.services import destruction_verify as verify
from vault_app.services.destruction_steps import StepLog, Target, erase
from vault_app.services.vault import Vault

_KEEP = ("backup_id", "path", "status", "ok", "ledger_seq", "error")


def purge(
    vault: Vault, target: Target, scan: verify.ContentScan | None, destroyed_keys: dict[str, str]
) -> list[dict[str, Any]]:
    """Purge the chart from every registered backup that is present, then search each
    purged copy (decrypted with the vault's keys) and the new backup file (raw)."""
    checked: list[dict[str, Any]] = []

    def destroy_in_copy(copy: Vault) -> None:
        erase(copy, target, StepLog(), label="backup:")
        if scan is not None:
            scan.copy(copy, f"backup {len(checked) + 1}: ")
        checked.append(verify.copy_structural(copy, target, destroyed_keys))

    results = backup.purge_from_backups(vault, destroy_in_copy)
    out = []
    # purge_from_backups lists the backups it ran `destroy` on first, in call order.
    for i, result in enumerate(results):
        entry = {k: v for k, v in result.items() if k in _KEEP}
        if i < len(checked) and result.get("status") == "purged":
            entry.update(checked[i])
            if checked[i].get("rows_remaining") or checked[i].get("key_problems"):
                entry["ok"] = False
            backup_file = Path(str(result["path"]))
            if scan is not None and backup_file.is_file():
                scan.raw_file(backup_file, f"backup file {backup_file.name}")
        out.append(entry)
    return out


def unreachable(vault: Vault) -> list[dict[str, Any]]:
    """Registered backups whose file is not there now (an unplugged drive, a moved file)."""
    return [
        {"backup_id": b.backup_id, "path": b.path, "created": b.created, "status": "not reachable"}
        for b in backup_registry.registered(vault)
        if b.state() == "missing"
    ]


def inspect(vault: Vault, target: Target, destroyed_keys: dict[str, str]) -> list[dict[str, Any]]:
    """Open each present registered backup read-only and repeat the structural checks."""
    return backup.inspect_backups(vault, lambda copy: verify.copy_structural(copy, target, destroyed_keys))

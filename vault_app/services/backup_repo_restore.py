"""Restoring a snapshot of a backup repository: its parts are rebuilt and checked in the
restore's own staging folder beside the target, then the single-file restore's steps run
on that folder (services/backup_restore.restore_folder: destructions re-applied, the
restore recorded, a safety copy, the files moved in). Apart from backup_repo because the
restore re-applies destructions, and the destruction purges repositories (no import
circle between the two)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from vault_app.services import backup_keys
from vault_app.services.backup import verify_backup
from vault_app.services.backup_repo import REPO_FORMAT, is_snapshot, verify_snapshot
from vault_app.services.backup_repo_read import materialize, repository_of
from vault_app.services.backup_restore import Checked, RestoreReport, Unpacker, restore_backup, restore_folder
from vault_app.services.device_secret import SecretStore
from vault_app.services.vault import Vault


def _materialize(snapshot: Path, full: bool) -> Unpacker:
    def into(source: backup_keys.KeySource, staging: Path) -> Checked:
        # deep: every chunk, and every page and the whole ledger chain and its head once,
        # now or (recorded in the manifest) when the snapshot was made.
        m = materialize(snapshot, source, staging, deep=True, full=full)
        return Checked(m.header, m.master, m.psychotherapy_wraps, m.ledger_head, str(m.body["created"]),
                       m.sha256, m.size, REPO_FORMAT, m.check)
    return into


def restore_snapshot(
    path: Path, to_dir: Path, *, passphrase: str | None = None, recovery_key: str | None = None,
    new_passphrase: str | None = None, overwrite: bool = False, current: Vault | None = None,
    newer_ledger: Path | None = None, known_copies: Sequence[Path] = (), secrets_store: SecretStore | None = None,
    full: bool = False, other_vault: bool = False, replaces_original: bool = False, asked_sha256: str | None = None,
    current_passphrase: str | None = None,
) -> RestoreReport:
    """Restore the snapshot `path` (REPO/snapshots/NAME.vrs) into `to_dir` with every check
    and every destruction re-applied as `restore_backup` does. The snapshot itself is what
    the restored vault registers (no temporary file is made or registered)."""
    path = Path(path).expanduser().resolve()
    repository_of(path)  # a clear message for a file that is not a snapshot, before any key is asked
    return restore_folder(
        path, _materialize(path, full), to_dir, passphrase=passphrase, recovery_key=recovery_key,
        new_passphrase=new_passphrase, overwrite=overwrite, current=current, newer_ledger=newer_ledger,
        known_copies=known_copies, secrets_store=secrets_store, other_vault=other_vault,
        replaces_original=replaces_original, asked_sha256=asked_sha256, current_passphrase=current_passphrase,
    )


def verify_copy(path: Path, *, vault: Vault | None = None, full: bool = False) -> dict[str, Any]:
    """Check a backup file or a snapshot completely (the GUI's "Check the selected backup");
    its result's "check" and "checked" say which checks ran now and which were recorded."""
    if is_snapshot(Path(path)):
        return verify_snapshot(path, vault=vault, full=full)
    return verify_backup(path, vault=vault, full=full)


def restore_copy(
    path: Path, to_dir: Path, *, passphrase: str | None = None, overwrite: bool = False,
    current: Vault | None = None, known_copies: Sequence[Path] = (), other_vault: bool = False,
    asked_sha256: str | None = None, recovery_key: str | None = None, new_passphrase: str | None = None,
) -> RestoreReport:
    """Restore a backup file or a snapshot (the GUI's restore of the selected backup), opened with its
    passphrase or with the Emergency Kit (`recovery_key`, and the restored vault's `new_passphrase`)."""
    restore = restore_snapshot if is_snapshot(Path(path)) else restore_backup
    return restore(path, to_dir, passphrase=passphrase, overwrite=overwrite, current=current,
                   known_copies=known_copies, other_vault=other_vault, asked_sha256=asked_sha256,
                   recovery_key=recovery_key, new_passphrase=new_passphrase)


__all__ = ["restore_copy", "restore_snapshot", "verify_copy"]

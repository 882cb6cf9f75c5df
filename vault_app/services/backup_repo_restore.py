"""Restoring a snapshot of a backup repository (services/backup_repo.py) through the
single-file restore: apart from backup_repo because the restore re-applies destructions,
and the destruction purges repositories (no import circle between the two)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from vault_app.services import backup_keys
from vault_app.services.backup_archive import pack_folder, private_tempdir, sweep_stale
from vault_app.services.backup_repo_read import materialize, repository_of
from vault_app.services.backup_restore import RestoreReport, restore_backup
from vault_app.services.device_secret import SecretStore
from vault_app.services.vault import Vault
from vault_app.storage.files import os_errors


def restore_snapshot(
    path: Path, to_dir: Path, *, passphrase: str | None = None, recovery_key: str | None = None,
    new_passphrase: str | None = None, overwrite: bool = False, current: Vault | None = None,
    newer_ledger: Path | None = None, known_copies: Sequence[Path] = (), secrets_store: SecretStore | None = None,
) -> RestoreReport:
    """Restore a snapshot through the single-file restore (services/backup_restore.py):
    its parts are rebuilt and checked in a private folder of the repository, packed into
    a private, temporary backup file under the same master key, and that file is restored
    with every check and every destruction re-applied as `restore_backup` does. The
    temporary file is removed in any case."""
    path = Path(path).expanduser().resolve()
    repo = repository_of(path)
    source = backup_keys.master_source(passphrase=passphrase, recovery_key=recovery_key, vault=current,
                                       secrets_store=secrets_store)
    sweep_stale(repo.root)
    with private_tempdir(repo.root, "restore") as work:
        parts = work / "parts"
        with os_errors("preparing the restore"):
            parts.mkdir(mode=0o700)
        m = materialize(path, source, parts, deep=False)  # restore_backup checks every page
        container = work / "snapshot.vaultbackup"
        pack_folder(parts, container, m.header, m.master, m.ledger_head, str(m.body["created"]))
        report = restore_backup(
            container, to_dir, passphrase=passphrase, recovery_key=recovery_key, new_passphrase=new_passphrase,
            overwrite=overwrite, current=current, newer_ledger=newer_ledger, known_copies=known_copies,
            secrets_store=secrets_store,
        )
    report.backup_sha256 = m.sha256
    return report


__all__ = ["restore_snapshot"]

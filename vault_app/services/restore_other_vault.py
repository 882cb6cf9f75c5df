"""A restore of another vault's backup over a vault (a second drive's, an old practice's):
how it is recognised before anything changes, and the refusal the therapist confirms (the CLI's
--other-vault, the app's question). Split from services/backup_restore.py."""

from __future__ import annotations

from pathlib import Path

from vault_app.domain.errors import RefusedByPolicy, VaultError
from vault_app.services.backup_archive import HEADER_PART
from vault_app.storage import header as header_io
from vault_app.storage.compartment import COMPARTMENT_FILES

_VAULT_FILES = (HEADER_PART, *COMPARTMENT_FILES.values())


class RestoreOfAnotherVault(RefusedByPolicy):
    """The backup is of another vault than the one it would replace (a second drive's, an
    old practice's): refused unless confirmed (`other_vault=True`, the CLI's --other-vault,
    the app's question), before anything changes."""


def another_vault_refusal(path: Path, to_dir: Path) -> RestoreOfAnotherVault:
    return RestoreOfAnotherVault(
        f"{path.name} is a backup of another vault, not of the vault in {to_dir}; nothing was changed.",
        hint="Check that this is the right drive and the right backup. To replace this vault with that other "
             "vault all the same, confirm with --other-vault (a safety copy of the vault there now is kept beside "
             "it).", code="restore.another_vault")


def vault_id_in(folder: Path) -> str | None:
    """The id in the header of the vault in `folder` (written in the clear), None when there
    is none or it cannot be read (a damaged vault: nothing to compare with)."""
    try:
        return header_io.read(folder).vault_id
    except (VaultError, OSError):
        return None


def backup_vault_id(path: Path) -> str | None:
    """The vault id a backup file or snapshot names in its key block, read without any key
    (docs/backup.md: the key block's few values are scrambled, not secret); None when it
    cannot be read (the restore itself then says what is wrong). Not authenticated: the
    restore checks it again once the backup is opened."""
    from vault_app.storage import backup_format, snapshot_manifest
    from vault_app.storage.chunk_store import is_snapshot_path

    try:
        if is_snapshot_path(path):
            from vault_app.services.backup_repo_read import read_manifest_file

            return snapshot_manifest.read_slots(read_manifest_file(path)).vault_id.hex()
        return backup_format.read_slots(path).vault_id.hex()
    except (VaultError, OSError, ValueError):
        return None


def vault_files_in(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return [folder / n for n in _VAULT_FILES if (folder / n).exists()]


__all__ = ["RestoreOfAnotherVault", "another_vault_refusal", "backup_vault_id", "vault_files_in",
           "vault_id_in"]

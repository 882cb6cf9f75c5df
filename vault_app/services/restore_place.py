"""Where a restored vault may not be made: inside another vault's folder, or in a backup folder
(services/kept_places.py: by any path to it, a link, ".." after a link, another case of the
letters). Found after the thirty-eighth round's walk: saved files were refused in those places,
a restore was not, so `backup restore ... --to <vault>/blobs/x` made a vault inside another
vault's folder (lost, copied and deleted with it), and `--to <backup folder>/restored` a vault
among the backups (no rotation nor destruction's purge knows it). Judged before anything is
written; a vault in the target folder itself is the restore's own question (--overwrite)."""

from __future__ import annotations

from pathlib import Path

from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import kept_places


def refuse_restore_place(to_dir: Path) -> None:
    """A sentence when a vault restored into `to_dir` would lie in another vault's folder or in
    a backup folder."""
    vault_folder = kept_places.vault_folder_of(to_dir)
    if vault_folder is not None:
        raise RefusedByPolicy(
            f"{to_dir} is inside the vault folder {vault_folder}; nothing was restored.",
            hint="Restore into a folder of its own, outside any vault's folder, for example beside it.",
            code="restore.inside_vault_folder", field="to_dir", params={"folder": str(vault_folder)},
        )
    backups = kept_places.backup_folder_of(to_dir, itself=True)
    if backups is not None:
        raise RefusedByPolicy(
            f"{to_dir} is inside the backup folder {backups}; nothing was restored.",
            hint="Restore into a folder outside the backup folder, for example beside it.",
            code="restore.inside_backup_folder", field="to_dir", params={"folder": str(backups)},
        )


__all__ = ["refuse_restore_place"]

"""Where a backup folder may not be: in a vault's folder, this vault's or another's, reached by
any path (a link, ".." after a link, another case of the letters on a disk that ignores case:
services/kept_places.py). Found by the attacker's walk (thirty-eighth round): the vault's own
folder was refused by comparing resolved paths, which a disk that ignores case answers wrongly,
and another vault's folder was taken as a backup folder, its files and the backups then lost
together, and either able to replace the other's."""

from __future__ import annotations

from pathlib import Path

from vault_app.domain.errors import InvalidInput
from vault_app.services import kept_places


def refuse_in_a_vault_folder(target: Path, vault_folder: Path) -> None:
    """A sentence when `target` is, or lies in, `vault_folder` (which may hold no vault yet: the
    first-run wizard asks before creating it) or any vault's folder."""
    if kept_places.lies_in(target, vault_folder, itself=True):
        raise InvalidInput("Backups cannot be kept inside the vault folder.", hint="Choose another folder or drive.",
                           code="backup.inside_vault", field="target")
    other = kept_places.vault_folder_of(target, itself=True)
    if other is not None:
        raise InvalidInput(f"Backups cannot be kept inside a vault's folder ({other}): that vault and the backups "
                           "would be lost together, and either could replace the other's files.",
                           hint="Choose a folder of their own, on an external drive if you can.",
                           code="backup.in_a_vault_folder", field="target", params={"folder": str(other)})
    part = kept_places.repository_part_of(target, itself=True)
    if part is not None:
        raise InvalidInput(f"Backups cannot be kept in {part}: that folder holds the backups of another backup "
                           "folder, and the two could damage each other.",
                           hint="Choose a folder outside that backup folder.", code="backup.in_a_repository_part",
                           field="target", params={"folder": str(part)})


__all__ = ["refuse_in_a_vault_folder"]

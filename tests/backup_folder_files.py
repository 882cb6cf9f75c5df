"""A backup folder's entries as a test compares them: the folder's mark left out.

Why: since services/backup_folder_mark.py, a vault's first backup into a folder also writes
FOLDER/vault-app-backup-folder-VAULTID.json there, so a test that says "only the backup is left"
(or "nothing temporary is left") by listing the folder would count the mark as a stray file.
The mark is expected; it is left out by the product's own name pattern (PREFIX and SUFFIX, as
backup_folder_mark.any_mark reads a mark), never by a copied string, and only as the mark:

- a regular file named as a mark, nothing else (a folder or link under that name stays listed);
- a mark's temporary (.vault-app-backup-folder-ID.json.RANDOM.partial-PID, left by a writer
  killed mid-write) is NOT a mark: it stays listed, so a test of "nothing temporary left" still
  fails on it.
"""

from __future__ import annotations

import os
from pathlib import Path

from vault_app.services.backup_folder_mark import PREFIX, SUFFIX


def is_folder_mark(entry: Path) -> bool:
    """Whether `entry` is a backup folder's mark: its name as the product makes it, a regular file."""
    name = entry.name
    return (name.startswith(PREFIX) and name.endswith(SUFFIX) and len(name) > len(PREFIX) + len(SUFFIX)
            and entry.is_file() and not entry.is_symlink())


def backup_folder_names(folder: Path | str) -> list[str]:
    """The sorted names in `folder`, its mark(s) left out (temporaries of a mark kept)."""
    root = Path(os.fspath(folder))
    return sorted(p.name for p in root.iterdir() if not is_folder_mark(p))


def backup_folder_entries(folder: Path | str) -> list[Path]:
    """The entries of `folder` (paths, in the order `iterdir` gives), its mark(s) left out."""
    root = Path(os.fspath(folder))
    return [p for p in root.iterdir() if not is_folder_mark(p)]


__all__ = ["backup_folder_entries", "backup_folder_names", "is_folder_mark"]

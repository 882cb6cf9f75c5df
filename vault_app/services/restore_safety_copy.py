"""The safety copy a restore keeps of the vault it replaces, written beside it before a single
file of that vault changes. Apart from services/backup_restore.py (the restore's order)."""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

from vault_app.services.backup_archive import HEADER_PART
from vault_app.storage import blob_store
from vault_app.storage.compartment import COMPARTMENT_FILES
from vault_app.storage.files import PRIVATE_DIR, fsync_dir, os_errors
from vault_app.storage.layout import SIDE_SUFFIXES

_VAULT_FILES = (HEADER_PART, *COMPARTMENT_FILES.values())


def safety_copy_path(to_dir: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = to_dir.parent / f"{to_dir.name}-before-restore-{stamp}"
    n = 2
    while candidate.exists():
        candidate = to_dir.parent / f"{to_dir.name}-before-restore-{stamp}-{n}"
        n += 1
    return candidate


def make_safety_copy(to_dir: Path, dest: Path) -> None:
    with os_errors("keeping a safety copy of the current vault"):
        dest.mkdir(mode=PRIVATE_DIR)
    try:
        copy_vault_files(to_dir, dest)
    except BaseException:
        # Ctrl-C or a full disk half-way: the vault itself is untouched, a partial copy of it
        # would only be a stray folder that looks like a safety copy.
        shutil.rmtree(dest, ignore_errors=True)
        raise


def copy_vault_files(to_dir: Path, dest: Path) -> None:
    with os_errors("keeping a safety copy of the current vault"):
        for name in _VAULT_FILES:
            for suffix in ("", *SIDE_SUFFIXES):
                src = to_dir / (name + suffix)
                if src.exists():
                    shutil.copy2(src, dest / src.name)
                    os.chmod(dest / src.name, 0o600)  # copy2 copies the mode; a copy is private whatever it was
                    with open(dest / src.name, "rb+") as fh:
                        os.fsync(fh.fileno())
        blob_store.keep_in_safety_copy(to_dir, dest)
        fsync_dir(dest)
        fsync_dir(dest.parent)


__all__ = ["copy_vault_files", "make_safety_copy", "safety_copy_path"]

"""A newer records.db or psychotherapy.db kept beside the vault's (`<file>.replaced-<moment>`,
storage/compartment_own_file.py's name): when the file at the name is older than the ledger beside it, such
a file of the same vault whose stamp (storage/integrity_stamp.py) has the changes the ledger recorded is the
one to put back first, before any restore (a restore replaces the newer files beside it too). As
storage/ledger_kept_beside.py does for an older ledger.db.

Each candidate is read through integrity_stamp.read_file (read-only; another vault's key or a damaged file
does not open and is passed over); nothing in it is written."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from vault_app.domain.errors import VaultError
from vault_app.storage import integrity_stamp
from vault_app.storage.compartment_own_file import kept_copies


def newer_kept_beside(folder: Path, filename: str, name: str, key: bytes,
                      fits: Callable[[integrity_stamp.Stamp], bool]) -> str | None:
    """The name of the newest `<filename>.replaced-*` in `folder` (by the moment in its name) that opens
    under compartment `name`'s `key` and whose stamp `fits` (the caller: not older than the ledger recorded,
    and no entry the ledger lacks), or None."""
    with contextlib.suppress(OSError):
        for path in kept_copies(Path(folder), filename):
            try:
                stamp = integrity_stamp.read_file(path, key, name)
            except VaultError:
                continue  # another vault's key, a damaged file, not a compartment
            if fits(stamp):
                return path.name
    return None


__all__ = ["newer_kept_beside"]

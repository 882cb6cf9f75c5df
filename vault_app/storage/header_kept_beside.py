"""A newer vault.header kept beside the vault's (`vault.header.replaced-<moment>`,
storage/header_own_file.py's name): when the header at the name is older than the files beside it,
such a file of the same vault with a later generation is the one to put back first, before any
restore (a restore replaces the newer records and ledger too). Found by a walker: with an older
vault.header put back, the unlock's only advice was "Restore from your latest verified backup"."""

from __future__ import annotations

import contextlib
from pathlib import Path

from vault_app.domain.errors import VaultError
from vault_app.storage import header as header_io
from vault_app.storage.compartment_own_file import KEPT_MARK
from vault_app.storage.header import HEADER_NAME, Header


def newer_kept_beside(folder: Path, header: Header) -> str | None:
    """The name of the newest `vault.header.replaced-*` in `folder` that is this vault's and newer
    than `header` (a higher generation), or None. Each read is a header's size; an unreadable one
    is passed over."""
    best: tuple[int, str] | None = None
    with contextlib.suppress(OSError):
        for path in Path(folder).glob(f"{HEADER_NAME}{KEPT_MARK}*"):
            try:
                found = header_io.decode(path.read_bytes())
            except (VaultError, OSError, ValueError):
                continue
            if found.vault_id == header.vault_id and found.generation > header.generation and (
                    best is None or found.generation > best[0]):
                best = (found.generation, path.name)
    return best[1] if best else None


__all__ = ["newer_kept_beside"]

"""Every attachment file a vault folder's records name, checked whole (live or a backup copy):
there, and every segment opening under its chart's key (of its generation). Never the contents. In storage so
that the unlock's full check (services/vault.py) and the backups' (services/attachment_blobs.py
re-exports these) share it."""

from __future__ import annotations

from pathlib import Path

from vault_app.domain.errors import VaultCorrupt
from vault_app.storage import blob_store, chart_keys, clinical_attachments
from vault_app.storage.compartment import Compartment


def check_all(folder: Path, records: Compartment) -> list[str]:
    """Problems of the blob store of a vault folder (live or a backup copy): every blob a
    row names is there and every segment opens under its chart's key of the generation the
    row records. Never the contents."""
    refs = [(b, c, chart_keys.at(records, c, generation))
            for b, (c, generation) in sorted(clinical_attachments.referenced_sealed(records).items())]
    return check_refs(folder, refs)


def check_refs(folder: Path, refs: list[tuple[str, str, bytes | None]]) -> list[str]:
    """`check_all` for (blob id, client id, chart key) read from a closed copy."""
    problems = []
    for blob_id, client_id, key in refs:
        if key is None:
            problems.append(f"attachment file {blob_id[:8]}…: its chart key is missing")
            continue
        try:
            blob_store.check(folder, blob_id, client_id, key)
        except VaultCorrupt as err:
            problems.append(f"attachment file {blob_id[:8]}…: {err.message}")
    return problems

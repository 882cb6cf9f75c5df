"""One line of snapshots per backup folder: a vault writes a snapshot into a repository only
when the repository's newest snapshot is of this very vault's history.

Found in the real app: a backup restored into a folder of its own (to look something up)
carries the vault's id, keys and backup settings. Its first lock wrote a snapshot of that
copy into the vault's backup folder, and the rotation (one snapshot a day) removed the real
vault's snapshot of the same day: the newest backup then held the copy, not the day's work.

A snapshot's manifest names the ledger entry it was made at (seq and chain MAC). The vault's
ledger holds that same entry exactly when the snapshot was made of this vault or of a vault
it continues (the ledger is append-only and chained: a copy that went its own way writes
other entries from the point where it left). So: the newest snapshot that opens is read,
and a vault whose ledger lacks its entry is refused before anything is written. A vault
restored from the newest snapshot (a new computer after a lost one) continues it and may
back up there; a copy restored from an older one, or the original after such a copy wrote
there, is asked to choose another folder.
"""

from __future__ import annotations

from pathlib import Path

from vault_app.domain.errors import RefusedByPolicy, VaultError
from vault_app.services import backup_keys
from vault_app.services.backup_repo_read import open_snapshot, read_manifest_file
from vault_app.services.vault import Vault
from vault_app.storage.chunk_store import Repository


def _newest_head(vault: Vault, repo: Repository) -> tuple[Path, int, str] | None:
    """(path, seq, chain MAC) of the newest snapshot that opens with this vault's keys."""
    source = backup_keys.vault_source(vault)
    for path in reversed(repo.snapshot_paths()):
        try:
            _slots, _master, body = open_snapshot(read_manifest_file(path), source)
        except VaultError:
            continue  # a damaged manifest is the verify's to report, not a reason to stop backing up
        head = body["ledger_head"]  # its shape checked by open_snapshot (backup_repo_read.check_body)
        return path, head["seq"], head["mac"]
    return None


def refuse_another_copy(vault: Vault, repo: Repository) -> None:
    """Raise when the repository's newest snapshot is of another copy of this vault."""
    newest = _newest_head(vault, repo)
    if newest is None:
        return
    path, seq, mac = newest
    entry = vault.ledger.get(seq)
    if entry is not None and entry.mac_hex == mac:
        return
    raise RefusedByPolicy(
        f"The newest backup in {repo.root} ({path.name}) is of another copy of this vault, with records "
        "this copy does not have (a copy restored from a backup, or the vault such a copy was made from). "
        "Nothing was written: backing up here would mix the two, and the rotation could remove the other "
        "copy's backups.",
        hint="Choose another backup folder for this copy under Backups (vault-app backup settings --target DIR).",
    )


__all__ = ["refuse_another_copy"]

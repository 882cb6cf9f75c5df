"""What the restore's question says before anything is restored: what the ledger of the vault
it would replace holds beyond the backup, and what of it will be carried over.

Apart from services/restore_carried.py (what the restore carries, once the backup is unpacked)
because this runs before the question, with only the backup's authenticated table of contents
read (its ledger head), not the whole backup. Found by a walker: the question said only that
the vault "will be replaced", and a court-order disclosure recorded after the backup was lost
without a word. Read as the restore reads it (restore_destructions.collect): with the backup's
master key, the replaced ledger's whole chain verified under this vault's key; another vault's
files give nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from vault_app.domain.errors import VaultError
from vault_app.services import backup_keys, restore_carried, restore_destructions
from vault_app.services.backup_repo import is_snapshot
from vault_app.services.device_secret import KeyringSecretStore, SecretStore
from vault_app.services.export_delivery import DISCLOSURE
from vault_app.services.ledger import LedgerEntry
from vault_app.services.restore_other_vault import backup_vault_id, vault_files_in, vault_id_in
from vault_app.services.vault import Vault
from vault_app.storage.header import LedgerAnchor


@dataclass
class Ahead:
    """The replaced vault's ledger beyond the backup, as the question says it."""

    read: bool = False  # read, and its chain verified under this vault's key
    beyond: dict[str, int] = field(default_factory=dict)  # by category (restore_carried.counts)
    disclosures: int = 0  # to be carried over
    suspensions: int = 0  # to be carried over
    destruction_sources: list[str] = field(default_factory=list)  # collect's report (not said)
    warnings: list[str] = field(default_factory=list)


def _head(path: Path, source: backup_keys.KeySource) -> tuple[str, bytes, LedgerAnchor]:
    """(vault id, master key, ledger head) from the backup's authenticated table of contents."""
    if is_snapshot(path):
        from vault_app.services.backup_repo_read import open_snapshot, read_manifest_file

        _slots, master, body = open_snapshot(read_manifest_file(path), source)
    else:
        from vault_app.services import backup_archive
        from vault_app.storage import backup_format

        slots = backup_format.read_slots(path)
        master = source(slots)
        body = backup_archive.read_manifest(path, slots, backup_keys.content_key(slots, master))
    head = body["ledger_head"]
    return str(body["vault_id"]), master, LedgerAnchor(int(head["seq"]), str(head["mac"]))


def identity(path: Path) -> str:
    """The SHA-256 the restore finds of the copy (backup_restore.Checked.sha256: of a backup
    file, of a snapshot's manifest), read before the question so that the restore refuses another
    file put in its place after the question was asked (asked_sha256)."""
    path = Path(path).expanduser().resolve()
    if is_snapshot(path):
        import hashlib

        from vault_app.services.backup_repo_read import read_manifest_file

        return hashlib.sha256(read_manifest_file(path)).hexdigest()
    from vault_app.services.backup_archive import file_hash

    return file_hash(path)


def in_backup(entries: list[LedgerEntry], head: LedgerAnchor) -> list[LedgerEntry]:
    """The replaced ledger's entries the backup holds too: up to the backup's head, found by its
    MAC (which chains every entry before it). A replaced vault whose history left the backup's
    (itself restored from another backup) is compared by number: entries after the head's
    number, at least, are beyond it."""
    for i, e in enumerate(entries):
        if e.mac_hex == head.mac_hex:
            return entries[: i + 1]
    return [e for e in entries if e.seq <= head.seq]


def ahead(
    path: Path, to_dir: Path, *, passphrase: str | None = None, recovery_key: str | None = None,
    current: Vault | None = None, secrets_store: SecretStore | None = None,
) -> Ahead | None:
    """What replacing the vault in `to_dir` by the backup `path` leaves behind; None when no vault
    of the backup's is there. Raises as the restore would for a backup it cannot open (a wrong passphrase)."""
    to_dir = Path(to_dir).expanduser().resolve()
    if not vault_files_in(to_dir):
        return None
    if backup_vault_id(Path(path).expanduser()) not in (None, vault_id_in(to_dir)):
        return None  # another vault's backup: its question says so, and its ledger is not this vault's
    store = secrets_store or KeyringSecretStore()
    source = backup_keys.master_source(passphrase=passphrase, recovery_key=recovery_key, vault=current,
                                       secrets_store=store)
    vid, master, head = _head(Path(path).expanduser().resolve(), source)
    said, replaced = Ahead(), restore_carried.Replaced()
    later = restore_destructions.LaterKeys(passphrase, store) if passphrase is not None else None
    try:
        restore_destructions.collect(vid, master, to_dir, current, None, [], said, later, replaced=replaced)
    except VaultError:
        return said  # not read: the question says nothing will be carried
    if not replaced.verified:
        return said
    restored = in_backup(replaced.entries, head)
    said.read = True
    said.beyond = restore_carried.counts(restore_carried.beyond(replaced.entries, restored))
    said.disclosures = sum(1 for e in restore_carried.disclosures_to_carry(replaced.entries, restored)
                           if e.kind == DISCLOSURE)
    said.suspensions = sum(1 for e in restore_carried.suspensions_to_carry(replaced.entries, restored)
                           if e.kind == restore_carried.SUSPENDED)
    return said

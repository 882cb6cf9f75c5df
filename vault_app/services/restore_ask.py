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

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vault_app.domain.errors import VaultError
from vault_app.services import (
    backup_keys,
    restore_carried,
    restore_destructions,
    restore_signing_ask,
    signing_keys_keyring,
)
from vault_app.services.backup_repo import is_snapshot
from vault_app.services.device_secret import KeyringSecretStore, SecretStore
from vault_app.services.export_delivery import DISCLOSURE
from vault_app.services.ledger import LedgerEntry
from vault_app.services.restore_ask_lost import Lost, lost
from vault_app.services.restore_other_vault import vault_files_in, vault_id_in
from vault_app.services.restore_signing import Seen
from vault_app.services.vault import Vault
from vault_app.storage import backup_format, snapshot_manifest
from vault_app.storage.files import os_errors
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
    # The vault replaced did not open with the backup's keys nor the passphrase given: its keys were
    # replaced since (restore_destructions.KeysReplacedSince); with the kit, its current passphrase reads it.
    keys_replaced: list[str] = field(default_factory=list)
    copies_unread: list[dict[str, object]] = field(default_factory=list)  # (restore_destructions.Told)
    # Of `beyond`, what no file holds any more: the replaced records.db (psychotherapy.db) is an
    # older copy put back, so the safety copy does not keep it either (restore_ask_lost).
    lost: Lost = field(default_factory=Lost)
    # How the restore would come by its signing key (restore_signing.KEPT, CARRIED, NEW, UNSURE;
    # restore_signing_ask): a new key pair is said in the question; "" when not foreseen.
    signing: str = ""


# A backup file's first bytes the question keeps: its key block and the two chunks its table of
# contents fits in (a length and at most MAX_MANIFEST bytes), whatever the file's size.
_KEPT = backup_format.NONCE_LEN + backup_format.SLOT_LEN + 2 * (backup_format.CHUNK + backup_format.TAG_LEN)


@dataclass(frozen=True)
class Copy:
    """One read of the copy a question is about: its identity (the SHA-256 the restore finds of
    it, backup_restore.Checked.sha256: of a backup file, of a snapshot's manifest) and the bytes
    the question reads (a backup file's first bytes, a snapshot's manifest), from that same read.
    Hashed apart from the question's reading, another file put in its place between the two was
    said of under the first one's identity (found by a reader, 2026-12-06)."""

    path: Path
    sha256: str
    size: int
    snapshot: bool
    head: bytes = field(repr=False)

    @property
    def vault_id(self) -> str | None:
        """The vault id its key block names, read without any key and not authenticated (the
        restore checks it again once the copy is opened); None when it cannot be read."""
        try:
            slots = snapshot_manifest.read_slots(self.head) if self.snapshot else backup_format.slots_of(self.head)
        except (VaultError, ValueError):
            return None
        return slots.vault_id.hex()


def read(path: Path) -> Copy:
    """The copy `path` read once: hashed whole, its first bytes kept (its snapshot manifest whole)."""
    path = Path(path).expanduser().resolve()
    if is_snapshot(path):
        from vault_app.services.backup_repo_read import read_manifest_file

        raw = read_manifest_file(path)
        return Copy(path, hashlib.sha256(raw).hexdigest(), len(raw), True, raw)
    digest, kept, size = hashlib.sha256(), bytearray(), 0
    with os_errors("reading the backup file"), path.open("rb") as fh:
        while block := fh.read(backup_format.HASH_BLOCK):
            digest.update(block)
            size += len(block)
            if len(kept) < _KEPT:
                kept += block[:_KEPT - len(kept)]
    return Copy(path, digest.hexdigest(), size, False, bytes(kept))


def _head(copy: Copy, source: backup_keys.KeySource) -> tuple[str, bytes, LedgerAnchor, dict[str, Any]]:
    """(vault id, master key, ledger head, the table itself) from the copy's authenticated table of
    contents, read from the bytes `copy` hashed."""
    if copy.snapshot:
        from vault_app.services.backup_repo_read import open_snapshot

        _slots, master, body = open_snapshot(copy.head, source)
    else:
        from vault_app.services import backup_archive

        slots = backup_format.slots_of(copy.head)
        master = source(slots)
        with os_errors("reading the backup file"):
            body = backup_archive.read_manifest_in(copy.head, copy.size, slots,
                                                   backup_keys.content_key(slots, master))
    head = body["ledger_head"]
    return str(body["vault_id"]), master, LedgerAnchor(int(head["seq"]), str(head["mac"])), body


def identity(path: Path) -> str:
    """The SHA-256 the restore finds of the copy (Copy.sha256), for a restore held to a file
    (asked_sha256) whose question did not read it (read() gives both from one read)."""
    return read(path).sha256


@dataclass(frozen=True)
class Question:
    """What a restore over the vault in a folder asks, of one read of the copy: `other` when the
    copy is another vault's ("Replace this vault with another vault?"), else what the vault
    replaced holds beyond it (`ahead`; None when no vault is there). The restore answered is
    held to `copy.sha256` (asked_sha256) either way."""

    copy: Copy
    other: bool
    ahead: Ahead | None


def question(
    path: Path, to_dir: Path, *, passphrase: str | None = None, recovery_key: str | None = None,
    current: Vault | None = None, secrets_store: SecretStore | None = None, current_passphrase: str | None = None,
    known_copies: Sequence[Path] = (), newer_ledger: Path | None = None,
) -> Question:
    """The question of restoring `path` into `to_dir`, from one read of it. No key is derived
    for another vault's copy (its question names no ledger). `current_passphrase`: with the kit, the
    passphrase of the vault replaced, read with it when its keys were replaced since (as the restore is).
    `known_copies`, `newer_ledger`: the other copies the restore will read (its own arguments), so the
    question foresees what it decides from them (found: `backup restore` read the configured vault too,
    and the question said no new key pair where the summary then said one was made)."""
    to_dir = Path(to_dir).expanduser().resolve()
    copy = read(path)
    here = vault_id_in(to_dir) if vault_files_in(to_dir) else None
    other = here is not None and copy.vault_id not in (None, here)
    if other:
        return Question(copy, True, None)
    return Question(copy, False, ahead(path, to_dir, passphrase=passphrase, recovery_key=recovery_key,
                                       current=current, secrets_store=secrets_store, copy=copy,
                                       current_passphrase=current_passphrase, known_copies=known_copies,
                                       newer_ledger=newer_ledger))


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
    current: Vault | None = None, secrets_store: SecretStore | None = None, copy: Copy | None = None,
    current_passphrase: str | None = None, known_copies: Sequence[Path] = (), newer_ledger: Path | None = None,
) -> Ahead | None:
    """What replacing the vault in `to_dir` by the backup `path` leaves behind; None when no vault
    of the backup's is there. Raises as the restore would for a backup it cannot open (a wrong passphrase).
    `copy`: the read of `path` to say it of (question()), else it is read here."""
    to_dir = Path(to_dir).expanduser().resolve()
    if not vault_files_in(to_dir):
        return None
    copy = copy if copy is not None else read(path)
    if copy.vault_id not in (None, vault_id_in(to_dir)):
        return None  # another vault's backup: its question says so, and its ledger is not this vault's
    store = secrets_store or KeyringSecretStore()
    source = backup_keys.master_source(passphrase=passphrase, recovery_key=recovery_key, vault=current,
                                       secrets_store=store)
    vid, master, head, body = _head(copy, source)
    said, replaced = Ahead(), restore_carried.Replaced()
    later = restore_destructions.LaterKeys.given(passphrase or current_passphrase, store)
    seen: list[Seen] = []
    try:
        # The copies the restore reads, read alike: its decision of the signing key is foreseen from them all.
        restore_destructions.collect(vid, master, to_dir, current, newer_ledger, known_copies, said, later,
                                     replaced=replaced, signing=seen)
    except VaultError:
        return said  # not read: the question says nothing will be carried
    said.signing = restore_signing_ask.foreseen(restore_signing_ask.backup_header(copy, master, body),
                                                str(body["created"]), seen, said.keys_replaced,
                                                signing_keys_keyring.remembered(store, vid),
                                                signing_keys_keyring.retired_elsewhere(store, vid, to_dir))
    # What the question says of unread copies is of the vault it replaces (another copy is not "replaced").
    said.keys_replaced = [p for p in said.keys_replaced if Path(p) == to_dir]
    if not replaced.verified:
        return said
    restored = in_backup(replaced.entries, head)
    said.read = True
    newer = restore_carried.beyond(replaced.entries, restored)
    said.beyond = restore_carried.counts(newer)
    if current is None or not current.is_open or current.folder.resolve() != to_dir:
        # (an open vault there passed its unlock's checks: none of its files is older than its ledger)
        said.lost = lost(to_dir, master, later, newer)
    said.disclosures = sum(1 for e in restore_carried.disclosures_to_carry(replaced.entries, restored)
                           if e.kind == DISCLOSURE)
    said.suspensions = sum(1 for e in restore_carried.suspensions_to_carry(replaced.entries, restored)
                           if e.kind == restore_carried.SUSPENDED)
    return said

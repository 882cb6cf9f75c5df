"""The backup a rotation keeps because it is the newest one whose check covered every compartment.

Found after the older psychotherapy.db put back (services/vault_psychotherapy_file.py): a
backup made while the psychotherapy notes were locked (on lock, the usual case) is checked at
creation on records.db and ledger.db only; psychotherapy.db is packed as found, its pages and
its place in the ledger unchecked. A backup made by a version before that guard could pack an
older psychotherapy.db so. The rotation kept the newest backups whatever their check covered,
so a few such backups rotated away the last one whose check had covered the notes too.

So, for this vault, in one folder: the newest registered backup, still verified, whose check
record (backup_checked: "pages", written inside the backup under the master key when it was
made) names every compartment, or that a later verify of the same bytes checked in every
compartment (the psychotherapy notes unlocked then: its backup.verified ledger entry's
backup_checked.VERIFIED_PAGES, authenticated with the ledger), is never deleted. Every backup
newer than it lacks that coverage (else that one would be the newest), so it stays exactly as
long as the rule asks: until a newer backup covers every compartment. Nothing of this is written
beside the backups: it is read again from the backups themselves and the ledger at each rotation,
so no note of ours put back or lost can unguard it (nor claim coverage for another backup, which
would let the rotation delete the one that covers).

A record is trusted only for the backup the register holds: a snapshot's manifest must be the
registered bytes (its SHA-256), a single file's table of contents must name the registered
ledger entry and moment (an older backup file copied over a newer one's name carries its own
older record and is not taken for the registered one). A file that cannot be read, or a
record missing (a backup made without verification or by a version before the records), does
not cover.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from vault_app.domain.errors import VaultCorrupt, VaultError
from vault_app.services import backup_checked, backup_keys
from vault_app.services.backup_registry import FILE_SUFFIX, RegisteredBackup
from vault_app.services.vault import Vault

KEPT_TEXT = ("kept: the newest backup whose check covered every compartment (the backups made since were "
             "checked with the psychotherapy notes locked)")


# A backup whose file is not the registered one (its record is not read).
_NOT_REGISTERED: dict[str, Any] = {}


def _record_of_snapshot(vault: Vault, b: RegisteredBackup) -> dict[str, Any] | None:
    from vault_app.services.backup_repo_read import open_snapshot, read_manifest_file

    raw = read_manifest_file(b.file)
    if hashlib.sha256(raw).hexdigest() != b.sha256:
        return _NOT_REGISTERED  # not the registered snapshot's bytes
    _slots, _master, body = open_snapshot(raw, backup_keys.vault_source(vault))
    return backup_checked.parse(body, VaultCorrupt("malformed check record"))


def _record_of_file(vault: Vault, b: RegisteredBackup) -> dict[str, Any] | None:
    from vault_app.services import backup_archive
    from vault_app.storage import backup_format

    slots = backup_format.read_slots(b.file)
    master = backup_keys.master_from_vault(slots, vault)
    manifest = backup_archive.read_manifest(b.file, slots, backup_keys.content_key(slots, master))
    head = manifest["ledger_head"]
    if (int(head["seq"]) != b.ledger_seq or (b.ledger_mac and head["mac"] != b.ledger_mac)
            or manifest.get("created") != b.created):
        return _NOT_REGISTERED  # another backup's table of contents under the registered name
    return backup_checked.parse(manifest, VaultCorrupt("malformed check record"))


def covers_every_compartment(vault: Vault, b: RegisteredBackup) -> bool:
    """Whether `b`, still verified, records a check at creation of every compartment's pages, or
    a verify of its registered bytes checked them since (b.verified_pages, from the ledger)."""
    if b.state() != "verified":
        return False
    read: Callable[[Vault, RegisteredBackup], dict[str, Any] | None] = \
        _record_of_file if b.file.name.endswith(FILE_SUFFIX) else _record_of_snapshot
    try:
        record = read(vault, b)
    except (VaultError, OSError, KeyError, TypeError, ValueError):
        return False
    if record is _NOT_REGISTERED:
        return False
    every = set(backup_checked.COMPARTMENTS)
    return every <= set(b.verified_pages) or (record is not None and every <= set(record["pages"]))


def newest_covering(vault: Vault, backups: list[RegisteredBackup]) -> RegisteredBackup | None:
    """The newest of `backups` (one folder's) whose check covered every compartment, or None.
    Read newest first, stopping at the first: usually the newest or the one before."""
    for b in sorted(backups, key=lambda b: b.made_order, reverse=True):
        if covers_every_compartment(vault, b):
            return b
    return None


__all__ = ["KEPT_TEXT", "covers_every_compartment", "newest_covering"]

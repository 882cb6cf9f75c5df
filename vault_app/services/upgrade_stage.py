"""Before a new version upgrades the vault: a copy of its files as they were (step 1 of
services/upgrade_backup.py, which packs it into a verified backup after the unlock).

Runs inside `open_vault` with the passphrase proven and the writer lock held, before a
compartment is opened (opening one applies its schema migrations). It uses storage only:
the vault's own module calls it, and the backup services import the vault.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from vault_app.domain.errors import VaultError
from vault_app.storage import backup_snapshot, blob_store
from vault_app.storage import header as header_io
from vault_app.storage.files import PRIVATE_DIR, fsync_dir, os_errors, scrub_tree
from vault_app.storage.header import Header
from vault_app.storage.layout import COMPARTMENT_FILES
from vault_app.storage.migrations import latest_version

if TYPE_CHECKING:
    from vault_app.services.vault_keys import VaultKeys

WORK_PREFIX = ".vault-before-upgrade-"
COMPLETE = "complete"
SETTINGS_KEY = "backup"  # services/backup_registry.SETTINGS_KEY: where Settings > Backups keeps its folder


@dataclass(frozen=True)
class Staged:
    folder: Path
    changes: tuple[str, ...]


def backup_folder(vault_folder: Path, header: Header) -> Path:
    """The backup folder from Settings > Backups when it is there (a drive plugged in),
    else `<vault folder>-backups` beside the vault."""
    stored = header.settings.get(SETTINGS_KEY)
    target = stored.get("target") if isinstance(stored, dict) else None
    if isinstance(target, str) and target and Path(target).expanduser().is_dir():
        return Path(target).expanduser()
    return vault_folder.parent / f"{vault_folder.name}-backups"


def pending_changes(folder: Path, header: Header, keys: VaultKeys, *, psychotherapy: bool = False) -> list[str]:
    """What opening the vault with this version would upgrade (empty: nothing). The
    psychotherapy compartment is upgraded only when it is unlocked: it counts here only
    for an unlock that opens it too; otherwise upgrade_backup.before_psychotherapy_upgrade."""
    changes = []
    if header.format_version < header_io.FORMAT_VERSION:
        changes.append(f"vault format {header.format_version} to {header_io.FORMAT_VERSION}")
    for name in ("records", "ledger", "psychotherapy") if psychotherapy else ("records", "ledger"):
        key = keys.key(name, header)
        if key is None:
            continue
        try:
            version = backup_snapshot.schema_version_closed(name, folder / COMPARTMENT_FILES[name], key)
        except VaultError:
            continue  # an interrupted rekey (staged key) or damage: the open itself reports it
        if version < latest_version(name):
            changes.append(f"{name} tables {version} to {latest_version(name)}")
    return changes


def psychotherapy_behind(folder: Path, key: bytes) -> int | None:
    """The closed psychotherapy compartment's table version when this version would upgrade
    it at its separate unlock, else None (the look after the unlock and the upgrade's backup
    share it)."""
    version = backup_snapshot.schema_version_closed("psychotherapy", folder / COMPARTMENT_FILES["psychotherapy"], key)
    return version if version < latest_version("psychotherapy") else None


def complete_copies(target: Path) -> list[Path]:
    """Work folders with their `complete` marker, oldest first."""
    return [work for work in sorted(target.glob(f"{WORK_PREFIX}*")) if (work / COMPLETE).is_file()]


def sweep_incomplete(target: Path) -> None:
    """A work folder without its marker is a copy a crash cut short: never used."""
    for work in sorted(target.glob(f"{WORK_PREFIX}*")):
        if not (work / COMPLETE).is_file():
            scrub_tree(work)


def before_open(folder: Path, header: Header, keys: VaultKeys, *, psychotherapy: bool = False) -> Staged | None:
    """Step 1. None when nothing would be upgraded, or when a complete copy from an
    unlock a crash interrupted is still waiting (it holds the state before that upgrade;
    the after-unlock step packs it)."""
    target = backup_folder(folder, header)
    if target.is_dir():
        sweep_incomplete(target)
        if complete_copies(target):
            return None
    changes = pending_changes(folder, header, keys, psychotherapy=psychotherapy)
    if not changes:
        return None
    with os_errors("preparing the backup taken before the upgrade"):
        target.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
        work = target / f"{WORK_PREFIX}{datetime.now(UTC).strftime('%Y%m%d%H%M%S')}-{os.getpid()}"
        work.mkdir(mode=PRIVATE_DIR)
    try:
        for name in ("records", "ledger", "psychotherapy"):
            source, dest = folder / COMPARTMENT_FILES[name], work / COMPARTMENT_FILES[name]
            key = keys.key(name, header)
            if key is not None:
                backup_snapshot.snapshot_closed(name, source, key, dest)
            else:
                backup_snapshot.copy_locked_compartment(name, source, dest)
        # The attachment blobs the staged records.db names (files never changed once
        # written: copied as they are, still sealed under their chart keys).
        records_key = keys.key("records", header)
        if records_key is not None:
            for blob_id, _client, _key in backup_snapshot.blob_refs_closed(work / COMPARTMENT_FILES["records"],
                                                                           records_key):
                blob_store.copy_file(folder, work, blob_id)
        header_io.write_copy(work, header)
        with os_errors("preparing the backup taken before the upgrade"):
            marker = work / COMPLETE
            fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write("\n".join(changes) + "\n")
                out.flush()
                os.fsync(out.fileno())
            fsync_dir(work)
    except BaseException:
        scrub_tree(work)
        raise
    return Staged(work, tuple(changes))


def discard(staged: Staged | None) -> None:
    """The unlock was refused: nothing was upgraded that the copy would be needed for."""
    if staged is not None:
        scrub_tree(staged.folder)


__all__ = [
    "COMPLETE",
    "WORK_PREFIX",
    "Staged",
    "backup_folder",
    "before_open",
    "complete_copies",
    "discard",
    "pending_changes",
    "sweep_incomplete",
]

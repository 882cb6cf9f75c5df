"""A verified backup of the vault as it was, taken before a new version upgrades it.

A new version of the app may change the vault's files the first time it opens them: a
newer header format, new tables (schema migrations, storage/migrations/). Each change runs
in one transaction, so a crash leaves the old or the new state; what this guards against is
a new version that upgrades correctly by its own rules and still loses or garbles something
(issue 22: "upgrade ... with a backup taken first").

How, at the unlock that would upgrade (the passphrase already proven, the writer lock held,
nothing opened or written yet):

1. **Stage**: records.db and ledger.db are copied with SQLite's backup API under their own
   keys (as the backup on lock does), psychotherapy.db byte for byte (its key is not at
   hand), with the header, into a 0700 work folder in the backup folder (Settings >
   Backups; without one, `<vault folder>-backups` beside the vault). A `complete` marker
   is written last. Nothing is ever staged in plaintext.
2. The vault opens and upgrades as before.
3. **Pack and register**: once the unlock's checks passed, the staged copy becomes an
   ordinary backup file (the same container as every backup, so `vault-app restore` and
   Backups > Restore take it), registered in the ledger (so a later destruction purges it
   like any registered backup), verified as a restore would, then the work folder is
   scrubbed. The ledger also says `vault.upgrade_backup` with what was upgraded.

A crash between 1 and 3: the next unlock finds the complete work folder and packs it then
(an incomplete one is scrubbed). If the backup cannot be staged (disk full, a
psychotherapy file left with unsaved changes by a crash), the unlock is refused before
anything changes, with the reason: the old version still opens the vault as it was.
"""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from vault_app.crypto import chain
from vault_app.domain.errors import VaultError
from vault_app.services import backup_keys
from vault_app.services.backup import backup_file_name, create_backup, verify_backup, write_header_copy
from vault_app.services.backup_archive import copy_locked_compartment, pack_folder, partial_path, replace_file
from vault_app.services.backup_beside import scrub_tree
from vault_app.services.backup_registry import CREATED, SETTINGS_KEY
from vault_app.storage import backup_snapshot
from vault_app.storage import header as header_io
from vault_app.storage.files import PRIVATE_DIR, fsync_dir, os_errors
from vault_app.storage.header import Header, LedgerAnchor
from vault_app.storage.layout import COMPARTMENT_FILES
from vault_app.storage.migrations import latest_version

if TYPE_CHECKING:
    from vault_app.services.vault import Vault
    from vault_app.services.vault_keys import VaultKeys

log = logging.getLogger(__name__)

WORK_PREFIX = ".vault-before-upgrade-"
COMPLETE = "complete"
UPGRADED = "vault.upgrade_backup"


@dataclass(frozen=True)
class Staged:
    folder: Path
    header: Header
    changes: tuple[str, ...]
    fresh: bool = True  # staged by this unlock (not left by an interrupted one)


def backup_folder(vault_folder: Path, header: Header) -> Path:
    """The backup folder from Settings > Backups, else `<vault folder>-backups` beside it."""
    stored = header.settings.get(SETTINGS_KEY)
    target = stored.get("target") if isinstance(stored, dict) else None
    if isinstance(target, str) and target and Path(target).expanduser().is_dir():
        return Path(target).expanduser()
    return vault_folder.parent / f"{vault_folder.name}-backups"


def pending_changes(folder: Path, header: Header, keys: VaultKeys, *, psychotherapy: bool = False) -> list[str]:
    """What opening the vault with this version would upgrade (empty: nothing). The
    psychotherapy compartment is upgraded only when it is unlocked: it counts here only
    for an unlock that opens it too; otherwise `before_psychotherapy_upgrade` covers it."""
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


def stage_if_upgrading(folder: Path, header: Header, keys: VaultKeys, *, psychotherapy: bool = False) -> Staged | None:
    """Step 1, before the vault is opened; None when nothing would be upgraded."""
    changes = pending_changes(folder, header, keys, psychotherapy=psychotherapy)
    if not changes:
        return None
    target = backup_folder(folder, header)
    with os_errors("preparing the backup taken before the upgrade"):
        target.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
        work = target / f"{WORK_PREFIX}{os.getpid()}-{datetime.now(UTC).strftime('%Y%m%d%H%M%S')}"
        work.mkdir(mode=PRIVATE_DIR)
    try:
        for name in ("records", "ledger", "psychotherapy"):
            source, dest = folder / COMPARTMENT_FILES[name], work / COMPARTMENT_FILES[name]
            key = keys.key(name, header)
            if key is not None:
                backup_snapshot.snapshot_closed(name, source, key, dest)
            else:
                copy_locked_compartment(name, source, dest)
        write_header_copy(work, header)
        with os_errors("preparing the backup taken before the upgrade"):
            marker = work / COMPLETE
            marker.write_text("\n".join(changes) + "\n", "utf-8")
            os.chmod(marker, 0o600)
            fsync_dir(work)
    except BaseException:
        scrub_tree(work)
        raise
    return Staged(work, header, tuple(changes))


def leftover(folder: Path, header: Header) -> Staged | None:
    """A work folder an interrupted unlock left: complete ones are packed now (they hold
    the only copy from before that upgrade); incomplete ones are scrubbed."""
    target = backup_folder(folder, header)
    found: Staged | None = None
    with contextlib.suppress(OSError):
        for work in sorted(target.glob(f"{WORK_PREFIX}*")):
            marker = work / COMPLETE
            if found is None and marker.is_file():
                try:
                    staged_header = header_io.read(work)
                except VaultError:
                    scrub_tree(work)
                    continue
                if staged_header.vault_id == header.vault_id:
                    changes = tuple(line for line in marker.read_text("utf-8").splitlines() if line)
                    found = Staged(work, staged_header, changes, fresh=False)
                    continue
            if not marker.is_file():
                scrub_tree(work)
    return found


def pack_and_register(vault: Vault, staged: Staged) -> Path:
    """Step 3, after the unlock's checks: an ordinary, registered, verified backup."""
    ledger_key = vault.compartment_key("ledger")
    head_row = backup_snapshot.ledger_head_closed(staged.folder / COMPARTMENT_FILES["ledger"], ledger_key)
    seq, mac = head_row if head_row is not None else (0, chain.GENESIS_MAC)
    head = LedgerAnchor(seq, mac.hex())
    now = datetime.now(UTC)
    created = now.isoformat(timespec="seconds")
    target = staged.folder.parent
    dest = backup_file_name(target, now.astimezone().date().isoformat())
    partial = partial_path(dest, "partial")
    try:
        sha256, size = pack_folder(
            staged.folder, partial, staged.header, backup_keys.master_of(vault), head, created,
        )
        replace_file(partial, dest)
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    vault.ledger.append(
        CREATED,
        {"path": str(dest), "time": created, "sha256": sha256, "bytes": size, "ledger_seq": head.seq,
         "ledger_mac": head.mac_hex, "format": 1},
    )
    vault.ledger.append(UPGRADED, {"path": str(dest), "upgraded": list(staged.changes)})
    verify_backup(dest, vault=vault)
    scrub_tree(staged.folder)
    log.info("Backup taken before an upgrade (%d changes)", len(staged.changes))
    return dest


def before_open(folder: Path, header: Header, keys: VaultKeys, *, psychotherapy: bool = False) -> Staged | None:
    """What `open_vault` calls with the passphrase proven: a leftover complete copy, or a
    fresh one when this unlock would upgrade something, or None."""
    return leftover(folder, header) or stage_if_upgrading(folder, header, keys, psychotherapy=psychotherapy)


def before_psychotherapy_upgrade(vault: Vault) -> Path | None:
    """The separate psychotherapy unlock of an open vault, when this version would upgrade
    that compartment: an ordinary verified backup first (the compartment, still closed, is
    copied byte for byte, so the backup holds it as it was). Refused (the unlock with it)
    if the backup cannot be made: nothing has been changed then."""
    name = "psychotherapy"
    version = backup_snapshot.schema_version_closed(name, vault.folder / COMPARTMENT_FILES[name],
                                                    vault.compartment_key(name))
    if version >= latest_version(name):
        return None
    info = create_backup(vault, backup_folder(vault.folder, vault.header), verify=True, rotate_old=False)
    change = f"{name} tables {version} to {latest_version(name)}"
    vault.ledger.append(UPGRADED, {"path": info.path, "upgraded": [change]})
    return Path(info.path)


def discard(staged: Staged | None) -> None:
    """The unlock was refused: nothing was upgraded that the copy would be needed for.
    (A leftover from an earlier unlock stays for the next one.)"""
    if staged is not None and staged.fresh:
        scrub_tree(staged.folder)


def after_unlock(vault: Vault, staged: Staged | None) -> None:
    if staged is None:
        return
    try:
        pack_and_register(vault, staged)
    except VaultError:
        # The vault is open and upgraded; the complete copy stays in the backup folder and
        # the next unlock packs it (leftover). Not a reason to refuse this unlock.
        log.warning("The backup taken before an upgrade could not be finished yet")


__all__ = [
    "Staged", "after_unlock", "backup_folder", "before_open", "before_psychotherapy_upgrade", "discard", "leftover",
    "pack_and_register", "pending_changes", "stage_if_upgrading",
]

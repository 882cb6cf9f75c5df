"""A verified backup of the vault as it was, taken before a new version upgrades it.

A new version of the app may change the vault's files the first time it opens them: a
newer header format, new tables (schema migrations, storage/migrations/). Each change runs
in one transaction, so a crash leaves the old or the new state; what this guards against is
a new version that upgrades correctly by its own rules and still loses or garbles something
(issue 22: "upgrade ... with a backup taken first").

1. **Stage** (services/upgrade_stage.py, inside `open_vault` with the passphrase proven and
   the writer lock held, before any compartment is opened): records.db and ledger.db copied
   with SQLite's backup API under their own keys, psychotherapy.db byte for byte (its key is
   not at hand), with the header, into a 0700 work folder in the backup folder (Settings >
   Backups; without one, or with its drive unplugged, `<vault folder>-backups` beside the
   vault). A `complete` marker is written last. Nothing is staged in plaintext.
2. The vault opens and upgrades as before.
3. **Pack and register** (`pack_waiting`, an after-unlock step in services/unlock_hooks.py):
   each complete work folder becomes an ordinary backup file (the container every backup
   uses, so `vault-app backup restore` and Backups > Restore take it), registered in the ledger (so
   a destruction purges it like any registered backup), verified as a restore would, and
   the work folder is scrubbed. The ledger also says `vault.upgrade_backup` with what was
   upgraded.

A crash between 1 and 3: the next unlock finds the complete copy and packs it; it stages no
new one while one waits (the waiting copy is the state before that upgrade). An incomplete
copy is scrubbed. If the copy cannot be made (a full disk; a psychotherapy file left with
unsaved changes by a crash), the unlock is refused before anything changes, with the reason.

The psychotherapy notes are upgraded when they are unlocked, separately: a backup is made
then, first (`before_psychotherapy_upgrade`, a before-psychotherapy step in unlock_hooks).
"""

from __future__ import annotations

import contextlib
import logging
from datetime import UTC, datetime
from pathlib import Path

from vault_app.crypto import chain
from vault_app.domain.errors import RefusedByPolicy, VaultError
from vault_app.services import backup_keys, backup_lineage, upgrade_stage
from vault_app.services.backup import backup_file_name, create_backup, verify_backup
from vault_app.services.backup_archive import pack_folder, partial_path, replace_file
from vault_app.services.backup_registry import CREATED
from vault_app.services.vault import Vault
from vault_app.storage import backup_snapshot
from vault_app.storage import header as header_io
from vault_app.storage.files import os_errors, scrub_tree
from vault_app.storage.header import LedgerAnchor
from vault_app.storage.layout import COMPARTMENT_FILES
from vault_app.storage.migrations import latest_version

log = logging.getLogger(__name__)

UPGRADED = "vault.upgrade_backup"


def _folder_for(vault: Vault, folder: Path) -> Path:
    """The folder the staged copy lies in, unless its newest backup is of another copy of this
    vault (services/backup_lineage.py): a restored copy opened by a newer version would then
    write the newest file of the original's line and stop the original's backups there. Such
    a copy's backup before the upgrade goes beside it (`<vault folder>-backups`) instead."""
    try:
        backup_lineage.refuse_file_into(vault, folder)
    except RefusedByPolicy:
        beside = vault.folder.parent / f"{vault.folder.name}-backups"
        with os_errors("making the folder for the backup taken before an upgrade"):
            beside.mkdir(mode=0o700, exist_ok=True)
        return beside
    return folder


def pack(vault: Vault, work: Path) -> Path:
    """One complete work folder of this vault into a registered, verified backup."""
    header = header_io.read(work)
    changes = [line for line in (work / upgrade_stage.COMPLETE).read_text("utf-8").splitlines() if line]
    head_row = backup_snapshot.ledger_head_closed(work / COMPARTMENT_FILES["ledger"], vault.compartment_key("ledger"))
    seq, mac = head_row if head_row is not None else (0, chain.GENESIS_MAC)
    head = LedgerAnchor(seq, mac.hex())
    now = datetime.now(UTC)
    created = now.isoformat(timespec="seconds")
    dest = backup_file_name(_folder_for(vault, work.parent), now.astimezone().date().isoformat())
    partial = partial_path(dest, "partial")
    try:
        sha256, size = pack_folder(work, partial, header, backup_keys.master_of(vault), head, created)
        replace_file(partial, dest)
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    vault.ledger.append(
        CREATED,
        {"path": str(dest), "time": created, "sha256": sha256, "bytes": size, "ledger_seq": head.seq,
         "ledger_mac": head.mac_hex, "format": 1},
    )
    vault.ledger.append(UPGRADED, {"path": str(dest), "upgraded": changes})
    verify_backup(dest, vault=vault)
    scrub_tree(work)
    log.info("Backup taken before an upgrade (%s changes)", len(changes))
    return dest


def pack_waiting(vault: Vault) -> None:
    """After every unlock: pack the copies staged before an upgrade (this unlock's, or one a
    crash left). A copy that cannot be packed now stays for the next unlock."""
    target = upgrade_stage.backup_folder(vault.folder, vault.header)
    if not target.is_dir():
        return
    for work in upgrade_stage.complete_copies(target):
        try:
            if header_io.read(work).vault_id != vault.vault_id:
                continue  # another vault's, sharing the backup folder: its own unlock packs it
            pack(vault, work)
        except VaultError:
            log.warning("The backup taken before an upgrade could not be finished yet")


def before_psychotherapy_upgrade(vault: Vault) -> None:
    """The separate psychotherapy unlock, when this version would upgrade that compartment:
    an ordinary verified backup first (the compartment, still closed, is copied byte for
    byte, so the backup holds it as it was). If it cannot be made, the unlock is refused:
    nothing has been changed then."""
    name = "psychotherapy"
    version = upgrade_stage.psychotherapy_behind(vault.folder, vault.compartment_key(name))
    if version is None:
        return
    info = create_backup(vault, upgrade_stage.backup_folder(vault.folder, vault.header), verify=True,
                         rotate_old=False)
    change = f"{name} tables {version} to {latest_version(name)}"
    vault.ledger.append(UPGRADED, {"path": info.path, "upgraded": [change]})


__all__ = ["UPGRADED", "before_psychotherapy_upgrade", "pack", "pack_waiting"]

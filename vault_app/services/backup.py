"""Encrypted backups: create, verify, list, rotate, automatic backup, purge for destruction.

One backup = one file (see storage/backup_format.py) holding a consistent
snapshot of the header and all three compartments, each still encrypted with
its own SQLCipher key, the whole again encrypted and authenticated. Restoring
lives in services/backup_restore.py (re-exported here).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vault_app.domain.errors import InvalidInput, VaultError
from vault_app.services import backup_keys, backup_registry
from vault_app.services.backup_archive import (
    HEADER_PART,
    Unpacked,
    copy_locked_compartment,
    pack_folder,
    partial_path,
    private_tempdir,
    replace_file,
    sweep_stale,
    unpack,
)
from vault_app.services.backup_registry import (
    CREATED,
    PURGED,
    VERIFIED,
    VERIFY_FAILED,
    RegisteredBackup,
    configure,
    registered,
    rotate,
    settings,
    status,
    target_warnings,
)
from vault_app.services.backup_restore import RestoreReport, restore_backup
from vault_app.services.device_secret import SecretStore
from vault_app.services.vault import Vault
from vault_app.storage import backup_snapshot
from vault_app.storage import header as header_io
from vault_app.storage.compartment import COMPARTMENT_FILES
from vault_app.storage.files import PRIVATE_DIR, PRIVATE_FILE, os_errors
from vault_app.storage.header import Header, LedgerAnchor

FILE_PREFIX = "vault-backup-"
FILE_SUFFIX = ".vaultbackup"
_SCRUB_BLOCK = 1 << 20


@dataclass
class BackupInfo:
    backup_id: int
    path: str
    file: str
    sha256: str
    bytes: int
    created: str
    ledger_seq: int
    verified: bool
    seconds: float
    rotated: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# --- create -------------------------------------------------------------------------------------
def backup_file_name(folder: Path, day: str) -> Path:
    """vault-backup-YYYY-MM-DD.vaultbackup (-2, -3... for more than one a day): the date only."""
    candidate = folder / f"{FILE_PREFIX}{day}{FILE_SUFFIX}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{FILE_PREFIX}{day}-{n}{FILE_SUFFIX}"
        n += 1
    return candidate


def check_target(vault: Vault, target: Path) -> Path:
    target = Path(target).expanduser().resolve()
    vault_folder = vault.folder.resolve()
    if target == vault_folder or vault_folder in target.parents:
        raise InvalidInput("Backups cannot be kept inside the vault folder.", hint="Choose another folder or drive.")
    if target.exists() and not target.is_dir():
        raise InvalidInput(f"{target} is not a folder.")
    with os_errors("creating the backup folder"):
        # An existing folder (a mounted drive) keeps its permissions; the files are 0600.
        target.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    return target


def write_header_copy(folder: Path, header: Header) -> None:
    fd = os.open(folder / HEADER_PART, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    with os.fdopen(fd, "wb") as out:
        out.write(header_io.encode(header))


def snapshot_vault(vault: Vault, staging: Path) -> tuple[Header, LedgerAnchor]:
    """Copies of every compartment taken under one set of read transactions, plus the header."""
    compartments = vault.open_compartments()
    with backup_snapshot.read_snapshot(compartments):
        head = vault.ledger.head()
        header = vault.header
        for comp in compartments:
            dest = staging / COMPARTMENT_FILES[comp.name]
            backup_snapshot.snapshot_open(comp, vault.compartment_key(comp.name), dest)
        if not vault.psychotherapy_open:
            # Locked notes are copied as they are on disk, still encrypted: the unlocked vault
            # does not hold their key (it has its own wrapping), and this process holds the
            # folder's writer lock, so nobody writes that file meanwhile.
            name = "psychotherapy"
            source, dest = vault.folder / COMPARTMENT_FILES[name], staging / COMPARTMENT_FILES[name]
            copy_locked_compartment(name, source, dest)
    with os_errors("preparing the backup"):
        write_header_copy(staging, header)
    return header, head


def create_backup(vault: Vault, target_dir: Path, *, verify: bool = False, rotate_old: bool = True) -> BackupInfo:
    """Write one encrypted backup file into `target_dir`, register it in the ledger,
    optionally check it (as a restore would) and apply the rotation policy.

    The snapshot holds read transactions on the vault's own connections: call it
    where the vault is used (the GUI's single background-operation helper), not
    alongside another operation on the same vault."""
    started = time.perf_counter()
    target = check_target(vault, target_dir)
    now = datetime.now(UTC)
    created = now.isoformat(timespec="seconds")
    dest = backup_file_name(target, now.astimezone().date().isoformat())
    partial = partial_path(dest, "partial")
    master = backup_keys.master_of(vault)
    sweep_stale(target)
    try:
        with private_tempdir(target, "backup") as staging:
            header, head = snapshot_vault(vault, staging)
            sha256, size = pack_folder(staging, partial, header, master, head, created)
        if dest.exists():
            raise InvalidInput(f"{dest.name} appeared while the backup was written; try again.")
        replace_file(partial, dest)
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    entry = vault.ledger.append(
        CREATED,
        {"path": str(dest), "time": created, "sha256": sha256, "bytes": size, "ledger_seq": head.seq,
         "ledger_mac": head.mac_hex, "format": 1},
    )
    if verify:
        verify_backup(dest, vault=vault)
    rotated = rotate(vault, target) if rotate_old else []
    return BackupInfo(
        entry.seq, str(dest), dest.name, sha256, size, created, head.seq, verify,
        round(time.perf_counter() - started, 3), rotated, target_warnings(vault.folder, target),
    )


def backup_if_changed(vault: Vault) -> BackupInfo | None:
    """For the GUI on lock and on exit: back up to the configured target if anything
    changed since the last backup. None when no target is set, automatic backups are
    off, or nothing changed."""
    conf = settings(vault)
    if not conf["target"] or not conf["auto"]:
        return None
    if not backup_registry.changed_since_last_backup(vault):
        return None
    return create_backup(vault, Path(conf["target"]), verify=True)


# --- verify -------------------------------------------------------------------------------------
def _summary(u: Unpacked, path: Path) -> dict[str, Any]:
    return {
        "ok": True,
        "path": str(path),
        "file": path.name,
        "sha256": u.sha256,
        "bytes": u.size,
        "created": u.manifest["created"],
        "vault_id": u.header.vault_id,
        "format_version": u.manifest["format_version"],
        "ledger_seq": u.ledger_head.seq,
        "parts": [{"name": p["name"], "bytes": p["size"]} for p in u.manifest["parts"]],
        "checked": ["checksum", "authentication", "part hashes", "header MAC",
                    "every compartment page" if "psychotherapy" in u.keys
                    else "every page of records.db and ledger.db (psychotherapy.db is locked: its bytes are "
                    "checked by the backup's authentication; unlock it, or give the passphrase, to check its pages)",
                    "ledger chain"],
        "psychotherapy_pages_checked": "psychotherapy" in u.keys,
    }


def verify_backup(
    path: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    vault: Vault | None = None,
    secrets_store: SecretStore | None = None,
    work_dir: Path | None = None,
) -> dict[str, Any]:
    """Check a backup completely (everything a restore checks) without restoring it.

    With an open `vault` of the same vault id, the result goes into its ledger
    (backup.verified / backup.verify_failed)."""
    path = Path(path).expanduser().resolve()
    source = backup_keys.master_source(
        passphrase=passphrase, recovery_key=recovery_key, vault=vault, secrets_store=secrets_store
    )
    try:
        work = work_dir or Path(tempfile.gettempdir())
        sweep_stale(work)
        with private_tempdir(work, "verify") as folder:
            summary = _summary(unpack(path, source, folder), path)
    except VaultError as err:
        if vault is not None and vault.is_open and backup_registry.find(vault, path) is not None:
            vault.ledger.append(VERIFY_FAILED, {"path": str(path), "error": err.kind})
        raise
    if vault is not None and vault.is_open and summary["vault_id"] == vault.vault_id:
        vault.ledger.append(
            VERIFIED, {"path": str(path), "sha256": summary["sha256"], "ledger_seq": summary["ledger_seq"]}
        )
    return summary


def list_backups(vault: Vault, *, check_hash: bool = False, include_removed: bool = False) -> list[dict[str, Any]]:
    return [b.as_dict(check_hash=check_hash) for b in registered(vault, include_removed=include_removed)]


# --- copies of backups for destruction ---------------------------------------------------------------
def _scrub_replace(new: Path, dest: Path) -> None:
    """Put `new` in place of `dest`, then overwrite the old file's blocks once.

    The old inode is held open across the rename, so a crash never leaves neither
    file (POSIX only: elsewhere the old file is only replaced). Overwriting helps on
    spinning disks; SSDs and copy-on-write file systems may keep the old blocks anyway
    (the destruction certificate says so)."""
    old = None
    if os.name == "posix":  # Windows cannot rename over a file that is open
        with contextlib.suppress(OSError):
            old = dest.open("r+b")
    try:
        replace_file(new, dest)
        if old is not None:
            with contextlib.suppress(OSError):
                size = os.fstat(old.fileno()).st_size
                old.seek(0)
                zeros = b"\x00" * _SCRUB_BLOCK
                for offset in range(0, size, _SCRUB_BLOCK):
                    old.write(zeros[: min(_SCRUB_BLOCK, size - offset)])
                old.flush()
                os.fsync(old.fileno())
    finally:
        if old is not None:
            old.close()


def _present(vault: Vault) -> list[RegisteredBackup]:
    return [b for b in registered(vault) if b.state() != "missing"]


def purge_from_backups(vault: Vault, destroy: Callable[[Vault], None]) -> list[dict[str, Any]]:
    """Run `destroy` on a private, still-encrypted copy of every registered backup that is
    present, and repack each over the old file with a fresh content key.

    Results come first for the backups `destroy` ran on, in call order, then for those
    that failed before it could run. Each: backup_id, path, status (purged|failed),
    ok, ledger_seq (of backup.purged), sha256, error."""
    called: list[dict[str, Any]] = []
    not_called: list[dict[str, Any]] = []
    for b in _present(vault):
        result: dict[str, Any] = {"backup_id": b.backup_id, "path": b.path, "status": "failed", "ok": False}
        ran = False
        partial = partial_path(b.file, "purge")
        sweep_stale(b.file.parent)
        try:
            with private_tempdir(b.file.parent, "purge") as folder:
                u = unpack(b.file, backup_keys.vault_source(vault), folder, deep=False)
                copy = backup_keys.open_with_master(folder, u.master, psychotherapy_wraps=u.psychotherapy_wraps)
                try:
                    ran = True
                    destroy(copy)
                    head = copy.ledger.head()
                finally:
                    backup_keys.close_copy(copy)
                if any(backup_snapshot.leftover_journal(folder / f) for f in COMPARTMENT_FILES.values()):
                    raise InvalidInput("A purged backup copy was not closed cleanly; the old backup was kept.")
                sha256, size = pack_folder(folder, partial, header_io.read(folder), u.master, head,
                                           u.manifest["created"])
            with private_tempdir(b.file.parent, "purge-check") as check:
                unpack(partial, backup_keys.fixed_master(u.master), check, deep=False)
            _scrub_replace(partial, b.file)
            entry = vault.ledger.append(
                PURGED, {"path": b.path, "backup_id": b.backup_id, "sha256": sha256, "bytes": size,
                         "previous_sha256": b.sha256},
            )
            result.update(status="purged", ok=True, ledger_seq=entry.seq, sha256=sha256)
        except VaultError as err:
            result["error"] = err.message
        finally:
            with contextlib.suppress(OSError):
                partial.unlink()
        (called if ran else not_called).append(result)
    return called + not_called


_PROBLEM_KEYS = ("rows_remaining", "key_problems", "problems", "found")


def inspect_backups(vault: Vault, check: Callable[[Vault], dict[str, Any]]) -> list[dict[str, Any]]:
    """Open a private copy of every present registered backup and return `check(copy)` for
    each, with backup_id, path, status and ok (false when the check reports a problem)."""
    out: list[dict[str, Any]] = []
    for b in _present(vault):
        entry: dict[str, Any] = {"backup_id": b.backup_id, "path": b.path}
        try:
            with private_tempdir(b.file.parent, "inspect") as folder:
                u = unpack(b.file, backup_keys.vault_source(vault), folder)
                copy = backup_keys.open_with_master(folder, u.master, psychotherapy_wraps=u.psychotherapy_wraps)
                try:
                    found = check(copy)
                finally:
                    backup_keys.close_copy(copy)
        except VaultError as err:
            entry.update(status="failed", ok=False, error=err.message)
        else:
            entry.update(found)
            entry["status"] = "inspected"
            entry["ok"] = bool(found.get("ok", True)) and not any(found.get(k) for k in _PROBLEM_KEYS)
        out.append(entry)
    return out


def reminder_text(vault: Vault) -> str | None:
    """A plain sentence for the GUI when the last verified backup is too old, else None."""
    info = status(vault)
    if not info["reminder_due"]:
        return None
    age = info["verified_backup_age_days"]
    if age is None:
        return "This vault has no verified backup yet. Make one now (Backups > Back up now)."
    return f"Your last verified backup is {int(age)} days old. Make a new one."


__all__ = [
    "BackupInfo",
    "RestoreReport",
    "backup_if_changed",
    "configure",
    "create_backup",
    "inspect_backups",
    "list_backups",
    "purge_from_backups",
    "reminder_text",
    "restore_backup",
    "settings",
    "status",
    "verify_backup",
]

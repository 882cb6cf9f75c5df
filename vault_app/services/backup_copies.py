"""Work on a private copy of every registered backup: purge destroyed charts from each
and repack it, or inspect each (destruction's proof that no backup still holds a chart).

Apart from backup.py so that destruction can reach the backups without importing the
backup module, which imports restore, which re-applies destructions: one direction only.
backup.py re-exports both functions under their old names.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vault_app.domain.errors import InvalidInput, VaultCorrupt, VaultError, VaultTampered
from vault_app.services import backup_checked, backup_keys, staging_journal
from vault_app.services.backup_archive import (
    check_before_packing,
    describe_folder,
    pack_folder,
    partial_path,
    private_tempdir,
    read_back,
    replace_file,
    sweep_stale,
    unpack,
)
from vault_app.services.backup_registry import PURGED, RegisteredBackup, registered
from vault_app.services.fault_injection import crash_point
from vault_app.services.vault import Vault
from vault_app.storage import backup_snapshot
from vault_app.storage import header as header_io
from vault_app.storage.chunk_store import is_snapshot_path
from vault_app.storage.compartment import COMPARTMENT_FILES
from vault_app.storage.header import Header, LedgerAnchor

_SCRUB_BLOCK = 1 << 20
# The benchmark clears it to measure the purge as it was before (no check, no record)
# beside the purge with the check; nothing else does.
CHECK_PURGED = True


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
    """Single-file backups that are there now (snapshots of a repository have their own
    purge and inspection: services/backup_repo.py)."""
    return [b for b in registered(vault) if b.state() != "missing" and not is_snapshot_path(b.file)]


def purge_from_backups(vault: Vault, destroy: Callable[[Vault], None]) -> list[dict[str, Any]]:
    """Run `destroy` on a private, still-encrypted copy of every registered backup that is
    present, and repack each over the old file with a fresh content key. The purged copy
    gets the full check first (check_purged_copy), so the new file carries a "checked"
    record and its restore relies on it; it replaces the old file only once read back.

    Results come first for the backups `destroy` ran on, in call order, then for those
    that failed before it could run. Each: backup_id, path, status (purged|failed),
    ok, ledger_seq (of backup.purged), sha256, error."""
    called: list[dict[str, Any]] = []
    not_called: list[dict[str, Any]] = []
    for b in _present(vault):
        result, ran = purge_file(vault, b.file, destroy, b)
        (called if ran else not_called).append(result)
    return called + not_called


def purge_file(vault: Vault, file: Path, destroy: Callable[[Vault], None], registered_as: RegisteredBackup | None,
               *, also: dict[str, Any] | None = None) -> tuple[dict[str, Any], bool]:
    """purge_from_backups for one single-file backup: a registered one (`registered_as`), or a
    file the register does not name (a copy made by hand, `destruction purge-backups --file`),
    purged the same way: a private copy, checked, packed beside it, read back, then put in place.
    `also`: more for its backup.purged entry. (result, whether `destroy` ran)."""
    path = str(registered_as.path) if registered_as is not None else str(file)
    backup_id = registered_as.backup_id if registered_as is not None else None
    result: dict[str, Any] = {"backup_id": backup_id, "path": path, "status": "failed", "ok": False}
    ran = False
    partial = partial_path(file, "purge")
    sweep_stale(file.parent)
    try:
        # Journaled, a registered backup's too: a kill's unpacked copy (the chart still in it) is
        # swept by the next unlock, and named by a destruction's certificate while its drive is away
        # (found by a walker: a registered folder's was swept only by the next purge, and unnamed).
        with staging_journal.work_folder_of(vault, file.parent, "purge") as folder:
            u = unpack(file, backup_keys.vault_source(vault), folder, deep=False)
            copy = backup_keys.open_with_master(folder, u.master, psychotherapy_wraps=u.psychotherapy_wraps)
            try:
                ran = True
                destroy(copy)
                head = copy.ledger.head()
            finally:
                backup_keys.close_copy(copy)
            if any(backup_snapshot.leftover_journal(folder / f) for f in COMPARTMENT_FILES.values()):
                raise InvalidInput("A purged backup copy was not closed cleanly; the old backup was kept.",
                                   code="purge.copy_not_closed")
            header = header_io.read(folder)
            # Hashed before the check: the read-back compares the packed bytes with
            # these, so a file changed after it was checked can never carry the record.
            parts = describe_folder(folder)
            checked = (check_purged_copy(folder, header, u.master, u.psychotherapy_wraps, head, u.checked_record)
                       if CHECK_PURGED else None)
            crash_point("backup:checked")
            sha256, size = pack_folder(folder, partial, header, u.master, head, u.manifest["created"],
                                       checked=checked, parts=parts)
        crash_point("backup:packed")
        if checked is not None:
            read_back(partial, u.master)  # the file holds exactly the bytes just checked
        else:
            with private_tempdir(file.parent, "purge-check") as check:
                unpack(partial, backup_keys.fixed_master(u.master), check, deep=False)
        _scrub_replace(partial, file)
        crash_point("backup:replaced")
        entry = vault.ledger.append(
            PURGED, {"path": path, "backup_id": backup_id, "sha256": sha256, "bytes": size,
                     "previous_sha256": registered_as.sha256 if registered_as is not None else u.sha256,
                     # The purged copy's ledger went on past the vault's (the destruction ran
                     # on it): this head says the file is still this vault's line (backup_lineage).
                     "ledger_head": {"seq": head.seq, "mac": head.mac_hex},
                     **({"check": backup_checked.RECORDED} if checked is not None else {}),
                     **(also or {})},
        )
        result.update(status="purged", ok=True, ledger_seq=entry.seq, sha256=sha256)
    except VaultError as err:
        result["error"] = err.message
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    return result, ran


def check_purged_copy(folder: Path, header: Header, master: bytes, wraps: tuple[bytes, ...], head: LedgerAnchor,
                      old_record: dict[str, Any] | None = None) -> dict[str, Any] | None:
    """The "checked" record of a purged backup's closed copy in `folder`, or None.

    The purge rewrote every page of the compartments it rekeyed and appended to the copy's
    ledger, so nothing of the old record can be carried over as a snapshot's is
    (backup_checked.after_purge): the copy gets every check the record stands for, the
    ones a verified backup gets before packing (the header's MAC with the unwrap, every
    page, the whole chain against the header's anchor, the head, every blob). The caller
    then packs it with the record and reads the file back before it replaces the old one.

    One check is spared when the old file had a record (`old_record`): the chain up to its
    head was walked when that record was made, on the very rows the copy holds (unpacked
    under AES-GCM; the ledger refuses updates and the purge only appends), so it is walked
    from that head, whose MAC must still match, not from the first entry. Every page of the
    ledger is still checked.

    A damaged or altered copy gets no record (it is packed as before and a restore checks
    it in full, and refuses it); a full disk or another failure to check is not damage:
    it stops the purge, and the old backup stays as it was."""
    keys = backup_keys.unwrap_header(header, master, wraps)
    chain_from = backup_checked.recorded_head(old_record) if old_record is not None else None
    try:
        checked = check_before_packing(folder, keys, header.ledger_anchor, head, chain_from=chain_from)
    except (VaultCorrupt, VaultTampered):
        return None
    return backup_checked.rewritten_by_purge(checked, chain_from)


_PROBLEM_KEYS = ("rows_remaining", "key_problems", "problems", "found")

# Unpacks a backup (file or snapshot) into the given empty private folder: its master key
# and the psychotherapy wrapping keys it reached.
Unpacker = Callable[[Path], tuple[bytes, tuple[bytes, ...]]]


def inspect_copy(b: RegisteredBackup, work_parent: Path, unpack_into: Unpacker,
                 check: Callable[[Vault], dict[str, Any]]) -> dict[str, Any]:
    """`check(copy)` on a private copy of one registered backup, with backup_id, path, status
    and ok (false when the check reports a problem). Single files and snapshots alike."""
    entry: dict[str, Any] = {"backup_id": b.backup_id, "path": b.path}
    try:
        with private_tempdir(work_parent, "inspect") as folder:
            master, wraps = unpack_into(folder)
            copy = backup_keys.open_with_master(folder, master, psychotherapy_wraps=wraps)
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
    return entry


def inspect_backups(vault: Vault, check: Callable[[Vault], dict[str, Any]]) -> list[dict[str, Any]]:
    """Open a private copy of every present registered backup file and return `check(copy)`
    for each (inspect_copy)."""
    def unpack_into(b: RegisteredBackup) -> Unpacker:
        def into(folder: Path) -> tuple[bytes, tuple[bytes, ...]]:
            u = unpack(b.file, backup_keys.vault_source(vault), folder)
            return u.master, u.psychotherapy_wraps
        return into

    return [inspect_copy(b, b.file.parent, unpack_into(b), check) for b in _present(vault)]


__all__ = ["inspect_backups", "purge_file", "purge_from_backups"]

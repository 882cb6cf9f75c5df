"""A destruction in the registered backups: purge each one present, search the purged
copy, and say plainly which registered backups could not be reached (a drive not
plugged in): those still hold the chart until `destruction purge-backups` runs.

In a single-file backup's copy the rows are deleted with secure_delete and every
compartment the chart touched is re-encrypted under a fresh key; the backup service then
writes the copy into a new container under a fresh key and overwrites the old file. No
VACUUM there: the rekey already rewrites every page, and the copy is never used in place.

In a snapshot's copy there is no rekey (SNAPSHOT_METHOD says what that gives up): only the
pages the deletion changed get new ciphertext, so a purged snapshot still shares every
other chunk with the other snapshots and with the live vault's next one. A rekey there
would make every page new in every snapshot: one destruction would turn a repository of
N snapshots into N full copies. Nor is a snapshot rebuilt whole: only its records.db and
psychotherapy.db are, opened with its header's keys alone (services/snapshot_purge.py);
its ledger part and the other charts' attachments keep their chunk lists.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vault_app.domain.errors import EnvironmentProblem, VaultError
from vault_app.services import backup_copies, backup_registry, backup_repo, snapshot_purge_repositories, staging_journal
from vault_app.services import destruction_verify as verify
from vault_app.services.backup_archive import HEADER_PART
from vault_app.services.backup_registry import RegisteredBackup
from vault_app.services.backup_workdirs import another_process_at_work
from vault_app.services.destruction_steps import (
    StepLog,
    Target,
    blob_problems,
    delete_and_compact,
    erase,
    maintenance_psychotherapy,
    remaining_rows_in,
)
from vault_app.services.snapshot_purge import Layout, SnapshotCopy, ledger_is_live_prefix
from vault_app.services.snapshot_search import SharedPageSearch
from vault_app.services.vault import Vault
from vault_app.storage import chart_keys
from vault_app.storage.compartment import COMPARTMENT_FILES, Compartment
from vault_app.storage.destruction_hold import HeldRead
from vault_app.storage.layout import RESTORE_JOURNAL_NAME
from vault_app.storage.ledger_store import LedgerStore

# parts_reused: file -> the backup whose purged and checked part of the same input this
# snapshot took (services/snapshot_purge_reuse.py), said per snapshot in the certificate.
_KEEP = ("backup_id", "path", "status", "ok", "ledger_seq", "error", "parts_reused")
# The benchmark sets it to measure the previous method (a rekey in every snapshot copy) in
# the same run; nothing else does.
SNAPSHOT_REKEY = False
# The benchmark sets it to measure the whole-copy purge without a rekey (each snapshot
# rebuilt whole and opened as a Vault) beside the purge of the touched parts alone.
SNAPSHOT_WHOLE_COPY = False
# The benchmark clears it to measure the search of every page of every purged snapshot
# (each snapshot on its own) beside the search of each distinct page once.
SNAPSHOT_SHARED_SEARCH = True
FILE_METHOD = ("rows deleted with secure_delete, every compartment the chart touched re-encrypted under a "
               "fresh random key, the copy written into a new container under a fresh key, the old file "
               "overwritten and replaced")
SNAPSHOT_METHOD = (
    "rows deleted with secure_delete (full-text index entries with FTS5 secure-delete), WAL folded back; "
    "only the pages that deletion changed were written anew, the chunks that held their former images "
    "were overwritten with zeros and removed once no registered snapshot named them. No re-encryption "
    "under a fresh key: the compartment keys of the time stay in the snapshot, so a block of an older "
    "copy of those files that survives elsewhere on a disk (the vault's own old file blocks, an SSD's "
    "spare area, a copy of a chunk taken before this purge) would still be readable to whoever also "
    "holds the passphrase or recovery key. Every page of its records and psychotherapy files was "
    "searched, and its ledger (the live ledger's first entries, searched there, or else its own pages); "
    "the chart's attachment files were dropped from it, the other charts' left as they were."
)
# Work items the backup service leaves beside a backup file if its process is
# killed: an unpacked copy of the backup (still encrypted, but with the old keys)
# or a partly written container. After a destruction none may survive.
# A check's unpacked copy (verify) and a restore's staging too: found, a killed Back up now's
# check left `.vault-verify-PID-…` beside the snapshots, and this did not name it.
_STALE_WORK = re.compile(
    r"^\.(vault-(purge|purge-check|inspect|backup|verify|restore)-.+|.+\.(purge|partial)-\d+)$")


def _folder(vault: Vault) -> Path | None:
    # A LiveView (destruction_beside) carries the live vault's folder for its work journal alone.
    folder = getattr(vault, "journal_folder", None) or getattr(vault, "folder", None)
    return folder if isinstance(folder, Path) else None


def stale_work(vault: Vault) -> list[Path]:
    """Work items beside registered backups, and every journaled work folder no process works
    in that can be reached now, wherever it was begun (services/staging_journal.py): found,
    a killed single-file copy into a folder that never held a registered backup was missed."""
    folders = {b.file.parent for b in backup_registry.registered(vault)}
    found: list[Path] = []
    for folder in sorted(f for f in folders if f.is_dir()):
        found.extend(p for p in sorted(folder.iterdir())
                     if _STALE_WORK.match(p.name) and not _restore_journaled(folder, p))
    own = _folder(vault)
    if own is not None:
        found.extend(e.path for e in staging_journal.leftovers(own)
                     if staging_journal.reachable(e) and os.path.lexists(e.path) and e.path not in found)
    return found


def _restore_journaled(folder: Path, path: Path) -> bool:
    # A killed restore's work folder is what the next open moves in while its journal is there.
    return path.name.startswith(".vault-restore-") and os.path.lexists(folder / RESTORE_JOURNAL_NAME)


def sweep(vault: Vault) -> list[str]:
    """Remove work copies an interrupted backup, purge or check left behind, beside the
    registered backups and wherever the work journal says one was begun. Another live
    process's work in progress is left alone: a second copy of the vault backing up into
    the same folder now (its staging folder removed under it, its backup failed)."""
    removed = []
    for path in stale_work(vault):
        if another_process_at_work(path):
            continue
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path.name)
    own = _folder(vault)
    if own is not None:
        staging_journal.sweep(own)  # their entries cleared (and any left reachable since)
    return removed


def beyond_reach(vault: Vault) -> list[dict[str, Any]]:
    """Journaled work folders of a killed backup or check that cannot be reached now (a drive
    taken away): each may hold an unpacked copy of the vault from before the destruction."""
    own = _folder(vault)
    if own is None:
        return []
    # One row a folder: a killed copy's work folder and its partial file are two entries there.
    rows: dict[str, dict[str, Any]] = {}
    for e in staging_journal.leftovers(own):
        if not staging_journal.reachable(e):
            rows.setdefault(str(e.path.parent), {"path": str(e.path.parent), "started": e.started,
                                                 "status": "beyond reach"})
    return list(rows.values())


def purge(
    vault: Vault, target: Target, scan: verify.ContentScan | None, destroyed_keys: dict[str, str],
    on_backup: Callable[[int], None] | None = None,
) -> list[dict[str, Any]]:
    """Purge the chart from every registered backup that is present, then search each
    purged copy (decrypted with the vault's keys) and the new backup file (raw).
    `on_backup(i)` hears that the i-th backup's copy is being purged (the progress bar)."""
    checked: list[dict[str, Any]] = []
    # Single files are re-encrypted under a fresh key; snapshots are not (SNAPSHOT_METHOD).
    rekey = {"after": True}

    def destroy_in_copy(copy: Vault) -> None:
        if on_backup is not None:
            on_backup(len(checked) + 1)
        before = copy.ledger.head()
        erase(copy, target, StepLog(), label="backup:", rebuild=False, rekey_after=rekey["after"])
        if scan is not None:
            # Entries the erase itself appended to the copy come after `before`; they are
            # searched row by row when the pages of the copy's ledger are not.
            prefix = ledger_is_live_prefix(vault, before)
            label = f"backup {len(checked) + 1}: "
            scan.copy(copy, label, ledger_is_live_prefix=prefix, ledger_tail_after=before.seq)
            # Its hits explained by its own rows, compliance records and ledger up to its
            # head before the erase (destruction_places), not by the live vault's.
            with maintenance_psychotherapy(copy) as psy:
                scan.copies.judge(scan.hits, label, copy.records, psy, copy.ledger.store, before.seq)
        # A snapshot keeps the compartment keys of its time: those are not leftovers there.
        checked.append(_copy_structural(copy, target, destroyed_keys if rekey["after"] else {}))

    # One search for every snapshot of this destruction: a page already searched in an
    # earlier snapshot (same key, same place, same chunk) is not decrypted again.
    shared = SharedPageSearch(scan) if scan is not None and SNAPSHOT_SHARED_SEARCH else None

    # Each lists the backups it ran `destroy` on first, in call order: `checked` grows with
    # those calls, single files first, then the snapshots of backup repositories.
    def destroy_in_snapshot(copy: SnapshotCopy) -> None:
        if on_backup is not None:
            on_backup(len(checked) + 1)
        copy.label = f"backup {len(checked) + 1}: "
        comps = [copy.compartment(name) for name in target.compartments]
        # A compartment with no row of the chart (psychotherapy.db of a chart without such
        # notes, a snapshot from before the chart) is left byte for byte as it was: its
        # part and chunks stay, no check of it again. Its pages are still searched below,
        # so a residue of the chart there would still fail the verification.
        touched = [comp for comp in comps if remaining_rows_in([comp], target)]
        delete_and_compact(touched, target, StepLog(), label="backup:", rebuild=False)
        if scan is not None:
            label = f"backup {len(checked) + 1}: "
            # Nothing is appended to the snapshot's ledger here: when it is the live
            # ledger's prefix, there is no tail of its own to search either.
            scan.ledgers_matched_live += int(copy.ledger_is_live_prefix)
            scan.raw_file(copy.folder / HEADER_PART, f"{label}{HEADER_PART}")
            if shared is None:
                scan.search_places(scan.compartment_places(copy.folder, copy.keys, label))
                _judge_snapshot(scan, copy)
            # else: searched once chunked and checked (search_snapshot), chunk by chunk.
        checked.append(_snapshot_structural(copy, target))

    def search_snapshot(copy: SnapshotCopy, layout: Layout) -> None:
        assert shared is not None
        shared.search_compartments(copy.folder, copy.keys, layout, copy.label)
        assert scan is not None
        _judge_snapshot(scan, copy)

    files = backup_copies.purge_from_backups(vault, destroy_in_copy)
    files_checked = checked[:]
    rekey["after"] = SNAPSHOT_REKEY
    try:
        if SNAPSHOT_REKEY or SNAPSHOT_WHOLE_COPY:
            snapshots = snapshot_purge_repositories.purge_from_repositories(vault, destroy_in_copy)
        else:
            snapshots = snapshot_purge_repositories.purge_from_repositories(
                vault, destroy_parts=destroy_in_snapshot, search_parts=search_snapshot if shared is not None else None)
    except VaultError as err:
        said = _repository_not_purged(vault, err)
        if said is err:
            raise
        raise said from err
    snapshots_checked = checked[len(files_checked):]
    snapshot_method = FILE_METHOD if SNAPSHOT_REKEY else SNAPSHOT_METHOD
    return ([_entry(r, files_checked, i, scan, FILE_METHOD) for i, r in enumerate(files)]
            + [_entry(r, snapshots_checked, i, scan, snapshot_method) for i, r in enumerate(snapshots)])


def purge_named(vault: Vault, target: Target, destroyed_keys: dict[str, str], file: Path,
                registered_as: RegisteredBackup | None, certificate_id: str, *,
                record_head: bool = True) -> dict[str, Any]:
    """Purge the chart from one single-file backup named by the therapist (`destruction
    purge-backups CERT --file PATH`): a copy the register does not name (made by hand, restored
    from beside the vault) or one it does. The registered purge's machinery (backup_copies.purge_file):
    a private copy erased and re-encrypted under fresh keys, its structure checked, the full check
    on it, packed beside the file, read back, then put in place by a rename; the old file stays
    whole until then. Its backup.purged entry names the destruction (an unregistered file's stays
    out of the register: the rotation never deletes a file the app did not make). `record_head`
    false: the purged file's ledger head is left out of it (a file of another line of this vault,
    whose folder backup_lineage must not take for this vault's)."""
    checked: list[dict[str, Any]] = []

    def destroy_in_copy(copy: Vault) -> None:
        erase(copy, target, StepLog(), label="backup:", rebuild=False, rekey_after=True)
        checked.append(_copy_structural(copy, target, destroyed_keys))

    also: dict[str, Any] = ({"certificate_id": certificate_id} | ({} if registered_as else {"unregistered": True})
                            | ({} if record_head else {"ledger_head": None}))
    result, _ran = backup_copies.purge_file(vault, file, destroy_in_copy, registered_as, also=also)
    entry = _entry(result, checked, 0, None, FILE_METHOD)
    entry["registered"] = registered_as is not None
    return entry


# What to do when a backup folder cannot be written (the destruction stays interrupted and is
# tried again at every unlock). Disconnecting the drive is the documented way to leave it out
# for now: a registered backup that is not there is "not reachable", listed on the certificate
# and purged later by `destruction purge-backups` (docs/backup.md, docs/retention.md).
NOT_WRITABLE_HINT = (
    "Make the drive writable (its write-protect switch, or mount it read-write): the destruction is then "
    "finished at the next unlock, or now with 'vault-app destruction resume'. If it cannot be made writable "
    "now, disconnect that drive: the destruction then finishes without it, its certificate lists that "
    "folder's backups as not reachable, and 'vault-app destruction purge-backups' purges them once the "
    "drive is connected and writable.")


def _not_writable(folder: Path) -> bool:
    """Whether `folder` is on a read-only mount, or not writable by this user."""
    try:
        read_only = bool(os.statvfs(folder).f_flag & os.ST_RDONLY) if hasattr(os, "statvfs") else False
    except OSError:
        return False
    return read_only or not os.access(folder, os.W_OK)


def _repository_not_purged(vault: Vault, err: VaultError) -> VaultError:
    """A backup repository's purge that stopped the destruction, said with the backup folder it
    stopped at and what to do (found: a repository on a read-only drive left the destruction
    "interrupted", and `destruction resume` said only that). A folder that cannot be written
    is named as such; else the error is said for the registered backup folders present."""
    roots = sorted({b.file.parent.parent for b in backup_repo.registered_snapshots(vault)})
    stuck = [root for root in roots if _not_writable(root)]
    if stuck:
        return BackupFolderNotWritable(
            f"The destroyed chart could not be purged from the backups in {', '.join(map(str, stuck))}: "
            "that drive is read-only (or you cannot write to it).",
            hint=NOT_WRITABLE_HINT, code="destruction.backup_folder_not_writable",
            params={"folder": ", ".join(map(str, stuck))})
    # Said where it happened, the error otherwise as it was (its kind, code and hint kept).
    where = ", ".join(map(str, roots)) or "the registered backup folders"
    err.message = f"The destroyed chart could not be purged from the backups in {where}: {err.message}"
    err.args = (err.message,)
    return err


class BackupFolderNotWritable(EnvironmentProblem):
    """A registered backup repository the destruction must purge is on a drive it cannot write."""


def _judge_snapshot(scan: verify.ContentScan, copy: SnapshotCopy) -> None:
    """The snapshot's hits explained by its own purged files (destruction_places), read
    through query-only reads: the files were chunked and checked, and must stay as they are
    (the next snapshot of the group is patched from them). Its ledger is read only when it
    is not the live one's prefix; else the live ledger answers up to its head, later."""
    with contextlib.ExitStack() as stack:
        reads: dict[str, Compartment] = {}
        for name in ("records", "psychotherapy", "ledger"):
            if name in copy.keys:
                held = HeldRead.begin(name, copy.folder / COMPARTMENT_FILES[name], copy.keys[name])
                stack.callback(held.close)
                reads[name] = held.compartment()
        ledger = LedgerStore(reads["ledger"]) if "ledger" in reads else None
        scan.copies.judge(scan.hits, copy.label, reads["records"], reads.get("psychotherapy"), ledger,
                          copy.ledger_head)


def _copy_structural(copy: Vault, target: Target, destroyed_keys: dict[str, str]) -> dict[str, Any]:
    """The copy's structural checks, plus: no chart key of the chart, no blob without its row.
    `destroyed_keys` empty (a snapshot: kept its keys, SNAPSHOT_METHOD): no check of them."""
    struct = verify.copy_structural(copy, target, destroyed_keys)
    if struct["rows_remaining"] is not None:
        try:
            struct["key_problems"] = [*struct["key_problems"], *blob_problems(copy, target)]
        except VaultError as err:
            struct["key_problems"] = [*struct["key_problems"], f"could not be checked: {err.message}"]
    return struct


def _snapshot_structural(copy: SnapshotCopy, target: Target) -> dict[str, Any]:
    """_copy_structural for a snapshot's purged parts: no row naming the chart (or the
    notes), no attachment key of the chart. A blob part without its row cannot be left:
    purge_snapshot keeps only the blob parts the purged records.db names."""
    try:
        rows = remaining_rows_in([copy.compartment(name) for name in target.compartments], target)
        problems = []
        if target.note_ids is None and chart_keys.exists(copy.compartment("records"), target.client_id):
            problems.append("the chart's attachment key is still in records.db")
    except VaultError as err:
        return {"rows_remaining": None, "key_problems": [f"could not be checked: {err.message}"]}
    return {"rows_remaining": rows, "key_problems": problems}


def _entry(result: dict[str, Any], checked: list[dict[str, Any]], i: int,
           scan: verify.ContentScan | None, method: str) -> dict[str, Any]:
    entry = {k: v for k, v in result.items() if k in _KEEP}
    if i < len(checked) and result.get("status") == "purged":
        entry["method"] = method  # what the certificate says was done to this copy
        entry.update(checked[i])
        if checked[i].get("rows_remaining") or checked[i].get("key_problems"):
            entry["ok"] = False
        backup_file = Path(str(result["path"]))
        # A snapshot's manifest is searched raw like a backup file; its chunks are encrypted
        # and the ones that held the chart are overwritten and removed by the purge's sweep.
        if scan is not None and backup_file.is_file():
            scan.raw_file(backup_file, f"backup file {backup_file.name}")
    return entry



def unreachable(vault: Vault) -> list[dict[str, Any]]:
    """Registered backups whose file is not there now (an unplugged drive, a moved file)."""
    return [
        {"backup_id": b.backup_id, "path": b.path, "created": b.created, "status": "not reachable"}
        for b in backup_registry.registered(vault)
        if b.state() == "missing"
    ]


def inspect(vault: Vault, target: Target, destroyed_keys: dict[str, str]) -> list[dict[str, Any]]:
    """Open each present registered backup read-only and repeat the structural checks."""
    def check(copy: Vault) -> dict[str, Any]:
        return _copy_structural(copy, target, destroyed_keys)

    def check_snapshot(copy: Vault) -> dict[str, Any]:
        # A purged snapshot keeps the compartment keys of its time (SNAPSHOT_METHOD), which may
        # be the keys the live vault retired: that is not a leftover.
        return _copy_structural(copy, target, {})

    return backup_copies.inspect_backups(vault, check) + backup_repo.inspect_snapshots(vault, check_snapshot)

"""A chart purged from every registered snapshot, one repository after another.

purge_from_repositories runs services/snapshot_purge.py's purge on each registered snapshot
that is present, each repository held against another copy of the vault writing into it
from the first purge to its sweep.

A group of snapshots (purge_from_repositories with destroy_parts) runs on both cores:
each snapshot's SQLite structure check runs beside the next snapshot's patch, deletion
and chunking (`_purge_group`, two working folders per repository), and each manifest is
renamed only once its own check passed (docs/scaling.md, *on both cores*). The steps of one
snapshot (snapshot_purge.prepare, snapshot_purge.finish) are read through their module.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from vault_app.domain.errors import VaultBusy, VaultError
from vault_app.services import backup_registry, snapshot_purge, staging_journal
from vault_app.services.backup_archive import sweep_stale
from vault_app.services.backup_repo import registered_snapshots
from vault_app.services.backup_repo_read import repository_of
from vault_app.services.fault_injection import crash_point
from vault_app.services.snapshot_purge_copy import Layout, SnapshotCopy
from vault_app.services.snapshot_purge_group import PurgeWork
from vault_app.services.snapshot_purge_reuse import PurgedParts
from vault_app.services.vault import Vault
from vault_app.storage import backup_folder_lock
from vault_app.storage.chunk_store import Repository

__all__ = ["CHECK_BESIDE_NEXT", "PATCH_WORKING_COPY", "purge_from_repositories"]

# The benchmark clears it to measure each snapshot's compartments rebuilt whole beside the
# working copy patched from one snapshot to the next (snapshot_purge_group.py).
PATCH_WORKING_COPY = True
# Each snapshot's structure check beside the next one's patch and deletion (two working
# folders per repository): 0.71-0.86 of one after the other at 4x, load 1-2
# (docs/benchmarks.md, eighth round). The benchmark clears it to measure the serial group.
CHECK_BESIDE_NEXT = True


def purge_from_repositories(vault: Vault, destroy: Callable[[Vault], None] | None = None, *,
                            destroy_parts: Callable[[SnapshotCopy], None] | None = None,
                            search_parts: Callable[[SnapshotCopy, Layout], None] | None = None,
                            ) -> list[dict[str, Any]]:
    """`backup.purge_from_backups` for snapshots: `purge_chart` on every registered snapshot
    that is present, then one sweep per repository (chunks no snapshot names any more are
    overwritten and removed). Same result shape and order: first the snapshots `destroy`
    ran on, in call order, then those that failed before it could run.

    With `destroy_parts` instead: snapshot_purge.purge_snapshot, which rebuilds and
    rewrites only the compartments the chart touches (the destruction's way), and
    `search_parts` (purge_snapshot's `search`) after each snapshot's check. Then the group
    runs on both cores (snapshot_purge_pipeline.py): each snapshot's structure check runs
    beside the next one's patch, deletion and chunking, in two working folders per
    repository; each snapshot is still checked whole before its own manifest's rename.

    In the group, a compartment part with the same input as one purged and checked
    earlier in it takes that purged part (snapshot_purge_reuse.py); with `destroy` each
    snapshot is purged on its own (that purge appends to each copy's own ledger)."""
    called: list[dict[str, Any]] = []
    not_called: list[dict[str, Any]] = []
    repos: dict[Path, Repository] = {}
    with contextlib.ExitStack() as held:
        # Each repository held from the first purge to its sweep against another copy of the
        # vault writing into it: its sweep would take a purged snapshot's new chunks, named by
        # no manifest until the rename (storage/backup_folder_lock.py). In one order, so two
        # processes never wait on each other's second repository.
        # A repository another process keeps past the wait is not purged now: its snapshots
        # are reported failed with the reason (the destruction says which), the others go on.
        registered = [(b, repository_of(b.file).root) for b in registered_snapshots(vault)]
        busy: dict[Path, str] = {}
        for root in sorted({root for _, root in registered}):
            if root.is_dir():
                try:
                    held.enter_context(backup_folder_lock.held(root))
                except VaultBusy as err:
                    busy[root] = err.message
        snapshots = []
        for b, root in registered:
            reason = busy.get(root)
            if reason is None:
                snapshots.append(b)
            else:
                not_called.append({"backup_id": b.backup_id, "path": b.path, "status": "failed", "ok": False,
                                   "error": reason})
        if destroy_parts is not None and PATCH_WORKING_COPY:
            _purge_group(vault, snapshots, destroy_parts, search_parts, called, not_called, repos)
        else:
            for b in snapshots:
                _purge_one(vault, b, destroy, destroy_parts, search_parts, called, not_called, repos)
        for repo in repos.values():
            with contextlib.suppress(VaultError):
                repo.sweep()
    return called + not_called


def _purge_one(vault: Vault, b: backup_registry.RegisteredBackup, destroy: Callable[[Vault], None] | None,
               destroy_parts: Callable[[SnapshotCopy], None] | None,
               search_parts: Callable[[SnapshotCopy, Layout], None] | None,
               called: list[dict[str, Any]], not_called: list[dict[str, Any]],
               repos: dict[Path, Repository]) -> None:
    """One registered snapshot of purge_from_repositories without a working copy, its
    result put in `called` or `not_called` (whether `destroy` ran), its repository in
    `repos` when purged."""
    ran = {"yes": False}

    def counted(copy: Vault, ran: dict[str, bool] = ran) -> None:
        ran["yes"] = True
        assert destroy is not None
        destroy(copy)

    def counted_parts(copy: SnapshotCopy, ran: dict[str, bool] = ran) -> None:
        ran["yes"] = True
        assert destroy_parts is not None
        destroy_parts(copy)

    result: dict[str, Any] = {"backup_id": b.backup_id, "path": b.path, "status": "failed", "ok": False}
    try:
        if destroy_parts is not None:
            result.update(snapshot_purge.purge_snapshot(vault, b.file, counted_parts, sweep=False,
                                                        search=search_parts))
        else:
            result.update(snapshot_purge.purge_chart(vault, b.file, counted, sweep=False))
        repos[repository_of(b.file).root] = repository_of(b.file)
    except VaultError as err:
        result["error"] = err.message
    (called if ran["yes"] else not_called).append(result)


def _purge_group(vault: Vault, snapshots: list[backup_registry.RegisteredBackup],
                 destroy: Callable[[SnapshotCopy], None],
                 search: Callable[[SnapshotCopy, Layout], None] | None, called: list[dict[str, Any]],
                 not_called: list[dict[str, Any]], repos: dict[Path, Repository]) -> None:
    """purge_from_repositories with destroy_parts: every snapshot prepared (patch,
    deletion, chunks written and read back) while the previous one's structure check runs
    on the pool, then that one finished (check waited for, search, rename). At most one
    snapshot is between its preparation and its rename besides the one being prepared, so
    two working folders per repository suffice: snapshot k+1 never writes k's files.
    A kill leaves each snapshot old-whole or new-whole: a manifest is renamed only after
    its own check (the crash point `backup:next-prepared` is between the two)."""
    pending: tuple[dict[str, Any], snapshot_purge.Prepared, PurgeWork] | None = None
    reuse = PurgedParts()
    works: dict[Path, list[PurgeWork]] = {}
    turns: dict[Path, int] = {}
    with contextlib.ExitStack() as stack:
        # Entered last, left first: no check thread still reads a folder being removed.
        folders = contextlib.ExitStack()
        stack.enter_context(folders)
        pool = stack.enter_context(ThreadPoolExecutor(len(snapshot_purge.CHART_NAMES),
                                                   thread_name_prefix="vault-purge-check"))
        for b in snapshots:
            root = repository_of(b.file).root
            if root not in works:
                sweep_stale(root)
                works[root] = [PurgeWork(folders.enter_context(staging_journal.work_folder_of(vault, root, "purge")))
                               for _ in range(2 if CHECK_BESIDE_NEXT else 1)]
            work = works[root][turns.get(root, 0) % len(works[root])]
            turns[root] = turns.get(root, 0) + 1
            ran = {"yes": False}

            def counted(copy: SnapshotCopy, ran: dict[str, bool] = ran) -> None:
                ran["yes"] = True
                destroy(copy)

            result: dict[str, Any] = {"backup_id": b.backup_id, "path": b.path, "status": "failed", "ok": False}
            prepared = None
            with _failure_recorded(result, work):
                prepared = snapshot_purge.prepare(vault, b.file, counted, work.folder, work, pool, reuse)
            (called if ran["yes"] else not_called).append(result)
            if pending is not None:
                if prepared is not None:
                    crash_point("backup:next-prepared")  # two snapshots written, neither renamed
                _finish_in_group(vault, pending, search, repos)
                pending = None
            if prepared is not None and CHECK_BESIDE_NEXT:
                pending = (result, prepared, work)
            elif prepared is not None:
                _finish_in_group(vault, (result, prepared, work), search, repos)
        if pending is not None:
            _finish_in_group(vault, pending, search, repos)


def _finish_in_group(vault: Vault, pending: tuple[dict[str, Any], snapshot_purge.Prepared, PurgeWork],
                     search: Callable[[SnapshotCopy, Layout], None] | None, repos: dict[Path, Repository]) -> None:
    result, prepared, work = pending
    with _failure_recorded(result, work):
        result.update(snapshot_purge.finish(vault, prepared, search, sweep=False))
        repos[prepared.repo.root] = prepared.repo


@contextlib.contextmanager
def _failure_recorded(result: dict[str, Any], work: PurgeWork) -> Iterator[None]:
    """A VaultError is this snapshot's failure: recorded in `result`, the group goes on.
    Anything else propagates. Either way the work folder is reset for the next snapshot."""
    try:
        yield
    except VaultError as err:
        result["error"] = err.message
        work.reset()
    except BaseException:
        work.reset()
        raise

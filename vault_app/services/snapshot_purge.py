"""A chart purged from registered snapshots, at page level.

A purge (snapshot_purge.purge_chart) rebuilds the snapshot in a private folder, deletes the
chart there (no rekey: services/destruction_backups.py), and chunks the result: only the
pages the deletion changed make new chunks. What must be read back is what it wrote,
not the whole snapshot again (check_purged, services/snapshot_purge_check.py).

A snapshot whose records.db or psychotherapy.db has the same chunk list as one already
purged and checked in the group takes that one's purged part (snapshot_purge_reuse.py).
Each compartment records the last ledger entry it has seen and its own change counter
(services/vault_binding.py); purge_snapshot keeps the entry seen and moves the counter on
from the file's own, so the same input gives an output bound to each snapshot's ledger as
the input was. (The whole-copy purge, purge_chart, moves both on in the copy's own ledger:
there one snapshot's purged file beside another's ledger would open as a rollback.)

purge_snapshot (the destruction's path) rebuilds only what the chart's deletion touches:
the header, records.db and psychotherapy.db (and ledger.db only when it must be searched,
see SnapshotCopy), opens them with the keys the snapshot's header wraps, without a Vault,
so nothing is appended to the snapshot's ledger. The new manifest names the re-chunked
compartments, the ledger part's chunk list of the old manifest unchanged, and the old blob
parts minus those the purged records.db no longer names. snapshot_purge.purge_chart (a Vault
opened on a whole copy) stays for the rekey of every copy the benchmark still measures.

Every registered snapshot's purge, one repository after another, and the group of them on
both cores are services/snapshot_purge_repositories.py's.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vault_app.domain.errors import InvalidInput, VaultCorrupt
from vault_app.services import backup_checked, backup_keys, backup_registry, backup_repo_owner, staging_journal
from vault_app.services.backup_archive import HEADER_PART, PARTS, blob_part_names, sweep_stale
from vault_app.services.backup_registry import PURGED
from vault_app.services.backup_repo import REPO_FORMAT, snapshot_manifest
from vault_app.services.backup_repo_chunks import Source, store_parts
from vault_app.services.backup_repo_read import (
    _write_part,
    materialize,
    open_snapshot,
    read_manifest_file,
    repository_of,
)
from vault_app.services.snapshot_purge_check import (
    StructureCheck,
    check_purged,
    manifest_reads_back,
    start_structure_check,
)
from vault_app.services.snapshot_purge_copy import Layout, SnapshotCopy, ledger_is_live_prefix
from vault_app.services.snapshot_purge_group import PurgeWork
from vault_app.services.snapshot_purge_reuse import Purged, PurgedParts
from vault_app.services.vault import Vault
from vault_app.storage import backup_snapshot, blob_store, clinical_attachments
from vault_app.storage import header as header_io
from vault_app.storage.backup_format import repo_damaged
from vault_app.storage.chunk_store import ChunkKeys, Repository
from vault_app.storage.compartment import COMPARTMENT_FILES
from vault_app.storage.files import os_errors
from vault_app.storage.header import LedgerAnchor

# The check's home is snapshot_purge_check.py, the snapshot's copy's snapshot_purge_copy.py.
__all__ = ["Layout", "SnapshotCopy", "check_purged", "ledger_is_live_prefix", "manifest_reads_back"]

# The compartments a chart's deletion rewrites.
CHART_NAMES = ("records", "psychotherapy")

# --- the purge of the parts a chart's deletion touches -------------------------------------------
def _put_in_place(vault: Vault, repo: Repository, path: Path, raw: bytes,
                  registered: backup_registry.RegisteredBackup | None, written: int, *, sweep: bool) -> dict[str, Any]:
    """The checked new manifest replaces the old one (atomic rename), `backup.purged` is
    recorded for a registered snapshot, and (with `sweep`) the chunks no snapshot names any
    more are scrubbed and removed. The result both purges return."""
    repo.write_manifest(path, raw)
    sha256 = hashlib.sha256(raw).hexdigest()
    result: dict[str, Any] = {"backup_id": registered.backup_id if registered else None, "path": str(path),
                              "status": "purged", "ok": True, "sha256": sha256, "chunks_written": written}
    if registered is not None:
        entry = vault.ledger.append(PURGED, {"path": str(path), "backup_id": registered.backup_id, "sha256": sha256,
                                             "bytes": len(raw), "previous_sha256": registered.sha256,
                                             "format": REPO_FORMAT})
        result["ledger_seq"] = entry.seq
    result["chunks_removed"] = repo.sweep()["chunks_removed"] if sweep else 0
    return result


def purge_snapshot(vault: Vault, snapshot: Path, destroy: Callable[[SnapshotCopy], None], *,
                   sweep: bool = True, search: Callable[[SnapshotCopy, Layout], None] | None = None,
                   work: PurgeWork | None = None) -> dict[str, Any]:
    """snapshot_purge.purge_chart without the whole copy: run `destroy` on the snapshot's
    compartments the chart touches (SnapshotCopy), chunk those (only chunks the repository
    lacks are written), keep the ledger part's chunk list and the blob parts the purged
    records.db still names, read back what was written (check_purged), replace the manifest
    (one rename), record `backup.purged`, and (with `sweep`) scrub and remove every chunk no
    snapshot names. A crash before the rename leaves the old snapshot whole; after it, only
    unreferenced chunks, which the next sweep removes. Same result as purge_chart.

    `search`, when given, is called once the purged copy passed check_purged, with where
    each chunk of records.db and psychotherapy.db lies (the destruction's content search
    of each distinct page once, services/snapshot_search.py): the chunk ids are those of
    the bytes searched, hashed from the copy as it is then.

    `work`, when given (purge_from_repositories: two per repository), holds the working
    copy an earlier snapshot's purge left: records.db and psychotherapy.db are patched
    to this snapshot's content instead of rebuilt (services/snapshot_purge_group.py)."""
    with contextlib.ExitStack() as stack:
        # The check's threads are joined (pool exit) before the private folder is removed.
        folder = work.folder if work is not None else stack.enter_context(_private_folder(vault, snapshot))
        pool = stack.enter_context(ThreadPoolExecutor(len(CHART_NAMES), thread_name_prefix="vault-purge-check"))
        try:
            return finish(vault, prepare(vault, snapshot, destroy, folder, work, pool), search, sweep=sweep)
        except BaseException:
            if work is not None:
                work.reset()  # what the working copy holds is not known any more
            raise


@contextlib.contextmanager
def _private_folder(vault: Vault, snapshot: Path) -> Iterator[Path]:
    root = repository_of(Path(snapshot).expanduser().resolve()).root
    sweep_stale(root)
    with staging_journal.work_folder_of(vault, root, "purge") as folder:  # journaled, as a file's purge
        yield folder


@dataclass
class Prepared:
    """A snapshot purged in its folder, chunked and read back, its new manifest made, its
    structure check running (`checks`): what finish needs to put it in place."""

    path: Path
    repo: Repository
    registered: backup_registry.RegisteredBackup | None
    source: Any
    copy: SnapshotCopy
    layout: Layout
    parts: list[dict[str, Any]]
    raw: bytes
    written: int
    checks: StructureCheck
    # File name -> the snapshot whose purged and checked part of the same input it took.
    reused: dict[str, str] = field(default_factory=dict)
    # The chunks of those parts this snapshot's old manifest does not name (written by
    # the earlier purge): each must be in the repository before the rename.
    reused_new: list[str] = field(default_factory=list)


def prepare(vault: Vault, snapshot: Path, destroy: Callable[[SnapshotCopy], None], folder: Path,
            work: PurgeWork | None, pool: ThreadPoolExecutor, reuse: PurgedParts | None = None) -> Prepared:
    """purge_snapshot up to its check: the deletion in `folder`, the chunks written and read
    back, the new manifest made; SQLite's integrity check of the rewritten files started on
    `pool`. Nothing of the snapshot is replaced yet (that is finish, after the check).

    `reuse` (a group, with `work`): a part whose input was purged and checked earlier in
    the group is brought in as that output instead of its own input (snapshot_purge_reuse);
    the deletion then finds nothing of the chart in it, and if it comes out byte for byte
    as brought in, it is neither read back nor checked again."""
    path = Path(snapshot).expanduser().resolve()
    repo = repository_of(path)
    backup_repo_owner.claim_for(vault, repo)  # its sweep must not take another vault's chunks
    registered = backup_registry.find(vault, path)
    sweep_stale(repo.root)
    source = backup_keys.vault_source(vault)
    slots, master, body = open_snapshot(read_manifest_file(path), source)
    ck = ChunkKeys(master, slots.vault_id)
    old = {p["name"]: p for p in body["parts"]}
    for stale in (HEADER_PART, COMPARTMENT_FILES["ledger"]):  # an earlier snapshot's, in a working folder
        (folder / stale).unlink(missing_ok=True)
    _write_part(repo, ck, old[HEADER_PART], folder / HEADER_PART)
    with os_errors("unpacking the backup snapshot"):
        raw_header = (folder / HEADER_PART).read_bytes()
    try:
        header = header_io.decode(raw_header)
    except VaultCorrupt:
        raise repo_damaged("the vault header inside a snapshot is malformed") from None
    wraps = source.psychotherapy_wraps(header, master)
    keys = backup_keys.check_embedded_header(header, slots, master, wraps)
    head = LedgerAnchor(int(body["ledger_head"]["seq"]), str(body["ledger_head"]["mac"]))
    prefix = ledger_is_live_prefix(vault, head)
    wanted = [n for n in CHART_NAMES if n in keys] + ([] if prefix else ["ledger"])
    taken: dict[str, Purged] = {}
    for name in wanted:
        if work is not None and name in CHART_NAMES:
            prior = reuse.offer(repo.root, old[COMPARTMENT_FILES[name]], keys[name]) if reuse is not None else None
            if prior is not None:
                taken[name] = prior
            work.bring(repo, ck, prior.part if prior is not None else old[COMPARTMENT_FILES[name]])
        else:
            _write_part(repo, ck, old[COMPARTMENT_FILES[name]], folder / COMPARTMENT_FILES[name])
    copy = SnapshotCopy(folder, {n: keys[n] for n in wanted}, prefix, ledger_head=head.seq)
    try:
        destroy(copy)
        named = clinical_attachments.blob_ids(copy.compartment("records"))
    finally:
        copy.close()
    if any(backup_snapshot.leftover_journal(folder / COMPARTMENT_FILES[n]) for n in wanted):
        raise InvalidInput("A purged snapshot copy was not closed cleanly; the old snapshot was kept.",
                           code="purge.snapshot_not_closed")
    files = [COMPARTMENT_FILES[n] for n in CHART_NAMES if n in copy.keys]
    sizes: dict[str, list[int]] = {}
    stored, written, _ = store_parts(repo, ck, [(f, folder / f) for f in files], sizes=sizes)
    new = dict(zip(files, stored, strict=True))
    if work is not None:
        for f in files:
            work.remember(f, sizes.get(f, []), new[f]["chunks"])
    # A compartment the deletion left byte for byte as it was (no row of the chart in
    # it: destruction_backups skips it) keeps its part and needs no check again.
    changed = tuple(n for n in CHART_NAMES if n in copy.keys
                    and new[COMPARTMENT_FILES[n]]["chunks"] != old[COMPARTMENT_FILES[n]]["chunks"])
    # Taken whole: the deletion left the brought-in output exactly as it was (else it is
    # read back and checked below as any purged part).
    reused = {n: p for n, p in taken.items() if n in changed and (new[COMPARTMENT_FILES[n]]["size"],
                                                                  new[COMPARTMENT_FILES[n]]["chunks"])
              == (p.part["size"], p.part["chunks"])}
    parts: list[dict[str, Any]] = []
    for part in body["parts"]:
        blob_id = blob_store.blob_id_of_name(part["name"])
        if part["name"] in new:
            parts.append(new[part["name"]])
        elif blob_id is None or blob_id in named:
            # Unchanged: the header, the ledger, another chart's attachment. The old
            # manifest's entry as it was (chunk list, size, file identity).
            parts.append(part)
    # The check_purged below is what the carried record rests on for the rewritten
    # pages; the manifest is only put in place once it passed (backup_checked.after_purge).
    kept = backup_checked.after_purge(backup_checked.parse(body, repo_damaged(
        "a snapshot's table of contents is malformed")), head, changed)
    raw = snapshot_manifest(header, master, head, str(body["created"]), parts, kept)
    reused_files = {COMPARTMENT_FILES[n] for n in reused}
    check_purged(repo, ck, folder, body["parts"], [p for p in parts if p["name"] not in reused_files], keys,
                 changed, sizes=sizes, structure_later=True)
    checks = start_structure_check(pool, folder, keys, tuple(n for n in changed if n not in reused))
    if reuse is not None:
        me = str(registered.backup_id) if registered is not None else str(path)
        for n in changed:
            check = checks.future(n)
            if n not in reused and check is not None:  # read back above; offered once its check passed
                reuse.record(repo.root, old[COMPARTMENT_FILES[n]], keys[n], new[COMPARTMENT_FILES[n]], me, check)
    layout = {f: list(zip(sizes.get(f, []), new[f]["chunks"], strict=True)) for f in files}
    named_before = {c for p in body["parts"] for c in p["chunks"]}
    reused_new = [c for f in reused_files for c in new[f]["chunks"] if c not in named_before]
    return Prepared(path, repo, registered, source, copy, layout, parts, raw, written, checks,
                     {COMPARTMENT_FILES[n]: p.source for n, p in reused.items()}, reused_new)


def finish(vault: Vault, done: Prepared, search: Callable[[SnapshotCopy, Layout], None] | None, *,
           sweep: bool) -> dict[str, Any]:
    """The structure check waited for (it raises if a file did not check: the old snapshot
    stays), the search of the purged copy, the new manifest read back and renamed into place."""
    done.checks.wait()
    if search is not None:
        search(done.copy, done.layout)
    # A reused part's chunks were written for an earlier snapshot, named by its manifest
    # if that was renamed; none is removed before the group's end, yet none is named
    # here unseen. Those this snapshot's old manifest names are there as every chunk of its
    # kept parts is (the header's, the ledger's): no sweep before the group's end. So only
    # the earlier purge's new chunks are looked for (a few dozen, not every chunk: 3,000
    # a part at 4x, a stat each).
    if any(not done.repo.has(c) for c in done.reused_new):
        raise VaultCorrupt("A purged snapshot's part is missing from the repository; the old snapshot was kept.",
                           hint="Check the backup drive, then run 'vault-app destruction purge-backups' again.",
                           code="purge.part_missing")
    manifest_reads_back(done.repo, done.raw, done.parts, done.source)
    result = _put_in_place(vault, done.repo, done.path, done.raw, done.registered, done.written, sweep=sweep)
    if done.reused:
        result["parts_reused"] = dict(done.reused)
    return result


def purge_chart(vault: Vault, snapshot: Path, destroy: Callable[[Vault], None], *,
                sweep: bool = True) -> dict[str, Any]:
    """Run `destroy` on a private copy of `snapshot` (as backup.purge_from_backups does for a
    file), chunk the result (only chunks the repository lacks are written), read back what
    it wrote (services/snapshot_purge.py), put it in place of the old one (atomic rename), record
    `backup.purged`, and (with `sweep`) scrub and remove every chunk no snapshot names
    any more. A crash before the rename leaves the old snapshot whole; after it, only
    unreferenced chunks, which the next sweep removes.

    Returns backup_id (None if the snapshot is not registered), path, status, ok,
    sha256, chunks_written, chunks_removed, ledger_seq; errors are raised (VaultError)."""
    path = Path(snapshot).expanduser().resolve()
    repo = repository_of(path)
    backup_repo_owner.claim_for(vault, repo)  # its sweep must not take another vault's chunks
    registered = backup_registry.find(vault, path)
    sweep_stale(repo.root)
    with staging_journal.work_folder_of(vault, repo.root, "purge") as folder:  # journaled, as a file's purge
        m = materialize(path, backup_keys.vault_source(vault), folder, deep=False)
        copy = backup_keys.open_with_master(folder, m.master, psychotherapy_wraps=m.psychotherapy_wraps)
        try:
            destroy(copy)
            head = copy.ledger.head()
        finally:
            backup_keys.close_copy(copy)
        if any(backup_snapshot.leftover_journal(folder / f) for f in COMPARTMENT_FILES.values()):
            raise InvalidInput("A purged snapshot copy was not closed cleanly; the old snapshot was kept.",
                               code="purge.snapshot_not_closed")
        header = header_io.read(folder)
        sources: list[tuple[str, Source]] = [(name, folder / name) for name in (*PARTS, *blob_part_names(folder))]
        ck = ChunkKeys(m.master, m.slots.vault_id)
        parts, written, _ = store_parts(repo, ck, sources)
        raw = snapshot_manifest(header, m.master, head, str(m.body["created"]), parts)
        # What the purge wrote is read back and checked before the new manifest replaces
        # the old one (check_purged says what, and what not again).
        keys = backup_keys.check_embedded_header(header, m.slots, m.master, m.psychotherapy_wraps)
        check_purged(repo, ck, folder, m.body["parts"], parts, keys, CHART_NAMES)
        manifest_reads_back(repo, raw, parts, backup_keys.vault_source(vault))
    return _put_in_place(vault, repo, path, raw, registered, written, sweep=sweep)

"""The restore of a snapshot purged by a destruction, against a plain decrypt-and-copy of
the same bytes, in the same run (issue 21 item 5, after item 2's purge).

On a copy of the cached practice: one verified snapshot (its check recorded), then a
verified destruction of the oldest adult chart (which purges the snapshot part by part:
snapshot_purge.purge_snapshot). Then, alternated so load falls on all alike:

- plain: the vault's files encrypted beforehand (untimed) as one AES-GCM stream; timed:
  decrypt and write them, fsync'd (bench_restore.plain_decrypt_copy);
- after (the default now): restore_snapshot relying on the record the purge carried
  forward (backup_checked.after_purge);
- before: restore_snapshot with every check (full=True): what every restore of a purged
  snapshot ran before the purge kept the record.

With --kind file, the same for a single-file backup (a verified one, registered), whose
purge unpacks, destroys in the copy, rekeys and repacks it (backup_copies.purge_from_backups):

- before: the purge as it was (backup_copies.CHECK_PURGED cleared): no check, no record,
  so the restore runs every check (full=True measures that path on the purged file);
- after: the purge checks the purged copy before packing and records it; the restore
  relies on the record. The purge's own time is measured too, alternated with the
  purge before, with and without a record in the file it purges (_timed_purges).

    .venv/bin/python -m benchmarks.bench_restore_purged [--scale 4] [--quick] [--kind file]
"""

from __future__ import annotations

import argparse
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks import practice
from benchmarks.bench_restore import _encrypted_stream, plain_decrypt_copy
from benchmarks.common import NO_KEYRING, once_s
from benchmarks.vault_ops import _oldest_adult_chart
from vault_app.services import (
    backup,
    backup_checked,
    backup_copies,
    backup_keys,
    backup_repo,
    backup_repo_restore,
    backup_restore,
    destruction,
)
from vault_app.services.backup_archive import read_back
from vault_app.services.backup_repo_read import open_snapshot
from vault_app.services.vault import Vault


def _restore(vault: Vault, snapshot: Path, dest: Path, full: bool) -> float:
    started = time.perf_counter()
    report = backup_repo_restore.restore_snapshot(snapshot, dest, current=vault, secrets_store=NO_KEYRING, full=full)
    seconds = time.perf_counter() - started
    if report.check != (backup_checked.FULL if full else backup_checked.RECORDED):
        raise RuntimeError(f"the restore ran the {report.check!r} check")  # measuring the wrong path
    shutil.rmtree(dest)
    return seconds


def _restore_file(vault: Vault, path: Path, dest: Path, full: bool) -> float:
    started = time.perf_counter()
    report = backup_restore.restore_backup(path, dest, current=vault, secrets_store=NO_KEYRING, full=full)
    seconds = time.perf_counter() - started
    if report.check != (backup_checked.FULL if full else backup_checked.RECORDED):
        raise RuntimeError(f"the restore ran the {report.check!r} check")  # measuring the wrong path
    shutil.rmtree(dest)
    return seconds


def _timed_purges(vault: Vault, runs: int) -> dict[str, list[float]]:
    """The purge of the registered single file, alternated three ways, one destruction of
    the oldest adult chart left each, the purge timed alone (purge_from_backups, as the
    destruction calls it): "before" without the check (backup_copies.CHECK_PURGED
    cleared, so it leaves no record), then "after, no old record" (the file the previous
    purge left has none: every check, the chain from entry 1), then "after, old record"
    (the file the previous purge left has one: the chain walked from its head)."""
    times: dict[str, list[float]] = {"before": [], "after, no old record": [], "after, old record": []}
    real = backup_copies.purge_from_backups
    kind = {"now": ""}

    def timed(v: Vault, destroy: Callable[[Vault], None]) -> list[dict[str, Any]]:
        started = time.perf_counter()
        try:
            return real(v, destroy)
        finally:
            times[kind["now"]].append(time.perf_counter() - started)

    backup_copies.purge_from_backups = timed  # type: ignore[assignment]
    try:
        for _run in range(runs):
            for now in times:
                kind["now"] = now
                backup_copies.CHECK_PURGED = now != "before"
                chart = _oldest_adult_chart(vault)
                cert = destruction.destroy(vault, chart, basis="override", confirm=chart,
                                           override_reason="benchmark of a single-file backup's purge")
                if [b.get("status") for b in cert["verification"]["backups"]] != ["purged"]:
                    raise RuntimeError(f"the backup was not purged: {cert['verification']['backups']}")
    finally:
        backup_copies.purge_from_backups = real
        backup_copies.CHECK_PURGED = True
    return times


def _alternated(vault: Vault, work: Path, runs: int, restore: Callable[[Path, bool], float],
                ) -> tuple[list[float], list[float], list[float], float]:
    """A plain decrypt-and-copy of the vault's bytes, the restore relying on the record and
    the restore with every check (`restore(dest, full)`), alternated `runs` times: the three
    lists of seconds and the MiB copied."""
    for comp in vault.open_compartments():
        comp.checkpoint()
    stream = work / "plain-stream"
    key, sizes = _encrypted_stream(vault.folder, stream)
    plain: list[float] = []
    after: list[float] = []
    before: list[float] = []
    for run in range(runs):
        dest = work / f"plain-{run}"
        plain.append(once_s(lambda dest=dest: plain_decrypt_copy(stream, key, sizes, dest))[0])  # type: ignore[misc]
        shutil.rmtree(dest)
        after.append(restore(work / f"after-{run}", False))
        before.append(restore(work / f"before-{run}", True))
    return plain, after, before, sum(s for _, s in sizes) / 2**20


def main_file(args: argparse.Namespace) -> int:
    with practice.opened_copy(args, "h-filecheck-restore-purged-") as (vault, work, _p):
        path = Path(backup.create_backup(vault, work / "usb", verify=True, rotate_old=False).path)
        purges = _timed_purges(vault, args.runs)
        if backup_checked.KEY not in read_back(path, backup_keys.master_of(vault)):
            raise RuntimeError("the purged file has no record")
        plain, after, before, mib = _alternated(
            vault, work, args.runs, lambda dest, full: _restore_file(vault, path, dest, full))
    p = min(plain)
    print(f"restore of a purged single-file backup, {args.scale}x, {mib:.0f} MiB; runs alternated: plain {plain}, "
          f"after {after}, before {before}; purge of the file: {purges}")
    print("| single-file backup after a destruction | s | plain s | / plain |")
    print("|---|---|---|---|")
    for name, times in (("restore after: relies on the record the purge made", after),
                        ("restore before: every check (the purge made no record)", before)):
        print(f"| {name} | {min(times):.2f} | {p:.2f} | {min(times) / p:.2f} |")
    for name, times in purges.items():
        print(f"| purge {name} | {min(times):.2f} | | |")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    practice.add_arguments(parser)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--kind", choices=("snapshot", "file"), default="snapshot")
    args = parser.parse_args(argv)
    if args.kind == "file":
        return main_file(args)
    with practice.opened_copy(args, "h9-restore-purged-") as (vault, work, _p):
        snapshot = Path(backup_repo.create_incremental(vault, work / "repo", verify=True, rotate_old=False).path)
        chart = _oldest_adult_chart(vault)
        cert = destruction.destroy(vault, chart, basis="override", confirm=chart,
                                   override_reason="benchmark of a restore after a destruction")
        statuses = [b.get("status") for b in cert["verification"]["backups"] if b["path"] == str(snapshot)]
        body = open_snapshot(snapshot.read_bytes(), backup_keys.vault_source(vault))[2]
        if statuses != ["purged"] or "purged" not in body.get(backup_checked.KEY, {}):
            raise RuntimeError(f"the snapshot was not purged with its record kept: {statuses}")
        plain, after, before, mib = _alternated(
            vault, work, args.runs, lambda dest, full: _restore(vault, snapshot, dest, full))
    p = min(plain)
    print(f"restore of a purged snapshot, {args.scale}x, {mib:.0f} MiB; runs alternated: plain {plain}, "
          f"after {after}, before {before}")
    print("| restore after a destruction | s | plain s | / plain |")
    print("|---|---|---|---|")
    for name, times in (("after: relies on the record the purge kept", after),
                        ("before: every check (the record was dropped)", before)):
        print(f"| {name} | {min(times):.2f} | {p:.2f} | {min(times) / p:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The default backup kind: what a new vault's backups (snapshots into a repository) cost
next to an older vault's (one file each time), on the same vault in the same run.

Each backup is what the lock, quit and `backup auto` make for that kind
(`backup.create_to_target`: checked as a restore would check it), without rotation so
that the disk they hold can be counted: a first backup, then DAYS days of work (20 notes,
5 attachments), each followed by one backup of each kind, the order alternating. A
plain fsync'd copy of the vault's files is timed in the same run as the floor.

    .venv/bin/python -m benchmarks.bench_backup_default [--scale 4] [--days 3] [--quick]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from benchmarks import practice
from benchmarks.bench_backup_repo import _a_days_work, _plain_copy
from vault_app.services import backup, backup_repo
from vault_app.services.vault import Vault


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _file(vault: Vault, folder: Path) -> float:
    start = time.perf_counter()
    backup.create_backup(vault, folder, verify=True, rotate_old=False)
    return time.perf_counter() - start


def _snapshot(vault: Vault, folder: Path) -> float:
    start = time.perf_counter()
    backup_repo.create_incremental(vault, folder, verify=True, rotate_old=False)
    return time.perf_counter() - start


def run(vault: Vault, work: Path, client_id: str, days: int) -> list[dict[str, float]]:
    files, repo = work / "files", work / "repo"
    rows = []
    for day in range(days + 1):
        if day:
            _a_days_work(vault, client_id)
        plain = _plain_copy(vault, work / "plain")
        # Alternate which kind goes first: the second reads a warmer page cache.
        if day % 2 == 0:
            file_s, snap_s = _file(vault, files), _snapshot(vault, repo)
        else:
            snap_s, file_s = _snapshot(vault, repo), _file(vault, files)
        rows.append({"day": day, "plain_s": plain, "file_s": file_s, "snapshot_s": snap_s,
                     "files_mib": _size(files) / 2**20, "repo_mib": _size(repo) / 2**20})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    practice.add_arguments(parser)
    parser.add_argument("--days", type=int, default=3)
    args = parser.parse_args(argv)
    with practice.opened_copy(args, "vault_app_bench_default_") as (vault, work, p):
        rows = run(vault, work, p.big_client, args.days)
    load = os.getloadavg()[0]
    print(f"{args.scale}x, load {load:.1f}")
    print("| backup | plain fsync'd copy | single file (old default) | snapshot (new default) | snapshot / file "
          "| disk: files | disk: repository |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        what = "first" if r["day"] == 0 else f"after day {r['day']}"
        print(f"| {what} | {r['plain_s']:.2f} s | {r['file_s']:.2f} s | {r['snapshot_s']:.2f} s "
              f"| {r['snapshot_s'] / r['file_s']:.2f} | {r['files_mib']:.0f} MiB | {r['repo_mib']:.0f} MiB |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

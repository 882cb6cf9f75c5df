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
import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import practice
from benchmarks.bench_backup_repo import _a_days_work, _plain_copy
from benchmarks.common import NO_KEYRING, PASSPHRASE
from vault_app.services import backup, backup_repo
from vault_app.services.vault import Vault, open_vault


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
    parser.add_argument("--scale", type=int, default=1, metavar="N")
    parser.add_argument("--days", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="the tiny practice: checks the harness only")
    parser.add_argument("--cache-dir", type=Path, default=None)
    args = parser.parse_args(argv)
    spec = practice.QUICK if args.quick else practice.FULL
    if args.scale > 1:
        spec = practice.scaled(spec, args.scale)
    p = practice.cached(spec, root=args.cache_dir, log=lambda s: print(s, file=sys.stderr))
    work = Path(tempfile.mkdtemp(prefix="vault_app_bench_default_", dir=args.cache_dir))
    try:
        folder = practice.working_copy(p, work / "vault")
        vault = open_vault(folder, PASSPHRASE, with_psychotherapy=True, secrets_store=NO_KEYRING)
        try:
            rows = run(vault, work, p.big_client, args.days)
        finally:
            vault.lock()
    finally:
        shutil.rmtree(work, ignore_errors=True)
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

"""How long a note's save waits when it is made just after Back up now.

Before, Back up now ran on the app's one worker: a save queued behind it waited for the whole
backup (copy, check, pack, read back). Now the worker only holds the vault's state
(services/backup_now.start) and the backup is built on a thread of its own; the save waits for
that hold alone. Both on the same copy of the practice, each kind of backup folder:

- before: the backup as the worker ran it (backup.create_to_target), then the save;
- now: backup_now.start, the save while the backup is built (timed on its own), then the
  registration once the build has ended (backup_now.finish).

    .venv/bin/python -m benchmarks.bench_backup_now [--scale N] [--quick] [--cache-dir DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from benchmarks import practice
from vault_app.services import backup, backup_now, notes
from vault_app.services.vault import Vault


def _save(vault: Vault, client_id: str, i: int) -> float:
    start = time.perf_counter()
    notes.create_progress_note(vault, client_id, text=f"Saved during the backup, {i}: " + "worked on sleep " * 30)
    return time.perf_counter() - start


def run(vault: Vault, work: Path, client_id: str) -> list[dict[str, float | str]]:
    rows: list[dict[str, float | str]] = []
    for kind in ("file", "repo"):
        target = work / kind
        backup.configure(vault, target=str(target), kind=kind)
        backup.create_to_target(vault, target)  # the first (a repository's chunks), not timed
        _save(vault, client_id, 0)
        start = time.perf_counter()
        backup.create_to_target(vault, target)
        before_backup = time.perf_counter() - start
        before_save = _save(vault, client_id, 1)
        start = time.perf_counter()
        running = backup_now.start(vault, target)
        held = time.perf_counter() - start
        now_save = _save(vault, client_id, 2)
        done = backup_now.finish(vault, running)
        total = time.perf_counter() - start
        assert done.info.verified and done.changed_since
        rows.append({"kind": kind, "before_wait_s": before_backup + before_save, "now_hold_s": held,
                     "now_save_s": now_save, "now_wait_s": held + now_save, "now_backup_s": total})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    practice.add_arguments(parser)
    args = parser.parse_args(argv)
    with practice.opened_copy(args, "vault_app_bench_backup_now_") as (vault, work, p):
        rows = run(vault, work, p.big_client)
    print(f"{args.scale}x, load {os.getloadavg()[0]:.1f}")
    print("| backup folder | save waited, before | save waited, now (hold + save) | Back up now's whole backup, now |")
    print("| --- | ---: | ---: | ---: |")
    for r in rows:
        print(f"| {r['kind']} | {r['before_wait_s']:.2f} s | {r['now_wait_s']:.2f} s ({r['now_hold_s']:.3f} + "
              f"{r['now_save_s']:.3f}) | {r['now_backup_s']:.2f} s |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

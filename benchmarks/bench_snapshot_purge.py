"""Destroy one chart with N registered snapshots (kind repo), issue 21 item 2.

On a copy of the cached benchmark practice: N snapshots into one repository, one note
written between each (as a rotation keeps them), then a verified destruction of the
oldest adult chart, in three ways alternated, each on a fresh copy of the same prepared
vault and repository:

- `none`: the repository moved away (registered, not reachable): the baseline;
- `old`: every snapshot copy re-encrypted under a fresh key (the first method);
- `whole`: each snapshot rebuilt whole, opened as a Vault, purged at page level (no
  rekey): the method before the purge of the touched parts alone;
- `new`: only records.db and psychotherapy.db rebuilt and purged, the ledger's and the
  other charts' attachments' chunk lists kept (snapshot_purge.purge_snapshot), every page
  of every purged snapshot searched;
- `shared`: the same purge, each distinct page searched once across the snapshots
  (services/snapshot_search.py), and one working copy per repository patched from one
  snapshot's content to the next (services/snapshot_purge_group.py), and the purged
  copy's check without a second HMAC pass (backup_snapshot.check_structure): what the
  destruction runs now. The others run the check with it, as before;
- `cutwhole`: `shared` with the purged files cut whole again twice per snapshot, as the
  round before (the patched working copy's proof, check_purged's read-back): `shared`
  now re-cuts only the regions the patch wrote (storage/chunk_rechunk.py) and reads each
  new chunk back at its offset;
- `serial`: `shared` one snapshot after the other, each snapshot's structure check waited
  for before the next one's patch and deletion (the round before); `shared` now runs
  each check beside the next snapshot's work (snapshot_purge_repositories.CHECK_BESIDE_NEXT);
- `noreuse`: `shared` with every snapshot's parts purged on their own (the round before);
  `shared` now takes the purged and checked part of an earlier snapshot of the group
  with the same input (snapshot_purge_reuse.REUSE_PURGED). Each run reports how many
  snapshots' parts were taken so (`parts_reused`).

`--prepared DIR --day` keeps the prepared vault and repository (a day's work of
bench_backup_repo between snapshots) for the next runs: 19 snapshots at 4x take a while.

Reports seconds, seconds per snapshot ((t - t_none) / N), and the repository's bytes
before and after. Run through `python -m benchmarks.bench_destruction --snapshots N`.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks import practice
from benchmarks.bench_backup_repo import _a_days_work
from benchmarks.common import NO_KEYRING, OUT, PASSPHRASE
from benchmarks.vault_ops import _oldest_adult_chart, step_seconds
from vault_app.services import (
    backup_repo,
    destruction,
    destruction_backups,
    notes,
    snapshot_purge_check,
    snapshot_purge_group,
    snapshot_purge_repositories,
    snapshot_purge_reuse,
)
from vault_app.services.vault import open_vault

VARIANTS = ("none", "old", "whole", "new", "cutwhole", "serial", "noreuse", "shared")


def _bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) if folder.exists() else 0


def _prepare(p: practice.Practice, run: Path, count: int, *, day: bool = False) -> dict[str, Any]:
    folder = practice.working_copy(p, run / "vault")
    vault = open_vault(folder, PASSPHRASE, with_psychotherapy=True, secrets_store=NO_KEYRING)
    try:
        started = time.perf_counter()
        for i in range(count):
            if i and day:
                # What a rotation's snapshots differ by: a day's notes and attachments.
                _a_days_work(vault, p.big_client)
            elif i:
                notes.create_progress_note(vault, p.big_client, text=f"A short session note {i}.")
            backup_repo.create_incremental(vault, run / "repo", rotate_old=False)
        made = time.perf_counter() - started
    finally:
        vault.lock()
    return {"snapshots_seconds": round(made, 1), "repo_bytes": _bytes(run / "repo"),
            "vault_bytes": _bytes(run / "vault")}


def _copy(src: Path, dest: Path) -> None:
    shutil.rmtree(dest, ignore_errors=True)
    subprocess.run(["cp", "-a", str(src), str(dest)], check=True)
    # The single-file backup the lock after the snapshots made beside the vault: left out
    # (registered, not reachable) so that every variant measures the snapshots alone.
    for leftover in dest.rglob("*.vaultbackup"):
        leftover.unlink()


def _destroy(run: Path, variant: str) -> dict[str, Any]:
    if variant == "none":
        (run / "repo").rename(run / "repo-unplugged")
    destruction_backups.SNAPSHOT_REKEY = variant == "old"
    destruction_backups.SNAPSHOT_WHOLE_COPY = variant == "whole"
    destruction_backups.SNAPSHOT_SHARED_SEARCH = variant not in ("old", "whole", "new")
    snapshot_purge_repositories.PATCH_WORKING_COPY = variant not in ("old", "whole", "new")
    snapshot_purge_check.CHECK_PAGES_AGAIN = variant in ("old", "whole", "new")
    snapshot_purge_check.READ_BACK_WHOLE = snapshot_purge_group.FULL_PROOF = variant == "cutwhole"
    snapshot_purge_repositories.CHECK_BESIDE_NEXT = variant not in ("serial", "cutwhole")
    snapshot_purge_reuse.REUSE_PURGED = variant == "shared"
    vault = open_vault(run / "vault", PASSPHRASE, with_psychotherapy=True, secrets_store=NO_KEYRING)
    try:
        chart = _oldest_adult_chart(vault)
        before = _bytes(run / "repo")
        load = os.getloadavg()[0]
        started = time.perf_counter()
        cert = destruction.destroy(vault, chart, basis="override", confirm=chart,
                                   override_reason="benchmark of a verified destruction")
        seconds = time.perf_counter() - started
    finally:
        destruction_backups.SNAPSHOT_REKEY = False
        destruction_backups.SNAPSHOT_WHOLE_COPY = False
        destruction_backups.SNAPSHOT_SHARED_SEARCH = True
        snapshot_purge_repositories.PATCH_WORKING_COPY = True
        snapshot_purge_check.CHECK_PAGES_AGAIN = False
        snapshot_purge_check.READ_BACK_WHOLE = snapshot_purge_group.FULL_PROOF = False
        snapshot_purge_repositories.CHECK_BESIDE_NEXT = True  # the default
        snapshot_purge_reuse.REUSE_PURGED = True
        vault.lock()
    ver = cert["verification"]
    return {"variant": variant, "seconds": round(seconds, 2), "verification": ver["result"],
            "load_before": round(load, 1), "load_after": round(os.getloadavg()[0], 1),
            "purged": sum(1 for b in ver["backups"] if b.get("status") == "purged"),
            "parts_reused": sum(len(b.get("parts_reused") or {}) for b in ver["backups"]),
            "backups": [f"{Path(str(b['path'])).parent.parent.name}/{Path(str(b['path'])).name}: {b.get('status')}"
                        for b in ver["backups"]],
            "repo_bytes_before": before, "repo_bytes_after": _bytes(run / "repo"),
            "steps_seconds": step_seconds(cert)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--snapshots", type=int, default=3)
    parser.add_argument("--scale", type=int, default=1, metavar="N")
    parser.add_argument("--runs", type=int, default=1, help="rounds of (none, old, new)")
    parser.add_argument("--skip-old", action="store_true", help="no run of the previous method (slow at 19)")
    parser.add_argument("--cache-dir", type=Path, default=None)
    parser.add_argument("--prepared", type=Path, default=None,
                        help="keep the prepared vault and repository here, or reuse them if there (slow at 4x, 19)")
    parser.add_argument("--day", action="store_true", help="a day's work (bench_backup_repo) between snapshots")
    parser.add_argument("--variants", default=",".join(VARIANTS), help="comma-separated, among " + ",".join(VARIANTS))
    args = parser.parse_args(argv)
    spec = practice.FULL if args.scale == 1 else practice.scaled(practice.FULL, args.scale)
    p = practice.cached(spec, root=args.cache_dir, log=lambda s: print(s, file=sys.stderr))
    work = Path(tempfile.mkdtemp(prefix="snappurge-bench-", dir=args.cache_dir))
    kept = args.prepared
    source = kept if kept is not None else work / "prepared"
    # The registry holds the snapshots' absolute paths: every run is in the folder they were made in.
    run = kept.with_name(kept.name + "-run") if kept is not None else work / "run"
    runs: list[dict[str, Any]] = []
    try:
        if kept is not None and (kept / "prepared.json").is_file():
            prepared = json.loads((kept / "prepared.json").read_text())
        else:
            shutil.rmtree(run, ignore_errors=True)
            prepared = _prepare(p, run, args.snapshots, day=args.day)
            shutil.move(str(run), str(source))
            (source / "prepared.json").write_text(json.dumps(prepared))
        wanted = args.variants.split(",")
        variants = [v for v in VARIANTS if v in wanted and not (args.skip_old and v == "old")]
        for _ in range(max(1, args.runs)):
            for variant in variants:
                _copy(source, run)
                runs.append(_destroy(run, variant))
                print(json.dumps(runs[-1]), file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(run, ignore_errors=True)
    best = {v: min((r for r in runs if r["variant"] == v), key=lambda r: r["seconds"]) for v in variants}
    base = best["none"]["seconds"]
    n = args.snapshots
    result = {"benchmark": "destruction with registered snapshots", "scale": args.scale, "snapshots": n,
              "when": datetime.now(UTC).isoformat(timespec="seconds"), "prepared": prepared, "runs": runs}
    OUT.mkdir(exist_ok=True)
    (OUT / f"bench_destruction_{n}snapshots_{args.scale}x.json").write_text(json.dumps(result, indent=2) + "\n")
    mib = 2**20
    print(f"vault {prepared['vault_bytes'] / mib:.0f} MiB, repository {prepared['repo_bytes'] / mib:.0f} MiB "
          f"({n} snapshots made in {prepared['snapshots_seconds']} s)")
    print("| destroy one chart, N registered snapshots (kind repo) | s | / baseline | s per snapshot "
          "| repository MiB before -> after |")
    print("| --- | ---: | ---: | ---: | --- |")
    label = {"none": "no snapshot reachable (baseline)", "old": f"N = {n}, rekey per copy (first method)",
             "whole": f"N = {n}, page-level purge of a whole copy (previous)",
             "new": f"N = {n}, purge of the touched parts, every page searched (previous)",
             "cutwhole": f"N = {n}, each distinct page searched once, files cut whole again (previous)",
             "serial": f"N = {n}, one snapshot after the other (previous)",
             "noreuse": f"N = {n}, each snapshot's parts purged on their own (previous)",
             "shared": f"N = {n}, a part purged once for the same input (now)"}
    for v in variants:
        r = best[v]
        per = "" if v == "none" else f"{(r['seconds'] - base) / n:.2f}"
        print(f"| {args.scale}x, {label[v]} | {r['seconds']:.2f} | {r['seconds'] / base:.2f} | {per} "
              f"| {r['repo_bytes_before'] / mib:.0f} -> {r['repo_bytes_after'] / mib:.0f} |")
    return 0 if all(r["verification"] == "passed" for r in runs) else 1


if __name__ == "__main__":
    raise SystemExit(main())

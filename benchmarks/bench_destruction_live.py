"""The live vault's destruction, this tree against an older one, alternated in one run.

Each run copies the cached benchmark practice (`--scale 4`: issue 21's 4x), takes its
registered backups off the register (the live vault alone is measured), and times
`destruction.destroy` of the oldest adult chart with verification, in a child process
whose code is either this tree ("after") or `--before` (a git ref, unpacked with `git
archive` into a temporary folder). The order alternates (before/after, after/before,
...), so a machine whose load changes during the run weighs on both alike. Prints one
JSON line per run and a Markdown table of the pairs.

    .venv/bin/python -m benchmarks.bench_destruction_live [--scale 4] [--runs 4] [--before main]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks import practice

ROOT = Path(__file__).resolve().parent.parent

# Only calls both trees have: it runs under the older code too.
CHILD = r"""
import json, shutil, sys, time
from datetime import datetime
from pathlib import Path
from benchmarks.common import PASSPHRASE
from vault_app.services import backup_registry, destruction
from vault_app.services.vault import open_vault
src, work = Path(sys.argv[1]), Path(sys.argv[2])
shutil.copytree(src, work / "vault")
try:
    vault = open_vault(work / "vault", PASSPHRASE, with_psychotherapy=True)
    for b in backup_registry.registered(vault):
        vault.ledger.append(backup_registry.ROTATED, {"path": b.path, "sha256": b.sha256, "backup_id": b.backup_id})
    chart = str(vault.records.query_one(
        "SELECT chart_number FROM clients WHERE kind = 'individual' AND last_contact IS NOT NULL "
        "AND date_of_birth < date(last_contact, '-18 years') ORDER BY last_contact, seq LIMIT 1")[0])
    start = time.perf_counter()
    cert = destruction.destroy(vault, chart, basis="override", confirm=chart,
                               override_reason="benchmark of a verified destruction")
    seconds = time.perf_counter() - start
    steps, previous = {}, datetime.fromisoformat(cert["started_at"])
    for step in cert["method"]["steps"]:
        at = datetime.fromisoformat(step["at"])
        steps[step["step"]] = round(steps.get(step["step"], 0.0) + (at - previous).total_seconds(), 2)
        previous = at
    vault.lock()
    print(json.dumps({"seconds": round(seconds, 2), "verification": cert["verification"]["result"], "steps": steps}))
finally:
    shutil.rmtree(work / "vault", ignore_errors=True)
"""


def _unpack(ref: str, into: Path) -> Path:
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "vault_app", "benchmarks"],
                             capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def _one(code: Path, vault: Path, work: Path) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(code))
    done = subprocess.run([sys.executable, "-c", CHILD, str(vault), str(work)], env=env, cwd=str(code),
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"the child failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--runs", type=int, default=4, help="pairs of runs (before and after)")
    parser.add_argument("--before", default="main", help="git ref of the code to compare with")
    args = parser.parse_args(argv)
    spec = practice.FULL if args.scale == 1 else practice.scaled(practice.FULL, args.scale)
    p = practice.cached(spec, log=lambda text: print(text, file=sys.stderr))
    pairs: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="vault_app_bench_live_") as tmp:
        (Path(tmp) / "before").mkdir()
        trees = {"before": _unpack(args.before, Path(tmp) / "before"), "after": ROOT}
        for run in range(args.runs):
            pair: dict[str, float] = {}
            for tag in ("before", "after") if run % 2 == 0 else ("after", "before"):
                load = os.getloadavg()[0]
                result = _one(trees[tag], p.folder, Path(tmp))
                pair[tag] = result["seconds"]
                print(json.dumps({"run": run, "code": tag, "load1": round(load, 2), **result}), flush=True)
            pairs.append(pair)
    print("\n| scale | before (s) | after (s) | after / before |\n| --- | --- | --- | --- |")
    for pair in pairs:
        print(f"| {args.scale}x | {pair['before']:.2f} | {pair['after']:.2f} | {pair['after'] / pair['before']:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Backup create and verified restore of a ~50,000-note vault (issue 6 targets: < 10 s and < 20 s).

Builds (or reuses a cached template of) a demo practice of 600 clients x 84 sessions
with a progress note each (50,400 progress notes, a psychotherapy note every third
session) and a ledger padded with audit events. Each run copies the template,
unlocks it and times:

- backup create: consistent snapshot of the three compartments, packing,
  encryption, fsync, ledger registration (the psychotherapy notes locked, as on
  an automatic backup at lock time);
- backup create --verify: the same plus the complete check a restore does;
- verify: checksum, key derivation from the passphrase, decryption, part hashes,
  header MAC, every page of every compartment, the whole ledger chain;
- restore: all of verify, plus re-applying destructions, recording the restore
  and moving the files into place (into an empty folder).

Prints a Markdown table and writes JSON to benchmarks/out/.

    .venv/bin/python -m benchmarks.bench_backup [--clients 600] [--notes-per-client 84]
        [--ledger-entries 200000] [--runs 3] [--fresh]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from benchmarks.common import OUT, PASSPHRASE, once_s
from benchmarks.practice import demo_template
from vault_app.services import backup
from vault_app.services.vault import open_vault

TARGETS = {"backup create": 10.0, "verified restore": 20.0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=600)
    parser.add_argument("--notes-per-client", type=int, default=84)
    parser.add_argument("--ledger-entries", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--fresh", action="store_true", help="rebuild the cached template vault")
    args = parser.parse_args()

    template, built = demo_template("backup", clients=args.clients, notes_per_client=args.notes_per_client,
                                    ledger_entries=args.ledger_entries, seed=11, fresh=args.fresh)
    times: dict[str, list[float]] = {"backup create": [], "backup create + verify": [], "verify (passphrase)": [],
                                     "verified restore": []}
    facts: dict[str, Any] = {}
    for run in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="bench-backup-") as tmp:
            work = Path(tmp)
            shutil.copytree(template, work / "vault")
            vault = open_vault(work / "vault", PASSPHRASE)
            try:
                seconds, info = once_s(partial(backup.create_backup, vault, work / "usb", rotate_old=False))
                times["backup create"].append(seconds)
                seconds, _ = once_s(partial(backup.create_backup, vault, work / "usb2", verify=True, rotate_old=False))
                times["backup create + verify"].append(seconds)
                if run == 0:
                    progress = vault.records.query_one("SELECT count(*) FROM progress_notes")[0]
                    facts = {
                        "progress_notes": int(progress),
                        "ledger_entries": vault.ledger.head().seq,
                        "vault_bytes": {p.name: p.stat().st_size for p in (work / "vault").iterdir() if p.is_file()},
                        "backup_bytes": info.bytes,
                    }
            finally:
                vault.lock()
            path = Path(info.path)
            seconds, _ = once_s(partial(backup.verify_backup, path, passphrase=PASSPHRASE, work_dir=work))
            times["verify (passphrase)"].append(seconds)
            seconds, _ = once_s(partial(backup.restore_backup, path, work / "restored", passphrase=PASSPHRASE))
            times["verified restore"].append(seconds)

    rows = []
    for name, values in times.items():
        target = TARGETS.get(name)
        best, median = min(values), statistics.median(values)
        verdict = "" if target is None else ("yes" if median < target else "NO")
        rows.append({"step": name, "best_s": round(best, 2), "median_s": round(median, 2),
                     "runs": [round(v, 2) for v in values], "target_s": target, "met": verdict})
    print(f"\nBackup benchmark: {facts.get('progress_notes')} progress notes, {facts.get('ledger_entries')} "
          f"ledger entries, backup file {facts.get('backup_bytes', 0) / 1e6:.1f} MB, {os.cpu_count()} CPUs\n")
    print("| step | best (s) | median (s) | target (s) | met |")
    print("| --- | ---: | ---: | ---: | :---: |")
    for r in rows:
        target = "" if r["target_s"] is None else f"< {r['target_s']:.0f}"
        print(f"| {r['step']} | {r['best_s']:.2f} | {r['median_s']:.2f} | {target} | {r['met']} |")
    if built is not None:
        print(f"\n(template vault built in {built:.0f} s, cached for later runs)")
    OUT.mkdir(exist_ok=True)
    result = {"when": datetime.now(UTC).isoformat(timespec="seconds"), "python": sys.version.split()[0],
              "platform": platform.platform(), "cpus": os.cpu_count(), "args": vars(args), "facts": facts,
              "results": rows}
    (OUT / "bench_backup.json").write_text(json.dumps(result, indent=2) + "\n")
    return 0 if all(r["met"] != "NO" for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())

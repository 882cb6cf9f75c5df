"""The dashboard's "Eligible for destruction" card at 1x and 4x (issue 21): the full pass of
the retention rule over every chart (what the card read before records migration 0083) next
to the stored-date count that replaced it, alternated call by call in the same run, plus the
whole dashboard read, the one-time fill after the upgrade, and what the before-commit step
adds to a commit when nothing is stale.

    python -m benchmarks.dashboard_retention [--scale 4] [--runs 30]

Works on a copy of the cached practice (the unlock upgrades and writes it).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import practice
from benchmarks.common import NO_KEYRING, PASSPHRASE, stats
from vault_app.services import notes, retention, retention_due, today
from vault_app.services.vault import Vault, open_vault
from vault_app.storage import retention_due as due_store


def _ms(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


def measure(vault: Vault, runs: int) -> dict[str, dict[str, float]]:
    records = vault.records
    full: list[float] = []
    count: list[float] = []
    boards: list[float] = []
    for _ in range(runs):
        full.append(_ms(lambda: len(retention.eligible(vault))))
        count.append(_ms(lambda: retention_due.eligible_count(records, retention.today())))
        boards.append(_ms(lambda: today.today(vault)))
    if len(retention.eligible(vault)) != retention_due.eligible_count(records, retention.today()):
        raise SystemExit("the stored-date count differs from the full computation")
    step = [_ms(lambda: retention_due.refresh(records)) for _ in range(runs * 10)]

    def fill() -> None:
        with records.transaction():  # its before-commit step recomputes every chart
            due_store.mark_all_stale(records)

    fills = [_ms(fill) for _ in range(3)]
    client_id = next(iter(due_store.stored(records)))
    draft = notes.create_progress_note(vault, client_id, text="Benchmark draft.", template="soap").note_id
    def save(i: int) -> Callable[[], object]:
        return lambda: notes.save_draft(vault, draft, {"subjective": f"Edit {i}."})

    saves = [_ms(save(i)) for i in range(runs * 3)]
    notes.discard_draft(vault, draft)
    return {
        "card before: the rule over every chart (retention.eligible)": stats(full),
        "card now: stored-date count (retention_due.eligible_count)": stats(count),
        "whole dashboard read now (services/today.py today)": stats(boards),
        "before-commit step, nothing stale (retention_due.refresh)": stats(step),
        "one-time fill of every chart (after the upgrade)": stats(fills),
        "autosave (save_draft), step included": stats(saves),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args(argv)
    spec = practice.FULL if args.scale == 1 else practice.scaled(practice.FULL, args.scale)
    p = practice.cached(spec, log=lambda s: print(s, file=sys.stderr))
    work = Path(tempfile.mkdtemp(prefix="vault_app_bench_dash_"))
    try:
        folder = practice.working_copy(p, work / "vault")
        start = time.perf_counter()
        vault = open_vault(folder, PASSPHRASE, secrets_store=NO_KEYRING)
        print(f"unlock with the upgrade and the fill: {time.perf_counter() - start:.2f} s", file=sys.stderr)
        try:
            charts = len(due_store.stored(vault.records))
            rows = measure(vault, args.runs)
        finally:
            vault.lock()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{args.scale}x practice, {charts} charts, {args.runs} runs (ms)")
    print("| measure | p50 | p95 | max |\n| --- | ---: | ---: | ---: |")
    for name, s in rows.items():
        print(f"| {name} | {s['p50']} | {s['p95']} | {s['max']} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

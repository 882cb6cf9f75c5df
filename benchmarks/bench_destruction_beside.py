"""How long an autosave waits while a destruction runs (issue 21, item 1).

    .venv/bin/python -m benchmarks.bench_destruction_beside [--snapshots 3] [--rounds 2] [--scale 1] [--quick]
        [--modes "one op" "search on worker" "search beside"]

On a copy of the cached benchmark practice with N snapshots in one repository
(bench_snapshot_purge's preparation), the oldest adult chart is destroyed (verified, every
snapshot purged) while an autosave (notes.save_draft of a draft in another chart, as the
editor does after a pause in typing) is submitted every 25 ms to the vault's one worker (a
SerialWorker: one thread, calls in order, as the GUI's). Measured per autosave: from
submitting to its result, i.e. its wait in the queue plus its own run.

- "one op": the destruction as it was, one call on the worker (every autosave queues behind it).
- "search on worker": services/destruction_beside with the live vault's content search in
  the live part on the worker (as in the seventh round), the backups' purge on a thread of
  its own handing its ledger calls to the worker.
- "search beside": the same, with the live vault's search on the purge's thread, on the
  image the erase left (services/destruction_image.py); the worker holds the deletion, the
  rekey, the crypto-erase and the structural checks only.
- "rekey beside": the same, with the compartments re-encrypted into copies on the purge's
  thread too and swapped in on the worker (services/destruction_rekey.py, tenth round); the
  worker holds the deletion, the staging of the keys, the crypto-erase, the checks, then
  the swap. "search beside" is then the way before it (the rekey in place on the worker).
- "delete beside": the same, with the chart's rows deleted in slices (eleventh round:
  destruction_beside.delete_part), each slice one short operation handed to the worker from
  the job's thread; "rekey beside" is then the way before it (the deletion one operation).
- "finish beside": the same, with the search's hits explained beside too (twelfth round:
  LiveImage.explain on the image, destruction_beside.explain_rest), so the finish on the
  worker reads no other chart's rows; "delete beside" is then the way before it (the finish
  explains the hits, on the worker).
- "baseline": the same autosaves in the same vault with no destruction, just before it.

Rounds alternate the modes (--modes, default the last two), each on a fresh copy of the
same prepared vault and repository, so a busy machine weighs on all alike; ratios are to
the baseline of the round. "live part" is the worst wait of an autosave begun before the
search beside or the purge began (what the worker holds). "worker held" is the time the
destruction's own calls held the worker (each timed where it runs) until the search beside
began, plus the swap; "longest hold" the longest single one of them in the whole run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks import practice
from benchmarks.bench_snapshot_purge import _copy, _prepare
from benchmarks.common import AUTOSAVE_PACE_S, NO_KEYRING, PASSPHRASE, autosaves, waits
from benchmarks.vault_ops import _oldest_adult_chart
from vault_app.services import clients, destruction, destruction_beside, destruction_end, destruction_live, notes
from vault_app.services.beside_job import SerialWorker
from vault_app.services.destruction_progress import Step
from vault_app.services.vault import open_vault
from vault_app.storage import destruction_delete

MODES = ("one op", "search on worker", "search beside", "rekey beside", "delete beside", "finish beside")
BESIDE = ("search beside", "rekey beside", "delete beside", "finish beside")


class _Window:
    """When a part ran (from its start to its end), to tell its autosaves apart."""

    def __init__(self, module: Any, name: str) -> None:
        self.begun = self.ended = 0.0
        self._module, self._name = module, name
        self._real = getattr(module, name)

    def __enter__(self) -> _Window:
        def timed(*args: Any) -> Any:
            self.begun = time.perf_counter()
            try:
                return self._real(*args)
            finally:
                self.ended = time.perf_counter()

        setattr(self._module, self._name, timed)
        return self

    def __exit__(self, *_exc: object) -> None:
        setattr(self._module, self._name, self._real)


def _measure(run: Path, mode: str) -> dict[str, Any]:
    load = os.getloadavg()[0]
    vault = open_vault(run / "vault", PASSPHRASE, with_psychotherapy=True, secrets_store=NO_KEYRING)
    chart = _oldest_adult_chart(vault)
    client = clients.create_client(vault, "Bench Autosave")
    note = notes.create_progress_note(vault, client.client_id, text="Draft.", template="free")
    worker = SerialWorker(vault)
    steps: list[tuple[str, float]] = []
    holds: list[tuple[float, float]] = []  # (began, seconds) of each of the destruction's own calls
    longest: dict[str, float] = {}  # which call held the worker longest: its function's name
    sliced: list[tuple[float, str, int]] = []  # (seconds, table, rows) of each slice
    real_slice = destruction_delete.delete_slice

    def timed_slice(comp: Any, d: Any, limit: int | None = None) -> int:
        began, table = time.perf_counter(), d.parts[d.index].table if d.parts and not d.done else "?"
        rows = real_slice(comp, d, limit)
        if threading.current_thread().name == "vault-worker":  # not a snapshot's purge (one go, on the job)
            sliced.append((time.perf_counter() - began, table, rows))
        return rows

    destruction_delete.delete_slice = timed_slice

    def held(fn: Any) -> Any:
        def run(v: Any) -> Any:
            began = time.perf_counter()
            try:
                return fn(v)
            finally:
                took = time.perf_counter() - began
                holds.append((began, took))
                if took > max(longest.values(), default=0.0):
                    longest.clear()
                    longest[getattr(fn, "__qualname__", "?")] = took
        return run

    def timed_call(fn: Any) -> Any:
        return worker.call(held(fn))

    def timed_submit(fn: Any, ok: Any, fail: Any) -> None:
        worker.submit(held(fn), ok, fail)

    def heard(step: Step) -> None:
        steps.append((step.phase, time.perf_counter()))

    options: dict[str, Any] = {"basis": "override", "confirm": chart, "progress": heard,
                               "override_reason": "benchmark of a verified destruction"}
    outcome: dict[str, Any] = {}
    try:
        baseline = autosaves(worker.call, note.note_id, threading.Event(), count=80, section="text")
        done = threading.Event()

        def ended(result: Any) -> None:
            outcome["certificate"] = result
            done.set()

        def failed(exc: BaseException) -> None:
            outcome["error"] = exc
            done.set()

        starts: list[float] = []
        window = _Window(destruction_end, "backups_part").__enter__()  # read there by every caller
        searched = _Window(destruction_beside, "search_part").__enter__()
        swapped = _Window(destruction_live, "rekey_swap").__enter__()
        start = time.perf_counter()
        if mode == "one op":  # as before: the whole destruction one call on the worker
            timed_submit(lambda v: destruction.destroy(v, chart, **options), ended, failed)
        else:
            options["search_beside"] = mode in BESIDE
            options["rekey_beside"] = mode in ("rekey beside", "delete beside", "finish beside")
            options["delete_beside"] = mode in ("delete beside", "finish beside")
            if mode in BESIDE:
                options["explain_beside"] = mode == "finish beside"

            def beside() -> None:
                try:
                    ended(destruction_beside.destroy_beside(timed_call, timed_submit, chart, **options))
                except BaseException as exc:  # reported below
                    failed(exc)

            threading.Thread(target=beside).start()
        during = autosaves(worker.call, note.note_id, done, section="text", starts=starts)
        seconds = time.perf_counter() - start
        window.__exit__()
        searched.__exit__()
        swapped.__exit__()
    finally:
        destruction_delete.delete_slice = real_slice
        worker.call(lambda v: v.lock())
        worker.close()
    if "error" in outcome:
        raise outcome["error"]
    cert = outcome["certificate"]
    # The job's first part: the search when it ran beside, else the purge (the job's thread
    # runs search_part in both beside modes; it returns at once when there is no image).
    job_begun = searched.begun if mode in BESIDE else window.begun
    # Each step's time: from its beginning to the next one's (the last, signing, to the end).
    marks = [t for _phase, t in steps] + [start + seconds]
    timed = [(phase, marks[i + 1] - t) for i, (phase, t) in enumerate(steps)]
    return {"mode": mode, "load": load, "seconds": seconds, "verification": cert["verification"]["result"],
            "purged": sum(1 for b in cert["verification"]["backups"] if b.get("status") == "purged"),
            "baseline": baseline, "during": during, "purge_seconds": window.ended - window.begun,
            "search_seconds": searched.ended - searched.begun if mode in BESIDE else 0.0,
            "live_part_seconds": sum(took for began, took in holds if began < job_begun) if mode != "one op"
            else seconds,
            "longest_hold": max((took for _began, took in holds), default=0.0),
            "holds": len(holds),
            "live_holds": [took for began, took in holds if began < job_begun],
            "longest_call": ", ".join(longest), "slices": sorted(sliced, reverse=True)[:3],
            "swap_seconds": swapped.ended - swapped.begun if mode in ("rekey beside", "delete beside", "finish beside")
            else 0.0,
            # The destruction's last call on the worker: the finish (verdict, certificate, entry).
            "finish_hold": holds[-1][1] if holds and mode != "one op" else 0.0,
            "live": [w for w, t in zip(during, starts, strict=True) if not job_begun or t < job_begun],
            "in_purge": [w for w, t in zip(during, starts, strict=True) if window.begun <= t <= window.ended],
            "before_purge": [w for w, t in zip(during, starts, strict=True) if job_begun and job_begun <= t
                             < window.begun],
            "steps": timed}


def _row(scale: str, n: int, result: dict[str, Any]) -> str:
    during = result["during"]
    p50, p95, worst, b95 = waits(result["baseline"], during)
    purge = result["in_purge"]
    in_purge = f"{len(purge)}, worst {max(purge):.0f} ms" if purge else "none"
    live = f"{max(result['live']):.0f} ms" if result["live"] else "-"
    search = f"{result['search_seconds']:.1f} s" if result["search_seconds"] else "on the worker"
    held = f"{result['live_part_seconds']:.2f} s" + (f" + swap {result['swap_seconds']:.2f} s"
                                                     if result["swap_seconds"] else "")
    return (f"| {scale}, {n} snapshots, {result['mode']} | {result['load']:.1f} | {result['seconds']:.1f} s | "
            f"{len(during)} | "
            f"{p50:.1f} ms | {p95:.0f} ms | {worst:.0f} ms | {live} | {held} | "
            f"{result['longest_hold'] * 1000:.0f} ms of {result['holds']} | {search} | "
            f"{b95:.1f} ms | {worst / b95:.0f}x | {result['purge_seconds']:.1f} s: {in_purge} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--snapshots", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--scale", type=int, default=1, metavar="N")
    parser.add_argument("--cache-dir", type=Path, default=None)
    parser.add_argument("--quick", action="store_true", help="the tiny practice: checks the harness only")
    parser.add_argument("--modes", nargs="+", default=list(MODES[4:]), choices=MODES)
    args = parser.parse_args(argv)
    spec = practice.FULL if args.scale == 1 else practice.scaled(practice.FULL, args.scale)
    spec = practice.QUICK if args.quick else spec
    p = practice.cached(spec, root=args.cache_dir, log=lambda s: print(s, file=sys.stderr))
    work = Path(tempfile.mkdtemp(prefix="destruction-beside-bench-", dir=args.cache_dir))
    # The registry holds the snapshots' absolute paths: every run is in the folder they were made in.
    source, run = work / "prepared", work / "run"
    rows: list[str] = []
    ok = True
    try:
        _prepare(p, run, args.snapshots)
        shutil.move(str(run), str(source))
        for _ in range(max(1, args.rounds)):
            for mode in args.modes:
                _copy(source, run)
                result = _measure(run, mode)
                ok = ok and result["verification"] == "passed" and result["purged"] == args.snapshots
                rows.append(_row("quick" if args.quick else f"{args.scale}x", args.snapshots, result))
                print(rows[-1], file=sys.stderr, flush=True)
                print("  steps (s): " + ", ".join(f"{phase} {took:.2f}" for phase, took in result["steps"]),
                      file=sys.stderr, flush=True)
                live = [round(took * 1000) for took in result["live_holds"]]
                if len(live) > 2:  # the start, the slices, the rest of the live part
                    print(f"  worker held (ms): start {live[0]}, {len(live) - 2} slice(s) longest {max(live[1:-1])} "
                          f"median {sorted(live[1:-1])[(len(live) - 2) // 2]} sum {sum(live[1:-1])}, rest {live[-1]}",
                          file=sys.stderr, flush=True)
                print(f"  finish on the worker: {result['finish_hold'] * 1000:.0f} ms", file=sys.stderr, flush=True)
                print(f"  longest call: {result['longest_call']}; longest slices: "
                      + ", ".join(f"{t * 1000:.0f} ms {table} ({rows} rows)" for t, table, rows in result["slices"]),
                      file=sys.stderr, flush=True)
                beside = result["before_purge"]
                print(f"  autosaves begun beside, before the purge: {len(beside)}"
                      + (f", worst {max(beside):.0f} ms" if beside else ""), file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{datetime.now(UTC).isoformat(timespec='minutes')}: an autosave every {AUTOSAVE_PACE_S * 1000:.0f} ms "
          "during a verified destruction")
    print("| destruction | load (1 min) | took | autosaves | median | p95 | worst | worst in the live part "
          "| worker held | longest hold, of calls | search beside | baseline p95 | worst / baseline "
          "| the purge: autosaves begun in it |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | --- |")
    print("\n".join(rows))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

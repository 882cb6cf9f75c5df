"""How long an autosave waits while a destruction runs (issue 21, item 1).

    .venv/bin/python -m benchmarks.bench_destruction_beside [--snapshots 3] [--rounds 2] [--scale 1]

On a copy of the cached benchmark practice with N snapshots in one repository
(bench_snapshot_purge's preparation), the oldest adult chart is destroyed (verified, every
snapshot purged) while an autosave (notes.save_draft of a draft in another chart, as the
editor does after a pause in typing) is submitted every 25 ms to the vault's one worker (a
SerialWorker: one thread, calls in order, as the GUI's). Measured per autosave: from
submitting to its result, i.e. its wait in the queue plus its own run.

- "one op": the destruction as it was, one call on the worker (every autosave queues behind it).
- "beside": services/destruction_beside (the live part and the certificate on the worker,
  the backups' purge on a thread of its own handing its ledger calls to the worker).
- "baseline": the same autosaves in the same vault with no destruction, just before it.

Rounds alternate one op / beside, each on a fresh copy of the same prepared vault and
repository, so a busy machine weighs on both alike; ratios are to the baseline of the round.
"""

from __future__ import annotations

import argparse
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
from benchmarks.common import NO_KEYRING, PASSPHRASE, waits
from benchmarks.vault_ops import _oldest_adult_chart
from vault_app.services import clients, destruction, destruction_beside, notes
from vault_app.services.import_beside import SerialWorker
from vault_app.services.vault import open_vault

PACE_S = 0.025


def _autosaves(worker: SerialWorker, note_id: str, until: threading.Event, count: int | None = None,
               starts: list[float] | None = None) -> list[float]:
    waits: list[float] = []
    n = 0
    while not until.is_set() and (count is None or n < count):
        n += 1
        text = {"text": f"Typed {n}."}
        start = time.perf_counter()
        worker.call(lambda v, t=text: notes.save_draft(v, note_id, t))  # type: ignore[misc]
        waits.append((time.perf_counter() - start) * 1000)
        if starts is not None:
            starts.append(start)
        time.sleep(PACE_S)
    return waits


class _PurgeWindow:
    """When the backups' purge ran (from its start to its end), to tell its autosaves apart."""

    def __init__(self) -> None:
        self.begun = self.ended = 0.0
        self._real = destruction.backups_part

    def __enter__(self) -> _PurgeWindow:
        def timed(vault: Any, carrying: Any) -> None:
            self.begun = time.perf_counter()
            try:
                self._real(vault, carrying)
            finally:
                self.ended = time.perf_counter()

        destruction.backups_part = timed  # type: ignore[assignment]
        return self

    def __exit__(self, *_exc: object) -> None:
        destruction.backups_part = self._real  # type: ignore[assignment]


def _measure(run: Path, mode: str) -> dict[str, Any]:
    vault = open_vault(run / "vault", PASSPHRASE, with_psychotherapy=True, secrets_store=NO_KEYRING)
    chart = _oldest_adult_chart(vault)
    client = clients.create_client(vault, "Bench Autosave")
    note = notes.create_progress_note(vault, client.client_id, text="Draft.", template="free")
    worker = SerialWorker(vault)
    options: dict[str, Any] = {"basis": "override", "confirm": chart,
                               "override_reason": "benchmark of a verified destruction"}
    outcome: dict[str, Any] = {}
    try:
        baseline = _autosaves(worker, note.note_id, threading.Event(), count=80)
        done = threading.Event()

        def ended(result: Any) -> None:
            outcome["certificate"] = result
            done.set()

        def failed(exc: BaseException) -> None:
            outcome["error"] = exc
            done.set()

        starts: list[float] = []
        window = _PurgeWindow().__enter__()
        start = time.perf_counter()
        if mode == "one op":  # as before: the whole destruction one call on the worker
            worker.submit(lambda v: destruction.destroy(v, chart, **options), ended, failed)
        else:
            def beside() -> None:
                try:
                    ended(destruction_beside.destroy_beside(worker.call, worker.submit, chart, **options))
                except BaseException as exc:  # reported below
                    failed(exc)

            threading.Thread(target=beside).start()
        during = _autosaves(worker, note.note_id, done, starts=starts)
        seconds = time.perf_counter() - start
        window.__exit__()
    finally:
        worker.call(lambda v: v.lock())
        worker.close()
    if "error" in outcome:
        raise outcome["error"]
    cert = outcome["certificate"]
    return {"mode": mode, "seconds": seconds, "verification": cert["verification"]["result"],
            "purged": sum(1 for b in cert["verification"]["backups"] if b.get("status") == "purged"),
            "baseline": baseline, "during": during, "purge_seconds": window.ended - window.begun,
            "in_purge": [w for w, t in zip(during, starts, strict=True) if window.begun <= t <= window.ended]}


def _row(scale: int, n: int, result: dict[str, Any]) -> str:
    during = result["during"]
    p50, p95, worst, b95 = waits(result["baseline"], during)
    purge = result["in_purge"]
    in_purge = f"{len(purge)}, worst {max(purge):.0f} ms" if purge else "none"
    return (f"| {scale}x, {n} snapshots, {result['mode']} | {result['seconds']:.1f} s | {len(during)} | "
            f"{p50:.1f} ms | {p95:.0f} ms | {worst:.0f} ms | "
            f"{b95:.1f} ms | {worst / b95:.0f}x | {result['purge_seconds']:.1f} s: {in_purge} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--snapshots", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--scale", type=int, default=1, metavar="N")
    parser.add_argument("--cache-dir", type=Path, default=None)
    args = parser.parse_args(argv)
    spec = practice.FULL if args.scale == 1 else practice.scaled(practice.FULL, args.scale)
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
            for mode in ("one op", "beside"):
                _copy(source, run)
                result = _measure(run, mode)
                ok = ok and result["verification"] == "passed" and result["purged"] == args.snapshots
                rows.append(_row(args.scale, args.snapshots, result))
                print(rows[-1], file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{datetime.now(UTC).isoformat(timespec='minutes')}: an autosave every {PACE_S * 1000:.0f} ms "
          "during a verified destruction")
    print("| destruction | took | autosaves | median | p95 | worst | baseline p95 | worst / baseline "
          "| the purge: autosaves begun in it |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    print("\n".join(rows))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

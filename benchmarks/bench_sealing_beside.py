"""The first unlock of a vault whose ledger has no seals: the sealing in the unlock against
beside it (issue 21, item 1).

    .venv/bin/python -m benchmarks.bench_sealing_beside [--rounds 2] [--scale 1] [--quick]

Each round, on a fresh copy of the cached benchmark practice (built unsealed: the builder
never unlocks it after building; a copy sealed already is refused, not measured):

- "in the unlock": the unlock as before this change: open_vault, then the after-unlock step's
  old body (the audit's sealing: Ledger.verify_full with seal=True) in the same timed
  region. Measured: the unlock without the KDF.
- "beside": open_vault as the app's unlock window runs it (ledger_sealing.sealing_left_to_caller),
  then services/ledger_sealing_beside.SealJob with a SerialWorker standing for the GUI's
  worker. Measured: the unlock without the KDF; how long the job takes; and an autosave
  (notes.save_draft of a draft, as the editor does after a pause in typing) every 25 ms to
  the worker while the job runs, from submitting to its result, against the same autosaves
  just before the job (baseline).

Rounds alternate the two ways, so a busy machine weighs on both alike. The practice must be
ready (practice.json beside its vault/): this script never builds the full practice.
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
from benchmarks.common import AUTOSAVE_PACE_S, NO_KEYRING, PASSPHRASE, autosaves, clock_calls, waits
from vault_app.crypto import kdf
from vault_app.services import clients, ledger_sealing, ledger_seals, notes
from vault_app.services.beside_job import SerialWorker
from vault_app.services.ledger import Ledger
from vault_app.services.ledger_sealing import sealing_left_to_caller
from vault_app.services.ledger_sealing_beside import SealJob
from vault_app.services.vault import Vault, open_vault


def _unlock(folder: Path, beside: bool) -> tuple[Vault, float]:
    """The unlock and its time without the KDF, in ms. Not beside: the unlock as it was
    before this change, its after-unlock step being the audit's sealing (`verify_full` with
    `seal=True`, the old body of ledger_sealing.seal_unsealed), timed as part of it."""
    with clock_calls(kdf, "derive") as spent:
        start = time.perf_counter()
        with sealing_left_to_caller():
            vault = open_vault(folder, PASSPHRASE, secrets_store=NO_KEYRING)
        if not beside:
            vault.ledger.verify_full(vault.header.ledger_anchor, seal=True)
        total = time.perf_counter() - start
    return vault, (total - sum(spent)) * 1000


def _sealed_by_this_unlock(vault: Vault) -> bool:
    last = vault.ledger.store.last()
    return last is not None and last.kind == ledger_seals.SEALING_STARTED


def _measure(folder: Path, mode: str) -> dict[str, Any]:
    beside = mode == "beside"
    vault, unlock_ms = _unlock(folder, beside)
    out: dict[str, Any] = {"mode": mode, "unlock_ms": unlock_ms, "entries": vault.ledger.head().seq}
    worker = SerialWorker(vault)
    try:
        if not beside:
            out["sealed"] = worker.call(_sealed_by_this_unlock)
            return out
        if worker.call(lambda v: v.ledger.store.seals()):
            raise SystemExit("this copy of the practice is sealed already: nothing to measure")
        client_id = worker.call(lambda v: clients.create_client(v, "Bench Autosave").client_id)
        note_id = worker.call(lambda v: notes.create_progress_note(v, client_id, text="Draft.").note_id)
        out["baseline"] = autosaves(worker.call, note_id, threading.Event(), count=80)
        done = threading.Event()
        job = worker.call(lambda v: SealJob.prepare(v, worker.submit, on_end=lambda _job: done.set()))
        assert job is not None
        with clock_calls(ledger_sealing, "commit") as writes:
            start = time.perf_counter()
            job.start()
            out["during"] = autosaves(worker.call, note_id, done)
            job.wait(None)
            out["job_s"] = time.perf_counter() - start
        out["write_ms"] = sum(writes) * 1000
        out["sealed"] = job.outcome == "sealed"
        report = worker.call(lambda v: v.ledger.verify_full(v.header.ledger_anchor))
        out["sealed"] = out["sealed"] and report.ok
    finally:
        worker.call(lambda v: v.lock())
        worker.close()
    return out


def _row(result: dict[str, Any]) -> str:
    load = os.getloadavg()[0]
    if result["mode"] != "beside":
        return (f"| in the unlock | {result['entries']:,} | {result['unlock_ms']:.0f} ms | - | - | - | - | - | - | - | "
                f"{'yes' if result['sealed'] else 'NO'} | {load:.1f} |")
    p50, p95, worst, b95 = waits(result["baseline"], result["during"])
    return (f"| beside | {result['entries']:,} | {result['unlock_ms']:.0f} ms | {result['job_s']:.1f} s | "
            f"{len(result['during'])} | {p50:.1f} ms | {p95:.1f} ms | {worst:.0f} ms | {b95:.1f} ms, "
            f"{max(result['baseline']):.0f} ms | "
            f"{result['write_ms']:.0f} ms | "
            f"{'yes' if result['sealed'] else 'NO'} | {load:.1f} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    practice.add_arguments(parser)
    args = parser.parse_args(argv)
    spec = practice.QUICK if args.quick else practice.FULL
    if args.scale > 1:
        spec = practice.scaled(spec, args.scale)
    base = (args.cache_dir or Path(tempfile.gettempdir())) / f"vault_app_bench_practice_{spec.key()}"
    if not args.quick and not (base / "practice.json").exists():
        print(f"The practice in {base} is not ready (no practice.json): wait for it.", file=sys.stderr)
        return 2
    if args.quick:
        # The tiny practice's ledger is under one segment, which the app's unlock seals in
        # place: smaller segments, for the harness check only.
        Ledger.segment_size = 256
    p = practice.from_arguments(args)
    work = Path(tempfile.mkdtemp(prefix="sealing-beside-bench-", dir=args.cache_dir))
    rows: list[str] = []
    try:
        for r in range(max(1, args.rounds)):
            # Alternated, and which goes first alternates too.
            for mode in (("in the unlock", "beside") if r % 2 == 0 else ("beside", "in the unlock")):
                folder = practice.working_copy(p, work / f"round{r}-{mode.replace(' ', '-')}")
                rows.append(_row(_measure(folder, mode)))
                print(rows[-1], file=sys.stderr, flush=True)
                shutil.rmtree(folder, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{datetime.now(UTC).isoformat(timespec='minutes')}: the first unlock of an unsealed practice copy "
          f"(scale {args.scale}{', quick' if args.quick else ''}); an autosave every {AUTOSAVE_PACE_S * 1000:.0f} ms "
          "during the sealing beside")
    print("| sealing | entries | unlock without the KDF | sealing beside took | autosaves during | median | p95 "
          "| worst | without the job: p95, worst | the write on the worker | sealed, audit ok | load (1 min) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())

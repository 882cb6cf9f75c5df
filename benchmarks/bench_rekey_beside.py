"""How long an autosave waits while Vault > Replace every key… runs (issue 21, item 1).

    .venv/bin/python -m benchmarks.bench_rekey_beside [--rounds 2] [--scale 1] [--quick]

Each round, on a fresh copy of the cached benchmark practice (unlocked with its
psychotherapy notes), every key is replaced while an autosave (notes.save_draft of a draft,
as the editor does after a pause in typing) is submitted every 25 ms to the vault's one
worker (a SerialWorker: one thread, calls in order, as the GUI's). Measured per autosave:
from submitting to its result, its wait in the queue plus its own run.

- "in place": the rekey as the app ran it before the thirteenth round (and the command
  line before the fourteenth), one call on the worker: PRAGMA rekey of each compartment
  (vault_rekey.rekey_in_place, now only the swap's fallback), then the new master key
  (`_in_place`, the old rekey_vault kept here as the reference).
- "beside": services/vault_rekey_beside.replace_beside: the start and the swap on the
  worker, the copies written on this thread between them.

The two alternate (which goes first alternates too), each on its own fresh copy, so a busy
machine weighs on both alike. "worker held" is the time the rekey's own calls held the
worker (timed where they run); "baseline" the same autosaves just before the rekey.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from benchmarks import practice
from benchmarks.common import AUTOSAVE_PACE_S, NO_KEYRING, PASSPHRASE, autosaves, waits
from vault_app.services import clients, notes, vault_rekey, vault_rekey_runners
from vault_app.services.beside_job import SerialWorker
from vault_app.services.vault import Vault, open_vault

T = TypeVar("T")
MODES = ("in place", "beside")


def _in_place(vault: Vault, passphrase: str) -> None:
    """The rekey in place as vault_rekey.rekey_vault ran it until the fourteenth round."""
    params = vault_rekey.checked_params(None, None, vault)
    with vault.passphrase_proven(passphrase):
        vault.ledger.append(vault_rekey.REKEY_STARTED)
        for name in ("records", "ledger"):
            vault_rekey.rekey_in_place(vault, vault.compartment(name))
        with vault.psychotherapy_for_maintenance("rekey") as comp:
            vault_rekey.rekey_in_place(vault, comp)
        vault.rotate_master(passphrase, params, vault_rekey.MAX_RETIRED)
        vault.ledger.append(vault_rekey.REKEYED, vault_rekey.rekeyed_payload(None, params))


def _measure(folder: Path, mode: str) -> dict[str, Any]:
    vault = open_vault(folder, PASSPHRASE, with_psychotherapy=True, secrets_store=NO_KEYRING)
    worker = SerialWorker(vault)
    held: list[float] = []

    def timed(fn: Callable[[Vault], T]) -> T:
        def run(v: Vault) -> T:
            start = time.perf_counter()
            try:
                return fn(v)
            finally:
                held.append(time.perf_counter() - start)
        return worker.call(run)

    out: dict[str, Any] = {"mode": mode, "mib": sum((folder / n).stat().st_size
                                                    for n in ("records.db", "psychotherapy.db", "ledger.db")) / 2**20}
    try:
        client_id = worker.call(lambda v: clients.create_client(v, "Bench Autosave").client_id)
        note_id = worker.call(lambda v: notes.create_progress_note(v, client_id, text="Draft.").note_id)
        out["baseline"] = autosaves(worker.call, note_id, threading.Event(), count=80)
        done = threading.Event()
        during: list[float] = []
        saver = threading.Thread(target=lambda: during.extend(autosaves(worker.call, note_id, done)))
        start = time.perf_counter()
        saver.start()
        try:
            if mode == "in place":
                timed(lambda v: _in_place(v, PASSPHRASE))
            else:
                vault_rekey_runners.replace_beside(timed, PASSPHRASE)
        finally:
            out["total_s"] = time.perf_counter() - start
            done.set()
            saver.join()
        out["during"], out["held"] = during, held
        typed = worker.call(lambda v: notes.get_note(v, note_id).sections["subjective"])
        out["landed"] = typed == f"Typed {len(during)}."
    finally:
        worker.call(lambda v: v.lock())
        worker.close()
    return out


def _row(r: dict[str, Any]) -> str:
    load = os.getloadavg()[0]
    p50, p95, worst, b95 = waits(r["baseline"], r["during"])
    held = " + ".join(f"{h:.2f}" for h in r["held"])
    return (f"| {r['mode']} | {r['mib']:.0f} MiB | {r['total_s']:.1f} s | {held} s | {len(r['during'])} | "
            f"{p50:.1f} ms | {p95:.0f} ms | {worst:.0f} ms | {b95:.1f} ms | "
            f"{'yes' if r['landed'] else 'NO'} | {load:.1f} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    practice.add_arguments(parser)
    args = parser.parse_args(argv)
    p = practice.from_arguments(args)
    work = Path(tempfile.mkdtemp(prefix="rekey-beside-bench-", dir=args.cache_dir))
    rows: list[str] = []
    results: dict[str, list[float]] = {m: [] for m in MODES}
    try:
        for r in range(max(1, args.rounds)):
            for mode in (MODES if r % 2 == 0 else tuple(reversed(MODES))):
                folder = practice.working_copy(p, work / f"round{r}-{mode.replace(' ', '-')}")
                result = _measure(folder, mode)
                results[mode].append(max(result["during"]))
                rows.append(_row(result))
                print(rows[-1], file=sys.stderr, flush=True)
                shutil.rmtree(folder, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{datetime.now(UTC).isoformat(timespec='minutes')}: Replace every key on a practice copy "
          f"(scale {args.scale}{', quick' if args.quick else ''}); an autosave every {AUTOSAVE_PACE_S * 1000:.0f} ms")
    print("| rekey | compartments | took | worker held (each call) | autosaves during | median | p95 | worst "
          "| p95 without it | last autosave read | load (1 min) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |")
    print("\n".join(rows))
    ratios = [b / a for a, b in zip(results["in place"], results["beside"], strict=False) if a > 0]
    print("worst autosave wait, beside / in place, per round: " + ", ".join(f"{x:.3f}" for x in ratios))
    return 0


if __name__ == "__main__":
    sys.exit(main())

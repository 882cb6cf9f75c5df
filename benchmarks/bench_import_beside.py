"""How long an autosave waits while a practice import runs (issue 21, item 1).

    .venv/bin/python -m benchmarks.bench_import_beside [--clients 20] [--notes 20] [--rounds 2]

A generated SimplePractice export (scripts/make_simplepractice_export.py) is imported into a
fresh vault (OWASP-floor KDF) while an autosave (notes.save_draft of one draft, as the editor
does after a pause in typing) is submitted every 25 ms to the vault's one worker (a
SerialWorker: one thread, calls in order, as the GUI's). Measured per autosave: from
submitting to its result, i.e. its wait in the queue plus its own run.

- "one op": the import as it was, one call on the worker (every autosave queues behind it).
- "beside": services/import_beside.ImportJob (files read and documents sealed on its own
  thread; each chart's transactions one short call on the worker).
- "baseline": the same autosaves in the same vault with no import, just before it.

Rounds alternate one op / beside, each in a vault and an export of its own, so a busy machine
weighs on both alike; ratios are to the baseline measured in the same round.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from benchmarks.common import NO_KEYRING, PASSPHRASE, autosaves, waits
from scripts.make_simplepractice_export import make_export
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.services import clients, notes
from vault_app.services.beside_job import SerialWorker
from vault_app.services.import_beside import ImportJob
from vault_app.services.importers.plan import ImportReport
from vault_app.services.importers.simplepractice import (
    SOURCE,
    import_simplepractice,
    import_simplepractice_beside,
)
from vault_app.services.vault import create_vault


def _measure(work: Path, export: Path, mode: str) -> dict[str, Any]:
    vault = create_vault(work / "vault", PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False,
                         secrets_store=NO_KEYRING).vault
    vault.unlock_psychotherapy(PASSPHRASE)
    client = clients.create_client(vault, "Bench Autosave")
    note = notes.create_progress_note(vault, client.client_id, text="Draft.")
    worker = SerialWorker(vault)
    try:
        baseline = autosaves(worker.call, note.note_id, threading.Event(), count=80)
        done = threading.Event()
        reports: list[ImportReport] = []

        def ended(report: ImportReport, error: BaseException | None = None) -> None:
            reports.append(report)
            done.set()

        start = time.perf_counter()
        if mode == "one op":  # as before: the whole import one call on the worker
            worker.submit(lambda v: import_simplepractice(v, export), ended, lambda exc: done.set())
        else:
            def run(on_vault: Any, cancelled: Any, progress: Any, report: ImportReport) -> ImportReport:
                return import_simplepractice_beside(on_vault, export, progress=progress, cancelled=cancelled,
                                                    report=report)

            ImportJob(run, worker.submit, SOURCE, on_end=ended).start()
        during = autosaves(worker.call, note.note_id, done)
        seconds = time.perf_counter() - start
    finally:
        worker.call(lambda v: v.lock())
        worker.close()
    assert reports, "the import failed"
    return {"mode": mode, "seconds": seconds, "charts": reports[0].charts_created, "baseline": baseline,
            "during": during}


def _row(result: dict[str, Any]) -> str:
    during = result["during"]
    p50, p95, worst, b95 = waits(result["baseline"], during)
    return (f"| {result['mode']} | {result['charts']} | {result['seconds']:.1f} s | {len(during)} | "
            f"{p50:.1f} ms | {p95:.1f} ms | {worst:.0f} ms | "
            f"{b95:.1f} ms | {worst / b95:.1f}x |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--notes", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="vault-import-beside-"))
    rows = []
    try:
        for r in range(args.rounds):
            for mode in ("one op", "beside"):
                folder = work / f"round{r}-{mode.replace(' ', '-')}"
                export = make_export(folder / "export", clients=args.clients, notes_per_client=args.notes,
                                     seed=2026 + r).root
                result = _measure(folder, export, mode)
                rows.append(_row(result))
                print(rows[-1], flush=True)
                shutil.rmtree(folder, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("| import | charts | import time | autosaves during | p50 | p95 | worst | baseline p95 | worst / baseline |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The benchmark suite: a 30-year solo practice, every target of issue 8, one Markdown table.

    .venv/bin/python -m benchmarks.run_all [--quick] [--fresh]      (or: make bench)

Builds (once, cached in the temp dir) the synthetic practice of benchmarks/practice.py,
copies it, and measures on the copy: start-up of the installed console script (to
its unlock window on a private Xvfb, next to a bare PySide6 window; --version and a
CLI search as whole processes), the GUI thread's longest stalls during unlock,
search, export and backup (benchmarks/gui_gaps.py), unlock (the
KDF apart from the rest), a full audit verification, the storage operations next
to the same workload on plain SQLite, export, accounting, backup, verified restore,
destroying a chart, and peak memory. Prints the table (stdout; progress goes to
stderr) and writes JSON to benchmarks/out/results.json. Exit status 0 when every
target is met, 1 otherwise.

--quick runs a tiny practice with the OWASP-floor KDF and few repetitions: it proves
the harness works (the smoke test uses it); its figures mean nothing.
See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from benchmarks import (
    agenda_bench,
    bench_backup_repo,
    bench_blobs,
    bench_destruction_scan,
    bench_restore,
    gui_gaps,
    gui_startup,
    import_bench,
    plain,
    practice,
    processes,
    release_bundle,
    scale_rows,
    spelling_typing,
    storage_ops,
    vault_ops,
)
from benchmarks.common import NO_KEYRING, OUT, PASSPHRASE, Measure, machine, machine_line, table, write_json
from vault_app.services.vault import open_vault


@dataclass(frozen=True)
class Plan:
    name: str
    spec: practice.PracticeSpec
    sizes: storage_ops.Sizes
    cold_starts: int
    unlocks: int
    exports: int
    rss_queries: int
    gap_runs: int = 3
    import_clients: int = 3  # the generated SimplePractice export (benchmarks/import_bench.py)
    import_notes: int = 3
    # The blob store's rows (benchmarks/bench_blobs.py): attachments and their MiB, and the
    # attachments under the unlock's orphan sweep.
    blob_mib: int = 32
    blob_count: int = 16
    sweep_count: int = 2000


FULL = Plan("full", practice.FULL, storage_ops.FULL_SIZES, cold_starts=5, unlocks=5, exports=3, rss_queries=50,
            import_clients=100, import_notes=50)
QUICK = Plan("quick", practice.QUICK, storage_ops.QUICK_SIZES, cold_starts=1, unlocks=2, exports=1, rss_queries=5,
             gap_runs=1)


def _log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _kdf_label(meta: dict[str, Any]) -> str:
    return str(meta["kdf"]).replace("Argon2id ", "Argon2id, ")


def _processes(folder: Path, p: practice.Practice, plan: Plan) -> list[Measure]:
    _log("start-up of the console script (Xvfb) and whole CLI processes ...")
    starts = gui_startup.measures(folder, plan.cold_starts)
    for m in starts:
        if m.skipped:
            _log(f"  {m.name}: {m.skipped}")
    _log("the release bundle: size, start-up of the frozen program (Xvfb) ...")
    starts += release_bundle.measures(folder, plan.cold_starts)
    for m in starts[-4:]:
        if m.skipped:
            _log(f"  {m.name}: {m.skipped}")
    _log("GUI-thread stalls during unlock, search, export, backup ...")
    stalls = gui_gaps.gaps(plan.gap_runs)
    _log("typing 2,000 characters with and without spell checking ...")
    stalls += spelling_typing.in_child(plan.gap_runs)
    _log("peak memory (child processes) ...")
    peaks = []
    for gui, what in ((False, "core process (as the CLI)"), (True, "with Qt and the app's windows loaded")):
        rss = processes.peak_rss(folder, p.big_client, queries=plan.rss_queries, gui=gui)
        mb = {k: round(v * 1024 / 1e6) if v else v for k, v in rss.items()}
        peak = Measure(f"peak RSS, {what}: unlock ({p.meta['kdf']}) + a day's reads", "MB", mb["peak_kib"],
                       target=350.0, extra=mb)
        peak.note = f"{mb['peak_before_unlock_kib']} MB before unlock, {mb['peak_after_unlock_kib']} MB through it" + (
            f", {mb['peak_of_workload_kib']} MB through the reads" if mb.get("peak_of_workload_kib") else "")
        peaks.append(peak)
    return [*starts, *stalls, *peaks]


def _session(folder: Path, work: Path, p: practice.Practice, plan: Plan) -> list[Measure]:
    out: list[Measure] = []
    vault = open_vault(folder, PASSPHRASE, with_psychotherapy=True, secrets_store=NO_KEYRING)
    try:
        _log("full audit verification ...")
        out += scale_rows.audit_verify(vault)
        _log("chart history (History tab) ...")
        out.append(vault_ops.chart_history(vault, p))
        _log("storage operations, encrypted and plain ...")
        with plain.plain_copy(vault, work / "plain") as pv:
            out += storage_ops.reads_and_autosave(vault, pv, p.big_client, plan.sizes)
            _log("agenda week view, encrypted and plain ...")
            out.append(agenda_bench.week_view(vault, pv, plan.sizes.queries))
            _log("bulk write, encrypted and plain ...")
            out += storage_ops.bulk_write(vault, pv, plan.sizes)
        _log("export and accounting ...")
        out.append(vault_ops.export_notes(vault, p, work, plan.exports))
        out.append(vault_ops.accounting_report(vault, p, work, plan.exports))
        _log("the destruction's content search, 1 and 2 threads, next to a plain read ...")
        out += bench_destruction_scan.content_search(vault)
        _log("destroying a chart, no registered backups (the live vault alone) ...")
        out.append(vault_ops.destroy_chart(vault, target=15.0, registered_backups=False))
        _log("backup and verified restore ...")
        made, restored = vault_ops.backup_and_restore(vault, work)
        out += made
        shutil.rmtree(restored, ignore_errors=True)
        _log("destroying a chart with a backup to purge ...")
        out.append(vault_ops.destroy_chart(vault, target=None))
        _log("incremental backups (a repository of chunks) ...")
        out += bench_backup_repo.measures(vault, work, p.big_client)
        _log("verified restore against a plain decrypt-and-copy ...")
        out += bench_restore.measures(vault, work)  # last: its audit seals the ledger
    finally:
        vault.lock()
    return out


def run(plan: Plan, *, fresh: bool = False, root: Path | None = None, out_dir: Path = OUT) -> tuple[int, str]:
    """Run the suite; return (exit status, Markdown report)."""
    info = machine()
    started = time.perf_counter()
    p = practice.cached(plan.spec, fresh=fresh, root=root, log=_log)
    work = Path(tempfile.mkdtemp(prefix="vault_app_bench_run_", dir=root))
    try:
        folder = practice.working_copy(p, work / "vault")
        # First, so no other row (start-up, peak RSS, the unlocks) includes the one-time sealing.
        _log("first unlock of the copy (checks the ledger and seals it) ...")
        sealing = vault_ops.first_unlock(folder)
        processes = _processes(folder, p, plan)
        first, peaks = processes[:-2], processes[-2:]
        _log("unlock ...")
        unlock = sealing + vault_ops.unlock(folder, plan.unlocks, _kdf_label(p.meta), p.spec.ledger_events,
                                            calibrated=p.spec.kdf == "default")
        _log("unlock right after an automatic backup on lock began (on a copy of its own) ...")
        unlock += scale_rows.on_own_copy(p, work, plan.unlocks)
        session = _session(folder, work, p, plan)
        _log(f"import of a generated SimplePractice export ({plan.import_clients} x {plan.import_notes} notes) ...")
        # Generated inside the run's work folder (removed at the end): only the practice is cached.
        imported = import_bench.measure(work, plan.import_clients, plan.import_notes)
        _log("attachments in the blob store (a fresh vault of its own) ...")
        blobs = bench_blobs.fresh(work, plan.blob_mib, plan.blob_count, log=_log, sweep_count=plan.sweep_count)
        measures = [*first, *unlock, *session, imported, *blobs, *peaks]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    info["load_average_end"] = machine()["load_average"]
    failed = [m.name for m in measures if m.passed is False]
    report = "\n".join([
        f"Practice: {p.meta['clients']} clients, {p.meta['sessions']:,} sessions, "
        f"{p.meta['progress_notes']:,} progress notes (avg {p.meta['progress_note_chars_avg']} chars), "
        f"{p.meta['psychotherapy_notes']:,} psychotherapy notes (avg {p.meta['psychotherapy_note_chars_avg']} "
        f"chars), sessions {p.meta['first_session']} to {p.meta['last_session']}, "
        f"{p.spec.ledger_events:,} ledger events; KDF {p.meta['kdf']}.",
        f"Machine: {machine_line(info)}.",
        "",
        table(measures),
        "",
        ("All targets met." if not failed else f"Targets missed: {len(failed)}."),
    ])
    write_json("results.json", {
        "plan_name": plan.name, "machine": info, "practice": p.meta, "plan": asdict(plan),
        "seconds": round(time.perf_counter() - started, 1), "measures": [m.as_dict() for m in measures],
        "failed": failed,
    }, out_dir)
    return (1 if failed else 0), report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="tiny practice, few runs: checks the harness only")
    parser.add_argument("--fresh", action="store_true", help="rebuild the cached practice")
    parser.add_argument("--cache-dir", type=Path, default=None, help="where the practice is cached (temp dir)")
    parser.add_argument("--out", type=Path, default=OUT, help="folder for results.json (benchmarks/out)")
    parser.add_argument("--scale", type=int, default=1, metavar="N",
                        help="a practice N times as large (4: 2,400 clients, 100k+100k notes, 2M ledger entries, "
                             "~800 MiB; builds for a long time, not run by CI)")
    args = parser.parse_args(argv)
    if args.scale < 1:
        parser.error("--scale takes a whole number >= 1")
    plan = QUICK if args.quick else FULL
    if args.scale > 1:
        plan = replace(plan, name=f"{plan.name}-x{args.scale}", spec=practice.scaled(plan.spec, args.scale))
    status, report = run(plan, fresh=args.fresh, root=args.cache_dir, out_dir=args.out)
    print(report)
    return status


if __name__ == "__main__":
    raise SystemExit(main())

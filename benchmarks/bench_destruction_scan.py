"""The destruction's content search, alone: every file of the vault folder searched raw and
every page of every compartment decrypted and searched (services/destruction_verify.py
scan_vault), with one thread and with the app's threads, next to a plain read of the same
bytes in the same run (issue 21, "verification at disk speed").

The needles are those of the chart the destruction rows destroy next (the oldest adult
chart), captured as the destruction captures them; the chart is still there, so the
search finds it in records.db and drops those needles, as it drops strings other charts
share after a destruction.

    .venv/bin/python -m benchmarks.bench_destruction_scan [--scale 4]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from benchmarks import practice
from benchmarks.common import NO_KEYRING, PASSPHRASE, Measure, once_s, table
from benchmarks.vault_ops import _oldest_adult_chart
from vault_app.services import destruction_verify as verify
from vault_app.services.destruction_plan import plan
from vault_app.services.vault import Vault, open_vault
from vault_app.storage.compartment import COMPARTMENT_FILES
from vault_app.storage.destruction_scan import files_under

_READ = 8 << 20


def _plain_read(vault: Vault) -> int:
    """The baseline: read the bytes the search reads (every file raw, the compartments a
    second time for their pages), nothing else."""
    total = 0
    paths = files_under(vault.folder) + [vault.folder / f for f in COMPARTMENT_FILES.values()]
    paths += [Path(str(vault.folder / f) + "-wal") for f in COMPARTMENT_FILES.values()]
    for path in paths:
        if path.is_file():
            with path.open("rb") as handle:
                while chunk := handle.read(_READ):
                    total += len(chunk)
    return total


def content_search(vault: Vault, runs: int = 2) -> list[Measure]:
    chart = _oldest_adult_chart(vault)
    _, needles = plan(vault, chart, basis="override", confirm=chart,
                      override_reason="benchmark of the destruction's content search")
    samples: dict[int, list[float]] = {1: [], verify.SCAN_THREADS: []}
    plain: list[float] = []
    scan = verify.ContentScan(needles)
    for _ in range(runs):
        for threads in samples:
            scan = verify.ContentScan(needles, threads=threads)
            took, _ = once_s(lambda s=scan: verify.scan_vault(vault, s))  # type: ignore[misc]
            samples[threads].append(took * 1000)
        took, _ = once_s(lambda: _plain_read(vault))
        plain.append(took * 1000)
    mib = (scan.raw_bytes + scan.pages.bytes_decrypted) / 2**20
    out = []
    for threads, seconds in samples.items():
        m = Measure.from_samples(
            f"destruction content search: {scan.files} files raw + {scan.pages.authenticated:,} pages decrypted "
            f"({mib:,.0f} MiB searched, {len(needles)} strings), {threads} thread{'s' if threads > 1 else ''}; "
            "plain: a read of the same files", seconds, stat="p50", plain=plain, unit="ms")
        m.ratio_target = None  # reported, not a target (the figure is the whole destruction)
        m.extra = {"runs_ms": [round(s) for s in seconds], "plain_runs_ms": [round(s) for s in plain],
                   "best_ms": round(min(seconds)), "mib": round(mib, 1)}
        out.append(m)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--scale", type=int, default=1, choices=(1, 4))
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args(argv)
    spec = practice.FULL if args.scale == 1 else practice.scaled(practice.FULL, args.scale)
    p = practice.cached(spec, log=lambda t: print(t, file=sys.stderr))
    with tempfile.TemporaryDirectory(prefix="vault_app_bench_scan_") as work:
        folder = practice.working_copy(p, Path(work) / "vault")
        vault = open_vault(folder, PASSPHRASE, with_psychotherapy=True, secrets_store=NO_KEYRING)
        try:
            print(table(content_search(vault, args.runs)))
        finally:
            vault.lock()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

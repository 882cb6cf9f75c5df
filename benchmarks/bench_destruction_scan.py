"""The destruction's content search, alone: every page of every compartment decrypted and
searched, in the same read their bytes that do not authenticate searched raw, every other
file of the vault folder searched raw (services/destruction_verify.py scan_vault), with one
thread and with the app's threads, next to a plain read of the same bytes in the same run
(issue 21, "verification at disk speed").

`--compare` alternates it, in the same process, with the search of the tenth round (each
compartment file and its -wal searched raw whole, then every page decrypted): the same
places, built from the same functions, only the compartments' raw part differs (issue 21,
eleventh round: "the raw search of what does not authenticate").

The needles are those of the chart the destruction rows destroy next (the oldest adult
chart), captured as the destruction captures them; the chart is still there, so the
search finds it in records.db and drops those needles, as it drops strings other charts
share after a destruction.

    .venv/bin/python -m benchmarks.bench_destruction_scan [--scale 4] [--compare]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from benchmarks import practice
from benchmarks.common import NO_KEYRING, PASSPHRASE, Measure, once_s, table
from benchmarks.vault_ops import _oldest_adult_chart
from vault_app.services import destruction_verify as verify
from vault_app.services.destruction_plan import plan
from vault_app.services.vault import Vault, open_vault
from vault_app.services.vault_keys import COMPARTMENT_SLOTS
from vault_app.storage.destruction_scan import files_under

_READ = 8 << 20


def _plain_read(vault: Vault) -> int:
    """The baseline: read every file of the folder once (what the search reads since the
    eleventh round; the tenth round's search read the compartments twice), nothing else."""
    total = 0
    for path in files_under(vault.folder):
        if path.is_file():
            with path.open("rb") as handle:
                while chunk := handle.read(_READ):
                    total += len(chunk)
    return total


def whole_raw_scan(vault: Vault, scan: verify.ContentScan) -> None:
    """The tenth round's scan_vault, for comparison: every file of the folder (the
    compartment files and their -wal included) searched raw whole, then every page
    decrypted without the raw search of what does not authenticate."""
    places = scan.folder_places(vault.folder, "")
    for folder in verify.app_folders():
        if folder.exists() and folder.resolve() != vault.folder.resolve():
            places += scan.folder_places(folder, f"app files: {folder.name}/", skip=vault.folder)
    places += scan.compartment_places(vault.folder, {n: vault.compartment_key(n) for n in COMPARTMENT_SLOTS}, "")
    scan.search_places(places)


def content_search(vault: Vault, runs: int = 2, *, compare: bool = False) -> list[Measure]:
    chart = _oldest_adult_chart(vault)
    _, needles = plan(vault, chart, basis="override", confirm=chart,
                      override_reason="benchmark of the destruction's content search")
    variants: list[tuple[str, int, Callable[[Vault, verify.ContentScan], None]]] = [
        ("loose", 1, verify.scan_vault), ("loose", verify.SCAN_THREADS, verify.scan_vault)]
    if compare:
        variants = [("whole", verify.SCAN_THREADS, whole_raw_scan), ("loose", verify.SCAN_THREADS, verify.scan_vault)]
    samples: dict[tuple[str, int], list[float]] = {(kind, threads): [] for kind, threads, _ in variants}
    scans: dict[tuple[str, int], verify.ContentScan] = {}
    plain: list[float] = []
    for run in range(runs):
        # Alternated, and the order swapped every run: neither always reads a warm cache.
        for kind, threads, fn in variants if run % 2 == 0 else list(reversed(variants)):
            scan = verify.ContentScan(needles, threads=threads)
            took, _ = once_s(lambda s=scan, f=fn: f(vault, s))  # type: ignore[misc]
            samples[(kind, threads)].append(took * 1000)
            scans[(kind, threads)] = scan
        took, _ = once_s(lambda: _plain_read(vault))
        plain.append(took * 1000)
    out = []
    for (kind, threads), seconds in samples.items():
        scan = scans[(kind, threads)]
        raw = scan.raw_bytes + scan.loose.bytes_searched
        mib = (raw + scan.pages.bytes_decrypted) / 2**20
        what = ("compartments raw whole (tenth round)" if kind == "whole"
                else f"compartments raw only where not authenticated ({scan.loose.bytes_searched:,} bytes)")
        m = Measure.from_samples(
            f"destruction content search, {what}: {scan.files} files raw + {scan.pages.authenticated:,} pages "
            f"decrypted ({raw / 2**20:,.1f} MiB raw, {mib:,.0f} MiB searched, {len(needles)} strings), "
            f"{threads} thread{'s' if threads > 1 else ''}; plain: a read of the same files",
            seconds, stat="p50", plain=plain, unit="ms")
        m.ratio_target = None  # reported, not a target (the figure is the whole destruction)
        m.extra = {"runs_ms": [round(s) for s in seconds], "plain_runs_ms": [round(s) for s in plain],
                   "best_ms": round(min(seconds)), "mib": round(mib, 1), "raw_bytes": raw,
                   "loose_bytes": scan.loose.bytes_searched, "hits": len(scan.hits)}
        out.append(m)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--scale", type=int, default=1, choices=(1, 4))
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--compare", action="store_true",
                        help="alternate with the tenth round's search (compartments raw whole)")
    args = parser.parse_args(argv)
    spec = practice.FULL if args.scale == 1 else practice.scaled(practice.FULL, args.scale)
    p = practice.cached(spec, log=lambda t: print(t, file=sys.stderr))
    with tempfile.TemporaryDirectory(prefix="vault_app_bench_scan_") as work:
        folder = practice.working_copy(p, Path(work) / "vault")
        vault = open_vault(folder, PASSPHRASE, with_psychotherapy=True, secrets_store=NO_KEYRING)
        try:
            measures = content_search(vault, args.runs, compare=args.compare)
            print(table(measures))
            for m in measures:
                print(m.name, m.extra, file=sys.stderr)
        finally:
            vault.lock()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

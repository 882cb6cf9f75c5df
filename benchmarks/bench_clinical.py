"""Clinical-record performance on a synthetic practice (issue 3 / issue 8 targets).

Builds (or reuses a cached) demo vault of 600 clients / ~50,000 progress notes in the
temp dir, then measures through the real services:

  search           p50/p95 over 200 queries (names, symptoms, phrases, prefixes)   target p95 <= 30 ms
  autosave         save_draft of an unsigned ~2 KB note, no ledger event           target p95 <= 15 ms
  open chart       open_chart of a 300-note chart (logged as chart.opened)          target <= 50 ms
  client list      list_clients of 600 clients                                      target <= 100 ms

Prints a Markdown table and writes JSON to benchmarks/out/. The machine is shared,
so figures are noisy: run it twice if a number looks odd.

    .venv/bin/python benchmarks/bench_clinical.py [--clients 600 --notes-per-client 83] [--fresh]
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.services import clients, demo, demo_text, notes, search
from vault_app.services.vault import Vault, create_vault, open_vault

PASSPHRASE = "benchmark passphrase one"
BIG_CHART_NOTES = 300
OUT = Path(__file__).resolve().parent / "out"


def _vault(args: argparse.Namespace) -> tuple[Vault, str, float | None]:
    name = f"vault_app_bench_clinical_{args.clients}x{args.notes_per_client}_s{args.seed}"
    folder = Path(tempfile.gettempdir()) / name
    ready = folder / "READY"
    if args.fresh or not ready.exists():
        shutil.rmtree(folder, ignore_errors=True)
        started = time.perf_counter()
        vault = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False).vault
        vault.unlock_psychotherapy(PASSPHRASE)
        demo.populate(vault, clients=args.clients, notes_per_client=args.notes_per_client, seed=args.seed)
        demo.populate(vault, clients=1, notes_per_client=BIG_CHART_NOTES, seed=args.seed + 1, cases=0)
        build = time.perf_counter() - started
        big = vault.records.query_one("SELECT client_id FROM clients ORDER BY seq DESC LIMIT 1")[0]
        ready.write_text(big)
        return vault, str(big), build
    vault = open_vault(folder, PASSPHRASE, with_psychotherapy=True)
    return vault, ready.read_text().strip(), None


def _queries(rng: random.Random, n: int) -> list[str]:
    symptoms = [s for _, _, group in demo_text.THEMES for s in group]
    words = ["sleep", "panic", "grief", "worry", "nightmares", "cravings", "burnout", "homework", "manager",
             "exposure", "mindfulness", "relapse", "school", "money", "weekend", "tearful", "avoidance"]
    makers: list[Callable[[], str]] = [
        lambda: rng.choice(demo_text.SURNAME_PARTS_A) + rng.choice(demo_text.SURNAME_PARTS_B),
        lambda: rng.choice(demo_text.FIRST_NAMES),
        lambda: rng.choice(words),
        lambda: f'"{rng.choice(symptoms)}"',
        lambda: f"{rng.choice(words)} {rng.choice(demo_text.PEOPLE).split()[-1]}",
        lambda: rng.choice(demo_text.INTERVENTIONS).split()[0],
        lambda: rng.choice(words)[:4] + "*",
        lambda: f"{rng.choice(words)} OR {rng.choice(words)}",
    ]
    return [rng.choice(makers)() for _ in range(n)]


def _times(fn: Callable[[], Any], runs: int) -> list[float]:
    result = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        result.append((time.perf_counter() - start) * 1000)
    return result


def _stats(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50": round(statistics.median(ordered), 2), "p95": round(p95, 2), "max": round(ordered[-1], 2),
            "runs": len(ordered)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=600)
    parser.add_argument("--notes-per-client", type=int, default=83)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--fresh", action="store_true", help="rebuild the cached demo vault")
    args = parser.parse_args()

    vault, big_client, build_seconds = _vault(args)
    try:
        total_notes = int(vault.records.query_one("SELECT count(*) FROM progress_notes")[0])
        total_clients = int(vault.records.query_one("SELECT count(*) FROM clients")[0])
        rng = random.Random(args.seed)
        queries = _queries(rng, args.queries)
        for q in queries[:10]:  # warm the page cache the way a first search after unlock would
            search.search(vault, q)
        search_ms = []
        hits = 0
        for q in queries:
            start = time.perf_counter()
            found = search.search(vault, q)
            search_ms.append((time.perf_counter() - start) * 1000)
            hits += len(found.notes)
        psy_ms = _times(lambda: search.search(vault, rng.choice(queries), psychotherapy=True), 30)

        some_client = clients.list_clients(vault)[0].client_id
        draft = notes.create_progress_note(vault, some_client, text="Autosave benchmark draft.", template="soap")
        body = demo_text.soap_sections(rng, demo_text.theme(rng), ["sleep well"])
        counter = iter(range(10**9))

        def autosave() -> None:
            n = next(counter)
            notes.save_draft(vault, draft.note_id, {**body, "subjective": body["subjective"] + f" Edit {n}."})

        autosave_ms = _times(autosave, 200)
        notes.discard_draft(vault, draft.note_id)
        chart_size = len(clients.open_chart(vault, big_client).notes)
        chart_ms = _times(lambda: clients.open_chart(vault, big_client), 30)
        list_ms = _times(lambda: clients.list_clients(vault), 30)
        note_ids = [n.note_id for n in notes.list_notes(vault, big_client)]
        view_ms = _times(lambda: notes.get_note(vault, rng.choice(note_ids)), 30)
    finally:
        vault.lock()

    rows = [
        ("search, 200 queries (full service call)", _stats(search_ms), "p95", 30.0),
        ("search incl. psychotherapy (logged), 30 queries", _stats(psy_ms), "p95", None),
        ("autosave of an unsigned note (save_draft)", _stats(autosave_ms), "p95", 15.0),
        (f"open chart of {chart_size} notes (logged)", _stats(chart_ms), "p95", 50.0),
        (f"client list of {total_clients} charts", _stats(list_ms), "p95", 100.0),
        ("view one note (logged as note.viewed)", _stats(view_ms), "p95", None),
    ]
    print(f"Vault: {total_clients} charts, {total_notes} progress notes"
          + (f" (built in {build_seconds:.1f} s)" if build_seconds else " (cached)") + f"; {hits} search hits.")
    print()
    print("| measure | p50 (ms) | p95 (ms) | max (ms) | target |")
    print("| --- | --- | --- | --- | --- |")
    ok = True
    for name, st, key, target in rows:
        verdict = "" if target is None else f"{key} <= {target:g} ms " + ("ok" if st[key] <= target else "MISSED")
        ok = ok and (target is None or st[key] <= target)
        print(f"| {name} | {st['p50']} | {st['p95']} | {st['max']} | {verdict} |")
    OUT.mkdir(parents=True, exist_ok=True)
    result = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"python": sys.version.split()[0], "platform": platform.platform()},
        "vault": {"charts": total_clients, "progress_notes": total_notes, "build_seconds": build_seconds},
        "measures": {name: st | {"target_ms": target} for name, st, _, target in rows},
    }
    (OUT / "bench_clinical.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

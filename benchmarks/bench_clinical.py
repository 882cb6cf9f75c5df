"""Clinical-record performance on a synthetic practice (issue 3 / issue 8 targets).

Builds (or reuses a cached) demo vault of 600 clients / ~50,000 progress notes in the
temp dir, then measures through the real services:

  search           p50/p95 over 200 queries (names, symptoms, phrases, prefixes)   target p95 <= 30 ms
  autosave         save_draft of an unsigned ~2 KB note, no ledger event           target p95 <= 15 ms
  open chart       open_chart of a 300-note chart (logged as chart.opened)          target <= 50 ms
  client list      list_clients of 600 clients                                      target <= 100 ms

Prints a Markdown table and writes JSON to benchmarks/out/. The machine is shared,
so figures are noisy: run it twice if a number looks odd.

    .venv/bin/python -m benchmarks.bench_clinical [--clients 600 --notes-per-client 83] [--fresh]

The whole suite (all of issue 8's targets, with the plain-SQLite comparison) is
`python -m benchmarks.run_all`.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.common import OUT, PASSPHRASE, stats, time_ms
from benchmarks.queries import search_queries
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.services import clients, demo, demo_text, notes, search
from vault_app.services.vault import Vault, create_vault, open_vault

BIG_CHART_NOTES = 300


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
        queries = search_queries(rng, args.queries)
        for q in queries[:10]:  # warm the page cache the way a first search after unlock would
            search.search(vault, q)
        search_ms = []
        hits = 0
        for q in queries:
            start = time.perf_counter()
            found = search.search(vault, q)
            search_ms.append((time.perf_counter() - start) * 1000)
            hits += len(found.notes)
        psy_ms = time_ms(lambda: search.search(vault, rng.choice(queries), psychotherapy=True), 30)

        some_client = clients.list_clients(vault)[0].client_id
        draft = notes.create_progress_note(vault, some_client, text="Autosave benchmark draft.", template="soap")
        body = demo_text.soap_sections(rng, demo_text.theme(rng), ["sleep well"])
        counter = iter(range(10**9))

        def autosave() -> None:
            n = next(counter)
            notes.save_draft(vault, draft.note_id, {**body, "subjective": body["subjective"] + f" Edit {n}."})

        autosave_ms = time_ms(autosave, 200)
        notes.discard_draft(vault, draft.note_id)
        chart_size = len(clients.open_chart(vault, big_client).notes)
        chart_ms = time_ms(lambda: clients.open_chart(vault, big_client), 30)
        list_ms = time_ms(lambda: clients.list_clients(vault), 30)
        note_ids = [n.note_id for n in notes.list_notes(vault, big_client)]
        view_ms = time_ms(lambda: notes.get_note(vault, rng.choice(note_ids)), 30)
    finally:
        vault.lock()

    rows = [
        ("search, 200 queries (full service call)", stats(search_ms), "p95", 30.0),
        ("search incl. psychotherapy (logged), 30 queries", stats(psy_ms), "p95", None),
        ("autosave of an unsigned note (save_draft)", stats(autosave_ms), "p95", 15.0),
        (f"open chart of {chart_size} notes (logged)", stats(chart_ms), "p95", 50.0),
        (f"client list of {total_clients} charts", stats(list_ms), "p95", 100.0),
        ("view one note (logged as note.viewed)", stats(view_ms), "p95", None),
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

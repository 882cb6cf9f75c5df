"""The storage operations, each run on the encrypted vault and on its plain-SQLite copy in the same run.

Runs alternate between the two vaults call by call, so a burst of load from
another process on this shared machine hits both sides alike.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from benchmarks.common import Measure, clock_calls
from benchmarks.queries import search_queries
from vault_app.gui.search_dialog import run_search
from vault_app.services import clients, clients_page, demo, demo_text, notes, search, today
from vault_app.services.vault import Vault
from vault_app.storage import clinical_search


@dataclass(frozen=True)
class Sizes:
    list_runs: int = 30
    chart_runs: int = 30
    queries: int = 200
    autosaves: int = 200
    bulk_runs: int = 5
    bulk_clients: int = 10
    bulk_notes_per_client: int = 40


FULL_SIZES = Sizes()
QUICK_SIZES = Sizes(list_runs=5, chart_runs=5, queries=20, autosaves=20, bulk_runs=1, bulk_clients=2,
                    bulk_notes_per_client=5)


def _alternate(calls: list[Callable[[Vault], Any]], vaults: tuple[Vault, Vault]) -> tuple[list[float], list[float]]:
    """Milliseconds of each call on vault A, then on vault B, interleaved."""
    out: tuple[list[float], list[float]] = ([], [])
    for call in calls:
        for side, vault in enumerate(vaults):
            start = time.perf_counter()
            call(vault)
            out[side].append((time.perf_counter() - start) * 1000)
    return out


def _draft(vault: Vault, client_id: str) -> str:
    return notes.create_progress_note(vault, client_id, text="Autosave benchmark draft.", template="soap").note_id


def reads_and_autosave(enc: Vault, plain: Vault, client_id: str, sizes: Sizes, *, seed: int = 1) -> list[Measure]:
    """Client list, open chart, search and autosave on both vaults."""
    pair = (enc, plain)
    total = len(clients.list_clients(enc))
    chart_notes = len(clients.open_chart(enc, client_id).notes)
    # What the client list reads after unlock (issue 21): its first page, filtered by status
    # as the panel opens ("Active"); the whole list (every chart) for information.
    lists = _alternate([lambda v: clients_page.client_page(v, "active")] * sizes.list_runs, pair)
    whole = _alternate([clients.list_clients] * sizes.list_runs, pair)
    boards = _alternate([today.today] * sizes.list_runs, pair)
    charts = _alternate([lambda v: clients.open_chart(v, client_id)] * sizes.chart_runs, pair)

    rng = random.Random(seed)
    queries = search_queries(rng, sizes.queries)
    for q in queries[:10]:  # warm the page cache the way the first searches after unlock would
        for v in pair:
            search.search(v, q)
    searches = _alternate([lambda v, q=q: search.search(v, q) for q in queries], pair)
    # What the search dialog reads (gui/search_dialog.py run_search): the hits and the names
    # of their charts (issue 21: it read every chart's name on each search).
    dialog = _alternate([lambda v, q=q: run_search(v, q, False) for q in queries], pair)

    # Autosave: the GUI saves the open draft on every pause in typing (no ledger event).
    drafts = {id(v): _draft(v, client_id) for v in pair}
    body = demo_text.soap_sections(rng, demo_text.theme(rng), ["sleep well"])
    counter = iter(range(10**9))

    def autosave(v: Vault) -> None:
        n = next(counter)
        notes.save_draft(v, drafts[id(v)], {**body, "subjective": body["subjective"] + f" Edit {n}."})

    saves = _alternate([autosave] * sizes.autosaves, pair)
    for v in pair:
        notes.discard_draft(v, drafts[id(v)])

    whole_list = Measure.from_samples(f"the whole client list, every one of {total} charts (no screen reads it now)",
                                      whole[0], plain=whole[1])
    whole_list.ratio_target = None
    return [
        Measure.from_samples(f"client list, first page ({clients_page.PAGE_SIZE} of {total} charts)", lists[0],
                             target=100.0, plain=lists[1]),
        whole_list,
        Measure.from_samples("dashboard data after unlock (services/today.py)", boards[0], target=100.0,
                             plain=boards[1]),
        Measure.from_samples(f"open a chart of {chart_notes} notes (logged)", charts[0], target=50.0,
                             plain=charts[1]),
        Measure.from_samples(f"full-text search, {len(queries)} queries", searches[0], target=30.0,
                             plain=searches[1]),
        Measure.from_samples(f"search as the search dialog reads it (hits, limit 50, and their charts' names), "
                             f"{len(queries)} queries", dialog[0], target=30.0, plain=dialog[1]),
        Measure.from_samples("autosave of a note (save_draft)", saves[0], target=15.0, plain=saves[1]),
    ]


def bulk_write(enc: Vault, plain: Vault, sizes: Sizes, *, seed: int = 1) -> list[Measure]:
    """`demo.populate` (the bulk path an import takes): sessions, progress and psychotherapy notes,
    signatures, FTS indexes, batched transactions, and a final incremental FTS merge. Same seed
    on both sides, so the same rows. The merge is also reported on its own: it is nearly pure
    page I/O, where encryption costs the most."""
    runs: tuple[list[float], list[float]] = ([], [])
    merges: tuple[list[float], list[float]] = ([], [])
    for k in range(sizes.bulk_runs):
        for side, vault in enumerate((enc, plain)):
            with clock_calls(clinical_search, "merge") as spent:
                start = time.perf_counter()
                demo.populate(vault, clients=sizes.bulk_clients, notes_per_client=sizes.bulk_notes_per_client,
                              seed=seed * 100 + k, cases=0, psychotherapy_every=1, until=date.today())
                runs[side].append((time.perf_counter() - start) * 1000)
            merges[side].append(sum(spent) * 1000)
    n = sizes.bulk_clients * sizes.bulk_notes_per_client
    total = Measure.from_samples(
        f"bulk write: {sizes.bulk_clients} charts, {n} sessions + {n} progress + {n} psychotherapy notes",
        runs[0], stat="p50", plain=runs[1])
    merge = Measure.from_samples("of which: the final incremental FTS merge", merges[0],
                                 stat="p50", plain=merges[1])
    merge.ratio_target = None
    return [total, merge]

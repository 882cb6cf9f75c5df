"""Verification of a destruction: search for the destroyed content, and check the
structure (no row still names the chart, no old key left anywhere).

The content search needs the destroyed records' own strings, which exist only
in memory while the destruction runs; a later `destruction verify` repeats the
structural checks, which need nothing but ids and key fingerprints. What explains a string
the search found (other charts, the ledger, the compliance records) is in
services/destruction_explain.py.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import platformdirs

from vault_app.domain.errors import VaultError
from vault_app.domain.plurals import counted
from vault_app.services import destruction_explain as explaining
from vault_app.services import faster_notes, practice
from vault_app.services.destruction_places import CopyVerdicts
from vault_app.services.destruction_steps import (
    Target,
    compartment_for,
    key_problems,
    maintenance_psychotherapy,
    remaining_rows,
)
from vault_app.services.ledger import Ledger
from vault_app.services.paths import APP_NAME
from vault_app.services.vault import Vault
from vault_app.services.vault_keys import COMPARTMENT_SLOTS
from vault_app.storage import destruction_delete as deletion
from vault_app.storage import search_index
from vault_app.storage.compartment import COMPARTMENT_FILES, Compartment
from vault_app.storage.destruction_loose import LooseSearch, LooseSink, loose_range
from vault_app.storage.destruction_pages import PAGE_SIZE, PageStats, decrypt_range, paged_file
from vault_app.storage.destruction_scan import (
    TEXT,
    Needle,
    NeedleSet,
    Piece,
    file_chunks,
    files_under,
    needles_for,
    not_within,
    text_leaves,
)
from vault_app.storage.files import os_errors
from vault_app.storage.header import LedgerAnchor
from vault_app.storage.layout import DATABASE_FILES, SEARCH_FILES


def capture_needles(vault: Vault, target: Target, psychotherapy: Compartment) -> list[Needle]:
    """Search strings from every row about to be destroyed. Kept in memory only. A list: the
    caller adds the attachments' and builds the set (its automaton) once."""
    found: list[Needle] = []
    for name in target.compartments:
        comp = compartment_for(vault, name, psychotherapy)
        for column, value in deletion.chart_values(comp, target.client_id, target.note_ids):
            found.extend(needles_for(value, column))
    # The practice profile stays (a settings row): its values are the practice's, not the chart's.
    found = not_within(found, text_leaves(practice.load(vault).as_dict()))
    # The therapist's snippets stay too: text typed from one is the practice's wording. A client's
    # name in a snippet is still looked for: that snippet keeps the name after the chart is gone.
    return not_within(found, text_leaves([s.body for s in faster_notes.list_snippets(vault)]), frozenset({TEXT}))


def app_folders() -> list[Path]:
    """Folders besides the vault where the app keeps files (settings, caches, logs)."""
    return [
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_state_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    ]


# Pieces two threads share out (8 MiB each: a few dozen per vault, so both stay busy).
PIECE_PAGES = 2048
PIECE_BYTES = PIECE_PAGES * PAGE_SIZE
# Threads, not processes (as services/ledger_seals.py check_seals): the keys never leave
# the process. OpenSSL (HMAC, AES), reading and the Aho-Corasick search release Python's
# lock, so each thread runs on its own core. The result is the same with 1 or 2
# (tests/core/test_destruction_scan_threads.py).
SCAN_THREADS = min(2, os.cpu_count() or 1)

_Source = Callable[[], Iterator[bytes]]


@dataclass
class SearchPlace:
    where: str
    sources: list[_Source]  # the place's bytes, in order, cut into pieces
    stats: list[PageStats] = field(default_factory=list)


@dataclass
class ContentScan:
    needles: NeedleSet
    files: int = 0
    raw_bytes: int = 0
    pages: PageStats = field(default_factory=PageStats)
    places: int = 0
    ledgers_matched_live: int = 0
    hits: dict[int, set[str]] = field(default_factory=dict)
    threads: int = SCAN_THREADS
    # The live compartments' bytes that do not authenticate, searched raw in the same read as
    # their pages (storage/destruction_loose.py); their files are not searched raw whole.
    loose: LooseSearch = field(init=False)
    loose_files: int = 0
    # The hits in each backup copy's places, explained by that copy's own content
    # (services/destruction_places.py), not by the live vault's.
    copies: CopyVerdicts = field(init=False)

    def __post_init__(self) -> None:
        self.loose = LooseSearch(self.needles)
        self.copies = CopyVerdicts(self.needles)

    def _record(self, found: set[int], where: str) -> None:
        for index in found:
            self.hits.setdefault(index, set()).add(where)

    def search_places(self, places: list[SearchPlace]) -> None:
        """Search every place, its pieces shared out between the threads; each place's
        result is the set of needles in the concatenation of its pieces (NeedleSet.join)."""
        jobs = [(p, k) for p, place in enumerate(places) for k in range(len(place.sources))]
        shared = [self.needles.place() for _ in places]

        def run(job: tuple[int, int]) -> Piece:
            place, k = job
            return self.needles.search_piece(places[place].sources[k](), place=shared[place])

        if self.threads > 1 and len(jobs) > 1:
            with ThreadPoolExecutor(max_workers=self.threads, thread_name_prefix="destruction-scan") as pool:
                pieces = list(pool.map(run, jobs))
        else:
            pieces = [run(job) for job in jobs]
        by_place: list[list[Piece]] = [[] for _ in places]
        for (place, _), piece in zip(jobs, pieces, strict=True):
            by_place[place].append(piece)
        for done, found in zip(places, (self.needles.join(ps) for ps in by_place), strict=True):
            for stats in done.stats:
                self.pages.add(stats)
            self._record(found, done.where)
        for where, found in self.loose.found.items():
            self._record(found, where)

    def _raw_place(self, path: Path, where: str) -> SearchPlace:
        self.files += 1
        with os_errors("reading a file for verification"):
            size = path.stat().st_size
        self.raw_bytes += size
        starts = list(range(0, size, PIECE_BYTES)) or [0]
        # The last piece reads to the end of the file, as a single read of it would.
        return SearchPlace(f"{where} (raw bytes)", [partial(file_chunks, path, start, None if start == starts[-1]
                                                       else PIECE_BYTES) for start in starts])

    def fixed_place(self, where: str, size: int, read: Callable[[int, int], Iterator[bytes]]) -> SearchPlace:
        """`size` bytes fixed at one moment (services/destruction_image.py), read piece by
        piece with `read(start, length)`: never past `size`, whatever was appended since."""
        self.files += 1
        self.raw_bytes += size
        return SearchPlace(f"{where} (raw bytes)", [partial(read, start, min(PIECE_BYTES, size - start))
                                                   for start in range(0, size, PIECE_BYTES)])

    def raw_file(self, path: Path, where: str) -> None:
        self.search_places([self._raw_place(path, where)])

    def folder_places(self, folder: Path, label: str, *, skip: Path | None = None,
                      leave: set[Path] | None = None) -> list[SearchPlace]:
        return [self._raw_place(path, f"{label}{path.relative_to(folder)}") for path in files_under(folder)
                if (skip is None or skip not in path.parents) and (leave is None or path not in leave)]

    def compartment_places(self, folder: Path, keys: dict[str, bytes], label: str, *,
                           loose: bool = False) -> list[SearchPlace]:
        """Each compartment file (and its -wal): every page decrypted with its key and
        searched. With `loose` (the live vault), the bytes that do not authenticate are
        searched raw in the same read, and the files need no raw search of their own."""
        places: list[SearchPlace] = []
        for name, key in keys.items():
            filename = DATABASE_FILES[name]
            self.places += 1
            paged = paged_file(folder / filename, PIECE_PAGES)
            place = SearchPlace(f"{label}{filename} (decrypted with the vault's key)", [])
            sinks: dict[Path, LooseSink] = {}
            if loose:
                wal = Path(str(folder / filename) + "-wal")
                self.loose_files += 1 + int(wal.exists())
                sinks = {p: self.loose.sink(f"{label}{p.name} (raw bytes that do not authenticate)")
                         for p in (folder / filename, wal)}
                for path, start, size in paged.loose:
                    place.sources += [partial(loose_range, path, at, min(PIECE_BYTES, start + size - at), sinks[path])
                                      for at in range(start, start + size, PIECE_BYTES)]
            salt = paged.salt
            if salt is not None:
                for run in paged.ranges:
                    stats = PageStats()
                    place.stats.append(stats)
                    place.sources.append(partial(decrypt_range, key, salt, run, stats, sinks.get(run.path)))
            places.append(place)
        return places

    def copy(self, copy: Vault, label: str, *, ledger_is_live_prefix: bool = False, ledger_tail_after: int = 0) -> None:
        """A vault copy (a backup opened with the vault's keys): its compartments decrypted,
        its other files raw. (The compartments' raw bytes end up in the backup file, which
        is searched raw itself.)

        `ledger_is_live_prefix`: the copy's ledger ends on an entry whose MAC is the live
        ledger's at the same number, so by the chain it holds exactly the live ledger's first
        entries, whose pages `scan_vault` decrypts and searches anyway. The ledger is
        append-only (no deleted rows leave residue in its pages), so searching the copy's
        ledger again would only repeat that search: it is half of a backup's bytes. The
        entries after `ledger_tail_after` (what this run appended to the copy) are then
        searched by their payloads."""
        databases = set(COMPARTMENT_FILES.values())
        raw = [self._raw_place(path, f"{label}{path.relative_to(copy.folder)}") for path in files_under(copy.folder)
               if path.name not in databases and not path.name.endswith(("-wal", "-shm"))]
        names = [n for n in COMPARTMENT_SLOTS if not (ledger_is_live_prefix and n == "ledger")]
        if len(names) < len(COMPARTMENT_SLOTS):
            self.ledgers_matched_live += 1
            tail = copy.ledger.store.payload_runs(ledger_tail_after + 1)
            self._record(self.needles.search(tail), f"{label}ledger.db entries after {ledger_tail_after}")
        # One search over every place: the threads stay busy to the end of the last piece.
        keys = {n: copy.compartment_key(n) for n in names}
        self.search_places(raw + self.compartment_places(copy.folder, keys, label))


def live_keys(vault: Vault) -> dict[str, bytes]:
    """The key of every SQLCipher file of the live vault, the search files' included (derived
    from their compartments' keys: storage/search_index.py), by DATABASE_FILES name."""
    keys = {n: vault.compartment_key(n) for n in COMPARTMENT_SLOTS}
    for name, key in list(keys.items()):
        if name in SEARCH_FILES and (vault.folder / SEARCH_FILES[name]).exists():
            keys[f"search-{name}"] = search_index.search_key(key, name)
    return keys


def scan_vault(vault: Vault, scan: ContentScan) -> None:
    keys = live_keys(vault)
    compartments = {vault.folder / DATABASE_FILES[n] for n in keys}
    compartments |= {Path(str(p) + "-wal") for p in compartments}
    # The compartment files and their -wal: raw, only what does not authenticate (below).
    places = scan.folder_places(vault.folder, "", leave=compartments)
    for folder in app_folders():
        if folder.exists() and folder.resolve() != vault.folder.resolve():
            places += scan.folder_places(folder, f"app files: {folder.name}/", skip=vault.folder)
    places += scan.compartment_places(vault.folder, keys, "", loose=True)
    # One search over every place: the threads stay busy to the end of the last piece.
    scan.search_places(places)


def content_result(vault: Vault, scan: ContentScan, *, captured_all: bool,
                   explained: explaining.Explained | None = None) -> dict[str, Any]:
    """Sort hits into failures (residue of this chart), strings other charts share, and
    short values the ledger keeps by design (a disclosure's recipient or purpose, kept
    for the accounting of disclosures). A name, a window of note text or attachment
    bytes in the ledger is a failure: the ledger must never hold those.

    `explained`: the hits already explained beside the worker (destruction_beside); only
    a hit it did not look at is explained here, in the live vault.

    A hit in a backup copy's place is judged by that copy's own content instead
    (scan.copies): another chart's row written after the copy explains nothing there."""
    done = explaining.explain(scan.needles, scan.hits, explaining.Readers.live(vault),
                              into=explained.copy() if explained is not None else None)
    # Looked up when called, as Readers.live's: a test may stand a spy in for it.
    scan.copies.resolve(lambda ns, head: explaining.in_ledger(vault, ns, head))  # none left when explained beside
    shared, ledgered, kept = done.shared, done.ledgered, done.kept
    failures: dict[str, dict[str, int]] = {}
    for index, places in scan.hits.items():
        kind = scan.needles.needles[index].kind
        for place in places:
            in_copy = scan.copies.fails(index, place)
            if in_copy is False or (in_copy is None and done.explains(index)):
                continue
            failures.setdefault(place, {})
            failures[place][kind] = failures[place].get(kind, 0) + 1
    return {
        "performed": len(scan.needles) > 0,
        "complete": captured_all,
        "search_strings": len(scan.needles),
        "search_string_kinds": scan.needles.kinds(),
        "files_searched_raw": scan.files,
        "raw_bytes_searched": scan.raw_bytes,
        # The live compartment files and their -wal: raw, only the bytes that do not
        # authenticate under the current keys (their pages are all decrypted, below).
        "compartment_files_searched_raw_where_not_authenticated": scan.loose_files,
        "raw_bytes_not_authenticated_searched": scan.loose.bytes_searched,
        "compartment_files_decrypted": scan.places,
        "backup_ledgers_identical_to_live_prefix": scan.ledgers_matched_live,
        "pages_decrypted": scan.pages.authenticated,
        "pages_not_readable_with_current_keys": scan.pages.unreadable,
        "decrypted_bytes_searched": scan.pages.bytes_decrypted,
        "strings_also_in_other_charts": len(shared),
        "short_values_kept_in_ledger_entries": len(ledgered),
        "values_kept_in_compliance_records": len(kept),
        # Backup copies whose hits their own content explained, and the strings found in a
        # copy that its content does not explain (each a failure there, in "found").
        "backup_copies_explained_on_their_own": scan.copies.copies,
        "strings_in_a_backup_its_own_content_does_not_explain": len(set().union(*scan.copies.unexplained.values())),
        "found": [{"where": place, "kinds": kinds} for place, kinds in sorted(failures.items())],
    }


# The chain's part of `structural` before it is checked (beside the worker): a failure until then.
CHAIN_NOT_CHECKED = {"ledger_verified": False, "ledger_entries_checked": 0, "ledger_problems": ["not checked"]}


def structural(vault: Vault, target: Target, destroyed_keys: dict[str, str], *, with_chain: bool = True,
               ) -> dict[str, Any]:
    """Rows still naming the chart (or the notes), leftover keys, and (`with_chain`) the ledger
    chain; without it, the chain is checked later on the image (destruction_image)."""
    with maintenance_psychotherapy(vault) as psy:
        rows = remaining_rows(vault, target, psy)
    problems = key_problems(vault, destroyed_keys)
    # The live ledger (never a copy's): found intact and not sealed yet, it is sealed now,
    # as the audit would, so the next check of it costs one keyed hash per segment.
    checked = ledger_chain(vault.ledger, vault.header.ledger_anchor, seal=True) if with_chain \
        else dict(CHAIN_NOT_CHECKED)
    return {"rows_remaining": rows, "key_problems": problems, **checked}


def ledger_chain(ledger: Ledger, anchor: LedgerAnchor, *, seal: bool) -> dict[str, Any]:
    report = ledger.verify_full(anchor, seal=seal)
    return {
        "ledger_verified": report.ok,
        "ledger_entries_checked": report.entries_checked,
        "ledger_problems": report.problems,
    }


def copy_structural(copy: Vault, target: Target, destroyed_keys: dict[str, str]) -> dict[str, Any]:
    try:
        with maintenance_psychotherapy(copy) as psy:
            rows = remaining_rows(copy, target, psy)
        problems = key_problems(copy, destroyed_keys)
    except VaultError as err:
        return {"rows_remaining": None, "key_problems": [f"could not be checked: {err.message}"]}
    return {"rows_remaining": rows, "key_problems": problems}


def failure_places(content: dict[str, Any], struct: dict[str, Any], backups: list[dict[str, Any]]) -> list[str]:
    places = [f["where"] for f in content["found"]]
    if struct["rows_remaining"]:
        places.append(f"{counted(struct['rows_remaining'], 'row')} still naming the chart")
    places.extend(struct["key_problems"])
    if not struct["ledger_verified"]:
        places.append("the ledger does not verify")
    for b in backups:
        if not b.get("ok"):
            # The error is the app's own message for the therapist (e.g. "The disk is full
            # while ..."): it says what to fix before `destruction retry`.
            why = f": {str(b['error']).rstrip('.')}" if b.get("error") else ""
            # By its path: "backup 8" (its ledger number) did not say which drive to fix.
            places.append(f"backup {b.get('path') or b.get('backup_id')}{why}")
    return places or ["unknown"]


def passed(content: dict[str, Any] | None, struct: dict[str, Any], backups: list[dict[str, Any]]) -> bool:
    if content is not None and content["found"]:
        return False
    if struct["rows_remaining"] or struct["key_problems"] or not struct["ledger_verified"]:
        return False
    return all(b.get("ok", False) for b in backups)

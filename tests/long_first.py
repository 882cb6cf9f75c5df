"""The order of the core and GUI half under pytest-xdist (`-n 2 --dist worksteal`): the long
tests first, shared between the two workers, the short ones after them.

`--dist worksteal` hands the first half of the collected tests to one worker and the second
half to the other, and a worker that runs out takes tests from the end of the other's queue.
Left in file order, a four-minute kill test can start last on one worker while the other has
nothing left to do; put at the front of each half, the long tests run side by side from the
start, and what is left to balance at the end are tests of a second or two.

Seconds of wall time per test, measured with `--durations` on this machine (docs/testing.md);
only the order depends on them, never a result. A test not listed keeps its place.
"""

from __future__ import annotations

import pytest

# By file, for every test in it; a "file::test" key (no parameters) wins over its file's.
EXPECTED_SECONDS = {
    # Twenty-fourth round: the kill tests' windows in rounds of their own pace (ci18, under load:
    # test_kill_notes 48 s before the change); their figures below halved or less since.
    "test_kill_notes.py": 60,
    "test_benchmarks_smoke.py::test_run_all_measures_everything_on_a_tiny_practice": 90,
    "test_packaging.py": 120,
    "test_kill_backup.py": 30,
    # Twenty-third round: its children no longer read the 335 PDFs again (21-49 s before, 10-31 after).
    "test_kill_import.py": 35,
    "test_kill_rekey.py": 30,
    "test_kill_backup_repo.py": 15,
    "test_kill_superbill_random.py": 12,
    "test_backup_fuzz.py::test_malformed_manifest": 30,
    "test_destruction_interrupt.py": 20,
    "test_export_crash.py": 20,
    "test_destruction_beside.py": 15,
    # Fourteenth round: a real 1.05 GiB file (25 s quiet, 110 s under load), the CLI's rekey
    # killed at 14 steps and refused by a reader in another process, a CLI beside a session.
    "test_rekey_copy.py::test_a_file_past_one_gib_is_copied_around_its_locking_page": 45,
    "test_rekey_cli.py": 12,
    "test_writer_lock.py::test_cli_beside_a_long_lived_session_is_refused_and_nothing_is_lost": 12,
    # ci18 (loaded): 10-13 s each.
    "test_backup_changed_by_copy.py::test_a_cp_copys_destruction_is_said_in_the_originals_list": 13,
    "test_search_documents.py::test_cli_search_lists_document_hits": 10,
    "test_backup_cli.py::test_restore_on_a_new_machine_with_the_emergency_kit": 10,
}


def expected_seconds(item: pytest.Item) -> float:
    test = item.nodeid.split("::", 1)[-1].split("[", 1)[0]
    return EXPECTED_SECONDS.get(f"{item.path.name}::{test}", EXPECTED_SECONDS.get(item.path.name, 0))


def long_first(items: list[pytest.Item], workers: int = 2) -> list[pytest.Item]:
    """`items` reordered so that each worker's first share starts with its part of the long
    tests (dealt longest first to the worker with the fewest seconds so far). Deterministic:
    every worker must collect the same order."""
    long = sorted((i for i in items if expected_seconds(i)), key=lambda i: -expected_seconds(i))
    short = [i for i in items if not expected_seconds(i)]
    dealt: list[list[pytest.Item]] = [[] for _ in range(workers)]
    load = [0.0] * workers
    for item in long:
        w = load.index(min(load))
        dealt[w].append(item)
        load[w] += expected_seconds(item)
    share = len(items) // workers  # worksteal's first shares: equal counts, in order
    out: list[pytest.Item] = []
    for w in range(workers):
        want = (len(items) - share * (workers - 1) if w == workers - 1 else share) - len(dealt[w])
        take = max(0, want)
        out += dealt[w] + short[:take]
        short = short[take:]
    return out + short

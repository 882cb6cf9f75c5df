"""SIGKILL a child that writes snapshots (or purges a chart from them) in a loop.

After every kill: the vault is intact; every snapshot in the repository, registered or
not, is complete and verifies (a manifest exists only once its chunks are durable, and a
purge replaces it by one atomic rename); every snapshot whose creation returned in the
child is registered; what the killed child left (temporary files, unreferenced chunks)
is swept."""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.destruction_helpers import seed_chart
from tests.core.kill_helpers import Landed, Pace, fork_child, read_all, read_line, report, unstamp
from vault_app.crypto.kdf import KdfParams
from vault_app.services import backup, backup_repo, clients, notes, snapshot_purge, snapshot_purge_repositories
from vault_app.services.destruction_steps import StepLog, Target, delete_and_compact, erase
from vault_app.services.destruction_verify import ContentScan
from vault_app.services.snapshot_purge import Layout, SnapshotCopy
from vault_app.services.snapshot_search import SharedPageSearch
from vault_app.services.vault import Vault, create_vault, open_vault
from vault_app.storage.chunk_store import Repository
from vault_app.storage.destruction_scan import TEXT, Needle, NeedleSet
from vault_app.storage.snapshot_manifest import read_clear

CYCLES = int(os.environ.get("VAULT_KILL_BACKUP_CYCLES", "16"))


class Checked:
    """Snapshots already verified in full, by (size, mtime): a kill of a later child cannot
    have changed their manifests (a purge replaces one by a rename, so it reads as new), and
    every check still proves each one complete (all its chunks on disk); the test ends with
    a full verify of every snapshot. Verifying each old snapshot again after every kill made
    the loop quadratic in the number of snapshots."""

    def __init__(self) -> None:
        self.seen: dict[str, tuple[int, int]] = {}

    def changed(self, path: Path) -> bool:
        st = path.stat()
        stamp = (st.st_size, st.st_mtime_ns)
        if self.seen.get(str(path)) == stamp:
            return False
        self.seen[str(path)] = stamp
        return True


def _check_all(folder: Path, repo: Repository, returned: set[str], checked: Checked | None = None) -> set[str]:
    with open_vault(folder, PASSPHRASE, with_psychotherapy=True) as vault:
        assert vault.check_integrity() == {"records": [], "ledger": [], "psychotherapy": []}
        assert vault.ledger.verify_full(vault.header.ledger_anchor).ok
        registered = {b["path"] for b in backup.list_backups(vault)}
        assert returned <= registered, returned - registered
        on_disk = repo.chunk_ids()
        for path in repo.snapshot_paths():
            if checked is None or checked.changed(path):
                assert backup_repo.verify_snapshot(path, vault=vault)["ok"]
            else:
                assert set(read_clear(path.read_bytes())["chunks"]) <= on_disk, path
    return registered


def _create_child(folder: Path, target: Path, out_fd: int) -> None:
    try:
        vault = open_vault(folder, PASSPHRASE)
        client_id = clients.list_clients(vault)[0].client_id
        n = 0
        while True:
            n += 1
            report(out_fd, f"round {n}" if n % 2 == 1 else f"note {n}")
            notes.create_progress_note(vault, client_id, text="Another session. " + os.urandom(400).hex())
            # Every other one checked at creation: kills also land in its read-back and check.
            report(out_fd, "snapshot" if n % 2 == 1 else "snapshot checked")
            info = backup_repo.create_incremental(vault, target, rotate_old=False, verify=n % 2 == 0)
            report(out_fd, f"done {info.path}")
    except BaseException as exc:
        report(out_fd, f"error {type(exc).__name__}: {exc}")
    finally:
        os._exit(0)


# Each child announces its steps (stamped: kill_helpers.report): "round ..." where a round of
# its work starts, "done <path>" when a snapshot is made or purged, and what it starts next;
# the last line before a kill names the phase the kill landed in ("before": a snapshot's note,
# or a purge's copy of the snapshot before the deletion). The kill's moment is drawn in rounds of the
# child's own pace in this run, after its first finished work or after the fork (then the
# unlock too); fixed windows of up to 1.2-3 s before (docs/testing.md, "Twenty-fourth round").
ROUNDS = 1.5
# A purge's phases, by the child's last line: the copy or patch of the snapshot ("before"),
# the chart's deletion in it, the chunks written, read back and checked; in a group the
# search of each purged copy, and after it the rename (the next snapshot's patch, deletion
# and check run beside the previous one's: snapshot_purge_pipeline.py).
# With 8 kills a purge test asserts no spread (measured: 2 to 4 phases, 1 to 6 kills each, the
# deletion ~70% of them under load, so "more than one phase" failed about once in twenty runs:
# found by the merged suite on a loaded machine); the histogram is printed for the reader, and a
# whole-copy purge's deletion is too short to be met at all, before this round or after.


def _phase(texts: list[str]) -> str:
    if not texts:
        return "unlock"
    last = texts[-1].split()[0]
    return {"round": "before", "note": "before", "copy": "before", "done": "before"}.get(last, texts[-1])


def _kill_loop(child_fn: object, args: tuple[object, ...], cycles: int, seed: int, late: float,
               after: object, landed: Landed) -> int:
    rng = random.Random(seed)
    leftovers = 0
    pace = Pace(fallback=late)
    for cycle in range(cycles):
        read_fd, write_fd = os.pipe()
        forked_at = time.monotonic()
        child = fork_child(child_fn, (*args, write_fd))  # type: ignore[arg-type]
        os.close(write_fd)
        first = b""
        while cycle % 2 == 0 and b" done " not in first:  # every other kill after finished work
            line = read_line(read_fd, child.pid)
            assert line, (cycle, first)
            first += line
        time.sleep(rng.uniform(0.0, pace.window(rounds=ROUNDS, unlock=cycle % 2 == 1)))
        os.kill(child.pid, signal.SIGKILL)  # type: ignore[arg-type]
        killed_at = time.monotonic()
        child.join()
        stamped = unstamp(read_all(read_fd, first))
        os.close(read_fd)
        texts = [text for _at, text in stamped]
        assert not [text for text in texts if text.startswith("error")], (cycle, texts)
        landed.add(_phase(texts))
        pace.observe(forked_at, [at for at, text in stamped if text.startswith("round")], killed_at)
        leftovers += after([text.split(" ", 1)[1] for text in texts if text.startswith("done ")])  # type: ignore[operator]
    return leftovers


def _temporaries(repo: Repository) -> int:
    return sum(1 for p in repo.root.rglob(".*"))


@pytest.mark.slow
def test_sigkill_while_writing_snapshots(tmp_path: Path, kdf_params: KdfParams) -> None:
    folder, target = tmp_path / "vault", tmp_path / "repo"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    client_id = clients.create_client(made.vault, "Odile Marchbanks").client_id
    for i in range(60):
        notes.create_progress_note(made.vault, client_id, text=f"Note {i} " + os.urandom(600).hex())
    made.vault.lock()
    repo = Repository(target)
    returned: set[str] = set()
    checked = Checked()

    def after(lines: list[str]) -> int:
        returned.update(lines)
        found = _temporaries(repo) + len(repo.chunk_ids() - repo.referenced()) if repo.is_repository() else 0
        _check_all(folder, repo, returned, checked)
        return found

    landed = Landed()
    leftovers = _kill_loop(_create_child, (folder, target), CYCLES, 7, 1.2, after, landed)
    assert leftovers, "no kill landed inside a snapshot: the sweep went untested"
    landed.show()
    assert landed.counts["snapshot"] + landed.counts["snapshot checked"] >= CYCLES // 8, str(landed)
    assert len(returned) >= CYCLES // 2
    with open_vault(folder, PASSPHRASE) as vault:
        backup_repo.create_incremental(vault, target, rotate_old=False)
    backup_repo.sweep_repository(target)
    assert _temporaries(repo) == 0 and repo.chunk_ids() == repo.referenced()
    _check_all(folder, repo, returned)


def _purge_child(folder: Path, snapshots: list[Path], client_id: str, parts: bool, out_fd: int) -> None:
    def destroy(copy: Vault) -> None:
        report(out_fd, "deletion")
        if client_id in {c.client_id for c in clients.list_clients(copy)}:
            erase(copy, Target(client_id), StepLog(), label="backup:", rebuild=False)
        report(out_fd, "write and check")

    def destroy_parts(copy: SnapshotCopy) -> None:
        # What the destruction runs (destruction_backups), kills landing between its steps.
        report(out_fd, "deletion")
        comps = [copy.compartment(name) for name in ("records", "psychotherapy")]
        delete_and_compact(comps, Target(client_id), StepLog(), label="backup:", rebuild=False)
        report(out_fd, "write and check")

    try:
        vault = open_vault(folder, PASSPHRASE, with_psychotherapy=True)
        while True:
            for k, snapshot in enumerate(snapshots):
                report(out_fd, "round" if k == 0 else "copy")  # the copy, before the deletion
                if parts:
                    snapshot_purge.purge_snapshot(vault, snapshot, destroy_parts)
                else:
                    snapshot_purge.purge_chart(vault, snapshot, destroy)
                report(out_fd, f"done {snapshot}")
    except BaseException as exc:
        report(out_fd, f"error {type(exc).__name__}: {exc}")
    finally:
        os._exit(0)


@pytest.mark.slow
@pytest.mark.parametrize("parts", [False, True], ids=["whole-copy", "touched-parts"])
def test_sigkill_while_purging_a_chart_from_snapshots(tmp_path: Path, kdf_params: KdfParams, parts: bool) -> None:
    folder, target = tmp_path / "vault", tmp_path / "repo"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    made.vault.unlock_psychotherapy(PASSPHRASE)
    chart = seed_chart(made.vault, "K")
    other = seed_chart(made.vault, "L")
    snapshots = [Path(backup_repo.create_incremental(made.vault, target, rotate_old=False).path)]
    notes.create_progress_note(made.vault, other.client_id, text="Later.")
    snapshots.append(Path(backup_repo.create_incremental(made.vault, target, rotate_old=False).path))
    made.vault.lock()
    repo = Repository(target)
    registered = set(map(str, snapshots))
    checked = Checked()

    def after(lines: list[str]) -> int:
        found = _temporaries(repo) + len(repo.chunk_ids() - repo.referenced())
        assert _check_all(folder, repo, set(), checked) == registered
        assert [str(p) for p in repo.snapshot_paths()] == [str(p) for p in snapshots]  # in the order they were made
        return found

    landed = Landed()
    leftovers = _kill_loop(_purge_child, (folder, snapshots, chart.client_id, parts), max(4, CYCLES // 2), 11, 2.5,
                           after, landed)
    assert leftovers, "no kill landed inside a purge: the sweep went untested"
    landed.show()
    backup_repo.sweep_repository(target)
    assert _temporaries(repo) == 0 and repo.chunk_ids() == repo.referenced()
    _check_all(folder, repo, registered)



def _group_purge_child(folder: Path, client_id: str, needles: list[bytes], out_fd: int) -> None:
    """What the destruction runs on its registered snapshots: one purge of all of them,
    a working copy patched from one to the next, each distinct page searched once."""
    def destroy_parts(copy: SnapshotCopy) -> None:
        report(out_fd, "deletion")
        comps = [copy.compartment(name) for name in ("records", "psychotherapy")]
        delete_and_compact(comps, Target(client_id), StepLog(), label="backup:", rebuild=False)
        report(out_fd, "write and check")

    try:
        vault = open_vault(folder, PASSPHRASE, with_psychotherapy=True)
        while True:
            search = SharedPageSearch(ContentScan(NeedleSet(Needle(n, TEXT) for n in needles)))

            def search_parts(copy: SnapshotCopy, layout: Layout, search: SharedPageSearch = search) -> None:
                report(out_fd, "search")
                search.search_compartments(copy.folder, copy.keys, layout, "kill: ")
                report(out_fd, "rename")

            report(out_fd, "round")
            for result in snapshot_purge_repositories.purge_from_repositories(vault, destroy_parts=destroy_parts,
                                                                              search_parts=search_parts):
                if not result["ok"]:
                    raise RuntimeError(result.get("error"))
                report(out_fd, f"done {result['path']}")
    except BaseException as exc:
        report(out_fd, f"error {type(exc).__name__}: {exc}")
    finally:
        os._exit(0)


@pytest.mark.slow
def test_sigkill_during_a_group_purge_of_three_snapshots(tmp_path: Path, kdf_params: KdfParams) -> None:
    """Each of three snapshots a day apart is old-whole or new-whole after every kill
    (a kill in the patch of the working copy, the deletion, the chunking, the shared
    search, the check, the rename); what a kill left is swept; a last purge run to its
    end leaves no needle of the chart in any of them."""
    folder, target = tmp_path / "vault", tmp_path / "repo"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    made.vault.unlock_psychotherapy(PASSPHRASE)
    chart = seed_chart(made.vault, "K", psychotherapy=2)
    other = seed_chart(made.vault, "L")
    snapshots = []
    for day in range(3):
        notes.create_progress_note(made.vault, other.client_id, text=f"Day {day}. " + os.urandom(300).hex())
        snapshots.append(Path(backup_repo.create_incremental(made.vault, target, rotate_old=False).path))
    made.vault.lock()
    repo = Repository(target)
    registered = set(map(str, snapshots))
    checked = Checked()
    needles = list(chart.needles().values())

    def after(lines: list[str]) -> int:
        found = _temporaries(repo) + len(repo.chunk_ids() - repo.referenced())
        assert _check_all(folder, repo, set(), checked) == registered
        assert [str(p) for p in repo.snapshot_paths()] == [str(p) for p in snapshots]
        return found

    landed = Landed()
    leftovers = _kill_loop(_group_purge_child, (folder, chart.client_id, needles), max(4, CYCLES // 2), 13, 3.0,
                           after, landed)
    assert leftovers, "no kill landed inside a purge: the sweep went untested"
    landed.show()
    backup_repo.sweep_repository(target)
    assert _temporaries(repo) == 0 and repo.chunk_ids() == repo.referenced()
    _check_all(folder, repo, registered)
    with open_vault(folder, PASSPHRASE, with_psychotherapy=True) as vault:
        search = SharedPageSearch(ContentScan(NeedleSet(Needle(n, TEXT) for n in needles)))

        def destroy_parts(copy: SnapshotCopy) -> None:
            comps = [copy.compartment(name) for name in ("records", "psychotherapy")]
            delete_and_compact(comps, Target(chart.client_id), StepLog(), label="backup:", rebuild=False)

        def search_parts(copy: SnapshotCopy, layout: Layout) -> None:
            search.search_compartments(copy.folder, copy.keys, layout, "last: ")

        results = snapshot_purge_repositories.purge_from_repositories(
            vault, destroy_parts=destroy_parts, search_parts=search_parts)
        assert [r["ok"] for r in results] == [True] * 3, results
        assert search.scan.hits == {} and search.pages_searched > 0

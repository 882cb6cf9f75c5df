"""A snapshot's compartment part purged once per group for the same input
(services/snapshot_purge_reuse.py). On real SQLCipher files and real snapshots whose
psychotherapy.db is the same chunk list in every one (a day's work writes progress notes
only): the chart's deletion and SQLite's check of that part run once, in the first
snapshot; the others take its purged part, and each still holds no trace of the chart,
verifies in full and restores. A failed check of the first is not reused; a SIGKILL
between snapshots leaves each manifest old-whole or new-whole, and every chunk a renamed
manifest names survives the sweep."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.destruction_helpers import SeededChart, decrypted_hits, raw_hits, seed_chart, vault_keys
from tests.core.test_snapshot_purge_pipeline import _snapshots
from tests.core.test_snapshot_search import _snapshot_hits, retried_clean
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.destruction import DestructionNotVerified
from vault_app.services import (
    backup_keys,
    backup_repo,
    backup_repo_restore,
    destruction,
    destruction_backups,
    snapshot_purge,
    snapshot_purge_repositories,
    unlock_hooks,
)
from vault_app.services.backup_repo_read import open_snapshot, read_manifest_file
from vault_app.services.destruction_steps import CRASH_ENV, StepLog, Target, delete_and_compact, remaining_rows_in
from vault_app.services.snapshot_purge import SnapshotCopy
from vault_app.services.snapshot_purge_check import StructureCheck, start_structure_check
from vault_app.services.vault import Vault, create_vault, open_vault
from vault_app.storage import backup_snapshot, chunk_store
from vault_app.storage.compartment import Compartment
from vault_app.storage.destruction_pages import PAGE_SIZE


def _part(vault: Vault, snapshot: Path, name: str) -> tuple[int, tuple[str, ...]]:
    _slots, _master, body = open_snapshot(read_manifest_file(snapshot), backup_keys.vault_source(vault))
    [part] = [p for p in body["parts"] if p["name"] == name]
    return part["size"], tuple(part["chunks"])


class _Counted:
    """The chart's deletion and SQLite's check of purged copies, counted per compartment
    around the real calls (only copies in the repository's work folders)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, repo: Path) -> None:
        self.deleted: list[str] = []
        self.checked: list[str] = []
        real_delete, real_check = destruction_backups.delete_and_compact, backup_snapshot.check_structure

        def delete(comps: list[Compartment], *args: Any, **kwargs: Any) -> None:
            self.deleted.extend(c.name for c in comps)
            real_delete(comps, *args, **kwargs)

        def check(name: str, path: Path, key: bytes) -> list[str]:
            if Path(path).resolve().is_relative_to(repo.resolve()):
                self.checked.append(name)
            return real_check(name, path, key)

        monkeypatch.setattr(destruction_backups, "delete_and_compact", delete)
        monkeypatch.setattr(backup_snapshot, "check_structure", check)


def _restores_without_the_chart(snapshot: Path, dest: Path, chart: SeededChart, work: Path) -> None:
    backup_repo_restore.restore_snapshot(snapshot, dest, passphrase=PASSPHRASE, full=True)
    restored = open_vault(dest, PASSPHRASE, with_psychotherapy=True)
    try:
        keys = vault_keys(restored)
        assert restored.verify_ledger().ok
    finally:
        restored.lock()
    assert decrypted_hits(dest, keys, chart.needles(), work) == []
    assert raw_hits(dest, chart.needles()) == []


@pytest.mark.parametrize("beside", [True, False], ids=["check-beside-next", "one-after-the-other"])
def test_the_same_psychotherapy_part_is_purged_once_and_every_snapshot_is_clean(
    psy_vault: Vault, tmp_path: Path, beside: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(snapshot_purge_repositories, "CHECK_BESIDE_NEXT", beside)
    chart = seed_chart(psy_vault, "A", psychotherapy=2)
    other = seed_chart(psy_vault, "B", psychotherapy=1)
    repo = tmp_path / "repo"
    snapshots = _snapshots(psy_vault, repo, other, 4)
    inputs = {_part(psy_vault, s, "psychotherapy.db") for s in snapshots}
    assert len(inputs) == 1, "the day's work was meant to leave psychotherapy.db as it was"
    assert len({_part(psy_vault, s, "records.db") for s in snapshots}) == 4
    counted = _Counted(monkeypatch, repo)
    cert = destruction.destroy(psy_vault, chart.chart_number, basis="override", confirm=chart.chart_number,
                               override_reason="test of a part purged once for the same input")
    backups = cert["verification"]["backups"]
    assert [b["status"] for b in backups] == ["purged"] * 4 and all(b["ok"] for b in backups), backups
    # The deletion ran in every records.db, in psychotherapy.db once; so did SQLite's check.
    assert sorted(counted.deleted) == ["psychotherapy"] + ["records"] * 4, counted.deleted
    assert sorted(counted.checked) == ["psychotherapy"] + ["records"] * 4, counted.checked
    first = backups[0]["backup_id"]
    assert "parts_reused" not in backups[0]
    assert [b["parts_reused"] for b in backups[1:]] == [{"psychotherapy.db": str(first)}] * 3
    assert all(b["rows_remaining"] == 0 and b["key_problems"] == [] for b in backups)
    purged = {_part(psy_vault, s, "psychotherapy.db") for s in snapshots}
    assert len(purged) == 1 and purged != inputs  # one purged part, named by all four
    for i, snapshot in enumerate(snapshots):
        verified = backup_repo.verify_snapshot(snapshot, vault=psy_vault, full=True)
        assert verified["ok"], verified
        assert _snapshot_hits(psy_vault, snapshot, chart.needles(), tmp_path) == [], i
        assert backup_repo.verify_snapshot(snapshot, vault=psy_vault)["ok"]  # on the carried record
    _restores_without_the_chart(snapshots[-1], tmp_path / "restored", chart, tmp_path / "scan")


def _destroy_touched(chart: SeededChart, deleted: list[str]) -> Any:
    """destruction_backups' deletion in a snapshot: only compartments with a row of the chart."""
    def destroy(copy: SnapshotCopy) -> None:
        target = Target(chart.client_id)
        comps = [copy.compartment(name) for name in ("records", "psychotherapy")]
        touched = [c for c in comps if remaining_rows_in([c], target)]
        deleted.extend(c.name for c in touched)
        delete_and_compact(touched, target, StepLog(), label="backup:", rebuild=False)
    return destroy


def test_a_first_purge_that_fails_its_check_is_not_reused(psy_vault: Vault, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The first snapshot's purged psychotherapy.db is damaged after its read-back, so its
    SQLite check fails: that snapshot keeps its old manifest, the second purges the same
    input on its own (deleted and checked again), and the third and fourth take the
    second's part."""
    monkeypatch.setattr(snapshot_purge_repositories, "CHECK_BESIDE_NEXT", True)
    chart = seed_chart(psy_vault, "C", psychotherapy=2)
    other = seed_chart(psy_vault, "D")
    snapshots = _snapshots(psy_vault, tmp_path / "repo", other, 4)
    before = [p.read_bytes() for p in snapshots]
    original = start_structure_check
    calls = {"n": 0}

    def damaging(pool: Any, folder: Path, keys: dict[str, bytes], changed: tuple[str, ...]) -> StructureCheck:
        calls["n"] += 1
        if calls["n"] == 1:
            assert "psychotherapy" in changed
            with (folder / "psychotherapy.db").open("r+b") as f:
                f.seek(PAGE_SIZE // 2)  # inside page 1 (schema): every check reads it
                f.write(os.urandom(64))
        return original(pool, folder, keys, changed)

    monkeypatch.setattr(snapshot_purge, "start_structure_check", damaging)
    deleted: list[str] = []
    results = snapshot_purge_repositories.purge_from_repositories(
        psy_vault, destroy_parts=_destroy_touched(chart, deleted))
    assert [r["ok"] for r in results] == [False, True, True, True], results
    assert "did not check" in results[0]["error"]
    assert deleted == ["records", "psychotherapy", "records", "psychotherapy", "records", "records"]
    second = results[1]["backup_id"]
    assert "parts_reused" not in results[1]
    assert [r["parts_reused"] for r in results[2:]] == [{"psychotherapy.db": str(second)}] * 2
    assert snapshots[0].read_bytes() == before[0]
    assert _snapshot_hits(psy_vault, snapshots[0], chart.needles(), tmp_path)  # still there, said so
    for snapshot in snapshots:
        assert backup_repo.verify_snapshot(snapshot, vault=psy_vault, full=True)["ok"]
    for snapshot in snapshots[1:]:
        assert _snapshot_hits(psy_vault, snapshot, chart.needles(), tmp_path) == []


def test_without_reuse_every_snapshot_is_deleted_in(psy_vault: Vault, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The counts above are the reuse's: switched off, the same group deletes in and checks
    every psychotherapy.db (the benchmark's `noreuse`)."""
    from vault_app.services import snapshot_purge_reuse

    monkeypatch.setattr(snapshot_purge_reuse, "REUSE_PURGED", False)
    chart = seed_chart(psy_vault, "E", psychotherapy=1)
    other = seed_chart(psy_vault, "F")
    snapshots = _snapshots(psy_vault, tmp_path / "repo", other, 3)
    deleted: list[str] = []
    results = snapshot_purge_repositories.purge_from_repositories(
        psy_vault, destroy_parts=_destroy_touched(chart, deleted))
    assert [r["ok"] for r in results] == [True] * 3 and not any("parts_reused" in r for r in results)
    assert sorted(deleted) == ["psychotherapy"] * 3 + ["records"] * 3
    for snapshot in snapshots:
        assert _snapshot_hits(psy_vault, snapshot, chart.needles(), tmp_path) == []


def test_a_full_drive_after_the_first_purge_keeps_the_snapshots_that_took_its_part_whole(
    psy_vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first snapshot is purged and renamed; then no manifest can be written (the
    drive is full): the second and third, which took its purged psychotherapy.db, keep
    their old manifests byte for byte and verify in full; the chunks only they would have
    named are swept, the first's survive. Once there is room the retried destruction
    purges them (the second's input anew, the third taking that) and every one is clean."""
    chart = seed_chart(psy_vault, "G", psychotherapy=2)
    other = seed_chart(psy_vault, "H")
    snapshots = _snapshots(psy_vault, tmp_path / "repo", other, 3)
    before = [p.read_bytes() for p in snapshots]
    original = chunk_store._write_new
    manifests = {"n": 0}

    def write_new(path: Path, data: bytes) -> int:
        if path.parent.name == "snapshots":
            if manifests["n"] >= 2:  # the first purge wrote its check manifest and its manifest
                raise OSError(errno.ENOSPC, "No space left on device")
            manifests["n"] += 1
        return original(path, data)

    monkeypatch.setattr(chunk_store, "_write_new", write_new)
    counted = _Counted(monkeypatch, tmp_path / "repo")
    with pytest.raises(DestructionNotVerified, match="still present") as caught:
        destruction.destroy(psy_vault, chart.chart_number, basis="override", confirm=chart.chart_number,
                            override_reason="test of a full drive during a group purge")
    assert "The disk is full" in caught.value.message
    assert counted.deleted.count("psychotherapy") == 1  # the second and third took the first's part
    monkeypatch.setattr(chunk_store, "_write_new", original)
    assert snapshots[0].read_bytes() != before[0]
    assert [p.read_bytes() for p in snapshots[1:]] == before[1:]
    assert _snapshot_hits(psy_vault, snapshots[0], chart.needles(), tmp_path) == []
    for snapshot in snapshots:
        assert backup_repo.verify_snapshot(snapshot, vault=psy_vault, full=True)["ok"]
    for snapshot in snapshots[1:]:
        assert _snapshot_hits(psy_vault, snapshot, chart.needles(), tmp_path)
    retried_clean(psy_vault, snapshots, chart, tmp_path)


CHILD = """
import os, sys
from pathlib import Path
from vault_app.services import destruction, fault_injection, snapshot_purge_repositories
from vault_app.services.vault import open_vault
snapshot_purge_repositories.CHECK_BESIDE_NEXT = True
hits = {"n": 0}

def second_time(name):
    # The first time: the second snapshot prepared, nothing renamed. The second time: the
    # first snapshot renamed, the second (and third) prepared on its purged part, not renamed.
    hits["n"] += 1
    if hits["n"] == 2:
        fault_injection.crash_point(name)

snapshot_purge_repositories.crash_point = second_time
folder, chart = Path(sys.argv[1]), sys.argv[2]
vault = open_vault(folder, os.environ["VAULT_APP_PASSPHRASE"], with_psychotherapy=True)
destruction.destroy(vault, chart, basis="override", confirm=chart,
                    override_reason="fault-injection test of an interrupted destruction")
vault.lock()
"""


@pytest.mark.slow
def test_killed_after_the_first_rename_each_snapshot_is_old_whole_or_new_whole(
    tmp_path: Path, kdf_params: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIGKILL at `backup:next-prepared` the second time: the first snapshot's manifest was
    renamed (naming its purged psychotherapy.db), the second and third took that part and
    were prepared, not renamed. The first is new-whole and clean, the others old-whole
    (byte for byte); after the sweep every snapshot verifies in full (the chunks the
    renamed manifest names survived it); the next unlock finishes the destruction."""
    folder, repo = tmp_path / "vault", tmp_path / "repo"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    made.vault.unlock_psychotherapy(PASSPHRASE)
    chart = seed_chart(made.vault, "K", psychotherapy=2)
    other = seed_chart(made.vault, "L")
    snapshots = _snapshots(made.vault, repo, other, 3)
    assert len({_part(made.vault, s, "psychotherapy.db") for s in snapshots}) == 1
    made.vault.lock()
    before = [p.read_bytes() for p in snapshots]
    env = dict(os.environ, VAULT_APP_PASSPHRASE=PASSPHRASE, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env[CRASH_ENV] = "backup:next-prepared"
    done = subprocess.run([sys.executable, "-c", CHILD, str(folder), chart.chart_number], env=env,
                          capture_output=True, timeout=300, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()[-2000:]
    after = [p.read_bytes() for p in snapshots]
    assert after[0] != before[0] and after[1:] == before[1:]
    backup_repo.sweep_repository(repo)
    assert not list(repo.glob(".*")), "work folders left in the repository"
    with monkeypatch.context() as m:
        m.setattr(unlock_hooks, "AFTER_UNLOCK", [])  # as the kill left it, no resume yet
        with reopen(folder, psychotherapy=True) as vault:
            for snapshot in snapshots:
                assert backup_repo.verify_snapshot(snapshot, vault=vault, full=True)["ok"]
            assert _snapshot_hits(vault, snapshots[0], chart.needles(), tmp_path) == []
            for snapshot in snapshots[1:]:
                assert _snapshot_hits(vault, snapshot, chart.needles(), tmp_path)
    with reopen(folder, psychotherapy=True) as vault:  # the resume hook finishes the destruction
        [row] = destruction.list_destructions(vault)
        assert row["state"] == "completed", row
        # The first kept its purged part; the resumed group purged the second's input and
        # the third took that.
        parts = [_part(vault, s, "psychotherapy.db") for s in snapshots]
        assert parts[1] == parts[2] != parts[0]
        for snapshot in snapshots:
            assert backup_repo.verify_snapshot(snapshot, vault=vault, full=True)["ok"]
            assert _snapshot_hits(vault, snapshot, chart.needles(), tmp_path) == []


def test_only_the_earlier_purges_new_chunks_are_looked_for_and_a_missing_one_keeps_the_snapshot(
    psy_vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before a snapshot that took an earlier purge's part is renamed, the chunks of that
    part its own old manifest does not name must be in the repository: looked for one by
    one (never the chunks its old manifest names, there as its kept parts' are). One of
    them removed before the second snapshot's rename: the second, and the third and fourth
    that took the same part, keep their old manifests byte for byte."""
    chart = seed_chart(psy_vault, "G", psychotherapy=2)
    other = seed_chart(psy_vault, "H")
    repo_root = tmp_path / "repo"
    snapshots = _snapshots(psy_vault, repo_root, other, 4)
    named_before = {s.name: set(_part(psy_vault, s, "psychotherapy.db")[1]) | set(_part(psy_vault, s, "records.db")[1])
                    for s in snapshots}
    looked_for: list[tuple[str, str]] = []
    real_has = chunk_store.Repository.has
    real_finish = snapshot_purge.finish
    finishing = {"snapshot": ""}

    def has(repo: chunk_store.Repository, chunk_id: str) -> bool:
        looked_for.append((finishing["snapshot"], chunk_id))
        return real_has(repo, chunk_id)

    def finish(vault: Vault, done: Any, *args: Any, **kwargs: Any) -> Any:
        finishing["snapshot"] = done.path.name
        return real_finish(vault, done, *args, **kwargs)

    monkeypatch.setattr(chunk_store.Repository, "has", has)
    monkeypatch.setattr(snapshot_purge, "finish", finish)
    deleted: list[str] = []
    results = snapshot_purge_repositories.purge_from_repositories(
        psy_vault, destroy_parts=_destroy_touched(chart, deleted))
    assert [r["ok"] for r in results] == [True] * 4 and all("parts_reused" in r for r in results[1:]), results
    assert looked_for, "the reused part's new chunks were not looked for"
    assert all(c not in named_before[name] for name, c in looked_for), "a chunk the old manifest names was looked for"
    assert {name for name, _c in looked_for} == {s.name for s in snapshots[1:]}

    # Again on fresh snapshots, with one of the first purge's new chunks gone before the
    # second snapshot's rename.
    monkeypatch.setattr(chunk_store.Repository, "has", real_has)
    chart2 = seed_chart(psy_vault, "I", psychotherapy=2)
    for stale in repo_root.iterdir():
        if stale.is_dir() and stale.name == "snapshots":
            for f in stale.iterdir():
                f.unlink()
    snapshot_paths = _snapshots(psy_vault, repo_root, other, 4)
    before = [p.read_bytes() for p in snapshot_paths]

    def finish_losing_a_chunk(vault: Vault, done: Any, *args: Any, **kwargs: Any) -> Any:
        if done.reused and done.path == snapshot_paths[1]:
            gone = done.reused_new[0]
            (repo_root / "chunks" / gone[:2] / gone).unlink()
        return real_finish(vault, done, *args, **kwargs)

    monkeypatch.setattr(snapshot_purge, "finish", finish_losing_a_chunk)
    results = snapshot_purge_repositories.purge_from_repositories(psy_vault, destroy_parts=_destroy_touched(chart2, []))
    assert [r["ok"] for r in results] == [True, False, False, False], results
    assert "missing from the repository" in results[1]["error"], results
    assert all("missing" in r["error"] for r in results[2:]), results
    assert [p.read_bytes() for p in snapshot_paths[1:]] == before[1:]

"""The group purge of snapshots on both cores (snapshot_purge_repositories._purge_group): each
snapshot's SQLite structure check runs beside the next snapshot's patch and deletion, in
two working folders per repository. On real SQLCipher files and real snapshots: the search
of each snapshot sees exactly the bytes its new manifest names (not the next one's), a
copy that fails its structure check keeps its old snapshot while the others are purged,
and a SIGKILL between two prepared snapshots leaves every snapshot old-whole."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.destruction_helpers import SeededChart, seed_chart
from tests.core.test_snapshot_search import _snapshot_hits
from vault_app.crypto.kdf import KdfParams
from vault_app.services import (
    backup_keys,
    backup_repo,
    destruction,
    notes,
    snapshot_purge,
    snapshot_purge_repositories,
    unlock_hooks,
)
from vault_app.services.backup_repo_read import _write_part, open_snapshot, read_manifest_file, repository_of
from vault_app.services.destruction_steps import CRASH_ENV, StepLog, Target, delete_and_compact
from vault_app.services.snapshot_purge import Layout, SnapshotCopy
from vault_app.services.snapshot_purge_check import StructureCheck, start_structure_check
from vault_app.services.vault import Vault, create_vault
from vault_app.storage.chunk_store import ChunkKeys
from vault_app.storage.destruction_pages import PAGE_SIZE


def _snapshots(vault: Vault, repo: Path, other: SeededChart, days: int) -> list[Path]:
    made = []
    for day in range(days):
        notes.create_progress_note(vault, other.client_id, text=f"Day {day}: " + os.urandom(300).hex())
        made.append(Path(backup_repo.create_incremental(vault, repo, rotate_old=False).path))
    return made


def _records_bytes(vault: Vault, snapshot: Path, dest: Path) -> bytes:
    """records.db as the snapshot's manifest names it, rebuilt from the repository."""
    slots, master, body = open_snapshot(read_manifest_file(snapshot), backup_keys.vault_source(vault))
    [part] = [p for p in body["parts"] if p["name"] == "records.db"]
    dest.unlink(missing_ok=True)
    _write_part(repository_of(snapshot), ChunkKeys(master, slots.vault_id), part, dest)
    return dest.read_bytes()


def _destroy_parts(chart: SeededChart, events: list[str]) -> Any:
    def destroy(copy: SnapshotCopy) -> None:
        copy.label = f"s{sum(e.startswith('destroy') for e in events)}"
        events.append(f"destroy {copy.label}")
        comps = [copy.compartment(name) for name in ("records", "psychotherapy")]
        delete_and_compact(comps, Target(chart.client_id), StepLog(), label="backup:", rebuild=False)
    return destroy


@pytest.mark.parametrize("beside", [True, False], ids=["check-beside-next", "one-after-the-other"])
def test_each_snapshot_is_searched_on_its_own_purged_bytes(psy_vault: Vault, tmp_path: Path, beside: bool,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Four snapshots (both working folders used twice): the search of each runs after the
    next one's deletion when the checks run beside, yet it reads the bytes its own new
    manifest names; every snapshot is purged, verifies in full and holds no trace."""
    monkeypatch.setattr(snapshot_purge_repositories, "CHECK_BESIDE_NEXT", beside)
    chart = seed_chart(psy_vault, "P", psychotherapy=2)
    other = seed_chart(psy_vault, "Q")
    snapshots = _snapshots(psy_vault, tmp_path / "repo", other, 4)
    events: list[str] = []
    seen: dict[str, tuple[Path, str, list[int]]] = {}

    def search(copy: SnapshotCopy, layout: Layout) -> None:
        events.append(f"search {copy.label}")
        data = (copy.folder / "records.db").read_bytes()
        seen[copy.label] = (copy.folder, hashlib.sha256(data).hexdigest(), [s for s, _ in layout["records.db"]])
        assert sum(s for s, _ in layout["records.db"]) == len(data)

    results = snapshot_purge_repositories.purge_from_repositories(
        psy_vault, destroy_parts=_destroy_parts(chart, events), search_parts=search)
    assert [r["ok"] for r in results] == [True] * 4, results
    if beside:  # each search after the next one's deletion: its check ran beside that
        assert events == ["destroy s0", "destroy s1", "search s0", "destroy s2", "search s1", "destroy s3",
                          "search s2", "search s3"]
        assert seen["s0"][0] == seen["s2"][0] != seen["s1"][0] == seen["s3"][0]  # two folders, in turn
    else:
        assert events == ["destroy s0", "search s0", "destroy s1", "search s1", "destroy s2", "search s2",
                          "destroy s3", "search s3"]
    for i, snapshot in enumerate(snapshots):
        rebuilt = _records_bytes(psy_vault, snapshot, tmp_path / "records.db")
        assert hashlib.sha256(rebuilt).hexdigest() == seen[f"s{i}"][1], i
        assert backup_repo.verify_snapshot(snapshot, vault=psy_vault, full=True)["ok"]
        assert _snapshot_hits(psy_vault, snapshot, chart.needles(), tmp_path) == [], snapshot


def test_a_copy_that_fails_its_structure_check_keeps_its_snapshot_and_the_next_is_purged(
    psy_vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second of four purged copies is damaged on the disk after its read-back (page 1
    of records.db overwritten), so SQLite's check, running beside the third snapshot's
    deletion, refuses it: that snapshot keeps its old manifest (and the chart), its working
    folder is dropped and the fourth, in that folder, is rebuilt and purged."""
    monkeypatch.setattr(snapshot_purge_repositories, "CHECK_BESIDE_NEXT", True)
    chart = seed_chart(psy_vault, "R", psychotherapy=1)
    other = seed_chart(psy_vault, "U")
    snapshots = _snapshots(psy_vault, tmp_path / "repo", other, 4)
    before = [p.read_bytes() for p in snapshots]
    original = start_structure_check
    calls = {"n": 0}

    def damaging(pool: Any, folder: Path, keys: dict[str, bytes], changed: tuple[str, ...]) -> StructureCheck:
        calls["n"] += 1
        if calls["n"] == 2:
            with (folder / "records.db").open("r+b") as f:
                f.seek(PAGE_SIZE // 2)  # inside page 1 (schema): every check reads it
                f.write(os.urandom(64))
        return original(pool, folder, keys, changed)

    monkeypatch.setattr(snapshot_purge, "start_structure_check", damaging)
    results = snapshot_purge_repositories.purge_from_repositories(psy_vault, destroy_parts=_destroy_parts(chart, []))
    assert [r["ok"] for r in results] == [True, False, True, True], results
    assert "did not check" in results[1]["error"]
    assert snapshots[1].read_bytes() == before[1]
    assert _snapshot_hits(psy_vault, snapshots[1], chart.needles(), tmp_path)  # the chart still there, said so
    for i in (0, 2, 3):
        assert snapshots[i].read_bytes() != before[i]
        assert backup_repo.verify_snapshot(snapshots[i], vault=psy_vault, full=True)["ok"]
        assert _snapshot_hits(psy_vault, snapshots[i], chart.needles(), tmp_path) == []
    assert backup_repo.verify_snapshot(snapshots[1], vault=psy_vault, full=True)["ok"]


CHILD = """
import os, sys
from pathlib import Path
from vault_app.services import destruction, snapshot_purge_repositories
from vault_app.services.vault import open_vault
snapshot_purge_repositories.CHECK_BESIDE_NEXT = True
folder, chart = Path(sys.argv[1]), sys.argv[2]
vault = open_vault(folder, os.environ["VAULT_APP_PASSPHRASE"], with_psychotherapy=True)
destruction.destroy(vault, chart, basis="override", confirm=chart,
                    override_reason="fault-injection test of an interrupted destruction")
vault.lock()
"""


@pytest.mark.slow
def test_killed_with_two_snapshots_prepared_every_snapshot_is_old_whole(tmp_path: Path, kdf_params: KdfParams,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """SIGKILL at `backup:next-prepared` (the second snapshot deleted, chunked and read back
    while the first one's check ran, neither renamed): every manifest is the old one byte
    for byte and verifies in full; the sweep removes the two working folders and the
    unnamed chunks; the next unlock finishes the destruction and no snapshot holds the chart."""
    folder, repo = tmp_path / "vault", tmp_path / "repo"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    made.vault.unlock_psychotherapy(PASSPHRASE)
    chart = seed_chart(made.vault, "K", psychotherapy=2)
    other = seed_chart(made.vault, "L")
    snapshots = _snapshots(made.vault, repo, other, 3)
    made.vault.lock()
    before = [p.read_bytes() for p in snapshots]
    env = dict(os.environ, VAULT_APP_PASSPHRASE=PASSPHRASE, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env[CRASH_ENV] = "backup:next-prepared"
    done = subprocess.run([sys.executable, "-c", CHILD, str(folder), chart.chart_number], env=env,
                          capture_output=True, timeout=300, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()[-2000:]
    assert [p.read_bytes() for p in snapshots] == before
    assert len([p for p in repo.glob(".*") if p.is_dir()]) == 2  # the two working folders, left by the kill
    with monkeypatch.context() as m:
        m.setattr(unlock_hooks, "AFTER_UNLOCK", [])  # as the kill left it, no resume yet
        with reopen(folder, psychotherapy=True) as vault:
            for snapshot in snapshots:
                assert backup_repo.verify_snapshot(snapshot, vault=vault, full=True)["ok"]
                assert _snapshot_hits(vault, snapshot, chart.needles(), tmp_path)
    backup_repo.sweep_repository(repo)
    assert not list(repo.glob(".*")), "work folders left in the repository"
    with reopen(folder, psychotherapy=True) as vault:  # the resume hook finishes the destruction
        [row] = destruction.list_destructions(vault)
        assert row["state"] == "completed", row
        for snapshot in snapshots:
            assert backup_repo.verify_snapshot(snapshot, vault=vault, full=True)["ok"]
            assert _snapshot_hits(vault, snapshot, chart.needles(), tmp_path) == []

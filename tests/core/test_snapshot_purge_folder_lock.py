"""A destruction's purge of snapshots holds each repository against another copy of the
vault writing into it (storage/backup_folder_lock.py). A purged snapshot's new chunks are
named by no manifest until its rename, after its structure check and search: another
process's sweep in between (a second copy's rotation or purge) took them for orphans, and
the rename then put in place a snapshot naming chunks that were gone. And a repository
another process keeps is reported, not purged half-way. Real SQLCipher snapshots, a real
second process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.destruction_helpers import seed_chart
from tests.core.test_backup_folder_lock import SWEEP, _hold, _release, other_process  # noqa: F401 - a fixture
from tests.core.test_snapshot_purge_pipeline import _destroy_parts, _snapshots
from tests.core.test_snapshot_search import _snapshot_hits
from vault_app.services import backup_repo, snapshot_purge_repositories
from vault_app.services.snapshot_purge import Layout, SnapshotCopy
from vault_app.services.vault import Vault
from vault_app.storage import backup_folder_lock


def test_another_process_cannot_sweep_a_purged_snapshots_chunks_before_its_rename(
    psy_vault: Vault, tmp_path: Path
) -> None:
    chart = seed_chart(psy_vault, "P", psychotherapy=1)
    other = seed_chart(psy_vault, "Q")
    snapshots = _snapshots(psy_vault, tmp_path / "repo", other, 2)
    swept: list[str] = []

    def search(copy: SnapshotCopy, layout: Layout) -> None:
        # After the chunks are written and checked, before the manifest's rename: the moment
        # a second copy's rotation would sweep the repository.
        done = subprocess.run([sys.executable, "-c", SWEEP, str(tmp_path / "repo")], capture_output=True,
                              text=True, timeout=120, check=True)
        swept.append(done.stdout)

    results = snapshot_purge_repositories.purge_from_repositories(psy_vault, destroy_parts=_destroy_parts(chart, []),
                                                                  search_parts=search)
    assert [r["ok"] for r in results] == [True, True], results
    assert len(swept) == 2 and all(out.startswith("busy: ") for out in swept), swept
    for snapshot in snapshots:
        assert backup_repo.verify_snapshot(snapshot, vault=psy_vault, full=True)["ok"]
        assert _snapshot_hits(psy_vault, snapshot, chart.needles(), tmp_path) == [], snapshot


def test_a_repository_another_process_keeps_is_reported_and_left_whole(
    psy_vault: Vault, tmp_path: Path, other_process: list[subprocess.Popen[str]],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chart = seed_chart(psy_vault, "P", psychotherapy=1)
    other = seed_chart(psy_vault, "Q")
    snapshots = _snapshots(psy_vault, tmp_path / "repo", other, 2)
    before = {p: p.read_bytes() for p in snapshots}
    holder = _hold(other_process, tmp_path / "repo")
    monkeypatch.setattr(backup_folder_lock, "WAIT_SECONDS", 0.0)
    results = snapshot_purge_repositories.purge_from_repositories(psy_vault, destroy_parts=_destroy_parts(chart, []))
    assert [r["ok"] for r in results] == [False, False]
    assert all("writing into the backup folder" in r["error"] for r in results)
    assert {p: p.read_bytes() for p in snapshots} == before  # untouched, to be purged once it is free
    _release(holder)
    results = snapshot_purge_repositories.purge_from_repositories(psy_vault, destroy_parts=_destroy_parts(chart, []))
    assert [r["ok"] for r in results] == [True, True], results

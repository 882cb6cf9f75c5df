"""Purging a destroyed chart from every snapshot of a backup repository.

The chart's content is searched for in the decrypted pages of each purged snapshot
(free pages included) with tests/core/destruction_helpers.py, independent of the app;
chunks no snapshot names any more are overwritten and removed."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from tests.core.destruction_helpers import SeededChart, decrypted_hits, raw_hits, seed_chart, vault_keys
from vault_app.services import (
    backup,
    backup_keys,
    backup_repo,
    clients,
    notes,
    snapshot_purge,
    snapshot_purge_repositories,
)
from vault_app.services.backup_repo_read import materialize
from vault_app.services.destruction_steps import StepLog, Target, erase
from vault_app.services.vault import Vault
from vault_app.storage.chunk_store import Repository


def _eraser(chart: SeededChart) -> Callable[[Vault], None]:
    def destroy(copy: Vault) -> None:
        erase(copy, Target(chart.client_id), StepLog(), label="backup:", rebuild=False)

    return destroy


def _hits_in_snapshot(vault: Vault, snapshot: Path, chart: SeededChart, work: Path) -> list[str]:
    folder = work / f"m-{os.urandom(4).hex()}"
    folder.mkdir(mode=0o700)
    m = materialize(snapshot, backup_keys.vault_source(vault), folder)
    copy = backup_keys.open_with_master(folder, m.master, psychotherapy_wraps=m.psychotherapy_wraps)
    try:
        keys = vault_keys(copy)
    finally:
        copy.lock()
    assert set(keys) == {"records", "psychotherapy", "ledger"}
    return decrypted_hits(folder, keys, chart.needles(), work / "scan")


def test_purge_removes_a_chart_from_every_snapshot_and_scrubs_orphaned_chunks(
    psy_vault: Vault, tmp_path: Path
) -> None:
    target = seed_chart(psy_vault, "T")
    other = seed_chart(psy_vault, "O")
    repo_dir = tmp_path / "repo"
    first = backup_repo.create_incremental(psy_vault, repo_dir, rotate_old=False)
    notes.create_progress_note(psy_vault, other.client_id, text="A later session of the other chart.")
    second = backup_repo.create_incremental(psy_vault, repo_dir, rotate_old=False)
    snapshots = [Path(first.path), Path(second.path)]
    assert _hits_in_snapshot(psy_vault, snapshots[0], target, tmp_path)  # the scan sees the chart

    repo = Repository(repo_dir.resolve())
    before = repo.chunk_ids()
    # Held open across the purge: what was in a removed chunk's blocks is read back after.
    held = {cid: repo.chunk_path(cid).open("rb") for cid in before}
    try:
        results = [snapshot_purge.purge_chart(psy_vault, s, _eraser(target), sweep=(s == snapshots[-1]))
                   for s in snapshots]
        assert [r["status"] for r in results] == ["purged", "purged"]
        assert results[0]["chunks_removed"] == 0 and results[1]["chunks_removed"] > 0
        after = repo.chunk_ids()
        removed = before - after
        assert removed and after == repo.referenced()
        for cid in removed:
            held[cid].seek(0)
            assert set(held[cid].read()) <= {0}, "a removed chunk was not overwritten first"
    finally:
        for fh in held.values():
            fh.close()

    for snapshot in snapshots:
        assert _hits_in_snapshot(psy_vault, snapshot, target, tmp_path) == []
        assert _hits_in_snapshot(psy_vault, snapshot, other, tmp_path)  # the other chart stays
        assert backup_repo.verify_snapshot(snapshot, vault=psy_vault)["ok"]
    assert raw_hits(repo_dir, target.needles()) == []
    listed = {b["path"]: b for b in backup.list_backups(psy_vault)}
    assert {listed[str(s)]["state"] for s in snapshots} == {"verified"}
    assert all(listed[str(s)]["purged_at"] for s in snapshots)
    purged = psy_vault.ledger.entries(kinds=("backup.purged",))
    assert [e.payload["format"] for e in purged] == ["repo", "repo"]
    assert not [p for p in repo_dir.rglob(".*")], "work files left in the repository"


def test_purge_from_repositories_reaches_every_registered_snapshot(psy_vault: Vault, tmp_path: Path) -> None:
    target = seed_chart(psy_vault, "R")
    other = seed_chart(psy_vault, "S")
    made = [backup_repo.create_incremental(psy_vault, tmp_path / "repo-a", rotate_old=False)]
    notes.create_progress_note(psy_vault, other.client_id, text="Another session.")
    made.append(backup_repo.create_incremental(psy_vault, tmp_path / "repo-a", rotate_old=False))
    made.append(backup_repo.create_incremental(psy_vault, tmp_path / "repo-b", rotate_old=False))
    unplugged = backup_repo.create_incremental(psy_vault, tmp_path / "repo-c", rotate_old=False)
    (tmp_path / "repo-c").rename(tmp_path / "drive-unplugged")
    backup.create_backup(psy_vault, tmp_path / "files")  # single-file backups are not theirs to purge

    ran: list[str] = []
    eraser = _eraser(target)

    def destroy(copy: Vault) -> None:
        ran.append(copy.vault_id)
        eraser(copy)

    results = snapshot_purge_repositories.purge_from_repositories(psy_vault, destroy)
    assert [r["path"] for r in results] == [m.path for m in made]
    assert [r["status"] for r in results] == ["purged"] * 3 and len(ran) == 3
    assert unplugged.path not in {r["path"] for r in results}
    for repo_dir in ("repo-a", "repo-b"):
        repo = Repository((tmp_path / repo_dir).resolve())
        assert repo.chunk_ids() == repo.referenced()

    def still_there(copy: Vault) -> dict[str, object]:
        ids = {c.client_id for c in clients.list_clients(copy)}
        return {"found": [x for x in (target.client_id,) if x in ids], "other_present": other.client_id in ids}

    inspected = backup_repo.inspect_snapshots(psy_vault, still_there)
    assert [i["status"] for i in inspected] == ["inspected"] * 3
    assert all(i["ok"] and i["other_present"] for i in inspected)
    for m in made:
        assert _hits_in_snapshot(psy_vault, Path(m.path), target, tmp_path) == []


def test_a_destruction_purges_registered_snapshots_and_single_files_alike(psy_vault: Vault, tmp_path: Path) -> None:
    """The destruction itself (not only purge_chart): a registered single-file backup and two
    registered snapshots are purged, the certificate verifies, and no snapshot holds the chart."""
    from vault_app.services import destruction

    target = seed_chart(psy_vault, "T")
    other = seed_chart(psy_vault, "O")
    single = backup.create_backup(psy_vault, tmp_path / "usb")
    first = backup_repo.create_incremental(psy_vault, tmp_path / "repo", rotate_old=False)
    notes.create_progress_note(psy_vault, other.client_id, text="Another session of the other chart.")
    second = backup_repo.create_incremental(psy_vault, tmp_path / "repo", rotate_old=False)

    cert = destruction.destroy(psy_vault, target.chart_number, basis="override", confirm=target.chart_number,
                               override_reason="the client asked for the records to be destroyed")
    verification = cert["verification"]
    assert verification["result"] == "passed"
    purged = {b["path"]: b for b in verification["backups"]}
    assert set(purged) == {single.path, first.path, second.path}
    assert all(b["status"] == "purged" and b["ok"] for b in purged.values())
    for snapshot in (first.path, second.path):
        assert _hits_in_snapshot(psy_vault, Path(snapshot), target, tmp_path) == []
        assert backup_repo.verify_snapshot(Path(snapshot), vault=psy_vault)
    assert raw_hits(tmp_path / "repo", target.needles()) == []
    assert clients.get_client(psy_vault, other.client_id).chart_number == other.chart_number

"""A destruction purges a snapshot by rebuilding only what the chart's deletion touches
(snapshot_purge.purge_snapshot): records.db and psychotherapy.db. The ledger part and the
other charts' attachments keep their chunk lists byte for byte; the chart's attachments
leave the manifest. The purged snapshot restores with every check (the files still bind
to its ledger) and holds no trace of the chart, searched with tests/core/destruction_helpers.py
(independent of the app)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.destruction_helpers import SeededChart, decrypted_hits, raw_hits, seed_chart, vault_keys
from vault_app.domain.errors import CompartmentLocked, VaultError
from vault_app.services import backup_keys, backup_repo, backup_repo_restore, clients, destruction, snapshot_purge
from vault_app.services.backup_archive import HEADER_PART
from vault_app.services.backup_repo_read import materialize, open_snapshot, read_manifest_file
from vault_app.services.destruction_steps import StepLog, Target, delete_and_compact, remaining_rows_in
from vault_app.services.snapshot_purge import SnapshotCopy
from vault_app.services.vault import Vault, open_vault
from vault_app.storage import blob_store, clinical_attachments, integrity_stamp
from vault_app.storage import destruction_delete as deletion
from vault_app.storage.chunk_store import PAGE, ChunkKeys, Repository
from vault_app.storage.compartment import COMPARTMENT_FILES


def _parts(vault: Vault, snapshot: Path) -> dict[str, dict[str, Any]]:
    _slots, _master, body = open_snapshot(read_manifest_file(snapshot), backup_keys.vault_source(vault))
    return {p["name"]: p for p in body["parts"]}


def _blob_parts(vault: Vault, client_id: str) -> set[str]:
    return {blob_store.relative_name(b) for b, c in clinical_attachments.referenced_blobs(vault.records).items()
            if c == client_id}


def _destroy(vault: Vault, chart: SeededChart) -> dict[str, Any]:
    return destruction.destroy(vault, chart.chart_number, basis="override", confirm=chart.chart_number,
                               override_reason="the client asked for the records to be destroyed")


def _hits(vault: Vault, snapshot: Path, chart: SeededChart, work: Path) -> list[str]:
    """The chart searched in every decrypted page (free pages included), in the blobs the
    snapshot holds, and raw in every file it rebuilds to. Opening the rebuilt copy as a
    vault runs the unlock's checks, the binding of records.db to the ledger among them."""
    folder = work / f"m-{os.urandom(4).hex()}"
    folder.mkdir(mode=0o700)
    m = materialize(snapshot, backup_keys.vault_source(vault), folder, full=True)
    copy = backup_keys.open_with_master(folder, m.master, psychotherapy_wraps=m.psychotherapy_wraps)
    try:
        keys = vault_keys(copy)
    finally:
        copy.lock()
    assert set(keys) == {"records", "psychotherapy", "ledger"}
    return decrypted_hits(folder, keys, chart.needles(), work / "scan") + raw_hits(folder, chart.needles())


def test_the_ledger_and_the_other_charts_attachments_keep_their_chunk_lists(psy_vault: Vault, tmp_path: Path) -> None:
    chart = seed_chart(psy_vault, "T")
    other = seed_chart(psy_vault, "O")
    snapshot = Path(backup_repo.create_incremental(psy_vault, tmp_path / "repo", rotate_old=False).path)
    chart_blobs, other_blobs = _blob_parts(psy_vault, chart.client_id), _blob_parts(psy_vault, other.client_id)
    assert chart_blobs and other_blobs
    before = _parts(psy_vault, snapshot)
    assert chart_blobs <= set(before) and other_blobs <= set(before)

    cert = _destroy(psy_vault, chart)
    assert cert["verification"]["result"] == "passed", cert["verification"]
    after = _parts(psy_vault, snapshot)
    for name in (HEADER_PART, COMPARTMENT_FILES["ledger"], *sorted(other_blobs)):
        assert after[name] == before[name], name  # byte-identical entry: chunk list, size, file identity
    assert not chart_blobs & set(after), "the chart's attachments are still named by the snapshot"
    for name in ("records", "psychotherapy"):
        assert after[COMPARTMENT_FILES[name]]["chunks"] != before[COMPARTMENT_FILES[name]]["chunks"], name
    # The chart's blob chunks were named by no snapshot any more: the sweep removed them.
    repo = Repository((tmp_path / "repo").resolve())
    gone = {c for name in chart_blobs for c in before[name]["chunks"]}
    assert not gone & repo.chunk_ids()
    assert repo.chunk_ids() == repo.referenced()


def test_a_purged_snapshot_restores_with_every_check_and_holds_no_trace_of_the_chart(
    psy_vault: Vault, tmp_path: Path
) -> None:
    chart = seed_chart(psy_vault, "T")
    other = seed_chart(psy_vault, "O")
    repo_dir = tmp_path / "repo"
    snapshot = Path(backup_repo.create_incremental(psy_vault, repo_dir, rotate_old=False).path)
    assert _hits(psy_vault, snapshot, chart, tmp_path)  # the searchers see the chart before
    stamp_before = integrity_stamp.read(psy_vault.records)

    cert = _destroy(psy_vault, chart)
    assert cert["verification"]["result"] == "passed", cert["verification"]
    [entry] = [b for b in cert["verification"]["backups"] if b["path"] == str(snapshot)]
    assert entry["status"] == "purged" and entry["rows_remaining"] == 0 and entry["key_problems"] == []
    assert "the other charts' left as they were" in entry["method"]

    assert _hits(psy_vault, snapshot, chart, tmp_path) == []
    assert raw_hits(repo_dir, chart.needles()) == []
    assert backup_repo.verify_snapshot(snapshot, vault=psy_vault, full=True)["ok"]
    restored = tmp_path / "restored"
    backup_repo_restore.restore_snapshot(snapshot, restored, passphrase=PASSPHRASE, full=True)
    copy = open_vault(restored, PASSPHRASE)
    try:
        names = {c.client_id for c in clients.list_clients(copy)}
        assert other.client_id in names and chart.client_id not in names
        # The purge moved the counter on and kept the ledger entry records.db had seen:
        # nothing was appended to the snapshot's ledger.
        assert integrity_stamp.read(copy.records).counter > stamp_before.counter
    finally:
        copy.lock()


def test_a_chart_with_psychotherapy_notes_is_purged_in_both_compartments(psy_vault: Vault, tmp_path: Path) -> None:
    chart = seed_chart(psy_vault, "P", psychotherapy=3)
    other = seed_chart(psy_vault, "Q")
    repo_dir = tmp_path / "repo"
    snapshot = Path(backup_repo.create_incremental(psy_vault, repo_dir, rotate_old=False).path)
    before = _parts(psy_vault, snapshot)
    done: list[dict[str, int]] = []

    def destroy(copy: SnapshotCopy) -> None:
        assert set(copy.keys) == {"records", "psychotherapy"}  # the ledger is the live one's prefix
        comps = [copy.compartment(n) for n in ("records", "psychotherapy")]
        rows = {c.name: sum(deletion.count_references(c, chart.client_id).values()) for c in comps}
        delete_and_compact(comps, Target(chart.client_id), StepLog(), label="backup:", rebuild=False)
        done.append(rows)
        assert remaining_rows_in(comps, Target(chart.client_id)) == 0

    result = snapshot_purge.purge_snapshot(psy_vault, snapshot, destroy)
    assert result["status"] == "purged"
    assert [rows["psychotherapy"] for rows in done] == [3] and done[0]["records"] > 0
    after = _parts(psy_vault, snapshot)
    for name in ("records", "psychotherapy"):
        assert after[COMPARTMENT_FILES[name]]["chunks"] != before[COMPARTMENT_FILES[name]]["chunks"], name
    assert after[COMPARTMENT_FILES["ledger"]] == before[COMPARTMENT_FILES["ledger"]]
    hits = _hits(psy_vault, snapshot, chart, tmp_path)
    assert hits == [], hits
    assert any(h.startswith("psychotherapy.db:") for h in _hits(psy_vault, snapshot, other, tmp_path))


@pytest.mark.parametrize("where", ["chunk", "copy", "grown"])
def test_a_purged_part_that_does_not_read_back_keeps_the_old_snapshot(
    psy_vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    """A new chunk altered on the drive, the purged copy altered at a new chunk's place
    after store_parts cut it (the read-back reads each new chunk's bytes at its offset
    alone), or the copy grown by a page: check_purged refuses, the old snapshot stays."""
    chart = seed_chart(psy_vault, "T")
    seed_chart(psy_vault, "O")
    snapshot = Path(backup_repo.create_incremental(psy_vault, tmp_path / "repo", rotate_old=False).path)
    old_manifest = snapshot.read_bytes()
    original = snapshot_purge.check_purged
    damaged: list[str] = []

    def damaging(repo: Repository, ck: ChunkKeys, folder: Path, before: list[dict[str, Any]],
                 after: list[dict[str, Any]], *args: Any, **kwargs: Any) -> None:
        new = sorted({c for p in after for c in p["chunks"]} - {c for p in before for c in p["chunks"]})
        if where == "chunk":
            path = repo.chunk_path(new[0])
            data = bytearray(path.read_bytes())
            data[len(data) // 2] ^= 0x01
            path.write_bytes(bytes(data))
        else:
            [part] = [p for p in after if new[0] in p["chunks"]]
            at = part["chunks"].index(new[0])
            offset = sum(kwargs["sizes"][part["name"]][:at])
            with (folder / part["name"]).open("r+b") as f:
                if where == "copy":
                    f.seek(offset + 100)
                    byte = f.read(1)
                    f.seek(offset + 100)
                    f.write(bytes([byte[0] ^ 0x01]))
                else:
                    f.seek(0, 2)
                    f.write(os.urandom(PAGE))
        damaged.append(new[0])
        original(repo, ck, folder, before, after, *args, **kwargs)

    monkeypatch.setattr(snapshot_purge, "check_purged", damaging)

    def destroy(copy: SnapshotCopy) -> None:
        comps = [copy.compartment(n) for n in ("records", "psychotherapy")]
        delete_and_compact(comps, Target(chart.client_id), StepLog(), label="backup:", rebuild=False)

    with pytest.raises(VaultError, match=r"did not read back as written|failed its authentication"):
        snapshot_purge.purge_snapshot(psy_vault, snapshot, destroy)
    assert damaged
    assert snapshot.read_bytes() == old_manifest
    assert backup_repo.verify_snapshot(snapshot, vault=psy_vault)["ok"]
    assert not [p for p in (tmp_path / "repo").rglob(".*")], "work files left in the repository"


def test_a_snapshot_whose_ledger_is_not_on_the_live_chain_has_it_rebuilt_and_searched(
    psy_vault: Vault, tmp_path: Path
) -> None:
    """The ledger part is left out of the rebuild only when the manifest's ledger head is
    the live ledger's entry at that number (then the live ledger's pages, searched anyway,
    are the same entries). A registered snapshot of a copy that went its own way has its
    ledger.db rebuilt and every page of it searched, as a whole copy's was."""
    target = seed_chart(psy_vault, "T")
    first = backup_repo.create_incremental(psy_vault, tmp_path / "repo", rotate_old=False)
    folder = psy_vault.folder
    psy_vault.lock()
    other = tmp_path / "other"
    backup_repo_restore.restore_snapshot(Path(first.path), other, passphrase=PASSPHRASE)
    with reopen(other, psychotherapy=True) as fork:
        fork.ledger.append("fork.entry", {})
        forked = backup_repo.create_incremental(fork, tmp_path / "repo2", rotate_old=False)
    with reopen(folder, psychotherapy=True) as vault:
        created = vault.ledger.entries(kinds=("backup.created",))[0].payload
        vault.ledger.append("backup.created", {**created, "path": forked.path, "sha256": forked.sha256,
                                               "bytes": forked.bytes, "ledger_seq": forked.ledger_seq})
        vault.ledger.append("live.entry", {})  # the live chain moves on differently
        cert = _destroy(vault, target)
        content = cert["verification"]["content_search"]
        assert cert["verification"]["result"] == "passed", cert["verification"]
        assert [b["status"] for b in cert["verification"]["backups"]] == ["purged", "purged"]
        assert content["backup_ledgers_identical_to_live_prefix"] == 1
        # Live: records, psychotherapy, ledger and the two search files; the first snapshot:
        # records, psychotherapy; the forked one: records, psychotherapy and its ledger.
        assert content["compartment_files_decrypted"] == 5 + 2 + 3
        assert _hits(vault, Path(forked.path), target, tmp_path) == []


def test_a_chart_without_psychotherapy_notes_leaves_that_part_as_it_was(psy_vault: Vault, tmp_path: Path) -> None:
    chart = seed_chart(psy_vault, "N", psychotherapy=0)
    other = seed_chart(psy_vault, "M")
    snapshot = Path(backup_repo.create_incremental(psy_vault, tmp_path / "repo", rotate_old=False).path)
    before = _parts(psy_vault, snapshot)
    cert = _destroy(psy_vault, chart)
    assert cert["verification"]["result"] == "passed", cert["verification"]
    after = _parts(psy_vault, snapshot)
    psy, records = COMPARTMENT_FILES["psychotherapy"], COMPARTMENT_FILES["records"]
    assert after[psy] == before[psy]  # no row of the chart there: not rewritten, not re-chunked
    assert after[records]["chunks"] != before[records]["chunks"]
    # Still searched: every page of both compartments of the purged snapshot was decrypted.
    assert cert["verification"]["content_search"]["compartment_files_decrypted"] == 5 + 2  # live: search files too
    assert _hits(psy_vault, snapshot, chart, tmp_path) == []
    assert any(h.startswith("psychotherapy.db:") for h in _hits(psy_vault, snapshot, other, tmp_path))


def test_a_snapshot_whose_psychotherapy_key_is_out_of_reach_is_not_purged_and_kept_whole(
    psy_vault: Vault, tmp_path: Path
) -> None:
    """As with the whole copy: without the psychotherapy key the chart's notes there cannot
    be deleted, so the purge of that snapshot fails (the destruction lists it as not
    purged) and its manifest stays as it was, rather than a snapshot half purged."""
    chart = seed_chart(psy_vault, "T")
    snapshot = Path(backup_repo.create_incremental(psy_vault, tmp_path / "repo", rotate_old=False).path)
    old_manifest = snapshot.read_bytes()
    folder = psy_vault.folder
    psy_vault.lock()
    with reopen(folder) as vault:  # the psychotherapy notes locked: their key not reachable
        seen: list[set[str]] = []

        def destroy(copy: SnapshotCopy) -> None:
            seen.append(set(copy.keys))
            comps = [copy.compartment(n) for n in ("records", "psychotherapy")]
            delete_and_compact(comps, Target(chart.client_id), StepLog(), label="backup:", rebuild=False)

        with pytest.raises(CompartmentLocked):
            snapshot_purge.purge_snapshot(vault, snapshot, destroy)
        assert seen == [{"records"}]
    assert snapshot.read_bytes() == old_manifest
    assert not [p for p in (tmp_path / "repo").rglob(".*")], "work files left in the repository"

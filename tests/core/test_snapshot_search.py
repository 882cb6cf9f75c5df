"""The destruction's search of purged snapshots, each distinct page once
(services/snapshot_search.py): on real SQLCipher files, two states of one records.db that
share most chunks, the shared search finds exactly what a search of every page finds, a
needle crossing the seam of a shared and a new page included; and a destruction with
three registered snapshots leaves no trace of the chart in any of them."""

from __future__ import annotations

import errno
import os
import random
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.core.destruction_helpers import SeededChart, decrypted_hits, raw_hits, seed_chart, vault_keys
from vault_app.domain.destruction import DestructionNotVerified
from vault_app.services import backup_keys, backup_repo, destruction, destruction_backups, notes, snapshot_purge_group
from vault_app.services.backup_repo_read import (
    _write_part,
    materialize,
    open_snapshot,
    read_manifest_file,
    repository_of,
)
from vault_app.services.destruction_verify import ContentScan
from vault_app.services.snapshot_purge_group import PurgeWork
from vault_app.services.snapshot_search import SharedPageSearch
from vault_app.services.vault import Vault
from vault_app.storage import chunk_store
from vault_app.storage.chunk_store import ChunkKeys, Repository
from vault_app.storage.destruction_pages import (
    PAGE_SIZE,
    PageRange,
    PageStats,
    decrypt_range,
    file_salt,
    unreadable_pages,
)
from vault_app.storage.destruction_scan import TEXT, Needle, NeedleSet

_CK = ChunkKeys(os.urandom(32), os.urandom(16))


def _layout(path: Path) -> list[tuple[int, str]]:
    return [(len(p), _CK.chunk_id(p, paged=True)) for p in chunk_store.split_file(path)]


def _unit_plaintexts(path: Path, key: bytes, layout: list[tuple[int, str]]) -> list[bytes]:
    salt = file_salt(path)
    assert salt is not None
    out, offset = [], 0
    for size, _ in layout:
        run = PageRange(path, False, offset // PAGE_SIZE, size // PAGE_SIZE)
        out.append(b"".join(decrypt_range(key, salt, run, PageStats())))
        offset += size
    return out


@pytest.fixture()
def two_states(psy_vault: Vault, tmp_path: Path) -> dict[str, Any]:
    """records.db before (a/) and after (b/) a few notes: most chunks shared."""
    vault = psy_vault
    client = seed_chart(vault, "S").client_id
    for i in range(120):
        notes.create_progress_note(vault, client, text=f"Earlier session {i}: " + os.urandom(500).hex())
    key = vault_keys(vault)["records"]
    vault.records.checkpoint()
    (tmp_path / "a").mkdir()
    shutil.copy(vault.folder / "records.db", tmp_path / "a" / "records.db")
    for i in range(3):
        notes.create_progress_note(vault, client, text=f"Today {i}: " + os.urandom(500).hex())
    vault.records.checkpoint()
    (tmp_path / "b").mkdir()
    shutil.copy(vault.folder / "records.db", tmp_path / "b" / "records.db")
    a, b = _layout(tmp_path / "a" / "records.db"), _layout(tmp_path / "b" / "records.db")
    return {"key": key, "a": tmp_path / "a", "b": tmp_path / "b", "layout_a": a, "layout_b": b}


def _placed(layout: list[tuple[int, str]]) -> set[tuple[int, str]]:
    out, offset = set(), 0
    for size, chunk_id in layout:
        out.add((offset, chunk_id))
        offset += size
    return out


def _full(folder: Path, key: bytes, needles: list[bytes]) -> set[int]:
    scan = ContentScan(NeedleSet(Needle(n, TEXT) for n in needles))
    scan.search_places(scan.compartment_places(folder, {"records": key}, "x: "))
    return set(scan.hits)


def _shared(s: dict[str, Any], needles: list[bytes]) -> tuple[SharedPageSearch, set[int], set[int]]:
    """Search a/ then b/ with one SharedPageSearch: the needles found in each."""
    search = SharedPageSearch(ContentScan(NeedleSet(Needle(n, TEXT) for n in needles)))
    search.search_compartments(s["a"], {"records": s["key"]}, {"records.db": s["layout_a"]}, "a: ")
    search.search_compartments(s["b"], {"records": s["key"]}, {"records.db": s["layout_b"]}, "b: ")
    hits = search.scan.hits
    return (search, {i for i, w in hits.items() if any(p.startswith("a: ") for p in w)},
            {i for i, w in hits.items() if any(p.startswith("b: ") for p in w)})


def test_a_needle_across_the_seam_of_a_shared_and_a_new_page_is_found(two_states: dict[str, Any]) -> None:
    s = two_states
    seen = _placed(s["layout_a"])
    placed_b = sorted(_placed(s["layout_b"]))
    plain = _unit_plaintexts(s["b"] / "records.db", s["key"], s["layout_b"])
    seams = [i for i in range(len(placed_b) - 1)
             if (placed_b[i] in seen) != (placed_b[i + 1] in seen)]  # shared | new, or new | shared
    assert seams, "the day's notes changed no chunk beside a shared one"
    # (NeedleSet merges equal needles: two seams of zeros would make one.)
    needles = list(dict.fromkeys(plain[i][-20:] + plain[i + 1][:20] for i in seams))
    # Each is in b/ (across the seam) and not in a/: only a search of that seam finds it.
    assert _full(s["b"], s["key"], needles) == set(range(len(needles)))
    absent = _full(s["a"], s["key"], needles)
    search, in_a, in_b = _shared(s, needles)
    assert in_a == absent and in_b == set(range(len(needles)))
    assert search.pages_known > 0 and search.files_whole == 0  # shared pages were skipped, not re-read


def test_a_needle_inside_a_shared_page_is_found_in_every_snapshot_that_holds_it(
    two_states: dict[str, Any]
) -> None:
    s = two_states
    seen_b = _placed(s["layout_b"])
    placed_a = sorted(_placed(s["layout_a"]))
    plain = _unit_plaintexts(s["a"] / "records.db", s["key"], s["layout_a"])
    shared = [i for i, unit in enumerate(placed_a) if unit in seen_b]
    needle = plain[shared[len(shared) // 2]][1000:1040]
    search, in_a, in_b = _shared(s, [needle])
    assert in_a == in_b == {0}  # recorded at b/'s file too, though its page was not decrypted again
    assert search.pages_known > 0


def test_the_shared_search_finds_exactly_what_a_search_of_every_page_finds(two_states: dict[str, Any]) -> None:
    s = two_states
    rng = random.Random(5)
    units_b = _unit_plaintexts(s["b"] / "records.db", s["key"], s["layout_b"])
    plain_b = b"".join(units_b)
    plain_a = b"".join(_unit_plaintexts(s["a"] / "records.db", s["key"], s["layout_a"]))
    needles = []
    offset = 0
    for unit in units_b[:-1]:  # across every seam of b/, at varying lengths
        offset += len(unit)
        needles.append(plain_b[offset - rng.randint(1, 24) : offset + rng.randint(1, 24)])

    def drawn(plain: bytes, low: int, high: int) -> bytes:
        # A page's free space is zeros: drawn anywhere, 66 of these 90 needles were runs of
        # zeros (28 distinct), found at nearly every zero byte of both files (12,000-80,000
        # overlapping matches each, per pass: most of this test's 21 CPU-s) and alike by
        # both searches. Drawn again until they hold content; one run of zeros stays, below.
        while True:
            o = rng.randrange(len(plain) - 48)
            needle = plain[o : o + rng.randint(low, high)]
            if len(set(needle)) > 1:
                return needle

    needles += [drawn(plain_b, 5, 48) for _ in range(60)]
    needles += [drawn(plain_a, 40, 40) for _ in range(30)]
    needles.append(bytes(40))  # free space: in every file
    needles += [os.urandom(16) for _ in range(10)]  # found nowhere
    _search, in_a, in_b = _shared(s, needles)
    assert in_a == _full(s["a"], s["key"], needles)
    assert in_b == _full(s["b"], s["key"], needles)
    assert len(in_b) < len(needles)  # the random ones are not found: the test can tell


def test_a_file_with_a_wal_or_a_layout_that_does_not_match_is_searched_whole(two_states: dict[str, Any]) -> None:
    s = two_states
    search = SharedPageSearch(ContentScan(NeedleSet([Needle(b"never-there-at-all", TEXT)])))
    wrong = s["layout_b"][:-1]  # one chunk short of the file
    search.search_compartments(s["b"], {"records": s["key"]}, {"records.db": wrong}, "b: ")
    assert search.files_whole == 1 and search.scan.pages.authenticated > 0


def _destroy(vault: Vault, chart_number: str) -> dict[str, Any]:
    return destruction.destroy(vault, chart_number, basis="override", confirm=chart_number,
                               override_reason="the client asked for the records to be destroyed")


def _snapshot_hits(vault: Vault, snapshot: Path, needles: dict[str, bytes], work: Path) -> list[str]:
    folder = work / f"m-{os.urandom(4).hex()}"
    folder.mkdir(mode=0o700)
    m = materialize(snapshot, backup_keys.vault_source(vault), folder, full=True)
    copy = backup_keys.open_with_master(folder, m.master, psychotherapy_wraps=m.psychotherapy_wraps)
    try:
        keys = vault_keys(copy)
    finally:
        copy.lock()
    return decrypted_hits(folder, keys, needles, work / "scan") + raw_hits(folder, needles)


def retried_clean(vault: Vault, snapshots: list[Path], chart: SeededChart, work: Path) -> None:
    """After a purge stopped by a full drive: the retry passes and every snapshot is clean
    and verifies in full."""
    [listed] = destruction.list_destructions(vault)
    again = destruction.retry_failed(vault, listed["certificate_id"])
    assert again["verification"]["result"] == "passed", again["verification"]
    for snapshot in snapshots:
        assert _snapshot_hits(vault, snapshot, chart.needles(), work) == []
        assert backup_repo.verify_snapshot(snapshot, vault=vault, full=True)["ok"]


@pytest.mark.parametrize("shared", [True, False], ids=["each-page-once", "every-page"])
def test_three_snapshots_a_day_apart_keep_no_trace_of_the_chart(psy_vault: Vault, tmp_path: Path,
                                                               shared: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """The canary on every snapshot: the chart's names, texts, attachment searched in every
    decrypted page and raw in every rebuilt file of each purged snapshot."""
    monkeypatch.setattr(destruction_backups, "SNAPSHOT_SHARED_SEARCH", shared)
    chart = seed_chart(psy_vault, "T", psychotherapy=2)
    other = seed_chart(psy_vault, "O")
    repo_dir = tmp_path / "repo"
    snapshots = []
    for day in range(3):
        notes.create_progress_note(psy_vault, other.client_id, text=f"Day {day}: " + os.urandom(300).hex())
        snapshots.append(Path(backup_repo.create_incremental(psy_vault, repo_dir, rotate_old=False).path))
    for snapshot in snapshots:
        assert _snapshot_hits(psy_vault, snapshot, chart.needles(), tmp_path)  # the searchers see it before
    cert = _destroy(psy_vault, chart.chart_number)
    ver = cert["verification"]
    assert ver["result"] == "passed", ver
    purged = [b for b in ver["backups"] if b.get("status") == "purged"]
    assert len(purged) == 3 and all(b["rows_remaining"] == 0 for b in purged)
    for snapshot in snapshots:
        assert _snapshot_hits(psy_vault, snapshot, chart.needles(), tmp_path) == [], snapshot
        assert backup_repo.verify_snapshot(snapshot, vault=psy_vault, full=True)["ok"]
    assert raw_hits(repo_dir, chart.needles()) == []


def _records_part(vault: Vault, snapshot: Path) -> tuple[Repository, ChunkKeys, dict[str, Any]]:
    slots, master, body = open_snapshot(read_manifest_file(snapshot), backup_keys.vault_source(vault))
    [part] = [p for p in body["parts"] if p["name"] == "records.db"]
    return repository_of(snapshot), ChunkKeys(master, slots.vault_id), part


@pytest.mark.parametrize(("tampered", "full_proof"), [(False, False), (False, True), (True, True), (True, False)],
                         ids=["patched", "patched-full-proof", "tampered-then-rebuilt", "tampered-caught-by-the-check"])
def test_the_working_copy_is_patched_to_exactly_the_next_snapshot(psy_vault: Vault, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 tampered: bool, full_proof: bool) -> None:
    monkeypatch.setattr(snapshot_purge_group, "FULL_PROOF", full_proof)
    vault = psy_vault
    client = seed_chart(vault, "W").client_id
    for i in range(80):
        notes.create_progress_note(vault, client, text=f"Earlier {i}: " + os.urandom(500).hex())
    snapshots = []
    for day in range(2):
        notes.create_progress_note(vault, client, text=f"Day {day}: " + os.urandom(500).hex())
        snapshots.append(Path(backup_repo.create_incremental(vault, tmp_path / "repo", rotate_old=False).path))
    repo, ck, first = _records_part(vault, snapshots[0])
    _, _, second = _records_part(vault, snapshots[1])
    (tmp_path / "r").mkdir()
    _write_part(repo, ck, second, tmp_path / "r" / "records.db")  # the second, rebuilt whole: what to match
    (tmp_path / "w").mkdir(mode=0o700)
    work = PurgeWork(tmp_path / "w")
    work.bring(repo, ck, first)  # nothing remembered: rebuilt whole
    sizes = [len(p) for p in chunk_store.split_file(tmp_path / "w" / "records.db")]
    work.remember("records.db", sizes, first["chunks"])
    if tampered:  # a page's HMAC in a chunk both snapshots hold at the same place, changed behind its back
        both = sorted(_placed(list(zip(sizes, first["chunks"], strict=True))) & _placed(_layout_with(
            tmp_path / "r" / "records.db", second["chunks"])))
        with (tmp_path / "w" / "records.db").open("r+b") as f:
            f.seek(both[len(both) // 2][0] + PAGE_SIZE - 1)
            old = f.read(1)
            f.seek(-1, os.SEEK_CUR)
            f.write(bytes([old[0] ^ 0xFF]))
    work.chunks_written = 0
    work.bring(repo, ck, second)
    patched = (tmp_path / "w" / "records.db").read_bytes()
    expected = (tmp_path / "r" / "records.db").read_bytes()
    if tampered and not full_proof:
        # The proof cuts again only what the patch wrote (chunk_store.rechunk): a trailer
        # changed behind its back in a chunk left in place stays. It cannot reach a purged
        # snapshot: store_parts chunks the purged copy whole, so the page makes a chunk id
        # the repository lacks, and check_purged HMAC-checks every page of such a chunk.
        assert sum(a != b for a, b in zip(patched, expected, strict=True)) == 1
        key = vault_keys(vault)["records"]
        offset, caught = 0, []
        for piece in chunk_store.split_file(tmp_path / "w" / "records.db"):
            if ck.chunk_id(piece, paged=True) not in second["chunks"]:
                caught += unreadable_pages(key, file_salt(tmp_path / "w" / "records.db"), piece,
                                           offset // PAGE_SIZE + 1)
            offset += len(piece)
        assert caught == [both[len(both) // 2][0] // PAGE_SIZE + 1]
        return
    assert patched == expected
    if tampered:
        assert work.chunks_written >= len(second["chunks"])  # not trusted: rebuilt whole
    else:
        assert 0 < work.chunks_written < len(second["chunks"]) and work.chunks_kept > 0, (
            work.chunks_written, len(second["chunks"]))


def _layout_with(path: Path, ids: list[str]) -> list[tuple[int, str]]:
    return list(zip((len(p) for p in chunk_store.split_file(path)), ids, strict=True))


def test_a_full_disk_during_a_group_purge_of_three_snapshots_keeps_the_rest_whole(
    psy_vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first snapshot's purge completes; then the backup drive is full: the two others
    keep their old manifests whole (the chart still in them, said so), the working copy is
    dropped; once there is room the retried destruction purges them and verifies."""
    chart = seed_chart(psy_vault, "F")
    other = seed_chart(psy_vault, "G")
    snapshots = []
    for day in range(3):
        notes.create_progress_note(psy_vault, other.client_id, text=f"Day {day}: " + os.urandom(300).hex())
        snapshots.append(Path(backup_repo.create_incremental(psy_vault, tmp_path / "repo", rotate_old=False).path))
    manifests_before = [p.read_bytes() for p in snapshots]
    original = chunk_store._write_new
    manifests = {"n": 0}

    def write_new(path: Path, data: bytes) -> int:
        if manifests["n"] >= 2:  # the first purge wrote its check manifest and its manifest
            raise OSError(errno.ENOSPC, "No space left on device")
        if path.parent.name == "snapshots":
            manifests["n"] += 1
        return original(path, data)

    monkeypatch.setattr(chunk_store, "_write_new", write_new)
    with pytest.raises(DestructionNotVerified, match="still present") as caught:
        _destroy(psy_vault, chart.chart_number)
    assert "The disk is full" in caught.value.message
    monkeypatch.setattr(chunk_store, "_write_new", original)
    assert snapshots[0].read_bytes() != manifests_before[0]
    assert [p.read_bytes() for p in snapshots[1:]] == manifests_before[1:]  # old-whole
    assert _snapshot_hits(psy_vault, snapshots[0], chart.needles(), tmp_path) == []
    for snapshot in snapshots[1:]:
        assert backup_repo.verify_snapshot(snapshot, vault=psy_vault, full=True)["ok"]
        assert _snapshot_hits(psy_vault, snapshot, chart.needles(), tmp_path)
    assert not [p for p in (tmp_path / "repo").glob(".vault-*")], "a working folder was left"
    retried_clean(psy_vault, snapshots, chart, tmp_path)

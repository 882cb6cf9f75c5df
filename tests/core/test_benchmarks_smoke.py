"""The benchmark harness works end to end (tiny practice; timings are not asserted: they are
measured by `python -m benchmarks.run_all`, not by tests)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import plain, practice, run_all, storage_ops
from benchmarks.common import Measure, table
from vault_app.services import clients, notes, search
from vault_app.services.vault import Vault

TINY = run_all.Plan(
    "tiny",
    practice.PracticeSpec(clients=6, notes=60, big_chart=20, years=2, ledger_events=600, disclosures=4, kdf="floor"),
    storage_ops.Sizes(list_runs=2, chart_runs=2, queries=6, autosaves=3, bulk_runs=1, bulk_clients=1,
                      bulk_notes_per_client=3),
    cold_starts=1, unlocks=1, exports=1, rss_queries=2, gap_runs=1,
    # Attachments of the full run's size (2 MiB), four instead of sixteen; the sweep over two of
    # its 500-attachment batches instead of four: every row runs and reports, as at full size.
    blob_mib=8, blob_count=4, sweep_count=501,
)
EXPECTED = (
    "vault-app --vault DIR", "a bare PySide6 program", "start-up: vault-app / bare PySide6 window",
    "vault-app: CPU time", "bare PySide6 program: CPU time", "start-up CPU time: vault-app / bare PySide6 window",
    "vault-app --version", "vault-app search",
    "release bundle (Linux tarball): download size", "release bundle: unpacked size",
    "release bundle: process start", "start-up: release bundle / source console script",
    "longest GUI-thread stall during unlock",
    "longest GUI-thread stall during 4 note searches", "longest GUI-thread stall during export",
    "longest GUI-thread stall during backup",
    "typing 2,000 characters, spell check on: worst key", "typing 2,000 characters, spell check on: worst key",
    "typing 2,000 characters, spell check on: mean",
    "first unlock of a vault made before seals", "unlock: key derivation", "unlock without the KDF",
    "unlock without the KDF, psychotherapy",
    "lock with the automatic backup due, then unlock",
    "full audit verify, the first", "full audit verify, sealed: the chain", "full audit verify, sealed: the chain",
    "full audit verify, sealed, with",
    "chart history, first page", "client list, first page", "the whole client list", "dashboard data",
    "open a chart", "full-text search", "search as the search dialog reads it",
    "autosave", "agenda week view", "bulk write",
    "of which: the final incremental FTS merge", "export", "accounting",
    "destruction content search", "destruction content search", "destroy one chart", "backup create",
    "verified restore", "destroy one chart",
    "incremental backup: first full snapshot", "incremental backup after a day's work", "verify that snapshot",
    "verified restore vs a plain decrypt-and-copy", "verified restore vs a plain decrypt-and-copy",
    "verified restore vs a plain decrypt-and-copy", "verified restore vs a plain decrypt-and-copy",
    "import of a SimplePractice export",
    "blob store: add", "blob store: single-file backup", "blob store: first snapshot", "blob store: second snapshot",
    "blob store: snapshot, nothing changed: blob chunk lists reused", "blob store: destroy the chart",
    "blob store: unlock's orphan sweep", "peak RSS, core process",
    "peak RSS, with Qt",
)
WITH_PLAIN = ("typing 2,000 characters", "lock with the automatic backup due", "full audit verify, sealed: the chain",
              "client list", "the whole client list", "dashboard data", "open a chart", "full-text search",
              "search as the search dialog", "autosave",
              "agenda week view", "bulk write",
              "of which", "import of a SimplePractice export", "incremental backup: first full snapshot",
              "blob store:", "verified restore vs a plain decrypt-and-copy", "destruction content search")


@pytest.mark.real_kdf  # it measures the unlock's key derivation: every one runs Argon2
def test_run_all_measures_everything_on_a_tiny_practice(tmp_path: Path) -> None:
    status, report = run_all.run(TINY, root=tmp_path / "cache", out_dir=tmp_path / "out")

    data = json.loads((tmp_path / "out" / "results.json").read_text(encoding="utf-8"))
    measures = data["measures"]
    assert len(measures) == len(EXPECTED)
    for m, prefix in zip(measures, EXPECTED, strict=True):
        assert m["name"].startswith(prefix), m["name"]
        # A row that needs Xvfb says why it was skipped instead of a figure.
        assert m["value"] > 0 or m["skipped"].startswith("skipped: "), m["name"]
        assert m["name"] in report
    for m in measures:
        if m["name"].startswith(WITH_PLAIN):
            assert m["plain"] > 0 and m["ratio"] > 0, m["name"]
        else:
            assert m["plain"] is None, m["name"]
    destructions = [m for m in measures if m["name"].startswith("destroy")]
    assert [d["extra"]["verification"] for d in destructions] == ["passed", "passed"]
    assert "no registered backups" in destructions[0]["name"]  # the live vault alone (issue 21's row)
    assert "1 registered backup purged" in destructions[1]["name"]
    assert status == (1 if data["failed"] else 0)

    meta = data["practice"]
    assert (meta["clients"], meta["sessions"], meta["progress_notes"], meta["psychotherapy_notes"]) == (6, 60, 60, 60)
    assert meta["ledger_entries"] == 599  # the benchmark's first unlock appends entry 600
    assert set(data["machine"]) >= {"cpu", "cores", "ram_gib", "os", "python", "sqlcipher", "date"}
    # The working copy, the plaintext copies and the restored vault are gone; the cached practice stays.
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [f"vault_app_bench_practice_{TINY.spec.key()}"]


def test_practice_cohorts_give_exact_totals() -> None:
    spec = practice.FULL
    cohorts = practice._cohorts(spec)
    assert sum(n for _, n, _ in cohorts) == spec.clients - 1
    assert sum(n * per for _, n, per in cohorts) == spec.notes - spec.big_chart
    assert {years for years, _, _ in cohorts} == set(range(spec.years))


def test_plain_copy_is_plaintext_and_works_with_the_services(psy_vault: Vault, tmp_path: Path) -> None:
    client = clients.create_client(psy_vault, "Quillon Marshbury")
    note = notes.create_progress_note(psy_vault, client.client_id, text="Practiced zebrafinch breathing.")
    folder = tmp_path / "plain"
    with plain.plain_copy(psy_vault, folder) as pv:
        files = sorted(p.name for p in folder.glob("*.db"))
        # The search files too (storage/search_index.py), as plain copies attached to theirs.
        assert files == ["ledger.db", "psychotherapy.db", "records.db", "search-psychotherapy.db", "search-records.db"]
        assert all(plain.is_plaintext(folder / f) for f in files)
        assert not plain.is_plaintext(psy_vault.folder / "records.db")
        assert [h.note_id for h in search.search(pv, "zebrafinch").notes] == [note.note_id]
        head = pv.ledger.head().seq
        clients.open_chart(pv, client.client_id)  # logged in the copy's ledger, not the vault's
        assert pv.ledger.head().seq == head + 1
        assert pv.ledger.verify_full(pv.ledger.head()).ok
    assert not folder.exists()
    assert psy_vault.ledger.head().seq == head
    assert psy_vault.ledger.verify_full(psy_vault.header.ledger_anchor).ok


def test_table_shows_ratio_and_verdict() -> None:
    ok = Measure.from_samples("search", [1.0, 2.0, 3.0], target=30.0, plain=[1.0, 2.0, 2.0])
    slow = Measure.from_samples("write", [4.0], stat="p50", plain=[2.0])
    text = table([ok, slow])
    assert ok.ratio == 1.5 and ok.passed is False  # target met, ratio 1.5 > 1.3
    assert slow.passed is False and "2.00 (<= 1.3)" in text
    assert Measure("kdf", "ms", 900.0).passed is None


def test_a_skipped_row_says_why_and_passes_no_judgement() -> None:
    row = Measure.skip("start-up on Xvfb", "ms", "skipped: Xvfb is not installed (apt-get install xvfb)")
    assert row.passed is None and row.as_dict()["skipped"].startswith("skipped: ")
    assert "| start-up on Xvfb | skipped: Xvfb is not installed (apt-get install xvfb) |" in table([row])


def test_scaled_practice_is_issue_21s_4x() -> None:
    big = practice.scaled(practice.FULL, 4)
    assert (big.clients, big.notes, big.ledger_events, big.disclosures) == (2_400, 100_000, 2_000_000, 1_200)
    assert big.big_chart == practice.FULL.big_chart and big.key() != practice.FULL.key()
    with pytest.raises(ValueError):
        practice.scaled(practice.FULL, 0)

"""The destruction's rekey beside the worker (services/destruction_rekey.py): each
compartment re-encrypted page by page into a copy while the therapist goes on writing,
then swapped in on the worker. The autosaves of those seconds are in the vault after the
swap, the destroyed chart is in no page of any file (raw, or decrypted with the new keys
or the old ones), a copy left by a kill is scrubbed at the next unlock and the destruction
finished, an older records.db or a stale copy put back is refused or scrubbed, and a full
disk leaves no copy behind and the destruction to the next unlock."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.destruction_helpers import (
    SeededChart,
    assert_finished_at_reopen,
    decrypted_hits,
    raw_hits,
    seed_chart,
    vault_keys,
)
from tests.core.test_destruction_search_beside import finished_after_the_kill, killed_at
from tests.core.test_faults_diskfull import _fill, small_filesystem
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import DiskFull, LedgerRollback, VaultCorrupt
from vault_app.services import destruction, destruction_beside, destruction_rekey, notes, psychotherapy_notes
from vault_app.services.beside_job import SerialWorker
from vault_app.services.destruction_progress import Step
from vault_app.services.vault import Vault, create_vault, open_vault
from vault_app.storage import rekey_copy
from vault_app.storage.compartment import COMPARTMENT_FILES
from vault_app.storage.destruction_pages import PageStats, plaintext_pages

_JOB = "vault-destruction-purge"
_BIG = "A longer paragraph the therapist typed while the chart was destroyed. " * 40


def _copies(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if rekey_copy.SUFFIX in p.name)


def _destroy_beside(vault: Vault, chart: SeededChart, during: Callable[[SerialWorker], None],
                    phase: str = "search") -> dict[str, Any]:
    """The app's way (the search, the copies and the purge beside); `during(worker)` runs on
    the job's thread when `phase` begins there (the image held, the copies not swapped yet)."""
    worker = SerialWorker(vault)

    def progress(step: Step) -> None:
        if step.phase == phase and threading.current_thread().name == _JOB:
            during(worker)

    try:
        cert: dict[str, Any] = destruction_beside.destroy_beside(
            worker.call, worker.submit, chart.chart_number, basis="retention", confirm=chart.chart_number,
            progress=progress)
    finally:
        worker.close()
    return cert


def test_autosaves_during_the_rewrite_are_in_the_vault_after_the_swap(psy_vault: Vault, vault_dir: Path,
                                                                      tmp_path: Path) -> None:
    target = seed_chart(psy_vault, "T")
    other = seed_chart(psy_vault, "O")
    draft = notes.create_progress_note(psy_vault, other.client_id, text="Draft before.", template="free")
    keys_before = vault_keys(psy_vault)
    written: list[str] = []

    def autosaves(worker: SerialWorker) -> None:
        # The copies are written from the image; these land in each -wal meanwhile, and some
        # grow records.db beyond the image's end (pages the copy never had).
        assert sorted(_copies(vault_dir)) == ["psychotherapy.db.rekeyed", "records.db.rekeyed"]
        worker.call(lambda v: notes.save_draft(v, draft.note_id, {"text": "Typed during the rewrite."}))
        for i in range(60):
            text = f"Note {i} written during the rewrite. {_BIG}"
            worker.call(lambda v, t=text: notes.create_progress_note(v, other.client_id, text=t, template="free"))
            written.append(text.strip())
        worker.call(lambda v: psychotherapy_notes.create_psychotherapy_note(
            v, other.client_id, "Process note during the rewrite."))

    size_before = (vault_dir / COMPARTMENT_FILES["records"]).stat().st_size
    cert = _destroy_beside(psy_vault, target, autosaves)
    assert cert["verification"]["result"] == "passed", cert["verification"]
    rekeys = [s for s in cert["method"]["steps"] if s["step"] == "rekey"]
    assert [(s["compartment"], destruction_rekey.BESIDE in s["detail"]) for s in rekeys] == [
        ("records", True), ("psychotherapy", True)], rekeys
    assert _copies(vault_dir) == []
    assert (vault_dir / COMPARTMENT_FILES["records"]).stat().st_size > size_before
    # The autosaves made while the copies were written are in the vault, on the live
    # connection and after a fresh unlock that authenticates every page under the new keys.
    assert notes.get_note(psy_vault, draft.note_id).sections["text"] == "Typed during the rewrite."
    keys_after = vault_keys(psy_vault)
    assert all(keys_after[n] != keys_before[n] for n in ("records", "psychotherapy"))
    assert keys_after["ledger"] == keys_before["ledger"]
    psy_vault.lock()
    with open_vault(vault_dir, PASSPHRASE, with_psychotherapy=True, check_every_page=True) as vault:
        texts = {notes.get_note(vault, n.note_id).sections["text"] for n in notes.list_notes(vault, other.client_id)}
        assert set(written) <= texts and "Typed during the rewrite." in texts
        bodies = [psychotherapy_notes.get_psychotherapy_note(vault, n.note_id).body
                  for n in psychotherapy_notes.list_psychotherapy_notes(vault, other.client_id)]
        assert "Process note during the rewrite." in bodies
        assert destruction.verify_destruction(vault, cert["certificate_id"])["ok"]
        assert vault.verify_ledger().ok
    # The canary: no page of any file holds the chart, raw, under the new keys, or the old.
    assert raw_hits(vault_dir, target.needles()) == []
    assert decrypted_hits(vault_dir, keys_after, target.needles(), tmp_path / "new") == []
    for name in ("records", "psychotherapy"):  # and the old keys open no page at all
        stats = PageStats()
        assert list(plaintext_pages(vault_dir / COMPARTMENT_FILES[name], keys_before[name], stats)) == []
        assert stats.pages > 0 and stats.authenticated == 0, (name, stats)


def test_an_older_records_file_or_a_stale_copy_put_back_is_refused_or_scrubbed(psy_vault: Vault, vault_dir: Path,
                                                                              tmp_path: Path) -> None:
    target = seed_chart(psy_vault, "P")
    other = seed_chart(psy_vault, "Q")
    records = vault_dir / COMPARTMENT_FILES["records"]
    kept = tmp_path / "kept"
    kept.mkdir()

    def keep_copies(worker: SerialWorker) -> None:
        # The image holds records.db as the erase left it (the old key); the copy is under the new.
        shutil.copyfile(records, kept / "records-before-swap.db")
        shutil.copyfile(rekey_copy.copy_path(records), kept / "records.db.rekeyed")
        worker.call(lambda v: notes.create_progress_note(v, other.client_id, text="After the image.", template="free"))

    cert = _destroy_beside(psy_vault, target, keep_copies)
    assert cert["verification"]["result"] == "passed"
    psy_vault.lock()

    # A stray copy put back is scrubbed at the unlock; the vault opens as it was.
    shutil.copyfile(kept / "records.db.rekeyed", rekey_copy.copy_path(records))
    with reopen(vault_dir) as vault:
        assert _copies(vault_dir) == []
        assert "After the image." in {notes.get_note(vault, n.note_id).sections["text"]
                                      for n in notes.list_notes(vault, other.client_id)}
    current = tmp_path / "current.db"
    shutil.copyfile(records, current)  # locked: checkpointed, the whole file
    # Put in the file's place, the copy is under the key now in use but older than the ledger
    # (the note written after the image is not in it); the file from before the swap is
    # under a key the header no longer holds. Both refused.
    for older, refusal in (("records.db.rekeyed", LedgerRollback), ("records-before-swap.db", VaultCorrupt)):
        for suffix in ("-wal", "-shm"):
            Path(str(records) + suffix).unlink(missing_ok=True)
        shutil.copyfile(kept / older, records)
        with pytest.raises(refusal):
            reopen(vault_dir)
    shutil.copyfile(current, records)
    with reopen(vault_dir, psychotherapy=True) as vault:
        assert destruction.verify_destruction(vault, cert["certificate_id"])["ok"]
    assert raw_hits(vault_dir, target.needles()) == []


# Every new step boundary of the rekey beside, in order: the copies (beside), the image let
# go, each copy brought up to date, its -wal and -shm removed (the copy not yet renamed: the
# autosave is in the file, checkpointed), put in place, its key made the key (on the worker).
CRASH_POINTS = ["copied:records", "copied:psychotherapy", "released", "spliced:records", "unjournaled:records",
                "swapped:records", "replaced:records", "spliced:psychotherapy", "unjournaled:psychotherapy",
                "swapped:psychotherapy", "replaced:psychotherapy"]


@pytest.mark.slow
@pytest.mark.parametrize("point", CRASH_POINTS)
def test_a_kill_in_the_rekey_beside_is_finished_at_the_next_unlock(psy_vault: Vault, vault_dir: Path,
                                                                   tmp_path: Path, point: str) -> None:
    target = seed_chart(psy_vault, "K")
    other = seed_chart(psy_vault, "L")
    draft = notes.create_progress_note(psy_vault, other.client_id, text="Draft before.", template="free")
    keys_before = vault_keys(psy_vault)
    psy_vault.lock()
    # The autosave lands as the copies begin (the image held), then the crash point kills.
    killed_at(point, vault_dir, target.chart_number, draft.note_id, "rekey", "Typed during the rewrite.")
    if point.startswith(("copied", "released", "spliced", "unjournaled")):
        assert _copies(vault_dir), "the kill came before a copy was put in place"
    # The unlock scrubs any copy and its hook finishes the destruction (in place); the
    # autosave committed before the kill is kept, whatever the step.
    with open_vault(vault_dir, PASSPHRASE, with_psychotherapy=True, check_every_page=True) as vault:
        assert _copies(vault_dir) == []
        finished_after_the_kill(vault, draft.note_id, "Typed during the rewrite.")
        keys_after = vault_keys(vault)
        assert not [s for s in vault.header.wrapped if s.endswith(".staged")]
    assert all(keys_after[n] != keys_before[n] for n in ("records", "psychotherapy"))
    assert raw_hits(vault_dir, target.needles()) == []
    assert decrypted_hits(vault_dir, keys_after, target.needles(), tmp_path / "w") == []


def test_a_full_disk_leaves_no_copy_and_the_destruction_to_the_next_unlock(tmp_path: Path,
                                                                           kdf_params: KdfParams) -> None:
    """A real small tmpfs: the copies do not fit, nor does the in-place rekey's journal
    that would follow; no copy is left, the vault keeps every save, and once space is freed
    the next unlock finishes the destruction."""
    with small_filesystem(tmp_path / "disk", "24m") as disk:
        folder = disk / "vault"
        vault = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False).vault
        vault.unlock_psychotherapy(PASSPHRASE)
        target = seed_chart(vault, "F")
        other = seed_chart(vault, "G")
        for i in range(150):
            notes.create_progress_note(vault, other.client_id, text=f"Filler {i}. {_BIG}", template="free")
        draft = notes.create_progress_note(vault, other.client_id, text="Draft before.", template="free")
        filler: list[Path] = []

        def fill_the_disk(worker: SerialWorker) -> None:
            worker.call(lambda v: notes.save_draft(v, draft.note_id, {"text": "Typed before the disk filled."}))
            filler.append(_fill(disk, 64 * 1024))

        # The in-place rekey after the copies failed leaves its journal locked on a full disk:
        # said as the full disk it is, not as another program holding the vault.
        with pytest.raises(DiskFull, match="disk is too full") as caught:
            _destroy_beside(vault, target, fill_the_disk, phase="rekey")
        assert "MB" in (caught.value.hint or "")
        assert _copies(folder) == []
        filler[0].unlink()
        vault.lock()
        assert_finished_at_reopen(folder, target, draft.note_id, "Typed before the disk filled.")
        assert _copies(folder) == []


def test_psychotherapy_notes_alone_rekey_their_compartment_beside(psy_vault: Vault, vault_dir: Path) -> None:
    chart = seed_chart(psy_vault, "N")
    keys_before = vault_keys(psy_vault)
    worker = SerialWorker(psy_vault)
    try:
        cert: dict[str, Any] = destruction_beside.destroy_beside(
            worker.call, worker.submit, chart.chart_number, basis="override", confirm=chart.chart_number,
            note_ids=chart.psychotherapy_note_ids, override_reason="Duplicate notes entered in error")
    finally:
        worker.close()
    assert cert["verification"]["result"] == "passed", cert["verification"]
    rekeys = [(s["compartment"], destruction_rekey.BESIDE in s["detail"])
              for s in cert["method"]["steps"] if s["step"] == "rekey"]
    assert rekeys == [("psychotherapy", True)]
    keys_after = vault_keys(psy_vault)
    assert keys_after["psychotherapy"] != keys_before["psychotherapy"]
    assert keys_after["records"] == keys_before["records"]
    assert _copies(vault_dir) == []


def test_a_copy_that_cannot_be_made_leaves_the_rekey_in_place_and_says_why(psy_vault: Vault, vault_dir: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A file the page loop does not take (not whole pages; until the fourteenth round also
    one over 1 GiB): no copy, the swap rekeys in place on the worker, as before, and the
    certificate says so."""
    chart = seed_chart(psy_vault, "Z")
    keys_before = vault_keys(psy_vault)
    monkeypatch.setattr(rekey_copy, "fits", lambda size: False)
    cert = _destroy_beside(psy_vault, chart, lambda worker: None)
    assert cert["verification"]["result"] == "passed", cert["verification"]
    details = [s["detail"] for s in cert["method"]["steps"] if s["step"] == "rekey"]
    assert len(details) == 2, details
    assert all("(in place: a compartment file that does not end on a page" in d for d in details), details
    keys_after = vault_keys(psy_vault)
    assert all(keys_after[n] != keys_before[n] for n in ("records", "psychotherapy"))
    assert _copies(vault_dir) == []

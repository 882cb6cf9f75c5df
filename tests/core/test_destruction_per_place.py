"""The certificate's verdict per place: a string found in a backup copy is explained only by
that copy's own content at the copy's moment (services/destruction_places.py). Real vaults,
real backups (a registered snapshot, a registered single file), the real destruction, on the
command line's way (the finish explains on the worker) and the app's (beside the worker).

The residue: the destroyed chart's text copied outside any chart (a row of `meta`) before the
backup, deleted from the live vault after it. Another chart writes the same text: after the
backup (the backup's own rows do not hold it: its bytes there are the residue, a failure of
that backup's place) or before it (its rows hold it: no failure). The same for a short value
the ledger keeps: an entry naming it appended after the backup explains nothing there."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.core.destruction_helpers import SeededChart, seed_chart
from vault_app.domain.destruction import DestructionNotVerified
from vault_app.services import backup, backup_registry, backup_repo, clients, destruction, destruction_beside, notes
from vault_app.services.beside_job import SerialWorker
from vault_app.services.vault import Vault
from vault_app.storage import shared_rows
from vault_app.storage.compartment import Compartment

_PLACE = "backup 1: records.db (decrypted with the vault's key)"


def _backup(vault: Vault, kind: str, tmp_path: Path) -> None:
    if kind == "snapshot":
        backup_repo.create_incremental(vault, tmp_path / "repo", rotate_old=False)
    else:
        backup.create_backup(vault, tmp_path / "usb", rotate_old=False)


def _plant(vault: Vault, value: str) -> None:
    vault.records.execute("INSERT INTO meta (key, value) VALUES ('leak', ?)", (value,))


def _unplant(vault: Vault) -> None:
    vault.records.execute("DELETE FROM meta WHERE key = 'leak'")


def _destroy(vault: Vault, chart: SeededChart, way: str) -> dict[str, Any]:
    """The certificate, or the failure's ledger entry (`found_in`) with the failure's content result."""
    number = chart.chart_number
    options: dict[str, Any] = {"basis": "override", "confirm": number,
                               "override_reason": "the client asked for the records to be destroyed"}
    try:
        if way == "worker":
            return destruction.destroy(vault, number, **options)
        worker = SerialWorker(vault)
        try:
            cert: dict[str, Any] = destruction_beside.destroy_beside(worker.call, worker.submit, number, **options)
        finally:
            worker.close()
        return cert
    except DestructionNotVerified:
        [failed] = vault.ledger.entries(kinds=(destruction.FAILED,))
        return {"failed": failed.payload}


def _text() -> str:
    return (f"Sharedphrase {uuid.uuid4().hex}: dreams of the old house by the river again, wakes at four, "
            f"asked whether the Tuesday group has room {uuid.uuid4().hex}.")


@pytest.mark.parametrize("way", ["worker", "beside"])
@pytest.mark.parametrize("kind", ["snapshot", "file"])
def test_text_another_chart_wrote_after_the_backup_does_not_explain_its_residue_there(
        psy_vault: Vault, tmp_path: Path, kind: str, way: str) -> None:
    target, other = seed_chart(psy_vault, "T"), seed_chart(psy_vault, "O")
    text = _text()
    notes.create_progress_note(psy_vault, target.client_id, text=text)
    _plant(psy_vault, text)
    _backup(psy_vault, kind, tmp_path)
    _unplant(psy_vault)
    # Since the backup: another chart wrote the same text. The live vault holds it in that
    # chart's row; the backup holds it only in the residue.
    notes.create_progress_note(psy_vault, other.client_id, text=text)
    out = _destroy(psy_vault, target, way)
    assert "failed" in out, "the backup's residue was explained by the live vault's rows"
    assert out["failed"]["found_in"] == [_PLACE]
    assert out["failed"]["backups_not_clean"] == []  # the purge itself went well: the content did not


@pytest.mark.parametrize("way", ["worker", "beside"])
@pytest.mark.parametrize("kind", ["snapshot", "file"])
def test_text_another_chart_held_in_the_backup_too_is_not_a_failure(
        psy_vault: Vault, tmp_path: Path, kind: str, way: str) -> None:
    target, other = seed_chart(psy_vault, "T"), seed_chart(psy_vault, "O")
    text = _text()
    notes.create_progress_note(psy_vault, target.client_id, text=text)
    notes.create_progress_note(psy_vault, other.client_id, text=text)
    _plant(psy_vault, text)
    _backup(psy_vault, kind, tmp_path)
    _unplant(psy_vault)
    cert = _destroy(psy_vault, target, way)
    assert "failed" not in cert
    content = cert["verification"]["content_search"]
    assert cert["verification"]["result"] == "passed" and content["found"] == []
    assert content["strings_also_in_other_charts"] >= 1
    assert content["backup_copies_explained_on_their_own"] == 1
    assert content["strings_in_a_backup_its_own_content_does_not_explain"] == 0


@pytest.mark.parametrize("way", ["worker", "beside"])
@pytest.mark.parametrize("kind", ["snapshot", "file"])
@pytest.mark.parametrize("entry", ["after", "before"])
def test_a_short_value_the_ledger_kept_only_after_the_backup_does_not_explain_it_there(
        psy_vault: Vault, tmp_path: Path, kind: str, way: str, entry: str) -> None:
    """A short value (a recipient's address, say) is kept in the ledger by design. An entry
    naming it appended after the backup is not in the backup's ledger: the backup's copy of
    the value outside any chart is a residue. One appended before is (the snapshot's ledger
    is the live one's prefix: looked up there up to the snapshot's head; the single file's
    copy reads its own)."""
    target = seed_chart(psy_vault, "T")
    short_value = f"{uuid.uuid4().hex[:6]} Medlar Row, Shelbyville"
    clients.update_client(psy_vault, target.client_id, contact={"safe_address": short_value})
    if entry == "before":
        psy_vault.ledger.append("test.recipient", {"recipient": short_value})
    _plant(psy_vault, short_value)
    _backup(psy_vault, kind, tmp_path)
    _unplant(psy_vault)
    if entry == "after":
        psy_vault.ledger.append("test.recipient", {"recipient": short_value})
    out = _destroy(psy_vault, target, way)
    if entry == "after":
        assert "failed" in out, "the backup's residue was explained by a later ledger entry"
        assert out["failed"]["found_in"] == [_PLACE]
    else:
        assert "failed" not in out
        content = out["verification"]["content_search"]
        assert content["found"] == [] and content["short_values_kept_in_ledger_entries"] >= 1


def test_in_a_rotation_only_the_snapshot_from_before_the_other_chart_fails(
        psy_vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Three snapshots: the first holds the residue and no other chart's copy of the text, the
    next two hold the other chart's row (and a third chart's in the last). Only the first
    snapshot's place fails; the last is explained by reading again, in its own files, the run
    of rows where the second held the text (not every row again)."""
    target, other, third = seed_chart(psy_vault, "T"), seed_chart(psy_vault, "O"), seed_chart(psy_vault, "P")
    text = _text()
    notes.create_progress_note(psy_vault, target.client_id, text=text)
    _plant(psy_vault, text)
    _backup(psy_vault, "snapshot", tmp_path)
    _unplant(psy_vault)
    notes.create_progress_note(psy_vault, other.client_id, text=text)
    _backup(psy_vault, "snapshot", tmp_path)
    notes.create_progress_note(psy_vault, third.client_id, text=text)
    _backup(psy_vault, "snapshot", tmp_path)
    reread: list[str] = []
    read_run = shared_rows.read_run

    def spy(comp: Compartment, run: shared_rows.Run, tables: dict[str, str]) -> bytes:
        reread.append(run.table)
        return read_run(comp, run, tables)

    monkeypatch.setattr(shared_rows, "read_run", spy)
    out = _destroy(psy_vault, target, "beside")
    assert "failed" in out
    [place] = out["failed"]["found_in"]
    snapshots = [b for b in psy_vault.ledger.entries(kinds=("backup.purged",))]
    assert len(snapshots) == 3
    # The first snapshot registered is the one with the residue: its label is its place in the purge.
    first = str(backup_registry.registered(psy_vault)[0].path)
    [k] = [k for k, e in enumerate(snapshots) if e.payload["path"] == first]
    assert place == f"backup {k + 1}: records.db (decrypted with the vault's key)"
    assert reread, "the later snapshot read every row again instead of the run that held the text"


def test_a_run_that_no_longer_holds_the_text_in_a_later_snapshot_sends_it_to_that_snapshots_rows(
        psy_vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first snapshot's run holding the text is a third chart's draft, discarded before the
    second snapshot, where another chart's newer row holds the text: the run read again there
    does not hold it, so that snapshot's rows are read for it, and they do (no failure)."""
    target, other, third = seed_chart(psy_vault, "T"), seed_chart(psy_vault, "O"), seed_chart(psy_vault, "P")
    text = _text()
    notes.create_progress_note(psy_vault, target.client_id, text=text)
    draft = notes.create_progress_note(psy_vault, third.client_id, text=text)
    _backup(psy_vault, "snapshot", tmp_path)
    # The other chart's row first: its rowid is past the draft's run (a rowid freed last is reused).
    notes.create_progress_note(psy_vault, other.client_id, text=text)
    notes.discard_draft(psy_vault, draft.note_id)
    _backup(psy_vault, "snapshot", tmp_path)
    scans: list[str] = []
    runs = shared_rows.runs

    def spy(comp: Compartment, rows: int = shared_rows.RUN_ROWS) -> Iterator[tuple[shared_rows.Run, bytes]]:
        scans.append(comp.name)
        return runs(comp, rows)

    monkeypatch.setattr(shared_rows, "runs", spy)
    cert = _destroy(psy_vault, target, "beside")
    assert scans == ["records", "records"], "the second snapshot trusted a run it did not read as holding the text"
    assert "failed" not in cert
    content = cert["verification"]["content_search"]
    assert content["found"] == [] and content["backup_copies_explained_on_their_own"] == 2

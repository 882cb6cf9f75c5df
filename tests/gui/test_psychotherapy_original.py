"""An imported psychotherapy note's original PDF, opened from the Psychotherapy tab through the
real widgets over a real vault: shown in the document viewer from memory (no file written, no
copy offered), logged in the ledger, a damaged one saying how to get its text, and the window
closed with its bytes dropped when the notes lock. A note with no original offers none.

Found: a damaged psychotherapy note came in with a line saying its original PDF is kept with
it, and nothing in the app could open that PDF."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

import pytest

from tests.document_samples import pdf
from tests.gui.conftest import wait_ops
from tests.gui.test_psychotherapy_typing import _open_tab_and_unlock
from vault_app.domain.clinical_documents import NoteProvenance
from vault_app.gui.controller import AppController
from vault_app.gui.psychotherapy_tab import PsychotherapyTab
from vault_app.services import psychotherapy_notes as psy
from vault_app.services.importers.text_cut import damaged_note_text

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def _files(folder: Path) -> set[Path]:
    return {Path(root) / name for root, _dirs, names in os.walk(folder) for name in names}


def _imported(app: AppController, client_id: str, text: str, original: bytes, *, unreadable: bool) -> str:
    vault = app.vault
    assert vault is not None
    provenance = NoteProvenance(note_id="", client_id=client_id, note_kind="psychotherapy",
                                source_system="SimplePractice", source_id="770004",
                                source_title="Psychotherapy Note", signed_by="", signed_on="",
                                original_sha256="0" * 64)
    with vault.psychotherapy.transaction():
        note = psy.import_psychotherapy_note(vault, client_id, text, note_date=date(2024, 4, 4), author_name="",
                                             provenance=provenance,
                                             original_name="Psychotherapy Note 2024-04-04 100000 770004.pdf",
                                             original=original, original_unreadable=unreadable)
    return note.note_id


def _tab(app: AppController) -> PsychotherapyTab:
    window = app.main_window
    assert window is not None
    return window.chart.psychotherapy


def _open(app: AppController, qtbot, note_id: str) -> PsychotherapyTab:
    tab = _tab(app)
    tab.open_note(note_id)
    wait_ops(qtbot)
    assert tab.form.note_id == note_id
    return tab


def test_an_imported_note_s_original_pdf_shows_from_memory_and_is_logged(
        unlocked_app: AppController, qtbot, tmp_path: Path, app_folder: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    client_id = _open_tab_and_unlock(unlocked_app, qtbot)
    note_id = _imported(unlocked_app, client_id, "Process: the missed session.",
                        pdf(2, text="Process: the missed session"), unreadable=False)
    tab = _open(unlocked_app, qtbot, note_id)
    assert tab.original_button.isVisibleTo(tab) and tab.original_button.text().replace("&", "") == "Original PDF…"
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    before = _files(app_folder)
    tab.original_button.click()
    viewer = tab.viewer
    assert viewer is not None
    wait_ops(qtbot)
    assert viewer.page_count == 2 and viewer.text.toPlainText() == "Process: the missed session, page 1"
    assert "Psychotherapy note: its original PDF" in viewer.heading.text()
    assert viewer.windowTitle().startswith("Original PDF")
    assert not viewer.save_button.isVisibleTo(viewer) and not viewer.can_save, "no copy out of the compartment"
    assert viewer.info.text() == "PDF, 2 pages. Each page shows the pictures on it (a scan) and its text."
    assert _files(app_folder) == before and _files(temp) == set(), "showing the original wrote a file"
    vault = unlocked_app.vault
    assert vault is not None
    logged = [e.payload for e in vault.ledger.entries(kinds=("note.original_viewed",))]
    assert logged == [{"kind": "psychotherapy", "note_id": note_id, "client_id": client_id}]

    unlocked_app.lock_psychotherapy()  # the notes lock: the window goes, its bytes with it
    wait_ops(qtbot)
    assert viewer.closed and viewer.prepared is None and tab.viewer is None
    assert not tab.original_button.isVisibleTo(tab) and tab.original is None


def test_a_damaged_original_says_how_to_get_its_text(unlocked_app: AppController, qtbot) -> None:
    client_id = _open_tab_and_unlock(unlocked_app, qtbot)
    whole = pdf(2, text="Process")
    note_id = _imported(unlocked_app, client_id, damaged_note_text(), whole[:300], unreadable=True)
    tab = _open(unlocked_app, qtbot, note_id)
    viewer = tab.view_original()
    assert viewer is not None
    wait_ops(qtbot)
    assert viewer.prepared is None and viewer.problem.isVisibleTo(viewer)
    assert viewer.problem.text() == (
        "This PDF is damaged and cannot be shown. Download the note again from the system it came from and import it "
        "again: the readable copy fills this note in.")
    assert not viewer.save_button.isVisibleTo(viewer)
    viewer.reject()


def test_a_note_written_in_the_app_offers_no_original(unlocked_app: AppController, qtbot) -> None:
    client_id = _open_tab_and_unlock(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    note_id = psy.create_psychotherapy_note(vault, client_id, "Written here.").note.note_id
    imported = _imported(unlocked_app, client_id, "Imported.", pdf(1), unreadable=False)
    tab = _open(unlocked_app, qtbot, imported)
    assert tab.original_button.isVisibleTo(tab)
    tab = _open(unlocked_app, qtbot, note_id)  # the next note opened: the button follows it
    assert not tab.original_button.isVisibleTo(tab) and tab.view_original() is None

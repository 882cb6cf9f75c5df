"""Discard draft… on an imported psychotherapy note that keeps its original PDF, through the
Psychotherapy tab's real widgets over a real vault: the question says, before, that the PDF
goes with the draft unless kept, and offers to keep it, to discard both, or to cancel. Kept,
the PDF is listed with the notes and opens in the viewer (logged); discarded, nothing of it
stays; cancelled, nothing changes. The ledger says which was chosen. In Spanish too.

Found: the button deleted the draft and, with it, the only copy of what the previous system
held, the question saying nothing of it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.document_samples import pdf
from tests.gui.conftest import wait_ops
from tests.gui.test_psychotherapy_original import _imported, _open
from tests.gui.test_psychotherapy_typing import _open_tab_and_unlock
from vault_app.domain.errors import NotFound
from vault_app.gui.controller import AppController
from vault_app.gui.history_words import describe_event
from vault_app.gui.psychotherapy_tab import PsychotherapyTab
from vault_app.services import psychotherapy_notes as psy
from vault_app.services import psychotherapy_originals as originals
from vault_app.services.importers.text_cut import damaged_note_text
from vault_app.services.vault import Vault

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def _vault(app: AppController) -> Vault:
    assert app.vault is not None
    return app.vault


def _draft_with_original(app: AppController, qtbot) -> tuple[PsychotherapyTab, str, str, bytes]:  # type: ignore[no-untyped-def]
    client_id = _open_tab_and_unlock(app, qtbot)
    whole = pdf(2, text="Process")
    note_id = _imported(app, client_id, damaged_note_text(), whole, unreadable=True)
    tab = _open(app, qtbot, note_id)
    qtbot.waitUntil(lambda: tab.original is not None)
    return tab, client_id, note_id, whole


def _asked(tab: PsychotherapyTab, qtbot) -> QMessageBox:  # type: ignore[no-untyped-def]
    """The box the Discard draft… button opens."""
    assert tab.form.discard_button.isVisibleTo(tab)
    tab.form.discard_button.click()
    box = tab.window().findChild(QMessageBox, "discardOriginalBox")
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    return box


def _click(box: QMessageBox, text: str) -> None:
    (button,) = [b for b in box.buttons() if b.text().replace("&", "") == text]
    button.click()


def _discards(vault: Vault, since: int) -> list[dict[str, object]]:
    return [e.payload for e in vault.ledger.entries(since_seq=since + 1, kinds=("note.draft_discarded",))]


def _rows(tab: PsychotherapyTab) -> list[tuple[str, str]]:
    return [(tab.list.topLevelItem(i).text(1), tab.list.topLevelItem(i).text(2))
            for i in range(tab.list.topLevelItemCount())]


@pytest.fixture
def closing() -> Iterator[list[QMessageBox]]:
    boxes: list[QMessageBox] = []
    yield boxes
    for box in boxes:
        box.close()


def test_kept_the_original_is_listed_opens_logged_and_goes_at_the_lock(unlocked_app: AppController, qtbot) -> None:
    tab, client_id, note_id, _whole = _draft_with_original(unlocked_app, qtbot)
    vault = _vault(unlocked_app)
    start = vault.ledger.head().seq
    box = _asked(tab, qtbot)
    assert box.text() == "Discard this imported draft? It keeps the original PDF it was imported from."
    said = box.informativeText()
    assert "only copy of what the previous system held" in said and "Unless you keep it, it is deleted" in said
    assert box.defaultButton() is box.escapeButton() and box.defaultButton().text() == "Cancel"
    assert sorted(b.text() for b in box.buttons()) == ["Cancel", "Discard both", "Keep the PDF, discard the draft"]
    _click(box, "Keep the PDF, discard the draft")
    wait_ops(qtbot)

    with pytest.raises(NotFound):
        psy.get_psychotherapy_note(vault, note_id, audit_view=False)
    (kept,) = originals.kept_for_client(vault, client_id)
    (entry,) = _discards(vault, start)
    assert entry == {"kind": "psychotherapy", "note_id": note_id, "client_id": client_id, "original": "kept",
                     "kept_original_id": kept.kept_id}
    assert tab.status.text() == "Draft discarded. Its original PDF is kept: it is listed with the notes."
    qtbot.waitUntil(lambda: ("original PDF", "Kept when its imported draft was discarded") in _rows(tab))
    assert all(status != "draft" for status, _p in _rows(tab))
    assert kept.name not in str(_rows(tab)), "the file name may name the client: not in the list"

    (item,) = [tab.list.topLevelItem(i) for i in range(tab.list.topLevelItemCount())
               if tab.list.topLevelItem(i).text(1) == "original PDF"]
    tab._open_item(item)  # a click or Enter on the row
    viewer = tab.viewer
    assert viewer is not None
    wait_ops(qtbot)
    assert viewer.page_count == 2 and viewer.text.toPlainText() == "Process, page 1"
    assert "Original PDF kept from a discarded psychotherapy draft" in viewer.heading.text()
    assert not viewer.save_button.isVisibleTo(viewer) and not viewer.can_save
    logged = [e.payload for e in vault.ledger.entries(since_seq=start + 1, kinds=(originals.LEDGER_EVENT,))]
    assert logged == [{"kind": "psychotherapy", "kept_original_id": kept.kept_id, "client_id": client_id}]
    assert tab.form.autosave is None, "opening the kept PDF opened no note"

    unlocked_app.lock_psychotherapy()
    wait_ops(qtbot)
    assert viewer.closed and viewer.prepared is None and tab.viewer is None
    assert tab.list.topLevelItemCount() == 0 and tab.kept == {}


def test_discarded_with_its_draft_nothing_of_it_stays(unlocked_app: AppController, qtbot) -> None:
    tab, client_id, note_id, _whole = _draft_with_original(unlocked_app, qtbot)
    vault = _vault(unlocked_app)
    start = vault.ledger.head().seq
    _click(_asked(tab, qtbot), "Discard both")
    wait_ops(qtbot)
    with pytest.raises(NotFound):
        psy.get_psychotherapy_note(vault, note_id, audit_view=False)
    assert originals.kept_for_client(vault, client_id) == []
    assert vault.psychotherapy.scalar("SELECT count(*) FROM psychotherapy_provenance WHERE note_id = ?",
                                      (note_id,)) == 0
    assert _discards(vault, start) == [{"kind": "psychotherapy", "note_id": note_id, "client_id": client_id,
                                        "original": "discarded"}]
    assert tab.status.text() == "Draft discarded. Its original PDF was deleted with it."
    assert _rows(tab) == []
    # The chart's history says which was chosen, as the ledger does.
    (entry,) = _discards(vault, start)
    assert describe_event("note.draft_discarded", entry) == (
        "Note draft discarded (psychotherapy note; original PDF deleted)")


def test_cancelled_nothing_changes(unlocked_app: AppController, qtbot) -> None:
    tab, client_id, note_id, whole = _draft_with_original(unlocked_app, qtbot)
    vault = _vault(unlocked_app)
    start = vault.ledger.head().seq
    _click(_asked(tab, qtbot), "Cancel")
    wait_ops(qtbot)
    assert psy.get_psychotherapy_note(vault, note_id, audit_view=False).signature is None
    assert originals.read_original(vault, note_id).data == whole
    assert originals.kept_for_client(vault, client_id) == []
    assert _discards(vault, start) == []
    assert tab.form.note_id == note_id and tab.form.autosave is not None and tab.original_button.isVisibleTo(tab)


def test_a_draft_written_in_the_app_gets_the_usual_question(unlocked_app: AppController, qtbot,
                                                            closing: list[QMessageBox]) -> None:
    client_id = _open_tab_and_unlock(unlocked_app, qtbot)
    note_id = psy.create_psychotherapy_note(_vault(unlocked_app), client_id, "Written here.").note.note_id
    tab = _open(unlocked_app, qtbot, note_id)
    wait_ops(qtbot)
    box = tab.discard()
    assert box is not None
    closing.append(box)
    assert box.objectName() == "confirmBox" and box.text() == "Discard this draft note?"
    assert tab.window().findChild(QMessageBox, "discardOriginalBox") is None


def test_the_question_and_what_follows_are_in_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    tab, client_id, _note_id, _whole = _draft_with_original(unlocked_app, qtbot)
    box = _asked(tab, qtbot)
    assert box.text() == "¿Descartar este borrador importado? Guarda el PDF original del que se importó."
    assert "única copia de lo que el sistema anterior tenía" in box.informativeText()
    assert sorted(b.text() for b in box.buttons()) == ["Cancelar", "Conservar el PDF, descartar el borrador",
                                                       "Descartar ambos"]
    _click(box, "Conservar el PDF, descartar el borrador")
    wait_ops(qtbot)
    assert tab.status.text().endswith("Su PDF original se conserva: aparece en la lista con las notas.")
    qtbot.waitUntil(lambda: ("PDF original", "Conservado al descartar su borrador importado") in _rows(tab))
    assert len(originals.kept_for_client(_vault(unlocked_app), client_id)) == 1
    (entry,) = _discards(_vault(unlocked_app), 0)
    assert describe_event("note.draft_discarded", entry).endswith("PDF original conservado)")

"""The discharge summary template in the note editor: picked from the template box, its
sections typed and signed, found by search; offered by itself for a new note once the chart
is discharged (the discharge's warning says so), and in Spanish its headings are Spanish."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from tests.gui.test_screen_safety import _discharge_box
from vault_app.domain.note_templates import DISCHARGE, get_template
from vault_app.gui.client_discharge_check import discharge_check
from vault_app.gui.controller import AppController
from vault_app.services import clients, notes, search

pytestmark = pytest.mark.gui

TYPED = {
    "referral": "Self-referred for low mood.",
    "course": "Twelve sessions, weekly, behavioural activation.",
    "progress": "Goal 1 met.",
    "discharge_status": "Euthymic; denies ideation; low risk.",
    "discharge_reason": "Goals met.",
    "aftercare": "Monthly group at the library (periwinklestone).",
}


def _headings(editor) -> list[str]:
    """The labels over the section boxes now (those of the template before wait for deletion)."""
    boxes = list(editor.section_edits.values())
    return [label.text() for label in editor.findChildren(QLabel, "sectionTitle") if label.buddy() in boxes]


def _sign(editor, qtbot) -> None:
    editor.sign()
    box = editor.sign_confirm
    qtbot.waitUntil(box.isVisible)
    next(b for b in box.findChildren(QPushButton) if b.text().replace("&", "") in ("Sign", "Firmar")).click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: editor.signed)


def test_picked_typed_signed_and_found(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, "Hollis Brandvold")
    editor = window.chart.new_note()
    assert editor is not None
    qtbot.waitUntil(editor.isActiveWindow)
    assert editor.template.currentData() == "soap", "an active chart starts as before"
    index = editor.template.findData(DISCHARGE)
    assert editor.template.itemText(index) == "Discharge summary"
    editor.template.setCurrentIndex(index)
    template = get_template(DISCHARGE)
    assert list(editor.section_edits) == list(template.keys)
    assert _headings(editor) == [template.heading(k) for k in template.keys]
    assert "number of sessions" in editor.section_edits["course"].placeholderText()
    for key, text in TYPED.items():
        qtbot.keyClicks(editor.section_edits[key], text)
    assert not editor.template.isEnabled(), "the template is fixed once text exists"
    _sign(editor, qtbot)
    note_id = editor.note_id
    assert note_id is not None
    note = notes.get_note(vault, note_id)
    assert note.signed and note.template == DISCHARGE and dict(note.sections) == TYPED
    assert [h.note_id for h in search.search(vault, "periwinklestone").notes] == [note_id]
    editor.close()
    wait_ops(qtbot)

    again = window.chart.open_note(note_id)  # read back: its sections, read only
    assert again is not None
    wait_ops(qtbot)
    assert again.template.currentData() == DISCHARGE and not again.template.isEnabled()
    assert {k: e.toPlainText() for k, e in again.section_edits.items()} == TYPED
    assert all(e.isReadOnly() for e in again.section_edits.values())
    again.close()
    wait_ops(qtbot)
    assert clients.get_client(vault, client_id).status == "active"


def test_a_discharged_chart_offers_it_and_then_has_its_summary(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, "Ingrid Salterhaven")
    _dialog, box = _discharge_box(window, qtbot)
    assert "Discharge summary template" in box.informativeText() and "New note" in box.informativeText()
    next(b for b in box.buttons() if b.text().replace("&", "") == "Discharge").click()
    wait_ops(qtbot)
    assert clients.get_client(vault, client_id).status == "discharged"
    qtbot.waitUntil(lambda: (c := window.chart.shown_client()) is not None and c.status == "discharged")

    editor = window.chart.new_note()
    assert editor is not None
    qtbot.waitUntil(editor.isActiveWindow)
    assert editor.template.currentData() == DISCHARGE and editor.template.isEnabled(), "offered, not imposed"
    assert not editor.session_box.isChecked(), "written after treatment ended: no visit to bill"
    wait_ops(qtbot)
    assert notes.list_notes(vault, client_id) == [], "nothing saved before a word is typed"
    assert not editor.autosave.dirty and editor.status.text() == "New note. It is saved as you type.", \
        "nor about to be, nor said to be"
    assert not editor.session_date.isEnabled() and not editor.cpt.isEnabled()
    assert list(editor.section_edits) == list(get_template(DISCHARGE).keys)
    qtbot.keyClicks(editor.section_edits["discharge_reason"], "Moved out of state.")
    _sign(editor, qtbot)
    editor.close()
    wait_ops(qtbot)
    (summary,) = notes.list_notes(vault, client_id)
    assert summary.template == DISCHARGE and summary.signed and summary.preview == "Moved out of state."
    assert summary.session_id is None

    # Were the chart discharged again, the signed summary counts, by its template alone (its
    # first words do not say "discharge").
    assert discharge_check(vault, client_id) == (0, True)


def test_in_spanish_its_name_headings_and_hints_are_spanish(unlocked_app: AppController, qtbot,
                                                            spanish: None) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Remedios Alcántara")
    editor = window.chart.new_note()
    assert editor is not None
    qtbot.waitUntil(editor.isActiveWindow)
    index = editor.template.findData(DISCHARGE)
    assert editor.template.itemText(index) == "Resumen de alta"
    editor.template.setCurrentIndex(index)
    assert _headings(editor) == ["Motivo de derivación / motivo de consulta", "Evolución del tratamiento",
                                 "Avance hacia los objetivos", "Estado al alta", "Motivo del alta",
                                 "Recomendaciones y derivaciones"]
    assert editor.section_edits["discharge_status"].placeholderText().startswith("Síntomas")
    assert editor.section_edits["discharge_status"].accessibleName() == "Estado al alta"
    editor.close()
    wait_ops(qtbot)

"""A progress note's headings in the screen's language (found: a new note in a Spanish app read
"Subjective", "Objective", "Assessment" over Spanish text). A note stores its sections by key,
never a heading, so the language changes labels only: a note written in English and opened in
Spanish keeps every word, and reads in English again in an English app."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.gui.note_editor import NoteEditor
from vault_app.services import notes

pytestmark = pytest.mark.gui


def _headings(editor: NoteEditor) -> list[str]:
    layout = editor.form.sections_layout
    widgets = [layout.itemAt(i).widget() for i in range(layout.count())]
    return [w.text() for w in widgets if isinstance(w, QLabel)]


def test_note_headings_follow_the_screen_and_the_stored_note_does_not(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, "Nora Encabezado")
    written = notes.create_progress_note(vault, client_id, template="soap",
                                         sections={"subjective": "Slept badly.", "plan": "Review in a week."})
    before = notes.note_history(vault, written.note_id).note

    assert i18n.install("es") == "es"
    try:
        fresh = window.chart.new_note()
        assert fresh is not None
        assert _headings(fresh) == ["Subjetivo", "Objetivo", "Evaluación", "Plan"]
        header = fresh.findChild(QLabel, "chartHeader")
        assert header is not None and header.text() == "Nora Encabezado  ·  expediente C00001"
        assert fresh.template.currentText() == "SOAP"
        fresh.template.setCurrentIndex(fresh.template.findData("dap"))
        assert _headings(fresh) == ["Datos", "Evaluación", "Plan"]
        assert fresh.template.itemText(fresh.template.findData("free")) == "Texto libre"
        fresh.close()
        wait_ops(qtbot)

        old = window.chart.open_note(written.note_id)
        assert old is not None
        wait_ops(qtbot)
        assert _headings(old) == ["Subjetivo", "Objetivo", "Evaluación", "Plan"]
        assert old.section_edits["subjective"].toPlainText() == "Slept badly."
        assert old.text() == "Subjetivo:\nSlept badly.\n\nPlan:\nReview in a week."
        old.flush()
        wait_ops(qtbot)
        old.close()
        wait_ops(qtbot)
    finally:
        i18n.install("en")
    after = notes.note_history(vault, written.note_id).note
    assert after == before  # not a word, not a timestamp changed: nothing was saved

    again = window.chart.open_note(written.note_id)
    assert again is not None
    wait_ops(qtbot)
    assert _headings(again) == ["Subjective", "Objective", "Assessment", "Plan"]
    again.close()
    wait_ops(qtbot)


def test_a_visit_marked_attended_in_spanish_starts_a_spanish_draft_and_it_stays(unlocked_app: AppController,
                                                                               qtbot) -> None:
    """Found on Xvfb: A on a Spanish agenda opened a note under Spanish headings whose text said
    "Progress toward treatment plan goals:" and "Diagnoses:". The words are written once, in the
    screen's language of that moment; an English app later shows them as written."""
    from datetime import date, datetime, time

    from PySide6.QtCore import Qt

    from vault_app.services import appointments, plans

    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, "Ines Asistencia")
    plans.update_plan(vault, client_id, diagnosis_codes=["F41.1"], goals=[{"description": "Dormir toda la noche"}])
    (appt,) = appointments.schedule(vault, client_id, date=date.today(), start="09:00")
    assert i18n.install("es") == "es"
    try:
        agenda = window.agenda
        window.show_agenda()
        agenda.show_day(date.today())
        wait_ops(qtbot)
        # Past its start on the agenda's clock (attended waits for the start), whatever the hour now.
        agenda.day_watch.clock = lambda: datetime.combine(appt.date, time(9, 30)).astimezone()
        agenda.table.setFocus()
        qtbot.keyClick(agenda.table, Qt.Key.Key_A)
        wait_ops(qtbot)
        qtbot.waitUntil(lambda: any(e.isVisible() for e in window.findChildren(NoteEditor)), timeout=10_000)
        wait_ops(qtbot)
        editor = next(e for e in window.findChildren(NoteEditor) if e.isVisible())
        assert editor.section_edits["assessment"].toPlainText() == (
            "Avance hacia los objetivos del plan de tratamiento:\n- Dormir toda la noche: \nDiagnósticos: F41.1")
        editor.close()
        wait_ops(qtbot)
    finally:
        i18n.install("en")
    assert appointments.get(vault, appt.appointment_id).status == "attended"
    assert editor.note_id is not None
    stored = notes.get_note(vault, editor.note_id)
    assert stored.sections["assessment"].startswith("Avance hacia los objetivos")


def test_goals_added_in_spanish_are_written_in_spanish(unlocked_app: AppController, qtbot) -> None:
    """Found reading the goal lines' code after the visit's draft: a Spanish note's goals went in
    as "Treatment-plan goals addressed:" / "- Goal 1: …"."""
    from PySide6.QtCore import Qt

    from vault_app.services import plans

    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, "Olga Objetivo")
    plans.update_plan(vault, client_id, goals=[{"description": "Viajar en autobús sola"}])
    assert i18n.install("es") == "es"
    try:
        editor = window.chart.new_note()
        assert editor is not None
        wait_ops(qtbot)
        editor.goals_box.list.item(0).setCheckState(Qt.CheckState.Checked)
        editor.goals_box.add_button.click()
        qtbot.waitUntil(lambda: editor.autosave.draft.note_id is not None, timeout=10_000)
        wait_ops(qtbot)
        expected = "Objetivos del plan de tratamiento abordados:\n- Objetivo 1: Viajar en autobús sola"
        assert editor.section_edits["plan"].toPlainText() == expected
        note_id = editor.autosave.draft.note_id
        assert note_id is not None and notes.get_note(vault, note_id).sections["plan"] == expected
        editor.close()
        wait_ops(qtbot)
    finally:
        i18n.install("en")

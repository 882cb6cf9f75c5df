"""From a progress note saved with "no session", Link to a session… (found in the real app:
such a note could never gain its session). Real editor, real dialog, real vault."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.domain.same_day_sessions import ATTACH, NO_SESSION, SEPARATE
from vault_app.gui import dates
from vault_app.gui.controller import AppController
from vault_app.gui.note_editor import NoteEditor
from vault_app.services import notes, sessions
from vault_app.services.vault import Vault

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]

DAY = "2026-11-20"


def _vault(app: AppController) -> Vault:
    assert app.vault is not None
    return app.vault


def _open(app: AppController, qtbot, note_id: str) -> NoteEditor:
    window = app.main_window
    assert window is not None
    editor = window.chart.open_note(note_id)
    assert editor is not None
    wait_ops(qtbot)
    return editor


def test_a_note_without_a_session_is_linked_to_its_days_session(unlocked_app: AppController, qtbot) -> None:
    vault = _vault(unlocked_app)
    client_id = add_client(unlocked_app, qtbot, "Lina Later")
    note_id = notes.create_progress_note(vault, client_id, template="free", text="Seen.", note_date=DAY).note_id
    documented = sessions.add_session(vault, client_id, date=DAY, start_time="09:00", duration_minutes=53)
    notes.create_progress_note(vault, client_id, template="free", text="Other.", session_id=documented.session_id)
    booked = sessions.add_session(vault, client_id, date=DAY, start_time="15:00", duration_minutes=45)
    editor = _open(unlocked_app, qtbot, note_id)
    assert not editor.session_link.row.isHidden() and not editor.session_box.isChecked()

    dialog = editor.link_session()
    assert dialog is not None
    wait_ops(qtbot)
    assert "Lina" not in dialog.windowTitle()
    assert dialog.choice.currentData() == f"{ATTACH}:{booked.session_id}"  # the day's one without a note
    assert [dialog.choice.itemText(i) for i in range(dialog.choice.count())] == [
        "The session at 3:00 PM (45 min, CPT 90834)", "Record a separate session (a second visit that day)"]
    assert not dialog.new_row.isEnabled()
    dialog.save_button.click()
    wait_ops(qtbot)
    assert not dialog.isVisible(), dialog.message.text()
    assert notes.get_note(vault, note_id).session_id == booked.session_id
    assert editor.session_link.row.isHidden() and editor.session_box.isChecked()
    assert editor.duration.value() == 45  # the session's details, which edits now correct
    logged = [e for e in vault.ledger.entries() if e.kind == "note.updated"][-1]
    assert logged.payload["fields"] == ["session_id"] and logged.payload["note_id"] == note_id
    editor.close()
    wait_ops(qtbot)


def test_a_second_visit_is_recorded_only_when_chosen(unlocked_app: AppController, qtbot) -> None:
    vault = _vault(unlocked_app)
    client_id = add_client(unlocked_app, qtbot, "Sam Second")
    seen = sessions.add_session(vault, client_id, date=DAY, start_time="09:00", duration_minutes=53)
    notes.create_progress_note(vault, client_id, template="free", text="Morning.", session_id=seen.session_id)
    note_id = notes.create_progress_note(vault, client_id, template="free", text="Evening.", note_date=DAY).note_id
    editor = _open(unlocked_app, qtbot, note_id)
    dialog = editor.link_session()
    assert dialog is not None
    wait_ops(qtbot)
    assert dialog.choice.currentData() == ""  # nothing chosen for the therapist
    assert not dialog.save_button.isEnabled()
    assert "has a note already" in dialog.intro.text() and "second visit" in dialog.intro.text()
    dialog.choice.setCurrentIndex(dialog.choice.findData(f"{SEPARATE}:"))
    assert dialog.new_row.isEnabled()
    dialog.start.setText("25:00")
    dialog.save_button.click()
    wait_ops(qtbot)
    assert dialog.isVisible() and "not a valid time" in dialog.message.text()
    assert len(sessions.list_sessions(vault, client_id)) == 1  # nothing recorded
    dialog.start.setText("6:00 PM")
    dialog.duration.setValue(30)
    dialog.save_button.click()
    wait_ops(qtbot)
    assert not dialog.isVisible(), dialog.message.text()
    linked = notes.get_note(vault, note_id).session_id
    recorded = sessions.get_session(vault, linked or "")
    assert (recorded.date.isoformat(), recorded.start_time.isoformat() if recorded.start_time else None,
            recorded.duration_minutes) == (DAY, "18:00:00", 30)
    editor.close()
    wait_ops(qtbot)


def test_a_signed_note_says_why_it_keeps_no_session(unlocked_app: AppController, qtbot) -> None:
    vault = _vault(unlocked_app)
    client_id = add_client(unlocked_app, qtbot, "Sia Signed")
    note_id = notes.create_progress_note(vault, client_id, template="free", text="Seen.", note_date=DAY).note_id
    notes.sign_note(vault, note_id)
    sessions.add_session(vault, client_id, date=DAY, duration_minutes=53)
    editor = _open(unlocked_app, qtbot, note_id)
    dialog = editor.link_session()
    assert dialog is not None
    wait_ops(qtbot)
    assert "part of what was signed" in dialog.intro.text() and "addendum" in dialog.intro.text()
    assert not dialog.save_button.isEnabled() and not dialog.choice.isEnabled()
    dialog.reject()
    assert notes.get_note(vault, note_id).session_id is None
    editor.close()
    wait_ops(qtbot)


def test_ticking_session_on_a_note_without_one_asks_which(unlocked_app: AppController, qtbot) -> None:
    """Found on the way: ticking Session on a saved note without one let the fields be typed,
    and nothing of them was ever saved. Now it asks which session the note documents."""
    vault = _vault(unlocked_app)
    client_id = add_client(unlocked_app, qtbot, "Tia Tick")
    note_id = notes.create_progress_note(vault, client_id, template="free", text="Seen.", note_date=DAY).note_id
    editor = _open(unlocked_app, qtbot, note_id)
    editor.session_box.setChecked(True)
    dialog = editor.session_link.dialog
    assert dialog is not None
    assert dialog.isVisible() and not editor.session_box.isChecked()
    wait_ops(qtbot)
    assert dialog.choice.currentData() == f"{SEPARATE}:"  # no session that day: record it
    assert "No session is recorded on 11/20/2026" in dialog.intro.text()
    dialog.reject()
    editor.close()
    wait_ops(qtbot)
    assert sessions.list_sessions(vault, client_id) == []


def test_a_new_note_saved_with_no_session_offers_the_link_at_once(unlocked_app: AppController, qtbot) -> None:
    vault = _vault(unlocked_app)
    client_id = add_client(unlocked_app, qtbot, "Noa Nosession")
    seen = sessions.add_session(vault, client_id, date=DAY, duration_minutes=53)
    notes.create_progress_note(vault, client_id, template="free", text="Seen.", session_id=seen.session_id)
    window = unlocked_app.main_window
    assert window is not None
    window.chart.new_note()
    editor = window.chart.editors[-1]
    qtbot.waitUntil(editor.isActiveWindow)
    editor.session_date.setDate(QDate(2026, 11, 20))
    wait_ops(qtbot)
    assert editor.fields.same_day.choice() == (NO_SESSION, None)  # the day's session has its note
    qtbot.keyClicks(editor.section_edits["subjective"], "Call with the school.")
    editor.flush()
    wait_ops(qtbot)
    assert editor.note_id is not None and notes.get_note(vault, editor.note_id).session_id is None
    # Ticked, its fields were typed in and never saved; now unticked, and the link is offered.
    assert not editor.session_box.isChecked() and not editor.session_link.row.isHidden()
    editor.close()
    wait_ops(qtbot)


@pytest.mark.parametrize(("locale", "shown"), (("en_US", "11/20/2026"), ("en_GB", "20/11/2026")))
def test_a_saved_note_without_a_session_shows_its_own_day(unlocked_app: AppController, qtbot, locale: str,
                                                          shown: str) -> None:
    """Found by the helpers: the Session box of such a note showed today's date, not the note's."""
    dates.set_practice_locale(locale)
    vault = _vault(unlocked_app)
    client_id = add_client(unlocked_app, qtbot, "Nell Notedate")
    note_id = notes.create_progress_note(vault, client_id, template="free", text="Seen.", note_date=DAY).note_id
    editor = _open(unlocked_app, qtbot, note_id)
    assert not editor.session_box.isChecked()
    assert editor.session_date.date() == QDate(2026, 11, 20) and editor.session_date.text() == shown
    # Linked later, the box shows the session's day (and the note keeps its own).
    linked = sessions.add_session(vault, client_id, date="2026-11-19", duration_minutes=53)
    editor.fields.show_session(linked, date(2026, 11, 20))
    assert editor.session_date.date() == QDate(2026, 11, 19)
    editor.close()
    wait_ops(qtbot)


def test_another_drafts_session_is_not_offered_as_the_days_visit(unlocked_app: AppController, qtbot) -> None:
    """The day's only session was recorded for another note still a draft (records migration
    0104): the dialog says so, not "Every session has a note already" as of a visit."""
    vault = _vault(unlocked_app)
    client_id = add_client(unlocked_app, qtbot, "Dora Twodrafts")
    ahead = notes.DraftState()
    notes.save_progress_note(vault, client_id, ahead, notes.ProgressDraft(
        "soap", {"subjective": "Written ahead."},
        {"date": DAY, "duration_minutes": 53, "modality": "individual", "setting": "in_person", "cpt_code": None,
         "icd10_codes": []}))
    assert sessions.draft_only(vault, ahead.session_id or "")
    note_id = notes.create_progress_note(vault, client_id, template="free", text="Call.", note_date=DAY).note_id
    editor = _open(unlocked_app, qtbot, note_id)
    dialog = editor.link_session()
    assert dialog is not None
    wait_ops(qtbot)
    said = dialog.intro.text()
    assert "another note's, still an unsigned draft: not a visit until that note is signed" in said
    assert "Every session" not in said
    # Nothing of it to attach to: record this note's own, or choose (never the other draft's).
    assert [dialog.choice.itemData(i) for i in range(dialog.choice.count())] == ["", f"{SEPARATE}:"]
    dialog.reject()
    editor.close()
    wait_ops(qtbot)

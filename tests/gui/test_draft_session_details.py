"""The Sessions tab and Session details of a draft note's session (records migration 0104):
no visit until the note is signed. Session details says a correction does not make it one (as
`session update` says), and the day's row is not "2 sessions on this day: each is billed"
beside the visit recorded from the agenda. Real widgets, a real vault, the editor's own save."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.main_window import MainWindow
from vault_app.services import notes, sessions
from vault_app.services.notes import DraftState, ProgressDraft

pytestmark = pytest.mark.gui


def _row(window: MainWindow, session_id: str) -> QTreeWidgetItem:
    tree = window.chart.sessions.sessions
    found = [item for item in (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
             if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == session_id]
    assert found, session_id
    return found[0]


def test_a_drafts_session_in_the_sessions_tab_and_its_details(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    vault, window = unlocked_app.vault, unlocked_app.main_window
    assert vault is not None and window is not None
    client_id = add_client(unlocked_app, qtbot, "Dia Provisional")
    state = DraftState()
    notes.save_progress_note(vault, client_id, state, ProgressDraft(
        "soap", {"subjective": "Escrita antes."},
        {"date": date.today().isoformat(), "duration_minutes": 53, "modality": "individual",
         "setting": "in_person", "cpt_code": None, "icd10_codes": []}))
    ahead = state.session_id or ""
    assert sessions.draft_only(vault, ahead)
    booked = sessions.add_session(vault, client_id, date=date.today(), start_time="10:00",
                                  duration_minutes=53).session_id
    window.chart.reload()
    wait_ops(qtbot)
    window.chart.tabs.setCurrentWidget(window.chart.sessions)
    tab = window.chart.sessions
    qtbot.waitUntil(lambda: tab.states.get(ahead) == "draft_only")
    # One visit that day: neither row says two sessions billed each.
    assert _row(window, booked).toolTip(0) == "" and _row(window, ahead).toolTip(0) == ""

    dialog = tab.edit_session(_row(window, ahead))
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.provisional.isVisible()  # type: ignore[attr-defined]
    assert "do not make it one" in dialog.provisional.text()  # type: ignore[attr-defined]
    dialog.duration.setValue(45)  # type: ignore[attr-defined]
    dialog.save()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_ops(qtbot)
    assert sessions.get_session(vault, ahead).duration_minutes == 45 and sessions.draft_only(vault, ahead)

    other = tab.edit_session(_row(window, booked))
    assert other is not None
    qtbot.waitUntil(other.isVisible)
    assert not other.provisional.isVisible()  # type: ignore[attr-defined]
    other.reject()

    # Signed, the draft's session is a visit: now the day has two, each billed.
    notes.sign_note(vault, state.note_id or "")
    window.chart.reload()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: ahead not in tab.states or tab.states[ahead] != "draft_only")
    qtbot.waitUntil(lambda: _row(window, booked).toolTip(0).startswith("2 sessions on this day"))


@pytest.mark.parametrize(("kind", "payload", "said", "dicho"), [
    ("session.created", {"session_id": "s1", "draft_only": True},
     "Session recorded (for an unsigned note: no visit until it is signed)",
     "para una nota sin firmar: no es visita hasta que se firme"),
    ("session.deleted", {"session_id": "s1", "draft_only": True, "left_without_note": True},
     "Session deleted (for an unsigned note: no visit until it is signed; left without its note by an interruption)",
     "quedó sin su nota por una interrupción"),
    ("session.created", {"session_id": "s1"}, "Session recorded", None),
], ids=["made for a draft", "swept after a kill", "a visit"])
def test_the_history_says_a_session_was_a_drafts(qapp: object, spanish: None, kind: str,
                                                 payload: dict[str, object], said: str, dicho: str | None) -> None:
    """The History tab read "session: created", "session: deleted" of a draft's session, as of a
    visit recorded and then removed."""
    from vault_app.gui import i18n
    from vault_app.gui.history_words import describe_event

    if dicho is not None:
        assert dicho in describe_event(kind, payload)
    i18n.install("en")
    assert describe_event(kind, payload) == said


def test_a_new_note_on_a_day_with_a_visit_and_another_drafts_session(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, us_practice: None) -> None:
    """Found on Xvfb: the day's booked visit and a draft's session read "1 of them were recorded
    for notes still unsigned"; the note attaches to the visit, never to the other draft's."""
    from PySide6.QtCore import QDate

    from tests.gui.test_note_same_day import _new_note
    from vault_app.domain.same_day_sessions import ATTACH

    vault = unlocked_app.vault
    assert vault is not None
    client_id = add_client(unlocked_app, qtbot, "Dia Mixto")
    notes.save_progress_note(vault, client_id, DraftState(), ProgressDraft(
        "soap", {"subjective": "Escrita antes."},
        {"date": "2026-11-20", "duration_minutes": 53, "modality": "individual", "setting": "in_person",
         "cpt_code": None, "icd10_codes": []}))
    booked = sessions.add_session(vault, client_id, date="2026-11-20", start_time="10:00", duration_minutes=53)
    editor = _new_note(unlocked_app, qtbot, QDate(2026, 11, 20))
    row = editor.fields.same_day
    assert row.choice() == (ATTACH, booked.session_id)
    assert row.combo.itemData(0) == f"{ATTACH}:{booked.session_id}"  # the visit first, no other draft's
    said = row.said.text()
    assert "already has 2 sessions on 11/20/2026. One of them was recorded for another note, still an unsigned " \
           "draft: not a visit until that note is signed." in said, said
    editor.close()
    wait_ops(qtbot)

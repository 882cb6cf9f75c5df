"""Correct session details: the stop time follows the start and the length at once (and a stop
typed gives the length), on the practice's clock across midnight and the night the clocks go
forward, as a save works it out (domain/session_length.stop_following); a corrected length moves
an individual psychotherapy session's CPT code to the time rule's band, says a code set by hand
and offers the rule's, and never moves a billed session's (domain/cpt_on_length.py). Found: the
"to" field moved only at Save, and 45 minutes kept 90837. Real vault, real widgets."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.core.disclosure_fixtures import PASSWORD
from tests.core.payable_practice import payable
from tests.gui.conftest import wait_ops
from vault_app.gui import practice_clock
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_time
from vault_app.services import billing, clients, practice, sessions, superbill

pytestmark = pytest.mark.gui


def _dialog(unlocked_app: AppController, qtbot, **session):  # type: ignore[no-untyped-def]
    from vault_app.gui.session_dialog import SessionDialog

    vault = unlocked_app.vault
    assert vault is not None
    client = clients.create_client(vault, "Ione Pascal")
    s = sessions.add_session(vault, client.client_id, **({"date": "2026-11-02"} | session))
    window = unlocked_app.main_window
    assert window is not None
    dialog = SessionDialog(unlocked_app, s, parent=window)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    return dialog


def _type(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.selectAll()
    qtbot.keyClicks(field, text)


def _length(qtbot, dialog, minutes: int) -> None:  # type: ignore[no-untyped-def]
    editor = dialog.duration.lineEdit()
    editor.selectAll()
    qtbot.keyClicks(editor, str(minutes))


def test_the_stop_follows_the_start_and_the_length_at_once(unlocked_app: AppController, qtbot) -> None:
    dialog = _dialog(unlocked_app, qtbot, start_time="10:00", end_time="10:53")
    _type(qtbot, dialog.start_time, "11:00")
    assert dialog.end_time.text() == show_time(time(11, 53))
    _length(qtbot, dialog, 45)
    assert dialog.end_time.text() == show_time(time(11, 45))
    _type(qtbot, dialog.end_time, "12:30")  # a stop typed gives the length
    assert dialog.duration.value() == 90
    assert dialog.changes() == {"start_time": "11:00", "end_time": "12:30", "duration_minutes": 90}
    dialog.save()
    wait_ops(qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    saved = sessions.get_session(vault, dialog.session.session_id)
    assert (saved.start_time, saved.end_time, saved.duration_minutes, saved.cpt_code) == (
        time(11), time(12, 30), 90, "90837")


def test_past_midnight_no_stop_is_kept_and_it_says_so(unlocked_app: AppController, qtbot) -> None:
    dialog = _dialog(unlocked_app, qtbot, start_time="22:00", end_time="22:53")
    _type(qtbot, dialog.start_time, "23:30")
    assert dialog.end_time.text() == ""
    assert dialog.stop_note.isVisible() and "past midnight" in dialog.stop_note.text()
    _type(qtbot, dialog.start_time, "23:00")  # back within the day: the stop comes back
    assert dialog.end_time.text() == show_time(time(23, 53)) and not dialog.stop_note.isVisible()


def test_the_night_the_clocks_go_forward_the_stop_is_the_real_one(unlocked_app: AppController, qtbot,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    practice.update(vault, time_zone="America/New_York")  # the practice's clock, for the window and the save
    monkeypatch.setattr(practice_clock, "_name", "America/New_York")
    dialog = _dialog(unlocked_app, qtbot, date="2026-03-08", start_time="00:30", end_time="01:00",
                     duration_minutes=30)
    _type(qtbot, dialog.start_time, "1:30")
    _length(qtbot, dialog, 53)
    assert dialog.end_time.text() == show_time(time(3, 23))  # not 2:23, an hour that never came
    _type(qtbot, dialog.end_time, "3:30")
    assert dialog.duration.value() == 60
    dialog.save()
    wait_ops(qtbot)
    saved = sessions.get_session(vault, dialog.session.session_id)
    assert (saved.end_time, saved.duration_minutes, saved.cpt_code) == (time(3, 30), 60, "90837")


def test_a_corrected_length_moves_the_rules_code_and_says_so(unlocked_app: AppController, qtbot) -> None:
    dialog = _dialog(unlocked_app, qtbot, start_time="10:00", end_time="10:53")
    assert dialog.cpt.text() == "90837"
    _type(qtbot, dialog.end_time, "10:45")
    assert (dialog.duration.value(), dialog.cpt.text()) == (45, "90834")
    assert dialog.cpt_note.isVisible() and "38 to 52 minutes" in dialog.cpt_note.text()
    assert not dialog.use_cpt.isVisible()
    dialog.save()
    wait_ops(qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    assert sessions.get_session(vault, dialog.session.session_id).cpt_code == "90834"


def test_a_code_set_by_hand_stays_and_the_rules_is_offered(unlocked_app: AppController, qtbot) -> None:
    dialog = _dialog(unlocked_app, qtbot, duration_minutes=60, cpt_code="90834")
    _length(qtbot, dialog, 30)
    assert dialog.cpt.text() == "90834"
    assert dialog.cpt_note.isVisible() and "set by hand" in dialog.cpt_note.text() and "90832" in dialog.cpt_note.text()
    assert dialog.use_cpt.isVisible() and dialog.use_cpt.text() == "&Use 90832"
    qtbot.mouseClick(dialog.use_cpt, Qt.MouseButton.LeftButton)
    assert dialog.cpt.text() == "90832" and not dialog.use_cpt.isVisible()
    assert dialog.changes() == {"duration_minutes": 30, "cpt_code": "90832"}


def test_a_session_marked_billed_keeps_its_code(unlocked_app: AppController, qtbot) -> None:
    dialog = _dialog(unlocked_app, qtbot, duration_minutes=53, billing_status="billed")
    _length(qtbot, dialog, 45)
    assert dialog.cpt.text() == "90837"
    assert dialog.cpt_note.isVisible() and "billed" in dialog.cpt_note.text() and "90834" in dialog.cpt_note.text()
    assert not dialog.use_cpt.isVisible()
    assert dialog.changes() == {"duration_minutes": 45}


def test_a_session_on_an_issued_superbill_keeps_its_code(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    from vault_app.gui.session_dialog import SessionDialog

    vault = unlocked_app.vault
    assert vault is not None
    payable(vault)
    client = clients.create_client(vault, "Verity Lane", chart_number="VL-1")
    billing.set_scheduled_fee(vault, "90837", "150")
    s = sessions.add_session(vault, client.client_id, date="2026-11-02", duration_minutes=53, icd10_codes=["F43.0"])
    superbill.issue(vault, client.client_id, first="2026-11-01", last="2026-11-20", out=tmp_path / "sb.pdf",
                    password=PASSWORD)
    dialog = SessionDialog(unlocked_app, s, parent=unlocked_app.main_window)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    _length(qtbot, dialog, 45)
    assert dialog.cpt.text() == "90837" and "billed" in dialog.cpt_note.text()


def test_said_in_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    dialog = _dialog(unlocked_app, qtbot, duration_minutes=60, cpt_code="90834")
    _length(qtbot, dialog, 30)
    assert "a mano" in dialog.cpt_note.text() and dialog.use_cpt.text() == "&Usar 90832"


def test_a_stored_code_the_length_disagrees_with_is_said_at_opening(unlocked_app: AppController, qtbot) -> None:
    """10 minutes stored with 90837: said as the window opens, the rule's offered (none under 16)."""
    dialog = _dialog(unlocked_app, qtbot, duration_minutes=10, cpt_code="90837")
    assert dialog.cpt.text() == "90837"
    said = dialog.cpt_note.text()
    assert dialog.cpt_note.isVisible() and "90837" in said and "under 16 minutes" in said
    assert dialog.use_cpt.isVisible() and dialog.use_cpt.text() == "Lea&ve it empty"
    dialog.close()
    other = _dialog(unlocked_app, qtbot, duration_minutes=45, cpt_code="90837")
    assert other.cpt_note.isVisible() and "38 to 52 minutes" in other.cpt_note.text()
    assert other.use_cpt.isVisible() and other.use_cpt.text() == "&Use 90834"
    qtbot.mouseClick(other.use_cpt, Qt.MouseButton.LeftButton)
    assert other.cpt.text() == "90834" and not other.cpt_note.isVisible()
    assert other.changes() == {"cpt_code": "90834"}


def test_a_billed_stored_code_is_said_at_opening_without_the_offer(unlocked_app: AppController, qtbot) -> None:
    dialog = _dialog(unlocked_app, qtbot, duration_minutes=45, cpt_code="90837", billing_status="paid")
    assert dialog.cpt_note.isVisible() and "billed" in dialog.cpt_note.text() and "90834" in dialog.cpt_note.text()
    assert not dialog.use_cpt.isVisible()


def test_a_stored_code_that_agrees_says_nothing_at_opening(unlocked_app: AppController, qtbot) -> None:
    dialog = _dialog(unlocked_app, qtbot, duration_minutes=45, cpt_code="90834")
    assert not dialog.cpt_note.isVisible() and not dialog.use_cpt.isVisible()
    couple = _dialog(unlocked_app, qtbot, duration_minutes=10, modality="couple")
    assert not couple.cpt_note.isVisible()


def test_said_at_opening_in_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    dialog = _dialog(unlocked_app, qtbot, duration_minutes=45, cpt_code="90837")
    assert "no corresponde a la duración" in dialog.cpt_note.text() and dialog.use_cpt.text() == "&Usar 90834"


def test_the_window_grown_for_the_notes_goes_back_when_they_go(unlocked_app: AppController, qtbot) -> None:
    """Found on Xvfb: Use 90834 hid the notes and left their room spread as gaps between the rows."""
    dialog = _dialog(unlocked_app, qtbot, duration_minutes=45, cpt_code="90834")
    dialog.resize(dialog.width(), dialog.minimumSizeHint().height())
    qtbot.waitUntil(lambda: dialog.height() == dialog.minimumSizeHint().height())
    before = dialog.height()
    _type(qtbot, dialog.cpt, "90834")  # set by hand
    _length(qtbot, dialog, 30)
    assert dialog.use_cpt.isVisible()
    qtbot.waitUntil(lambda: dialog.height() > before)
    qtbot.mouseClick(dialog.use_cpt, Qt.MouseButton.LeftButton)
    assert not dialog.cpt_note.isVisible()
    qtbot.waitUntil(lambda: dialog.height() == before)


def test_a_code_typed_is_said_against_the_length(unlocked_app: AppController, qtbot) -> None:
    dialog = _dialog(unlocked_app, qtbot, duration_minutes=45, cpt_code="90834")
    assert not dialog.cpt_note.isVisible()
    _type(qtbot, dialog.cpt, "90837")
    qtbot.keyClick(dialog.cpt, Qt.Key.Key_Return)
    assert dialog.cpt_note.isVisible() and "does not match the length" in dialog.cpt_note.text()
    assert dialog.use_cpt.text() == "&Use 90834"

"""Once a flagged measure is saved, the dialog stays open on the next steps; its measure, date and
session can no longer be changed there. Found walking the real app by keyboard: Alt+E (Spanish
"Escala") went to the measure list of the saved PHQ-9, where an arrow key would have put the
GAD-7's empty items under "Saved: PHQ-9, total 11", as if the saved answers were gone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate

from tests.gui.conftest import wait_ops
from tests.gui.test_measures_tab import _open_tab
from vault_app.gui.controller import AppController
from vault_app.gui.measure_dialog import MeasureDialog
from vault_app.gui.widgets import form_letters, mnemonic_of
from vault_app.services import sessions

pytestmark = pytest.mark.gui


def test_a_saved_flagged_measure_keeps_its_measure_date_and_session(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot) -> None:
    tab, _cid = _open_tab(unlocked_app, qtbot)
    dialog = tab.enter_measure()
    assert isinstance(dialog, MeasureDialog)
    wait_ops(qtbot)
    assert dialog.instrument_box.isEnabled() and dialog.session_box.isEnabled() and dialog.when.isEnabled()
    dialog.set_answers([2, 2, 1, 1, 1, 1, 1, 1, 1])
    dialog.save_button.click()
    wait_ops(qtbot)
    assert dialog.result_ is not None and not dialog.after.isHidden()  # the next steps are shown
    assert not dialog.instrument_box.isEnabled()
    assert not dialog.session_box.isEnabled()
    assert not dialog.when.isEnabled()
    assert dialog.answers() == [2, 2, 1, 1, 1, 1, 1, 1, 1]  # what was saved stays in view
    dialog.accept()


def test_the_date_field_shows_the_chosen_sessions_day(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot) -> None:
    """Found on the real app: with the 11/21 session chosen, the (greyed) date still said today's
    date, 12/05, while the measure is saved on the session's day. (A half-typed date stays as
    typed: tests/gui/test_measure_date_message.py.)"""
    tab, cid = _open_tab(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    session = sessions.add_session(vault, cid, date="2026-03-02", duration_minutes=50)
    dialog = tab.enter_measure()
    assert isinstance(dialog, MeasureDialog)
    wait_ops(qtbot)
    own_day = QDate(2026, 1, 20)
    dialog.when.setDate(own_day)
    dialog.session_box.setCurrentIndex(dialog.session_box.findData(session.session_id))
    assert not dialog.when.isEnabled() and dialog.when.date() == QDate(2026, 3, 2)
    dialog.session_box.setCurrentIndex(0)  # no session again: the day the field had is back
    assert dialog.when.isEnabled() and dialog.when.date() == own_day
    dialog.reject()


def test_close_after_a_flagged_save_has_an_alt_letter_of_its_own(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot) -> None:
    """Found walking the real app: in English, Close (the next steps' way out) had no Alt letter,
    every letter of its word being another's (Cancel, an item, Save, Session)."""
    tab, _cid = _open_tab(unlocked_app, qtbot)
    dialog = tab.enter_measure()
    assert isinstance(dialog, MeasureDialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    dialog.set_answers([2, 2, 1, 1, 1, 1, 1, 1, 1])
    dialog.save_button.click()
    wait_ops(qtbot)
    assert not dialog.after.isHidden()
    letter = mnemonic_of(dialog.close_button.text())
    assert letter, dialog.close_button.text()
    shown = [w for w, mine in form_letters(dialog) if mine == letter and w.isVisible()]
    assert shown == [dialog.close_button], [w.text() for w in shown]
    dialog.accept()

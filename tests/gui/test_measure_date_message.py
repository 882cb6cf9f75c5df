"""A measure's half-typed date, then a session chosen for it: the date field is turned off
(the measure takes the session's day), and its "type it again" message stayed under it
about a date nobody could type any more (found in the real app). It goes while the field is
off and comes back if the field is turned on again with the date still not the one typed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_ops
from tests.gui.test_date_half_typed import _half_type
from tests.gui.test_measures_tab import _open_tab
from vault_app.gui.controller import AppController
from vault_app.services import sessions

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def test_the_message_goes_with_the_field_turned_off(unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    tab, cid = _open_tab(unlocked_app, qtbot)
    sessions.add_session(vault, cid, date=date.today().isoformat(), duration_minutes=53)
    dialog = tab.enter_measure()
    assert dialog is not None
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: dialog.session_box.count() == 2, timeout=10_000)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    _half_type(dialog.when, qtbot)
    dialog.session_box.setFocus()  # leaving it half-typed: said under it
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.session_box)
    assert "not complete" in dialog.when.problem()

    dialog.session_box.setCurrentIndex(1)  # the session's day is the measure's
    assert not dialog.when.isEnabled()
    assert dialog.when.problem() == ""

    dialog.session_box.setCurrentIndex(0)  # no session: the date is asked again
    assert dialog.when.isEnabled()
    assert "not complete" in dialog.when.problem()
    dialog.reject()

"""A form held across a lock reopens on the chart's tab it was opened from. Found in the real
app: a new request held at a lock came back over the Overview tab (its reopener opened the
chart and not the Requests tab, while the restriction's reopener did), so the therapist
finished it with the requests list out of sight."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_held_dates import FORMS, Form, _open, _reopened
from vault_app.gui.chart_view import ChartView
from vault_app.gui.controller import AppController

TAB = {  # the form's name in FORMS: the tab of the chart it is opened from
    "client details": "overview",
    "treatment plan": "overview",
    "goal of a plan": "overview",
    "new request": "requests",
    "restriction request": "requests",
}

pytestmark = pytest.mark.gui


def _tab(chart: ChartView, name: str) -> QWidget:
    tab = getattr(chart, name)
    assert isinstance(tab, QWidget)
    return tab


@pytest.mark.parametrize("form", FORMS, ids=[f.name for f in FORMS])
def test_a_held_form_reopens_on_its_own_tab(unlocked_app: AppController, qtbot, form: Form) -> None:  # type: ignore[no-untyped-def]
    _client_id, dialog, field = _open(unlocked_app, qtbot, form)
    window = unlocked_app.main_window
    assert window is not None
    window.chart.tabs.setCurrentWidget(_tab(window.chart, TAB[form.name]))
    field.setDate(QDate.currentDate().addDays(-7))  # a change: the form is held
    assert dialog.held_entry() is not None, f"{form.name}: nothing to hold"  # type: ignore[attr-defined]
    unlocked_app.lock("Locked now.")
    wait_ops(qtbot)
    window = unlock(unlocked_app, qtbot)
    _reopened(window, type(dialog), qtbot)
    assert window.chart.tabs.currentWidget() is _tab(window.chart, TAB[form.name]), form.name

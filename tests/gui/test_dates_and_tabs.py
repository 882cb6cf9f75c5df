"""Issue 17 item 9 (rest): dates picked from a calendar in the request and access-copy
forms, an optional-date field for the forms that allow "not set", and the chart's tabs
fitting the default window size (scroll buttons instead of a window forced wider)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.date_field import date_picker
from vault_app.gui.optional_date_field import NOT_SET, OptionalDateField

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("typed", "read"), [("", ""), ("2024-02-03", "2024-02-03"), ("2024-02-30", ""),
                                             ("03/02/2024", "")])
def test_optional_date_field_reads_back_iso_or_empty(qtbot, typed: str, read: str) -> None:
    field = OptionalDateField("Authority ends on", typed)
    qtbot.addWidget(field)
    assert field.calendarPopup()
    assert field.text() == read
    assert (field.date() == NOT_SET) is (read == "")
    if not read:
        assert QDateEdit.text(field) == "not set"  # what the therapist sees
    field.setText("2030-12-31")
    assert field.text() == "2030-12-31"
    field.clear()
    assert field.text() == ""


def test_date_picker_is_today_with_a_calendar(qtbot) -> None:
    edit = date_picker("Date received")
    qtbot.addWidget(edit)
    assert edit.calendarPopup() and edit.date() == QDate.currentDate()
    assert edit.accessibleName() == "Date received"


def test_request_form_dates_are_pickers(unlocked_app: AppController, qtbot) -> None:
    from vault_app.gui.requests_dialog import NewRequestDialog

    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, "Ada Firstperson")
    dialog = NewRequestDialog(unlocked_app, client_id, parent=window)
    dates = dialog.findChildren(QDateEdit)
    assert dates and all(d.calendarPopup() for d in dates)
    dialog.reject()


def test_chart_tabs_fit_the_default_window(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, "Ada Firstperson")
    window.resize(1200, 760)  # the main window's default size
    window.open_chart(client_id)
    wait_ops(qtbot)
    tabs = window.chart.tabs
    assert tabs.usesScrollButtons()
    assert tabs.count() == 10  # nine record tabs and Measures
    # The tab bar asks for no more than the chart area has: the window is not forced wider
    # and the last tabs are reached with the scroll buttons (or Ctrl+1..9).
    assert tabs.tabBar().minimumSizeHint().width() <= window.stack.width()
    assert window.minimumSizeHint().width() <= 1200

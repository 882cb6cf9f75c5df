"""The chart's Requests table, as found in the real app by round 45's walker (English, 1366x768):
its days read "December 7, 2026 / January 6, 2027" where every other table writes 12/07/2026, and
after "Choose a request in the list first, then Open." the status bar kept saying it under the open
request. Now its days are the practice's short date (a weekend or holiday due day with its weekday),
its rows in the order of the days received, and the hint goes once a request is open. Real vault,
real widgets, English and Spanish."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QDialog

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.domain.due_weekend import closed_on
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date, show_weekday
from vault_app.gui.requests_dialog import RequestDetailDialog
from vault_app.services import practice, request_due, requests

pytestmark = pytest.mark.gui

CHOOSE = {"en": "Choose a request in the list first, then Open.",
          "es": "Elija primero una solicitud en la lista y luego Abrir."}


def _tab(unlocked_app: AppController, qtbot, language: str, request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    if language == "es":
        request.getfixturevalue("spanish")
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    practice.update(vault, license_state="")
    chart = fx.make_chart(vault, n=1)
    # Recorded today first, then a letter of ten days ago entered late.
    newer = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(1))
    older = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(10))
    window.chart.load(chart.client_id)
    tab = window.chart.requests
    window.chart.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 2, timeout=10_000)
    return window, tab, [older, newer]


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_days_are_short_and_the_rows_in_date_order(unlocked_app: AppController, qtbot, language: str,  # type: ignore[no-untyped-def]
                                                       request: pytest.FixtureRequest) -> None:
    _window, tab, asked = _tab(unlocked_app, qtbot, language, request)
    for n, q in enumerate(asked):
        row = tab.tree.topLevelItem(n)
        due = request_due.deadline(q, "").day
        weekday = f"{show_weekday(due)} " if closed_on(due) else ""
        assert (row.text(1), row.text(2)) == (show_date(q.received_on), weekday + show_date(due)), n
        assert len(row.text(1)) == 10 and "/" in row.text(1)  # 12/07/2026, as the other tables


def test_a_weekend_due_day_keeps_its_weekday(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui.request_row_dates import due_cell

    sunday = fx.today() + timedelta(days=(6 - fx.today().weekday()) % 7 or 7)
    assert due_cell(sunday) == f"{show_weekday(sunday)} {show_date(sunday)}"
    monday = sunday + timedelta(days=8)  # a Monday a week on; not a federal holiday every year: checked
    assert due_cell(monday) == (f"{show_weekday(monday)} {show_date(monday)}" if closed_on(monday)
                                else show_date(monday))


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("how", ["Open button", "Enter on the row"])
def test_the_choose_hint_goes_when_a_request_is_open(unlocked_app: AppController, qtbot, language: str,  # type: ignore[no-untyped-def]
                                                     how: str, request: pytest.FixtureRequest) -> None:
    window, tab, _asked = _tab(unlocked_app, qtbot, language, request)
    tab.tree.clearSelection()
    tab.tree.setCurrentItem(None)  # type: ignore[arg-type]
    tab.open_button.click()
    assert window.status_line.label.text() == CHOOSE[language]
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    if how == "Open button":
        tab.open_button.click()
    else:
        tab.tree.itemActivated.emit(tab.tree.topLevelItem(0), 0)  # Enter on the row (widgets.on_open)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(RequestDetailDialog)), timeout=10_000)
    assert window.status_line.saying() is None
    assert CHOOSE[language] not in window.status_line.label.text()
    for dialog in window.findChildren(QDialog):
        dialog.close()
    wait_ops(qtbot)


def test_another_sentence_said_since_stays(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                           request: pytest.FixtureRequest) -> None:
    window, tab, _asked = _tab(unlocked_app, qtbot, "en", request)
    tab.tree.setCurrentItem(None)  # type: ignore[arg-type]
    tab.tree.clearSelection()
    tab.open_button.click()
    window.status_line.passing("Request recorded.")
    tab.tree.itemActivated.emit(tab.tree.topLevelItem(0), 0)  # Enter on the row (widgets.on_open)
    assert window.status_line.saying() == "Request recorded."
    for dialog in window.findChildren(QDialog):
        dialog.close()
    wait_ops(qtbot)

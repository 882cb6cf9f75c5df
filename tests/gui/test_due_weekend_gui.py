"""The chart's Requests tab says a due date on a Saturday or Sunday with its weekday, and its tip the
Friday before; the law's date is not moved (domain/due_weekend; found by a walker: "due 12/13/2026", a
Sunday, said as any day). English and Spanish, on a real vault and real widgets."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.domain.federal_holidays import holidays_on
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date, show_deadline, show_due, show_weekday
from vault_app.services import practice, requests

pytestmark = pytest.mark.gui


def _received_for(weekday: int) -> date:
    """A day in the last week whose HIPAA due date (30 days on) falls on `weekday`."""
    return next(d for d in (fx.today() - timedelta(days=n) for n in range(1, 8))
                if (d + timedelta(days=30)).weekday() == weekday)


@pytest.mark.parametrize(("lang", "tip"), [("en", "act by"), ("es", "actúe a más tardar el")])
@pytest.mark.parametrize(("weekday", "weekend"), [(6, True), (5, True), (2, False)])
def test_the_requests_tab_says_a_weekend_due_date(lang: str, tip: str, weekday: int, weekend: bool,
                                                  unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                  request: pytest.FixtureRequest) -> None:
    if lang == "es":
        request.getfixturevalue("spanish")
    from vault_app.gui.chart_view import ChartView

    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    practice.update(vault, license_state="")
    received = _received_for(weekday)
    requests.add_request(vault, chart.client_id, kind="access", received_on=received)
    due = received + timedelta(days=30)
    view = ChartView(unlocked_app)
    qtbot.addWidget(view)
    view.load(chart.client_id)
    view.tabs.setCurrentWidget(view.requests)
    qtbot.waitUntil(lambda: view.requests.tree.topLevelItemCount() == 1, timeout=10_000)
    cell = view.requests.tree.topLevelItem(0)
    friday = due - timedelta(days=due.weekday() - 4)
    while friday.weekday() >= 5 or holidays_on(friday):  # a holiday before it: stepped over too
        friday -= timedelta(days=1)
    if weekend:
        assert cell.text(2) == f"{show_weekday(due)} {show_date(due)}"  # the table's short date (round 45)
        assert f"{tip} {show_weekday(friday)} {show_deadline(friday)}" in cell.toolTip(2)
    else:
        assert cell.text(2) == show_date(due) and tip not in cell.toolTip(2)
    view.close()
    wait_ops(qtbot)


@pytest.mark.parametrize(("lang", "deadline", "said"), [
    ("en", date(2026, 12, 7), ""),
    # Sunday 01/03/2027: the Friday before is New Year's Day (found: "act by Fri 01/01/2027")
    ("en", date(2027, 1, 3),
     "A Saturday or Sunday; New Year's Day, a federal holiday, on Fri January 1, 2027: the law does not move "
     "the date; act by Thu December 31, 2026."),
    ("es", date(2027, 1, 3),
     "Cae en sábado o domingo; Año Nuevo, feriado federal, el vie 1 de enero de 2027: la ley no mueve la fecha; "
     "actúe a más tardar el jue 31 de diciembre de 2026."),
    # ON a weekday holiday
    ("en", date(2026, 11, 26),
     "Thanksgiving Day, a federal holiday: the law does not move the date; act by Wed November 25, 2026."),
    ("es", date(2026, 11, 26),
     "Día de Acción de Gracias, feriado federal: la ley no mueve la fecha; actúe a más tardar el mié 25 de "
     "noviembre de 2026."),
    ("en", date(2026, 7, 3), "Independence Day, a federal holiday observed that day: the law does not move the "
                             "date; act by Thu July 2, 2026."),
    ("es", date(2026, 7, 4), "Cae en sábado o domingo; Día de la Independencia, feriado federal, que se observa el "
                             "vie 3 de julio de 2026: la ley no mueve la fecha; actúe a más tardar el jue 2 de julio "
                             "de 2026."),
])
def test_the_advice_steps_back_over_a_holiday_and_says_why(lang: str, deadline: date, said: str, qapp: object,
                                                           request: pytest.FixtureRequest) -> None:
    request.getfixturevalue("us_practice")
    if lang == "es":
        request.getfixturevalue("spanish")
    from vault_app.gui.due_advice_words import act_by_words

    assert act_by_words(deadline) == said


@pytest.mark.parametrize(("lang", "deadline", "cell"), [
    ("en", date(2026, 11, 26), "Thu November 26, 2026"),  # Thanksgiving Day
    ("es", date(2026, 11, 26), "jue 26 de noviembre de 2026"),
    ("en", date(2026, 12, 24), "December 24, 2026"),  # Christmas Eve: a working day
])
def test_a_due_date_on_a_holiday_is_said_with_its_weekday(lang: str, deadline: date, cell: str, qapp: object,
                                                          request: pytest.FixtureRequest) -> None:
    request.getfixturevalue("us_practice")
    if lang == "es":
        request.getfixturevalue("spanish")
    assert show_due(deadline) == cell

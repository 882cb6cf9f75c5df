"""A deadline on screen has its month in the screens' words, so an es_US practice's due date is
read one way only: "Vence el 04/02/2027" is April 2 to a US reader, February 4 to the practice
(found by a walker). Other days keep the practice's format."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui import dates
from vault_app.gui.controller import AppController
from vault_app.services import practice, requests

pytestmark = pytest.mark.gui

RECEIVED = date(2026, 11, 4)  # HIPAA's 30 days: due December 4, 2026 (04/12/2026 in es_US)


@pytest.fixture
def es_us_practice(unlocked_app: AppController) -> Iterator[None]:
    assert unlocked_app.vault is not None
    practice.update(unlocked_app.vault, locale="es_US")
    dates.set_practice_locale("es_US")
    yield
    dates.set_practice_locale(None)


def _request_window_and_tab(app: AppController, qtbot) -> tuple[str, str, str]:  # type: ignore[no-untyped-def]
    from vault_app.gui.chart_view import ChartView
    from vault_app.gui.requests_dialog import RequestDetailDialog

    vault = app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    asked = requests.add_request(vault, chart.client_id, kind="access", received_on=RECEIVED)
    detail = RequestDetailDialog(app, asked.id)
    qtbot.addWidget(detail)
    qtbot.waitUntil(lambda: "2026" in detail.summary.text(), timeout=10_000)
    summary = detail.summary.text()
    detail.close()
    view = ChartView(app)
    qtbot.addWidget(view)
    view.load(chart.client_id)
    view.tabs.setCurrentWidget(view.requests)
    qtbot.waitUntil(lambda: view.requests.tree.topLevelItemCount() == 1, timeout=10_000)
    row = view.requests.tree.topLevelItem(0)
    wait_ops(qtbot)
    return summary, row.text(1), row.text(2)


def test_spanish_screens_write_the_due_date_with_its_month_in_words(
    unlocked_app: AppController, qtbot, es_us_practice: None, spanish: None,  # type: ignore[no-untyped-def]
) -> None:
    summary, received, due = _request_window_and_tab(unlocked_app, qtbot)
    assert "4 de diciembre de 2026" in summary and "04/12/2026" not in summary, summary
    # The received day beside it said the same way (round 39: "Recibida 04/11/2026" beside words)
    assert (received, due) == ("4 de noviembre de 2026", "4 de diciembre de 2026")


def test_english_screens_of_an_es_us_practice_write_it_in_english(
    unlocked_app: AppController, qtbot, es_us_practice: None,  # type: ignore[no-untyped-def]
) -> None:
    summary, received, due = _request_window_and_tab(unlocked_app, qtbot)
    assert "December 4, 2026" in summary and "04/12/2026" not in summary, summary
    assert (received, due) == ("November 4, 2026", "December 4, 2026")

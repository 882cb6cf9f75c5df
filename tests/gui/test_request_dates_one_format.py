"""A request's received and due dates said one way where they are read together. Found by round 39's
walker in Spanish: the Requests tab's row read "Recibida 06/12/2026" beside "Vence 21 de diciembre de
2026". The due date is in words on purpose (an es_US practice's "04/02/2027" reads as April 2 to a US
reader, gui/dates.show_deadline); the received date beside it is now said the same way, in the tab's
row, the request window's summary and the open-requests list. Since round 45 the tab's row says both as
every other table does, the practice's short date (tests/gui/test_requests_tab_short_dates.py): still one
way, the words in its tip. Real vault, real widgets, es_US."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui import dates
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_deadline, show_due
from vault_app.gui.request_row_dates import due_cell, received_cell
from vault_app.services import practice, request_due, requests

pytestmark = pytest.mark.gui


@pytest.fixture
def es_us() -> Iterator[None]:
    dates.set_practice_locale("es_US")
    yield
    dates.set_practice_locale(None)


def test_received_and_due_are_said_alike(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                         es_us: None, request: pytest.FixtureRequest) -> None:
    request.getfixturevalue("spanish")
    from vault_app.gui.chart_view import ChartView
    from vault_app.gui.open_requests_dialog import RequestsDialog
    from vault_app.gui.requests_dialog import RequestDetailDialog

    vault = unlocked_app.vault
    assert vault is not None
    practice.update(vault, license_state="", locale="es_US")
    chart = fx.make_chart(vault, n=1)
    received = fx.days_ago(3)
    asked = requests.add_request(vault, chart.client_id, kind="access", received_on=received)
    due = request_due.deadline(asked, "").day
    assert "de" in show_deadline(received)  # in words: "3 de diciembre de 2026"

    view = ChartView(unlocked_app)
    qtbot.addWidget(view)
    view.load(chart.client_id)
    view.tabs.setCurrentWidget(view.requests)
    qtbot.waitUntil(lambda: view.requests.tree.topLevelItemCount() == 1, timeout=10_000)
    row = view.requests.tree.topLevelItem(0)
    assert (row.text(1), row.text(2)) == (received_cell(received), due_cell(due))
    view.close()

    detail = RequestDetailDialog(unlocked_app, asked.id)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitUntil(lambda: "Vence" in detail.summary.text(), timeout=10_000)
    assert f"recibida el {show_deadline(received)}." in detail.summary.text(), detail.summary.text()
    assert show_deadline(received) in detail.plain_summary
    detail.close()

    listed = RequestsDialog(unlocked_app, parent=unlocked_app.main_window)
    listed.show()
    qtbot.waitUntil(lambda: listed.tree.topLevelItemCount() == 1, timeout=10_000)
    cells = [listed.tree.topLevelItem(0).text(i) for i in range(listed.tree.columnCount())]
    assert show_due(due) in cells and show_deadline(received) in cells, cells
    listed.close()
    wait_ops(qtbot)

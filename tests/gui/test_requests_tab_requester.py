"""The chart's Requests tab says who made each request: the client, a recorded representative
("Jane Roe, parent"), or one not recorded in the chart with the authority they claim; the names
masked in privacy mode. Found in this round's review: two access requests received the same day
read alike in the list ("Access", the day, the due date, "open"). Real vault, real widgets, a
real privacy switch; Spanish too."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import guardians, requests

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def _three_on_one_day(app: AppController) -> str:
    vault = app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(15))
    mother = guardians.add_guardian(vault, chart.client_id, "Jane Roe", authority="parent")
    day = date.today()
    requests.add_request(vault, chart.client_id, kind="access", received_on=day)
    requests.add_request(vault, chart.client_id, kind="access", received_on=day, by_representative=True,
                         guardian_id=mother.guardian_id)
    requests.add_request(vault, chart.client_id, kind="access", received_on=day, by_representative=True,
                         requester_name="Rob Stranger", requester_claim="parent")
    return chart.client_id


def _made_by(app: AppController, qtbot, client_id: str) -> list[str]:  # type: ignore[no-untyped-def]
    window = app.main_window
    assert window is not None
    window.open_chart(client_id)
    wait_ops(qtbot)
    tab = window.chart.requests
    window.chart.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 3, timeout=10_000)
    column = tab.tree.columnCount() - 1
    return sorted(tab.tree.topLevelItem(i).text(column) for i in range(3))


def test_each_request_says_who_made_it(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    client_id = _three_on_one_day(unlocked_app)
    window = unlocked_app.main_window
    assert window is not None
    assert _made_by(unlocked_app, qtbot, client_id) == [
        "Jane Roe, parent", "Rob Stranger, claiming: Parent or guardian of a minor", "The client"]
    tab = window.chart.requests
    assert tab.tree.headerItem().text(tab.tree.columnCount() - 1) == "Made by"
    window.menu_actions["privacy"].trigger()
    try:
        column = tab.tree.columnCount() - 1
        qtbot.waitUntil(lambda: "Jane Roe, parent" not in [tab.tree.topLevelItem(i).text(column) for i in range(3)])
        said = sorted(tab.tree.topLevelItem(i).text(column) for i in range(3))
        assert not any("Roe" in s or "Stranger" in s for s in said), said
        assert any(s.endswith(", parent") for s in said) and "The client" in said, said
    finally:
        window.menu_actions["privacy"].trigger()


def test_in_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:  # type: ignore[no-untyped-def]
    client_id = _three_on_one_day(unlocked_app)
    said = _made_by(unlocked_app, qtbot, client_id)
    assert "El cliente" in said and "Jane Roe, progenitor" in said, said
    assert any(s.startswith("Rob Stranger, que invoca: Progenitor o tutor de un menor") for s in said), said
    window = unlocked_app.main_window
    assert window is not None
    tab = window.chart.requests
    assert tab.tree.headerItem().text(tab.tree.columnCount() - 1) == "Hecha por"

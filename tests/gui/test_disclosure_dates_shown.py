"""The chart's Disclosures tab shows a court order's date, kept ISO in the ledger's basis
summary, as the practice writes days (found grepping for dates a user reads: the Basis column
said "court order, Superior Court, case 24-CV-1, 2025-03-14" beside the Date column's 03/28/2025).
Days after the 12th: the US and UK forms differ from each other and from ISO."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import dates
from vault_app.gui.controller import AppController
from vault_app.services import export

pytestmark = pytest.mark.gui

ORDERED, MADE = date(2025, 3, 14), date(2025, 3, 28)


@pytest.fixture(autouse=True)
def _default_practice() -> Iterator[None]:
    yield
    dates.set_practice_locale(None)


@pytest.mark.parametrize(("locale", "pattern"), (("en_US", "%m/%d/%Y"), ("en_GB", "%d/%m/%Y")))
def test_the_disclosures_tab_shows_a_court_orders_date_as_the_practice_writes_it(
        unlocked_app: AppController, qtbot, locale: str, pattern: str) -> None:
    dates.set_practice_locale(locale)
    vault = unlocked_app.vault
    window = unlocked_app.main_window
    assert vault is not None and window is not None
    client_id = add_client(unlocked_app, qtbot, "Corin Courtdate")
    court = {"judge": "Hon. A. Judge", "court": "Superior Court", "case_number": "24-CV-1",
             "order_date": ORDERED.isoformat(), "covers": ["progress"]}
    export.record_manual(vault, fx.request(client_id, basis="court_order", evidence=court, manual=True, on=MADE,
                                           recipient=fx.Recipient("Superior Court", "1 Court St")),
                         description="records as ordered", channel="mail")
    window.chart.tabs.setCurrentWidget(window.chart.disclosures)
    window.chart.disclosures.activate()
    tree = window.chart.disclosures.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=10_000)
    wait_ops(qtbot)
    row = tree.topLevelItem(0)
    assert row is not None
    assert row.text(0) == MADE.strftime(pattern)
    assert row.text(4) == f"court order, Superior Court, case 24-CV-1, {ORDERED:{pattern}} — 45 CFR 164.512(e)(1)(i)"
    assert row.text(2) == "progress notes"  # what it held: a manual record names no items

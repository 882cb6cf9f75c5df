"""The dashboard's counts (the ledger's entries, the worklist's totals, the cards' numbers) and
the worklist's section totals are written as the practice writes numbers: 12,345 in the US,
12.345 in Spain, as the client list's and the import's counts are (domain/locale_format.py
count_text). Found: "12345 entradas" under a Spanish practice's "1.234 clientes". Each screen's
own display is called with a count over 9,999 (no vault holds 10,000 entries in a test)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.gui.conftest import wait_ops
from vault_app.domain.worklist import SECTIONS, WorkItem
from vault_app.gui import dates
from vault_app.gui.controller import AppController
from vault_app.gui.dashboard import DashboardPage
from vault_app.gui.worklist import Shown, WorklistPage, describe
from vault_app.services.ledger import VerifyReport
from vault_app.services.today import LedgerState

pytestmark = pytest.mark.gui

MANY = 12_345


@pytest.fixture(params=[("es_ES", "12.345"), ("en_US", "12,345")], ids=["es_ES", "en_US"])
def practice(request: pytest.FixtureRequest, unlocked_app: AppController) -> Iterator[str]:
    """The practice's locale for the test (after the unlock, which reads the vault's), and how
    it writes MANY."""
    tag, written = request.param
    dates.set_practice_locale(tag)
    try:
        yield written
    finally:
        dates.set_practice_locale(None)


def _items(section: str, n: int) -> list[WorkItem]:
    one = WorkItem(section, "note", "n1", "c1", "DEMO-00001", "2026-01-05", 3)
    return [one] * n


def test_the_dashboard_writes_its_counts_as_the_practice_does(
        practice: str, unlocked_app: AppController, qtbot) -> None:
    page = DashboardPage(unlocked_app)
    qtbot.addWidget(page)
    wait_ops(qtbot)
    page._show_ledger(LedgerState(entries=MANY, anchor=MANY))
    assert page.cards["ledger"].value.text().startswith(practice + " "), page.cards["ledger"].value.text()
    page._verified(VerifyReport(ok=True, entries_checked=MANY, head_seq=MANY, head_mac="", anchor_seq=MANY))
    assert page.cards["ledger"].value.text().startswith(practice + " ")
    key = SECTIONS[0][0]
    page._show_worklist({key: _items(key, MANY), SECTIONS[1][0]: _items(SECTIONS[1][0], 1)})
    card = page.cards["worklist"]
    assert card.value.text() == ("12.346" if practice == "12.345" else "12,346")
    links = [b.text() for b in card._link_buttons]
    assert any(text.endswith(": " + practice) for text in links), links
    assert not any(str(MANY) in text for text in links), links


def test_the_worklist_writes_its_totals_as_the_practice_does(
        practice: str, unlocked_app: AppController, qtbot) -> None:
    page = WorklistPage(unlocked_app)
    qtbot.addWidget(page)
    key = SECTIONS[0][0]
    items = _items(key, MANY)
    page._show(Shown({key: items}, {key: [describe(item) for item in items]}))  # as the worker hands it
    heading = page.sections[key].text(0)
    assert heading.endswith(f"({practice})"), heading

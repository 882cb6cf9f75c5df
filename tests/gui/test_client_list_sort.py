"""The client list's headers sort it (found by a walker: they looked clickable and sorted nothing).
A click on "Chart" or "Last seen" asks the service for the whole list in that order, a page at a
time: "Show more" goes on in the order chosen, not by name; a second click turns it round.
"Last seen" starts from the longest while (never seen first): "who have I not seen for a while"."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from tests.core.disclosure_fixtures import days_ago
from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere, rows, window_of
from vault_app.gui.client_list import PAGE_SIZE
from vault_app.gui.controller import AppController
from vault_app.services import clients, sessions
from vault_app.services.vault import Vault

CHARTS = PAGE_SIZE + 20


def _many(vault: Vault) -> None:
    for i in range(CHARTS):
        client = clients.create_client(vault, f"Orden Cliente {i:03d}", date_of_birth="1975-05-05")
        if i in (5, 6):
            sessions.add_session(vault, client.client_id, date=days_ago(10 if i == 5 else 400), duration_minutes=50)


def _click_heading(panel, qtbot, column: int) -> None:  # type: ignore[no-untyped-def]
    header = panel.tree.header()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    wait_ops(qtbot)


def _all_rows(panel, qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    while not panel.more_button.isHidden():
        qtbot.mouseClick(panel.more_button, Qt.MouseButton.LeftButton)
        wait_ops(qtbot)
    return rows(panel.tree)


def test_the_headers_sort_the_whole_list_across_pages(unlocked_app: AppController, qtbot) -> None:
    panel = window_of(unlocked_app).client_list
    elsewhere(unlocked_app, qtbot, _many)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: panel.tree.header().isVisible())

    _click_heading(panel, qtbot, 1)  # Chart: from the first chart number
    first = rows(panel.tree)
    assert len(first) == PAGE_SIZE
    charts = [r.split(" | ")[1] for r in _all_rows(panel, qtbot)]
    assert len(charts) == CHARTS and charts == sorted(charts)

    _click_heading(panel, qtbot, 1)  # again: the other way round, pages included
    charts = [r.split(" | ")[1] for r in _all_rows(panel, qtbot)]
    assert len(charts) == CHARTS and charts == sorted(charts, reverse=True)

    _click_heading(panel, qtbot, 2)  # Last seen: never seen first, the most recent last
    names = [r.split(" | ")[0] for r in _all_rows(panel, qtbot)]
    assert len(names) == CHARTS
    assert names[-2].startswith("Orden Cliente 006") and names[-1].startswith("Orden Cliente 005")
    assert "last seen" in panel.tree.header().toolTip().lower()

    _click_heading(panel, qtbot, 0)  # Name: the list's own order again
    names = [r.split(" | ")[0] for r in rows(panel.tree)]
    assert names == sorted(names)

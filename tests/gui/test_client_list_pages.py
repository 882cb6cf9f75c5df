"""The client list on screen a page at a time (issue 21): the first 100 charts, then more
with "Show more" or by scrolling to the end; search narrows in SQL; a change notice keeps
what was shown."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere, rows, window_of
from vault_app.gui.client_list import PAGE_SIZE
from vault_app.gui.controller import AppController
from vault_app.services import clients
from vault_app.services.vault import Vault

CHARTS = 2 * PAGE_SIZE + 30


def _many(vault: Vault) -> None:
    for i in range(CHARTS):
        clients.create_client(vault, f"Pagina Cliente {i:03d}", date_of_birth="1975-05-05")


def test_the_list_shows_a_page_then_more(unlocked_app: AppController, qtbot) -> None:
    panel = window_of(unlocked_app).client_list
    elsewhere(unlocked_app, qtbot, _many)  # its change notice refreshes the list
    wait_ops(qtbot)
    assert panel.tree.topLevelItemCount() == PAGE_SIZE
    assert panel.count_label.text() == f"{PAGE_SIZE} of {CHARTS} charts"
    assert not panel.more_button.isHidden()
    assert rows(panel.tree)[0].startswith("Pagina Cliente 000")

    qtbot.mouseClick(panel.more_button, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    assert panel.tree.topLevelItemCount() == 2 * PAGE_SIZE

    bar = panel.tree.verticalScrollBar()
    panel.resize(320, 400)
    panel.show()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())  # scrolled to the end: the next page comes
    wait_ops(qtbot)
    assert panel.tree.topLevelItemCount() == CHARTS
    assert panel.more_button.isHidden()
    assert panel.count_label.text() == f"{CHARTS} clients"
    names = [r.split(" | ")[0] for r in rows(panel.tree)]
    assert names == sorted(names) and len(set(names)) == CHARTS

    # A change notice reloads from the top, as many rows as were shown.
    elsewhere(unlocked_app, qtbot, lambda v: clients.create_client(v, "Primo Abad", date_of_birth="1980-01-01"))
    wait_ops(qtbot)
    assert panel.tree.topLevelItemCount() == CHARTS + 1
    # by last name (storage LIST_KEY): "Abad" after the digits "Pagina Cliente 059" ends on
    assert rows(panel.tree)[-1].startswith("Primo Abad")


def test_search_reads_its_matches_only(unlocked_app: AppController, qtbot) -> None:
    panel = window_of(unlocked_app).client_list
    elsewhere(unlocked_app, qtbot, _many)
    wait_ops(qtbot)
    panel.search.setText("cliente 12")  # names 012, 120-129, and chart numbers holding 12
    panel.refresh()
    wait_ops(qtbot)
    expected = [f"{r.display_name} | {r.chart_number}" for r in
                clients.find_clients(unlocked_app.vault, "active", "cliente 12")]  # type: ignore[arg-type]
    assert 11 <= len(expected) < PAGE_SIZE
    assert [" | ".join(r.split(" | ")[:2]) for r in rows(panel.tree)] == expected
    assert panel.more_button.isHidden()
    assert panel.count_label.text() == f"{len(expected)} clients"
    panel.search.setText("nadie")
    panel.refresh()
    wait_ops(qtbot)
    assert panel.tree.topLevelItemCount() == 0
    assert panel.count_label.text() == "No clients match."
    panel.search.setText("")
    panel.filter.setCurrentIndex(panel.filter.findData("discharged"))
    panel.refresh()
    wait_ops(qtbot)
    assert panel.count_label.text() == "No discharged clients."  # nothing searched: not "match"


def test_privacy_masks_every_page(unlocked_app: AppController, qtbot) -> None:
    panel = window_of(unlocked_app).client_list
    elsewhere(unlocked_app, qtbot, _many)
    wait_ops(qtbot)
    panel.set_privacy(True)
    panel.load_more()
    wait_ops(qtbot)
    assert panel.tree.topLevelItemCount() == 2 * PAGE_SIZE
    assert not any("Pagina" in r for r in rows(panel.tree))


def test_a_new_search_starts_at_one_page(unlocked_app: AppController, qtbot) -> None:
    panel = window_of(unlocked_app).client_list
    elsewhere(unlocked_app, qtbot, _many)
    wait_ops(qtbot)
    panel.load_more()
    wait_ops(qtbot)
    assert panel.tree.topLevelItemCount() == 2 * PAGE_SIZE
    panel.search.setText("pagina")  # every chart matches: one page of them, not two
    panel.refresh()
    wait_ops(qtbot)
    assert panel.tree.topLevelItemCount() == PAGE_SIZE
    assert panel.count_label.text() == f"First {PAGE_SIZE} charts"


def test_a_list_still_loading_says_so_not_that_there_are_no_clients(unlocked_app: AppController, qtbot) -> None:
    """Found in the real app (a 300-client vault upgraded at its unlock, machine busy): the list
    said "No active clients. Add one with New client" for a second before its first page came,
    when the privacy setting drew the still empty list."""
    panel = window_of(unlocked_app).client_list
    elsewhere(unlocked_app, qtbot, lambda v: clients.create_client(v, "Ana Cargando", date_of_birth="1975-05-05"))
    wait_ops(qtbot)
    panel.clear()
    panel.refresh()
    panel.set_privacy(False)  # draws the rows there are: none yet
    assert panel.count_label.text() == "Loading clients…"
    wait_ops(qtbot)
    assert panel.count_label.text() == "1 client"

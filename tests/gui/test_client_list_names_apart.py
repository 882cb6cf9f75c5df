"""The client list tells clients apart by what a therapist knows them by: the preferred name
with the legal one beside it ("Dan (Daniel Ortiz)"), and the birth year where two rows would
read the same ("Sam Rivers, born 1984"). Found by a walker: "Dan" alone, and two imported "Sam
Rivers" told apart only by the chart number. The search still finds either name; privacy mode
shows neither. Real vault, real widgets; Spanish too."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from vault_app.gui import prefs
from vault_app.gui.controller import AppController
from vault_app.services import clients

pytestmark = pytest.mark.gui


def _names(app: AppController, qtbot, search: str = "") -> list[str]:  # type: ignore[no-untyped-def]
    panel = app.main_window.client_list  # type: ignore[union-attr]
    panel.search.setText(search)
    panel.refresh()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not panel._refreshing, timeout=10_000)
    tree = panel.tree
    return sorted(tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount()))


def _clients(app: AppController) -> None:
    vault = app.vault
    assert vault is not None
    clients.create_client(vault, "Daniel Ortiz", preferred_name="Dan", date_of_birth="1979-03-02")
    clients.create_client(vault, "Sam Rivers", date_of_birth="1984-05-06")
    clients.create_client(vault, "Sam Rivers", date_of_birth="1991-07-08")
    clients.create_client(vault, "Wren Holloway", preferred_name="Wren Holloway", date_of_birth="1990-01-01")


def test_preferred_and_legal_names_and_the_year_where_names_collide(unlocked_app: AppController, qtbot) -> None:
    prefs.put("privacy_mode", False)
    _clients(unlocked_app)
    assert _names(unlocked_app, qtbot) == ["Dan (Daniel Ortiz)", "Sam Rivers, born 1984", "Sam Rivers, born 1991",
                                            "Wren Holloway"]
    # The search finds either name; one Sam Rivers alone needs no year.
    assert _names(unlocked_app, qtbot, "Daniel") == ["Dan (Daniel Ortiz)"]
    assert _names(unlocked_app, qtbot, "Dan") == ["Dan (Daniel Ortiz)"]
    assert _names(unlocked_app, qtbot, "Rivers") == ["Sam Rivers, born 1984", "Sam Rivers, born 1991"]
    panel = unlocked_app.main_window.client_list  # type: ignore[union-attr]
    panel.set_privacy(True)
    assert all("Dan" not in n and "Sam" not in n and "19" not in n for n in _names(unlocked_app, qtbot))
    panel.set_privacy(False)


def test_in_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    prefs.put("privacy_mode", False)
    _clients(unlocked_app)
    names = _names(unlocked_app, qtbot)
    assert "Sam Rivers, nac. 1984" in names and "Dan (Daniel Ortiz)" in names, names

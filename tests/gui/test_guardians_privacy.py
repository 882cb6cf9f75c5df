"""Privacy mode and the Guardians dialog (sixteenth round, in the real app): with names hidden
the overview read "••••••• (mother, parent)", but Guardians… listed "Dana Edgewater", the
mother's name with the client's own surname, for anyone looking at the screen."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import MASK
from vault_app.services import clients, guardians

pytestmark = pytest.mark.gui


def test_the_guardian_list_hides_names_in_privacy_mode(unlocked_app: AppController, qtbot) -> None:
    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    client = clients.create_client(vault, "Mia Edgewater", date_of_birth="2010-12-04")
    guardians.add_guardian(vault, client.client_id, name="Dana Edgewater", relationship="mother", authority="parent")
    window.open_chart(client.client_id)
    wait_ops(qtbot)
    window.menu_actions["privacy"].trigger()
    assert "Edgewater" not in window.chart.overview.fields["guardians"].text()
    dialog = window.chart.overview.edit_guardians()
    assert dialog is not None
    wait_ops(qtbot)
    row = dialog.list.topLevelItem(0)
    assert row is not None
    shown = [row.text(c) for c in range(dialog.list.columnCount())]
    assert not any("Edgewater" in text for text in shown), shown
    assert shown[0] == MASK and shown[1] == "mother"
    dialog.reject()
    wait_ops(qtbot)

    window.menu_actions["privacy"].trigger()  # names shown again: the list names the guardian
    dialog = window.chart.overview.edit_guardians()
    assert dialog is not None
    wait_ops(qtbot)
    row = dialog.list.topLevelItem(0)
    assert row is not None and row.text(0) == "Dana Edgewater"
    dialog.reject()
    wait_ops(qtbot)

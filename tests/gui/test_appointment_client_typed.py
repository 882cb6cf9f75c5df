"""New appointment's Client drop-down, keyboard first with Spanish names (walker wspanish, round 39): its
clients came in chart-number order (C00001, C00002… under preferred names like "Majo"), and typing found
an item only by the start of its text, accents counted: "ang" never reached "Ángel Zúñiga", nor "zu".
The list is now in the client list's order, and typing finds a client by the start of any word of the
name, accents and case ignored. Real widgets, real key events, a real vault."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def _dialog(app: AppController, qtbot, count: int):  # type: ignore[no-untyped-def]
    window = app.main_window
    assert window is not None
    window.show_agenda()
    wait_ops(qtbot)
    dialog = window.agenda.new_appointment()
    qtbot.waitUntil(lambda: dialog.client.count() == count)
    return dialog


def test_the_clients_are_in_the_client_list_s_order_and_found_by_any_word(
        unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    for name in ("Zoe Zamora", "Ángel Zúñiga", "Ana Ávila", "Beto Nava"):
        add_client(unlocked_app, qtbot, name)
    dialog = _dialog(unlocked_app, qtbot, 4)
    shown = [dialog.client.itemText(i).split(" · ")[0] for i in range(dialog.client.count())]
    assert shown == ["Ana Ávila", "Beto Nava", "Zoe Zamora", "Ángel Zúñiga"]  # by surname, as the list
    dialog.client.setFocus()
    qtbot.waitUntil(dialog.client.hasFocus)
    qtbot.keyClicks(dialog.client, "ang")
    assert dialog.client.currentText().startswith("Ángel Zúñiga")
    qtbot.keyClicks(dialog.client, "nav")  # "angn" finds none: a new search, by the surname
    assert dialog.client.currentText().startswith("Beto Nava")
    qtbot.keyClicks(dialog.client, "zu")
    assert dialog.client.currentText().startswith("Ángel Zúñiga")
    dialog.reject()
    wait_ops(qtbot)

"""Client details (Chart > Edit details…) on a 1366x768 laptop at 125 % (1093x614 logical pixels)
and at 150 % (910x512). Found by the month-end walker at 125 %: it opened 800x805, its Save and
Cancel below the screen's edge. It now opens within the screen's room and can be made that small:
the fields scroll, down only, Save and Cancel outside the scroll, always in view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QDialogButtonBox, QScrollArea

from tests.gui import test_dialogs_fit_150_percent as fit
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import screen_fit
from vault_app.gui.client_details import ClientDetailsDialog
from vault_app.gui.controller import AppController
from vault_app.gui.screen_fit import inner_room
from vault_app.services import clients

pytestmark = pytest.mark.gui

LAPTOPS = {"125": QRect(0, 0, 1093, 614), "150": fit.LAPTOP_150}


@pytest.mark.parametrize("scale", sorted(LAPTOPS))
def test_client_details_fit_a_laptop(unlocked_app: AppController, qtbot, language: str,  # type: ignore[no-untyped-def]
                                     monkeypatch: pytest.MonkeyPatch, scale: str) -> None:
    laptop = LAPTOPS[scale]
    monkeypatch.setattr(screen_fit, "room_of", lambda _window: laptop)
    room = inner_room(laptop).size()
    vault = unlocked_app.vault
    assert vault is not None
    client_id = add_client(unlocked_app, qtbot, "Maximiliana Evangelina Sparrowstone")
    dialog = ClientDetailsDialog(unlocked_app, clients.get_client(vault, client_id))
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    qtbot.waitExposed(dialog)
    least = fit._least(dialog)
    assert least.width() <= room.width() and least.height() <= room.height(), (scale, least, room)
    assert dialog.width() <= room.width() and dialog.height() <= room.height(), (scale, dialog.size(), room)
    # Save and Cancel never scroll away with the fields, and the fields are whole across
    areas = dialog.findChildren(QScrollArea)
    assert areas, "the fields scroll"
    buttons = dialog.findChildren(QDialogButtonBox)[-1]
    for area in areas:
        held = area.widget()
        assert held is not None and not held.isAncestorOf(buttons) and not held.isAncestorOf(dialog.save_button)
        qtbot.waitUntil(lambda area=area, held=held: held.width() <= area.viewport().width())
    assert dialog.rect().contains(buttons.geometry())
    dialog.reject()
    wait_ops(qtbot)

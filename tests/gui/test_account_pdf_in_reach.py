"""The account's "Make the PDF" is in reach without scrolling on a small screen. Found by the
Spanish walker at 125 % on 1366x768 (shots 63, 68): the superbill's fields and "Crear el PDF"
sat below the scrolling body's fold, under the hints about US forms and the practice's missing
details. The button stays outside what scrolls, beside Close. The real dialog in Spanish."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import i18n
from vault_app.gui.account_dialog import AccountDialog
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

ROOM = (757, 560)  # what the walker's dialog had at 125 % on 1366x768, in logical pixels


@pytest.fixture
def in_spanish(qapp: object) -> Iterator[None]:
    assert i18n.install("es") == "es"
    yield
    i18n.install("en")


def test_make_the_pdf_is_shown_whole_at_the_top_of_the_scroll(unlocked_app: AppController, qtbot: Any,
                                                              in_spanish: None) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, name="Alex Cuenta")
    dialog = AccountDialog(unlocked_app, client_id, parent=window)
    qtbot.addWidget(dialog)
    dialog.resize(*ROOM)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    area = dialog.body_area
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0, timeout=10_000)  # it does scroll
    area.verticalScrollBar().setValue(0)
    QApplication.processEvents()
    button = dialog.issue_button
    assert button.text().replace("&", "") == "Crear el PDF"
    assert button.isVisible()
    assert button.visibleRegion().boundingRect() == button.rect()
    dialog.close()

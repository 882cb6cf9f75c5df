"""Settings in Spanish at its first size: its practice page does not scroll sideways (at 620 px
it did, its retention rows wider in Spanish, and cut the notes' lines and the fields at the right;
found in the real app at 1280x800), and the dialog stays within the screen."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QScrollArea

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.screen_fit import room_of
from vault_app.gui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_practice_page_needs_no_sideways_scroll(unlocked_app: AppController, qtbot: Any, language: str,
                                                    request: pytest.FixtureRequest) -> None:
    if language == "es":
        request.getfixturevalue("spanish")
    window = unlocked_app.main_window
    assert window is not None
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    wait_ops(qtbot)
    dialog.pages.setCurrentIndex(1)
    qtbot.waitUntil(lambda: dialog.pages.widget(1).isVisible())
    area = dialog.pages.widget(1)
    assert isinstance(area, QScrollArea)
    assert area.horizontalScrollBar().maximum() == 0, (area.viewport().width(), area.widget().minimumSizeHint())
    assert dialog.width() >= 620 and dialog.width() <= room_of(dialog).width()
    dialog.reject()

"""The Jurisdiction settings window is called what the buttons that open it say. Found in the real
app in Spanish: Settings' button read "Ajustes de jurisdicción…" and opened a window titled
"Configuración de la jurisdicción" (the decision's button said the latter)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.core.decision_helpers import make_chart
from tests.gui.conftest import wait_ops
from tests.gui.test_decision_dialog import open_dialog, press
from vault_app.gui.controller import AppController
from vault_app.gui.settings_dialog import SettingsDialog
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


def _words(text: str) -> str:
    return text.replace("&", "").removesuffix("…").removesuffix("...")


def _from_settings(app: AppController, qtbot: Any) -> tuple[str, str]:
    window = app.main_window
    assert window is not None
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    wait_ops(qtbot)
    dialog.pages.setCurrentIndex(1)
    button = dialog.minor_consent.edit
    qtbot.waitUntil(button.isEnabled)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    opened = dialog.minor_consent.dialog
    assert opened is not None
    qtbot.waitUntil(opened.isVisible)
    return button.text(), opened.windowTitle()


def _from_a_decision(vault: Vault, qtbot: Any) -> tuple[str, str]:
    chart = make_chart(vault)
    dialog = open_dialog(vault, qtbot, chart.client_id, trigger="subpoena")
    press(dialog, qtbot)
    dialog.duty_page.answers["yes"].setChecked(True)
    press(dialog, qtbot)
    button = dialog.exception_page.settings_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    opened = dialog.settings_dialog
    assert opened is not None
    qtbot.waitUntil(opened.isVisible)
    return button.text(), opened.windowTitle()


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_window_is_named_as_the_settings_button(unlocked_app: AppController, qtbot: Any, language: str,
                                                     request: pytest.FixtureRequest) -> None:
    if language == "es":
        request.getfixturevalue("spanish")
    button, title = _from_settings(unlocked_app, qtbot)
    assert _words(button) == title


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_window_is_named_as_the_decision_s_button(vault: Vault, qtbot: Any, language: str,
                                                       request: pytest.FixtureRequest) -> None:
    if language == "es":
        request.getfixturevalue("spanish")
    button, title = _from_a_decision(vault, qtbot)
    assert _words(button) == title

"""Settings' Cancel (or Escape) after a choice was changed asks about "your changes", not "what you
typed" (found by a walker in Spanish: "¿Cerrar sin guardar lo que escribió?" after a state was
chosen and a box ticked, nothing typed), and each of its answers has an Alt letter. Real Qt
widgets, real vault."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import wait_ops
from tests.gui.test_window_mnemonics import language  # noqa: F401  (the fixture: en, then es)
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import mnemonic_of

pytestmark = pytest.mark.gui


def test_settings_cancel_asks_about_the_changes_made(
        language: str, unlocked_app: AppController, qtbot: Any) -> None:  # noqa: F811
    from vault_app.gui.settings_dialog import SettingsDialog

    window = unlocked_app.main_window
    assert window is not None
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    wait_ops(qtbot)
    dialog.lock_minutes.setValue(dialog.lock_minutes.value() + 1)  # a choice, nothing typed
    dialog.cancel()
    box = dialog.leave_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    wanted = {"en": "Close without saving your changes?", "es": "¿Cerrar sin guardar sus cambios?"}[language]
    assert box.text() == wanted
    assert "typed" not in box.informativeText() and "escribió" not in box.informativeText()
    letters = [mnemonic_of(b.text()) for b in box.buttons()]
    assert all(letters) and len(set(letters)) == len(letters), [b.text() for b in box.buttons()]
    box.reject()
    dialog.reject()
    wait_ops(qtbot)

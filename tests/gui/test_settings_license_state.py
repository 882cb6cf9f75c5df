"""Settings' license state is the first-run wizard's own choice (found on the Spanish screens:
"Estado de la licencia" was a drop-down in the wizard and free text in Settings, where "tx",
"Texas" or a typo were only found out at Save). The same StateBox, picked by typing "TX" or
"Texas"; a value stored by an older version that names no state is shown as stored, not lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.state_box import StateBox
from vault_app.services import practice

pytestmark = pytest.mark.gui


def _settings(app: AppController, qtbot):  # type: ignore[no-untyped-def]
    from vault_app.gui.settings_dialog import SettingsDialog

    window = app.main_window
    assert window is not None
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    wait_ops(qtbot)
    return dialog


def test_settings_pick_the_license_state_as_the_wizard_does(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _settings(unlocked_app, qtbot)
    box = dialog.license_state
    assert isinstance(box, StateBox)
    assert box.currentData() == "" and not dialog.typed()
    dialog.pages.setCurrentIndex(1)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClicks(box, "Texas")
    assert box.currentData() == "TX"
    assert dialog.typed(), "a state chosen is typing: a stray Escape must not drop it"
    dialog.profile["clinician_name"].setText("Jordan Lee")
    dialog.profile["license_number"].setText("LC-1")
    dialog.save()
    wait_ops(qtbot)
    assert not dialog.isVisible(), dialog.message.text()
    vault = unlocked_app.vault
    assert vault is not None
    assert practice.load(vault).license_state == "TX"

    again = _settings(unlocked_app, qtbot)  # shown as stored
    assert again.license_state.currentData() == "TX" and not again.typed()
    again.reject()


def test_a_state_without_its_number_is_refused_at_the_number(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _settings(unlocked_app, qtbot)
    dialog.profile["clinician_name"].setText("Jordan Lee")
    dialog.license_state.setCurrentIndex(dialog.license_state.findData("CA"))
    dialog.save()
    wait_ops(qtbot)
    assert dialog.isVisible() and "license number" in dialog.message.text()
    assert dialog.license_state.currentData() == "CA", "what was chosen stays"
    qtbot.waitUntil(lambda: dialog.profile["license_number"].hasFocus() or dialog.focusWidget()
                    is dialog.profile["license_number"])
    dialog.reject()


def test_escape_leaves_an_unchanged_state_alone(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _settings(unlocked_app, qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())

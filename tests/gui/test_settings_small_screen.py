"""Settings fits a 720-px-high screen (a 1366x768 laptop less its panel): its practice page grew
past it once Dates and money was added, and Save and Cancel sat below the screen's edge (found in
the real app at 1000x720). Its pages scroll instead; every field is still on them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QScrollArea

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

SCREEN_HEIGHT = 720
TITLE_BAR = 40  # what a window manager adds above the dialog, generously


def test_settings_fit_a_720_pixel_screen_and_keep_every_field(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui.settings_dialog import SettingsDialog

    window = unlocked_app.main_window
    assert window is not None
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    wait_ops(qtbot)
    assert dialog.minimumSizeHint().height() + TITLE_BAR <= SCREEN_HEIGHT, dialog.minimumSizeHint()
    assert dialog.height() + TITLE_BAR <= SCREEN_HEIGHT
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None and buttons.isVisible()
    for index in range(dialog.pages.count()):
        assert isinstance(dialog.pages.widget(index), QScrollArea)
    # The practice page's fields are all there, in its scroll area.
    practice_area = dialog.pages.widget(1)
    assert isinstance(practice_area, QScrollArea)
    for name in ("clinician_name", "npi", "tax_id"):
        assert practice_area.widget().isAncestorOf(dialog.profile[name]), name
    dialog.reject()

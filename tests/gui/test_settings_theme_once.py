"""Saving Settings re-applies the theme only when it changed: applying it re-styles every
widget of the app, and each save of the practice's details did so (a test worker crashed
with a segmentation fault inside that re-styling, tests/gui/test_clinician_setup.py, in the
round's last whole run). Real dialog, real vault, the real theme function counted."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from vault_app.gui import prefs, theme
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def test_the_theme_is_applied_only_when_it_changed(unlocked_app: AppController, qtbot,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from vault_app.gui.settings_dialog import SettingsDialog

    window = unlocked_app.main_window
    assert window is not None
    prefs.put("theme", "system")
    applied: list[str] = []
    real = theme.apply
    monkeypatch.setattr(theme, "apply", lambda app, name="system": (applied.append(name), real(app, name))[1])
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    wait_ops(qtbot)
    dialog.profile["clinician_name"].setText("Jordan Lee")
    dialog.save()
    wait_ops(qtbot)
    assert not dialog.isVisible() and applied == [], "the same theme: nothing re-styled"
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    wait_ops(qtbot)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.save()
    wait_ops(qtbot)
    assert applied == ["dark"] and prefs.get("theme") == "dark"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    real(app, "system")  # the next tests start in the system's colours
    prefs.put("theme", "system")

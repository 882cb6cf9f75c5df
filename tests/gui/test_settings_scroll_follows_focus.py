"""Settings' pages scroll to the field the keyboard reaches: the retention fields sat below the
window's edge while a walker tabbed to them and typed (found in the real app, Settings at its
first size). Real window, real scroll area, the keyboard's Tab."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.number_field import TypedNumber
from vault_app.gui.settings_dialog import SettingsDialog
from vault_app.gui.widgets import mnemonic_of

pytestmark = pytest.mark.gui


def test_tab_to_a_retention_field_scrolls_it_into_view(unlocked_app: AppController, qtbot: Any) -> None:
    window = unlocked_app.main_window
    assert window is not None
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    dialog.resize(dialog.width(), 360)  # a low screen: the practice page scrolls
    dialog.pages.setCurrentIndex(1)
    area = dialog.pages.currentWidget()
    assert isinstance(area, QScrollArea)
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    assert area.verticalScrollBar().value() == 0
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    # Tab by Tab from the page's first field to the last retention number, as a walker did.
    fields = [f for f in dialog.retention.findChildren(TypedNumber) if f.isVisible()]
    assert fields
    first = next(w for w in area.widget().findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus
                 and w.isVisible())
    first.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(60):
        focused = QApplication.focusWidget()
        if focused is fields[-1] or (focused is not None and fields[-1].isAncestorOf(focused)):
            break
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not None and area.widget().isAncestorOf(focused)
    qtbot.waitUntil(lambda: area.viewport().rect().contains(focused.mapTo(area.viewport(), focused.rect().center())))
    # And by a label's Alt letter: the field it leads to comes into view too.
    first.setFocus(Qt.FocusReason.TabFocusReason)  # away from it first, back at the top
    area.verticalScrollBar().setValue(0)
    label = next(lab for lab in reversed(area.widget().findChildren(QLabel))
                 if lab.buddy() is not None and mnemonic_of(lab.text()) and lab.isVisible()
                 and not area.viewport().rect().contains(lab.buddy().mapTo(area.viewport(), QPoint(0, 0))))
    qtbot.keyClick(dialog, mnemonic_of(label.text()), Qt.KeyboardModifier.AltModifier)
    buddy = label.buddy()
    qtbot.waitUntil(lambda: buddy.hasFocus() or buddy.isAncestorOf(QApplication.focusWidget()))
    qtbot.waitUntil(lambda: area.viewport().rect().contains(buddy.mapTo(area.viewport(), buddy.rect().center())))
    dialog.reject()
    wait_ops(qtbot)

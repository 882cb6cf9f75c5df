"""Settings > About you and the practice, walked with Tab as the form reads, top to bottom. Found by a
walker (keyboard first): Tab went from Tax ID to Practice, and Dates and money, the row between them,
came only after Privacy contact, at the bottom; typing the practice's details in order put them one
field off. Real app, real widgets, real key presses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui


def test_tab_goes_down_the_practice_form_in_its_order(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    dialog = SettingsDialog(unlocked_app, parent=window)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    tabs.setCurrentIndex(1)  # About you and the practice
    p = dialog.profile
    expected: list[QWidget] = [p["npi"], p["tax_id"], dialog.locale_box, dialog.zone_box, p["practice_name"],
                               p["address"], p["phone"], p["privacy_contact"]]
    expected[0].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is expected[0])
    walked = [QApplication.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    assert [w.accessibleName() for w in walked if w is not None] == [w.accessibleName() for w in expected]
    # And on from the last of them to the retention part below, not back up the form.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    after = QApplication.focusWidget()
    assert after is not None and after not in expected and after.isVisibleTo(dialog), after
    assert dialog.retention.isAncestorOf(after), (type(after).__name__, after.accessibleName())
    dialog.reject()

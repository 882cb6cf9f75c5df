"""The Treatment plan window at 200 % on a 1920x1080 screen (960x540 logical pixels) and on a
1366x768 laptop at 150 % (910x512). Found by a keyboard-only therapist with low vision: Alt+1,
Alt+P opened it 680 pixels high, Goal target date, Goal status, Save plan and Cancel below the
screen's edge; Tab reached them unseen. It now opens within the screen's room: the plan and its
goals scroll, down only, Save plan and Cancel always in view, and a field Tab reaches is
scrolled to (as Client details and Guardians)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QScrollArea

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import i18n, screen_fit
from vault_app.gui.controller import AppController
from vault_app.gui.plan_dialog import PlanDialog
from vault_app.gui.screen_fit import inner_room
from vault_app.services import plans

pytestmark = pytest.mark.gui

ALT = Qt.KeyboardModifier.AltModifier


@pytest.mark.parametrize(("language", "screen"), [
    ("en", QRect(0, 0, 960, 540)), ("es", QRect(0, 0, 960, 540)), ("en", QRect(0, 0, 910, 512))])
def test_the_plan_opened_by_keyboard_fits_the_screen_with_its_buttons_in_view(
        unlocked_app: AppController, qtbot, monkeypatch: pytest.MonkeyPatch, language: str, screen: QRect) -> None:
    monkeypatch.setattr(screen_fit, "room_of", lambda _window: screen)
    room = inner_room(screen).size()
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, "Paz Planperson")
    plans.update_plan(vault, client_id, problems="Insomnia", goals=[
        {"description": "Sleep through the night", "objectives": ["Diary", "No screens after 10"]},
        {"description": "Walk daily"}, {"description": "Return to work"}])
    assert i18n.install(language) == language
    try:
        window.open_chart(client_id)
        wait_ops(qtbot)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.chart.tabs.currentWidget().setFocus()
        QTest.keyClick(window.chart, Qt.Key.Key_1, ALT)  # Overview
        wait_ops(qtbot)
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_P, ALT)  # Edit plan…
        qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(PlanDialog)))
        dialog = next(d for d in window.findChildren(PlanDialog) if d.isVisible())
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.wait(20)  # the layout's next pass

        size, least = dialog.size(), dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        assert size.width() <= room.width() and size.height() <= room.height(), (size, room)
        assert least.height() <= room.height(), (least, room)
        buttons = dialog.findChildren(QDialogButtonBox)[-1]
        for area in dialog.findChildren(QScrollArea):
            held = area.widget()
            assert held is None or not held.isAncestorOf(dialog.save_button), "Save plan scrolls away"
        inside = QRect(0, 0, dialog.width(), dialog.height())
        assert inside.contains(buttons.geometry()), (buttons.geometry(), inside)

        # Tab to the goal's status, at the form's end: scrolled into view, never below the edge.
        for _ in range(40):
            if dialog.status.hasFocus():
                break
            now = QApplication.focusWidget()
            assert now is not None
            QTest.keyClick(now, Qt.Key.Key_Tab)
        assert dialog.status.hasFocus()
        wait_ops(qtbot)
        shown = dialog.status.mapTo(dialog, dialog.status.rect().bottomLeft())
        assert 0 <= shown.y() <= dialog.height(), (shown, dialog.height())
        assert not dialog.status.visibleRegion().isEmpty()
        dialog.reject()
        wait_ops(qtbot)
    finally:
        i18n.install("en")

"""Ctrl+Shift+S signs (after its summary) in the chart's Psychotherapy tab, as F1 and docs/gui.md
say and as in the progress-note editor (found by a NY walker: it did nothing there; only Alt+K
signed). One binding for both places: gui/note_keys.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import wait_ops
from tests.gui.test_psychotherapy_held_over_lock import _writing
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def test_ctrl_shift_s_in_the_psychotherapy_tab_asks_to_sign_and_signs(unlocked_app: AppController, qtbot) -> None:
    tab, _client_id = _writing(unlocked_app, qtbot)
    window = unlocked_app.main_window
    assert window is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    tab.editor.setFocus()
    tab.flush()
    wait_ops(qtbot)
    qtbot.keyClick(tab.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: getattr(tab.form, "sign_confirm", None) is not None and tab.form.sign_confirm.isVisible(),
                    timeout=10_000)
    assert not tab.signed, "a summary first, signing only on Sign"
    tab.form.sign_confirm.defaultButton().click()  # "Sign"
    qtbot.waitUntil(lambda: tab.signed, timeout=10_000)

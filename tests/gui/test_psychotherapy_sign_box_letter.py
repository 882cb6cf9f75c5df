"""The Psychotherapy tab's sign question, in Spanish, shows an Alt letter that cannot be read as
another, and that letter signs. Found by the day's walker (round 45, on Xvfb): the box's "Firmar"
was "Fi&rmar" (F is the tab's own "&Firmar y sellar"): the underline of the r, right after a narrow
i, was read as the i's, and Alt+I did nothing (Return signed). Real tab, real box, the key sent to
the widget that has the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.conftest import wait_ops
from tests.gui.test_confirm_alt_letter import KEYS
from tests.gui.test_psychotherapy_typing import _open_tab_and_unlock
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import FAINT, mnemonic_of

pytestmark = pytest.mark.gui


def test_the_spanish_sign_box_letter_is_seen_as_itself_and_signs(spanish_app: AppController, qtbot) -> None:
    _open_tab_and_unlock(spanish_app, qtbot)
    window = spanish_app.main_window
    assert window is not None
    tab = window.chart.psychotherapy
    qtbot.keyClicks(tab.editor, "Senti ganas de rescatarla.")
    wait_ops(qtbot)
    tab.sign()
    qtbot.waitUntil(lambda: tab.form.sign_confirm is not None and tab.form.sign_confirm.isVisible(), timeout=10_000)
    box = tab.form.sign_confirm
    assert box is not None
    qtbot.waitUntil(box.isActiveWindow, timeout=10_000)
    sign = next(b for b in box.buttons() if b.text().replace("&", "") == "Firmar")
    text = sign.text()
    at = text.index("&")
    assert text[at + 1] not in FAINT and (at == 0 or text[at - 1] not in FAINT), \
        f"{text!r}: its underline is read as the narrow letter beside it"
    assert mnemonic_of(text) != "f", "the tab's own Firmar y sellar has F: a second Alt+F would sign"
    focus = QApplication.focusWidget()
    assert isinstance(focus, QWidget) and focus.window() is box
    qtbot.keyClick(focus, KEYS[mnemonic_of(text)], Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: tab.signed, timeout=10_000)
    wait_ops(qtbot)

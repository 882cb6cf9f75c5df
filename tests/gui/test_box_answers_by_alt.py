"""A question box is answered by Alt and a letter, Enter, Escape or a click, never by a letter
typed alone. Found on Xvfb: the words typed after a box opened answered it ("Circuit" pressed
Cancel on "Close without exporting?"); typed into "Close without saving?", a word beginning with
that button's letter closed the form and lost what was typed. Real boxes, real key events."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from vault_app.gui.confirm import confirm

pytestmark = pytest.mark.gui


def _letter(button: QAbstractButton) -> str:
    text = button.text()
    return text[text.index("&") + 1].lower()


def _box(qtbot: Any) -> tuple[QWidget, QMessageBox, list[bool]]:
    parent = QWidget()
    qtbot.addWidget(parent)
    answered: list[bool] = []
    box = confirm(parent, "Close?", "Close without saving?", ["What you typed here is not saved."],
                  "Close without saving", lambda: answered.append(True), warnings=["Enter goes back."])
    qtbot.waitUntil(box.isVisible)
    return parent, box, answered


def test_a_letter_typed_alone_answers_nothing(qtbot: Any) -> None:
    _parent, box, answered = _box(qtbot)
    accept = box.buttons()[0]
    assert "&" in accept.text()
    letter = _letter(accept)
    qtbot.keyClicks(box, f"{letter}{letter.upper()}lose and go on typing")
    qtbot.wait(400)  # Qt's bare-letter answer is an animated click, 100 ms after the key
    assert box.isVisible() and answered == []
    qtbot.keyClick(box, letter, Qt.KeyboardModifier.AltModifier)  # the chord still answers
    qtbot.waitUntil(lambda: not box.isVisible())
    assert answered == [True]


def test_escape_still_goes_back(qtbot: Any) -> None:
    _parent, box, answered = _box(qtbot)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert answered == []

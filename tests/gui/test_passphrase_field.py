"""The passphrase field with its Show button (found in the real app, first run: Tab from the
passphrase went to Show, and the confirmation's first Space showed the passphrase on screen;
the strength line read "Excellent. Excellent.")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from vault_app.gui.passphrase import PassphraseField, StrengthMeter

pytestmark = pytest.mark.gui


def test_tab_goes_from_passphrase_to_confirmation_and_space_never_shows_it(qtbot) -> None:
    page = QWidget()
    first, second = PassphraseField("Passphrase"), PassphraseField("Type it again", "Confirm")
    layout = QVBoxLayout(page)
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    first.edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first.edit)
    qtbot.keyClicks(first.edit, "lighthouse keeper walks the pier 7")
    qtbot.keyClick(first.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is second.edit
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, "lighthouse keeper walks the pier 7")
    assert second.text() == first.text()
    for field in (first, second):
        assert field.edit.echoMode() == QLineEdit.EchoMode.Password
        assert not field.toggle.isChecked()
    first.toggle.click()  # the mouse still shows it, on purpose
    assert first.edit.echoMode() == QLineEdit.EchoMode.Normal


@pytest.mark.parametrize(("typed", "shown"), [
    ("lighthouse keeper walks the pier 7", "<b>Excellent.</b>"),
    ("short", "<b>Too weak.</b> Use at least 8 characters; four or more words is better."),
])
def test_the_strength_line_says_each_thing_once(qtbot, typed: str, shown: str) -> None:
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    meter.update_for(typed)
    assert meter.label.text() == shown

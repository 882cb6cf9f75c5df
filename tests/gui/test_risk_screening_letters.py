"""The risk screening's fields have Alt letters one sees (Ideation, Level, Protective factors,
Safety plan), none of them another's in the note window, in English and in Spanish. Found on a
keyboard-only walk of the real app: the safety plan was about seven Tabs from Subjective."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from tests.gui.test_day_walk_keyboard import _letters, language  # noqa: F401  (the fixture: en, then es)
from vault_app.gui.controller import AppController
from vault_app.gui.note_editor import NoteEditor
from vault_app.gui.widgets import FAINT, mnemonic_of, underlined

pytestmark = pytest.mark.gui


def test_each_risk_field_has_a_letter_of_its_own(unlocked_app: AppController, qtbot, language: str) -> None:  # noqa: F811
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Rita Riskfield")
    editor = window.chart.new_note()
    assert isinstance(editor, NoteEditor)
    qtbot.waitExposed(editor)
    wait_ops(qtbot)
    fields = (editor.ideation, editor.risk_level, editor.protective, editor.safety_plan)
    labels = {lab.buddy(): lab for lab in editor.findChildren(QLabel) if lab.buddy() in fields}
    assert set(labels) == set(fields), [lab.text() for lab in labels.values()]
    for label in labels.values():
        letter = underlined(label.text())
        assert letter and letter not in FAINT, label.text()
    assert ("Ideación" in labels[editor.ideation].text()) == (language == "es")
    letters = [letter for _text, letter in _letters(editor) if letter]
    assert len(set(letters)) == len(letters), _letters(editor)
    # Alt and the letter take the keyboard to the safety plan, the box ticked first.
    editor.risk_box.setChecked(True)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)  # mnemonics reach the active window only
    qtbot.keyClick(editor, mnemonic_of(labels[editor.safety_plan].text()), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.safety_plan, timeout=5000)
    editor.close()
    wait_ops(qtbot)

"""A confirmation's shown Alt letter answers it. Found by a walker on the merged app: the progress
note's Sign and lock question read "Si&gn" and Alt+G did nothing. The letter was in fact "S&ign":
S, G and N were the note window's, and the underline of a narrow i sits beside the g's tail
(reproduced on Xvfb, Qt's shortcut log said Alt+I). The box is a window of its own, so the
letters beneath do not compete with it: its word's first letter is the one to show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import FAINT, form_letters, mnemonic_of
from vault_app.services import notes, plans

pytestmark = pytest.mark.gui

KEYS = {chr(c): getattr(Qt.Key, f"Key_{chr(c).upper()}") for c in range(ord("a"), ord("z") + 1)}


def test_the_note_windows_sign_question_answers_its_shown_alt_letter(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    cid = add_client(unlocked_app, qtbot, "Ada Altletter")
    plans.add_goal(vault, cid, "Sleep seven hours")  # the window shows "Add checked &goals"
    window.open_chart(cid)
    wait_ops(qtbot)
    editor = window.chart.new_note()
    assert editor is not None
    editor.activateWindow()
    first = editor.section_edits["subjective"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first, timeout=10_000)
    qtbot.keyClicks(first, "Slept better.")
    qtbot.keyClick(first, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: getattr(editor, "sign_confirm", None) is not None and editor.sign_confirm.isVisible())
    box = editor.sign_confirm
    qtbot.waitUntil(box.isActiveWindow)
    sign = next(b for b in box.buttons() if b.text().replace("&", "") == "Sign")
    letter = mnemonic_of(sign.text())
    assert letter in KEYS, sign.text()
    beneath = {mine for w, mine in form_letters(editor) if w.isVisible() and w.window() is editor}
    assert {"s", "g", "n"} <= beneath  # every letter of "Sign" whose underline is seen
    underlined = sign.text()[sign.text().index("&") + 1]
    assert underlined not in FAINT, f"{sign.text()!r}: an underline read as another letter"
    focus = QApplication.focusWidget()
    assert isinstance(focus, QWidget)
    qtbot.keyClick(focus, KEYS[letter], Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=10_000)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: editor.signed, timeout=10_000)
    note_id = editor.autosave.draft.note_id
    assert note_id is not None and notes.get_note(vault, note_id).signed
    editor.close()
    wait_ops(qtbot)

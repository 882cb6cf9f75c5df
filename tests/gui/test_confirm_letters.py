"""A confirmation's two buttons have Alt letters one sees, not the same one, in English and in
Spanish. Found on Xvfb in Spanish: "Cerrar sin guardar" (Escape in a half-typed form) and
"Firmar" (signing a note) had none: the answer was Tab and Space, or the mouse. Real message
boxes, the real es.ts; Alt and the letter is pressed to see it answer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from vault_app.gui.confirm import confirm
from vault_app.gui.widgets import FAINT, mnemonic_of, underlined

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("context", "words"), [("GuardedDialog", "Close without saving"), ("NoteSigning", "Sign")])
def test_both_answers_have_letters_of_their_own(qtbot, language: str, context: str, words: str) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    answered: list[bool] = []
    accept_text = QCoreApplication.translate(context, words)
    assert (accept_text != words) == (language == "es"), accept_text
    box = confirm(parent, "Title", "Question?", ["a line"], accept_text, lambda: answered.append(True))
    qtbot.waitExposed(box)
    buttons = box.buttons()
    assert len(buttons) == 2, [b.text() for b in buttons]
    letters = [mnemonic_of(b.text()) for b in buttons]
    assert all(letters) and len(set(letters)) == 2, [b.text() for b in buttons]
    assert not {underlined(b.text()) for b in buttons} & FAINT, [b.text() for b in buttons]
    accept = next(b for b in buttons if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    assert accept.text().replace("&", "") == accept_text
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)  # mnemonics reach the active window only
    qtbot.keyClick(box, mnemonic_of(accept.text()), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: answered == [True], timeout=5000)

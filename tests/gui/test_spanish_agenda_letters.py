"""The agenda's Alt letters: "Go to day:" (a label taking the keyboard to its field, "Ir al &día:" in
Spanish) and the buttons' letters given after it are all different, and none is the menu bar's.

Found by a walker on Spanish screens (round 44): the buttons were given letters clear of the menu
bar's and the client list's, but not of the "Go to day" label's, so "Otro esta&do…" took the D of
"Ir al &día:"; Alt+D then only moved the focus between the two and never opened the status menu.
With the D kept for the label, the twelve buttons had eleven free letters in Spanish: the agenda's
Move… says "Reprogramar…" (rescheduling, a clinician's word), which brings a P of its own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from tests.gui.conftest import unlock
from tests.gui.test_agenda_keyboard import _open_agenda
from tests.gui.test_window_mnemonics import language  # noqa: F401  (the app started in en / es)
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import mnemonic_of


def test_the_agenda_letters_are_all_different(language: str, locked_app: AppController,  # noqa: F811
                                              qtbot) -> None:  # type: ignore[no-untyped-def]
    unlock(locked_app, qtbot)
    agenda = _open_agenda(locked_app, qtbot)
    window = locked_app.main_window
    assert window is not None
    found = [(b.text(), mnemonic_of(b.text())) for b in agenda.findChildren(QAbstractButton)
             if b.text() and b.focusPolicy() != Qt.FocusPolicy.NoFocus]
    found += [(lab.text(), mnemonic_of(lab.text())) for lab in agenda.findChildren(QLabel)
              if lab.buddy() is not None and "&" in lab.text()]
    assert any(("día" if language == "es" else "day") in text for text, _ in found), found
    letters = [letter for _text, letter in found if letter]
    assert all(letter for _text, letter in found), found
    assert len(set(letters)) == len(letters), found
    menus = {mnemonic_of(a.text()) for a in window.menuBar().actions()}
    assert not set(letters) & menus, (found, menus)

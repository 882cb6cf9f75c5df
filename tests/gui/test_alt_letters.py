"""Alt and a letter that no shortcut took changes nothing (gui/alt_keys.py). Found in the real
app on X11: it chose another legal basis in a combo box and typed the letter into a note. The
underlined letters (buttons, menus), AltGr's characters, accents and Alt+Down still work.
Real windows over a real vault; the X11 keyboard itself is tried on Xvfb (see the report)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QMenu, QPlainTextEdit, QWidget

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from tests.gui.test_export_and_lock import to_basis_page
from vault_app.gui import alt_keys
from vault_app.gui.alt_keys import AltLettersStopped
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import mnemonic_of

pytestmark = pytest.mark.gui

ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


def _letters_taken(window: QWidget) -> set[str]:
    """The underlined letters of a window's buttons and labels (its wizard buttons too)."""
    texts = [w.text() for w in window.findChildren(QAbstractButton)]
    texts += [w.text() for w in window.findChildren(QLabel) if w.buddy() is not None]
    return {mnemonic_of(t) for t in texts} - {""}


def _free_letter(combo: QComboBox, taken: set[str]) -> tuple[str, int]:
    """A letter that would choose another item by search, and is no one's underlined letter."""
    for i in range(combo.count()):
        letter = combo.itemText(i)[:1].casefold()
        if i != combo.currentIndex() and letter.isalpha() and letter not in taken:
            first = next(j for j in range(combo.count()) if combo.itemText(j)[:1].casefold() == letter)
            if first != combo.currentIndex():
                return letter, first
    raise AssertionError("no free letter in the combo box")


def _type(widget: QWidget, text: str, modifiers: Qt.KeyboardModifier, key: int = 0) -> None:
    """A key press as Qt's X11 plugin gives it (a key and its text) through the application,
    as a real key press comes: its filters see it first."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key or ord(text.upper()[:1]), modifiers, text))


def test_the_guard_is_installed_once(unlocked_app: AppController) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert len(app.findChildren(AltLettersStopped)) == 1  # every start of the app in these tests: still one


def test_not_on_a_mac_where_option_types_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    """Option is Alt to Qt on macOS, and Option+2 is a Spanish Mac keyboard's "@": no guard there."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    monkeypatch.setattr(alt_keys.sys, "platform", "darwin")
    assert alt_keys.guard(app) is None
    monkeypatch.setattr(alt_keys.sys, "platform", "linux")
    assert isinstance(alt_keys.guard(app), AltLettersStopped)


def test_alt_and_a_free_letter_leaves_the_legal_basis(unlocked_app: AppController, qtbot) -> None:
    _window, wizard, basis = to_basis_page(unlocked_app, qtbot)
    combo = basis.form.basis
    combo.setCurrentIndex(0)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    combo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is combo)
    letter, searched = _free_letter(combo, _letters_taken(wizard))
    chosen = combo.currentData()
    qtbot.keyClick(combo, letter, ALT)
    assert combo.currentData() == chosen and QApplication.focusWidget() is combo
    qtbot.keyClick(combo, letter, NONE)  # the same letter alone is a search, as before
    assert combo.currentIndex() == searched
    wizard.close()


def test_alt_and_an_underlined_letter_still_presses_its_button(unlocked_app: AppController, qtbot) -> None:
    _window, wizard, basis = to_basis_page(unlocked_app, qtbot)
    basis.form.basis.setCurrentIndex(basis.form.basis.findData("required_by_law"))
    basis.form.set_value("law_kind", "child_abuse_report")
    basis.form.set_value("agency", "County CPS")
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    basis.form.basis.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is basis.form.basis)
    assert mnemonic_of(basis.check_button.text()) == "k"
    qtbot.keyClick(basis.form.basis, "k", ALT)  # Chec&k: Qt clicks it as it shows the press
    qtbot.waitUntil(lambda: basis.verdict is not None, timeout=10_000)
    assert basis.verdict is not None and basis.verdict.allowed, basis.verdict_text.text()
    assert basis.form.basis.currentData() == "required_by_law"
    qtbot.keyClick(basis.form.basis, Qt.Key.Key_Down, ALT)  # types nothing: the combo box opens its list
    qtbot.waitUntil(lambda: basis.form.basis.view().isVisible())
    basis.form.basis.hidePopup()
    wizard.close()


def test_a_note_gets_no_letter_from_alt_but_altgr_and_accents_type(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Nora Notetyper")
    editor = window.chart.open_note(None)
    assert editor is not None
    wait_ops(qtbot)
    qtbot.waitUntil(editor.isActiveWindow)
    edit = next(e for e in editor.section_edits.values() if isinstance(e, QPlainTextEdit))
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    taken = _letters_taken(editor) | {mnemonic_of(m.title()) for m in editor.findChildren(QMenu)}
    free = next(c for c in "qjzxwyv" if c not in taken)
    qtbot.keyClick(edit, free, ALT)
    _type(edit, free, ALT)  # as X11 gives it: the letter's text with Alt held
    assert edit.toPlainText() == ""
    qtbot.keyClicks(edit, "ok ")  # typing goes on
    # AltGr on a Spanish keyboard (X11): its own modifier, not Alt; a dead key's accent comes
    # composed, without Alt; Alt with Shift is not Alt alone either.
    _type(edit, "@", Qt.KeyboardModifier.GroupSwitchModifier, Qt.Key.Key_At)
    _type(edit, "€", Qt.KeyboardModifier.GroupSwitchModifier, Qt.Key.Key_currency)
    _type(edit, "{", Qt.KeyboardModifier.GroupSwitchModifier, Qt.Key.Key_BraceLeft)
    _type(edit, "á", NONE, Qt.Key.Key_Aacute)
    assert edit.toPlainText() == "ok @€{á"
    editor.close()
    wait_ops(qtbot)


def test_the_menu_bar_s_letters_still_open_their_menus(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    first = window.menuBar().actions()[0]
    letter = mnemonic_of(first.text())
    assert letter
    window.client_list.setFocus()
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, letter, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu) and menu is first.menu()
    menu.close()

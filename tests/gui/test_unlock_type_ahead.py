"""Keys typed right after the passphrase's Enter, while the vault opens, are not lost (found by a
walker on a big vault: the main window came 2.7 s later with an empty search; the keys had gone to
the unlock window). Ctrl+F or a name typed then is given to the main window's search once it is up;
nothing typed then ever reaches the passphrase field, and after a refused passphrase the keys typed
while it was checked are dropped, the field empty for the next try.

The keys are sent before the event loop runs again: the unlock's answer from the worker is taken
only after them, as on a slow laptop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.unlock import UnlockWindow

pytestmark = pytest.mark.gui


def _enter(window: UnlockWindow, qtbot, phrase: str) -> None:  # type: ignore[no-untyped-def]
    window.passphrase.setFocus()
    qtbot.keyClicks(window.passphrase.edit, phrase)
    qtbot.keyClick(window.passphrase.edit, Qt.Key.Key_Return)
    assert window.busy


def _typed_while_opening(window: UnlockWindow, qtbot, text: str, *, ctrl_f: bool) -> None:  # type: ignore[no-untyped-def]
    target = QApplication.focusWidget() or window
    if ctrl_f:
        qtbot.keyClick(target, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(target, text)


@pytest.mark.parametrize("ctrl_f", [True, False], ids=["ctrl-f", "text"])
def test_a_name_typed_while_the_vault_opens_is_in_the_search(locked_app: AppController, qtbot, ctrl_f: bool) -> None:
    window = locked_app.unlock_window
    assert window is not None
    _enter(window, qtbot, PASSPHRASE)
    _typed_while_opening(window, qtbot, "ribbo", ctrl_f=ctrl_f)
    assert window.passphrase.text() == PASSPHRASE, "nothing typed after Enter is in the passphrase"
    wait_ops(qtbot)
    main = locked_app.main_window
    assert main is not None
    qtbot.waitUntil(lambda: main.client_list.search.text() == "ribbo", timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is main.client_list.search, timeout=10_000)


def test_keys_typed_while_a_wrong_passphrase_is_checked_are_dropped(locked_app: AppController, qtbot) -> None:
    window = locked_app.unlock_window
    assert window is not None
    _enter(window, qtbot, "not the passphrase")
    _typed_while_opening(window, qtbot, "secret", ctrl_f=False)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not window.busy, timeout=10_000)
    assert locked_app.main_window is None
    assert "secret" not in window.passphrase.text()
    # The next try is typed as ever.
    window.passphrase.setFocus()
    qtbot.keyClicks(window.passphrase.edit, "x")
    assert window.passphrase.text().endswith("x")


CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


def _key(name: str) -> tuple[int, Qt.KeyboardModifier, str]:
    special = {"^F": (Qt.Key.Key_F, CTRL, "\x06"), "BS": (Qt.Key.Key_Backspace, NONE, "\x08"),
               "RET": (Qt.Key.Key_Return, NONE, "\r"), "DOWN": (Qt.Key.Key_Down, NONE, "")}
    return special.get(name) or (ord(name.upper()), NONE, name)


@pytest.mark.parametrize(("typed", "letters_lead", "expected"), [
    (["^F", "r", "i", "BS", "b"], True, (True, "rb")),
    (["r", "i", "RET", "x"], True, (True, "ri")),  # Enter acts: it and what follows are not replayed
    (["DOWN", "r"], True, (False, "")),  # a key that acts first: nothing goes to the search
    (["r", "i"], False, (False, "")),  # an open note was put back: letters may have been meant for it
    (["^F", "r"], False, (True, "r")),
    (["^F"], True, (True, "")),
])
def test_which_keys_go_to_the_search(qapp, typed: list[str], letters_lead: bool,  # type: ignore[no-untyped-def]
                                     expected: tuple[bool, str]) -> None:
    from vault_app.gui.unlock_type_ahead import TypeAhead

    held = TypeAhead(lambda: True)
    try:
        held.keys.extend(_key(k) for k in typed)
        assert held.search_text(letters_lead=letters_lead) == expected
    finally:
        held.stop()

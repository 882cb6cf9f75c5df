"""Run by test_primary_selection_x11.py on its own Xvfb with Qt's xcb platform (not collected
by itself: its name is not test_*). The real app over a real vault, its X primary selection
read with xclip as another application (a middle-click) would read it."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from tests.gui.test_chart_editing import _open_psychotherapy
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

HINT = "x-kde-passwordManagerHint"


def primary(qtbot, target: str | None = None) -> str:  # type: ignore[no-untyped-def]
    """What a middle-click elsewhere would paste ("" when no one offers anything). xclip asks
    this process, so the wait keeps Qt's events going while it answers."""
    args = ["xclip", "-o", "-selection", "primary", *(["-t", target] if target else [])]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30_000)
    out, _err = proc.communicate()
    return out if proc.returncode == 0 else ""


def select_all(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    # A real key goes to the widget with the keyboard (QTest's goes to `widget` even before it has
    # it: ci98, on a busy machine, the passphrase's Ctrl+A came before its focus)
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=30_000)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)


def selected_name(app: AppController, qtbot, name: str) -> QLineEdit:  # type: ignore[no-untyped-def]
    """A client's name typed in the client search and selected by the keyboard."""
    window = app.main_window
    assert window is not None
    search = window.client_list.search
    qtbot.keyClicks(search, name)
    select_all(qtbot, search)
    assert search.hasSelectedText()
    qtbot.waitUntil(lambda: name in primary(qtbot), timeout=30_000)
    assert HINT in primary(qtbot, "TARGETS"), "offered without the do-not-record mark"
    return search


def test_the_x11_platform_is_in_use(qapp) -> None:  # type: ignore[no-untyped-def]
    assert QGuiApplication.platformName() == "xcb"
    assert QGuiApplication.clipboard().supportsSelection()


def test_lock_now_gives_up_a_selected_client_name(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    add_client(unlocked_app, qtbot, name="Odile Primaryson")
    selected_name(unlocked_app, qtbot, "Odile Primaryson")
    unlocked_app.lock(quick=True)  # Lock now, and the idle lock
    wait_ops(qtbot)
    assert "Primaryson" not in primary(qtbot)


def test_the_screen_lock_gives_up_a_selected_note(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    add_client(unlocked_app, qtbot, name="Piet Screenlock")
    tab = _open_psychotherapy(unlocked_app, qtbot)
    tab.new_note()
    qtbot.keyClicks(tab.editor, "Dreams of the lighthouse keeper")
    select_all(qtbot, tab.editor)
    qtbot.waitUntil(lambda: "lighthouse" in primary(qtbot), timeout=30_000)
    unlocked_app.lock()  # the OS's screen lock, sleep: passphrase only
    wait_ops(qtbot)
    assert "lighthouse" not in primary(qtbot)


def test_the_psychotherapy_lock_deselects_and_gives_up_its_note(unlocked_app: AppController,  # type: ignore[no-untyped-def]
                                                                qtbot) -> None:
    add_client(unlocked_app, qtbot, name="Quinn Compartment")
    tab = _open_psychotherapy(unlocked_app, qtbot)
    tab.new_note()
    qtbot.keyClicks(tab.editor, "Transference around the brother")
    select_all(qtbot, tab.editor)
    qtbot.waitUntil(lambda: "brother" in primary(qtbot), timeout=30_000)
    unlocked_app.lock_psychotherapy()
    wait_ops(qtbot)
    assert unlocked_app.main_window is not None, "the vault itself stays open"
    assert "brother" not in primary(qtbot)
    assert not tab.editor.textCursor().hasSelection()


def test_quit_gives_up_a_selected_name(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    add_client(unlocked_app, qtbot, name="Rosa Quitter")
    selected_name(unlocked_app, qtbot, "Rosa Quitter")
    unlocked_app.quit()
    wait_ops(qtbot)
    assert "Quitter" not in primary(qtbot)


def test_another_application_s_selection_is_left_alone(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    # xclip keeps serving what it was given until another owner takes the selection.
    subprocess.run(["xclip", "-i", "-selection", "primary"], input="a shopping list", text=True,
                   check=True, timeout=30)
    qtbot.waitUntil(lambda: primary(qtbot) == "a shopping list", timeout=30_000)
    unlocked_app.lock(quick=True)
    wait_ops(qtbot)
    assert primary(qtbot) == "a shopping list"


def test_a_passphrase_shown_and_selected_is_never_offered(locked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Found by the attacker's walk on the real app: Show, the passphrase triple-clicked to check
    it, Unlock: `xclip -o -selection primary` printed the vault's passphrase for as long as the
    vault stayed open (a middle-click in a mail or a chat would have pasted it)."""
    window = locked_app.unlock_window
    assert window is not None
    window.passphrase.toggle.click()  # Show
    qtbot.keyClicks(window.passphrase.edit, PASSPHRASE)
    select_all(qtbot, window.passphrase.edit)
    assert window.passphrase.edit.hasSelectedText()
    assert PASSPHRASE not in primary(qtbot)
    window.unlock_button.click()
    wait_ops(qtbot)
    assert locked_app.main_window is not None
    assert PASSPHRASE not in primary(qtbot)

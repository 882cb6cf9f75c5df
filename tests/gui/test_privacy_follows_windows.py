"""Privacy mode followed by the windows that stay open beside the main one (not modal), and its
key (Ctrl+Shift+H) taken from every window, as Lock and Quit are.

Found: a note editor kept the mode it was opened with (an amendment opened from it after a switch
named the client, or masked it after the switch back); the destruction wizard's list of
psychotherapy notes kept their previews (or their masks) after a switch; and Ctrl+Shift+H did
nothing in the search window or a note editor, where a therapist is when someone walks in.

Keys go to the window (`QTest.keyPress(window.windowHandle(), ...)`), as the system delivers
them (see test_lock_key.py)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QWidget

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere, window_of
from tests.gui.test_chart import add_client
from tests.gui.test_destruction_notes_gui import _to_the_notes_page
from vault_app.gui.chart_binding import chart_headers
from vault_app.gui.controller import AppController
from vault_app.gui.privacy_notice import privacy_notice
from vault_app.services import notes, psychotherapy_notes
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui

SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _header(dialog: QWidget) -> str:
    return " ".join(h.text() for h in chart_headers(dialog) if h.window() is dialog)


def _signed_note(app: AppController, qtbot: Any, name: str) -> Any:
    window = window_of(app)
    client_id = add_client(app, qtbot, name)
    window.open_chart(client_id)
    wait_ops(qtbot)
    editor = window.chart.new_note()
    assert editor is not None
    qtbot.keyClicks(editor.section_edits["subjective"], "Slept badly.")
    editor.sign_now()
    wait_ops(qtbot)
    assert editor.signed
    return editor


@pytest.mark.parametrize("first", [False, True], ids=["opened-shown", "opened-masked"])
def test_an_open_note_editor_follows_privacy_both_ways(unlocked_app: AppController, qtbot: Any,
                                                       first: bool) -> None:
    """Opened in one mode and switched: what it opens afterwards (an amendment) is in the mode in
    force, not the one the editor was opened with."""
    window = window_of(unlocked_app)
    if first:
        window.toggle_privacy()
    editor = _signed_note(unlocked_app, qtbot, "Orla Amendable")
    assert editor.privacy is first
    window.toggle_privacy()
    wait_ops(qtbot)
    assert editor.privacy is not first
    assert editor.session_link.privacy is not first
    amend = editor.amend()
    assert amend is not None
    wait_ops(qtbot)
    assert amend.property("privacy") is (not first)
    assert ("Orla Amendable" in _header(amend)) is first, _header(amend)
    amend.reject()
    wait_ops(qtbot)


def test_the_destruction_wizard_s_notes_list_follows_privacy_both_ways(unlocked_app: AppController,
                                                                        qtbot: Any) -> None:
    window = window_of(unlocked_app)
    client_id = add_client(unlocked_app, qtbot, "Tobin Destroyable")

    def write(v: Vault) -> None:
        v.unlock_psychotherapy(PASSPHRASE)
        notes.create_progress_note(v, client_id, sections={"subjective": "progress stays"})
        psychotherapy_notes.create_psychotherapy_note(v, client_id, "dreams of the harbour")
        v.lock_psychotherapy()

    elsewhere(unlocked_app, qtbot, write)
    window.open_chart(client_id)
    wait_ops(qtbot)
    wizard = window.chart.start_destruction(notes=True)
    assert wizard is not None
    wait_ops(qtbot)
    page = _to_the_notes_page(wizard, qtbot)
    wait_ops(qtbot)

    def preview() -> str:
        item = page.list.topLevelItem(0)
        return item.text(2) if item is not None else ""

    qtbot.waitUntil(lambda: "harbour" in preview())
    page.list.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)
    window.toggle_privacy()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: preview() != "" and "harbour" not in preview())
    window.toggle_privacy()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "harbour" in preview())
    assert page.list.topLevelItem(0).checkState(0) == Qt.CheckState.Checked, "the tick stays through a redraw"
    wizard.reject()
    wait_ops(qtbot)


def _press_privacy_key(where: QWidget, qtbot: Any) -> None:
    qtbot.waitExposed(where)
    handle = where.windowHandle()
    assert handle is not None
    QTest.keyPress(handle, Qt.Key.Key_H, SHIFT_CTRL)
    QTest.keyRelease(handle, Qt.Key.Key_H, SHIFT_CTRL)
    wait_ops(qtbot)


def test_ctrl_shift_h_switches_privacy_from_the_search_window(unlocked_app: AppController, qtbot: Any) -> None:
    window = window_of(unlocked_app)
    dialog = window.open_search()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    _press_privacy_key(dialog, qtbot)
    qtbot.waitUntil(lambda: privacy_notice().on)
    assert window.privacy_mode and window.menu_actions["privacy"].isChecked()
    _press_privacy_key(dialog, qtbot)
    qtbot.waitUntil(lambda: not privacy_notice().on)
    assert not window.privacy_mode and not window.menu_actions["privacy"].isChecked()
    dialog.close()


def test_ctrl_shift_h_switches_privacy_from_a_note_editor(unlocked_app: AppController, qtbot: Any) -> None:
    window = window_of(unlocked_app)
    client_id = add_client(unlocked_app, qtbot, "Nell Keystroke")
    window.open_chart(client_id)
    wait_ops(qtbot)
    editor = window.chart.new_note()
    assert editor is not None
    qtbot.keyClicks(editor.section_edits["subjective"], "Words")
    _press_privacy_key(editor, qtbot)
    qtbot.waitUntil(lambda: privacy_notice().on)
    assert "Nell" not in _header(editor)
    assert editor.section_edits["subjective"].toPlainText() == "Words", "the key typed nothing"
    _press_privacy_key(editor, qtbot)
    qtbot.waitUntil(lambda: not privacy_notice().on)
    assert "Nell Keystroke" in _header(editor)
    editor.flush()
    wait_ops(qtbot)


def test_ctrl_shift_h_switches_privacy_from_a_modal_dialog(unlocked_app: AppController, qtbot: Any) -> None:
    """Where Qt blocks the main window's application-wide shortcut (a window-modal dialog), the
    key is taken as Ctrl+L and Ctrl+Q are (idle.py)."""
    window = window_of(unlocked_app)
    dialog = window.open_settings()
    assert isinstance(dialog, QDialog) and dialog.windowModality() != Qt.WindowModality.NonModal
    _press_privacy_key(dialog, qtbot)
    qtbot.waitUntil(lambda: privacy_notice().on)
    assert window.privacy_mode
    _press_privacy_key(dialog, qtbot)
    qtbot.waitUntil(lambda: not privacy_notice().on)
    assert unlocked_app.vault is not None, "neither key locked nor quit"
    dialog.reject()
    wait_ops(qtbot)

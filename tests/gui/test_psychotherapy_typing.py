"""What a therapist types on the Psychotherapy tab right after unlocking it reaches a note
and is saved (found in the real app: the keyboard went on to New psychotherapy note, the
Space of "Client explored…" opened a note and "Client" was lost; and text typed into the
empty editor with no note open was never saved, without a word)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services import psychotherapy_notes as psy

SENTENCE = "Client explored shame about school."


def _open_tab_and_unlock(app: AppController, qtbot) -> str:
    window = app.main_window
    assert window is not None
    client_id = add_client(app, qtbot, "Pia Processnote")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    chart = window.chart
    bar = chart.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(chart.tabs.indexOf(chart.psychotherapy)).center())
    wait_ops(qtbot)
    field = QApplication.focusWidget()
    assert field is chart.psychotherapy.passphrase.edit
    qtbot.keyClicks(field, PASSPHRASE)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: app.psychotherapy_open, timeout=30_000)
    wait_ops(qtbot)
    return client_id


def _bodies(app: AppController, client_id: str) -> list[str]:
    vault = app.vault
    assert vault is not None
    return [psy.psychotherapy_note_history(vault, n.note_id).note.body  # type: ignore[union-attr]
            for n in psy.list_psychotherapy_notes(vault, client_id)]


def test_the_first_sentence_after_the_unlock_is_saved_whole(unlocked_app: AppController, qtbot) -> None:
    client_id = _open_tab_and_unlock(unlocked_app, qtbot)
    tab = unlocked_app.main_window.chart.psychotherapy  # type: ignore[union-attr]
    widget = QApplication.focusWidget()
    assert widget is tab.editor
    qtbot.keyClicks(widget, SENTENCE)
    tab.flush()
    wait_ops(qtbot)
    assert _bodies(unlocked_app, client_id) == [SENTENCE]


def test_text_typed_with_no_note_open_starts_a_note(unlocked_app: AppController, qtbot) -> None:
    client_id = _open_tab_and_unlock(unlocked_app, qtbot)
    tab = unlocked_app.main_window.chart.psychotherapy  # type: ignore[union-attr]
    assert tab.autosave is None  # no note open
    tab.editor.setFocus()
    qtbot.keyClicks(tab.editor, "Typed into the empty editor.")
    assert tab.autosave is not None and tab.sign_button.isEnabled()
    assert tab.editor.toPlainText() == "Typed into the empty editor."  # the cursor stayed at the end
    tab.flush()
    wait_ops(qtbot)
    assert _bodies(unlocked_app, client_id) == ["Typed into the empty editor."]
    qtbot.waitUntil(lambda: tab.list.topLevelItemCount() == 1, timeout=10_000)

"""The Psychotherapy tab's list keeps the room its dates need, and the note's text a useful width,
English and Spanish, down to a laptop at 150 % and a netbook. Found by the last helper (round 45,
on Xvfb at 150 %): with an imported draft open (Original PDF…, Discard draft…, Addendum or
amendment…, Sign and lock in one row) the right column's minimum left the list about 74 pixels
(97 in Spanish): its Date column cut, and the lock's minutes under it on six lines. Real main
window, real tab, unlocked with the passphrase typed, a real imported note with its PDF."""

from __future__ import annotations

from typing import Any

import pytest

from tests.document_samples import pdf
from tests.gui.conftest import wait_ops
from tests.gui.test_psychotherapy_original import _imported, _open
from tests.gui.test_psychotherapy_typing import _open_tab_and_unlock
from vault_app.gui.controller import AppController

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]

AT_150 = (910, 480)  # 1366x768 at 150 %, in logical pixels, less a panel and the window's frame
LOW = (1008, 524)  # 1024x600 less a panel and the window's frame
USEFUL = 45  # characters a line of the note's text holds at least (a short sentence)


def _measure(app: AppController, qtbot: Any, size: tuple[int, int], *, imported: bool) -> None:
    window = app.main_window
    assert window is not None
    window.resize(*size)
    client_id = _open_tab_and_unlock(app, qtbot)
    tab = window.chart.psychotherapy
    if imported:
        note_id = _imported(app, client_id, "Process: the missed session.", pdf(1, text="Process"), unreadable=False)
        tab.activate()
        wait_ops(qtbot)
        _open(app, qtbot, note_id)
        assert tab.original_button.isVisibleTo(tab) and tab.form.discard_button.isVisibleTo(tab)
    else:
        qtbot.keyClicks(tab.editor, "Typed.")
        tab.flush()
        wait_ops(qtbot)
    qtbot.waitUntil(lambda: tab.list.topLevelItemCount() == 1, timeout=10_000)
    qtbot.wait(200)  # the layout's passes
    listed = tab.list
    # The date and the status of each note read whole, without scrolling the list sideways.
    whole = listed.columnWidth(0) + listed.columnWidth(1)
    assert listed.viewport().width() >= whole, (listed.viewport().width(), whole)
    # The note's text keeps a useful width beside it.
    line = tab.editor.viewport().width() // tab.editor.fontMetrics().averageCharWidth()
    assert line >= USEFUL, line
    assert tab.editor.width() > listed.width()
    # The lock's minutes under the list: two lines at most.
    note = tab.timer_note
    assert note.isVisible() and "2" in note.text()
    lines = note.height() / note.fontMetrics().lineSpacing()
    assert lines < 2.5, (lines, note.text(), note.width())
    # Every button of the note in the tab's width.
    right = tab.sign_button.mapTo(tab, tab.sign_button.rect().topRight()).x()
    assert right <= tab.width(), (right, tab.width())
    assert tab.width() <= window.width()


@pytest.mark.parametrize("imported", [True, False], ids=["imported", "new"])
@pytest.mark.parametrize("size", [AT_150, LOW], ids=["150%", "netbook"])
def test_the_list_and_the_text_in_english(unlocked_app: AppController, qtbot: Any, size: tuple[int, int],
                                          imported: bool) -> None:
    _measure(unlocked_app, qtbot, size, imported=imported)


@pytest.mark.parametrize("imported", [True, False], ids=["imported", "new"])
@pytest.mark.parametrize("size", [AT_150, LOW], ids=["150%", "netbook"])
def test_the_list_and_the_text_in_spanish(spanish_app: AppController, qtbot: Any, size: tuple[int, int],
                                          imported: bool) -> None:
    _measure(spanish_app, qtbot, size, imported=imported)

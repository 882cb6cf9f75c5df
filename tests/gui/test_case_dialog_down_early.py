"""Down and Space in the new case's member search pressed before the search answered what was typed:
Down went to the list the last search had left and Space un-chose the member chosen there (found
by a walker typing "dan", Down, Space, then "priya", Down, Space at a typist's speed: "none chosen
yet", both lost). Now Down waits for the answer to what was typed, and a Space typed meanwhile
chooses the first client it finds, as Down then Space does on a list that has answered. Real vault,
real widgets, keys typed with no wait."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import window_of
from tests.gui.test_joint_case_gui import _dialog, _people
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def test_down_space_right_after_typing_chooses_what_was_typed(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    made = _people(unlocked_app, qtbot)
    window_of(unlocked_app).menu_actions["new_case"].trigger()
    dialog = _dialog()
    qtbot.waitUntil(lambda: dialog.shown_for == "" and dialog.choices.count() == 3)
    dialog.search.setFocus()
    qtbot.keyClicks(dialog.search, "Carla")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.shown_for == "Carla" and dialog.choices.hasFocus())
    wait_ops(qtbot)
    assert set(dialog.chosen) == {made["Carla Otero"]}
    assert dialog.search.text() == "Carla"  # the Space chose; it was not typed into the search

    # Back to the search, the next name, Down and Space at once: the list still answers "Carla".
    qtbot.keyClick(dialog.choices, Qt.Key.Key_Up)
    assert dialog.search.hasFocus()
    dialog.search.selectAll()
    qtbot.keyClicks(dialog.search, "Ada")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Space)
    assert dialog.shown_for != "Ada"  # the case this is about
    qtbot.waitUntil(lambda: dialog.shown_for == "Ada" and dialog.choices.hasFocus())
    wait_ops(qtbot)
    assert set(dialog.chosen) == {made["Carla Otero"], made["Ada Lovelace"]}, dialog.chosen


def test_typing_after_down_takes_it_back(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A Down waiting for its answer is for what was typed then: typing on is a new search."""
    _people(unlocked_app, qtbot)
    window_of(unlocked_app).menu_actions["new_case"].trigger()
    dialog = _dialog()
    qtbot.waitUntil(lambda: dialog.shown_for == "")
    dialog.search.setFocus()
    qtbot.keyClicks(dialog.search, "Carl")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    qtbot.keyClicks(dialog.search, "a")
    qtbot.waitUntil(lambda: dialog.shown_for == "Carla" and dialog.choices.count() == 1)
    wait_ops(qtbot)
    assert dialog.chosen == {} and dialog.search.hasFocus()

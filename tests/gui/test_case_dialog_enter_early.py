"""Enter in the new case's member search pressed before the search answered what was typed:
it went to the list the last search had left (or did nothing on an empty one), and a second
Enter was needed once the list caught up (found by walkers typing a name and Enter at once).
Now Enter waits for the answer to what was typed and acts on it: the one client found is
chosen, several are for the arrows. Real vault, real widgets, keys typed with no wait."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import window_of
from tests.gui.test_joint_case_gui import _dialog, _people
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def test_enter_right_after_typing_acts_on_what_was_typed(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    made = _people(unlocked_app, qtbot)
    window_of(unlocked_app).menu_actions["new_case"].trigger()
    dialog = _dialog()
    qtbot.waitUntil(lambda: dialog.shown_for == "" and dialog.choices.count() == 3)
    qtbot.keyClicks(dialog.name, "Otero family")
    dialog.search.setFocus()
    qtbot.keyClicks(dialog.search, "Carla")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # before the search for "Carla" answered
    assert dialog.shown_for != "Carla"  # the case this is about: the list answers an older search
    qtbot.waitUntil(lambda: set(dialog.chosen) == {made["Carla Otero"]})
    assert dialog.search.hasFocus() and dialog.isVisible()

    dialog.search.selectAll()
    qtbot.keyClicks(dialog.search, "Lovelace")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # two found: to the list, once it shows them
    qtbot.waitUntil(lambda: dialog.shown_for == "Lovelace" and dialog.choices.hasFocus())
    wait_ops(qtbot)
    assert set(dialog.chosen) == {made["Carla Otero"]}  # nothing chosen in the list it left
    assert dialog.choices.currentItem().text().startswith("Ada Lovelace")
    qtbot.keyClick(dialog.choices, Qt.Key.Key_Return)
    assert set(dialog.chosen) == {made["Carla Otero"], made["Ada Lovelace"]}
    assert dialog.isVisible() and dialog.message.text() == ""


def test_typing_after_enter_takes_the_enter_back(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    """An Enter waiting for its answer is for what was typed then: typing on is a new search,
    and the answer to it chooses nothing unasked."""
    _people(unlocked_app, qtbot)
    window_of(unlocked_app).menu_actions["new_case"].trigger()
    dialog = _dialog()
    qtbot.waitUntil(lambda: dialog.shown_for == "")
    dialog.search.setFocus()
    qtbot.keyClicks(dialog.search, "Carl")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.search, "a Otero")
    qtbot.waitUntil(lambda: dialog.shown_for == "Carla Otero" and dialog.choices.count() == 1)
    wait_ops(qtbot)
    assert dialog.chosen == {}

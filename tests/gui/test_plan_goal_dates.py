"""A goal's target date left half-typed (found in the real app): the plan form has one
target-date field for every goal, so "07/1" typed for a new goal and a click on the first
goal left the new goal with the date Qt put back (07/01/2026, a year never typed); Save
then pointed at the first goal's "not set", and Enter there saved the new goal's date."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.plan_dialog import PlanDialog
from vault_app.services import plans

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def test_a_half_typed_target_date_keeps_its_goal_until_it_is_typed(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, "Gil Goaldate")
    plans.update_plan(vault, client_id, problems="Panic.",
                      goals=[{"description": "Sleep routine", "objectives": [], "status": "active"}])
    dialog = PlanDialog(unlocked_app, client_id, plans.get_plan(vault, client_id), parent=window)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.add_goal()
    qtbot.keyClicks(dialog.description, "Back to school")
    target = dialog.target
    target.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target, timeout=10_000)
    qtbot.keyClicks(target, "07/1")
    tree = dialog.goal_list
    first = tree.topLevelItem(0)
    assert first is not None
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(first).center())
    QApplication.processEvents()

    qtbot.waitUntil(lambda: tree.selectedItems() == [tree.topLevelItem(1)], timeout=10_000)  # still the new goal
    assert dialog.current == 1 and tree.currentItem() is tree.topLevelItem(1)
    assert dialog.description.text() == "Back to school"
    assert "not complete" in target.problem()
    assert QApplication.focusWidget() is target
    dialog.add_goal()  # nor does another goal take the field
    assert len(dialog.goals) == 2

    target.setSelectedSection(target.sectionAt(0))
    qtbot.keyClicks(target, "07/15/2027")
    assert target.date() == QDate(2027, 7, 15) and target.problem() == ""
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(first).center())
    assert dialog.current == 0 and target.text() == ""
    dialog.save()
    wait_ops(qtbot)
    saved = plans.get_plan(vault, client_id)
    assert saved is not None
    assert [(g.description, g.target_date.isoformat() if g.target_date else None) for g in saved.goals] == [
        ("Sleep routine", None), ("Back to school", "2027-07-15")]

"""The treatment plan held over a lock while another program changed its goals (`vault-app plan
update --add-goal/--goal-status` in a terminal: a real second process, while the window was
locked).

Found: when both the form and the other program had changed the goals, the typed goal list won
on Save whole, and the form only said "check them": a goal the terminal added was removed again,
a goal it marked met went back to active, unsaid. Now each goal is merged on its own
(gui/held_goals.py); a goal field both changed is shown both ways and Save waits for the
therapist's choice. Real vault files, real widgets, a real CLI process."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli_process
from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_held_dates import _reopened
from vault_app.domain.clinical import TreatmentPlan
from vault_app.gui.controller import AppController
from vault_app.gui.held import RESTORED
from vault_app.gui.plan_dialog import PlanDialog
from vault_app.services import plans

pytestmark = pytest.mark.gui


def _plan_with_goals(app: AppController, qtbot) -> tuple[str, list[str], PlanDialog]:  # type: ignore[no-untyped-def]
    window, vault = app.main_window, app.vault
    assert window is not None and vault is not None
    chart = fx.make_chart(vault, n=1)
    plan = plans.update_plan(vault, chart.client_id, problems="Worry", goals=[
        {"description": "Sleeps through", "objectives": ["bed by 11"], "status": "active"},
        {"description": "Rides the bus", "status": "active"},
        {"description": "Calls a friend weekly", "status": "active"}])
    window.open_chart(chart.client_id)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: window.chart.shown_client() is not None, timeout=10_000)
    dialog = window.chart.overview.edit_plan()
    assert isinstance(dialog, PlanDialog)
    qtbot.waitExposed(dialog)
    return chart.client_id, [g.goal_id for g in plan.goals], dialog


def _pick(dialog: PlanDialog, index: int) -> None:
    dialog.goal_list.setCurrentItem(dialog.goal_list.topLevelItem(index))


def _type(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    widget.selectAll()
    QTest.keyClicks(widget, text)


def _status(dialog: PlanDialog, status: str) -> None:
    dialog.status.setCurrentIndex(dialog.status.findData(status))


def _lock_and_change_in_a_terminal(app: AppController, qtbot, folder: Path, client_id: str,  # type: ignore[no-untyped-def]
                                   *args: str) -> PlanDialog:
    app.idle.idle_lock.emit()
    wait_ops(qtbot)
    assert app.vault is None
    done = cli_process("plan", "update", "--vault", str(folder), client_id, *args)
    assert done.code == 0, done.err
    again = _reopened(unlock(app, qtbot), PlanDialog, qtbot)
    assert isinstance(again, PlanDialog)
    return again


def _saved(app: AppController, qtbot, dialog: PlanDialog, client_id: str) -> TreatmentPlan:  # type: ignore[no-untyped-def]
    dialog.save()
    wait_ops(qtbot)
    assert not dialog.isVisible(), dialog.message.text()
    assert app.vault is not None
    plan = plans.get_plan(app.vault, client_id)
    assert plan is not None
    return plan


def test_goals_changed_on_both_sides_keep_both_sides_changes(
        unlocked_app: AppController, qtbot, app_folder: Path) -> None:
    client_id, ids, dialog = _plan_with_goals(unlocked_app, qtbot)
    _pick(dialog, 0)
    _type(dialog.description, "Sleeps 7 hours")
    dialog.add_goal()
    _type(dialog.description, "Walks after dinner")

    again = _lock_and_change_in_a_terminal(unlocked_app, qtbot, app_folder, client_id,
                                           "--add-goal", "Takes the train alone", "--goal-status", f"{ids[1]}=met")
    assert [(g["description"], g["status"]) for g in again.goals] == [
        ("Sleeps 7 hours", "active"), ("Rides the bus", "met"), ("Calls a friend weekly", "active"),
        ("Walks after dinner", "active"), ("Takes the train alone", "active")]
    said = again.message.text()
    assert said.startswith(RESTORED) and "changed by another program" in said, said
    assert "choose" not in said.lower() and "check" not in said.lower(), "nothing to choose: no field both changed"
    assert not again.choice.isVisible()

    plan = _saved(unlocked_app, qtbot, again, client_id)
    assert [(g.description, g.status) for g in plan.goals] == [
        ("Sleeps 7 hours", "active"), ("Rides the bus", "met"), ("Calls a friend weekly", "active"),
        ("Walks after dinner", "active"), ("Takes the train alone", "active")]
    assert [g.goal_id for g in plan.goals[:3]] == ids, "goals keep their ids: notes still refer to them"


@pytest.mark.parametrize(("button", "status"), [("take_theirs_button", "met"), ("keep_mine_button", "discontinued")])
def test_a_goal_both_changed_shows_both_and_save_waits_for_a_choice(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path, button: str, status: str) -> None:
    client_id, ids, dialog = _plan_with_goals(unlocked_app, qtbot)
    _pick(dialog, 1)
    _status(dialog, "discontinued")
    _pick(dialog, 0)  # the keyboard elsewhere: Save still finds the goal to choose

    again = _lock_and_change_in_a_terminal(unlocked_app, qtbot, app_folder, client_id,
                                           "--goal-status", f"{ids[1]}=met")
    assert again.current == 1, "the goal to choose is the one shown"
    assert again.choice.isVisible()
    assert again.status.currentData() == "discontinued", "what was typed is in the fields"
    assert again.theirs.text().endswith("\nStatus: met"), again.theirs.text()
    assert "choose which to keep" in again.message.text().lower()

    _pick(again, 0)
    again.save()
    wait_ops(qtbot)
    assert again.isVisible(), "Save waits for the choice"
    assert again.current == 1 and again.choice.isVisible()
    assert "Goal 2 was changed here and by another program" in again.message.text()
    assert again.focusWidget() is again.goal_list, "not on a choice: Enter again would choose, unread"
    assert unlocked_app.vault is not None
    on_file = plans.get_plan(unlocked_app.vault, client_id)
    assert on_file is not None and on_file.goals[1].status == "met", "nothing saved over it"

    qtbot.mouseClick(getattr(again, button), Qt.MouseButton.LeftButton)
    assert not again.choice.isVisible() and again.message.text() == ""
    assert again.status.currentData() == status
    plan = _saved(unlocked_app, qtbot, again, client_id)
    assert [g.status for g in plan.goals] == ["active", status, "active"]


def test_a_goal_removed_in_the_form_that_another_program_changed_is_kept_and_said(
        unlocked_app: AppController, qtbot, app_folder: Path) -> None:
    client_id, ids, dialog = _plan_with_goals(unlocked_app, qtbot)
    _pick(dialog, 1)
    dialog.remove_goal()
    _pick(dialog, 1)
    dialog.remove_goal()  # the third goal too, which nobody else changed

    again = _lock_and_change_in_a_terminal(unlocked_app, qtbot, app_folder, client_id,
                                           "--goal-status", f"{ids[1]}=met")
    assert [(g["description"], g["status"]) for g in again.goals] == [
        ("Sleeps through", "active"), ("Rides the bus", "met")]
    said = again.message.text()
    assert "changed goals you had removed (2)" in said and "kept" in said, said
    assert "shown as they are now" not in said, "only the goals changed, and how is said"

    plan = _saved(unlocked_app, qtbot, again, client_id)
    assert [(g.goal_id, g.status) for g in plan.goals] == [(ids[0], "active"), (ids[1], "met")]


def test_the_choice_speaks_spanish(unlocked_app: AppController, qtbot, app_folder: Path) -> None:
    from vault_app.gui import i18n

    client_id, ids, dialog = _plan_with_goals(unlocked_app, qtbot)
    _pick(dialog, 1)
    _status(dialog, "discontinued")
    again = _lock_and_change_in_a_terminal(unlocked_app, qtbot, app_folder, client_id,
                                           "--goal-status", f"{ids[1]}=met")
    i18n.install("es")
    try:
        again.save()
        assert "Elija qué conservar" in again.message.text(), again.message.text()
        again._show_choice()
        assert again.theirs.text().startswith("Otro programa también cambió este objetivo"), again.theirs.text()
    finally:
        i18n.install("en")

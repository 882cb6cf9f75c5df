"""A treatment plan being written survives a lock (found in the real app: problems typed into
Edit plan…, then Ctrl+L and the unlock: the dialog was gone and so was the text; the idle lock
did the same to a plan written slowly between sessions)."""

from __future__ import annotations

import pytest

from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_chart import add_client
from tests.gui.test_screen_safety_lock import _no_plaintext_on_disk
from vault_app.gui.controller import AppController
from vault_app.gui.held import RESTORED
from vault_app.gui.plan_dialog import PlanDialog
from vault_app.services import plans

pytestmark = pytest.mark.gui


def _shown_plans(app: AppController) -> list[PlanDialog]:
    window = app.main_window
    assert window is not None
    return [d for d in window.findChildren(PlanDialog) if d.isVisible()]


def test_a_plan_being_written_is_back_after_the_lock(unlocked_app: AppController, qtbot, app_folder) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, "Pia Planwriter")
    other = add_client(unlocked_app, qtbot, "Otto Otherchart")
    window.open_chart(client_id)
    wait_ops(qtbot)
    dialog = window.chart.overview.edit_plan()
    assert isinstance(dialog, PlanDialog)
    qtbot.keyClicks(dialog.problems, "Avoids school since October; panic on the bus.")
    dialog.add_goal()
    qtbot.keyClicks(dialog.description, "Rides the bus to school")
    qtbot.keyClicks(dialog.objectives, "Two stops with a parent")
    window.open_chart(other)  # the chart behind moved on: the plan still belongs to Pia
    wait_ops(qtbot)

    unlocked_app.lock("Locked after a period without activity.")
    wait_ops(qtbot)
    _no_plaintext_on_disk(app_folder, "panic on the bus")
    unlock(unlocked_app, qtbot)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: len(_shown_plans(unlocked_app)) == 1, timeout=10_000)
    restored = _shown_plans(unlocked_app)[0]
    assert restored.client_id == client_id
    assert restored.problems.toPlainText() == "Avoids school since October; panic on the bus."
    assert restored.description.text() == "Rides the bus to school"
    assert restored.objectives.toPlainText() == "Two stops with a parent"
    assert restored.message.text() == RESTORED
    restored.save()
    wait_ops(qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    plan = plans.get_plan(vault, client_id)
    assert plan is not None and plan.problems == "Avoids school since October; panic on the bus."
    assert [(g.description, list(g.objectives)) for g in plan.goals] == [
        ("Rides the bus to school", ["Two stops with a parent"])]


def test_an_untouched_plan_holds_nothing(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Una Untouched")
    dialog = window.chart.overview.edit_plan()
    assert isinstance(dialog, PlanDialog)
    assert dialog.held_entry() is None
    dialog.reject()


def test_escape_on_a_changed_plan_asks_before_closing(unlocked_app: AppController, qtbot) -> None:
    """Found in the real app: Escape closed a plan being written, its text gone without a word."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Esa Escapekey")
    dialog = window.chart.overview.edit_plan()
    assert isinstance(dialog, PlanDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.problems, Qt.Key.Key_Escape)  # untouched: Escape closes, as anywhere
    assert not dialog.isVisible()

    dialog = window.chart.overview.edit_plan()
    assert isinstance(dialog, PlanDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.problems.setFocus()
    qtbot.keyClicks(dialog.problems, "Panic on the bus.")
    qtbot.keyClick(dialog.problems, Qt.Key.Key_Escape)
    box = dialog.leave_box
    qtbot.waitUntil(box.isVisible)
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # back to the plan
    assert dialog.isVisible() and dialog.problems.toPlainText() == "Panic on the bus."
    qtbot.keyClick(dialog.problems, Qt.Key.Key_Escape)
    box = dialog.leave_box
    qtbot.waitUntil(box.isVisible)
    next(b for b in box.buttons() if b.text().replace("&", "") == "Close without saving").click()
    QApplication.processEvents()
    assert not dialog.isVisible()

"""Client details held over a lock while another program changed the same client (`vault-app
client update` in a terminal, a real second process, while the window was locked).

Found probing: the reopened form put back EVERY field as it was read before the lock, not only
what the therapist had typed: a discharge recorded meanwhile came back unticked (Save then
re-admitted the client without the discharge's questions) and an e-mail address corrected
meanwhile came back as the old one (Save put it back), without a word. Now the form shows the
client as the vault has them, with the therapist's own changes over it, and says so; where both
changed the same detail, what was typed is kept and the form says to check it. Real vault
files, real widgets, a real CLI process."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtTest import QTest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli_process
from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_held_dates import _reopened
from tests.gui.test_restrictions_gui import _panel
from vault_app.gui.client_details import ClientDetailsDialog
from vault_app.gui.controller import AppController
from vault_app.gui.held import RESTORED
from vault_app.gui.plan_dialog import PlanDialog
from vault_app.services import clients, plans

pytestmark = pytest.mark.gui


def _details(app: AppController, qtbot) -> tuple[str, ClientDetailsDialog]:  # type: ignore[no-untyped-def]
    chart, _restrictions = _panel(app, qtbot)
    assert app.main_window is not None
    dialog = app.main_window.chart.overview.edit_details()
    assert isinstance(dialog, ClientDetailsDialog)
    qtbot.waitExposed(dialog)
    return chart.client_id, dialog


def _type(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    widget.selectAll()
    QTest.keyClicks(widget, text)


def _update_in_a_terminal(folder: Path, client_id: str, *args: str) -> None:
    done = cli_process("client", "update", "--vault", str(folder), client_id, *args)
    assert done.code == 0, done.err


def test_details_changed_meanwhile_by_another_program_are_shown_and_not_undone(
        unlocked_app: AppController, qtbot, app_folder: Path) -> None:
    client_id, dialog = _details(unlocked_app, qtbot)
    _type(dialog.phone, "555-0142")
    unlocked_app.idle.idle_lock.emit()
    wait_ops(qtbot)
    assert unlocked_app.vault is None

    _update_in_a_terminal(app_folder, client_id, "--status", "discharged", "--email", "ada.new@example.org")

    window = unlock(unlocked_app, qtbot)
    again = _reopened(window, ClientDetailsDialog, qtbot)
    assert again.phone.text() == "555-0142", "what was typed is back"
    assert again.discharged.isChecked(), "the discharge recorded meanwhile is shown, not undone"
    assert again.email.text() == "ada.new@example.org"
    said = again.message.text()
    assert said.startswith(RESTORED) and "changed by another program" in said, said
    assert "check" not in said.lower(), "nothing typed was changed meanwhile too"

    again.save()
    wait_ops(qtbot)
    assert not again.isVisible(), again.message.text()
    vault = unlocked_app.vault
    assert vault is not None
    client = clients.get_client(vault, client_id)
    assert client.status == "discharged"
    assert client.contact.email == "ada.new@example.org" and client.contact.phone == "555-0142"


def test_a_detail_both_changed_keeps_what_was_typed_and_says_to_check_it(
        unlocked_app: AppController, qtbot, app_folder: Path) -> None:
    client_id, dialog = _details(unlocked_app, qtbot)
    _type(dialog.phone, "555-0142")
    unlocked_app.idle.idle_lock.emit()
    wait_ops(qtbot)
    _update_in_a_terminal(app_folder, client_id, "--phone", "555-0199")

    window = unlock(unlocked_app, qtbot)
    again = _reopened(window, ClientDetailsDialog, qtbot)
    assert again.phone.text() == "555-0142"
    said = again.message.text()
    assert "changed by another program" in said and "check" in said.lower(), said


def test_nothing_changed_meanwhile_says_only_restored(unlocked_app: AppController, qtbot) -> None:
    _client_id, dialog = _details(unlocked_app, qtbot)
    _type(dialog.phone, "555-0142")
    unlocked_app.idle.idle_lock.emit()
    wait_ops(qtbot)
    window = unlock(unlocked_app, qtbot)
    again = _reopened(window, ClientDetailsDialog, qtbot)
    assert again.phone.text() == "555-0142"
    assert again.message.text() == RESTORED


# --- the treatment plan, the other held form that edits what is on file -----------------------
def _plan(app: AppController, qtbot) -> tuple[str, PlanDialog]:  # type: ignore[no-untyped-def]
    chart, _restrictions = _panel(app, qtbot)
    assert app.main_window is not None
    dialog = app.main_window.chart.overview.edit_plan()
    assert isinstance(dialog, PlanDialog)
    qtbot.waitExposed(dialog)
    return chart.client_id, dialog


def _plan_in_a_terminal(folder: Path, client_id: str, *args: str) -> None:
    done = cli_process("plan", "update", "--vault", str(folder), client_id, *args)
    assert done.code == 0, done.err


def test_a_plan_changed_meanwhile_by_another_program_keeps_its_changes(
        unlocked_app: AppController, qtbot, app_folder: Path) -> None:
    client_id, dialog = _plan(unlocked_app, qtbot)
    _type(dialog.modality, "individual CBT, weekly")
    unlocked_app.idle.idle_lock.emit()
    wait_ops(qtbot)
    _plan_in_a_terminal(app_folder, client_id, "--problems", "Panic attacks on the bus",
                        "--add-goal", "Rides the bus to work")

    window = unlock(unlocked_app, qtbot)
    again = _reopened(window, PlanDialog, qtbot)
    assert again.modality.text() == "individual CBT, weekly"
    assert again.problems.toPlainText() == "Panic attacks on the bus"
    assert [g["description"] for g in again.goals] == ["Rides the bus to work"]
    said = again.message.text()
    assert said.startswith(RESTORED) and "changed by another program" in said, said
    again.save()
    wait_ops(qtbot)
    assert not again.isVisible(), again.message.text()
    vault = unlocked_app.vault
    assert vault is not None
    plan = plans.get_plan(vault, client_id)
    assert plan is not None and plan.problems == "Panic attacks on the bus"
    assert plan.modality_frequency == "individual CBT, weekly"
    assert [g.description for g in plan.goals] == ["Rides the bus to work"]


def test_a_plan_detail_both_changed_keeps_what_was_typed_and_says_to_check_it(
        unlocked_app: AppController, qtbot, app_folder: Path) -> None:
    client_id, dialog = _plan(unlocked_app, qtbot)
    dialog.problems.setPlainText("Low mood since the move")
    unlocked_app.idle.idle_lock.emit()
    wait_ops(qtbot)
    _plan_in_a_terminal(app_folder, client_id, "--problems", "Panic attacks on the bus")

    window = unlock(unlocked_app, qtbot)
    again = _reopened(window, PlanDialog, qtbot)
    assert again.problems.toPlainText() == "Low mood since the move"
    said = again.message.text()
    assert "changed by another program" in said and "check" in said.lower(), said


def test_a_plan_with_goals_nothing_changed_meanwhile_says_only_restored(
        unlocked_app: AppController, qtbot) -> None:
    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    chart = fx.make_chart(vault, n=1)
    plans.update_plan(vault, chart.client_id, problems="Worry", goals=[
        {"description": "Sleeps through", "objectives": ["bed by 11"], "target_date": "2030-01-31",
         "status": "active"}])
    window.open_chart(chart.client_id)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: window.chart.shown_client() is not None, timeout=10_000)
    dialog = window.chart.overview.edit_plan()
    assert isinstance(dialog, PlanDialog)
    qtbot.waitExposed(dialog)
    assert dialog.goals and dialog.goals[0]["target_date"] == "2030-01-31"
    _type(dialog.modality, "couples, every other week")
    unlocked_app.idle.idle_lock.emit()
    wait_ops(qtbot)
    window = unlock(unlocked_app, qtbot)
    again = _reopened(window, PlanDialog, qtbot)
    assert again.modality.text() == "couples, every other week"
    assert [g["description"] for g in again.goals] == ["Sleeps through"]
    assert again.message.text() == RESTORED

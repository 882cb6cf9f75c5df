"""Changing the record after the fact through the real widgets: addenda and amendments to
psychotherapy notes, a single session's details, guardians and the treatment plan."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services import clients, guardians, notes, plans, sessions
from vault_app.services import psychotherapy_notes as psy
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


def chart_of_new_client(app: AppController, qtbot) -> tuple[Any, str, Vault]:
    """The main window showing a new client's chart, that client's id, and the open vault."""
    window = app.main_window
    assert window is not None
    client_id = add_client(app, qtbot)
    assert app.vault is not None
    return window, client_id, app.vault


def _open_psychotherapy(app: AppController, qtbot) -> object:
    window = app.main_window
    assert window is not None
    tab = window.chart.psychotherapy
    window.chart.tabs.setCurrentWidget(tab)
    tab.passphrase.setText(PASSPHRASE)
    tab.unlock()
    wait_ops(qtbot)
    assert app.psychotherapy_open
    return tab


def test_amend_a_signed_psychotherapy_note(unlocked_app: AppController, qtbot) -> None:
    client_id = add_client(unlocked_app, qtbot)
    tab = _open_psychotherapy(unlocked_app, qtbot)
    tab.new_note()
    assert not tab.amend_button.isEnabled(), "a draft is edited directly, not amended"
    qtbot.keyClicks(tab.editor, "Transference themes around the father")
    qtbot.waitUntil(lambda: tab.autosave is not None and tab.autosave.draft.note_id is not None, timeout=5000)
    note_id = tab.autosave.draft.note_id
    tab.sign_now()
    wait_ops(qtbot)
    assert tab.editor.isReadOnly() and tab.amend_button.isEnabled()

    dialog = tab.amend()
    assert dialog is not None
    dialog.change.setCurrentIndex(dialog.change.findData("amendment"))
    dialog.text.setPlainText("It was the stepfather, not the father.")
    dialog.save()  # an amendment without a reason is refused and nothing is added
    wait_ops(qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    assert psy.psychotherapy_note_history(vault, note_id).amendments == ()
    assert dialog.isVisible() and "reason" in dialog.message.text().lower()
    dialog.reason.setText("wrong relative named")
    dialog.save()
    wait_ops(qtbot)
    assert not dialog.isVisible()

    history = psy.psychotherapy_note_history(vault, note_id)
    assert [a.kind for a in history.amendments] == ["amendment"]
    assert history.note.body == "Transference themes around the father", "the signed note never changes"
    assert history.signature_valid
    # The note is shown again with its history under it.
    assert tab.history.isVisible()
    assert "stepfather" in tab.history.toPlainText() and "wrong relative named" in tab.history.toPlainText()
    assert tab.editor.toPlainText() == "Transference themes around the father"
    entries = [e for e in vault.ledger.entries() if e.kind == "note.amended"]
    assert entries and entries[-1].payload["kind"] == "psychotherapy"
    assert entries[-1].payload["client_id"] == client_id

    # Locking the compartment blanks the history and closes an open amendment dialog.
    dialog = tab.amend()
    assert dialog is not None
    dialog.text.setPlainText("half-typed psychotherapy text")
    unlocked_app.lock_psychotherapy()
    wait_ops(qtbot)
    assert not dialog.isVisible() and dialog.text.toPlainText() == ""
    assert tab.history.toPlainText() == "" and not tab.amend_button.isEnabled()


def _session_item(window: object, session_id: str) -> object:
    tree = window.chart.sessions.sessions  # type: ignore[attr-defined]
    for i in range(tree.topLevelItemCount()):
        if tree.topLevelItem(i).data(0, 256) == session_id:  # Qt.UserRole
            return tree.topLevelItem(i)
    raise AssertionError("session not listed")


def test_correct_a_single_session(unlocked_app: AppController, qtbot) -> None:
    window, client_id, vault = chart_of_new_client(unlocked_app, qtbot)
    seen = sessions.add_session(vault, client_id, date="2026-11-02", duration_minutes=53)
    note = notes.create_progress_note(vault, client_id, template="free", text="Seen today.",
                                      session_id=seen.session_id)
    spare = sessions.add_session(vault, client_id, date="2026-11-03", duration_minutes=30)
    window.chart.reload()
    wait_ops(qtbot)

    dialog = window.chart.sessions.edit_session(_session_item(window, seen.session_id))
    assert dialog is not None and "Ada" not in dialog.windowTitle()
    dialog.start_time.setText("10:00")
    dialog.end_time.setText("09:30")
    dialog.save()
    wait_ops(qtbot)
    assert dialog.isVisible() and "stop time" in dialog.message.text()
    assert sessions.get_session(vault, seen.session_id).start_time is None, "nothing saved"

    dialog.end_time.setText("10:53")
    dialog.icd.setText("f41.1, F32.1")
    dialog.billing.setCurrentIndex(dialog.billing.findData("billed"))
    dialog.save()
    wait_ops(qtbot)
    assert not dialog.isVisible(), dialog.message.text()
    fixed = sessions.get_session(vault, seen.session_id)
    assert (fixed.start_time.isoformat(), fixed.end_time.isoformat()) == ("10:00:00", "10:53:00")
    assert fixed.duration_minutes == 53 and fixed.icd10_codes == ("F41.1", "F32.1")
    assert fixed.billing_status == "billed"
    logged = [e for e in vault.ledger.entries() if e.kind == "session.updated"][-1]
    assert logged.payload["fields"] == ["billing_status", "end_time", "icd10_codes", "start_time"]
    assert "billed" in _session_item(window, seen.session_id).text(7)  # after Start
    assert notes.get_note(vault, note.note_id).sections == note.sections

    # A session with a progress note stays; one entered by mistake can go.
    dialog = window.chart.sessions.edit_session(_session_item(window, seen.session_id))
    dialog.remove_confirmed()
    wait_ops(qtbot)
    assert dialog.isVisible() and "progress note" in dialog.message.text()
    dialog.reject()
    dialog = window.chart.sessions.edit_session(_session_item(window, spare.session_id))
    dialog.remove_confirmed()
    wait_ops(qtbot)
    assert not dialog.isVisible()
    assert [s.session_id for s in sessions.list_sessions(vault, client_id)] == [seen.session_id]
    assert window.chart.sessions.sessions.topLevelItemCount() == 1


def test_add_correct_end_and_remove_guardians(unlocked_app: AppController, qtbot) -> None:
    window, client_id, vault = chart_of_new_client(unlocked_app, qtbot)
    overview = window.chart.overview
    dialog = overview.edit_guardians()
    assert dialog is not None and "Ada" not in dialog.windowTitle()
    assert dialog.list.topLevelItemCount() == 0 and not dialog.remove_button.isEnabled()

    dialog.name.setText("Hazel Testperson")
    dialog.relationship.setText("mother")
    dialog.valid_from.setText("2020-01-01")
    dialog.save()
    wait_ops(qtbot)
    assert dialog.list.topLevelItemCount() == 1, dialog.message.text()
    (hazel,) = clients.get_client(vault, client_id).guardians
    assert (hazel.name, hazel.authority, hazel.may_authorize) == ("Hazel Testperson", "parent", True)
    assert dialog.editing == hazel.guardian_id, "the saved guardian stays selected for further edits"
    # an adult client's parent: the authority ended when the client came of age
    qtbot.waitUntil(lambda: dialog.list.topLevelItem(0) is not None
                    and dialog.list.topLevelItem(0).text(5) == "02/02/1998 (turned 18 on 02/03/1998)", timeout=10_000)
    qtbot.waitUntil(lambda: "Hazel Testperson" in overview.fields["guardians"].text(), timeout=5000)

    # A second entry, then a typo in a date: shown beside the form, nothing saved.
    dialog.new_guardian()
    dialog.name.setText("Wrong Entry")
    dialog.save()
    wait_ops(qtbot)
    dialog.select(hazel.guardian_id)
    assert dialog.name.text() == "Hazel Testperson"
    dialog.valid_until.setText("2019-12-31")
    dialog.save()
    wait_ops(qtbot)
    assert "ends before it starts" in dialog.message.text()
    assert clients.get_client(vault, client_id).guardians[0] == hazel

    # Custody changed: authority ends and she may no longer sign. The id stays.
    dialog.valid_until.setText("2026-10-01")
    dialog.may_authorize.setChecked(False)
    dialog.save()
    wait_ops(qtbot)
    assert dialog.message.text() == ""
    changed = clients.get_client(vault, client_id).guardians[0]
    assert changed.guardian_id == hazel.guardian_id
    assert (changed.valid_until.isoformat(), changed.may_authorize) == ("2026-10-01", False)
    logged = [e for e in vault.ledger.entries() if e.kind == "guardian.updated"][-1]
    assert logged.payload["fields"] == ["may_authorize", "valid_until"]
    assert "Hazel" not in str(logged.payload), "the ledger keeps ids, not names"

    wrong = next(g for g in clients.get_client(vault, client_id).guardians if g.name == "Wrong Entry")
    dialog.select(wrong.guardian_id)
    dialog.remove_confirmed()
    wait_ops(qtbot)
    assert [g.name for g in clients.get_client(vault, client_id).guardians] == ["Hazel Testperson"]
    assert dialog.list.topLevelItemCount() == 1 and dialog.editing is None
    dialog.reject()


def test_edit_the_treatment_plan_and_its_goals(unlocked_app: AppController, qtbot) -> None:
    window, client_id, vault = chart_of_new_client(unlocked_app, qtbot)
    overview = window.chart.overview
    dialog = overview.edit_plan()
    assert dialog is not None and dialog.goal_list.topLevelItemCount() == 0 and not dialog.goal_box.isEnabled()
    dialog.problems.setPlainText("Panic attacks on the commute")
    dialog.diagnoses.setText("f41.0")
    dialog.modality.setText("individual CBT, weekly")
    dialog.start.setText("2026-11-02")
    dialog.review.setText("2027-02-01")
    dialog.add_goal()
    qtbot.keyClicks(dialog.description, "Ride the train to work")
    dialog.objectives.setPlainText("Fewer than one panic attack a week\n\nUse breathing skill on the platform")
    dialog.target.setText("2027-01-15")
    dialog.add_goal()
    qtbot.keyClicks(dialog.description, "Sleep through the night")
    assert dialog.goal_list.topLevelItem(1).text(1) == "Sleep through the night"
    dialog.save()
    wait_ops(qtbot)
    assert not dialog.isVisible(), dialog.message.text()
    plan = plans.get_plan(vault, client_id)
    assert plan is not None and plan.diagnosis_codes == ("F41.0",)
    assert [g.description for g in plan.goals] == ["Ride the train to work", "Sleep through the night"]
    assert plan.goals[0].objectives == ("Fewer than one panic attack a week", "Use breathing skill on the platform")
    qtbot.waitUntil(lambda: "Ride the train" in overview.fields["goals"].text(), timeout=5000)

    # A note refers to the first goal: it cannot be removed, only marked met.
    notes.create_progress_note(vault, client_id, text="Rode two stops.", goal_ids=[plan.goals[0].goal_id])
    dialog = overview.edit_plan()
    dialog.goal_list.setCurrentItem(dialog.goal_list.topLevelItem(0))
    dialog.remove_goal()
    assert dialog.goal_list.topLevelItemCount() == 1
    dialog.save()
    wait_ops(qtbot)
    assert dialog.isVisible() and "met or discontinued" in dialog.message.text()
    assert plans.get_plan(vault, client_id) == plan, "a refused change writes nothing"
    dialog.reject()
    dialog = overview.edit_plan()
    dialog.goal_list.setCurrentItem(dialog.goal_list.topLevelItem(0))
    dialog.status.setCurrentIndex(dialog.status.findData("met"))
    dialog.description.setText("Ride the train to work alone")
    dialog.description.textEdited.emit("Ride the train to work alone")
    dialog.save()
    wait_ops(qtbot)
    assert not dialog.isVisible(), dialog.message.text()
    first = plans.get_plan(vault, client_id).goals[0]
    assert first.goal_id == plan.goals[0].goal_id, "a reworded goal keeps its id, so notes still point at it"
    assert (first.status, first.description) == ("met", "Ride the train to work alone")


def test_editing_dialogs_go_when_the_vault_locks(unlocked_app: AppController, qtbot) -> None:
    window, client_id, vault = chart_of_new_client(unlocked_app, qtbot)
    sessions.add_session(vault, client_id, date="2026-11-03", duration_minutes=45)
    window.chart.reload()
    wait_ops(qtbot)
    plan = window.chart.overview.edit_plan()
    plan.problems.setPlainText("typed but not saved")
    guardians = window.chart.overview.edit_guardians()
    guardians.name.setText("Typed Guardian")
    session = window.chart.sessions.edit_session(window.chart.sessions.sessions.topLevelItem(0))
    dialogs = [plan, guardians, session]
    assert all(d is not None and d.isVisible() for d in dialogs)
    unlocked_app.lock("test")
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: unlocked_app.main_window is None, timeout=5000)
    import shiboken6
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(lambda: not any(shiboken6.isValid(d) for d in dialogs), timeout=5000)  # deleted, not hidden

    texts = [w.text() for w in QApplication.allWidgets() if hasattr(w, "text") and callable(w.text)]
    assert "Typed Guardian" not in texts


def test_a_minors_parent_shows_the_day_their_authority_ends(unlocked_app: AppController, qtbot) -> None:
    """Found in the real app: the guardian list said nothing under Until for the mother of a
    17-year-old, as if her authority ran on; it ends when the client comes of age."""
    from datetime import date, timedelta

    from vault_app.domain.representatives import parental_authority_ends
    from vault_app.gui.dates import show_date

    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    born = date(date.today().year - 17, 1, 1) if date.today().month > 1 else date(date.today().year - 18, 3, 1)
    client = clients.create_client(vault, "Milo Minorchart", date_of_birth=born.isoformat())
    guardians.add_guardian(vault, client.client_id, name="Ana Minorchart", relationship="mother", authority="parent")
    window.open_chart(client.client_id)
    wait_ops(qtbot)
    dialog = window.chart.overview.edit_guardians()
    assert dialog is not None
    wait_ops(qtbot)
    ends = parental_authority_ends("parent", born, 18, majority_order=False)
    assert ends is not None
    qtbot.waitUntil(lambda: dialog.list.topLevelItem(0) is not None
                    and dialog.list.topLevelItem(0).text(5)
                    == f"{show_date(ends - timedelta(days=1))} (turns 18 on {show_date(ends)})", timeout=10_000)
    dialog.reject()
    wait_ops(qtbot)

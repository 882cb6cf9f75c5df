"""Restrictions the client asks for (45 CFR 164.522(a)) and the confidential-communications
request (164.522(b)) in the app. Found in the real app: they had no screen at all (only
`vault-app restriction ...`), while the export wizard refused disclosures because of them,
and saving the client's details emptied a confidential-communications request."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.client_details import ClientDetailsDialog
from vault_app.gui.controller import AppController
from vault_app.gui.restriction_dialogs import EndRestrictionDialog, RestrictionAnswerDialog, RestrictionRequestDialog
from vault_app.gui.restrictions_panel import RestrictionsPanel
from vault_app.services import clients, disclosure_gate, restrictions

pytestmark = pytest.mark.gui


def _panel(app: AppController, qtbot) -> tuple[fx.Chart, RestrictionsPanel]:  # type: ignore[no-untyped-def]
    """A chart with signed notes, open in the app on its Requests tab."""
    window, vault = app.main_window, app.vault
    assert window is not None and vault is not None
    chart = fx.make_chart(vault, n=1)
    window.open_chart(chart.client_id)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: window.chart.shown_client() is not None, timeout=10_000)
    window.chart.tabs.setCurrentWidget(window.chart.requests)
    wait_ops(qtbot)
    return chart, window.chart.requests.restrictions


def _rows(panel: RestrictionsPanel) -> list[list[str]]:
    items = [panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())]
    return [[item.text(c) for c in range(6)] for item in items if item is not None]


def test_recorded_agreed_enforced_and_ended_by_the_practice(unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    assert vault is not None and unlocked_app.main_window is not None
    chart, panel = _panel(unlocked_app, qtbot)
    client_id = chart.client_id
    assert _rows(panel) == [] and panel.confidential_label.text() == "none requested"
    dialog = panel.add()
    assert isinstance(dialog, RestrictionRequestDialog)
    qtbot.waitExposed(dialog)
    dialog.description.setText("please do not send my notes to Dr. Rivera")
    dialog.asked.setDate(QDate.currentDate().addDays(-3))
    dialog.cover_progress.setChecked(True)
    dialog.recipient.setText(fx.RECIPIENT.name)
    dialog.answered.setDate(QDate.currentDate().addDays(-2))
    assert not dialog.agreed.isChecked() and dialog.refused.isEnabled()  # the therapist answers
    dialog.agreed.setChecked(True)
    dialog.save()
    wait_ops(qtbot)
    assert not dialog.isVisible()
    (r,) = restrictions.list_restrictions(vault, client_id)
    assert (r.kind, r.status, r.kinds, r.recipient) == ("other", "agreed", ("progress",), fx.RECIPIENT.name)
    qtbot.waitUntil(lambda: len(_rows(panel)) == 1, timeout=10_000)
    what, applies, asked, answer, since, ended = _rows(panel)[0]
    assert what == r.description and applies == f"progress notes, to {fx.RECIPIENT.name}"
    assert (answer, ended) == ("agreed", "") and asked and since and asked != since
    assert panel.answer_button.isEnabled() and panel.end_button.isEnabled()  # nothing chosen: they say what to do

    # The wizard's refusal names it as the screen does, and says where its terms are.
    treatment = fx.request(client_id, note_ids=tuple(chart.progress), basis="treatment",
                           evidence=dict(fx.TREATMENT))
    verdict = disclosure_gate.check(vault, treatment)
    assert not verdict.allowed and any("Requests tab, under Restrictions" in x for x in verdict.reasons)
    assert all(r.restriction_id not in x for x in verdict.reasons)

    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.tree.visualItemRect(panel.tree.topLevelItem(0)).center())
    assert not panel.answer_button.isEnabled() and panel.end_button.isEnabled()  # as the click selects it
    status = unlocked_app.main_window.status_label
    assert panel.answer() is None and "No restriction request is waiting" in status.text()
    end = panel.end()
    assert isinstance(end, EndRestrictionDialog)
    qtbot.waitExposed(end)
    assert end.by_practice.isEnabled()
    end.by_practice.setChecked(True)
    assert "only to information created or received after you told the client" in end.explained.text()
    end.save()
    wait_ops(qtbot)
    assert not end.isVisible()
    ended_r = restrictions.get_restriction(vault, r.restriction_id)
    assert (ended_r.status, ended_r.terminated_by) == ("terminated", "practice")
    qtbot.waitUntil(lambda: _rows(panel)[0][5].endswith(", by you"), timeout=10_000)
    assert _rows(panel)[0][3] == "agreed" and not panel.end_button.isEnabled()


def test_self_pay_must_be_agreed_and_only_the_client_ends_it(unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    assert vault is not None and unlocked_app.main_window is not None
    chart, panel = _panel(unlocked_app, qtbot)
    client_id = chart.client_id
    dialog = panel.add()
    assert isinstance(dialog, RestrictionRequestDialog)
    qtbot.waitExposed(dialog)
    dialog.refused.setChecked(True)
    dialog.self_pay.setChecked(True)  # the law's one must-agree: Refused goes, nothing chosen for them
    assert not dialog.refused.isEnabled() and not dialog.refused.isChecked() and not dialog.agreed.isChecked()
    assert "164.522(a)(1)(vi)" in dialog.explained.text()
    assert not dialog.recipient.isVisible()
    assert dialog.later is not None
    dialog.later.setChecked(True)
    assert not dialog.answered.isEnabled()
    dialog.description.setText("not to my insurer, I pay myself")
    dialog.save()
    wait_ops(qtbot)
    (r,) = restrictions.list_restrictions(vault, client_id)
    assert (r.kind, r.status) == ("health_plan_self_pay", "requested")
    qtbot.waitUntil(lambda: len(_rows(panel)) == 1, timeout=10_000)
    assert _rows(panel)[0][1:4:2] == ["the health plan, for self-paid services", "not answered yet"]
    window = unlocked_app.main_window
    window.chart.tabs.setCurrentWidget(window.chart.overview)
    window.activateWindow()
    window.menu_actions["restrictions"].trigger()  # Clients > Restrictions...: the list, keyboard on it
    assert window.chart.tabs.currentWidget() is window.chart.requests
    qtbot.waitUntil(panel.tree.hasFocus, timeout=10_000)

    assert panel.end() is None and "No agreed restriction" in unlocked_app.main_window.status_label.text()
    answer = panel.answer()  # the only one waiting: no need to choose it
    assert isinstance(answer, RestrictionAnswerDialog)
    qtbot.waitExposed(answer)
    assert not answer.refused.isEnabled() and answer.agreed.isChecked()
    answer.save()
    wait_ops(qtbot)
    assert restrictions.get_restriction(vault, r.restriction_id).status == "agreed"
    qtbot.waitUntil(lambda: _rows(panel)[0][3] == "agreed", timeout=10_000)
    end = panel.end()
    assert isinstance(end, EndRestrictionDialog)
    assert not end.by_practice.isEnabled() and end.by_client.isChecked()
    assert "164.522(a)(2)(iii)(A)" in end.explained.text()
    end.save()
    wait_ops(qtbot)
    assert restrictions.get_restriction(vault, r.restriction_id).terminated_by == "client"


def test_bad_input_is_said_in_the_form_and_nothing_is_written(unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart, panel = _panel(unlocked_app, qtbot)
    client_id = chart.client_id
    dialog = panel.add()
    assert isinstance(dialog, RestrictionRequestDialog)
    qtbot.waitExposed(dialog)
    dialog.save()  # nothing typed
    wait_ops(qtbot)
    assert dialog.isVisible() and "in their words" in dialog.message.text()
    dialog.description.setText("not to my employer's plan")
    dialog.agreed.setChecked(True)
    dialog.asked.setDate(QDate.currentDate().addDays(-1))
    dialog.answered.setDate(QDate.currentDate().addDays(-5))
    dialog.save()  # answered before asked: said before the request is written (else it would be stored twice)
    wait_ops(qtbot)
    assert dialog.isVisible() and "before the client asked" in dialog.message.text()
    dialog.recipient.setText("x" * 5000)  # the service's own refusal comes back into the form
    dialog.answered.setDate(QDate.currentDate())
    dialog.save()
    wait_ops(qtbot)
    assert dialog.isVisible() and dialog.message.text() and "Traceback" not in dialog.message.text()
    assert restrictions.list_restrictions(vault, client_id) == []
    assert dialog.description.text() == "not to my employer's plan"  # what was typed is kept


def test_client_details_keep_and_edit_the_confidential_communications_request(
        unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    window = unlocked_app.main_window
    assert vault is not None and window is not None
    chart, panel = _panel(unlocked_app, qtbot)
    client_id = chart.client_id
    clients.update_client(vault, client_id, contact={"confidential_request": "mobile only; mail to PO Box 9"})
    panel.load(client_id)
    wait_ops(qtbot)
    assert panel.confidential_label.text() == "mobile only; mail to PO Box 9"
    window.toggle_privacy()
    assert "PO Box" not in panel.confidential_label.text()
    window.toggle_privacy()
    assert panel.confidential_label.text() == "mobile only; mail to PO Box 9"

    # Saving the details for another field emptied the request (the form did not carry it).
    client = window.chart.shown_client()
    assert client is not None and client.contact.confidential_request
    details = ClientDetailsDialog(unlocked_app, client)
    qtbot.addWidget(details)
    details.phone.setText("555-0199")
    details.save()
    wait_ops(qtbot)
    kept = clients.get_client(vault, client_id).contact
    assert (kept.phone, kept.confidential_request) == ("555-0199", "mobile only; mail to PO Box 9")

    change = panel.change_confidential()
    assert isinstance(change, ClientDetailsDialog)
    qtbot.waitExposed(change)
    assert change.confidential.text() == "mobile only; mail to PO Box 9"
    change.confidential.setText("text messages only")
    change.save()
    wait_ops(qtbot)
    assert clients.get_client(vault, client_id).contact.confidential_request == "text messages only"
    qtbot.waitUntil(lambda: panel.confidential_label.text() == "text messages only", timeout=10_000)


def test_a_request_being_typed_survives_the_lock(unlocked_app: AppController, qtbot, app_folder) -> None:
    """The client's words, typed when the vault locks, come back in the reopened form (as in
    every dialog with free text), held encrypted, never in plaintext on disk."""
    from tests.gui.conftest import unlock

    window = unlocked_app.main_window
    assert window is not None
    chart, panel = _panel(unlocked_app, qtbot)
    dialog = panel.add()
    assert isinstance(dialog, RestrictionRequestDialog)
    dialog.description.setText("never to my father's insurer")
    dialog.cover_billing.setChecked(True)
    dialog.refused.setChecked(True)
    unlocked_app.lock("test")
    wait_ops(qtbot)
    for path in app_folder.rglob("*"):
        if path.is_file():
            assert b"father's insurer" not in path.read_bytes(), path.name
    window = unlock(unlocked_app, qtbot)  # a new main window: the lock closed the other
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(RestrictionRequestDialog)),
                    timeout=10_000)
    (again,) = [d for d in window.findChildren(RestrictionRequestDialog) if d.isVisible()]
    assert again.client_id == chart.client_id and again.description.text() == "never to my father's insurer"
    assert again.covers() == ["billing"] and again.refused.isChecked() and "Restored" in again.message.text()
    assert window.chart.tabs.currentWidget() is window.chart.requests
    again.save()
    wait_ops(qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    (r,) = restrictions.list_restrictions(vault, chart.client_id)
    assert (r.description, r.status, r.kinds) == ("never to my father's insurer", "refused", ("billing",))


def test_a_restriction_on_documents_alone_is_recorded_shown_and_enforced(unlocked_app: AppController,
                                                                         qtbot) -> None:
    """The screen offered progress notes, psychotherapy notes and billing: a request about the
    chart's documents alone ("not my hospital records") could be recorded only as covering
    notes, or everything. Ticked by keyboard (Space), it is recorded, shown, and the gate
    refuses the complete export's documents while a note goes."""
    from PySide6.QtTest import QTest

    from vault_app.services import attachments

    vault = unlocked_app.vault
    assert vault is not None
    chart, panel = _panel(unlocked_app, qtbot)
    client_id = chart.client_id
    doc = attachments.add_attachment(vault, client_id, fx.SCAN, kind="consent", filename="hospital.pdf")
    dialog = panel.add()
    assert isinstance(dialog, RestrictionRequestDialog)
    qtbot.waitExposed(dialog)
    dialog.description.setText("not my hospital records")
    dialog.recipient.setText(fx.RECIPIENT.name)
    dialog.cover_documents.setFocus()
    QTest.keyClick(dialog.cover_documents, Qt.Key.Key_Space)
    assert dialog.covers() == ["documents"]
    dialog.agreed.setChecked(True)
    dialog.save()
    wait_ops(qtbot)
    assert not dialog.isVisible()
    (r,) = restrictions.list_restrictions(vault, client_id)
    assert (r.status, r.kinds) == ("agreed", ("documents",))
    qtbot.waitUntil(lambda: len(_rows(panel)) == 1, timeout=10_000)
    assert _rows(panel)[0][1] == f"documents, to {fx.RECIPIENT.name}"
    note = fx.request(client_id, note_ids=tuple(chart.progress), basis="treatment",
                      evidence=dict(fx.TREATMENT))
    assert disclosure_gate.check(vault, note).allowed
    assert not disclosure_gate.check(vault, note, documents=[doc]).allowed

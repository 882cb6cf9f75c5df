"""A client's amendment request, from its recording to its acceptance, in the app: found on the
real app (seventeenth round). The request form named no notes, and the request's "Granted" was
for access only, so an amendment request recorded in the app could be denied or withdrawn but
never accepted (even 'amendment accept' refused it: no notes were named). The notes are now
ticked when the request is recorded, and "Accept: amend the notes…" makes the amendment on each."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QPlainTextEdit, QPushButton

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.requests_dialog import NewRequestDialog, RequestDetailDialog
from vault_app.services import notes, practice, request_amendments, requests

pytestmark = pytest.mark.gui


def _type_and_ok(qtbot, question: QInputDialog, text: str) -> None:  # type: ignore[no-untyped-def]
    """By keyboard: the text typed, then Tab to OK and Enter (Tab once typed a tab, and
    Enter a new line, so the keyboard never reached OK)."""
    edit = question.findChild(QPlainTextEdit)
    assert edit is not None
    question.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit, timeout=10_000)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert "\t" not in edit.toPlainText()
    ok = QApplication.focusWidget()
    assert isinstance(ok, QPushButton) and question.isAncestorOf(ok)
    qtbot.keyClick(ok, Qt.Key.Key_Return)


def test_an_amendment_request_names_its_notes_and_is_accepted_on_them(unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    practice.update(vault, practice_name="Oakes Therapy", phone="555-0100", clinician_name="Dr. Maren Oakes")
    chart = fx.make_chart(vault, n=3)
    draft = notes.create_progress_note(vault, chart.client_id, text="still being written", note_date=fx.days_ago(0))
    new = NewRequestDialog(unlocked_app, chart.client_id)
    qtbot.addWidget(new)
    new.show()
    wait_ops(qtbot)
    assert not new.notes.isVisible()  # an access request names no notes
    new.kind.setCurrentIndex(new.kind.findData("amendment"))
    assert new.notes.isVisible()
    shown = [str(new.notes.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(new.notes.count())]
    assert sorted(shown) == sorted(chart.progress) and draft.note_id not in shown  # signed notes only
    new.description.setText("the date of my move is wrong")
    new.save()  # no note ticked: said, nothing recorded
    wait_ops(qtbot)
    assert "Tick the notes" in new.message.text()
    assert requests.list_requests(vault, client_id=chart.client_id) == []
    wanted = shown[:2]
    for i in range(new.notes.count()):
        if new.notes.item(i).data(Qt.ItemDataRole.UserRole) in wanted:
            new.notes.item(i).setCheckState(Qt.CheckState.Checked)
    new.save()
    wait_ops(qtbot)
    (q,) = requests.list_requests(vault, client_id=chart.client_id)
    assert q.kind == "amendment" and sorted(q.note_ids) == sorted(wanted)

    practice.update(vault, phone="")  # no phone yet: the acceptance letter cannot be written
    detail = RequestDetailDialog(unlocked_app, q.id)
    qtbot.addWidget(detail)
    detail.show()
    wait_ops(qtbot)
    assert detail.grant_button.isEnabled() and detail.grant_button.text().replace("&", "") == "Accept: amend the notes…"
    question = detail.grant()
    assert isinstance(question, QInputDialog)
    qtbot.waitExposed(question)
    _type_and_ok(qtbot, question, "The client moved in March, not in May.")
    wait_ops(qtbot)
    assert requests.get_request(vault, q.id).status == "open"
    practice.update(vault, phone="555-0100")
    question = detail.grant()  # what was typed is offered again, not lost with the refusal
    assert isinstance(question, QInputDialog)
    assert question.textValue() == "The client moved in March, not in May."
    qtbot.waitExposed(question)
    _type_and_ok(qtbot, question, "")
    wait_ops(qtbot)
    q = requests.get_request(vault, q.id)
    assert q.status == "granted" and q.amendment_text == "The client moved in March, not in May."
    for note_id in wanted:
        history = notes.note_history(vault, note_id)
        assert [a.text for a in history.amendments] == ["The client moved in March, not in May."]
    qtbot.waitUntil(lambda: "granted" in detail.summary.text(), timeout=10_000)
    assert not detail.grant_button.isEnabled()
    assert "amendment" in detail.letters.toPlainText().lower()
    assert "Nobody received an amended note" in detail.inform_label.text()  # none was disclosed
    detail.close()
    new.close()
    wait_ops(qtbot)


def test_the_ticked_notes_are_held_with_the_unfinished_request(unlocked_app: AppController, qtbot) -> None:
    """Text held at a lock (an unfinished request) keeps which notes were ticked, and they are
    ticked again when the request reopens, whether its list is read before or after."""
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=2)
    first = NewRequestDialog(unlocked_app, chart.client_id)
    qtbot.addWidget(first)
    wait_ops(qtbot)
    first.kind.setCurrentIndex(first.kind.findData("amendment"))
    first.description.setText("wrong date")
    first.notes.item(0).setCheckState(Qt.CheckState.Checked)
    held = first.held_entry()
    assert held is not None
    ticked = held["fields"]["notes"]
    assert ticked == [first.notes.item(0).data(Qt.ItemDataRole.UserRole)]
    again = NewRequestDialog(unlocked_app, chart.client_id)
    qtbot.addWidget(again)
    again.restore_fields(held["fields"])  # before the list is read
    wait_ops(qtbot)
    assert again.kind.currentData() == "amendment" and again.note_ids() == ticked
    later = NewRequestDialog(unlocked_app, chart.client_id)
    qtbot.addWidget(later)
    wait_ops(qtbot)
    later.restore_fields(held["fields"])  # after
    assert later.note_ids() == ticked


def test_an_accepted_amendment_says_who_to_inform_and_records_it(unlocked_app: AppController, qtbot, tmp_path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """After an accepted amendment the request's window lists who received an amended note and
    must be told (45 CFR 164.526(c)(3)), and records that one was; only the command line did."""
    from vault_app.gui import requests_dialog
    from vault_app.services import export

    vault = unlocked_app.vault
    assert vault is not None
    practice.update(vault, practice_name="Oakes Therapy", phone="555-0100", clinician_name="Dr. Maren Oakes")
    chart = fx.make_chart(vault, n=2)
    auth = fx.add_auth(vault, chart.client_id)
    amended = chart.progress[0]
    export.export(vault, fx.request(chart.client_id, note_ids=(amended,), authorization_id=auth.id),
                  out=tmp_path / "sent.pdf", password=fx.PASSWORD)
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(1),
                             description="wrong date", note_ids=[amended])
    request_amendments.accept_amendment(vault, q.id, text="The move was in March.")
    detail = RequestDetailDialog(unlocked_app, q.id)
    qtbot.addWidget(detail)
    detail.show()
    wait_ops(qtbot)
    assert detail.inform_label.isVisible() and detail.inform_button.isEnabled()
    assert f"{fx.RECIPIENT.name}, not yet" in detail.inform_label.text()
    monkeypatch.setattr(requests_dialog.QInputDialog, "getItem",
                        lambda _p, _t, _l, items, *_a, **_k: (items[0], True))
    detail.record_informed()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "informed" in detail.inform_label.text().split(fx.RECIPIENT.name, 1)[1], timeout=10_000)
    # Still open when all are informed: the client may name another (164.526(c)(3)(i)).
    assert "not yet" not in detail.inform_label.text() and detail.inform_button.isEnabled()
    detail.close()
    wait_ops(qtbot)

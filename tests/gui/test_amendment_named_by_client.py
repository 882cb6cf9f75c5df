"""Persons the client names (45 CFR 164.526(c)(2)(i), (c)(3)(i)) are recorded in the request's
window. Found by two walkers: with no recipient of the amended note in the ledger, "Informed of
the amendment…" was greyed out, and only the command line (--named-by-client) recorded them.
Driven with the real dialog: the name typed into it, OK pressed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QInputDialog

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.requests_dialog import RequestDetailDialog
from vault_app.services import amendment_notices, practice, request_amendments, requests

pytestmark = pytest.mark.gui
NAMED = "Dr. Rivera Named"


def _answer_when_asked(name: str, seen: list[str]) -> None:
    """Type `name` into the question once it is open, then press Enter (its OK)."""
    question = QApplication.activeModalWidget()
    if not isinstance(question, QInputDialog):
        QTimer.singleShot(20, lambda: _answer_when_asked(name, seen))
        return
    seen.append(question.labelText())
    combo = question.findChild(QComboBox)
    assert combo is not None and combo.isEditable()
    edit = combo.lineEdit()
    assert edit is not None
    edit.selectAll()
    edit.insert(name)
    QTest.keyClick(edit, Qt.Key.Key_Return)  # Enter, as a person presses it: the dialog's OK


def test_a_person_the_client_names_is_recorded_in_the_window(unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    practice.update(vault, practice_name="Oakes Therapy", phone="555-0100", clinician_name="Dr. Maren Oakes")
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(1),
                             description="wrong date", note_ids=[chart.progress[0]])
    request_amendments.accept_amendment(vault, q.id, text="The move was in March.")  # the note went nowhere
    detail = RequestDetailDialog(unlocked_app, q.id)
    qtbot.addWidget(detail)
    detail.show()
    wait_ops(qtbot)
    assert "Nobody received an amended note" in detail.inform_label.text()
    assert detail.inform_button.isVisible() and detail.inform_button.isEnabled()
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _answer_when_asked(NAMED, seen))
    qtbot.mouseClick(detail.inform_button, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    assert seen and "the client named" in seen[0]
    qtbot.waitUntil(lambda: f"{NAMED}, informed" in detail.inform_label.text(), timeout=10_000)
    (informed,) = amendment_notices.recipients(vault, q.id)
    assert informed.recipient == NAMED and informed.named_by_client and informed.informed_on == fx.today()
    assert detail.inform_button.isEnabled()  # the client may name another
    detail.close()
    wait_ops(qtbot)

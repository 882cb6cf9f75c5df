"""Extend a request: the reason typed goes into the notice letter as typed, so the question says the
letter's language, the client's letter language, not "write it in English".

Found by a walker on Spanish screens (round 44): for a client whose letters are Spanish, the window
said "Carta en español: las cartas a este cliente se escriben en español" and the question under
it "…la carta de aviso, que se escribe en inglés: escríbalo en inglés"; the letter came out in
Spanish with the English-asked reason in it. Real vault, real widgets, the real question."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.requests_dialog import RequestDetailDialog
from vault_app.services import clients, requests

pytestmark = pytest.mark.gui


def _asked(detail: RequestDetailDialog, qtbot) -> str:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def answer() -> None:
        question = QApplication.activeModalWidget()
        if not isinstance(question, QInputDialog):
            QTimer.singleShot(50, answer)
            return
        asked.append(question.labelText())
        question.reject()

    QTimer.singleShot(50, answer)
    detail.extend()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    return asked[0]


@pytest.mark.parametrize("letters_in", ["es", "en"])
def test_the_reason_is_asked_in_the_letters_language(unlocked_app: AppController, qtbot, spanish: None,
                                                     letters_in: str) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    clients.update_client(vault, chart.client_id, letters_in=letters_in)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3))
    detail = RequestDetailDialog(unlocked_app, q.id)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitUntil(lambda: detail.letter_note.language != "", timeout=10_000)
    said = _asked(detail, qtbot)
    wanted, other = ("español", "inglés") if letters_in == "es" else ("inglés", "español")
    assert wanted in said and other not in said, said
    detail.close()
    wait_ops(qtbot)

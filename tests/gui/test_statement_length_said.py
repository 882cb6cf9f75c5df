"""The statement of disagreement's window says the limit when the statement is over it (45 CFR
164.526(d)(2)), in English and in Spanish, the text kept to shorten. Found by a walker: "too long
or contains a NUL character", neither which nor the limit. Driven with the real dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.request_disagreement import StatementDialog
from vault_app.services import requests

pytestmark = pytest.mark.gui
LONG = "I disagree. " * 3_601  # 43,212 characters, stripped 43,211


def _denied(app: AppController) -> str:
    vault = app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(3),
                             note_ids=(chart.progress[0],))
    requests.deny_request(vault, q.id, grounds=["accurate_and_complete"])
    return q.id


def _refused_words(app: AppController, qtbot) -> str:
    dialog = StatementDialog(app, _denied(app), rebuttal=False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text.setPlainText(LONG)  # pasted, as a long statement comes
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10_000)
    assert dialog.isVisible() and dialog.text.toPlainText() == LONG  # nothing lost
    words = dialog.message.text()
    dialog.close()
    wait_ops(qtbot)
    return words


def test_the_limit_is_said(unlocked_app: AppController, qtbot) -> None:
    words = _refused_words(unlocked_app, qtbot)
    assert "43,211 characters; the most is 20,000" in words, words


def test_the_limit_is_said_in_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    words = _refused_words(unlocked_app, qtbot)
    assert words.startswith("La declaración de desacuerdo tiene 43,211 caracteres; el máximo es 20,000"), words

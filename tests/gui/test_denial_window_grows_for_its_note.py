"""The Deny window grows when the letter's language, read after it opened, is said in it. Found by the
Spanish day's walker (round 46, 1366x768 at 150 %): denying an amendment for a client whose letters
are in Spanish, the window opened at its height without "Carta en español: …" and kept it when the
line came: its first paragraph ("La enmienda solicitada se deniega…") was clipped above and below
until a ground was chosen. Real vault, real request, the window opened from the request's window."""

from __future__ import annotations

from typing import Any

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.requests_dialog import RequestDetailDialog
from vault_app.services import clients, requests

pytestmark = pytest.mark.gui


def test_the_deny_window_holds_its_words_once_the_letters_language_is_said(
        unlocked_app: AppController, qtbot: Any, spanish: None) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    clients.update_client(vault, chart.client_id, letters_in="es")
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(3),
                             note_ids=chart.progress[:1], description="quitar una frase")
    detail = RequestDetailDialog(unlocked_app, q.id)
    qtbot.addWidget(detail)
    detail.show()
    wait_ops(qtbot)
    dialog = detail.deny()
    qtbot.waitUntil(lambda: dialog.in_english.isVisible(), timeout=10_000)
    wait_ops(qtbot)
    qtbot.wait(50)  # the layout's pass after the line came
    intro = dialog.intro
    assert dialog.ground.currentIndex() < 0  # nothing chosen yet: the window as it first opens
    assert intro.height() >= intro.heightForWidth(intro.width()), \
        (intro.height(), intro.heightForWidth(intro.width()), dialog.height())
    dialog.reject()
    detail.close()
    wait_ops(qtbot)

"""The copy's window says what may be charged for the client's copy (45 CFR 164.524(c)(4)), the
words of domain/access_fee, in English and in Spanish. Found by a walker (W15): nothing in the app
or its docs said it. Read from the real window, found by its accessible name."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.domain.access_fee import FEE_SENTENCE
from vault_app.gui.controller import AppController
from vault_app.services import requests

pytestmark = pytest.mark.gui


def _fee_words(app: AppController, qtbot) -> str:
    from vault_app.gui.access_copy_dialog import AccessCopyDialog

    vault = app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(1))
    dialog = AccessCopyDialog(app, q.id)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    said = [w for w in dialog.findChildren(QLabel) if "164.524(c)(4)" in w.text()]
    assert len(said) == 1 and said[0].isVisible()
    words = said[0].text()
    dialog.close()
    wait_ops(qtbot)
    return words


def test_the_copy_window_says_what_may_be_charged(unlocked_app: AppController, qtbot) -> None:
    assert _fee_words(unlocked_app, qtbot) == FEE_SENTENCE


def test_in_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    words = _fee_words(unlocked_app, qtbot)
    assert words.startswith("Una tarifa por esta copia") and "(45 CFR 164.524(c)(4))" in words

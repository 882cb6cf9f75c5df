"""The copy's window says, before the copy is made, what the copy never holds: the treatment plan
(its diagnoses) and the chart's attached documents, which the client may have too (45 CFR 164.501,
the designated record set). Found by a walker: the copy left them out and the window was silent."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import requests

pytestmark = pytest.mark.gui


def test_the_copy_window_says_what_the_copy_leaves_out(unlocked_app: AppController, qtbot) -> None:
    from vault_app.gui.access_copy_dialog import AccessCopyDialog

    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(1))
    dialog = AccessCopyDialog(unlocked_app, q.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.not_held_label.isVisible, timeout=10_000)
    words = dialog.not_held_label.text()
    assert "treatment plan" in words and "diagnoses" in words and "attached" in words and "164.501" in words
    dialog.close()
    wait_ops(qtbot)

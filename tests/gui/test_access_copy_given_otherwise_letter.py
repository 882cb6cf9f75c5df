"""The access copy window's "Given another way" ticks (a part the denial's letter promised that
the copy cannot carry) get an Alt letter of their own. Found in review: they are added once the
request is read, after the window's letters were given out, so Alt could not reach them.
Real vault, real widgets."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.access_copy_dialog import AccessCopyDialog
from vault_app.gui.controller import AppController
from vault_app.gui.requests_dialog import RequestDetailDialog
from vault_app.gui.widgets import FAINT, form_letters, mnemonic_of, underlined
from vault_app.services import requests

pytestmark = pytest.mark.gui


def test_given_another_way_has_a_letter_no_other_has(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3))
    requests.deny_request(vault, q.id, grounds=["harm_to_other_person"], denied="the notes naming the brother",
                          granted="all progress notes and the treatment plan")
    detail = RequestDetailDialog(unlocked_app, q.id)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitUntil(lambda: detail.client_id is not None, timeout=10_000)
    copy = detail.grant()
    assert isinstance(copy, AccessCopyDialog)
    qtbot.waitUntil(lambda: "treatment_plan" in copy.otherwise, timeout=10_000)
    box = copy.otherwise["treatment_plan"]
    assert mnemonic_of(box.text()), box.text()
    assert underlined(box.text()) not in FAINT, box.text()
    found = [(w.text(), letter) for w, letter in form_letters(copy)]
    letters = [letter for _text, letter in found if letter]
    assert len(set(letters)) == len(letters), sorted(found, key=lambda f: f[1])
    copy.reject()
    detail.close()
    wait_ops(qtbot)

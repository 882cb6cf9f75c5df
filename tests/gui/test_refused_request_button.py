"""The "Record a request made by {who}, refused on this rule" button (a refused representative's request
recorded and denied in one press): it has an Alt letter of its own, the chart's status bar says what
was recorded, and the request's window gives the rule recorded with its citation as the reason.
Found by a walker: no Alt letter (only Tab reached it), one press recorded a denial without a word,
and the window said "The requester is not the client's personal representative" where the basis was
the minor's own consent (45 CFR 164.502(g)(3)(i)). Real vault, real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import form_letters, mnemonic_of
from vault_app.services import clients, guardians, practice, requests

pytestmark = pytest.mark.gui


def _minor_who_consented(app: AppController) -> str:
    vault = app.vault
    assert vault is not None
    fx.set_practice(vault)
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 12})
    client_id = clients.create_client(vault, "Maya Lopez", date_of_birth=fx.born_years_ago(15)).client_id
    clients.update_client(vault, client_id, care_consented_by="client")
    guardians.add_guardian(vault, client_id, "Elena Lopez", authority="parent", relationship="mother")
    return client_id


def test_the_button_has_a_letter_and_the_chart_says_what_was_recorded(unlocked_app: AppController, qtbot) -> None:
    from vault_app.gui.chart_view import ChartView
    from vault_app.gui.requests_dialog import RequestDetailDialog

    vault = unlocked_app.vault
    assert vault is not None
    client_id = _minor_who_consented(unlocked_app)
    view = ChartView(unlocked_app)
    qtbot.addWidget(view)
    view.load(client_id)
    wait_ops(qtbot)
    said: list[str] = []
    view.said.connect(said.append)
    dialog = view.requests.add()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.refused_box.isVisible())
    button = dialog._refused_layout.itemAt(0).widget()
    assert isinstance(button, QPushButton)
    letter = mnemonic_of(button.text())
    assert letter, button.text()
    letters = [found for _w, found in form_letters(dialog) if found]
    assert letters.count(letter) == 1, (letter, sorted(letters))  # no other widget of the window on it
    button.click()
    qtbot.waitUntil(lambda: bool(said))
    assert said[-1].startswith("Recorded the request made by Elena Lopez, parent (mother), denied on the rule")
    (q,) = requests.list_requests(vault, client_id=client_id)
    detail = RequestDetailDialog(unlocked_app, q.id)
    qtbot.addWidget(detail)
    qtbot.waitUntil(lambda: "Denied:" in detail.summary.text())
    summary = detail.summary.text()
    assert "164.502(g)(3)(i)" in summary and "some minors consent to their own care" in summary
    assert "The requester is not the client's personal representative" not in summary

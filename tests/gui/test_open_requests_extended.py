"""Records > Access and amendment requests: a request extended once (45 CFR 164.524(b)(2)(ii),
164.526(b)(2)(ii), 164.528(c)(1)(ii): one extension, never two) says so beside its new due day.
Found by a walker: an amendment extended to April 1, 2027 was listed "open" with that day, as a
request never extended, so the list did not tell the therapist the one extension was spent."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_due
from vault_app.services import requests

pytestmark = pytest.mark.gui


def test_the_list_says_which_request_was_extended(unlocked_app: AppController, qtbot) -> None:
    from vault_app.gui.open_requests_dialog import RequestsDialog

    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    received = date.today() - timedelta(days=3)
    plain = requests.add_request(vault, chart.client_id, kind="access", received_on=received)
    longer = requests.add_request(vault, chart.client_id, kind="accounting", received_on=received)
    requests.extend_request(vault, longer.id, notice_on=date.today(), reason="records in storage")
    extended_due = received + timedelta(days=90)

    listing = RequestsDialog(unlocked_app)
    qtbot.addWidget(listing)
    qtbot.waitUntil(lambda: listing.tree.topLevelItemCount() == 2, timeout=10_000)
    rows = {listing.tree.topLevelItem(i).data(0, 256): listing.tree.topLevelItem(i) for i in range(2)}
    assert rows[plain.id].text(0) == show_due(received + timedelta(days=30))
    assert rows[longer.id].text(0) == f"{show_due(extended_due)} (extended)"
    assert rows[longer.id].text(4) == "open"
    listing.close()

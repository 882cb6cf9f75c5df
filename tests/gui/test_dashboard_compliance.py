"""The dashboard names the compliance records kept after a destruction that are past their date,
and leads to where they are destroyed. Found in the real app: they were counted (`vault-app
dashboard`) without saying which, and nothing on the app's dashboard led to them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import PASSPHRASE
from tests.core.request_recorded_then import recorded_then
from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere, window_of
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.destructions_dialog import DestructionsDialog
from vault_app.services import clients, destruction, requests
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


def test_the_compliance_records_due_are_named_and_lead_to_the_destructions(
        unlocked_app: AppController, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    recorded_then(monkeypatch, date(2013, 3, 1))  # the 2013 request recorded the day it came
    window = window_of(unlocked_app)
    card = window.dashboard.cards["compliance"]
    window.dashboard.refresh()
    wait_ops(qtbot)
    assert card.isHidden(), "no record kept: no card"
    old = add_client(unlocked_app, qtbot, "Ida Oldrequest")
    recent = add_client(unlocked_app, qtbot, "Rae Recentrequest")
    numbers: dict[str, str] = {}

    def requests_then_destroy(v: Vault) -> None:
        v.unlock_psychotherapy(PASSPHRASE)
        for client_id, received in ((old, date(2013, 3, 1)), (recent, date.today())):
            q = requests.add_request(v, client_id, kind="access", received_on=received, description="a copy")
            requests.grant_request(v, q.id, decided_on=received, granted="full copy")
            numbers[client_id] = clients.get_client(v, client_id).chart_number
            destruction.destroy(v, client_id, basis="override", confirm=numbers[client_id],
                                override_reason="Duplicate chart created in error")

    elsewhere(unlocked_app, qtbot, requests_then_destroy)
    window.dashboard.refresh()
    wait_ops(qtbot)
    assert not card.isHidden() and card.value.text() == "2"
    # The old chart's request and, with its last record, its identity; the recent chart's
    # identity stays while its request is kept.
    lines = sorted(card.detail.text().splitlines())
    assert lines == [f"chart {numbers[old]}: client request, kept until March 1, 2019",
                     f"chart {numbers[old]}: the client's name and chart number, kept until March 1, 2019"]
    assert numbers[recent] not in card.detail.text()
    (link,) = [card.links.itemAt(i).widget() for i in range(card.links.count())]
    assert link is not None
    link.click()  # type: ignore[attr-defined]
    wait_ops(qtbot)
    dialog = window.findChild(DestructionsDialog)
    assert dialog is not None and dialog.isVisible()
    box = dialog.compliance
    past = [box.tree.topLevelItem(i).text(0) for i in range(box.tree.topLevelItemCount())
            if box.tree.topLevelItem(i).text(2).endswith("(past)")]
    assert sorted(past) == [numbers[old], numbers[old]]
    dialog.reject()

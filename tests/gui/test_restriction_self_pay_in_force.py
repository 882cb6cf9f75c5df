"""The Requests tab says a self-pay restriction is in force from the day the client asked, answered
or not (45 CFR 164.522(a)(1)(vi): the practice must agree, and the gate enforces it from then).
Found by a walker: "not answered yet" with an empty "In force since" while the gate let the
self-paid sessions go to the health plan."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.gui.test_restrictions_gui import _panel, _rows
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.services import restrictions

pytestmark = pytest.mark.gui


def test_an_unanswered_self_pay_request_is_in_force_since_asked(unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart, panel = _panel(unlocked_app, qtbot)
    restrictions.request_restriction(vault, chart.client_id, kind="health_plan_self_pay",
                                     description="not to my insurer", requested_on=fx.days_ago(4))
    restrictions.request_restriction(vault, chart.client_id, kind="other", description="not to my brother",
                                     requested_on=fx.days_ago(3))
    panel.load(chart.client_id)
    wait_ops(qtbot)
    rows = {row[0]: row for row in _rows(panel)}
    assert rows["not to my insurer"][4] == show_date(fx.days_ago(4))
    assert rows["not to my brother"][4] == ""  # another kind binds once agreed

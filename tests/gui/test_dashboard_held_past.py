"""The dashboard's "Eligible for destruction" card does not say "No chart has reached the end of its
retention period" when a chart has and a legal hold keeps it: it says so (REGULATIONS.md: never destroy
records under a legal hold). Found by a walker: a New York chart past its period under a litigation hold
read as if none had reached its end."""

from __future__ import annotations

from datetime import date

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere, window_of
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services import holds, sessions
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


def test_a_held_chart_past_its_period_is_said(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = window_of(unlocked_app)
    card = window.dashboard.cards["eligible"]
    old = add_client(unlocked_app, qtbot, "Hal Heldchart")

    def seen_long_ago(v: Vault) -> None:
        sessions.add_session(v, old, date=date(2001, 3, 5), duration_minutes=53)

    def hold(v: Vault) -> None:
        holds.place(v, old, "litigation", "malpractice suit")

    elsewhere(unlocked_app, qtbot, seen_long_ago)
    window.dashboard.refresh()
    wait_ops(qtbot)
    assert card.value.text() == "1" and "past their retention period" in card.detail.text()
    elsewhere(unlocked_app, qtbot, hold)
    window.dashboard.refresh()
    wait_ops(qtbot)
    assert card.value.text() == "0"
    said = card.detail.text()
    assert "No chart has reached the end" not in said
    assert "1 chart past its retention period is under a legal hold" in said, said

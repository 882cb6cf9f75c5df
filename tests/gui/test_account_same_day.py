"""Two sessions on one day are two charges and two superbill lines (found in the real app:
every second note of a day recorded another session). Existing vaults keep their data; the
account says which days have more than one, and the superbill asks once before listing them."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.payable_practice import payable
from tests.gui.conftest import wait_ops
from vault_app.gui.account_dialog import AccountDialog
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.gui.worklist import describe
from vault_app.services import billing, clients, sessions, worklist

pytestmark = pytest.mark.gui


def test_a_day_with_two_sessions_is_said_and_the_superbill_asks_once(unlocked_app: AppController, qtbot,
                                                                      tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client = clients.create_client(vault, "Dora Double", chart_number="DD-1", date_of_birth="1980-01-01")
    payable(vault)
    billing.set_scheduled_fee(vault, "90837", "180.00")  # a superbill with no fee is refused (superbill_fees)
    day = date.today() - timedelta(days=3)
    for _ in range(2):
        sessions.add_session(vault, client.client_id, date=day.isoformat(), duration_minutes=53,
                              icd10_codes=["F43.23"])
    dialog = AccountDialog(unlocked_app, client.client_id, chart_number="DD-1", parent=unlocked_app.main_window)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    assert dialog.duplicates.isVisible()
    assert f"More than one session on {show_date(day)} (2)" in dialog.duplicates.text()
    assert "Correct session details" in dialog.duplicates.text()

    dialog.first.setDate(dialog.first.date().addDays(-40))
    out = tmp_path / "superbill.pdf"
    dialog.path.setText(str(out))
    dialog.password.setText(fx.PASSWORD)
    dialog.issue_button.click()
    wait_ops(qtbot)
    assert not out.exists()  # asked first
    assert f"would list 2 sessions on {show_date(day)}" in dialog.message.text()
    dialog.issue_button.click()  # two visits that day: made as it is
    wait_ops(qtbot)
    assert out.exists(), dialog.message.text()
    assert len(sessions.list_sessions(vault, client.client_id)) == 2  # nothing changed
    (flagged,) = worklist.build(vault).section("sessions_same_day")
    assert describe(flagged)[:3] == ["2 sessions on one day: a note and time for each, or correct a duplicate",
                                     "chart DD-1",
                                     show_date(day)]
    dialog.close()
    wait_ops(qtbot)

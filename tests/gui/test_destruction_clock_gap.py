"""The destruction wizard's first page asks to check the clock when only the clock says the chart is
due: it jumped more than a year past the vault's record, and the chart became due in between
(domain/clock_gap.py; found by a walker)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tests.core.destruction_helpers import seed_chart
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import clients, ledger, retention

pytestmark = pytest.mark.gui


def _seeded(app: AppController, monkeypatch: pytest.MonkeyPatch, days: int) -> str:
    vault = app.vault
    assert vault is not None
    then = datetime.now().astimezone() - timedelta(days=days)
    monkeypatch.setattr(ledger, "now_iso", lambda: then.isoformat(timespec="microseconds"))
    retention.set_policy(vault, adult_years=1)
    chart = seed_chart(vault, "W", last_contact=then.date() - timedelta(days=5), psychotherapy=0)
    monkeypatch.undo()
    return clients.find_client(vault, chart.chart_number).client_id


@pytest.mark.parametrize(("days", "since", "asked"), [(800, None, True), (400, 200, False)])
def test_the_first_page_asks_to_check_the_clock(unlocked_app: AppController, qtbot, monkeypatch: pytest.MonkeyPatch,
                                                days: int, since: int | None, asked: bool) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = _seeded(unlocked_app, monkeypatch, days)
    if since is not None:  # a record in between: the vault was in use, no year without one
        moment = datetime.now().astimezone() - timedelta(days=since)
        monkeypatch.setattr(ledger, "now_iso", lambda: moment.isoformat(timespec="microseconds"))
        assert unlocked_app.vault is not None
        clients.create_client(unlocked_app.vault, "Client seen in between")
        monkeypatch.undo()
    window.open_chart(client_id)
    wait_ops(qtbot)
    wizard = window.chart.start_destruction()
    wait_ops(qtbot)
    said = wizard.eligibility_page.text.text()
    assert "reached the end of its retention period" in said
    assert ("Check this computer's clock first" in said) is asked
    if asked:
        assert "more than a year after this vault's record before today" in said


@pytest.mark.parametrize(("days", "asked"), [(800, True), (None, False)])
def test_the_compliance_records_question_asks_to_check_the_clock(
        unlocked_app: AppController, qtbot, monkeypatch: pytest.MonkeyPatch, days: int | None, asked: bool) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.conftest import PASSPHRASE
    from tests.core.test_clock_gap import _compliance_due_in_the_jump
    from vault_app.gui.destructions_dialog import DestructionsDialog

    vault = unlocked_app.vault
    assert vault is not None
    vault.unlock_psychotherapy(PASSPHRASE)
    _compliance_due_in_the_jump(vault, monkeypatch, days)
    window = unlocked_app.main_window
    assert window is not None
    dialog = window.open_destructions()
    assert isinstance(dialog, DestructionsDialog)
    wait_ops(qtbot)
    box = dialog.compliance
    assert box.destroy_button.isEnabled()
    box.destroy_button.click()
    ask = box.findChild(QMessageBox, "confirmBox")
    assert ask is not None
    said = ask.informativeText() + ask.text()
    assert ("Check this computer's clock first" in said) is asked
    ask.reject()
    dialog.reject()

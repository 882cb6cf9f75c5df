"""The destruction wizard's first page asks to check the clock when only the clock says the chart is
due: it jumped more than a week past the vault's record, and the chart became due in between
(domain/clock_gap.py; found by a walker)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tests.core.destruction_helpers import seed_chart
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import clients, ledger, retention

pytestmark = pytest.mark.gui


def _seeded(app: AppController, monkeypatch: pytest.MonkeyPatch, days: int, contact: int | None = None) -> str:
    """A chart written `days` ago (the ledger's clock then), its last contact `contact` days ago (five before
    it was written unless given), due a year after it."""
    vault = app.vault
    assert vault is not None
    then = datetime.now().astimezone() - timedelta(days=days)
    monkeypatch.setattr(ledger, "now_iso", lambda: then.isoformat(timespec="microseconds"))
    retention.set_policy(vault, adult_years=1)
    last = then.date() - timedelta(days=5) if contact is None else datetime.now().date() - timedelta(days=contact)
    chart = seed_chart(vault, "W", last_contact=last, psychotherapy=0)
    monkeypatch.undo()
    return clients.find_client(vault, chart.chart_number).client_id


@pytest.mark.parametrize(("days", "contact", "in_use", "asked"), [
    (800, None, False, True),  # the clock years ahead
    (40, 372, False, True),  # a month ahead (a walker's): due a few days ago by this clock alone
    (400, None, True, False),  # the vault in use since: never a week without a record
])
def test_the_first_page_asks_to_check_the_clock(unlocked_app: AppController, qtbot, monkeypatch: pytest.MonkeyPatch,
                                                days: int, contact: int | None, in_use: bool, asked: bool) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = _seeded(unlocked_app, monkeypatch, days, contact)
    for since in range(days - 6, 0, -6) if in_use else ():  # never a week without a record since
        moment = datetime.now().astimezone() - timedelta(days=since)
        monkeypatch.setattr(ledger, "now_iso", lambda moment=moment: moment.isoformat(timespec="microseconds"))
        assert unlocked_app.vault is not None
        clients.create_client(unlocked_app.vault, f"Client seen {since} days ago")
        monkeypatch.undo()
    window.open_chart(client_id)
    wait_ops(qtbot)
    wizard = window.chart.start_destruction()
    wait_ops(qtbot)
    said = wizard.eligibility_page.text.text()
    assert "reached the end of its retention period" in said
    assert ("Check this computer's clock first" in said) is asked
    if asked:
        assert "more than a week after this vault's record before today" in said


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

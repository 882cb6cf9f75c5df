"""The accounting window when an agency's suspension ended only by a clock that jumped past the vault's
record (found by a walker on the command line: a clock a month ahead listed the State Board's disclosure
during its suspension, 45 CFR 164.528(a)(2)(i)): the therapist is asked whether the clock is right; No
makes nothing, Yes makes the accounting."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.gui.yes_no_answered import answering
from vault_app.gui import accounting_dialog
from vault_app.gui.accounting_dialog import AccountingDialog
from vault_app.gui.controller import AppController
from vault_app.services import accounting, export, ledger

pytestmark = pytest.mark.gui

BOARD = "State Board of Behavioral Sciences"


def test_the_window_asks_about_the_clock(unlocked_app: AppController, qtbot, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    vault = unlocked_app.vault
    assert vault is not None and unlocked_app.main_window is not None
    then = datetime.now().astimezone() - timedelta(days=29)
    with pytest.MonkeyPatch.context() as patched:  # all written 29 days ago, by the ledger's clock then
        patched.setattr(ledger, "now_iso", lambda: then.isoformat(timespec="microseconds"))
        chart = fx.make_chart(vault, n=1)
        export.record_manual(vault, fx.request(
            chart.client_id, basis="health_oversight", manual=True, recipient=fx.Recipient(BOARD, "1 Gov Plaza"),
            purpose="health oversight investigation", evidence={"agency": BOARD, "request_reference": "INV-7"},
            on=fx.days_ago(34)), description="billing records", channel="mail")
        accounting.add_suspension(vault, chart.client_id, agency=BOARD, starts_on=fx.days_ago(34),
                                  ends_on=fx.days_ago(5), written=True)
    asked: list[tuple[object, ...]] = []
    monkeypatch.setattr(accounting_dialog, "ask_yes_no", answering(False, asked))
    out = tmp_path / "acc.pdf"
    dialog = AccountingDialog(unlocked_app, chart.client_id, unlocked_app.main_window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(out))
    dialog.password.edit.setText("give-by-phone-7")
    dialog.confirm.edit.setText("give-by-phone-7")
    dialog.show()
    dialog.produce_button.click()
    wait_ops(qtbot)
    assert len(asked) == 1 and asked[0][1] == "Is this computer's clock right?"
    words = str(asked[0][2])
    assert "more than a week after this vault's record before today" in words and BOARD in words
    assert "164.528(a)(2)(i)" in words and "--clock-is-right" not in words
    assert not out.exists() and not list(vault.ledger.entries(kinds=("accounting.provided",)))
    assert dialog.password.text() == "give-by-phone-7"  # No keeps what was typed
    monkeypatch.setattr(accounting_dialog, "ask_yes_no", answering(True, asked))
    dialog.produce_button.click()
    wait_ops(qtbot)
    assert len(asked) == 2 and out.exists()
    provided = list(vault.ledger.entries(kinds=("accounting.provided",)))
    assert len(provided) == 1 and provided[0].payload["entries"] == 1

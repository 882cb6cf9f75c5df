"""A client's request for an accounting of disclosures, answered in the app, found on the real
app (seventeenth round): the request's "Granted" was for access requests only, and the
accounting made from the Records menu named no request, so the request recorded in the app
stayed open after the accounting was given, fell overdue on the dashboard, and the accounting
said "Request received: -". The request now produces its accounting, which closes it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import requests

pytestmark = pytest.mark.gui


def test_an_accounting_request_is_answered_by_producing_its_accounting(unlocked_app: AppController, qtbot,
                                                                        tmp_path: Path) -> None:
    from vault_app.gui.accounting_dialog import AccountingDialog
    from vault_app.gui.requests_dialog import RequestDetailDialog

    vault = unlocked_app.vault
    window = unlocked_app.main_window
    assert vault is not None and window is not None
    chart = fx.make_chart(vault, n=1)
    received = fx.days_ago(5)
    asked = requests.add_request(vault, chart.client_id, kind="accounting", received_on=received,
                                 description="every disclosure since 2024")
    listing = window.open_requests()
    wait_ops(qtbot)
    item = listing.tree.topLevelItem(0)
    assert item.data(0, Qt.ItemDataRole.UserRole) == asked.id
    listing.tree.itemActivated.emit(item, 0)  # chosen from the list, as a user does
    wait_ops(qtbot)
    detail = listing.findChildren(RequestDetailDialog)[0]
    chart_number = item.text(1)
    assert detail.windowTitle() == f"Request · {chart_number}"  # whose, though opened from the practice's list
    assert detail.grant_button.isEnabled()
    assert detail.grant_button.text().replace("&", "") == "Provide the accounting…"
    assert not detail.deny_button.isEnabled()  # an accounting is owed, never denied

    dialog = detail.grant()
    assert isinstance(dialog, AccountingDialog)
    assert dialog.windowTitle() == f"Accounting of disclosures · {chart_number}"
    qtbot.waitExposed(dialog)
    out = tmp_path / "accounting.pdf"
    dialog.path.setText(str(out))
    dialog.password.setText(fx.PASSWORD)
    dialog.confirm.setText(fx.PASSWORD)
    dialog.produce_button.click()
    wait_ops(qtbot)

    q = requests.get_request(vault, asked.id)
    assert q.status == "granted", dialog.result_label.text()
    assert "accounting of disclosures provided" in q.granted
    assert "recorded as provided" in dialog.result_label.text()
    (provided,) = vault.ledger.entries(kinds=("accounting.provided",))
    assert provided.payload["request_id"] == asked.id
    text = "\n".join(fx.pdf_text(out))
    assert "Request received" in text and received.isoformat() in text  # an English page sent out: ISO
    # the request's own window follows: closed, nothing more to provide
    qtbot.waitUntil(lambda: "granted" in detail.summary.text(), timeout=10_000)
    assert not detail.grant_button.isEnabled()
    dialog.close()
    detail.close()
    listing.close()
    wait_ops(qtbot)


def test_an_access_request_still_makes_the_copy(unlocked_app: AppController, qtbot) -> None:
    from vault_app.gui.access_copy_dialog import AccessCopyDialog
    from vault_app.gui.requests_dialog import RequestDetailDialog

    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    asked = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(2),
                                 description="a copy of my notes")
    detail = RequestDetailDialog(unlocked_app, asked.id)
    qtbot.addWidget(detail)
    wait_ops(qtbot)
    assert detail.grant_button.text().replace("&", "") == "Granted: provide the copy…"
    dialog = detail.grant()
    assert isinstance(dialog, AccessCopyDialog) and dialog.request_id == asked.id
    dialog.close()
    wait_ops(qtbot)

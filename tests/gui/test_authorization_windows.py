"""An authorization entered and revoked, found in the real app: the revocation's window named
neither the client nor the chart (every other window that writes to a chart does), and an
authorization's signed scan over the size limit was read whole into memory before it was
refused, with nothing said about what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.domain.clinical_documents import MAX_ATTACHMENT_BYTES
from vault_app.gui.auth_dialog import AuthorizationDialog
from vault_app.gui.chart_binding import chart_headers
from vault_app.gui.controller import AppController
from vault_app.gui.revocation_dialog import RevocationDialog
from vault_app.services import authorizations

pytestmark = pytest.mark.gui


def test_the_revocation_says_whose_chart(unlocked_app: AppController, qtbot) -> None:
    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    cid = add_client(unlocked_app, qtbot, name="Rory Revokes")
    fx.add_auth(vault, cid)
    tab = window.chart.authorizations
    window.chart.tabs.setCurrentWidget(tab)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1, timeout=10_000)
    dialog = tab.revoke()
    assert isinstance(dialog, RevocationDialog)
    number = window.chart.shown_client().chart_number
    assert dialog.windowTitle() == f"Record a revocation · {number}"
    assert [h.text() for h in chart_headers(dialog)] == [f"Rory Revokes  ·  chart {number}"]
    dialog.reject()


def test_a_scan_too_large_is_refused_with_what_to_do(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    cid = add_client(unlocked_app, qtbot, name="Sol Scanner")
    dialog = window.chart.authorizations.add()
    assert isinstance(dialog, AuthorizationDialog)
    scan = tmp_path / "authorization-600dpi.pdf"
    with scan.open("wb") as out:
        out.write(b"%PDF-1.4\n")
        out.truncate(MAX_ATTACHMENT_BYTES + 1)
    dialog.set_scan(scan)
    dialog.save()
    wait_ops(qtbot)
    said = dialog.message.text()
    assert "too large" in said and "lower resolution" in said, said
    assert dialog.isVisible()
    assert authorizations.list_authorizations(vault, cid) == []
    dialog.reject()


def test_a_revoked_authorization_says_since_when(unlocked_app: AppController, qtbot) -> None:
    from PySide6.QtCore import QDate

    from vault_app.gui.dates import show_date

    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    cid = add_client(unlocked_app, qtbot, name="Remy Revoked")
    auth = fx.add_auth(vault, cid)
    tab = window.chart.authorizations
    window.chart.tabs.setCurrentWidget(tab)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1, timeout=10_000)
    dialog = tab.revoke()
    assert isinstance(dialog, RevocationDialog)
    dialog.received.setDate(QDate.currentDate())
    dialog.accept()
    wait_ops(qtbot)
    revoked = authorizations.get_authorization(vault, auth.id).revocation
    assert revoked is not None
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1
                    and tab.tree.topLevelItem(0).text(4).startswith("revoked"))
    assert tab.tree.topLevelItem(0).text(4) == f"revoked {show_date(revoked.received_on)}"

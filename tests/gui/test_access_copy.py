"""Issue 17 item 7: a client's own access request is chosen from the list (no id typed), and
"Granted" makes the copy through the disclosure gate before the request closes, or says
what remains. Real vault, real exports (read back with pypdf), real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import requests

pytestmark = pytest.mark.gui


def _open_request(app: AppController, qtbot) -> tuple[object, str, fx.Chart]:
    from vault_app.gui.open_requests_dialog import RequestsDialog
    from vault_app.gui.requests_dialog import RequestDetailDialog

    vault = app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=2)
    asked = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3),
                                 description="a copy of my notes")
    window = app.main_window
    assert window is not None
    listing = window.open_requests()
    assert isinstance(listing, RequestsDialog)
    wait_ops(qtbot)
    assert listing.tree.topLevelItemCount() == 1
    item = listing.tree.topLevelItem(0)
    assert item.data(0, Qt.ItemDataRole.UserRole) == asked.id
    listing.tree.itemActivated.emit(item, 0)  # chosen from the list, as a user does
    wait_ops(qtbot)
    detail = listing.findChildren(RequestDetailDialog)[0]
    assert detail.grant_button.isEnabled()
    return detail, asked.id, chart


def test_granted_makes_the_copy_then_closes_the_request(unlocked_app: AppController, qtbot,
                                                        tmp_path: Path) -> None:
    from vault_app.gui.access_copy_dialog import AccessCopyDialog

    detail, rid, chart = _open_request(unlocked_app, qtbot)
    dialog = detail.grant()
    assert isinstance(dialog, AccessCopyDialog) and dialog.request_id == rid
    assert dialog.date_from.calendarPopup() and dialog.date_to.calendarPopup()
    dialog.password.setText(fx.PASSWORD)
    dialog.password_again.setText(fx.PASSWORD)
    dialog.folder.setText(str(tmp_path))
    dialog.make_button.click()
    wait_ops(qtbot)
    assert not dialog.isVisible(), dialog.message.text() + dialog.outcome.text()
    vault = unlocked_app.vault
    assert vault is not None
    q = requests.get_request(vault, rid)
    assert q.status == "granted" and "progress notes" in q.granted
    files = sorted(tmp_path.glob("access-copy-*.pdf"))
    assert [f.name.rsplit("-", 1)[1] for f in files] == ["billing.pdf", "progress.pdf"]
    assert all("Alex" not in f.name for f in files), "file names never carry the client's name"
    text = " ".join(fx.pdf_text(next(f for f in files if f.name.endswith("progress.pdf"))))
    assert chart.progress_markers[0] in text
    logged = vault.ledger.entries(kinds=("disclosure",))
    assert len(logged) == 2 and all(e.payload["basis"]["kind"] == "client_access" for e in logged)
    wait_ops(qtbot)
    assert not detail.grant_button.isEnabled(), "the request shows as closed"


def test_a_copy_that_cannot_be_made_leaves_the_request_open(unlocked_app: AppController, qtbot,
                                                            tmp_path: Path) -> None:
    detail, rid, _chart = _open_request(unlocked_app, qtbot)
    dialog = detail.grant()
    dialog.password.setText("short")
    dialog.password_again.setText("short")
    dialog.folder.setText(str(tmp_path))
    dialog.make_button.click()
    wait_ops(qtbot)
    assert dialog.isVisible() and "password" in dialog.message.text().lower()
    vault = unlocked_app.vault
    assert vault is not None
    assert requests.get_request(vault, rid).status not in ("granted",)

    # A folder that is not there: explained, nothing made, the request stays open.
    dialog.password.setText(fx.PASSWORD)
    dialog.password_again.setText(fx.PASSWORD)
    missing = tmp_path / "no such folder"
    dialog.folder.setText(str(missing))
    dialog.make_button.click()
    wait_ops(qtbot)
    assert dialog.isVisible() and "existing folder" in dialog.message.text()
    assert requests.get_request(vault, rid).status != "granted"
    assert not list(tmp_path.glob("*.pdf"))

"""An access request "to inspect the record" granted in the request's window by the inspection
arranged, no copy made (found by a walker, W14: the only grant made password-protected PDF copies
and logged them as disclosures). Real vault, real widgets, real key presses."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import practice, requests

pytestmark = pytest.mark.gui


def test_an_inspection_grants_the_request_without_a_copy(unlocked_app: AppController, qtbot,
                                                          tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui.requests_dialog import RequestDetailDialog

    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=2)
    practice.update(vault, phone="555-0100")
    asked = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3), asked="inspect")
    detail = RequestDetailDialog(unlocked_app, asked.id)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitUntil(lambda: detail.client_id is not None, timeout=10_000)
    row = detail.inspection  # type: ignore[attr-defined]
    qtbot.waitUntil(row.isVisible, timeout=10_000)
    row.button.setFocus()
    qtbot.keyClick(row.button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() not in (None, detail), timeout=10_000)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and dialog.objectName() == "requestInspectionDialog"
    qtbot.keyClick(dialog.place, Qt.Key.Key_Return)  # type: ignore[attr-defined]  # no place: said, kept open
    wait_ops(qtbot)
    assert dialog.isVisible() and "must not be empty" in dialog.message.text()  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.place, "the office, room 2")  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.place, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    granted = requests.get_request(vault, asked.id)
    assert granted.status == "granted" and "the office, room 2" in granted.granted
    assert not any(e.kind.startswith("disclosure") or e.kind.startswith("export") for e in vault.ledger.entries()
                   if e.payload.get("client_id") == chart.client_id)
    qtbot.waitUntil(lambda: "inspection of the record" in detail.summary.text(), timeout=10_000)
    qtbot.waitUntil(lambda: row.isHidden(), timeout=10_000)  # granted once
    assert not detail.grant_button.isEnabled()
    detail.close()
    wait_ops(qtbot)


def test_an_inspection_of_a_request_for_both_leaves_the_copy_owed(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                                  tmp_path: Path) -> None:
    """Asked to inspect AND for copies (45 CFR 164.524(a)(1), (c)(2)(i), (c)(3)(i)): the inspection is
    recorded, the request stays open with the copy still owed (found: the inspection was refused)."""
    from vault_app.gui.requests_dialog import RequestDetailDialog

    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    asked = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3), asked="both")
    detail = RequestDetailDialog(unlocked_app, asked.id)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitUntil(lambda: detail.client_id is not None, timeout=10_000)
    row = detail.inspection  # type: ignore[attr-defined]
    qtbot.waitUntil(row.isVisible, timeout=10_000)
    assert "and for copies" in row.label.text()
    row.button.setFocus()
    qtbot.keyClick(row.button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() not in (None, detail), timeout=10_000)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and dialog.objectName() == "requestInspectionDialog"
    assert dialog.record_button.text().replace("&", "") == "Record the inspection"  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.place, "the office, room 2")  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.place, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    wait_ops(qtbot)
    assert not dialog.message.text(), dialog.message.text()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    kept = requests.get_request(vault, asked.id)
    assert kept.status == "open" and "the office, room 2" in kept.granted
    qtbot.waitUntil(lambda: "Inspection recorded" in row.label.text(), timeout=10_000)
    assert "still owed" in row.label.text() and row.isVisible()
    assert detail.grant_button.isEnabled()  # the copy is still to make
    detail.close()
    wait_ops(qtbot)

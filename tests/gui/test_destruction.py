"""Destroying a chart through the wizard ends with its certificate on screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services import clients, notes

pytestmark = pytest.mark.gui


def test_destroy_chart_shows_certificate(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, "Destroy Me")
    vault = unlocked_app.vault
    assert vault is not None
    notes.create_progress_note(vault, client_id, sections={"subjective": "zebra-canary-text"})
    chart_number = clients.get_client(vault, client_id).chart_number

    wizard = window.chart.start_destruction()
    wait_ops(qtbot)
    assert wizard.eligibility_page.facts is not None
    assert "must be kept until" in wizard.eligibility_page.text.text()
    wizard.next()
    basis = wizard.basis_page
    basis.override.setChecked(True)
    basis.reason.setText("Duplicate chart created in error during intake")
    assert not basis.isComplete(), "psychotherapy notes must be unlocked first"
    basis.passphrase.setText(PASSPHRASE)
    basis.unlock_button.click()
    wait_ops(qtbot)
    assert basis.isComplete()
    wizard.next()
    confirm = wizard.confirm_page
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    confirm.confirm.setText("WRONG-1")
    assert not commit.isEnabled()
    confirm.confirm.setText(chart_number)
    assert commit.isEnabled()
    commit.click()
    wait_ops(qtbot, timeout=60_000)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.certificate_page)
    text = wizard.certificate_page.text.text()
    cert = confirm.certificate
    assert cert is not None and cert["certificate_id"] in text
    assert "Verification" in text and "passed" in text.lower()
    out = tmp_path / "certificate.pdf"
    wizard.certificate_page.save_to(out)
    wait_ops(qtbot)
    assert out.read_bytes().startswith(b"%PDF") and out.with_suffix(".json").exists()
    assert clients.list_clients(vault) == []
    wait_ops(qtbot)
    assert window.client_list.tree.topLevelItemCount() == 0


def test_certificate_text_without_dated_records_and_on_the_local_clock(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    """A chart holding only documents has no date range (the text read "records from  to :"),
    and the completion stamp, kept in UTC, shows on the practice's clock."""
    import time as time_module

    from vault_app.gui.destruction_wizard import certificate_text

    cert = {"certificate_id": "DC-1", "chart_number": "1001", "counts": {"attachments": 1},
            "completed_at": "2026-12-02T01:22:40.078582+00:00", "verification": {"result": "passed"}}
    monkeypatch.setenv("TZ", "America/Chicago")
    time_module.tzset()
    try:
        text = certificate_text(cert)
        dated = certificate_text({**cert, "inclusive_dates": {"from": "2026-01-05", "to": "2026-11-20"}})
    finally:
        monkeypatch.delenv("TZ")
        time_module.tzset()
    assert "Chart 1001, records: 1 attachments." in text and " from " not in text
    assert "Completed 12/01/2026 7:22 PM." in text
    assert "Chart 1001, records from 01/05/2026 to 11/20/2026: 1 attachments." in dated

"""Destroying a chart through the wizard ends with its certificate on screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.certificate_words import COUNT_PHRASES, count_phrase
from vault_app.gui.controller import AppController
from vault_app.services import backup, clients, notes
from vault_app.services.vault import Vault
from vault_app.storage.destruction_delete import chart_tables

pytestmark = pytest.mark.gui


def test_destroy_chart_shows_certificate(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, "Destroy Me")
    vault = unlocked_app.vault
    assert vault is not None
    notes.create_progress_note(vault, client_id, sections={"subjective": "zebra-canary-text"})
    chart_number = clients.get_client(vault, client_id).chart_number
    # A registered backup: the destruction purges it, and its ledger entries are backup notices.
    (tmp_path / "backups").mkdir()
    backup.create_backup(vault, tmp_path / "backups", verify=True)

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
    # Idle, the progress bar read as a second empty input box: hidden until the destruction runs.
    assert confirm.progress.isHidden()
    assert wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    commit.click()
    assert not confirm.progress.isHidden() and confirm.busy  # the job is queued, its result not delivered yet
    wait_ops(qtbot, timeout=60_000)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.certificate_page)
    text = wizard.certificate_page.text.text()
    cert = confirm.certificate
    assert cert is not None and cert["certificate_id"] in text
    assert "Verification" in text and "passed" in text.lower()
    # Counts in words, singular and plural as counted, no table names.
    counts = cert["records"]["counts"]
    assert counts["clients"] == 1 and counts["progress_notes"] == 1, counts
    assert "1 client" in text and "1 progress note" in text and "1 clients" not in text
    for table, n in counts.items():
        assert count_phrase(table, n) in text, (table, text)
    assert "_" not in text  # no raw table name
    # Nothing is left to cancel once the chart is destroyed: only Finish.
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    # The status bar says what happened, not "Backup checked." from the purge's backup entries.
    assert window.status_label.text() == f"Chart {chart_number} destroyed and verified."
    out = tmp_path / "certificate.pdf"
    wizard.certificate_page.save_to(out)
    wait_ops(qtbot)
    assert out.read_bytes().startswith(b"%PDF") and out.with_suffix(".json").exists()
    assert clients.list_clients(vault) == []
    wait_ops(qtbot)
    assert window.client_list.tree.topLevelItemCount() == 0
    # Behind the certificate, Today: not an empty chart page of greyed tabs (found in the real app).
    assert window.stack.currentWidget() is window.dashboard


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
    assert "Chart 1001, records: 1 attached document." in text and " from " not in text
    assert "Completed 12/01/2026 7:22 PM CST." in text
    assert "Chart 1001, records from 01/05/2026 to 11/20/2026: 1 attached document." in dated


def test_certificate_counts_read_as_words_singular_and_plural(qtbot) -> None:
    from vault_app.gui.destruction_wizard import certificate_text

    cert = {"certificate_id": "DC-2", "chart_number": "1002", "completed_at": "2026-12-02T01:22:40+00:00",
            "verification": {"result": "passed"},
            "counts": {"attachments": 1, "chart_keys": 1, "clients": 1, "progress_notes": 3, "sessions": 2,
                       "confidentiality_decision_addenda": 2, "disclosure_evidence": 1, "grief_scales": 4}}
    text = certificate_text(cert)
    assert ("records: 1 attached document, 1 chart key, 1 client, 3 progress notes, 2 sessions, "
            "2 addenda to confidentiality decisions, 1 piece of disclosure evidence, "
            "4 records (grief scales).") in text


@pytest.mark.parametrize(("table", "n", "expected"), [
    ("attachments", 1, "1 attached document"),
    ("attachments", 2, "2 attached documents"),
    ("chart_keys", 1, "1 chart key"),
    ("psychotherapy_notes", 0, "0 psychotherapy notes"),
    ("psychotherapy_notes", 12, "12 psychotherapy notes"),
    ("note_amendments", 1, "1 note amendment"),
    ("a_table_added_later", 1, "1 record (a table added later)"),
    ("a_table_added_later", 5, "5 records (a table added later)"),
])
def test_count_phrase(qtbot, table: str, n: int, expected: str) -> None:
    assert count_phrase(table, n) == expected


def test_every_table_a_certificate_can_count_has_a_phrase(psy_vault: Vault) -> None:
    """The certificate counts the rows of every table holding chart data in the compartments a
    destruction empties (storage/destruction_delete.py finds them by their client_id column;
    search indexes are not counted). Each must read as words, not fall back to its name."""
    counted = {t.name for name in ("records", "psychotherapy")
               for t in chart_tables(psy_vault.compartment(name)) if not t.virtual}
    assert {"attachments", "chart_keys", "clients", "psychotherapy_notes"} <= counted
    assert counted - COUNT_PHRASES.keys() == set()
    for table in counted:
        one, many = count_phrase(table, 1), count_phrase(table, 2)
        assert one.startswith("1 ") and many.startswith("2 ") and one != many.replace("2", "1", 1)
        assert "_" not in one + many and "(" not in one + many, table


def test_a_refused_destruction_hides_the_progress_bar_again_and_claims_nothing(
        unlocked_app: AppController, qtbot) -> None:
    """A legal hold placed after the eligibility page: the job is refused by policy. The bar
    goes back into hiding, the refusal is shown, Cancel stays and the status bar says nothing
    was destroyed."""
    from vault_app.services import holds

    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, "Keep Me")
    vault = unlocked_app.vault
    assert vault is not None
    chart_number = clients.get_client(vault, client_id).chart_number
    wizard = window.chart.start_destruction()
    wait_ops(qtbot)
    wizard.next()
    basis = wizard.basis_page
    basis.override.setChecked(True)
    basis.reason.setText("Duplicate chart created in error during intake")
    basis.passphrase.setText(PASSPHRASE)
    basis.unlock_button.click()
    wait_ops(qtbot)
    wizard.next()
    confirm = wizard.confirm_page
    confirm.confirm.setText(chart_number)
    holds.place(vault, client_id, "litigation", "subpoena received")
    window.status_label.setText("before")
    wizard.button(QWizard.WizardButton.CommitButton).click()
    assert not confirm.progress.isHidden()
    wait_ops(qtbot, timeout=60_000)
    qtbot.waitUntil(lambda: not confirm.busy)
    assert confirm.progress.isHidden()
    assert "hold" in confirm.message.text().lower(), confirm.message.text()
    assert wizard.currentPage() is confirm and confirm.certificate is None
    assert wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    assert "destroyed" not in window.status_label.text()
    assert clients.get_client(vault, client_id).chart_number == chart_number
